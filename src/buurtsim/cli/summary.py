"""What ``buurtsim run`` and ``buurtsim sweep`` print: a few lines a trainer can read aloud."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..scenarios import Scenario

#: the outcomes in the table that ``sweep`` prints: column, heading, format
SWEEP_COLUMNS = (
    ("participation_rate", "participation", "{:.1%}"),
    ("proposals", "proposals", "{:g}"),
    ("initiatives_realised", "realised", "{:g}"),
    ("conflicts_escalated", "escalated", "{:g}"),
    ("cohesion_gain", "cohesion gain", "{:+.3f}"),
    ("ownership_end", "ownership", "{:.2f}"),
    ("trust_municipality_end", "trust", "{:.2f}"),
)


def _num(x: float) -> str:
    """A count or a median of counts: 12, 12.5, 1,234."""
    return f"{x:,.1f}".removesuffix(".0")


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _two(x: float) -> str:
    return f"{x:.2f}"


def _stats(values: pd.Series, fmt: Callable[[float], str]) -> tuple[str, str]:
    """The median (or the value of a single run) and the 10-90% range over runs."""
    v = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
    v = v[~np.isnan(v)]
    if len(v) == 0:
        return "n/a", ""
    if len(values) == 1:
        return fmt(v[0]), ""
    lo, hi = np.percentile(v, [10, 90], method="nearest")
    return fmt(float(np.median(v))), f"{fmt(lo)} to {fmt(hi)}"


def _start_end(
    table: pd.DataFrame, start: str, end: str, fmt: Callable[[float], str]
) -> tuple[str, str]:
    first = fmt(float(table[start].median()))
    value, spread = _stats(table[end], fmt)
    return f"{first} -> {value}", spread


def _seeds_text(seeds: Sequence[int]) -> str:
    if len(seeds) == 1:
        return f"seed {seeds[0]}"
    return f"seeds {seeds[0]}-{seeds[-1]}"


def format_summary(table: pd.DataFrame, scenario: Scenario, source: str) -> str:
    """A few lines a trainer can read aloud: the key outcomes of one run or an ensemble."""
    runs = len(table)
    weeks_value, weeks_spread = _stats(table["weeks_to_first_realisation"], _num)
    none = int(table["weeks_to_first_realisation"].isna().sum())
    if none == runs:
        weeks_value = "none"
    elif none:
        weeks_spread = f"{weeks_spread}  (none in {none} of {runs} runs)".lstrip()
    euro = lambda x: f"{x:,.0f}"  # noqa: E731
    lines = [
        ("participation (ever took part)", *_stats(table["participation_rate"], _pct)),
        ("  among vulnerable residents", *_stats(table["vulnerable_participation_rate"], _pct)),
        ("kick-off attendance", *_stats(table["kickoff_attendance"], _num)),
        ("proposals", *_stats(table["proposals"], _num)),
        ("initiatives funded", *_stats(table["initiatives_funded"], _num)),
        ("initiatives realised", *_stats(table["initiatives_realised"], _num)),
        ("initiatives sustained", *_stats(table["initiatives_sustained"], _num)),
        (f"euro spent of {euro(scenario.budget.amount)}", *_stats(table["budget_spent"], euro)),
        ("conflicts escalated", *_stats(table["conflicts_escalated"], _num)),
        ("cohesion, start -> end", *_start_end(table, "cohesion_start", "cohesion_end", _two)),
        ("trust in the municipality at the end", *_stats(table["trust_municipality_end"], _two)),
        (
            "lonely vulnerable residents, start -> end",
            *_start_end(table, "lonely_vulnerable_start", "lonely_vulnerable_end", _pct),
        ),
        ("weeks from kick-off to first realisation", weeks_value, weeks_spread),
    ]
    seeds = [int(s) for s in table["seed"]]
    runs_text = "one run" if runs == 1 else f"{runs} runs"
    out = [f"{scenario.neighbourhood.name} ({source}): {runs_text}, {_seeds_text(seeds)}"]
    label_w = max(len(label) for label, _, _ in lines) + 2
    value_w = max(len(value) for _, value, _ in lines)
    if runs > 1:
        out.append(f"  {'':<{label_w}}{'median':>{value_w}}   10% to 90% of runs")
    for label, value, spread in lines:
        out.append(f"  {label:<{label_w}}{value:>{value_w}}   {spread}".rstrip())
    return "\n".join(out)


def format_sweep(table: pd.DataFrame, key: str) -> str:
    """Medians per swept value for a few key outcomes."""
    columns = [c for c, _, _ in SWEEP_COLUMNS]
    medians = table.groupby(key, sort=False)[columns].median()
    rows = [[str(key)] + [heading for _, heading, _ in SWEEP_COLUMNS]]
    for value, row in medians.iterrows():
        cells = [_value_text(value)]
        for column, _, fmt in SWEEP_COLUMNS:
            cells.append("n/a" if math.isnan(row[column]) else fmt.format(row[column]))
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
    return f"{value:g}" if isinstance(value, float) else str(value)
