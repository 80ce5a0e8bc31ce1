"""How long each workbook panel takes to update after a slider moves (target: 0.5 s).

Run: ``.venv/bin/python benchmarks/panels.py`` (or ``make bench``; options: ``--repeats 5``,
``--target 0.5``, ``--base scenarios/arendonk.yaml``, ``--cold``).

For every panel in ``buurtsim.widgets`` it builds the panel headless (``auto_run=False``) and
runs it once (imports, font cache, baselines). Then, ``repeats`` times, it moves the panel's
first slider to a value it has not had yet and times the update a click on "Simuleer" then
does (``run()``): the model (``compute``), the drawing (``draw``) and the PNG that goes into
the notebook (``render``). It prints one line per panel with the medians. ``cpu`` counts this
process and its finished worker processes (panels with 6 or more runs use two), i.e. what the
update costs on a machine nobody else uses; PASS/MISS judges the wall time (``total``).

Like a Jupyter kernel, the benchmark keeps its worker processes between updates (they start
during the warm-up run). The ScenarioLab appears twice: with its default scenarios (two files;
moving a slider changes neither, so their ensembles come from its cache and only the figure is
redrawn) and with the current sliders among them ("+ current": one ensemble of 10 runs really
runs again). ``--cold`` adds a third line that empties the lab's cache before every update
(every ensemble runs).
The lab's ``curve()`` (a sweep, a separate button) is timed apart.

Timings on a shared machine are noisy: the load average is printed with the figures; read the
``cpu`` column and the medians, and repeat.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: no CPU times of child processes
    resource = None

import ipywidgets as widgets

ROOT = Path(__file__).resolve().parents[1]
os.chdir(ROOT)

from buurtsim.experiments import pool  # noqa: E402
from buurtsim.widgets import (  # noqa: E402
    ControlPanel,
    DecisionPanel,
    EvaluationPanel,
    IdeasPanel,
    NeighbourhoodPanel,
    OutreachPanel,
    RealisationPanel,
    RulesPanel,
    RunPanel,
    ScenarioLab,
    TradeoffPanel,
)
from buurtsim.widgets.lab import CURRENT  # noqa: E402

# Measure what a Jupyter kernel gets: its worker processes come from a fork server and are kept
# between updates (``buurtsim.experiments.pool``); a script would fork a new pool every time.
pool.INTERACTIVE = True

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
    TradeoffPanel,  # on Arendonk its slider grid is precomputed (buurtsim.widgets.atlas)
    RulesPanel,
]


def cpu_seconds() -> float:
    """CPU time of this process and of its finished child processes (a panel's workers)."""
    if resource is None:
        return time.process_time()
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def first_slider(panel) -> widgets.Widget | None:
    """The panel's first numeric slider (the one a trainee moves first)."""
    for w in panel.controls.values():
        if isinstance(w, widgets.FloatSlider | widgets.IntSlider):
            return w
    return None


def new_values(slider: widgets.Widget, count: int) -> list[float]:
    """``count`` values of the slider's range that differ from each other and from its value."""
    step = slider.step or 1
    up = [slider.value + k * step for k in range(1, count + 1)]
    down = [slider.value - k * step for k in range(1, count + 1)]
    values = [v for v in up if v <= slider.max] + [v for v in down if v >= slider.min]
    return [round(v, 10) for v in values[:count]]


def time_update(panel, cold: bool = False) -> dict[str, float]:
    """One update as ``run()`` does it, timed in its three parts (the sum is what a click costs)."""
    if cold:
        panel.cache.clear()
    c0 = cpu_seconds()
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
    cpu = cpu_seconds() - c0
    return {"compute": t1 - t0, "draw": t2 - t1, "render": t3 - t2, "total": t3 - t0, "cpu": cpu}


def time_panel(panel, repeats: int, cold: bool = False) -> dict[str, float]:
    """Medians over ``repeats`` updates, each after the first slider moved to a new value."""
    slider = first_slider(panel)
    values = new_values(slider, repeats) if slider is not None else []
    times = []
    for k in range(repeats):
        if k < len(values):
            slider.value = values[k]
        times.append(time_update(panel, cold))
    return {key: statistics.median(t[key] for t in times) for key in times[0]}


def line(name: str, runs: int, med: dict[str, float], target: float) -> str:
    ok = med["total"] <= target
    return (
        f"{name:<22}{runs:>5}{med['compute']:>9.3f}{med['draw']:>8.3f}{med['render']:>8.3f}"
        f"{med['total']:>8.3f}{med['cpu']:>8.3f}  {'PASS' if ok else 'MISS'}"
    )


def panels_to_time(base: str, cold: bool):
    """(name, panel, cold) for every panel, the lab in its variants."""
    for cls in PANELS:
        panel = cls(base=base, auto_run=False)
        yield cls.__name__, panel, False
        if cls is ScenarioLab:
            with_current = cls(base=base, auto_run=False)
            with_current.choice.value = (*with_current.choice.value, CURRENT)
            yield f"{cls.__name__} + current", with_current, False
            if cold:
                yield f"{cls.__name__} (cold)", with_current, True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--target", type=float, default=0.5)
    parser.add_argument("--base", default="scenarios/arendonk.yaml")
    parser.add_argument("--cold", action="store_true", help="also time the lab with no cache")
    args = parser.parse_args(argv)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"panel updates after a slider change, {args.base}, median of {args.repeats} (seconds)")
    print(f"cpus: {os.cpu_count()}, load average (1 min) at start: {load:.2f}")
    head = (
        f"{'panel':<22}{'runs':>5}{'compute':>9}{'draw':>8}{'render':>8}{'total':>8}{'cpu':>8}"
        "  result"
    )
    print(head)
    print("-" * len(head))
    misses = lines = 0
    lab = None
    for name, panel, cold in panels_to_time(args.base, args.cold):
        if panel.result is None:
            panel.run()  # warm-up: imports, font cache, the ControlPanel's baseline
        med = time_panel(panel, args.repeats, cold)
        misses += med["total"] > args.target
        lines += 1
        print(line(name, panel.runs, med, args.target), flush=True)
        lab = panel if isinstance(panel, ScenarioLab) else lab
    if lab is not None:
        t0 = time.perf_counter()
        lab.curve()
        print(
            f"\nScenarioLab.curve(): sweep of municipality.control over 6 values x "
            f"{lab.runs_slider.value} runs: {time.perf_counter() - t0:.2f} s (a separate button)"
        )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average (1 min) at the end: {load:.2f}")
    print(f"{lines - misses} of {lines} panel updates within {args.target} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
