"""The same scenario and seed give the same run, bit for bit, serially or in parallel."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import buurtsim
from buurtsim.scenarios import flatten, unflatten

SHORT = {"run.weeks": 60}


def assert_same_result(a: buurtsim.Result, b: buurtsim.Result) -> None:
    pd.testing.assert_series_equal(a.summary, b.summary, check_exact=True)
    pd.testing.assert_frame_equal(a.timeseries, b.timeseries, check_exact=True)
    pd.testing.assert_frame_equal(a.initiatives, b.initiatives, check_exact=True)
    pd.testing.assert_frame_equal(a.conflicts, b.conflicts, check_exact=True)


@pytest.mark.parametrize(
    "overrides",
    [{}, {"facilitator.outreach": "door_to_door"}, {"process.decision_rule": "equal_shares"}],
)
def test_same_scenario_and_seed_give_identical_runs(scenario_with, overrides):
    scenario = scenario_with(overrides)
    first = buurtsim.simulate(scenario, seed=11)
    second = buurtsim.simulate(scenario, seed=11)
    assert_same_result(first, second)
    assert len(first.initiatives) > 0  # something happened worth comparing


def test_scenario_as_file_dict_or_object_gives_the_same_run(scenario_dir):
    path = scenario_dir / "arendonk.yaml"
    scenario = buurtsim.load_scenario(path)
    nested = unflatten(flatten(scenario))
    runs = [buurtsim.simulate(s, seed=5) for s in (path, str(path), nested, scenario)]
    for other in runs[1:]:
        assert_same_result(runs[0], other)


def test_different_seeds_give_different_runs(scenario_with):
    scenario = scenario_with()
    a = buurtsim.simulate(scenario, seed=1)
    b = buurtsim.simulate(scenario, seed=2)
    outcomes = list(buurtsim.OUTCOMES)
    assert not a.summary[outcomes].equals(b.summary[outcomes])
    columns = ["aware_share", "cohesion", "ownership", "trust_municipality"]
    assert not np.array_equal(a.timeseries[columns].to_numpy(), b.timeseries[columns].to_numpy())
    assert a.summary["seed"] == 1 and b.summary["seed"] == 2


def test_a_run_does_not_depend_on_what_ran_before(scenario_with):
    scenario = scenario_with(SHORT)
    alone = buurtsim.simulate(scenario, seed=3)
    buurtsim.simulate(scenario_with({"budget.amount": 100}), seed=99)  # in between
    np.random.seed(12345)  # global random state must not leak in
    again = buurtsim.simulate(scenario, seed=3)
    assert_same_result(alone, again)


def test_ensemble_is_the_same_serially_and_in_parallel(scenario_with):
    scenario = scenario_with(SHORT)
    serial = buurtsim.ensemble(scenario, runs=6, seed=40, processes=1)
    parallel = buurtsim.ensemble(scenario, runs=6, seed=40, processes=2)
    pd.testing.assert_frame_equal(serial, parallel, check_exact=True)
    s_rows, s_ts = buurtsim.ensemble(scenario, runs=4, seed=40, processes=1, timeseries=True)
    p_rows, p_ts = buurtsim.ensemble(scenario, runs=4, seed=40, processes=2, timeseries=True)
    pd.testing.assert_frame_equal(s_rows, p_rows, check_exact=True)
    pd.testing.assert_frame_equal(s_ts, p_ts, check_exact=True)
    pd.testing.assert_frame_equal(s_rows, serial.iloc[:4], check_exact=True)
    assert len(s_ts) == 4 * 60
    assert sorted(s_ts["seed"].unique()) == [40, 41, 42, 43]


def same_value(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def test_every_ensemble_row_carries_its_seed_and_parameters(scenario_with):
    scenario = scenario_with({**SHORT, "municipality.control": 0.65})
    table = buurtsim.ensemble(scenario, runs=5, seed=7, processes=1)
    assert table["seed"].tolist() == [7, 8, 9, 10, 11]
    for column in buurtsim.OUTCOMES:
        assert column in table.columns, column
    flat = flatten(scenario)
    for key, value in flat.items():
        assert key in table.columns, key
        if value is None:  # an unset optional lever (announced_control: "as control")
            assert table[key].isna().all(), key
        else:
            assert (table[key] == value).all(), key
    # a lever that is set explicitly is carried as set
    promised = scenario_with({**SHORT, "municipality.announced_control": 0.2})
    table = buurtsim.ensemble(promised, runs=2, seed=7, processes=1)
    assert (table["municipality.announced_control"] == 0.2).all()


def test_rerunning_a_row_reproduces_it(scenario_with):
    scenario = scenario_with({**SHORT, "facilitator.outreach": "door_to_door"})
    table = buurtsim.ensemble(scenario, runs=4, seed=20, processes=2)
    parameter_keys = list(buurtsim.parameters())
    for _, row in table.iterrows():
        # rebuild the scenario from the row alone
        rebuilt = buurtsim.load_scenario(unflatten({k: row[k] for k in parameter_keys}))
        assert rebuilt == scenario
        again = buurtsim.simulate(rebuilt, seed=int(row["seed"])).summary
        for column in table.columns:
            assert same_value(again[column], row[column]), (column, again[column], row[column])


def test_ensemble_rows_match_single_runs(scenario_with):
    scenario = scenario_with(SHORT)
    table = buurtsim.ensemble(scenario, runs=3, seed=100, processes=1)
    for k, seed in enumerate((100, 101, 102)):
        single = buurtsim.simulate(scenario, seed=seed).summary
        pd.testing.assert_series_equal(
            table.iloc[k], single.astype(table.iloc[k].dtype), check_names=False, check_exact=True
        )


def test_sweep_rows_carry_the_swept_value_and_match_ensembles(scenario_with):
    scenario = scenario_with(SHORT)
    table = buurtsim.sweep(
        scenario, "municipality.control", [0.1, 0.9], runs=3, seed=5, processes=2
    )
    assert table["municipality.control"].tolist() == [0.1] * 3 + [0.9] * 3
    assert table["seed"].tolist() == [5, 6, 7] * 2
    for value in (0.1, 0.9):
        part = table[table["municipality.control"] == value].reset_index(drop=True)
        alone = buurtsim.ensemble(
            scenario_with({**SHORT, "municipality.control": value}), runs=3, seed=5
        )
        pd.testing.assert_frame_equal(part, alone, check_exact=True)
