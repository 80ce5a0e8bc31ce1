"""Loosening-control curves (issue 8): what changes as municipal control goes from 0 to 1?

    .venv/bin/python benchmarks/curves.py                  # 30 seeds, both clarities, 2 processes
    .venv/bin/python benchmarks/curves.py --runs 10 --processes 1

For each framework clarity (0.2, vague; 0.9, clear) it sweeps ``municipality.control`` over
0, 0.2, ..., 1 on ``scenarios/arendonk.yaml`` (``announced_control`` follows ``control``, its
default) and prints one Markdown table per clarity: one row per outcome, one column per control
level, each cell the mean over the seeds (seeds 0..runs-1, the same seeds at every level). The
last column, *shape*, reads the row against twice the standard error of the means (see
:func:`shape`): "peak at C" or "dip at C" when an inner level beats both ends, "rises" or
"falls" when the ends differ and no step goes back, "flat" when the ends do not differ.
It asserts nothing; ``docs/validation.md`` shows its output.
:func:`curves` is the entry point without a command line.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from buurtsim.experiments.runs import sweep
from buurtsim.scenarios import load_scenario, with_overrides

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "scenarios" / "arendonk.yaml"
CONTROLS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
CLARITIES = (0.2, 0.9)
OUTCOMES = (
    "participation_rate",
    "vulnerable_participation_rate",
    "initiatives_realised",
    "initiatives_sustained",
    "initiatives_failed",
    "conflicts_escalated",
    "trust_municipality_end",
    "ownership_end",
    "cohesion_gain",
    "streets_served",
    "budget_spent",
)


def run_curves(clarity: float, runs: int = 30, seed: int = 0, processes: int | None = 2,
               scenario: str | Path = SCENARIO) -> pd.DataFrame:  # fmt: skip
    """The sweep over control at one clarity: one row per run."""
    sc = with_overrides(load_scenario(scenario), {"municipality.framework_clarity": clarity})
    return sweep(sc, "municipality.control", CONTROLS, runs=runs, seed=seed, processes=processes)


def shape(means: np.ndarray, ses: np.ndarray) -> str:
    """How a row runs over the control levels, judged against twice the standard error.

    "peak at C" / "dip at C": an inner level beats both ends by more than that (a trade-off);
    "rises" / "falls": the ends differ by more than that and no step goes back by more;
    "flat": the ends do not differ by more than that; otherwise "mixed".
    """
    inner = range(1, len(means) - 1)
    for k in sorted(inner, key=lambda k: -means[k]):
        margin = 2 * math.hypot(ses[k], max(ses[0], ses[-1]))
        if means[k] > max(means[0], means[-1]) + margin:
            return f"peak at {CONTROLS[k]:g}"
    for k in sorted(inner, key=lambda k: means[k]):
        margin = 2 * math.hypot(ses[k], max(ses[0], ses[-1]))
        if means[k] < min(means[0], means[-1]) - margin:
            return f"dip at {CONTROLS[k]:g}"
    ends = means[-1] - means[0]
    if abs(ends) <= 2 * math.hypot(ses[0], ses[-1]):
        return "flat"
    noise = 2 * np.sqrt(ses[1:] ** 2 + ses[:-1] ** 2)
    steps = np.diff(means)
    if ends > 0 and (steps >= -noise).all():
        return "rises"
    if ends < 0 and (steps <= noise).all():
        return "falls"
    return "mixed"


def _fmt(x: float) -> str:
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.3f}" if abs(x) < 1 else f"{x:.2f}"


def curve_table(runs_df: pd.DataFrame, outcomes=OUTCOMES) -> str:
    """One Markdown row per outcome: the mean at each control level and the shape."""
    grouped = runs_df.groupby("municipality.control")
    head = "| outcome | " + " | ".join(f"C = {c:g}" for c in CONTROLS) + " | shape |"
    rule = "|---|" + "---:|" * len(CONTROLS) + "---|"
    lines = [head, rule]
    for name in outcomes:
        g = grouped[name]
        means = g.mean().reindex(CONTROLS).to_numpy(dtype=float)
        ses = (g.std(ddof=1) / np.sqrt(g.count())).reindex(CONTROLS).to_numpy(dtype=float)
        cells = " | ".join(_fmt(m) for m in means)
        lines.append(f"| `{name}` | {cells} | {shape(means, np.nan_to_num(ses))} |")
    return "\n".join(lines)


def curves(runs: int = 30, seed: int = 0, processes: int | None = 2) -> str:
    """Both clarities' tables as Markdown (the text pasted in docs/validation.md)."""
    parts = []
    for clarity in CLARITIES:
        df = run_curves(clarity, runs=runs, seed=seed, processes=processes)
        label = "vague" if clarity < 0.5 else "clear"
        parts.append(f"**Framework clarity F = {clarity:g} ({label})**, {runs} seeds "
                     f"({seed}-{seed + runs - 1}) per control level, means:")  # fmt: skip
        parts.append("")
        parts.append(curve_table(df))
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=30, help="seeds per control level (default 30)")
    ap.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    ap.add_argument("--processes", type=int, default=2, help="worker processes (default 2)")
    args = ap.parse_args(argv)
    sys.stdout.write(curves(args.runs, args.seed, args.processes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
