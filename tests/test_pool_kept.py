"""Worker pools in an interactive process (a Jupyter kernel) are kept between ensembles."""

from __future__ import annotations

import pandas as pd

from buurtsim.experiments import pool
from buurtsim.experiments.runs import ensemble


def test_a_kernel_keeps_its_workers_and_gets_the_same_rows(monkeypatch):
    monkeypatch.setattr(pool, "INTERACTIVE", True)
    monkeypatch.setattr(pool, "_KEPT", {})
    first = ensemble("scenarios/arendonk.yaml", runs=3, seed=5, processes=2)
    kept = dict(pool._KEPT)
    second = ensemble("scenarios/arendonk.yaml", runs=3, seed=5, processes=2)
    assert list(kept) == [2] and pool._KEPT[2] is kept[2]  # the same pool served both
    serial = ensemble("scenarios/arendonk.yaml", runs=3, seed=5, processes=1)
    pd.testing.assert_frame_equal(first, serial)
    pd.testing.assert_frame_equal(second, serial)
    kept[2].shutdown(wait=True)


def test_a_script_starts_a_pool_per_ensemble(monkeypatch):
    monkeypatch.setattr(pool, "INTERACTIVE", False)
    monkeypatch.setattr(pool, "_KEPT", {})
    ensemble("scenarios/arendonk.yaml", runs=2, seed=1, processes=2)
    assert pool._KEPT == {}
