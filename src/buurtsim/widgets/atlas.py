"""The TradeoffPanel's sweeps, computed once for its slider grid on the Arendonk pilot.

A TradeoffPanel update is a sweep: control 0-1 at two framework clarities, 120 runs, several
seconds on a laptop. So that moving a slider answers at once in a workshop, this module keeps
those sweeps for every point of the panel's grid (:data:`GRID`: municipal support in steps of
0.25, facilitator hours in steps of 2) on ``scenarios/arendonk.yaml`` with the panel's default
runs and seed. The panel uses a stored sweep only when it is exactly what it would compute:
the same scenario, runs and seed, and the same model code (:func:`fingerprint`, a hash of the
model's source). Anything else (another scenario, an edited model) is computed as before.

Rebuild after a change to the model (a test fails until then)::

    make atlas        # or: .venv/bin/python scripts/build_atlas.py --processes 2 (5,400 runs)
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
from pathlib import Path

import pandas as pd

from ..experiments import sweep
from ..experiments.patterns import CLEAR, VAGUE
from ..scenarios import Scenario, load_scenario, with_overrides

PACKAGE = Path(__file__).resolve().parents[1]
ATLAS = PACKAGE / "data" / "tradeoff-atlas.csv.gz"
META = PACKAGE / "data" / "tradeoff-atlas.json"
BASE = PACKAGE.parents[1] / "scenarios" / "arendonk.yaml"
SUPPORT, HOURS = "municipality.support", "facilitator.hours_per_week"
#: the slider values the atlas covers (the TradeoffPanel's sliders move in these steps)
GRID: dict[str, tuple[float, ...]] = {
    SUPPORT: (0.0, 0.25, 0.5, 0.75, 1.0),
    HOURS: tuple(float(h) for h in range(0, 17, 2)),
}
RUNS, SEED = 10, 1
#: the source files whose behaviour the stored runs depend on
SOURCES = ("model", "rules", "scenarios", "experiments/runs.py")

_loaded: dict[str, pd.DataFrame] = {}

CLARITY = "municipality.framework_clarity"
CONTROL = "municipality.control"
#: the framework clarity of a vague and of a clear speelveld (as in the patterns 1a and 1b)
CLARITIES: tuple[float, float] = (VAGUE, CLEAR)
CONTROL_VALUES: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
#: outcomes offered in the dropdown, the first is the default
OUTCOMES: tuple[str, ...] = (
    "initiatives_sustained",
    "initiatives_failed",
    "initiatives_realised",
    "ownership_end",
    "cohesion_gain",
    "trust_municipality_end",
)


#: the columns a sweep keeps (and the atlas stores)
KEPT = ("municipality.support", "facilitator.hours_per_week", CLARITY, CONTROL, "seed", *OUTCOMES)


def sweep_both(scenario: Scenario, runs: int, seed: int, processes: int | None) -> pd.DataFrame:
    """Control over :data:`CONTROL_VALUES` at both :data:`CLARITIES`, the same seeds everywhere."""
    tables = [
        sweep(
            with_overrides(scenario, {CLARITY: clarity}),
            CONTROL,
            list(CONTROL_VALUES),
            runs=runs,
            seed=seed,
            processes=processes,
        )  # fmt: skip
        for clarity in CLARITIES
    ]
    return pd.concat(tables, ignore_index=True)[list(KEPT)]


def fingerprint() -> str:
    """A hash of the model's source (:data:`SOURCES`) and of the Arendonk scenario: any edit
    to either makes the atlas stale."""
    digest = hashlib.sha256(load_scenario(BASE).model_dump_json().encode())
    for name in SOURCES:
        path = PACKAGE / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for f in files:
            digest.update(str(f.relative_to(PACKAGE)).encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def _point(scenario: Scenario, base: Scenario) -> tuple[float, float] | None:
    """The grid point ``scenario`` is, if it is the base with only the two sliders moved."""
    support, hours = scenario.municipality.support, scenario.facilitator.hours_per_week
    if support not in GRID[SUPPORT] or hours not in GRID[HOURS]:
        return None
    same = with_overrides(base, {SUPPORT: support, HOURS: hours})
    return (support, hours) if same.model_dump_json() == scenario.model_dump_json() else None


def _table() -> pd.DataFrame | None:
    if "table" not in _loaded:
        if not (ATLAS.exists() and META.exists()):
            return None
        meta = json.loads(META.read_text(encoding="utf-8"))
        if meta.get("fingerprint") != fingerprint():
            return None  # the model changed since the atlas was built
        _loaded["table"] = pd.read_csv(ATLAS)
    return _loaded["table"]


def lookup(scenario: Scenario, runs: int, seed: int) -> pd.DataFrame | None:
    """The stored sweep for ``scenario``, or None when it is not on the grid or not current."""
    if (runs, seed) != (RUNS, SEED):
        return None
    point = _point(scenario, load_scenario(BASE))
    table = _table() if point is not None else None
    if table is None or point is None:
        return None
    rows = table[(table[SUPPORT] == point[0]) & (table[HOURS] == point[1])]
    return rows.reset_index(drop=True) if len(rows) else None


def build(processes: int | None = 2) -> pd.DataFrame:
    """Compute every grid point's sweep, as the TradeoffPanel does, and store the atlas."""
    base = load_scenario(BASE)
    parts = [
        sweep_both(with_overrides(base, {SUPPORT: s, HOURS: h}), RUNS, SEED, processes)
        for s, h in itertools.product(GRID[SUPPORT], GRID[HOURS])
    ]
    table = pd.concat(parts, ignore_index=True)
    ATLAS.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(ATLAS, index=False)
    meta = {"fingerprint": fingerprint(), "runs": RUNS, "seed": SEED, "rows": len(table),
            "base": "scenarios/arendonk.yaml", "grid": GRID}  # fmt: skip
    META.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    _loaded.clear()
    return table


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--processes", type=int, default=2, help="worker processes (default 2)")
    args = ap.parse_args(argv)
    table = build(args.processes)
    print(f"{len(table)} runs written to {ATLAS} (model {fingerprint()})")
    return 0
