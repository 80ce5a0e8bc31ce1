"""A null model: each reported pilot figure drawn on its own around the pilot's value.

Issue 8 found that a ten-line model of this kind put as many seeds inside every pilot band as
buurtsim did, so the bands alone cannot tell a mechanism from a dice roll. This module is that
model, with the interface of an ensemble table, so that the same checks run on both:

- a *count* (kick-off attendance, proposals, realised initiatives, weeks to the first
  realisation) is a Poisson draw with the pilot's value as its mean;
- a *share* (an outcome in :data:`~buurtsim.experiments.runs.SHARE_OUTCOMES`) is a binomial
  draw over the scenario's adults, divided by their number;
- an amount in *euro* is a binomial share of the budget in steps of 100 euro.

The pilot's value is read from each target's ``observed`` text in
:data:`~buurtsim.experiments.validation.TARGETS` (the middle of a range; months become weeks).
Every figure that no pilot reported is missing (NaN). The draws ignore the settings: any
scenario gets the distribution of its pilot (the one its neighbourhood is named after, else
Arendonk), with fresh draws for every distinct scenario. So it passes the single-figure bands
(:func:`null_pilot_table`) and fails the patterns, which ask how outcomes *respond*.

>>> table = null_ensemble(PILOT_SCENARIOS["arendonk"], runs=3, seed=1)
>>> list(table["seed"]), bool(table["cohesion_gain"].isna().all())
([1, 2, 3], True)
>>> observed_value(TARGETS[6])  # 4-9 months, in weeks
28.275
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from ..scenarios import Scenario, flatten, load_scenario
from .patternkit import Ensembles
from .runs import EURO_OUTCOMES, OUTCOMES, SHARE_OUTCOMES, run_seeds
from .validation import PILOT_SCENARIOS, TARGETS, WEEKS_PER_MONTH, Target, target_table

#: adults per household when the null model must turn a share into a count (assumption)
ADULTS_PER_HOUSEHOLD = 1.8


def observed_value(target: Target) -> float:
    """The pilot's value behind a target: the mean of the numbers in ``observed``.

    ``"about 10"`` is 10, ``"6-7"`` 6.5, ``"within 8,000 euro"`` 8,000 and ``"4-9 months"``
    28.3 weeks. A text without a number gives the middle of the band.
    """
    numbers = [
        float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", target.observed)
    ]
    value = sum(numbers) / len(numbers) if numbers else (target.low + target.high) / 2
    return value * WEEKS_PER_MONTH if "month" in target.observed else value


def pilot_of(scenario: Scenario) -> str:
    """The pilot a scenario stands for: the one its neighbourhood is named after, or Arendonk."""
    name = scenario.neighbourhood.name.lower()
    return next((p for p in PILOT_SCENARIOS if p in name), "arendonk")


def pilot_values(pilot: str, targets: Iterable[Target] = TARGETS) -> dict[str, float]:
    """``{figure: value}`` of one pilot's reported figures."""
    return {t.figure: observed_value(t) for t in targets if t.scenario == pilot}


def _stream(scenario: Scenario, seed: int) -> np.random.Generator:
    """A random stream per (scenario, seed): the same scenario and seed give the same draws."""
    digest = hashlib.sha256(scenario.model_dump_json().encode()).digest()
    return np.random.default_rng([int(seed), int.from_bytes(digest[:8], "little")])


def _draw(rng: np.random.Generator, figure: str, value: float, scenario: Scenario) -> float:
    if figure in EURO_OUTCOMES:
        steps = max(1, int(scenario.budget.amount // 100))
        p = min(1.0, max(0.0, value / (steps * 100)))
        return float(rng.binomial(steps, p) * 100)
    if figure in SHARE_OUTCOMES:
        adults = max(1, round(scenario.neighbourhood.households * ADULTS_PER_HOUSEHOLD))
        return float(rng.binomial(adults, min(1.0, max(0.0, value)))) / adults
    return float(rng.poisson(value))


def null_row(scenario: Scenario, seed: int, values: dict[str, float]) -> dict:
    """One run of the null model: a row like a ``summary.csv`` row."""
    rng = _stream(scenario, seed)
    row: dict = {"seed": int(seed)} | {name: math.nan for name in OUTCOMES}
    for figure, value in values.items():
        row[figure] = _draw(rng, figure, value, scenario)
    return row | flatten(scenario)


def null_ensemble(
    scenario: Scenario | dict | str | Path,
    runs: int = 30,
    seed: int = 0,
    targets: Iterable[Target] = TARGETS,
) -> pd.DataFrame:
    """``runs`` seeds of the null model for ``scenario``; the columns of :func:`ensemble`."""
    scenario = load_scenario(scenario)
    values = pilot_values(pilot_of(scenario), targets)
    return pd.DataFrame([null_row(scenario, s, values) for s in run_seeds(seed, runs)])


def null_runner(scenario: Scenario, runs: int, seed: int, initiatives: bool):
    """The null model as a pattern runner; it knows no initiatives (an empty table)."""
    return null_ensemble(scenario, runs=runs, seed=seed), pd.DataFrame()


def null_ensembles(runs: int = 30, seed: int = 0) -> Ensembles:
    """Ensembles for :func:`buurtsim.experiments.patterns.evaluate_all` from the null model."""
    return Ensembles(runs=runs, seed=seed, runner=null_runner, name="null")


def null_pilot_table(runs: int = 50, seed: int = 0, targets: Iterable[Target] = TARGETS):
    """The pilot table (:func:`~buurtsim.experiments.validation.target_table`) of the null model."""
    targets = tuple(targets)
    runs_of = {
        name: null_ensemble(PILOT_SCENARIOS[name], runs=runs, seed=seed, targets=targets)
        for name in dict.fromkeys(t.scenario for t in targets)
    }
    return target_table(runs_of, targets)
