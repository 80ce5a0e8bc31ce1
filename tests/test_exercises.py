"""'Probeer zelf': answered with buttons, decided over enough runs that any seed gives the same
right answer, and explained in Dutch.

No test here knows a right answer or a model figure: the model is re-tuned from time to time.
They check that answers are computed consistently, over five seeds, and that the rule behind
them (a margin and two standard errors) does what it says.
"""

from __future__ import annotations

import re
import time
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

import buurtsim
from buurtsim import exercises as ex
from buurtsim import i18n
from buurtsim.rules import RULES, DecisionProblem
from buurtsim.widgets import DecisionPanel, RunPanel, run_to_decision

#: five seeds whose 30-run windows do not overlap
SEEDS = (1, 1001, 2001, 3001, 4001)


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
        ("ongeveer gelijk", "gelijk"),
        ("-", "minder"),
        ("fewer", "minder"),
        ("weet ik niet", None),
    ],
)
def test_direction_reads_free_answers(answer, expected):
    assert ex.direction(answer) == expected


# --- the rule: a margin and two standard errors -----------------------------------------------
def test_a_clear_difference_is_more_or_less():
    before = np.array([4.0, 5, 6, 5, 4, 6] * 4)
    assert ex.decide_direction(before, before + 2, margin=1).answer == "meer"
    v = ex.decide_direction(before, before - 2, margin=1)
    assert v.answer == "minder" and v.diff == pytest.approx(-2) and v.runs == 24
    assert v.means == {"before": pytest.approx(5), "after": pytest.approx(3)}


def test_a_difference_within_the_margin_is_about_the_same():
    before = np.array([4.0, 5, 6, 5, 4, 6] * 4)
    v = ex.decide_direction(before, before + 0.8, margin=1)
    assert v.answer == "gelijk" and v.se == pytest.approx(0)


def test_a_difference_within_chance_is_about_the_same_even_beyond_the_margin():
    rng = np.random.default_rng(0)
    before = rng.normal(5, 1, 20)
    after = before + 1.5 + rng.normal(0, 6, 20)  # mean shift 1.5 > margin, but noisy
    v = ex.decide_direction(before, after, margin=1)
    assert abs(v.diff) > v.margin and abs(v.diff) <= v.noise
    assert v.answer == "gelijk"


def test_the_best_must_beat_the_runner_up():
    base = np.array([1.0, 2, 3, 2, 1, 3] * 4)
    clear = ex.decide_best({"a": base, "b": base + 0.5, "c": base + 3}, margin=1)
    assert clear.answer == "c" and clear.diff == pytest.approx(2.5)
    close = ex.decide_best({"a": base, "b": base + 2.6, "c": base + 3}, margin=1)
    assert close.answer == "gelijk"


def test_a_question_is_never_decided_on_fewer_than_twenty_runs():
    with pytest.raises(ValueError, match="at least 20"):
        ex.verdict("control", runs=ex.MIN_RUNS - 1)
    assert ex.MIN_RUNS >= 20 and ex.RUNS >= ex.MIN_RUNS


# --- every question about the model: the same right answer for five seeds ---------------------
@pytest.mark.parametrize("key", list(ex.QUESTIONS))
def test_every_question_has_one_right_answer_whatever_the_seed(key):
    started = time.perf_counter()
    verdicts = [ex.verdict(key, seed=s) for s in SEEDS]
    answers = {v.answer for v in verdicts}
    details = [(v.answer, round(v.diff, 3), round(v.se, 3)) for v in verdicts]
    assert len(answers) == 1, f"{key}: the right answer depends on the seed: {details}"
    q = ex.QUESTIONS[key]
    assert answers <= set(q.options())
    assert all(v.runs >= ex.MIN_RUNS for v in verdicts)
    for seed in SEEDS[:2]:  # the buttons agree with the verdict (the runs are kept: no cost)
        right = [o for o in q.options() if ex.check(key, o, seed=seed).ok]
        assert right == list(answers)
    print(
        f"{key}: {answers.pop()} over {len(SEEDS)} seeds in {time.perf_counter() - started:.1f} s"
    )


@pytest.mark.parametrize("key", list(ex.QUESTIONS))
def test_the_feedback_names_the_figures_the_rule_and_the_mechanism(key):
    q = ex.QUESTIONS[key]
    v = ex.verdict(key, seed=SEEDS[0])
    wrong = next(o for o in q.options() if o != v.answer)
    fb = ex.check(key, wrong, seed=SEEDS[0])
    assert not fb
    assert i18n.t(v.answer) in fb.message  # it says what is right
    assert f"Gemiddeld over {v.runs} simulaties" in fb.message
    assert "marge" in fb.message and "standaardfouten" in fb.message
    assert i18n.t(f"why_{key}") in fb.message and fb.message.count("Waarom:") == 1
    assert not re.search(r"\w+_\w+|\{", fb.message), f"an untranslated key: {fb.message}"


def test_free_answers_still_work_for_scripts():
    right = ex.verdict("upkeep", seed=SEEDS[0]).answer
    words = {"meer": "er blijven er meer", "minder": "minder", "gelijk": "ongeveer gelijk"}
    assert ex.check_upkeep_guess(words[right], seed=SEEDS[0])
    unknown = ex.check_upkeep_guess("misschien", seed=SEEDS[0])
    assert not unknown and "ongeveer gelijk" in unknown.message
    best = ex.verdict("outreach", seed=SEEDS[0]).answer
    if best != "gelijk":
        assert ex.check_outreach_guess(i18n.t(best), seed=SEEDS[0])
    assert not ex.check_control_guess(None) and "Vul eerst" in ex.check_control_guess(None).message


# --- the widgets ------------------------------------------------------------------------------
def test_an_exercise_is_answered_with_buttons_and_explains_in_dutch():
    exercise = ex.ask("upkeep", seed=SEEDS[0])
    assert exercise.answer.options == (("meer", "meer"), ("minder", "minder"),
                                       ("ongeveer gelijk", "gelijk"))  # fmt: skip
    assert exercise.answer.value is None
    assert not exercise.check() and "Kies eerst" in exercise.feedback.value
    right = ex.verdict("upkeep", seed=SEEDS[0]).answer
    exercise.answer.value = right
    exercise.check_button.click()
    assert (
        exercise.last.ok
        and "Juist" in exercise.feedback.value
        and "Waarom" in exercise.last.message
    )


def test_an_exercise_that_fails_says_so_in_dutch_without_a_traceback():
    def broken(_answer):
        raise RuntimeError("kapot")

    exercise = ex.Exercise(broken, ("ja", "nee"))
    exercise.answer.value = "ja"
    fb = exercise.check()
    assert not fb and fb.message == "Dit lukte niet: kapot"
    assert not exercise.check_button.disabled


def test_first_run_is_read_off_the_panel_for_any_seed():
    for seed in SEEDS:
        panel = RunPanel(base="arendonk", seed=seed)
        truth = int(panel.result.summary["proposals"])
        exercise = ex.ask_first_run(panel)
        exercise.answer.value = truth
        assert exercise.check(), seed
        exercise.answer.value = truth + 2
        assert "minder" in exercise.check().message
    panel.controls["municipality.control"].value = 0.9
    exercise.answer.value = truth
    assert "klik eerst op Simuleer" in exercise.check().message


def _most_unspent(problem) -> set[str]:
    unspent = {k: problem.budget - r(problem).total for k, r in RULES.items()}
    return {k for k, v in unspent.items() if v >= max(unspent.values()) - 0.5}


def test_the_rule_question_is_judged_on_what_the_panel_shows_for_any_seed():
    for seed in SEEDS:
        panel = DecisionPanel(base="arendonk", seed=seed, runs=1, scarce=True)
        assert panel.problem.costs.sum() > panel.problem.budget  # they ask more than there is
        exercise = ex.ask_rule(panel)
        for rule in RULES:
            exercise.answer.value = rule
            assert exercise.check().ok == (rule in _most_unspent(panel.problem)), (seed, rule)
    panel.controls["facilitator.hours_per_week"].value = 2
    assert "klik eerst op Simuleer" in exercise.check().message
    panel.run()
    assert exercise.check().ok == (exercise.answer.value in _most_unspent(panel.problem))


def test_empty_handed_follows_the_chosen_ballots():
    from buurtsim.ballots import compare, load, pabulib_file

    exercise = ex.ask_empty_handed()
    files = exercise.widget.children[0]
    assert "Netherlands_Amsterdam_588.pb" in files.options
    for name in ("Netherlands_Amsterdam_522.pb", "Netherlands_Amsterdam_588.pb"):
        files.value = name
        counts = compare(load(pabulib_file(name))).empty_handed()["total"]
        for rule in counts.index:
            exercise.answer.value = rule
            assert exercise.check().ok == (counts[rule] == counts.min()), (name, rule)


def test_bands_are_judged_on_the_lab_as_it_shows():
    result = pd.DataFrame(
        {
            "scenario": ["A"] * 5 + ["B"] * 5,
            "initiatives_realised": [1, 2, 3, 4, 5, 3, 4, 5, 6, 7],
        }
    )
    lab = SimpleNamespace(result=result, stale=False)
    exercise = ex.ask_bands(lab)
    exercise.answer.value = "ja"
    assert exercise.check()
    lab.result = result.assign(initiatives_realised=[1, 1, 1, 1, 1, 9, 9, 9, 9, 9])
    assert not exercise.check()
    lab.stale = True
    assert "klik eerst op Simuleer" in exercise.check().message


# --- the checks behind the reading questions --------------------------------------------------
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
