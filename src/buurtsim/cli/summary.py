"""What ``buurtsim run`` and ``buurtsim sweep`` print: a few lines a trainer can read aloud, in
the current language (labels ``cli_s_*`` and ``cli_w_*``, numbers with its separators)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..i18n import euro, number, percent, t, tf
from ..scenarios import Scenario


def _num(x: float) -> str:
    """A count or a median of counts: 12, 12.5, 1,234 (12, 12,5, 1.234 in Dutch)."""
    return number(x, 0 if float(x).is_integer() else 1)


def _pct(x: float) -> str:
    return percent(x, 1)


def _two(x: float) -> str:
    return number(x, 2)


def _gain(x: float) -> str:
    return ("+" if x > 0 else "") + number(x, 3)


def _count(x: float) -> str:
    return number(x, 0 if float(x).is_integer() else 1)


#: the outcomes in the table that ``sweep`` prints: column, heading (a label), format
SWEEP_COLUMNS: tuple[tuple[str, str, Callable[[float], str]], ...] = (
    ("participation_rate", "cli_w_participation", _pct),
    ("proposals", "cli_w_proposals", _count),
    ("initiatives_realised", "cli_w_realised", _count),
    ("conflicts_escalated", "cli_w_escalated", _count),
    ("cohesion_gain", "cli_w_cohesion", _gain),
    ("ownership_end", "cli_w_ownership", _two),
    ("trust_municipality_end", "cli_w_trust", _two),
)


def _stats(values: pd.Series, fmt: Callable[[float], str]) -> tuple[str, str]:
    """The median (or the value of a single run) and the 10-90% range over runs."""
    v = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
    v = v[~np.isnan(v)]
    if len(v) == 0:
        return t("cli_na"), ""
    if len(values) == 1:
        return fmt(v[0]), ""
    lo, hi = np.percentile(v, [10, 90], method="nearest")
    return fmt(float(np.median(v))), tf("cli_range", low=fmt(lo), high=fmt(hi))


def _start_end(
    table: pd.DataFrame, start: str, end: str, fmt: Callable[[float], str]
) -> tuple[str, str]:
    first = fmt(float(table[start].median()))
    value, spread = _stats(table[end], fmt)
    return f"{first} -> {value}", spread


def _seeds_text(seeds: Sequence[int]) -> str:
    if len(seeds) == 1:
        return tf("cli_seed", seed=seeds[0])
    return tf("cli_seeds", first=seeds[0], last=seeds[-1])


def _summary_lines(table: pd.DataFrame, scenario: Scenario) -> list[tuple[str, str, str]]:
    """(label, value, spread) for every line of :func:`format_summary`."""
    runs = len(table)
    weeks_value, weeks_spread = _stats(table["weeks_to_first_realisation"], _num)
    none = int(table["weeks_to_first_realisation"].isna().sum())
    if none == runs:
        weeks_value = t("cli_none")
    elif none:
        weeks_spread = f"{weeks_spread}  {tf('cli_none_in', none=none, runs=runs)}".lstrip()
    money = lambda x: euro(x).replace("€", "").strip()  # noqa: E731
    return [
        (t("cli_s_participation"), *_stats(table["participation_rate"], _pct)),
        (t("cli_s_vulnerable"), *_stats(table["vulnerable_participation_rate"], _pct)),
        (t("cli_s_kickoff"), *_stats(table["kickoff_attendance"], _num)),
        (t("cli_s_proposals"), *_stats(table["proposals"], _num)),
        (t("cli_s_funded"), *_stats(table["initiatives_funded"], _num)),
        (t("cli_s_realised"), *_stats(table["initiatives_realised"], _num)),
        (t("cli_s_sustained"), *_stats(table["initiatives_sustained"], _num)),
        (
            tf("cli_s_spent", budget=money(scenario.budget.amount)),
            *_stats(table["budget_spent"], money),
        ),
        (t("cli_s_escalated"), *_stats(table["conflicts_escalated"], _num)),
        (t("cli_s_cohesion"), *_start_end(table, "cohesion_start", "cohesion_end", _two)),
        (t("cli_s_trust"), *_stats(table["trust_municipality_end"], _two)),
        (
            t("cli_s_lonely"),
            *_start_end(table, "lonely_vulnerable_start", "lonely_vulnerable_end", _pct),
        ),
        (t("cli_s_weeks"), weeks_value, weeks_spread),
    ]


def format_summary(table: pd.DataFrame, scenario: Scenario, source: str) -> str:
    """A few lines a trainer can read aloud: the key outcomes of one run or an ensemble."""
    runs = len(table)
    lines = _summary_lines(table, scenario)
    seeds = [int(s) for s in table["seed"]]
    runs_text = t("cli_one_run") if runs == 1 else tf("cli_runs", runs=runs)
    out = [f"{scenario.neighbourhood.name} ({source}): {runs_text}, {_seeds_text(seeds)}"]
    label_w = max(len(label) for label, _, _ in lines) + 2
    value_w = max(len(value) for _, value, _ in lines)
    if runs > 1:
        out.append(f"  {'':<{label_w}}{t('cli_median'):>{value_w}}   {t('cli_spread_head')}")
    for label, value, spread in lines:
        out.append(f"  {label:<{label_w}}{value:>{value_w}}   {spread}".rstrip())
    return "\n".join(out)


def format_sweep(table: pd.DataFrame, key: str) -> str:
    """Medians per swept value for a few key outcomes."""
    columns = [c for c, _, _ in SWEEP_COLUMNS]
    medians = table.groupby(key, sort=False)[columns].median()
    rows = [[str(key)] + [t(heading) for _, heading, _ in SWEEP_COLUMNS]]
    for value, row in medians.iterrows():
        cells = [_value_text(value)]
        for column, _, fmt in SWEEP_COLUMNS:
            cells.append(t("cli_na") if math.isnan(row[column]) else fmt(row[column]))
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)
        ]
        lines.append("  " + "  ".join(cells))
    return "\n".join(lines)


def _value_text(value: Any) -> str:
    """A parameter's value: ``0.1`` (``0,1`` in Dutch), a whole number, or a choice as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    text = f"{value:g}"
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    return number(value, decimals)
