"""Invariants that hold for every valid scenario: money, counts, rates and the weekly table.

The random scenarios are drawn from the ranges in ``buurtsim.parameters()``, so the test follows
the schema when a parameter is added or its range changes. Runs are kept short (20-60 weeks,
at most 300 households) so that hypothesis can try many of them; the extreme cases below run
the full length.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import buurtsim
from buurtsim.scenarios import unflatten

EPS = 1e-6

# short runs and small neighbourhoods, to stay fast
LIMITS = {"run.weeks": (20, 60), "neighbourhood.households": (1, 300)}

COUNT_COLUMNS = (
    "participants", "core_group", "proposals", "funded", "realised", "sustained",
    "open_conflicts", "escalated_conflicts",
)  # fmt: skip
SHARE_COLUMNS = (
    "aware_share", "cohesion", "ownership", "trust_municipality", "liveability",
)  # fmt: skip
SUMMARY_COUNTS = (
    "kickoff_attendance", "core_group_size", "proposals", "proposals_in_frame",
    "proposals_to_decision", "proposals_redirected", "initiatives_funded", "initiatives_vetoed",
    "initiatives_trimmed", "initiatives_realised", "initiatives_sustained", "conflicts",
    "conflicts_escalated", "conflicts_resolved", "adults",
)  # fmt: skip
SUMMARY_SHARES = (
    "participation_rate", "cohesion_start", "cohesion_end", "ownership_end",
    "trust_municipality_end", "liveability_start", "liveability_end",
)  # fmt: skip
VULNERABLE_RATES = (
    "vulnerable_participation_rate", "lonely_vulnerable_start", "lonely_vulnerable_end",
)  # fmt: skip


def value_strategy(info):
    lo, hi = LIMITS.get(info.key, (info.ge, info.le))
    if info.choices:
        return st.sampled_from(info.choices)
    if info.kind is int:
        return st.integers(int(lo), int(hi))
    if info.kind is float:
        return st.floats(float(lo), float(hi), allow_nan=False, allow_infinity=False)
    return st.just(info.default)  # free text such as the name


@st.composite
def scenarios(draw):
    flat = {key: draw(value_strategy(info)) for key, info in buurtsim.parameters().items()}
    return buurtsim.load_scenario(unflatten(flat))


def check_invariants(result: buurtsim.Result) -> None:
    """Everything that must hold for any run."""
    scenario = result.scenario
    weeks = scenario.run.weeks
    budget = scenario.budget.amount
    ts, row, model = result.timeseries, result.summary, result.model

    # one row per week, in order
    assert len(ts) == weeks
    assert ts["week"].tolist() == list(range(1, weeks + 1))
    assert (ts["seed"] == result.seed).all()

    # money: allocated <= budget and spent <= allocated at every step
    assert (ts["budget_allocated"] <= budget + EPS).all()
    assert (ts["budget_spent"] <= ts["budget_allocated"] + EPS).all()
    assert (ts[["budget_allocated", "budget_spent"]] >= 0).all().all()
    assert row["budget_allocated"] <= budget + EPS
    assert 0 <= row["budget_spent"] <= row["budget_allocated"] + EPS
    assert row["budget_unspent"] == pytest.approx(budget - row["budget_spent"])

    # counts are never negative; cumulative counts never fall
    assert (ts[list(COUNT_COLUMNS)] >= 0).all().all()
    for column in ("participants", "proposals", "realised", "escalated_conflicts"):
        assert ts[column].is_monotonic_increasing, column
    for column in SUMMARY_COUNTS:
        assert row[column] >= 0, column
    assert row["initiatives_funded"] <= row["proposals"]
    assert row["initiatives_realised"] <= row["initiatives_funded"]
    assert row["initiatives_sustained"] <= row["initiatives_realised"]
    # (an escalated conflict can still be resolved later, so these two may overlap)
    assert row["conflicts_escalated"] <= row["conflicts"]
    assert row["conflicts_resolved"] <= row["conflicts"]
    assert ts["open_conflicts"].iloc[-1] == row["conflicts"] - row["conflicts_resolved"]

    # rates and indices in [0, 1]
    shares = ts[list(SHARE_COLUMNS)].to_numpy()
    assert not np.isnan(shares).any()
    assert ((shares >= 0) & (shares <= 1)).all()
    for column in SUMMARY_SHARES:
        assert 0 <= row[column] <= 1, column
    for array in (model.pop.trust, model.pop.ownership, model.pop.loneliness):
        assert ((array >= 0) & (array <= 1)).all()

    # NaN only for the vulnerable rates, and only when nobody is vulnerable
    has_vulnerable = bool(model.pop.vulnerable.any())
    for column in VULNERABLE_RATES:
        value = row[column]
        if has_vulnerable:
            assert 0 <= value <= 1, column
        else:
            assert math.isnan(value), column
    lonely = ts["lonely_vulnerable"]
    assert lonely.isna().all() if not has_vulnerable else lonely.between(0, 1).all()

    first = row["weeks_to_first_realisation"]
    assert math.isnan(first) or 0 <= first <= weeks
    assert math.isnan(first) == (row["initiatives_realised"] == 0)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(scenario=scenarios(), seed=st.integers(0, 2**31 - 1))
def test_invariants_hold_for_random_valid_scenarios(scenario, seed):
    check_invariants(buurtsim.simulate(scenario, seed=seed, keep_model=True))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=scenarios(), seed=st.integers(0, 1000))
def test_the_ledger_holds_at_every_step(scenario, seed):
    model = buurtsim.BuurtbudgetModel(scenario, rng=seed)
    budget = scenario.budget.amount
    while model.running:
        model.step()
        assert model.ledger.allocated <= budget + EPS
        assert model.ledger.spent <= model.ledger.allocated + EPS
        assert all(a >= -EPS for a in model.ledger.allocations.values())
        assert model.facilitator.hours_left >= -EPS


# --- extreme inputs that must run -------------------------------------------------------------
RULE_NAMES = buurtsim.parameters()["process.decision_rule"].choices
OUTREACH_NAMES = buurtsim.parameters()["facilitator.outreach"].choices
EXTREMES = {
    "one household": {"neighbourhood.households": 1},
    "one household, many streets": {"neighbourhood.households": 1, "neighbourhood.streets": 200},
    "budget 0": {"budget.amount": 0},
    "control 0": {"municipality.control": 0.0},
    "control 1": {"municipality.control": 1.0},
    "no facilitator": {"facilitator.hours_per_week": 0},
    "all vulnerable": {"neighbourhood.vulnerable_share": 1.0},
    "nobody vulnerable": {"neighbourhood.vulnerable_share": 0.0},
    "no ties": {"neighbourhood.ties_per_resident": 0},
    "no free time": {"neighbourhood.free_time_mean": 0},
    "kick-off after the end": {"process.kickoff_week": 52, "run.weeks": 20},
    "one week": {"run.weeks": 1},
    "ten years, small neighbourhood": {"run.weeks": 520, "neighbourhood.households": 30},
    **{f"rule {r}": {"process.decision_rule": r} for r in RULE_NAMES},
    **{f"outreach {o}": {"facilitator.outreach": o} for o in OUTREACH_NAMES},
    "budget 0, college": {"budget.amount": 0, "process.decision_rule": "college"},
    "everything extreme": {
        "neighbourhood.households": 1,
        "budget.amount": 0,
        "municipality.control": 1.0,
        "facilitator.hours_per_week": 0,
        "neighbourhood.vulnerable_share": 1.0,
    },
}


@pytest.mark.parametrize("overrides", list(EXTREMES.values()), ids=list(EXTREMES))
def test_extreme_inputs_run(scenario_with, overrides):
    scenario = scenario_with(overrides)
    for seed in (0, 1):
        result = buurtsim.simulate(scenario, seed=seed, keep_model=True)
        check_invariants(result)
        assert isinstance(result.timeseries, pd.DataFrame)


def test_budget_zero_funds_nothing(scenario_with):
    result = buurtsim.simulate(scenario_with({"budget.amount": 0}), seed=2)
    assert result.summary["budget_allocated"] == 0
    assert result.summary["initiatives_realised"] == 0
    assert (result.timeseries["budget_spent"] == 0).all()


def test_all_vulnerable_counts_everyone_as_vulnerable(scenario_with):
    result = buurtsim.simulate(
        scenario_with({"neighbourhood.vulnerable_share": 1.0}), seed=2, keep_model=True
    )
    assert result.model.pop.vulnerable.all()
    assert result.summary["vulnerable_participation_rate"] == pytest.approx(
        result.summary["participation_rate"]
    )
