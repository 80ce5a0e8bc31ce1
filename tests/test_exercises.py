"""'Probeer zelf': each check agrees with the model and answers in Dutch."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

import buurtsim
from buurtsim import exercises as ex
from buurtsim.rules import RULES, DecisionProblem
from buurtsim.widgets import run_to_decision


def test_feedback_shows_as_a_coloured_box():
    good, bad = ex.Feedback(True, "Juist <3"), ex.Feedback(False, "Nee")
    assert good and not bad
    assert "#1b5e20" in good._repr_html_() and "&lt;3" in good._repr_html_()
    assert "#b71c1c" in bad._repr_html_()
    assert str(bad).startswith("✘")


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("meer", "meer"),
        ("Minder.", "minder"),
        ("  MEER! ", "meer"),
        ("er komen er minder", "minder"),
        ("hetzelfde", "gelijk"),
        ("-", "minder"),
        ("fewer", "minder"),
        ("weet ik niet", None),
    ],
)
def test_direction_reads_free_answers(answer, expected):
    assert ex.direction(answer) == expected


def test_compare_uses_a_relative_margin():
    assert ex.compare([10, 10], [12, 12]) == "meer"
    assert ex.compare([10, 10], [10.5, 10.5]) == "gelijk"
    assert ex.compare([10], [5]) == "minder"


def test_an_empty_answer_gets_a_reminder_not_a_verdict():
    for check in (
        ex.check_first_run,
        ex.check_control_guess,
        ex.check_outreach_guess,
        ex.check_upkeep_guess,
        ex.check_review_delay,
    ):
        fb = check(None)
        assert not fb and "Vul eerst je antwoord in" in fb.message


def test_first_run_is_checked_against_the_model(arendonk):
    truth = int(buurtsim.simulate(arendonk, seed=3).summary["proposals"])
    assert ex.check_first_run(truth, arendonk, seed=3)
    wrong = ex.check_first_run(truth + 2, arendonk, seed=3)
    assert not wrong and "minder" in wrong.message
    assert not ex.check_first_run("zeven", arendonk, seed=3)


def _exactly_one(check, answers, **kwargs) -> str:
    verdicts = {a: check(a, **kwargs).ok for a in answers}
    right = [a for a, ok in verdicts.items() if ok]
    assert len(right) == 1, verdicts
    return right[0]


def test_control_guess_agrees_with_the_model(scenario_with):
    runs, seed = 3, 20
    outcome = "proposals"
    before = [
        buurtsim.simulate(scenario_with({"municipality.control": 0.3}), seed=seed + k).summary[
            outcome
        ]
        for k in range(runs)
    ]
    after = [
        buurtsim.simulate(scenario_with({"municipality.control": 0.9}), seed=seed + k).summary[
            outcome
        ]
        for k in range(runs)
    ]
    truth = ex.compare(before, after)
    right = _exactly_one(
        ex.check_control_guess, ["meer", "minder", "gelijk"], runs=runs, seed=seed, outcome=outcome
    )
    assert right == truth
    assert not ex.check_control_guess("misschien", runs=1)


def test_neighbourhood_and_outreach_guesses_have_one_right_answer():
    _exactly_one(ex.check_neighbourhood_guess, ["Arendonk", "Olmen"], seeds=(1,))
    right = _exactly_one(
        ex.check_outreach_guess, ["infoavond", "huis aan huis", "kerngroep"], runs=2
    )
    assert right in ("infoavond", "huis aan huis", "kerngroep")


def test_cost_and_upkeep_guesses_have_one_right_answer():
    _exactly_one(ex.check_cost_guess, ["meer", "minder", "gelijk"], runs=2)
    _exactly_one(ex.check_upkeep_guess, ["meer", "minder", "gelijk"], runs=2)


def test_review_delay_within_tolerance(scenario_with):
    from buurtsim.widgets.realisation import delays

    sc = scenario_with({"municipality.control": 0.9})
    d = pd.concat([delays(buurtsim.simulate(sc, seed=1 + k)) for k in range(2)])
    truth = d["review_delay"].mean()
    assert ex.check_review_delay(truth, control=0.9, runs=2)
    assert not ex.check_review_delay(truth + 30, control=0.9, runs=2)


def _problem() -> DecisionProblem:
    approvals = np.array([[1, 1, 0], [1, 0, 1], [0, 1, 1], [1, 1, 1]], dtype=bool)
    return DecisionProblem(
        costs=np.array([3000.0, 4000.0, 5000.0]),
        approvals=approvals,
        utilities=approvals.astype(float),
        municipal_scores=np.array([1.0, 0.0, 2.0]),
        budget=8000.0,
        max_trim=0.3,
    )


def test_budget_split_rules_of_the_game():
    problem = _problem()
    assert ex.check_budget_split([3000, 4000, 0], problem)
    over = ex.check_budget_split([3000, 4000, 5000], problem)
    assert not over and "meer dan het budget" in over.message
    cut = ex.check_budget_split([1000, 4000, 0], problem)
    assert not cut and "ingekort" in cut.message
    too_much = ex.check_budget_split({0: 3500}, problem)
    assert not too_much and "kost maar" in too_much.message
    assert not ex.check_budget_split([1, 2], problem)


def test_budget_split_names_the_rules_that_agree(arendonk):
    setup = run_to_decision(arendonk, seed=4)
    package = RULES["package"](setup.problem).amounts
    fb = ex.check_budget_split(list(package), setup)
    assert fb and "pakket" in fb.message


def test_decision_rules_any_rule_tied_for_the_top_is_right():
    problem = _problem()
    unspent = {k: problem.budget - r(problem).total for k, r in RULES.items()}
    best = max(unspent.values())
    for rule, left in unspent.items():
        assert ex.check_decision_rules(rule, problem).ok == np.isclose(left, best, atol=0.5)
    assert not ex.check_decision_rules("loting", problem)
    assert ex.rule_from("het college beslist") == "college"
    assert ex.rule_from("gelijke delen") == "equal_shares"


def test_bands_overlap_and_best_scenario_on_a_hand_made_lab():
    result = pd.DataFrame(
        {
            "scenario": ["A"] * 5 + ["B"] * 5,
            "initiatives_realised": [1, 2, 3, 4, 5, 3, 4, 5, 6, 7],
            "trust_municipality_end": [0.4] * 5 + [0.5] * 5,
        }
    )
    assert ex.check_bands_overlap("ja", result)
    assert not ex.check_bands_overlap("nee", result)
    apart = result.assign(initiatives_realised=[1, 1, 1, 1, 1, 9, 9, 9, 9, 9])
    assert ex.check_bands_overlap("nee", apart)
    lab = SimpleNamespace(result=result)
    assert ex.check_best_scenario("b", lab)
    assert not ex.check_best_scenario("A", lab)
    assert not ex.check_best_scenario("C", lab)


def test_experiment_median_and_table(arendonk):
    overrides = {"conflict.escalation_rate": 0.5}
    sc = buurtsim.scenarios.with_overrides(arendonk, overrides)
    table = buurtsim.ensemble(sc, runs=3, seed=1)
    median = table["conflicts_escalated"].median()
    assert ex.check_experiment(median, overrides=overrides, runs=3, seed=1)
    assert not ex.check_experiment(median + 1, overrides=overrides, runs=3, seed=1)
    sweep = buurtsim.sweep(arendonk, "municipality.control", [0.1, 0.9], runs=2, seed=1)
    assert ex.check_experiment(sweep, min_runs=2)
    assert not ex.check_experiment(sweep.head(3), min_runs=2)
    assert not ex.check_experiment(sweep.assign(proposals=sweep["proposals"] + 1), min_runs=2)
    assert not ex.check_experiment(sweep[sweep["municipality.control"] == 0.1], min_runs=2)
