"""Shared helpers for the model tests: scenarios with a few changes, models stepped to a week.

The helpers are session-scoped fixtures that return plain functions, so that hypothesis tests
can use them too (hypothesis refuses function-scoped fixtures). Two fixtures fix the language a
test runs in (:mod:`buurtsim.language`): ``default_language`` and ``english_language``; a
module uses one with ``pytestmark = pytest.mark.usefixtures(...)``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

import buurtsim
from buurtsim import language
from buurtsim.model import BuurtbudgetModel
from buurtsim.scenarios import Scenario, with_overrides

ROOT = Path(__file__).resolve().parents[1]
SCENARIO_DIR = ROOT / "scenarios"
ARENDONK = SCENARIO_DIR / "arendonk.yaml"


@pytest.fixture
def default_language(monkeypatch, tmp_path):
    """The language nobody chose: no BUURTSIM_LANG, no language file in the working folder (a
    fresh tmp folder), no set_language; reset afterwards."""
    monkeypatch.delenv(language.ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    language.set_language(None)
    yield
    language.set_language(None)


@pytest.fixture
def english_language(monkeypatch):
    """English through BUURTSIM_LANG, unless a test asks for Dutch (``--lang nl``, ``use``)."""
    monkeypatch.setenv(language.ENV, "en")
    language.set_language(None)
    yield
    language.set_language(None)


@pytest.fixture(scope="session")
def scenario_dir() -> Path:
    return SCENARIO_DIR


@pytest.fixture(scope="session")
def arendonk() -> Scenario:
    """The Arendonk pilot scenario, the base of most comparisons."""
    return buurtsim.load_scenario(ARENDONK)


@pytest.fixture(scope="session")
def scenario_with(arendonk) -> Callable[..., Scenario]:
    """``scenario_with({"municipality.control": 0.9})``: Arendonk with some dotted keys changed."""

    def make(overrides: Mapping[str, Any] | None = None, **dotted: Any) -> Scenario:
        changes = dict(overrides or {})
        changes.update({k.replace("__", "."): v for k, v in dotted.items()})
        return with_overrides(arendonk, changes) if changes else arendonk

    return make


def step_to(model: BuurtbudgetModel, week: int | str) -> BuurtbudgetModel:
    """Step ``model`` until it has done ``week`` (a number, ``"kickoff"`` or ``"decision"``)."""
    if week == "kickoff":
        week = model.kickoff_week
    elif week == "decision":
        week = model.decision_week
    while model.week < int(week):
        model.step()
    return model


@pytest.fixture(scope="session")
def model_at(scenario_with) -> Callable[..., BuurtbudgetModel]:
    """``model_at({"facilitator.outreach": "door_to_door"}, week=3, seed=1)``: a model at week 3."""

    def make(
        overrides: Mapping[str, Any] | None = None, week: int | str = 0, seed: int = 0
    ) -> BuurtbudgetModel:
        return step_to(BuurtbudgetModel(scenario_with(overrides), rng=seed), week)

    return make


@pytest.fixture(scope="session")
def summaries(scenario_with) -> Callable[..., Any]:
    """``summaries({"budget.amount": 0}, runs=10)``: a small serial ensemble of Arendonk runs.

    Each ensemble runs once per session; later calls get a copy of the cached table.
    """
    cache: dict[tuple, Any] = {}

    def make(overrides: Mapping[str, Any] | None = None, runs: int = 10, seed: int = 100):
        key = (tuple(sorted((overrides or {}).items())), runs, seed)
        if key not in cache:
            scenario = scenario_with(overrides)
            cache[key] = buurtsim.ensemble(scenario, runs=runs, seed=seed, processes=1)
        return cache[key].copy()

    return make
