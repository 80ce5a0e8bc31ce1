"""How fast is buurtsim? Prints figures against the targets of issues 2 and 8; asserts nothing.

    python benchmarks/bench.py            # or: make bench
    python benchmarks/bench.py --quick    # fewer repeats, for a first look

1. one 104-week run of scenarios/olmen.yaml (median of 5, after a warm-up run);
2. that run divided by a plain Mesa reference timed in the same process: 1,000 agents that each
   add 1 to a number per step, ``model.agents.shuffle_do("step")``, 100 steps (target <= 1.0,
   issue 8; issue 2 asked for <= 2.0);
3. a 32-run ensemble of Olmen on 2 processes against 1 (target: speed-up >= 1.6);
4. time per run at 500, 1,000, 2,000 and 5,000 households, streets scaled with them
   (target: 5,000 / 500 <= 12, i.e. roughly linear);
5. real ballots (issue 9): loading Diamantbuurt's .pb file (318 voters, 15 projects) and every
   rule and metric of ``buurtsim ballots`` on it (median of 5, after a warm-up; target < 2 s).

Timings on a shared or busy machine are noisy; the medians and the ratios (both sides timed in the
same process, close together) are the figures to read.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import mesa
import pandas as pd

try:
    import resource
except ImportError:  # Windows: no CPU times of child processes
    resource = None

import buurtsim
from buurtsim.scenarios import with_overrides

ROOT = Path(__file__).resolve().parents[1]
OLMEN = ROOT / "scenarios" / "olmen.yaml"
HOUSEHOLDS = (500, 1_000, 2_000, 5_000)


# --- the plain Mesa reference ---------------------------------------------------------------


class Counter(mesa.Agent):
    """An agent that adds 1 to its number every step."""

    def __init__(self, model: mesa.Model):
        super().__init__(model)
        self.value = 0

    def step(self) -> None:
        self.value += 1


class Reference(mesa.Model):
    """1,000 counters, activated in random order each step."""

    def __init__(self, n: int = 1_000, rng: int = 0):
        super().__init__(rng=rng)
        Counter.create_agents(self, n)

    def step(self) -> None:
        self.agents.shuffle_do("step")


def reference_run(seed: int = 0) -> None:
    model = Reference(rng=seed)
    for _ in range(100):
        model.step()


# --- timing helpers -------------------------------------------------------------------------


def seconds(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def cpu_seconds() -> float:
    """CPU time of this process and of its finished child processes (the ensemble's workers)."""
    if resource is None:
        return math.nan
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def median_time(func: Callable[[int], object], repeats: int, warmup: bool = True) -> float:
    """The median wall time of ``func(0)``, ..., ``func(repeats - 1)``, after a warm-up call."""
    if warmup:
        func(repeats)
    return statistics.median(seconds(lambda k=k: func(k)) for k in range(repeats))


def scaled_olmen(households: int):
    """Olmen with ``households`` households and as many streets per household as Olmen has."""
    base = buurtsim.load_scenario(OLMEN)
    per_street = base.neighbourhood.households / base.neighbourhood.streets
    streets = max(1, min(200, round(households / per_street)))
    return with_overrides(
        base, {"neighbourhood.households": households, "neighbourhood.streets": streets}
    )


# --- the four measurements ------------------------------------------------------------------


def measure(quick: bool) -> list[tuple[str, str, str, bool | None]]:
    repeats = 3 if quick else 5
    olmen = buurtsim.load_scenario(OLMEN)
    rows: list[tuple[str, str, str, bool | None]] = []

    # 1 and 2: one Olmen run, and the same against the plain Mesa reference (interleaved, so
    # both see the same machine load)
    buurtsim.simulate(olmen, seed=0)
    reference_run()
    run_times, ref_times = [], []
    for k in range(repeats):
        run_times.append(seconds(lambda k=k: buurtsim.simulate(olmen, seed=k)))
        ref_times.append(seconds(reference_run))
    run = statistics.median(run_times)
    ref = statistics.median(ref_times)
    print(f"olmen 104-week run: {run:.3f} s (median of {repeats}; all: {_list(run_times)})")
    print(f"Mesa reference:     {ref:.3f} s (median of {repeats}; all: {_list(ref_times)})")
    rows.append(("one Olmen run, 104 weeks", f"{run:.3f} s", f"<= {ref:.3f} s", None))
    rows.append(("Mesa reference, 1,000 agents x 100 steps", f"{ref:.3f} s", "about 0.06 s", None))
    rows.append(("Olmen run / reference", f"{run / ref:.2f}", "<= 1.0", run / ref <= 1.0))

    # 3: a 32-run ensemble on 2 processes against 1 (interleaved, median of the repeats). The CPU
    # seconds show the cost of parallelism itself; on a busy machine the wall times mostly show
    # the other load.
    runs = 16 if quick else 32
    tables: dict[int, pd.DataFrame] = {}
    wall: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(1 if quick else 3):
        for processes in (1, 2):
            cpu_before = cpu_seconds()
            start = time.perf_counter()
            tables[processes] = buurtsim.ensemble(olmen, runs=runs, seed=0, processes=processes)
            wall[processes].append(time.perf_counter() - start)
            cpu[processes].append(cpu_seconds() - cpu_before)
    serial, parallel = statistics.median(wall[1]), statistics.median(wall[2])
    serial_cpu, parallel_cpu = statistics.median(cpu[1]), statistics.median(cpu[2])
    speedup = serial / parallel
    same = tables[1].equals(tables[2])
    print(
        f"{runs}-run ensemble: {serial:.2f} s on 1 process (all: {_list(wall[1])}), "
        f"{parallel:.2f} s on 2 (all: {_list(wall[2])}); identical tables: "
        f"{'yes' if same else 'NO'}"
    )
    print(
        f"  CPU seconds: {serial_cpu:.2f} serial, {parallel_cpu:.2f} over both workers; on two "
        f"idle cores that would allow a speed-up of about {2 * serial_cpu / parallel_cpu:.2f}x"
    )
    rows.append((f"{runs}-run ensemble, 1 process", f"{serial:.2f} s", "", None))
    rows.append((f"{runs}-run ensemble, 2 processes", f"{parallel:.2f} s", "", None))
    rows.append(("speed-up on 2 processes", f"{speedup:.2f}x", ">= 1.6x", speedup >= 1.6))

    # 4: growth with the number of households
    per_run = {}
    for households in HOUSEHOLDS:
        scenario = scaled_olmen(households)
        per_run[households] = median_time(
            lambda k, sc=scenario: buurtsim.simulate(sc, seed=k), repeats=max(1, repeats - 2)
        )
        print(
            f"{households:>5,} households, {scenario.neighbourhood.streets:>3} streets: "
            f"{per_run[households]:.3f} s per run"
        )
        rows.append(
            (f"run with {households:,} households", f"{per_run[households]:.3f} s", "", None)
        )
    growth = per_run[HOUSEHOLDS[-1]] / per_run[HOUSEHOLDS[0]]
    rows.append(("time 5,000 / 500 households", f"{growth:.1f}x", "<= 12x", growth <= 12))
    return rows + measure_ballots(repeats)


def measure_ballots(repeats: int = 5) -> list[tuple[str, str, str, bool | None]]:
    """5: load Diamantbuurt and run every rule and metric on it (the warm-up pays the imports)."""
    from buurtsim.ballots import DIAMANTBUURT, compare, load, pabulib_file

    path = pabulib_file(DIAMANTBUURT)
    times = [seconds(lambda: compare(load(path))) for _ in range(repeats + 1)]
    first, rest = times[0], statistics.median(times[1:])
    print(
        f"Diamantbuurt, all rules and metrics: {rest:.3f} s (median of {repeats}; all: "
        f"{_list(times[1:])}); first call, with imports: {first:.3f} s"
    )
    return [("Diamantbuurt ballots, all rules + metrics", f"{rest:.3f} s", "< 2 s", rest < 2.0)]


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.3f}" for v in values)


def table(rows: list[tuple[str, str, str, bool | None]]) -> str:
    heads = ("figure", "value", "target", "")
    cells = [heads] + [
        (name, value, target, "" if ok is None else ("PASS" if ok else "MISS"))
        for name, value, target, ok in rows
    ]
    widths = [max(len(r[i]) for r in cells) for i in range(4)]
    lines = []
    for n, r in enumerate(cells):
        lines.append(
            f"{r[0]:<{widths[0]}}  {r[1]:>{widths[1]}}  {r[2]:<{widths[2]}}  {r[3]}".rstrip()
        )
        if n == 0:
            lines.append("-" * len(lines[0]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and a 16-run ensemble")
    parser.add_argument("--ballots", action="store_true", help="only figure 5 (real ballots)")
    args = parser.parse_args(argv)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"buurtsim {buurtsim.__version__}, Mesa {mesa.__version__}, Python "
        f"{platform.python_version()}, {os.cpu_count()} cores, load average {load:.2f}"
    )
    rows = measure_ballots() if args.ballots else measure(args.quick)
    print()
    print(table(rows))
    if hasattr(os, "getloadavg"):
        print(f"\nload average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
