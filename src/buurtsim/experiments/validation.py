"""Does the model reproduce the 2018-2019 pilot? Target bands, the pilot table, and ODD tables.

The pilot gave one observation of each figure, often an approximate one ("about 10", "6-7").
:data:`TARGETS` turns each into a *band* and names its source in ``METHOD.md``. The rule for a
count is :func:`count_band`: the observed value plus or minus ``BAND_Z`` times its square root.
That is the range in which a Poisson count with that mean falls about 80% of the time, i.e.
how far a second run of the real pilot could plausibly have landed from the first one.
:func:`pilot_table` runs both pilot scenarios and reports, per figure, the simulated median,
the 10-90% range and the share of seeds inside the band; ``buurtsim validate-pilot`` prints it.

The same module writes the tables of ``docs/odd.md`` from the code, so that they cannot drift:
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

import ast
import importlib
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..model.themes import THEMES
from ..scenarios import Scenario, load_scenario, parameters
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


def format_pilot_table(table: pd.DataFrame) -> str:
    """The pilot table as aligned text that is also a Markdown table.

    Columns: scenario, figure, observed, band, simulated median, simulated 10-90% range, and the
    share of seeds inside the band.
    """
    head = ("scenario", "figure", "observed", "band", "median", "10-90%", "inside")
    rows = [
        (
            str(r.scenario),
            str(r.figure),
            str(r.observed),
            f"{_num(r.band_low)}-{_num(r.band_high)}",
            _num(r.median),
            f"{_num(r.p10)}-{_num(r.p90)}",
            f"{r.share_inside:.0%}" if not math.isnan(r.share_inside) else "-",
        )
        for r in table.itertuples(index=False)
    ]
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


# === tables for docs/odd.md ==================================================================
_GREEK = {"alpha", "beta", "tau", "kappa", "lambda", "omega", "phi", "epsilon", "mu"}


def symbol_tex(symbol: str) -> str:
    """A schema symbol (``beta_0``, ``h_soc``, ``T0``) as inline Markdown math (``$\\beta_0$``).

    >>> symbol_tex("beta_say"), symbol_tex("T0"), symbol_tex("SES"), symbol_tex("")
    ('$\\\\beta_{\\\\mathrm{say}}$', '$T_0$', '$\\\\mathrm{SES}$', '')
    """
    if not symbol:
        return ""

    def part(s: str) -> str:
        if s in _GREEK:
            return "\\" + s
        return s if len(s) == 1 or s.isdigit() else "\\mathrm{" + s + "}"

    base, _, sub = symbol.partition("_")
    if not sub and (m := re.fullmatch(r"([A-Za-z])(\d+)", base)):
        base, sub = m.groups()
    tex = part(base)
    if sub:
        tex += "_" + (part(sub) if len(sub) == 1 else "{" + part(sub) + "}")
    return f"${tex}$"


def _value(x: Any) -> str:
    if isinstance(x, bool):
        return str(x).lower()
    if isinstance(x, float):
        return f"{x:,.0f}" if x.is_integer() and abs(x) >= 1000 else f"{x:g}"
    if isinstance(x, int):
        return f"{x:,}" if abs(x) >= 10_000 else str(x)
    return str(x)


def _range(p) -> str:
    if p.choices:
        return ", ".join(f"`{c}`" for c in p.choices)
    if p.ge is not None and p.le is not None:
        return f"{_value(p.ge)} - {_value(p.le)}"
    return "text" if p.kind is str else "any"


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def parameter_table_markdown() -> str:
    """One Markdown row per scenario parameter: key, symbol, unit, default, range, source."""
    head = "| parameter | symbol | unit | default | range | source |"
    rule = "|---|---|---|---|---|---|"
    rows = [
        f"| `{p.key}` | {symbol_tex(p.symbol)} | {_cell(p.unit)} | {_value(p.default)} | "
        f"{_range(p)} | {_cell(p.source)} |"
        for p in parameters().values()
    ]
    return "\n".join([head, rule, *rows])


#: the phase modules of ``buurtsim.model``, in the order of the calendar (``model.step``)
PHASE_MODULES = (
    "outreach",
    "ideas",
    "framework",
    "conflicts",
    "decision",
    "review",
    "realisation",
    "upkeep",
    "wellbeing",
    "trust",
)


def _model_modules() -> tuple[str, ...]:
    """Every module of ``buurtsim.model``: the phases first, then the state and the set-up, then
    any other (so a new module's constants cannot be missed)."""
    import pkgutil

    from .. import model

    found = sorted(m.name for m in pkgutil.iter_modules(model.__path__))
    first = [*PHASE_MODULES, "model", "neighbourhood", "ties"]
    order = [m for m in first if m in found] + [m for m in found if m not in first]
    return tuple(f"buurtsim.model.{m}" for m in order)


#: the modules whose capitalised constants are submodel assumptions
CONSTANT_MODULES = _model_modules()

#: why each submodel constant has its value (the code comment says what it means)
CONSTANT_REASONS: dict[str, str] = {
    # outreach.py
    "CIVIC_WEIGHT": "assumption: civic propensity is the strongest personal driver of joining; "
    "going from 0 to 1 multiplies the odds by about 20",
    "TIME_WEIGHT": "assumption: free time helps, but less than civic propensity; the effect "
    "is three quarters reached at 6 h a week and saturates above about 12 h",
    "LATE_JOIN": "assumption: few residents join after the kick-off; the evening is the door",
    "CORE_SHIFT": "assumption: about one in ten kick-off participants joins the working group "
    "(35 at the kick-off, about 10 in the sessions [9, 10])",
    "ISOLATED_LETTER": "assumption: isolated residents notice a letter less often",
    "RECRUIT_HOURS": "assumption: a visit and a follow-up call per candidate",
    "CORE_PER_STREET": "METHOD.md: every street was represented at the kick-off [9]; one "
    "ambassador per street is the simplest reading",
    "EVENING_HOURS": "assumption: an evening to prepare and an evening to hold; METHOD.md step 4 "
    "names the info evening [5] but not its cost",
    "EVENING_WEEKS_BEFORE": "assumption: the evening announces the kick-off a week ahead",
    "LETTER_WEEKS_BEFORE": "assumption: a letter about three weeks ahead; the date is unknown",
    # ideas.py
    "MERGE_IDEAS": "assumption: small groups at the kick-off merge similar ideas [9]",
    "NOT_PLEASANT": "assumption: most ideas aim at a nicer neighbourhood; a few do not (the "
    "criterion 'more pleasant' of Arendonk's framework [10]); the share is unknown",
    # framework.py
    "HOMEWORK_GUIDED": "assumption: with the facilitator's check, a fixable problem is mended "
    "in about two weeks of homework [10]",
    "HOMEWORK_ALONE": "assumption: without a check it takes about three times as long",
    "MIN_TREKKER_HOURS": "assumption: a lead needs at least half an hour a week",
    "CORE_IDEA": "assumption: the working group adds an idea now and then (Arendonk went from "
    "about 8 ideas to 6-7 at the decision [9, 10], so few are added)",
    # conflicts.py
    "BURDEN_RADIUS": "assumption: a bench or a petanque court bothers the houses right next to it",
    "MEDIATION_SUCCESS": "assumption: mediation can fail (issue 8, item 4); about half the "
    "sessions work for an average pair and a clear frame",
    "MEDIATION_RELIEF": "assumption: a fresh conflict (severity 0.2-0.5) is settled by one or two "
    "sessions that work",
    "HARDENING": "assumption: a failed session hardens positions a little; a quarter of a "
    "typical week's growth",
    "NATURAL_SETTLING": "assumption: a fully tolerant pair settles by itself in about half a "
    "year, an average pair in about a year; escalation is usually faster",
    "RESOLVED_BELOW": "assumption: a conflict nobody feels any more",
    "ESCALATED_AT": "scale: severity is measured so that 1 is an open quarrel",
    "SIDE_TAKING": "assumption: neighbours take sides in an open quarrel; the size is unknown",
    "WITHDRAW_ON_ESCALATION": "assumption: an even chance that the proposers give up",
    # decision.py
    "CAPTURE_TIE": "assumption: a tie of 0.4 or more (about 60% of the starting neighbour ties, "
    "U(0.2, 0.7)) makes a contact approve one's idea; elite capture [47]",
    "OWN_STREET": "assumption: a project at one's own door counts for about as much as an "
    "average taste for its theme; Arendonk's tables voted by street [9]",
    "APPROVAL_BAR": "assumption: a voter approves a project elsewhere only for a theme they like "
    "at least 80% as much as an average one",
    "DECIDING_OWNERSHIP": "assumption: deciding together is a taste of ownership; METHOD.md: "
    "ownership is the active ingredient [seed]",
    # review.py
    "STRICTNESS": "assumption: a municipality with some control checks every proposal against "
    "the agreed criteria from control 0.5 up; at control 0 it checks none",
    "VETO_WORD": "assumption: a veto is news in the whole neighbourhood, a quarter of the weight "
    "it has for the idea's own supporters",
    "WAIT_WEIGHT": "assumption: each week beyond the promise is a small disappointment",
    "TREKKER_DRIFT": "assumption: a trekker waiting beyond the promise gives up in about "
    "eight months",
    # realisation.py
    "MAX_HELPERS": "assumption: small projects, a handful of helping neighbours",
    "STALL_LIMIT": "assumption: about a quarter without a lead and a project is given up",
    "RECIPROCITY_QUORUM": "assumption: conditional cooperation (public goods games, METHOD.md "
    "known ideas): helpers keep coming while at least half of them do",
    "RECIPROCITY_STEP": "assumption: willingness recovers slowly (+0.05 a week) and falls twice "
    "as fast when most helpers stay away",
    "SUPPORT_HOURS": "assumption: an hour of the facilitator's week per running project",
    "TECH_HOURS": "assumption: the technical service gives half a day a week to a running "
    "project at full support [15]",
    "PERMIT_SPEEDUP": "assumption: permits and orders through the administration take most of "
    "the preparation; full support saves more than half of it",
    "INFEASIBLE_WORK": "assumption: an over-ambitious project is 2-3 times the realistic one "
    "(the cost factor of ideas.py)",
    "INFEASIBLE_FAIL": "assumption: without support an infeasible project fails within about "
    "ten weeks of work",
    "UNWANTED_BURDEN": "assumption: an unwanted or unsafe project bothers its neighbours three "
    "times as often as a wanted one",
    "WRONG_STREET": "assumption: the street weighs money that went wrong half as much as a veto "
    "of its own idea",
    "WRONG_WORD": "assumption: word of it reaches the rest of the neighbourhood, weaker",
    "DISCOURAGED": "assumption: conditional cooperation (Fischbacher, Gächter and Fehr 2001): "
    "others' abuse of the common pot lowers one's own contribution; the size is assumed",
    "CAPTURED_REACH": "assumption: a personal-purpose project serves a few residents "
    "(Balen's criterion [14]); a fifth of a normal reach",
    # upkeep.py
    "KEEPER_LEAVE": "assumption: a maker with the ownership typical at the end of a run (about "
    "0.65) keeps it up for about a year and a half on average; one with none for about ten "
    "months",
    "DECAY": "assumption: without upkeep an initiative is gone in about five months",
    "REPAIR": "assumption: upkeep restores a worn initiative in a few months",
    "DECAYED_BELOW": "assumption: below a fifth of its condition nobody uses it any more",
    "SUSTAINED_FROM": "assumption: at least half its condition counts as kept up",
    "SUPPORT_UPKEEP": "assumption: 'process support is needed' [15]: full support matters about "
    "as much as a maintenance agreement (1.5)",
    "MUNICIPAL_UPKEEP": "assumption: at full support the technical service does the upkeep about "
    "every other week that the residents do not",
    "ONGOING_BURDEN": "assumption: an unwanted project keeps bothering its neighbours, rarely "
    "enough to open a conflict",
    # wellbeing.py
    "SAME_STREET_MEET": "assumption: most chance meetings happen in one's own street; ties "
    "form mostly by proximity (issue 2)",
    "ISOLATED_MEET": "assumption: isolation means fewer outings (issue 8, item 7); the same "
    "factor as the ties of an isolated resident",
    "MEET_GAIN": "assumption: one talk moves a tie 15% of the way to a strong tie",
    "TIE_DECAY": "assumption: what one meeting adds above the habit (about 0.1) fades in about "
    "a year without contact",
    "SUPPORT_SCALE": "assumption: two strong ties give about two thirds of full support",
    "LONELINESS_SPEED": "assumption: loneliness follows support with a lag of about ten weeks",
    "LONELY_FROM": "assumption: the middle of the 0-1 scale",
    "OWNERSHIP_GROWTH": "assumption: a year of taking part adds about 0.4 of the distance to "
    "full ownership",
    "ACTIVE_WINDOW": "assumption: two months without taking part and a resident is no longer "
    "active; 26 active residents in Arendonk against 35 at the kick-off [7, 9]",
    # trust.py
    "TRUST_STEP": "assumption: a full surprise of weight 1 moves trust by a tenth of its scale",
    "EXPECT_LEARNING": "assumption: about three experiences bring the expectation most of the "
    "way to what happens (learned participation propensity, DemocracySim, METHOD.md)",
    "NEUTRAL_EXPECTATION": "assumption: the middle of the scale, for residents who do not take "
    "a promise at face value",
    # model.py
    "LIVEABILITY_STEP": "assumption: five green initiatives in good condition add 0.25",
    "UNWANTED_LIVEABILITY": "assumption: an unwanted project takes away as much as a wanted one "
    "adds",
    # neighbourhood.py
    "OLDER_SHARE": "assumption: about a quarter of Flemish adults are over 65",
    "SOCIAL_HOUSING_SES": "assumption: social-housing households have a clearly lower SES, "
    "which puts the area below the municipal average [8]",
    "STREET_CONCENTRATION": "assumption: streets differ as much as the sticker-vote prior "
    "allows [9]; no street-level data exist",
    "GROUP_LEAN": "assumption: older residents, young families and vulnerable residents lean "
    "to their themes (Olmen had more young families [8]); the size is unknown",
    "ISOLATED_TIE_FACTOR": "assumption: isolation means few ties",
    "NEIGHBOUR_REACH": "assumption: neighbours know the houses within a few doors",
    # ties.py
    "BREAK_BELOW": "assumption: a tie that weak is no longer a tie",
    "HABIT_SHARE": "assumption: neighbours who did something together greet each other from "
    "then on; a third of the gain lasts",
}


@dataclass(frozen=True)
class Constant:
    name: str
    module: str
    value: Any
    meaning: str  # the comment beside it in the code


def _literal(node: ast.expr) -> Any:
    """The value of a literal number (``0.3``, ``-1.0``), or None for anything else (an alias
    such as ``LONELY_FROM = wb.LONELY_FROM`` is listed once, where it is defined)."""
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return None
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _comment(lines: list[str], end: int) -> str:
    """The comment after a constant, with the comment lines that continue it."""
    line = lines[end - 1]
    if "#" not in line:
        return ""
    parts = [line.split("#", 1)[1].strip()]
    k = end
    while k < len(lines) and lines[k].lstrip().startswith("#") and not lines[k].startswith("#:"):
        parts.append(lines[k].lstrip()[1:].strip())
        k += 1
    return re.sub(r"^assumption:\s*", "", " ".join(parts))


def submodel_constants() -> list[Constant]:
    """The capitalised number constants defined at the top level of :data:`CONSTANT_MODULES`."""
    out = []
    for name in CONSTANT_MODULES:
        module = importlib.import_module(name)
        source = Path(module.__file__).read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.parse(source).body:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            target = node.targets[0]
            if not (isinstance(target, ast.Name) and re.fullmatch(r"[A-Z][A-Z0-9_]*", target.id)):
                continue
            if _literal(node.value) is None:
                continue
            value = getattr(module, target.id)
            meaning = _comment(lines, node.end_lineno)
            out.append(Constant(target.id, name.rsplit(".", 1)[1], value, meaning))
    return out


def constants_table_markdown() -> str:
    """One Markdown row per submodel constant: name, file, value, meaning, reasoning."""
    head = "| constant | file | value | meaning | reasoning |"
    rule = "|---|---|---|---|---|"
    rows = [
        f"| `{c.name}` | `{c.module}.py` | {_value(c.value)} | {_cell(c.meaning)} | "
        f"{_cell(CONSTANT_REASONS.get(c.name, 'MISSING'))} |"
        for c in submodel_constants()
    ]
    return "\n".join([head, rule, *rows])


def themes_table_markdown() -> str:
    """The seven themes with their cost range and effects (``model/themes.py``)."""
    head = (
        "| theme | nl | cost (euro) | burden | meeting | liveability | college taste | "
        "preference prior | whole neighbourhood |"
    )
    rule = "|---|---|---|---|---|---|---|---|---|"
    rows = [
        f"| `{t.key}` | {t.nl} | {t.cost_low:,.0f}-{t.cost_high:,.0f} | {t.burden:g} | "
        f"{t.meeting:g} | {t.liveability:g} | {t.college_taste:g} | {t.preference_prior:g} | "
        f"{'yes' if t.neighbourhood_wide else 'no'} |"
        for t in THEMES
    ]
    return "\n".join([head, rule, *rows])


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
        new = _pattern(name).sub(lambda _m, t=text: t, new)
    if new != old:
        path.write_text(new, encoding="utf-8")
    return new != old


if __name__ == "__main__":
    # python -m buurtsim.experiments.validation docs/odd.md docs/validation.md
    import sys

    for file in sys.argv[1:] or ["docs/odd.md", "docs/validation.md"]:
        print(f"{file}: {'updated' if refresh_tables(file) else 'up to date'}")
