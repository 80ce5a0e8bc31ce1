"""The panels that show Model 2's trade-offs: control at two frameworks, and the decision rules."""

from __future__ import annotations

import pandas as pd
import pytest

import buurtsim
from buurtsim.experiments.runs import who_benefits
from buurtsim.scenarios import with_overrides
from buurtsim.widgets import RulesPanel, TradeoffPanel, run_to_decision, tradeoff
from buurtsim.widgets.rules import WEAK, compare_rules, runs_that_differ, who_gets


@pytest.fixture(scope="module")
def short(arendonk):
    """Arendonk over 30 weeks: past the decision and the first realisations."""
    return with_overrides(arendonk, {"run.weeks": 30})


# --- TradeoffPanel ---------------------------------------------------------------------------
def test_tradeoff_panel_sweeps_control_at_both_frameworks_with_the_same_seeds(short):
    panel = TradeoffPanel(base=short, runs=2, seed=4)
    result = panel.result
    for clarity in tradeoff.CLARITIES:
        part = result[result["municipality.framework_clarity"] == clarity]
        assert sorted(part["municipality.control"].unique()) == list(tradeoff.CONTROL_VALUES)
        assert sorted(part["seed"].unique()) == sorted(result["seed"].unique())
    curves = panel.plot_data["curves"]
    assert len(curves) == len(tradeoff.CLARITIES) * len(tradeoff.CONTROL_VALUES)
    assert (curves["runs"] == 2).all()
    # the line is the mean of the runs at each point
    point = result[(result["municipality.framework_clarity"] == 0.2)
                   & (result["municipality.control"] == 0.4)]  # fmt: skip
    shown = curves[(curves["clarity"] == 0.2) & (curves["value"] == 0.4)]["mean"].iloc[0]
    assert shown == pytest.approx(point["initiatives_sustained"].mean())
    assert "vaag kader" in panel.status.value and "duidelijk kader" in panel.status.value


def test_tradeoff_panel_outcome_only_redraws(short, monkeypatch):
    panel = TradeoffPanel(base=short, runs=1)
    monkeypatch.setattr(tradeoff, "sweep_both", lambda *a, **k: pytest.fail("ran the model again"))
    panel.outcome.value = "ownership_end"
    assert panel.status.value.startswith("eigenaarschap")
    assert panel.plot_data["curves"]["mean"].between(0, 1).all()
    panel.run()  # same sliders: the cached sweep, no new runs


def test_best_control_is_the_highest_mean_and_the_lowest_on_a_tie():
    curve = pd.DataFrame({"value": [0.0, 0.4, 0.6, 1.0], "mean": [1.0, 3.0, 3.0, 0.5]})
    assert tradeoff.best_control(curve) == 0.4


def test_tradeoff_panel_refuses_an_unknown_outcome(short):
    with pytest.raises(ValueError, match="outcome must be one of"):
        TradeoffPanel(base=short, auto_run=False, outcome="adults")


# --- RulesPanel ------------------------------------------------------------------------------
def test_who_gets_agrees_with_the_models_own_count(short):
    """The panel's count of streets and empty-handed voters is the model's (summary.csv)."""
    for rule in ("equal_shares", "approval_greedy", "majority"):
        scenario = with_overrides(short, {**WEAK, "process.decision_rule": rule})
        setup = run_to_decision(scenario, 3)
        mine, model = who_gets(setup, rule), who_benefits(setup.model)
        assert mine["streets_served"] == model["streets_served"], rule
        assert mine["voters_empty_handed"] == pytest.approx(model["voters_empty_handed"]), rule


def test_rules_panel_starts_at_a_weak_speelveld_and_compares_the_same_runs(short):
    panel = RulesPanel(base=short, runs=4, seed=1)
    assert panel.controls["municipality.control"].value == WEAK["municipality.control"]
    clarity = panel.controls["municipality.framework_clarity"].value
    assert clarity == WEAK["municipality.framework_clarity"]
    table = panel.result
    per_rule = table.groupby("rule")["seed"].apply(sorted)
    assert all(seeds == per_rule.iloc[0] for seeds in per_rule)  # the same runs for every rule
    assert table["voters_empty_handed"].between(0, 1).all()
    means = panel.plot_data["means"].set_index("rule")
    eq = table[table["rule"] == "equal_shares"]["streets_served"].mean()
    assert means.loc["equal_shares", "streets_served"] == pytest.approx(eq)
    assert f"In {len(panel.differ)} van de" in panel.status.value


def test_runs_that_differ_compares_funded_sets():
    table = pd.DataFrame(
        {
            "seed": [1, 1, 2, 2],
            "rule": ["equal_shares", "approval_greedy"] * 2,
            "funded": [(0, 1), (0, 1), (0, 2), (1,)],
        }
    )
    assert runs_that_differ(table) == [2]


def test_a_run_without_a_decision_is_left_out(short):
    before = with_overrides(short, {"run.weeks": 5})  # ends before the decision evening
    assert compare_rules(before, [1, 2]).empty
    panel = RulesPanel(base=before, runs=2, auto_run=False)
    assert panel.run() is None and "beslissing" in panel.status.value


def test_rules_panel_start_at_the_base_when_asked(short):
    panel = RulesPanel(base=short, auto_run=False, start={})
    base = buurtsim.scenarios.flatten(short)
    assert panel.controls["municipality.control"].value == base["municipality.control"]


def test_compare_rules_gives_the_same_rows_on_two_processes(short):
    weak = with_overrides(short, WEAK)
    one = compare_rules(weak, range(1, 5))
    two = compare_rules(weak, range(1, 5), processes=2)
    assert len(one) and one.equals(two)
