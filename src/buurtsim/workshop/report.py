"""A one-page report of a scenario, or of a comparison of scenarios, for the town hall.

The report is one self-contained HTML file: inline CSS, the two plots embedded as PNG images in
``data:`` URIs, no scripts, fonts or links to fetch. A report of one to three scenarios prints
on one A4 page (``@media print``; checked with Chromium's print to PDF; four fit when their
settings differ in a few places only), so "print to PDF" in any browser gives the PDF. It holds:

* the settings in plain words: what each scenario changes with respect to the Arendonk baseline,
  with the labels of the scenario schema;
* the key outcomes with their spread: the median over ``runs`` seeds and the 10-90% range;
* two plots: outcome bars per scenario, and cohesion and participation week by week;
* the caveats: a model, not a forecast; assumptions; where the validation is described.

It is written in the current language (:func:`buurtsim.language.current`, ``--lang`` of
``buurtsim report``), its words from :data:`buurtsim.labels.cli.REPORT`.

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
from ..i18n import euro, label, number, percent, t, tf
from ..language import current, use
from ..scenarios import Scenario, flatten, load_scenario, parameters
from .export import write_new
from .report_plots import (  # noqa: F401 - public here too
    BAND_MEASURES,
    BAR_OUTCOMES,
    CSS,
    PAGE_WIDTH_MM,
    plots_css,
    plots_html,
)
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
    return load_scenario({}), t("rp_defaults")


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
    head = f"<th>{html.escape(base_head)} ({t('rp_baseline')})</th>"
    head += "".join(f"<th>{html.escape(n)}</th>" for n, _ in others)
    return head, others


def settings_table(
    scenarios: Sequence[Scenario], names: Sequence[str], base: Scenario, base_name: str
) -> str:
    """An HTML table of the settings where any scenario differs from the baseline.

    One row per setting (the schema's label), a column for the baseline and one per
    scenario; a value equal to the baseline's is shown in grey, a changed one in bold. A scenario
    that is the baseline itself takes the baseline's column.
    """
    keys = [k for k in parameters() if any(k in differences(sc, base) for sc in scenarios)]
    if not keys:
        same = "rp_same_one" if len(scenarios) == 1 else "rp_same_all"
        return f"<p>{html.escape(tf(same, base=base_name))}</p>"
    baseline = flatten(base)
    head, others = _settings_columns(scenarios, names, base, base_name)
    rows = [_setting_row(k, baseline, others) for k in keys]
    return (
        f"<table class='settings'><thead><tr><th>{t('rp_setting')}</th>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


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
    """The caveats as HTML list items' contents."""
    return [
        html.escape(t("rp_caveat_model")),
        html.escape(t("rp_caveat_sources")),
        html.escape(tf("rp_caveat_spread", runs=runs, first=seed, last=last_seed)),
        html.escape(t("rp_caveat_validation")).replace("{path}", "<code>docs/validation.md</code>"),
    ]


def build_report(
    scenarios: Sequence[Scenario | Mapping | str | os.PathLike[str]],
    runs: int = 20,
    seed: int = 0,
    processes: int | None = None,
    baseline: Scenario | Mapping | str | None = None,
    command: str | None = None,
    lang: str | None = None,
) -> str:
    """The report's HTML for one scenario or a comparison (the first is the main one).

    Every scenario runs ``runs`` seeds (``seed``, ``seed + 1``, ...), the same seeds for each.
    ``baseline`` is what the settings are compared with (default: ``scenarios/arendonk.yaml``).
    ``command`` is printed in the footer so a reader can make the report again. ``lang``: the
    language of the report (``None``: the current language).
    """
    with use(lang):
        return _build_report(scenarios, runs, seed, processes, baseline, command)


def _build_report(
    scenarios: Sequence[Scenario | Mapping | str | os.PathLike[str]],
    runs: int,
    seed: int,
    processes: int | None,
    baseline: Scenario | Mapping | str | None,
    command: str | None,
) -> str:
    if not scenarios:
        raise ValueError(t("cli_report_no_scenario"))
    if int(runs) < 1:
        raise ValueError(tf("cli_report_runs", runs=runs))
    loaded = [load_scenario(s) for s in scenarios]
    names = _names(loaded)
    base, base_name = baseline_of(baseline)
    summary_all, weekly_all = _run_all(loaded, names, runs, seed, processes)
    return _page(
        title=names[0] if len(names) == 1 else tf("rp_title_many", n=len(names)),
        # the settings: what differs from the baseline, one row per setting, in the schema's words
        settings=settings_table(loaded, names, base, base_name),
        head="".join(f"<th>{html.escape(n)}</th>" for n in names),
        body=outcome_rows(names, summary_all),
        plots=plots_html(summary_all, weekly_all, runs, names),
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
    again = f" · {t('rp_again')}: <code>{html.escape(command)}</code>" if command else ""
    footer = tf(
        "rp_footer",
        version=__version__,
        date=date.today().strftime(t("rp_date_format")),
        runs=runs,
        first=seed,
        last=last_seed,
    )
    return f"""<!DOCTYPE html>
<html lang="{current()}">
<head>
<meta charset="utf-8">
<title>buurtsim – {html.escape(title)}</title>
<style>{CSS}{plots_css()}</style>
</head>
<body>
<header>
<h1>Buurtbudget · {html.escape(title)}</h1>
<p class="sub">{html.escape(t("rp_question"))}</p>
</header>
<h2>{t("rp_settings")}</h2>
{settings}
<h2>{t("rp_outcomes")}</h2>
<table>
<thead><tr><th>{tf("rp_median_head", runs=number(runs))} <span class="range">(10% – 90%)</span></th>
{head}</tr></thead>
<tbody>
{chr(10).join(body)}
</tbody>
</table>
<div class="plots">{plots}</div>
<h2>{t("rp_caveats_head")}</h2>
<ul class="caveats">{"".join(f"<li>{c}</li>" for c in caveats)}</ul>
<footer>{html.escape(footer)}{again}</footer>
</body>
</html>
"""


def write_report(html_text: str, out: str | os.PathLike[str]) -> Path:
    """Write the report to ``out``, or ``name-2.html``... if that exists; return the real path."""
    out = Path(out)
    if out.suffix.lower() not in (".html", ".htm"):
        raise ValueError(tf("cli_report_not_html", out=out))
    return write_new(out, html_text)


def report_main(
    scenario_paths: list[str],
    compare: list[str],
    out: str,
    runs: int = 20,
    seed: int = 0,
    processes: int | None = None,
    lang: str | None = None,
) -> Path:
    """``buurtsim report SCENARIO [--compare OTHER ...] --out FILE.html``: build and save.

    Never overwrites: if ``out`` exists the report goes to ``name-2.html`` (``-3``, ...); the
    path really written is returned. Raises :class:`~buurtsim.ScenarioError` for a bad scenario
    file and ``ValueError`` for a bad argument (``runs`` below 1, ``out`` not ``.html``), before
    any simulation runs.
    """
    paths = [*scenario_paths, *(compare or [])]
    if not paths:
        raise ValueError(t("cli_report_no_scenario"))
    if Path(out).suffix.lower() not in (".html", ".htm"):
        raise ValueError(tf("cli_report_not_html", out=out))
    if int(runs) < 1:
        raise ValueError(tf("cli_report_runs", runs=runs))
    scenarios = [load_scenario(p) for p in paths]  # every file checked before any run
    command = "buurtsim report " + " ".join(scenario_paths)
    if compare:
        command += " --compare " + " ".join(compare)
    command += f" --runs {runs} --seed {seed} --out {Path(out).name}"
    text = build_report(
        scenarios, runs=runs, seed=seed, processes=processes, command=command, lang=lang
    )
    return write_report(text, out)
