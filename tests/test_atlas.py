"""The TradeoffPanel's atlas: current, exact, and used only where it is exactly right."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from buurtsim.scenarios import load_scenario, with_overrides
from buurtsim.widgets import atlas, tradeoff
from buurtsim.widgets.tradeoff import TradeoffPanel

BASE = load_scenario(atlas.BASE)


def test_the_atlas_is_built_from_the_current_model():
    """Fails after any change to the model's source: rebuild with
    ``make atlas``."""
    meta = json.loads(atlas.META.read_text(encoding="utf-8"))
    assert meta["fingerprint"] == atlas.fingerprint(), "the model changed: run make atlas"
    points = len(atlas.GRID[atlas.SUPPORT]) * len(atlas.GRID[atlas.HOURS])
    per_point = len(tradeoff.CLARITIES) * len(tradeoff.CONTROL_VALUES) * atlas.RUNS
    assert meta["rows"] == points * per_point == len(pd.read_csv(atlas.ATLAS))


@pytest.mark.parametrize("support, hours", [(0.5, 6.0), (0.0, 16.0)])
def test_a_stored_sweep_is_exactly_what_the_panel_would_compute(support, hours):
    scenario = with_overrides(BASE, {atlas.SUPPORT: support, atlas.HOURS: hours})
    stored = atlas.lookup(scenario, atlas.RUNS, atlas.SEED)
    fresh = tradeoff.sweep_both(scenario, atlas.RUNS, atlas.SEED, processes=2)
    assert stored is not None
    pd.testing.assert_frame_equal(stored, fresh, check_dtype=False, check_exact=True)


def test_the_atlas_is_not_used_for_anything_else(monkeypatch):
    on_grid = with_overrides(BASE, {atlas.SUPPORT: 0.25, atlas.HOURS: 4.0})
    assert atlas.lookup(on_grid, atlas.RUNS, atlas.SEED) is not None
    assert atlas.lookup(on_grid, atlas.RUNS + 1, atlas.SEED) is None  # other runs
    assert atlas.lookup(on_grid, atlas.RUNS, atlas.SEED + 1) is None  # other seeds
    off_grid = with_overrides(BASE, {atlas.SUPPORT: 0.3})
    assert atlas.lookup(off_grid, atlas.RUNS, atlas.SEED) is None
    other = with_overrides(on_grid, {"budget.amount": 9000.0})  # not the Arendonk pilot
    assert atlas.lookup(other, atlas.RUNS, atlas.SEED) is None
    monkeypatch.setattr(atlas, "_loaded", {})
    monkeypatch.setattr(atlas, "fingerprint", lambda: "an edited model")
    assert atlas.lookup(on_grid, atlas.RUNS, atlas.SEED) is None


def test_the_panel_answers_from_the_atlas_and_its_sliders_move_on_the_grid(monkeypatch):
    calls = []
    real = tradeoff.sweep_both
    monkeypatch.setattr(tradeoff, "sweep_both", lambda *a: calls.append(a) or real(*a))
    panel = TradeoffPanel()
    assert panel.result is not None and calls == []  # the default sliders: from the atlas
    slider = panel.controls[atlas.HOURS]
    assert slider.step == 2 and slider.max == 16
    slider.value = 10.0
    panel.run()
    assert calls == [] and set(panel.result[atlas.HOURS]) == {10.0}
