"""The machinery of the pattern checks: settings, a cache of ensembles, margins that can fail.

A *pattern* (:mod:`buurtsim.experiments.patterns`) compares a few *settings* (overrides of a base
scenario, or another scenario file), each run as an ensemble of ``RUNS`` seeds. Its measure
function reads the ensembles' tables and returns the measured values and whether the claim held.

Ensembles are expensive and patterns share settings (the Arendonk default serves five of them),
so :class:`Ensembles` runs each distinct scenario once and keeps the tables. The key is the whole
resolved scenario (its JSON), the seeds and the runner, so two patterns that ask for the same
setting get the very same rows. The runner is buurtsim by default; the null model
(:mod:`buurtsim.experiments.nullmodel`) plugs in its own.

A difference between two ensembles *holds* when it is at least its margin **and** at least
``Z`` standard errors (:func:`exceeds`). The margin is the smallest effect worth telling a trainee
about; the standard error keeps a lucky draw of 30 seeds from passing for an effect.

>>> exceeds(0.05, 0.01, 0.02), exceeds(0.05, 0.03, 0.02), exceeds(float("nan"), 0.0, 0.0)
(True, False, False)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..scenarios import Scenario, load_scenario, with_overrides
from .runs import _map, ensemble, run_seeds, simulate

#: seeds per setting (the issue asks for at least 30)
RUNS = 30
#: the first seed; run k of every setting uses seed ``SEED + k``
SEED = 0
#: how many standard errors a difference must clear besides its margin (about 97.7% one-sided)
Z = 2.0

#: the repository's scenario files
SCENARIO_DIR = Path(__file__).resolve().parents[3] / "scenarios"

#: the ensembles a pattern reads, by setting name; ``NAME/initiatives`` holds the initiatives
Frames = Mapping[str, pd.DataFrame]
Margin = Mapping[str, float]
Runner = Callable[[Scenario, int, int, bool], tuple[pd.DataFrame, pd.DataFrame | None]]


@dataclass(frozen=True)
class Setting:
    """One arm of a comparison: overrides of the base scenario, or of another scenario file."""

    overrides: Mapping[str, Any] = field(default_factory=dict)
    scenario: str | None = None  # a file in scenarios/ that replaces the base scenario
    initiatives: bool = False  # the pattern also reads the initiatives of every run

    def resolve(self, base: Scenario, extra: Mapping[str, Any] | None = None) -> Scenario:
        """The scenario to run: the base (or the file) with the overrides, then ``extra``."""
        start = load_scenario(SCENARIO_DIR / self.scenario) if self.scenario else base
        changes = dict(self.overrides) | dict(extra or {})
        return with_overrides(start, changes) if changes else start


@dataclass(frozen=True)
class Pattern:
    """One claim of the method, measured over ensembles with a margin.

    ``measure(frames, margin)`` returns ``(values, held)``: the measured numbers by name and
    whether the claim held. The measure function's docstring states the claim, its source in
    ``METHOD.md`` and why the margin is what it is.
    """

    key: str  # "1a", "1b", ... (issue 8, items 1-8)
    claim: str  # the claim in one line
    source: str  # the source tag in METHOD.md, e.g. "[15]"
    settings: Mapping[str, Setting]
    measure: Callable[[Frames, Margin], tuple[dict[str, float], bool]]
    margin: Margin
    runs: int | None = None  # seeds per setting, if a noisy outcome needs more than ``RUNS``

    @property
    def doc(self) -> str:
        return (self.measure.__doc__ or "").strip()


@dataclass(frozen=True)
class Evaluation:
    """What one pattern measured, and whether it held."""

    key: str
    values: dict[str, float]
    held: bool


# --- running and caching --------------------------------------------------------------------


def _summary_and_initiatives(args: tuple[Scenario, int]) -> tuple[dict, pd.DataFrame]:
    scenario, seed = args
    result = simulate(scenario, seed)
    table = result.initiatives.copy()
    table.insert(0, "seed", seed)
    return result.summary.to_dict(), table


def model_runner(processes: int | None = 1) -> Runner:
    """Run buurtsim: the summary table, and with ``initiatives=True`` every run's initiatives."""

    def run(scenario: Scenario, runs: int, seed: int, initiatives: bool):
        if not initiatives:
            return ensemble(scenario, runs=runs, seed=seed, processes=processes), None
        jobs = [(scenario, s) for s in run_seeds(seed, runs)]
        pairs = _map(_summary_and_initiatives, jobs, processes)
        summary = pd.DataFrame([p[0] for p in pairs])
        tables = [p[1] for p in pairs if len(p[1])]
        return summary, (pd.concat(tables, ignore_index=True) if tables else pd.DataFrame())

    return run


#: ensembles kept for the whole process (tests in several modules share them)
_STORE: dict[tuple, tuple[pd.DataFrame, pd.DataFrame | None]] = {}


@dataclass
class Ensembles:
    """Runs each distinct scenario once per (runner, runs, seed) and keeps its tables.

    ``name`` tells runners apart in the cache ("buurtsim", "null"). The tables are shared with
    every other :class:`Ensembles` of the same name in the process, unless ``store`` is given.
    """

    runs: int = RUNS
    seed: int = SEED
    processes: int | None = 1
    runner: Runner | None = None
    name: str = "buurtsim"
    store: dict = field(default_factory=lambda: _STORE)

    def get(
        self, scenario: Scenario, runs: int | None = None
    ) -> tuple[pd.DataFrame, pd.DataFrame | None]:
        """``(summary, initiatives)`` of ``runs`` seeds (default: the ensembles' own) of
        ``scenario``, each run only once.

        The initiatives always come along: they cost little beside the runs, and one
        ensemble then serves the patterns that read them and those that do not.
        """
        runs = runs or self.runs
        key = (self.name, scenario.model_dump_json(), runs, self.seed)
        if key not in self.store:
            runner = self.runner or model_runner(self.processes)
            self.store[key] = runner(scenario, runs, self.seed, True)
        return self.store[key]


def evaluate(
    pattern: Pattern,
    ensembles: Ensembles | None = None,
    base: Scenario | str | Path | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Evaluation:
    """Run (or fetch) the pattern's ensembles and measure it.

    ``base`` is the scenario the settings change (default ``scenarios/arendonk.yaml``);
    ``overrides`` go on top of every setting, e.g. ``{"mechanisms.mediation": False}``.
    """
    ensembles = ensembles or Ensembles()
    base = load_scenario(base if base is not None else SCENARIO_DIR / "arendonk.yaml")
    frames: dict[str, pd.DataFrame] = {}
    for name, setting in pattern.settings.items():
        summary, inits = ensembles.get(setting.resolve(base, overrides), pattern.runs)
        frames[name] = summary
        if setting.initiatives:
            frames[f"{name}/initiatives"] = inits if inits is not None else pd.DataFrame()
    values, held = pattern.measure(frames, pattern.margin)
    return Evaluation(pattern.key, {k: float(v) for k, v in values.items()}, bool(held))


# --- statistics -----------------------------------------------------------------------------


def col(frame: pd.DataFrame, name: str) -> pd.Series:
    """A column as floats; a column the table does not have is all missing (the claim fails)."""
    if name in frame:
        return pd.to_numeric(frame[name], errors="coerce").astype(float)
    return pd.Series(np.nan, index=frame.index, dtype=float)


def mean(x: pd.Series) -> float:
    """The mean; missing if any value is missing or there are none (no silent dropping)."""
    return float(x.mean()) if len(x) and not x.isna().any() else math.nan


def gap(x: pd.Series, y: pd.Series) -> tuple[float, float]:
    """``mean(x) - mean(y)`` and its standard error.

    Two ensembles of a pattern run the same seeds in the same order, so their rows pair up
    (common random numbers): the error is that of the paired differences. Rows that do not
    pair up (other lengths or index) get Welch's error of two independent samples. For
    independent draws (the null model) both come to the same, on average.
    """
    if len(x) < 2 or len(y) < 2:
        return math.nan, math.nan
    diff = mean(x) - mean(y)
    if len(x) == len(y) and x.index.equals(y.index):
        return diff, float((x - y).std(ddof=1)) / math.sqrt(len(x))
    se = math.sqrt(float(x.var(ddof=1)) / len(x) + float(y.var(ddof=1)) / len(y))
    return diff, se


def exceeds(diff: float, se: float, margin: float) -> bool:
    """True if ``diff`` is at least ``margin`` and at least ``Z`` standard errors."""
    if math.isnan(diff) or math.isnan(se):
        return False
    return diff >= max(margin, Z * se)


def share(mask: pd.Series) -> float:
    """The share of runs for which ``mask`` holds; missing values count as not holding."""
    return float(mask.fillna(False).astype(bool).mean()) if len(mask) else math.nan


def pooled_share(hits: pd.Series, totals: pd.Series) -> tuple[float, float]:
    """``sum(hits) / sum(totals)`` over runs, and the binomial standard error of that share."""
    n = float(totals.sum())
    if not n or math.isnan(n):
        return math.nan, math.nan
    p = float(hits.sum()) / n
    return p, math.sqrt(max(p * (1 - p), 1e-12) / n)
