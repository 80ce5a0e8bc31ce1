"""Does the model reproduce the 2018-2019 pilot? Target bands, the pilot table, and ODD tables.

The pilot gave one observation of each figure, often an approximate one ("about 10", "6-7").
:data:`TARGETS` turns each into a *band* and names its source in ``METHOD.md``. The rule for a
count is :func:`count_band`: the observed value plus or minus ``BAND_Z`` times its square root.
That is the range in which a Poisson count with that mean falls about 80% of the time, i.e.
how far a second run of the real pilot could plausibly have landed from the first one.
:func:`pilot_table` runs both pilot scenarios and reports, per figure, the simulated median,
the 10-90% range and the share of seeds inside the band; ``buurtsim validate-pilot`` prints it.

The tables of ``docs/odd.md`` come from the code too, so that they cannot drift (they are made
in :mod:`buurtsim.experiments.odd_tables` and importable from here as well):
:func:`parameter_table_markdown` (every scenario parameter, from :func:`buurtsim.parameters`),
:func:`constants_table_markdown` (the capitalised submodel constants, with the reasoning in
:data:`CONSTANT_REASONS`) and :func:`themes_table_markdown`; likewise the target bands and the
pilot table of ``docs/validation.md``. :func:`refresh_tables` pastes them between their markers:
``python -m buurtsim.experiments.validation docs/odd.md docs/validation.md``.

>>> count_band(10)
(6, 14)
>>> share_inside([5, 6, 14, 15, float("nan")], 6, 14)
0.4
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..scenarios import Scenario, load_scenario
from .constant_reasons import CONSTANT_REASONS  # noqa: F401 (importable from here, as before)
from .odd_tables import (  # noqa: F401 (the tables of docs/odd.md, importable from here as before)
    CONSTANT_MODULES,
    PHASE_MODULES,
    Constant,
    _cell,
    _range,
    _value,
    constants_table_markdown,
    parameter_table_markdown,
    submodel_constants,
    symbol_tex,
    themes_table_markdown,
)
from .runs import ensemble

#: the repository's ``scenarios/`` folder (the package is installed from the repository)
SCENARIO_DIR = Path(__file__).resolve().parents[3] / "scenarios"

#: the pilot scenarios, by name
PILOT_SCENARIOS: dict[str, Path] = {
    "arendonk": SCENARIO_DIR / "arendonk.yaml",
    "olmen": SCENARIO_DIR / "olmen.yaml",
}

#: half-width of a count band in units of sqrt(observed): the central 80% of a normal curve
BAND_Z = 1.28

#: the columns of :func:`pilot_table`
PILOT_COLUMNS = (
    "scenario",
    "figure",
    "observed",
    "band_low",
    "band_high",
    "median",
    "p10",
    "p90",
    "share_inside",
)

#: weeks per month (52.18 / 12)
WEEKS_PER_MONTH = 4.35


def count_band(observed: float, z: float = BAND_Z) -> tuple[int, int]:
    """The band for an observed count: ``observed +- z * sqrt(observed)``, ends rounded inward.

    A count that comes from chance events (who turns up, who has an idea) scatters about as a
    Poisson count does, with a standard deviation of about the square root of its mean. A single
    observation of 10 is therefore as consistent with a run of 7 as with one of 13. With
    ``z = 1.28`` an ideal model, whose runs scatter like a Poisson count around the observed
    value, would put about 80% of its runs inside the band.

    >>> count_band(35), count_band(8), count_band(6.5), count_band(5)
    ((28, 42), (5, 11), (4, 9), (3, 7))
    """
    if observed < 0:
        raise ValueError(f"an observed count cannot be negative, got {observed}")
    half = z * math.sqrt(observed)
    return math.ceil(observed - half), math.floor(observed + half)


def share_inside(values: Iterable[float], low: float, high: float) -> float:
    """The share of ``values`` with ``low <= value <= high``; a missing value (NaN) is outside.

    A run without any realisation has no ``weeks_to_first_realisation`` (NaN), and such a run
    does not reproduce a pilot that realised projects, so it counts as outside the band.
    """
    x = np.asarray(list(values) if not isinstance(values, np.ndarray) else values, dtype=float)
    if x.size == 0:
        return math.nan
    # ends are included up to floating-point rounding (a sum of trimmed amounts may be
    # 8000.000000000001 where the ledger allowed 8,000)
    slack = 1e-9 * max(1.0, abs(low), abs(high))
    with np.errstate(invalid="ignore"):
        inside = (x >= low - slack) & (x <= high + slack)
    return float(inside.mean())


@dataclass(frozen=True)
class Target:
    """One observed figure of the pilot as a band for one summary column."""

    scenario: str  # a key of PILOT_SCENARIOS
    figure: str  # a summary column (buurtsim.OUTCOMES)
    observed: str  # what was observed, in words
    low: float
    high: float
    source: str  # where the observation comes from
    reason: str  # why the band is as wide as it is

    def share_inside(self, values: Iterable[float]) -> float:
        return share_inside(values, self.low, self.high)


_COUNT_RULE = "count rule: observed +- 1.28 sqrt(observed), about 80% of a Poisson count"

#: the pilot's observed figures as target bands (sources: the numbers in METHOD.md)
TARGETS: tuple[Target, ...] = (
    Target(
        "arendonk",
        "kickoff_attendance",
        "35",
        *count_band(35),
        source="METHOD.md, turnout: 35 residents at the kick-off, every street represented "
        "[7, 9, 11]",
        reason=_COUNT_RULE,
    ),
    Target(
        "arendonk",
        "core_group_size",
        "about 10",
        *count_band(10),
        source="METHOD.md, turnout and step 6: about 10 residents in the working sessions [9, 10]",
        reason=_COUNT_RULE,
    ),
    Target(
        "arendonk",
        "proposals",
        "about 8",
        *count_band(8),
        source="METHOD.md, step 5: small groups wrote about 8 proposals at the kick-off [9]",
        reason=_COUNT_RULE,
    ),
    Target(
        "arendonk",
        "proposals_to_decision",
        "6-7",
        *count_band(6.5),
        source="METHOD.md, proposals and step 7: 6-7 went to the selection evening, 7 to the "
        "residents on 7 Nov 2018 [10, 11]",
        reason=_COUNT_RULE + ", around the middle of 6-7",
    ),
    Target(
        "arendonk",
        "initiatives_realised",
        "5-7",
        *count_band(6),
        source="METHOD.md, realised: petanque courts, chat benches, flowers, a bike trailer, a "
        "newsletter [13]; issue 3: about 5-7",
        reason=_COUNT_RULE + ", around the middle of 5-7",
    ),
    Target(
        "arendonk",
        "budget_spent",
        "within 8,000 euro",
        0.0,
        8000.0,
        source="METHOD.md, budget: 8,000 euro [8]",
        reason="the budget itself; the ledger guarantees it, so this row is a check, not a fit",
    ),
    Target(
        "arendonk",
        "weeks_to_first_realisation",
        "4-9 months",
        round(4 * WEEKS_PER_MONTH),
        round(9 * WEEKS_PER_MONTH),
        source="METHOD.md, step 8: kick-off 3 Oct 2018, plan shown 5 Dec 2018, realisations "
        "in 2019 [9, 12, 13]; issue 3: roughly 4-9 months after the kick-off",
        reason="the observation is itself a range; 4 and 9 months in whole weeks",
    ),
    Target(
        "olmen",
        "core_group_size",
        "about 12",
        *count_band(12),
        source="METHOD.md, turnout: a project group; 12 active residents surveyed [7, 14]",
        reason=_COUNT_RULE,
    ),
    Target(
        "olmen",
        "initiatives_realised",
        "5",
        *count_band(5),
        source="METHOD.md, realised: a tent, a bee hotel, a willow hut, a bench, a walking "
        "route [13, 14]",
        reason=_COUNT_RULE,
    ),
)


def pilot_table(
    runs: int = 50,
    seed: int = 0,
    processes: int | None = None,
    progress: bool | Callable[[int, int], None] = False,
    scenarios: Mapping[str, str | Path | Scenario] | None = None,
    targets: Iterable[Target] = TARGETS,
) -> pd.DataFrame:
    """Run ``runs`` seeds of each pilot scenario and compare every target figure with its band.

    One row per target: ``scenario, figure, observed, band_low, band_high, median, p10, p90,
    share_inside``. Run k of each scenario uses seed ``seed + k``. ``scenarios`` replaces the
    pilot scenario files (a path or a :class:`Scenario` per name); ``processes=None`` uses every
    core. The number of runs and the first seed are kept in ``table.attrs``.
    """
    targets = tuple(targets)
    where = dict(PILOT_SCENARIOS) | dict(scenarios or {})
    runs_of = {}
    for name in dict.fromkeys(t.scenario for t in targets):
        if name not in where:
            raise ValueError(f"no scenario for the pilot {name!r}; known: {', '.join(where)}")
        scenario = load_scenario(where[name])
        runs_of[name] = ensemble(
            scenario, runs=runs, seed=seed, processes=processes, progress=progress
        )
    return target_table(runs_of, targets)


def target_table(
    runs_of: Mapping[str, pd.DataFrame], targets: Iterable[Target] = TARGETS
) -> pd.DataFrame:
    """Compare ensembles that have already run (one per pilot name) with the target bands.

    ``pilot_table(runs=50, seed=0)`` equals ``target_table`` of the first 50 rows of a 100-run
    ensemble from seed 0, because run k always uses seed ``seed + k``.
    """
    rows = []
    for t in targets:
        x = runs_of[t.scenario][t.figure].astype(float)
        rows.append(
            {
                "scenario": t.scenario,
                "figure": t.figure,
                "observed": t.observed,
                "band_low": t.low,
                "band_high": t.high,
                "median": float(x.median()),
                "p10": float(x.quantile(0.1)),
                "p90": float(x.quantile(0.9)),
                "share_inside": t.share_inside(x),
            }
        )
    table = pd.DataFrame(rows, columns=list(PILOT_COLUMNS))
    sizes = {len(df) for df in runs_of.values()}
    first = {int(df["seed"].min()) for df in runs_of.values() if "seed" in df and len(df)}
    if len(sizes) == 1 and len(first) == 1:
        table.attrs.update(runs=sizes.pop(), seed=first.pop())
    return table


def _num(x: float) -> str:
    """A figure for the table: whole numbers plainly, thousands with a comma, else one decimal."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "-"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    return f"{x:.0f}" if float(x).is_integer() else f"{x:.1f}"


def _pilot_row(r) -> tuple[str, ...]:
    """One row of the pilot table as text cells."""
    inside = f"{r.share_inside:.0%}" if not math.isnan(r.share_inside) else "-"
    return (
        str(r.scenario),
        str(r.figure),
        str(r.observed),
        f"{_num(r.band_low)}-{_num(r.band_high)}",
        _num(r.median),
        f"{_num(r.p10)}-{_num(r.p90)}",
        inside,
    )


def format_pilot_table(table: pd.DataFrame) -> str:
    """The pilot table as aligned text that is also a Markdown table.

    Columns: scenario, figure, observed, band, simulated median, simulated 10-90% range, and the
    share of seeds inside the band.
    """
    head = ("scenario", "figure", "observed", "band", "median", "10-90%", "inside")
    rows = [_pilot_row(r) for r in table.itertuples(index=False)]
    numeric = (False, False, False, True, True, True, True)
    widths = [max(len(h), *(len(row[k]) for row in rows)) for k, h in enumerate(head)]

    def line(cells) -> str:
        parts = [
            c.rjust(w) if right else c.ljust(w)
            for c, w, right in zip(cells, widths, numeric, strict=True)
        ]
        return "| " + " | ".join(parts) + " |"

    rule = "|" + "|".join(
        "-" * (w + 1) + ":" if right else "-" * (w + 2)
        for w, right in zip(widths, numeric, strict=True)
    ) + "|"  # fmt: skip
    out = [line(head), rule, *(line(row) for row in rows)]
    runs, seed = table.attrs.get("runs"), table.attrs.get("seed")
    if runs is not None:
        out.append("")
        out.append(
            f"{runs} seeds per scenario (seeds {seed}-{seed + runs - 1}); inside = share of seeds "
            "whose figure lies in the band, ends included."
        )
    return "\n".join(out)


def targets_table_markdown() -> str:
    """The target bands with their sources, one Markdown row per target."""
    head = "| scenario | summary column | observed | band | source | why this width |"
    rule = "|---|---|---|---|---|---|"
    rows = [
        f"| {t.scenario} | `{t.figure}` | {_cell(t.observed)} | {_num(t.low)}-{_num(t.high)} | "
        f"{_cell(t.source)} | {_cell(t.reason)} |"
        for t in TARGETS
    ]
    return "\n".join([head, rule, *rows])


#: the pilot tables pasted in docs/validation.md: the default of ``validate-pilot`` and a larger one
DOC_SEED, DOC_RUNS, DOC_RUNS_LARGE = 0, 50, 200

#: the generated blocks of docs/odd.md and docs/validation.md, by marker name
BLOCKS: dict[str, Callable[[], str]] = {
    "parameters": parameter_table_markdown,
    "constants": constants_table_markdown,
    "themes": themes_table_markdown,
    "targets": targets_table_markdown,
    "pilot": lambda: format_pilot_table(pilot_table(runs=DOC_RUNS, seed=DOC_SEED)),
    "pilot-large": lambda: format_pilot_table(pilot_table(runs=DOC_RUNS_LARGE, seed=DOC_SEED)),
}


def doc_block(name: str, text: str) -> str:
    """A generated block with its markers, as it stands in the docs."""
    return f"<!-- {name}-table:start -->\n{text}\n<!-- {name}-table:end -->"


def _pattern(name: str) -> re.Pattern:
    return re.compile(rf"<!-- {name}-table:start -->.*?<!-- {name}-table:end -->", re.DOTALL)


def refresh_tables(path: str | Path) -> bool:
    """Replace every generated table in ``path`` by a fresh one; True if the file changed.

    Only the blocks whose markers the file holds are made (the pilot table runs the pilot
    ensembles, a few seconds). A file without any markers is an error.
    """
    path = Path(path)
    old = path.read_text(encoding="utf-8")
    names = [name for name in BLOCKS if _pattern(name).search(old)]
    if not names:
        raise ValueError(f"{path} has no <!-- NAME-table:start/end --> markers")
    new = old
    for name in names:
        text = doc_block(name, BLOCKS[name]())
        new = _pattern(name).sub(lambda _m, t=text: t, new)  # type: ignore[misc]
    if new != old:
        path.write_text(new, encoding="utf-8")
    return new != old


if __name__ == "__main__":
    # python -m buurtsim.experiments.validation docs/odd.md docs/validation.md
    import sys

    for file in sys.argv[1:] or ["docs/odd.md", "docs/validation.md"]:
        print(f"{file}: {'updated' if refresh_tables(file) else 'up to date'}")
