"""How long one update (``run()``) of each workbook panel takes for the default Arendonk scenario.

Run: ``.venv/bin/python benchmarks/panels.py`` (options: ``--repeats 3``, ``--target 0.5``).

For every panel it builds the panel once with its defaults (``auto_run=False``), then times
``run()`` ``repeats`` times and prints the median, split into the model (``compute``), the
drawing (``draw``) and the PNG that goes into the notebook (``render``). The target is the
workbook's: an update under 0.5 s. The ScenarioLab's ``curve()`` (a sweep) is timed apart; it is
a separate button, not the panel's update. Times depend on the machine and on what else runs on
it: the load average is printed with the figures, and ``cpu`` is the process's own CPU time
(what the update costs when the machine is not shared). PASS/MISS judges the wall time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.chdir(ROOT)

from buurtsim.widgets import (  # noqa: E402
    ControlPanel,
    DecisionPanel,
    EvaluationPanel,
    IdeasPanel,
    NeighbourhoodPanel,
    OutreachPanel,
    RealisationPanel,
    RunPanel,
    ScenarioLab,
)

PANELS = [
    RunPanel,
    ControlPanel,
    NeighbourhoodPanel,
    OutreachPanel,
    IdeasPanel,
    DecisionPanel,
    RealisationPanel,
    EvaluationPanel,
    ScenarioLab,
]


def time_update(panel) -> dict[str, float]:
    """One ``run()``, timed in its three parts (the sum is what a click costs)."""
    if hasattr(panel, "cache"):
        panel.cache.clear()  # time the lab cold: every ensemble runs again
    c0 = time.process_time()
    t0 = time.perf_counter()
    scenario = panel.scenario()
    panel.result = panel.compute(scenario)
    t1 = time.perf_counter()
    panel.figure.clear()
    panel.plot_data = {}
    panel.draw(panel.figure)
    t2 = time.perf_counter()
    panel.show_figure()
    panel.status.value = panel.summary()
    t3 = time.perf_counter()
    cpu = time.process_time() - c0
    return {"compute": t1 - t0, "draw": t2 - t1, "render": t3 - t2, "total": t3 - t0, "cpu": cpu}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--target", type=float, default=0.5)
    parser.add_argument("--base", default="scenarios/arendonk.yaml")
    args = parser.parse_args(argv)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"panel update times, {args.base}, median of {args.repeats} (seconds)")
    print(f"cpus: {os.cpu_count()}, load average (1 min) at start: {load:.2f}")
    head = (
        f"{'panel':<20}{'runs':>5}{'compute':>9}{'draw':>8}{'render':>8}{'total':>8}{'cpu':>8}"
        "  result"
    )
    print(head)
    print("-" * len(head))
    misses = 0
    lab = None
    for cls in PANELS:
        panel = cls(base=args.base, auto_run=False)
        panel.run()  # warm-up: imports, font cache, the ControlPanel's baseline
        times = [time_update(panel) for _ in range(args.repeats)]
        med = {k: statistics.median(t[k] for t in times) for k in times[0]}
        ok = med["total"] < args.target
        misses += not ok
        print(
            f"{cls.__name__:<20}{panel.runs:>5}{med['compute']:>9.3f}{med['draw']:>8.3f}"
            f"{med['render']:>8.3f}{med['total']:>8.3f}{med['cpu']:>8.3f}"
            f"  {'PASS' if ok else 'MISS'}"
        )
        if cls is ScenarioLab:
            lab = panel
    if lab is not None:
        t0 = time.perf_counter()
        lab.curve()
        print(
            f"\nScenarioLab.curve(): sweep of municipality.control over 6 values x "
            f"{lab.runs_slider.value} runs: {time.perf_counter() - t0:.2f} s (a separate button)"
        )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average (1 min) at the end: {load:.2f}")
    print(f"{len(PANELS) - misses} of {len(PANELS)} panels under {args.target} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
