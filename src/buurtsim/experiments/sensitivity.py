"""Which parameters drive the outcomes? Morris screening (elementary effects) with SALib.

Morris screening moves one parameter at a time along random *trajectories* through the parameter
space and records how much each step changes an outcome. Per parameter and outcome it reports:

- ``mu_star``: the mean absolute effect, the ranking measure. Because the effects are divided by
  the step in units of the parameter's range, ``mu_star`` reads as "about how much the outcome
  changes when this parameter moves from the low to the high end of its range";
- ``mu``: the mean signed effect (a ``mu`` far below ``mu_star`` means the sign flips);
- ``sigma``: the spread of the effects: a large ``sigma`` means the effect depends on the other
  parameters (interaction) or is not linear;
- ``mu_star_conf``: the bootstrap 95% half-width of ``mu_star``.

Every Morris point is run ``replicates`` times with fixed seeds: trajectory ``t``, replicate ``r``
uses the seed ``seed + t * replicates + r`` at every point of that trajectory (common random
numbers), so each elementary effect compares two runs that start from the same seed, and the whole
analysis is reproducible from ``seed``.

>>> from buurtsim.experiments.sensitivity import morris
>>> res = morris({"run": {"weeks": 20}}, trajectories=2, replicates=1, processes=1,
...              params=["budget.amount", "municipality.control"], progress=False)
>>> sorted(res.table.columns[:7])
['mu', 'mu_star', 'mu_star_conf', 'outcome', 'parameter', 'rank', 'sigma']
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..scenarios import Scenario, load_scenario, parameters, with_overrides
from .backends import describe, map_runs
from .morris_result import MorrisResult
from .runs import simulate

#: the outcomes screened by default (their Dutch labels come from :func:`buurtsim.i18n.t`)
DEFAULT_OUTCOMES: tuple[str, ...] = (
    "cohesion_gain",
    "initiatives_realised",
    "conflicts_escalated",
    "vulnerable_participation_rate",
    "trust_municipality_end",
    "ownership_end",
    "streets_served",
)

#: the Morris statistics of each parameter and outcome, as SALib names them
STATS = ("mu", "mu_star", "sigma", "mu_star_conf")

#: The parameters screened by default and the range each is moved over. The bounds are the
#: schema's (``buurtsim.parameters()``) where the whole range is plausible, and narrower where the
#: schema allows values no buurtbudget would see. Every narrowed range is an assumption.
RANGES: dict[str, tuple[float, float]] = {
    # the central question: from "residents decide" to "the college decides" (whole schema range)
    "municipality.control": (0.0, 1.0),
    # what the municipality promises, apart from what it practises (whole schema range)
    "municipality.announced_control": (0.0, 1.0),
    # technical service, permits, maintenance agreements: none to full (whole schema range)
    "municipality.support": (0.0, 1.0),
    # from no written frame to five explicit criteria as in Arendonk (whole schema range)
    "municipality.framework_clarity": (0.0, 1.0),
    # from no facilitator to two days a week; the pilots had a few hours (assumption, METHOD.md)
    "facilitator.hours_per_week": (0.0, 16.0),
    # from a small street fund to 2.5 times the 8,000 euro of the pilots (assumption)
    "budget.amount": (2000.0, 20000.0),
    # above 0 so that the participation of vulnerable residents is defined (assumption)
    "neighbourhood.vulnerable_share": (0.05, 0.6),
    # weekly severity growth of an unmediated conflict; the top of the schema range is extreme
    "conflict.escalation_rate": (0.0, 0.6),
    # chance that a proposal draws an objection (whole schema range)
    "conflict.conflict_rate": (0.0, 1.0),
    # log-odds threshold to take part: about 10 to 138 at a 240-household kick-off (assumption)
    "residents.join_bias": (-7.0, -3.0),
    # log-odds weight of neighbours who take part (assumption: at most twice the default)
    "residents.peer_weight": (0.0, 5.0),
    # weekly chance to hear of it per active contact (assumption)
    "residents.word_of_mouth": (0.0, 0.4),
    # share of ideas that are too ambitious for the money (assumption)
    "budget.ambitious_share": (0.0, 0.6),
    # length of the municipal review at full control: none to half a year (assumption)
    "municipality.review_weeks": (0.0, 26.0),
    # veto chance at full control (assumption: a college vetoing everything is out of range)
    "municipality.veto_rate": (0.0, 0.8),
    # volunteer hours per 1,000 euro of project (assumption: 5 to 60)
    "process.hours_per_1000_euro": (5.0, 60.0),
    # mean tolerance of disagreement (assumption: no neighbourhood is all-intolerant or all-saint)
    "neighbourhood.tolerance_mean": (0.3, 0.9),
    # mean civic-mindedness (assumption)
    "neighbourhood.civic_propensity_mean": (0.1, 0.6),
    # extra log-odds threshold for vulnerable residents (assumption: none to twice the default)
    "residents.vulnerable_barrier": (0.0, 2.0),
}


def _chosen(
    params: Sequence[str] | Mapping[str, tuple[float, float]] | None,
) -> dict[str, Any]:
    """The parameters asked for, each with its range or None (the schema bounds)."""
    if params is None:
        return dict(RANGES)
    if isinstance(params, Mapping):
        return dict(params)
    return {k: RANGES.get(k) for k in params}


class _RangeProblem(Exception):
    """Why one parameter cannot be screened over its range."""


def _number_kind(p) -> type | None:
    """``int`` or ``float`` for a number parameter, also an optional one (``float | None``, as
    ``municipality.announced_control``, empty = the same as ``control``); else None."""
    kinds = set(typing.get_args(p.kind)) - {type(None)} if typing.get_args(p.kind) else {p.kind}
    return next(iter(kinds)) if len(kinds) == 1 and kinds <= {int, float} else None


def _leaves_schema(lo: float, hi: float, p) -> bool:
    return (p.ge is not None and lo < p.ge) or (p.le is not None and hi > p.le)


def _range_of(key: str, bounds: tuple[float, float] | None, p) -> tuple[float, float]:
    """The range of one parameter, or a :class:`_RangeProblem` saying what is wrong with it."""
    if p is None:
        raise _RangeProblem(f"`{key}` is not a scenario parameter")
    if _number_kind(p) is None:
        raise _RangeProblem(f"`{key}` is not a number ({p.allowed()}), so it cannot be screened")
    lo, hi = bounds if bounds is not None else (p.ge, p.le)
    if lo is None or hi is None:
        raise _RangeProblem(f"`{key}` has no range; give one as (low, high)")
    lo, hi = float(lo), float(hi)
    if not lo < hi:
        raise _RangeProblem(f"`{key}`: the range ({lo:g}, {hi:g}) must go from low to high")
    if _leaves_schema(lo, hi, p):
        raise _RangeProblem(f"`{key}`: the range ({lo:g}, {hi:g}) leaves {p.allowed()}")
    return lo, hi


def _check_problem(
    params: Sequence[str] | Mapping[str, tuple[float, float]] | None,
) -> dict[str, tuple[float, float]]:
    """The parameters and their ranges, checked against the schema."""
    info = parameters()
    problems = []
    out: dict[str, tuple[float, float]] = {}
    for key, bounds in _chosen(params).items():
        try:
            out[key] = _range_of(key, bounds, info.get(key))
        except _RangeProblem as exc:
            problems.append(str(exc))
    if len(out) < 2 and not problems:
        problems.append("Morris screening needs at least 2 parameters")
    if problems:
        raise ValueError(
            "cannot screen these parameters:\n" + "\n".join(f"  - {m}" for m in problems)
        )
    return out


def _outcomes_of(job: tuple[Scenario, int, tuple[str, ...]]) -> list[float]:
    """One Morris run: the outcomes of one scenario and seed (a module function, for processes)."""
    scenario, seed, outcomes = job
    summary = simulate(scenario, seed).summary
    return [float(summary[o]) for o in outcomes]


def _name_of(scenario: Any, loaded: Scenario) -> str:
    if isinstance(scenario, str | Path):
        return Path(scenario).stem
    return loaded.neighbourhood.name


def _check_outcomes(outcomes: Sequence[str] | None) -> tuple[str, ...]:
    from .runs import OUTCOMES as ALL_OUTCOMES

    outcomes = tuple(DEFAULT_OUTCOMES if outcomes is None else outcomes)
    unknown = [o for o in outcomes if o not in ALL_OUTCOMES]
    if unknown or not outcomes:
        raise ValueError(
            f"unknown outcome(s) {', '.join(unknown) or '(none given)'}; "
            f"allowed: {', '.join(ALL_OUTCOMES)}"
        )
    return outcomes


def _check_design(trajectories: Any, replicates: Any, levels: Any) -> None:
    for label, value, least in (("trajectories", trajectories, 2), ("replicates", replicates, 1)):
        if not isinstance(value, int | np.integer) or value < least:
            raise ValueError(f"{label} must be a whole number of at least {least}, not {value!r}")
    if not isinstance(levels, int) or levels < 2 or levels % 2:
        raise ValueError(f"levels must be an even whole number of at least 2, not {levels!r}")


def _jobs(
    base: Scenario,
    X: np.ndarray,
    keys: list[str],
    per_traj: int,
    replicates: int,
    seed: int,
    outcomes: tuple[str, ...],
) -> tuple[list, list[dict[str, Any]]]:
    """One job per Morris point and replicate, and the row that describes it in ``runs``."""
    info = parameters()
    jobs, rows = [], []
    for i, x in enumerate(X):
        t = i // per_traj
        values = {
            k: round(v) if _number_kind(info[k]) is int else float(v)
            for k, v in zip(keys, x, strict=True)
        }
        sc = with_overrides(base, values)
        for r in range(replicates):
            s = seed + t * replicates + r
            jobs.append((sc, s, outcomes))
            rows.append({"trajectory": t, "point": i, "replicate": r, "seed": s, **values})
    return jobs, rows


def _analyse(
    problem: dict[str, Any],
    X: np.ndarray,
    y: np.ndarray,
    trajectories: int,
    levels: int,
    seed: int,
) -> tuple[dict[str, np.ndarray], int]:
    """The Morris statistics of one outcome over the trajectories where it is defined."""
    from SALib.analyze import morris as analyze_morris

    per_traj = problem["num_vars"] + 1
    usable = np.isfinite(y.reshape(trajectories, per_traj)).all(axis=1)
    keep = np.repeat(usable, per_traj)
    n_used = int(usable.sum())
    if not n_used:
        return {m: np.full(problem["num_vars"], np.nan) for m in STATS}, n_used
    si = analyze_morris.analyze(
        problem, X[keep], y[keep], num_levels=levels, seed=seed, num_resamples=1000
    )
    return {m: np.asarray(si[m], dtype=float) for m in STATS}, n_used


def _outcome_table(
    outcome: str,
    stats: dict[str, np.ndarray],
    n_used: int,
    ranges: dict[str, tuple[float, float]],
) -> pd.DataFrame:
    info = parameters()
    keys = list(ranges)
    part = pd.DataFrame({"outcome": outcome, "parameter": keys, **stats})
    part["rank"] = part["mu_star"].rank(ascending=False, method="min").astype("Int64")
    part["label"] = [info[k].nl for k in keys]
    part["low"] = [ranges[k][0] for k in keys]
    part["high"] = [ranges[k][1] for k in keys]
    part["trajectories"] = n_used
    return part.sort_values(["rank", "parameter"])


def morris(
    scenario: Scenario | Mapping | str | Path,
    trajectories: int = 20,
    seed: int = 0,
    processes: int | None = None,
    scheduler: str | None = None,
    local_cluster: bool = False,
    workers: int | None = None,
    progress: bool | Callable[[int, int], None] = True,
    params: Sequence[str] | Mapping[str, tuple[float, float]] | None = None,
    outcomes: Sequence[str] | None = None,
    replicates: int = 3,
    levels: int = 4,
) -> MorrisResult:
    """Morris screening of ``scenario`` over ``params`` (default: every key of :data:`RANGES`).

    Runs ``trajectories * (len(params) + 1) * replicates`` simulations on the chosen backend
    (local processes by default, or dask: ``scheduler="tcp://HOST:PORT"`` / ``local_cluster=True``).
    ``params`` is a list of dotted keys (ranges from :data:`RANGES`, else the schema bounds) or a
    mapping ``{key: (low, high)}``. ``outcomes`` defaults to :data:`DEFAULT_OUTCOMES`.
    """
    from SALib.sample import morris as sample_morris

    base = load_scenario(scenario)
    name = _name_of(scenario, base)
    ranges = _check_problem(params)
    outcomes = _check_outcomes(outcomes)
    _check_design(trajectories, replicates, levels)
    trajectories, replicates, seed = int(trajectories), int(replicates), int(seed)

    keys = list(ranges)
    problem = {"num_vars": len(keys), "names": keys, "bounds": [list(ranges[k]) for k in keys]}
    X = sample_morris.sample(problem, trajectories, num_levels=levels, seed=seed)
    per_traj = len(keys) + 1

    jobs, rows = _jobs(base, X, keys, per_traj, replicates, seed, outcomes)
    backend = describe(processes, scheduler, local_cluster, workers)
    results = map_runs(
        _outcomes_of, jobs, processes, scheduler, local_cluster, workers, progress=progress
    )
    runs = pd.DataFrame(rows)
    runs[list(outcomes)] = np.array(results, dtype=float).reshape(len(rows), len(outcomes))

    # the mean over the replicates of each point; a rate that is undefined (NaN) in every replicate
    # of a point takes that point's whole trajectory out of the analysis of that outcome only
    means = runs.groupby("point")[list(outcomes)].mean()  # pandas skips NaN
    parts = []
    for o in outcomes:
        y = means[o].to_numpy(dtype=float)
        stats, n_used = _analyse(problem, X, y, trajectories, levels, seed)
        parts.append(_outcome_table(o, stats, n_used, ranges))
    table = pd.concat(parts, ignore_index=True)
    return MorrisResult(
        table=table,
        runs=runs,
        name=name,
        ranges=ranges,
        outcomes=outcomes,
        trajectories=trajectories,
        replicates=replicates,
        seed=seed,
        levels=levels,
        backend=backend,
        settings={"run.weeks": base.run.weeks, "num_resamples": 1000},
    )


__all__ = ["DEFAULT_OUTCOMES", "RANGES", "MorrisResult", "morris"]
