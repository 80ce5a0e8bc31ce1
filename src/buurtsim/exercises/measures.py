"""What the exercises measure in a run, for many runs at once, kept for the next question.

A *kind* says how far a run goes and what it reports (a dict of numbers):

- ``neighbourhood``: the neighbourhood as built, before week 1 (its facts);
- ``kickoff``: up to the kick-off evening (who takes part);
- ``decision``: up to the decision evening (what became of the ideas);
- ``summary``: the whole run (its outcomes, and the mean weeks a project waits on the review).

:func:`samples` runs the seeds a question needs (whole runs over the panel's processes: two on a
laptop, ``BUURTSIM_PANEL_PROCESSES`` overrides it) and keeps every measurement by kind, scenario and
seed: a second answer to the same question, or another question on the same runs (02 and 06 both
compare control 0.3 and 0.9), costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..experiments.pool import map_local
from ..scenarios import Scenario

#: measurements kept: (kind, scenario as JSON, seed) -> measured values
_KEPT: dict[tuple[str, str, int], dict[str, float]] = {}
KEEP_AT_MOST = 20_000


def _neighbourhood(scenario: Scenario, seed: int) -> dict[str, float]:
    from ..model import BuurtbudgetModel
    from ..widgets.neighbourhood import neighbourhood_facts

    return neighbourhood_facts(BuurtbudgetModel(scenario, rng=seed))


def _kickoff(scenario: Scenario, seed: int) -> dict[str, float]:
    from ..widgets.outreach import participation, run_to_kickoff

    return participation(run_to_kickoff(scenario, seed)[0])


def _decision(scenario: Scenario, seed: int) -> dict[str, float]:
    from ..experiments.runs import initiatives_table
    from ..widgets.ideas import fates, run_until

    return fates(initiatives_table(run_until(scenario, seed, "decision")))


def _summary(scenario: Scenario, seed: int) -> dict[str, float]:
    from ..experiments import simulate
    from ..widgets.realisation import delays

    result = simulate(scenario, seed=seed)
    waits = delays(result)["review_delay"]
    out = {k: float(v) for k, v in result.summary.items() if isinstance(v, int | float)}
    out["review_delay"] = float(waits.mean()) if len(waits) else float("nan")
    return out


KINDS: dict[str, Callable[[Scenario, int], dict[str, float]]] = {
    "neighbourhood": _neighbourhood,
    "kickoff": _kickoff,
    "decision": _decision,
    "summary": _summary,
}


def _measure(job: tuple[str, Scenario, int]) -> dict[str, float]:
    kind, scenario, seed = job
    return KINDS[kind](scenario, seed)


def _processes(kind: str, jobs: int) -> int:
    """Whole runs go over the panel's processes; shorter runs are quicker in this process than
    the worker processes take to start (in a notebook kernel they come from a fork server)."""
    from ..widgets.base import PARALLEL_FROM, panel_processes

    return panel_processes() if kind == "summary" and jobs >= PARALLEL_FROM else 1


def _missing(settings: list[tuple[str, Scenario]], seed: int, runs: int) -> list:
    """The jobs ``(kind, scenario, seed)`` of ``settings`` that were not measured before."""
    return [
        (kind, scenario, s)
        for kind, scenario in settings
        for s in range(seed, seed + runs)
        if (kind, scenario.model_dump_json(), s) not in _KEPT
    ]


def prepare(settings: list[tuple[str, Scenario]], seed: int, runs: int) -> None:
    """Run, one kind at a time, every run of ``settings`` (``(kind, scenario)`` pairs) for seeds
    ``seed`` .. ``seed + runs - 1`` that was not measured before."""
    jobs = _missing(settings, seed, runs)
    if len(_KEPT) + len(jobs) > KEEP_AT_MOST:
        _KEPT.clear()
    for kind in dict.fromkeys(job[0] for job in jobs):
        mine = [job for job in jobs if job[0] == kind]
        done = map_local(_measure, mine, _processes(kind, len(mine)))
        for (_, scenario, s), values in zip(mine, done, strict=True):
            _KEPT[(kind, scenario.model_dump_json(), s)] = values


def samples(kind: str, scenario: Scenario, outcome: str, seed: int, runs: int) -> np.ndarray:
    """``outcome`` in runs ``seed`` .. ``seed + runs - 1`` of ``scenario``, run as far as
    ``kind`` says; runs measured before are not run again."""
    prepare([(kind, scenario)], seed, runs)
    name = scenario.model_dump_json()
    seeds = range(seed, seed + runs)
    return np.array([_KEPT[(kind, name, s)].get(outcome, np.nan) for s in seeds], dtype=float)


def forget() -> None:
    """Drop every kept measurement (tests, or after the model changed in a running kernel)."""
    _KEPT.clear()
