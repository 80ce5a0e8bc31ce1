"""Two supplementary Morris screenings of Arendonk for docs/morris-results.md.

    .venv/bin/python benchmarks/morris_extra.py            # --processes 2 --out results
    .venv/bin/python benchmarks/morris_extra.py --sweeps   # only part 3

1. ``morris-arendonk-extra``: the same design as the documented screening (19 parameters, 30
   trajectories, 3 seeds per point, seed 1, so the very same runs) with four more outcomes:
   the initiatives sustained and failed, the participation rate and the weeks to the first
   realisation. It shows what `municipality.support` moves, which the seven outcomes miss.
2. ``morris-arendonk-dial``: 18 parameters, without `municipality.announced_control`, which then
   follows `municipality.control` (its default). This is the dial the workbook turns: an honest
   municipality that practises what it announces.
3. ``--sweeps``: Arendonk at its defaults with one parameter changed, 20 seeds (0-19) per value,
   the means of a few outcomes: the budget (2,000, 8,000, 20,000 euro), the support (0, 1) and
   the control (0, 0.3, 1; the announced control follows it).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import buurtsim
from buurtsim.experiments.sensitivity import DEFAULT_OUTCOMES, RANGES, morris

EXTRA = (
    "initiatives_sustained",
    "initiatives_failed",
    "participation_rate",
    "weeks_to_first_realisation",
)


SHOWN = [
    "initiatives_funded",
    "initiatives_vetoed",
    "initiatives_trimmed",
    "initiatives_realised",
    "initiatives_sustained",
    "initiatives_failed",
    "weeks_to_first_realisation",
    "trust_municipality_start",
    "trust_municipality_end",
    "ownership_end",
    "cohesion_gain",
    "streets_served",
]


def sweeps(processes: int) -> None:
    for param, values in (
        ("budget.amount", [2000.0, 8000.0, 20000.0]),
        ("municipality.support", [0.0, 1.0]),
        ("municipality.control", [0.0, 0.3, 1.0]),
    ):
        df = buurtsim.sweep(
            "scenarios/arendonk.yaml", param, values, runs=20, seed=0, processes=processes
        )
        print(f"\n{param}, Arendonk, 20 seeds (0-19) per value, means")
        print(df.groupby(param)[SHOWN].mean().T.round(3).to_string())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--out", default="results")
    ap.add_argument("--sweeps", action="store_true", help="only the sweeps at the defaults")
    a = ap.parse_args()
    if a.sweeps:
        sweeps(a.processes)
        return
    common = {"trajectories": 30, "seed": 1, "replicates": 3, "processes": a.processes}
    dial = {k: v for k, v in RANGES.items() if k != "municipality.announced_control"}
    for name, kw in (
        ("morris-arendonk-extra", {"outcomes": DEFAULT_OUTCOMES + EXTRA}),
        ("morris-arendonk-dial", {"params": dial}),
    ):
        t = time.perf_counter()
        res = morris("scenarios/arendonk.yaml", **common, **kw)
        print(res.summary_text())
        print(f"{name}: {time.perf_counter() - t:.0f} s; saved", *res.save(Path(a.out) / name))


if __name__ == "__main__":
    main()
