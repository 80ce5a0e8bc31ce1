"""Running the model: one run, an ensemble of runs, a sweep over one parameter.

Every result carries its scenario's parameters (under their dotted keys) and its seed, so that any
row of any table can be run again on its own and gives the same numbers, bit for bit.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..model.model import BuurtbudgetModel
from ..scenarios import Scenario, flatten, load_scenario, with_overrides
from .pool import map_local

#: the outcome columns of ``summary.csv``, in order
OUTCOMES: tuple[str, ...] = (
    "kickoff_attendance",
    "core_group_size",
    "participation_rate",
    "vulnerable_participation_rate",
    "proposals",
    "proposals_in_frame",
    "proposals_to_decision",
    "demand_at_decision",
    "proposals_redirected",
    "initiatives_funded",
    "initiatives_vetoed",
    "initiatives_trimmed",
    "initiatives_trimmed_to_fit",
    "initiatives_realised",
    "initiatives_sustained",
    "initiatives_failed",
    "initiatives_breaching",
    "streets_served",
    "voters_empty_handed",
    "budget_allocated",
    "budget_spent",
    "budget_unspent",
    "conflicts",
    "conflicts_escalated",
    "conflicts_resolved",
    "cohesion_start",
    "cohesion_end",
    "cohesion_gain",
    "ownership_end",
    "trust_municipality_start",
    "trust_municipality_end",
    "active_end",
    "info_evening_turnout",
    "lonely_vulnerable_start",
    "lonely_vulnerable_end",
    "lonely_isolated_start",
    "lonely_isolated_end",
    "liveability_start",
    "liveability_end",
    "weeks_to_first_realisation",
    "adults",
)
#: outcomes that are shares or 0-1 indices, and outcomes in euro (for formatting and plots)
SHARE_OUTCOMES = frozenset(
    {"participation_rate", "vulnerable_participation_rate", "cohesion_start", "cohesion_end",
     "cohesion_gain", "ownership_end", "trust_municipality_start", "trust_municipality_end",
     "lonely_vulnerable_start", "active_end", "voters_empty_handed",
     "lonely_vulnerable_end", "lonely_isolated_start", "lonely_isolated_end",
     "liveability_start", "liveability_end"}
)  # fmt: skip
EURO_OUTCOMES = frozenset(
    {"budget_allocated", "budget_spent", "budget_unspent", "demand_at_decision"}
)


@dataclass
class Result:
    """One simulated buurtbudget: a row of outcomes and the weekly story behind it."""

    seed: int
    scenario: Scenario
    summary: pd.Series
    timeseries: pd.DataFrame
    initiatives: pd.DataFrame
    conflicts: pd.DataFrame
    model: BuurtbudgetModel | None = field(default=None, repr=False)


def _rate(mask: np.ndarray, of: np.ndarray) -> float:
    return float(mask[of].mean()) if of.any() else math.nan


def who_benefits(model: BuurtbudgetModel) -> dict[str, Any]:
    """Streets with a funded project, and the share of voters with nothing funded they approved
    (``1 - percent_non_empty_handed`` in pabutools' terms; tests check the two agree)."""
    if model.decision_inputs is None or model.decision is None:
        return {"streets_served": 0, "voters_empty_handed": math.nan}
    options, voters, problem = model.decision_inputs
    funded = model.decision.amounts > 0
    streets = {o.street for o, f in zip(options, funded, strict=True) if f}
    if not len(voters):
        return {"streets_served": len(streets), "voters_empty_handed": math.nan}
    served = (problem.approvals[:, funded]).any(axis=1) if funded.any() else np.zeros(len(voters))
    return {"streets_served": len(streets), "voters_empty_handed": float(1 - served.mean())}


def _participation(model: BuurtbudgetModel) -> dict[str, Any]:
    ever = model.ever_active
    return {
        "kickoff_attendance": int(model.attended.sum()),
        "core_group_size": int(model.core_group_peak),
        "participation_rate": float(ever.mean()) if model.n else 0.0,
        "vulnerable_participation_rate": _rate(ever, model.pop.vulnerable),
    }


def _proposals_and_money(model: BuurtbudgetModel) -> dict[str, Any]:
    funded = [i for i in model.initiatives if "funded" in i.history]
    return {
        "proposals": len(model.initiatives),
        "proposals_in_frame": int(model.proposals_in_frame_at_decision),
        "proposals_to_decision": int(model.proposals_to_decision),
        "demand_at_decision": round(model.demand_at_decision, 2),
        "proposals_redirected": sum("redirected" in i.history for i in model.initiatives),
        "initiatives_funded": len(funded),
        "initiatives_vetoed": model.municipality.vetoes,
        "initiatives_trimmed": sum(i.trimmed_in_review for i in funded),
        "initiatives_trimmed_to_fit": sum(i.trimmed_at_decision for i in funded),
        "initiatives_realised": model.realised_so_far,
        "initiatives_sustained": model.sustained,
        "initiatives_failed": model.failed,
        "initiatives_breaching": sum(not i.criteria.all_met for i in funded),
        **who_benefits(model),
        "budget_allocated": model.ledger.allocated,
        "budget_spent": model.ledger.spent,
        "budget_unspent": model.ledger.unspent,
    }


def _neighbourhood(model: BuurtbudgetModel) -> dict[str, Any]:
    first = model.first_realisation
    return {
        "conflicts": len(model.conflicts),
        "conflicts_escalated": model.escalated_conflicts,
        "conflicts_resolved": sum(c.resolved for c in model.conflicts),
        "cohesion_start": model.start["cohesion"],
        "cohesion_end": model.cohesion,
        "cohesion_gain": model.cohesion - model.start["cohesion"],
        "ownership_end": model.ownership,
        "trust_municipality_start": model.start["trust"],
        "trust_municipality_end": model.trust_municipality,
        "active_end": float((model.active & ~model.dropped).mean()) if model.n else 0.0,
        "info_evening_turnout": int(model.info_evening_turnout),
        "lonely_vulnerable_start": model.start["lonely_vulnerable"],
        "lonely_vulnerable_end": model.lonely_vulnerable,
        "lonely_isolated_start": model.start["lonely_isolated"],
        "lonely_isolated_end": model.lonely_isolated,
        "liveability_start": model.start["liveability"],
        "liveability_end": model.liveability,
        "weeks_to_first_realisation": (first - model.kickoff_week) if first else math.nan,
        "adults": model.n,
    }


def summarise(model: BuurtbudgetModel, seed: int) -> dict[str, Any]:
    """The outcome row of a finished run."""
    return {
        "seed": seed,
        **_participation(model),
        **_proposals_and_money(model),
        **_neighbourhood(model),
    }


def initiatives_table(model: BuurtbudgetModel) -> pd.DataFrame:
    """Every idea with its theme, money, people and the week of each step of its life."""
    rows = []
    for i in model.initiatives:
        rows.append(
            {
                "id": i.unique_id,
                "theme": i.theme_key,
                "street": i.street,
                "status": str(i.status),
                "cost": round(i.cost, 2),
                "amount": round(i.amount, 2),
                "in_frame": i.criteria.all_met,
                "breach": not i.criteria.all_met,
                "personal": not (i.criteria.several_benefit and i.criteria.not_personal),
                "scope": round(i.scope, 3),
                "trekker": i.trekker,
                "helpers": len(i.helpers),
                "supporters": len(i.supporters),
                "condition": round(i.condition, 3),
                **{f"week_{k}": v for k, v in i.history.items()},
            }
        )
    columns = ["id", "theme", "street", "status", "cost", "amount", "in_frame", "breach",
               "personal", "scope", "trekker", "helpers", "supporters", "condition"]  # fmt: skip
    return pd.DataFrame(rows, columns=None if rows else columns)


CONFLICT_COLUMNS = (
    "kind", "a", "b", "initiative", "theme", "street", "week_opened", "mediated_weeks",
    "escalated", "week_escalated", "resolved", "week_resolved",
)  # fmt: skip


def _conflict_row(c) -> tuple:
    idea = c.initiative
    return (c.kind, c.a, c.b, None if idea is None else idea.unique_id,
            None if idea is None else idea.theme_key, None if idea is None else idea.street,
            c.opened, c.mediated_weeks, c.escalated, c.escalated_week, c.resolved,
            c.resolved_week)  # fmt: skip


def conflicts_table(model: BuurtbudgetModel) -> pd.DataFrame:
    """Every conflict: who, about what, and when it escalated or was resolved. Built column by
    column, the optional numbers as float arrays: the same table as from a list of row dicts and
    ``pd.to_numeric(...).astype(float)``, in a quarter of the time."""
    if not model.conflicts:
        return pd.DataFrame([])
    columns = zip(*(_conflict_row(c) for c in model.conflicts), strict=True)
    table: dict[str, Any] = dict(zip(CONFLICT_COLUMNS, map(list, columns), strict=True))
    for col in ("initiative", "street", "week_escalated", "week_resolved"):
        # numbers as floats, empty (NaN) where it did not happen
        table[col] = np.array([math.nan if x is None else x for x in table[col]], dtype=float)
    return pd.DataFrame(table)


def timeseries_table(model: BuurtbudgetModel, seed: int) -> pd.DataFrame:
    """The weekly record with the seed and the week in front, built in one go (the same table as
    ``get_model_vars_dataframe()`` with the two columns inserted)."""
    weekly = model.datacollector.model_vars
    weeks = len(next(iter(weekly.values()), []))
    return pd.DataFrame(
        {"seed": np.full(weeks, seed, dtype=np.int64), "week": np.arange(1, weeks + 1), **weekly}
    )


def simulate(scenario: Scenario | dict | str, seed: int = 0, keep_model: bool = False) -> Result:
    """Run one buurtbudget from a scenario (file, dict or :class:`Scenario`) and a seed."""
    scenario = load_scenario(scenario)
    seed = int(seed)
    model = BuurtbudgetModel(scenario, rng=seed)
    while model.running:
        model.step()
    row = summarise(model, seed) | flatten(scenario)
    return Result(
        seed=seed,
        scenario=scenario,
        summary=pd.Series(row),
        timeseries=timeseries_table(model, seed),
        initiatives=initiatives_table(model),
        conflicts=conflicts_table(model),
        model=model if keep_model else None,
    )


def _summary_of(args: tuple[Scenario, int]) -> dict[str, Any]:
    scenario, seed = args
    return simulate(scenario, seed).summary.to_dict()


def _run_with_timeseries(args: tuple[Scenario, int]) -> tuple[dict[str, Any], pd.DataFrame]:
    scenario, seed = args
    result = simulate(scenario, seed)
    return result.summary.to_dict(), result.timeseries


def run_seeds(seed: int, runs: int) -> list[int]:
    """The seeds of an ensemble: ``seed, seed + 1, ...``, so any run can be redone on its own."""
    return [int(seed) + k for k in range(runs)]


def _map(
    func: Callable,
    jobs: Sequence,
    processes: int | None,
    progress: bool | Callable[[int, int], None] = False,
    scheduler: str | None = None,
    local_cluster: bool = False,
    workers: int | None = None,
) -> list:
    """Apply ``func`` to ``jobs`` in order, serially or over processes; results keep job order.

    With ``scheduler="tcp://HOST:PORT"`` or ``local_cluster=True`` the jobs go to dask instead
    (see :mod:`buurtsim.experiments.backends`); the results are the same.
    """
    if scheduler is not None or local_cluster:
        from .backends import map_distributed

        return map_distributed(func, jobs, scheduler, local_cluster, workers, progress)
    return map_local(func, jobs, processes, progress)


def ensemble(
    scenario: Scenario | dict | str,
    runs: int = 30,
    seed: int = 0,
    processes: int | None = 1,
    progress: bool | Callable[[int, int], None] = False,
    timeseries: bool = False,
    scheduler: str | None = None,
    local_cluster: bool = False,
    workers: int | None = None,
) -> pd.DataFrame | tuple[pd.DataFrame, pd.DataFrame]:
    """Run ``runs`` seeds of one scenario; one tidy row per run with its parameters and seed.

    ``processes=None`` uses every core. The rows are identical whether the runs go serially or in
    parallel. With ``timeseries=True`` it also returns the weekly table of every run.
    ``scheduler``/``local_cluster``/``workers`` send the runs to dask (the ``dask`` extra).
    """
    scenario = load_scenario(scenario)
    if runs < 1:
        raise ValueError(f"runs must be at least 1, not {runs}")
    jobs = [(scenario, s) for s in run_seeds(seed, runs)]
    where: dict[str, Any] = {
        "scheduler": scheduler,
        "local_cluster": local_cluster,
        "workers": workers,
    }
    if not timeseries:
        return pd.DataFrame(_map(_summary_of, jobs, processes, progress, **where))
    pairs = _map(_run_with_timeseries, jobs, processes, progress, **where)
    return (
        pd.DataFrame([p[0] for p in pairs]),
        pd.concat([p[1] for p in pairs], ignore_index=True),
    )


def sweep(
    scenario: Scenario | dict | str,
    param: str,
    values: Iterable[Any],
    runs: int = 30,
    seed: int = 0,
    processes: int | None = 1,
    progress: bool | Callable[[int, int], None] = False,
    scheduler: str | None = None,
    local_cluster: bool = False,
    workers: int | None = None,
) -> pd.DataFrame:
    """An ensemble per value of one dotted parameter, in one table with that column."""
    base = load_scenario(scenario)
    scenarios = [with_overrides(base, {param: v}) for v in values]
    jobs = [(sc, s) for sc in scenarios for s in run_seeds(seed, runs)]
    where: dict[str, Any] = {
        "scheduler": scheduler,
        "local_cluster": local_cluster,
        "workers": workers,
    }
    return pd.DataFrame(_map(_summary_of, jobs, processes, progress, **where))
