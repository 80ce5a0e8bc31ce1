"""A one-page report of a scenario, or of a comparison of scenarios, for the town hall.

The report is one self-contained HTML file: inline CSS, the two plots embedded as PNG images in
``data:`` URIs, no scripts, fonts or links to fetch. A report of one to three scenarios prints
on one A4 page (``@media print``; checked with Chromium's print to PDF; four fit when their
settings differ in a few places only), so "print to PDF" in any browser gives the PDF. It holds:

* the settings in plain Dutch: what each scenario changes with respect to the Arendonk baseline,
  with the labels of the scenario schema;
* the key outcomes with their spread: the median over ``runs`` seeds and the 10-90% range;
* two plots: outcome bars per scenario, and cohesion and participation week by week;
* the caveats: a model, not a forecast; assumptions; where the validation is described.

>>> from buurtsim.workshop.report import format_outcome
>>> format_outcome("budget_spent", 6420.4), format_outcome("participation_rate", 0.087)
('€ 6.420', '9%')
"""

from __future__ import annotations

import html
import math
import os
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

import pandas as pd

from .. import __version__
from ..experiments import ensemble
from ..i18n import euro, label, number, percent, t
from ..scenarios import Scenario, flatten, load_scenario, parameters
from .export import write_new
from .report_plots import BAND_MEASURES, BAR_OUTCOMES, plots_html  # noqa: F401 - public here too
from .words import differences, setting_value

#: the outcomes in the report's table, in order
REPORT_OUTCOMES: tuple[str, ...] = (
    "kickoff_attendance",
    "participation_rate",
    "vulnerable_participation_rate",
    "proposals",
    "proposals_redirected",
    "initiatives_funded",
    "initiatives_vetoed",
    "initiatives_realised",
    "weeks_to_first_realisation",
    "budget_spent",
    "conflicts_escalated",
    "cohesion_gain",
    "ownership_end",
    "trust_municipality_end",
    "lonely_vulnerable_end",
)
_SHARES = {
    "participation_rate",
    "vulnerable_participation_rate",
    "lonely_vulnerable_start",
    "lonely_vulnerable_end",
}
_MONEY = {"budget_allocated", "budget_spent", "budget_unspent"}
_INDEXES = {
    "cohesion_start",
    "cohesion_end",
    "cohesion_gain",
    "ownership_end",
    "trust_municipality_end",
    "liveability_start",
    "liveability_end",
}


def format_outcome(outcome: str, value: float, lang: str | None = None) -> str:
    """An outcome as the report writes it: ``€ 6.420``, ``9%``, ``0,45``, ``6`` or ``6,5``."""
    if outcome in _MONEY:
        return euro(value, lang=lang)
    if outcome in _SHARES:
        return percent(value, 0, lang)
    if outcome in _INDEXES:
        return number(value, 2, lang)
    value = float(value)
    return number(value, 0 if value.is_integer() else 1, lang)


def spread(runs: pd.DataFrame, outcomes: Sequence[str] = REPORT_OUTCOMES) -> pd.DataFrame:
    """Median, 10% and 90% quantile of each outcome over the runs of one scenario.

    The quantiles are values of real runs (the lower one rounded down, the upper one up), so a
    count reads "5 – 12", never "4,9 – 12,2".
    """
    rows = []
    for o in outcomes:
        x = pd.to_numeric(runs[o], errors="coerce").dropna()
        rows.append(
            {
                "outcome": o,
                "median": float(x.median()) if len(x) else math.nan,
                "low": float(x.quantile(0.1, interpolation="lower")) if len(x) else math.nan,
                "high": float(x.quantile(0.9, interpolation="higher")) if len(x) else math.nan,
                "runs": len(x),
            }
        )
    return pd.DataFrame(rows).set_index("outcome")


def find_baseline() -> tuple[Scenario, str]:
    """The Arendonk scenario file (``scenarios/arendonk.yaml``), or the schema defaults.

    Looks next to the working directory and its parents, then next to the source tree.
    """
    here = Path.cwd().resolve()
    source = Path(__file__).resolve().parents[3]
    for folder in (here, *here.parents, source):
        path = folder / "scenarios" / "arendonk.yaml"
        if path.is_file():
            return load_scenario(path), "Arendonk"
    return load_scenario({}), "standaardwaarden"


def baseline_of(baseline: Scenario | Mapping | str | None) -> tuple[Scenario, str]:
    """The scenario settings are compared with, and its name: ``baseline`` if given, else
    :func:`find_baseline`."""
    if baseline is None:
        return find_baseline()
    base = load_scenario(baseline)
    return base, base.neighbourhood.name


def _names(scenarios: Sequence[Scenario]) -> list[str]:
    names: list[str] = []
    for sc in scenarios:
        name = sc.neighbourhood.name
        k = 2
        while name in names:
            name = f"{sc.neighbourhood.name} ({k})"
            k += 1
        names.append(name)
    return names


def _setting_cell(key: str, value, base_value) -> str:
    """A scenario's value of a setting: grey when it is the baseline's, bold when changed."""
    text = html.escape(setting_value(key, value))
    return f"<td class='same'>{text}</td>" if value == base_value else f"<td><b>{text}</b></td>"


def _setting_row(key: str, baseline: dict, others: list[tuple[str, dict]]) -> str:
    cells = [f"<td class='same'>{html.escape(setting_value(key, baseline[key]))}</td>"]
    cells += [_setting_cell(key, v[key], baseline[key]) for _, v in others]
    return f"<tr><td>{html.escape(label(key))}</td>{''.join(cells)}</tr>"


def _settings_columns(
    scenarios: Sequence[Scenario], names: Sequence[str], base: Scenario, base_name: str
) -> tuple[str, list[tuple[str, dict]]]:
    """The table's column heads, and the settings of each scenario that has a column of its own
    (a scenario that is the baseline itself shares the baseline's column)."""
    pairs = list(zip(names, scenarios, strict=True))
    same_as_base = [n for n, sc in pairs if not differences(sc, base)]
    others = [(n, flatten(sc)) for n, sc in pairs if differences(sc, base)]
    base_head = " = ".join(same_as_base) if same_as_base else base_name
    head = f"<th>{html.escape(base_head)} (basis)</th>"
    head += "".join(f"<th>{html.escape(n)}</th>" for n, _ in others)
    return head, others


def settings_table(
    scenarios: Sequence[Scenario], names: Sequence[str], base: Scenario, base_name: str
) -> str:
    """An HTML table of the settings where any scenario differs from the baseline.

    One row per setting (the schema's Dutch label), a column for the baseline and one per
    scenario; a value equal to the baseline's is shown in grey, a changed one in bold. A scenario
    that is the baseline itself takes the baseline's column.
    """
    keys = [k for k in parameters() if any(k in differences(sc, base) for sc in scenarios)]
    if not keys:
        who = "Het scenario heeft" if len(scenarios) == 1 else "Alle scenario's hebben"
        return f"<p>{who} dezelfde instellingen als {html.escape(base_name)} (de basis).</p>"
    baseline = flatten(base)
    head, others = _settings_columns(scenarios, names, base, base_name)
    rows = [_setting_row(k, baseline, others) for k in keys]
    return (
        f"<table class='settings'><thead><tr><th>instelling</th>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


CSS = """
@page { size: A4; margin: 10mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; font-size: 9.5pt; color: #222;
       max-width: 186mm; margin: 8mm auto; line-height: 1.35; }
h1 { font-size: 15pt; margin: 0 0 1mm 0; }
h2 { font-size: 10.5pt; margin: 3mm 0 1mm 0; border-bottom: 1px solid #ccc; }
p.sub { margin: 0; color: #555; }
ul { margin: 1mm 0 1mm 5mm; padding: 0; }
li { margin: 0.3mm 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; line-height: 1.25;
        break-inside: avoid; page-break-inside: avoid; }
th, td { padding: 0.5mm 1.5mm; border-bottom: 1px solid #e2e2e2; text-align: right;
         vertical-align: top; }
th:first-child, td:first-child { text-align: left; }
thead th { border-bottom: 1.5px solid #888; }
td .range { color: #666; font-size: 7.5pt; white-space: nowrap; }
.plots { display: flex; gap: 3mm; margin-top: 3mm; break-inside: avoid;
         page-break-inside: avoid; }
.plots figure { flex: 1 1 0; margin: 0; }
.plots img { width: 100%; height: auto; }
figcaption { font-size: 7.5pt; color: #555; }
td.same { color: #888; }
table.settings td:first-child { white-space: nowrap; }
.caveats { font-size: 8pt; color: #333; break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 3mm; font-size: 7.5pt; color: #777; }
code { font-size: 8pt; }
@media print {
  body { margin: 0; max-width: none; font-size: 9pt; }
  table { font-size: 8pt; }
  h2 { margin-top: 2.5mm; }
  .plots { margin-top: 2mm; }
  footer { margin-top: 2mm; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
"""


def _run_all(
    loaded: Sequence[Scenario], names: Sequence[str], runs: int, seed: int, processes: int | None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every scenario's ensemble on the same seeds: the summaries and the weekly measures."""
    summaries, weekly = [], []
    for name, sc in zip(names, loaded, strict=True):
        summary, ts = ensemble(sc, runs=runs, seed=seed, processes=processes, timeseries=True)
        summaries.append(summary.assign(scenario=name))
        weekly.append(ts.assign(scenario=name))
    return pd.concat(summaries, ignore_index=True), pd.concat(weekly, ignore_index=True)


def _outcome_cell(outcome: str, s: pd.Series) -> str:
    """The median and the 10-90% range of one outcome of one scenario."""
    if s["runs"] == 0:
        return "<td>–</td>"
    mid, lo, hi = (format_outcome(outcome, s[k]) for k in ("median", "low", "high"))
    return f"<td>{mid} <span class='range'>({lo} – {hi})</span></td>"


def outcome_rows(names: Sequence[str], summary_all: pd.DataFrame) -> list[str]:
    """The rows of the outcome table: one per outcome of :data:`REPORT_OUTCOMES`."""
    stats = {name: spread(summary_all[summary_all["scenario"] == name]) for name in names}
    body = []
    for o in REPORT_OUTCOMES:
        cells = "".join(_outcome_cell(o, stats[name].loc[o]) for name in names)
        body.append(f"<tr><td>{html.escape(t(o))}</td>{cells}</tr>")
    return body


def _caveats(runs: int, seed: int, last_seed: int) -> list[str]:
    return [
        "Dit is een model, geen voorspelling. Het toont wat volgt uit de aannames, niet wat in een "
        "echte buurt zal gebeuren: lees vooral de verschillen tussen scenario's, niet de getallen "
        "op zich.",
        "Alleen de feiten van de pilots in Arendonk en Olmen (2018-2019) komen uit bronnen; "
        "de meeste getallen in het model zijn aannames, als zodanig gelabeld in het "
        "scenarioschema.",
        f"De spreiding (10-90%) komt van {runs} simulaties met een ander toeval (startgetallen "
        f"{seed} tot en "
        f"met {last_seed}). Ze zegt niets over hoe juist de aannames zelf zijn.",
        "Hoe goed het model de pilots nabootst en waar het tekortschiet, staat in "
        "<code>docs/validation.md</code>.",
    ]


def build_report(
    scenarios: Sequence[Scenario | Mapping | str | os.PathLike[str]],
    runs: int = 20,
    seed: int = 0,
    processes: int | None = None,
    baseline: Scenario | Mapping | str | None = None,
    command: str | None = None,
) -> str:
    """The report's HTML for one scenario or a comparison (the first is the main one).

    Every scenario runs ``runs`` seeds (``seed``, ``seed + 1``, ...), the same seeds for each.
    ``baseline`` is what the settings are compared with (default: ``scenarios/arendonk.yaml``).
    ``command`` is printed in the footer so a reader can make the report again.
    """
    if not scenarios:
        raise ValueError("a report needs at least one scenario")
    if int(runs) < 1:
        raise ValueError(f"runs must be at least 1, not {runs}")
    loaded = [load_scenario(s) for s in scenarios]
    names = _names(loaded)
    base, base_name = baseline_of(baseline)
    summary_all, weekly_all = _run_all(loaded, names, runs, seed, processes)
    return _page(
        title=names[0] if len(names) == 1 else f"{len(names)} scenario's vergeleken",
        # the settings: what differs from the baseline, one row per setting, in the schema's words
        settings=settings_table(loaded, names, base, base_name),
        head="".join(f"<th>{html.escape(n)}</th>" for n in names),
        body=outcome_rows(names, summary_all),
        plots=plots_html(summary_all, weekly_all, runs),
        runs=runs,
        seed=seed,
        command=command,
    )


def _page(
    title: str,
    settings: str,
    head: str,
    body: list[str],
    plots: str,
    runs: int,
    seed: int,
    command: str | None,
) -> str:
    """The whole HTML page of the report from its parts."""
    last_seed = int(seed) + int(runs) - 1
    caveats = _caveats(runs, seed, last_seed)
    again = f" · opnieuw maken: <code>{html.escape(command)}</code>" if command else ""
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>buurtsim – {html.escape(title)}</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>Buurtbudget · {html.escape(title)}</h1>
<p class="sub">Wat verandert er in de buurt als de gemeente meer of minder controle houdt?
Een simulatie met buurtsim.</p>
</header>
<h2>Instellingen</h2>
{settings}
<h2>Belangrijkste uitkomsten</h2>
<table>
<thead><tr><th>mediaan over {number(runs)} simulaties <span class="range">(10% – 90%)</span></th>
{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody>
</table>
<div class="plots">{plots}</div>
<h2>Lees dit met voorzichtigheid</h2>
<ul class="caveats">{"".join(f"<li>{c}</li>" for c in caveats)}</ul>
<footer>Gemaakt met buurtsim {__version__} op {date.today().strftime("%d-%m-%Y")} ·
{runs} simulaties per scenario, startgetallen {seed}–{last_seed}{again}</footer>
</body>
</html>
"""


def write_report(html_text: str, out: str | os.PathLike[str]) -> Path:
    """Write the report to ``out``, or ``name-2.html``... if that exists; return the real path."""
    out = Path(out)
    if out.suffix.lower() not in (".html", ".htm"):
        raise ValueError(f"the report is an HTML file: give a name ending in .html, not {out}")
    return write_new(out, html_text)


def report_main(
    scenario_paths: list[str],
    compare: list[str],
    out: str,
    runs: int = 20,
    seed: int = 0,
    processes: int | None = None,
) -> Path:
    """``buurtsim report SCENARIO [--compare OTHER ...] --out FILE.html``: build and save.

    Never overwrites: if ``out`` exists the report goes to ``name-2.html`` (``-3``, ...); the
    path really written is returned. Raises :class:`~buurtsim.ScenarioError` for a bad scenario
    file and ``ValueError`` for a bad argument (``runs`` below 1, ``out`` not ``.html``), before
    any simulation runs.
    """
    paths = [*scenario_paths, *(compare or [])]
    if not paths:
        raise ValueError("give at least one scenario file")
    if Path(out).suffix.lower() not in (".html", ".htm"):
        raise ValueError(
            f"the report is an HTML file: give --out a name ending in .html, not {out}"
        )
    if int(runs) < 1:
        raise ValueError(f"--runs must be at least 1, not {runs}")
    scenarios = [load_scenario(p) for p in paths]  # every file checked before any run
    command = "buurtsim report " + " ".join(scenario_paths)
    if compare:
        command += " --compare " + " ".join(compare)
    command += f" --runs {runs} --seed {seed} --out {Path(out).name}"
    text = build_report(scenarios, runs=runs, seed=seed, processes=processes, command=command)
    return write_report(text, out)
