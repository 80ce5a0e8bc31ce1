"""09's "Probeer zelf": your own experiment, set up with widgets and predicted with buttons.

No typed code: a dropdown of parameters, two value fields, an outcome, a runs slider, and the
prediction buttons. Bad input is refused with a message naming the field; the verdict follows
the workbook's one rule (a margin and two standard errors), so a fixed setting gives the same
right answer for five different seeds. As in ``test_exercises.py``, no test knows a model figure.
"""

from __future__ import annotations

import re
import time

import pytest
from langscan import dutch_in, english_in

import buurtsim
from buurtsim import i18n
from buurtsim.exercises import ExperimentPanel, ask_experiment, measures
from buurtsim.exercises.experiment import (
    FEWEST_RUNS,
    OUTCOMES,
    PARAMETERS,
    Experiment,
    ExperimentError,
    read_value,
)
from buurtsim.experiments import OUTCOMES as MODEL_OUTCOMES

#: five seeds whose 30-run windows do not overlap (as in test_exercises.py)
SEEDS = (1, 1001, 2001, 3001, 4001)
#: a fixed setting: conflicts that escalate without mediation, from never to fast
ESCALATION = ("conflict.escalation_rate", 0.0, 1.0)


def test_the_panel_offers_schema_parameters_and_outcomes_and_asks_for_a_prediction_first():
    panel = ask_experiment()
    schema = buurtsim.parameters()
    assert [key for _label, key in panel.parameter.options] == list(PARAMETERS)
    assert ("Controle door de gemeente", "municipality.control") in panel.parameter.options
    assert panel.runs.min == FEWEST_RUNS >= 5 and panel.runs.value >= 20
    assert panel.prediction.options == (("hoger", "meer"), ("lager", "minder"),
                                        ("ongeveer gelijk", "gelijk"))  # fmt: skip
    assert panel.prediction.value is None
    assert not panel.check() and "Kies eerst" in panel.exercise.feedback.value
    panel.parameter.value = "municipality.control"  # its suggested values and what it allows
    assert (panel.value_a.value, panel.value_b.value) == ("0,3", "0,9")
    assert "Controle door de gemeente is een getal van 0 tot 1" in panel.allowed.value
    for key, (why, a, b) in PARAMETERS.items():
        info = schema[key]
        assert info.kind in (int, float) and info.ge <= min(a, b) < max(a, b) <= info.le, key
        assert i18n.t(why, "nl").startswith("Waarom: ") and i18n.t(why, "en").startswith("Why: ")
    assert set(OUTCOMES) <= set(MODEL_OUTCOMES) and all(m > 0 for m in OUTCOMES.values())


@pytest.mark.parametrize(
    ("field", "text", "said"),
    [
        ("value_a", "abc", ["Waarde A: 'abc' is geen getal", "een getal van 0 tot 1"]),
        ("value_a", "1e9", ["Waarde A: '1e9' is geen getal"]),
        ("value_b", "1,5", ["Waarde B: 1,5 kan niet", "een getal van 0 tot 1"]),
        ("value_b", "-0.2", ["Waarde B: -0,2 kan niet"]),
        ("value_a", "", ["Waarde A is leeg"]),
        ("value_a", "1", ["Waarde A en waarde B zijn allebei 1"]),
    ],
)
def test_a_bad_value_is_refused_with_a_message_naming_the_field(monkeypatch, field, text, said):
    def no_runs(*_args, **_kwargs):
        raise AssertionError("a refused experiment must not run")

    monkeypatch.setattr(measures, "prepare", no_runs)
    panel = ExperimentPanel()
    panel.prediction.value = "meer"
    getattr(panel, field).value = text
    fb = panel.check()
    assert not fb and panel.figure.value == "" and panel.plot_data is None
    for words in said:
        assert words in fb.message, fb.message
    assert "Traceback" not in fb.message and "Dit lukte niet" not in fb.message


def test_values_are_read_never_guessed():
    key, field = "municipality.control", "Waarde A"
    assert read_value("0,3", key, field) == read_value(" 0.3 ", key, field) == 0.3
    with pytest.raises(ExperimentError, match=r"'8\.000' kan 8 of 8000 betekenen"):
        read_value("8.000", "budget.amount", field)
    assert read_value("8000", "budget.amount", field) == 8000
    with pytest.raises(ExperimentError, match="Week van de startavond|week van de startavond"):
        read_value("2,5", "process.kickoff_week", field)  # a whole number is needed
    with pytest.raises(ExperimentError, match=r"Value B: '0\.3\.1' is not a number"):
        read_value("0.3.1", key, "Value B", "en")
    with pytest.raises(ExperimentError, match="choose at least 5"):
        Experiment(key, 0.1, 0.9, runs=3).validate("en")
    with pytest.raises(ExperimentError, match="Parameter: 'neighbourhood.name' kan hier niet"):
        Experiment("neighbourhood.name", 0.1, 0.9).validate()


def test_a_fixed_setting_has_one_right_answer_whatever_the_seed():
    started = time.perf_counter()
    answers: dict[str, set[str]] = {"conflicts_escalated": set(), "initiatives_realised": set()}
    details = []
    for seed in SEEDS:  # both outcomes come from the same runs: the second costs nothing
        for outcome, found in answers.items():
            v = Experiment(*ESCALATION, outcome=outcome, seed=seed).verdict()
            found.add(v.answer)
            details.append((seed, outcome, v.answer, round(v.diff, 3), round(v.noise, 3)))
    assert all(len(found) == 1 for found in answers.values()), details
    # the same seeds in the panel: only the right prediction holds
    for seed in SEEDS[:2]:
        panel = ExperimentPanel(*ESCALATION[:1], outcome="conflicts_escalated", seed=seed)
        right = []
        for prediction in ("meer", "minder", "gelijk"):
            panel.prediction.value = prediction
            if panel.check().ok:
                right.append(prediction)
        assert right == list(answers["conflicts_escalated"])
        assert "<img" in panel.figure.value and 'alt="' in panel.figure.value
    print(f"escalation 0 -> 1: {answers} over {len(SEEDS)} seeds "
          f"in {time.perf_counter() - started:.1f} s")  # fmt: skip


def _checked(lang: str, prediction: str, runs: int = 30) -> ExperimentPanel:
    panel = ExperimentPanel(runs=runs, lang=lang)
    panel.prediction.value = prediction
    panel.check()
    return panel


def test_the_feedback_in_dutch_names_the_figures_the_rule_and_the_mechanism():
    measures.forget()  # time a fresh check: 60 whole runs
    started = time.perf_counter()
    panel = _checked("nl", "minder")
    seconds = time.perf_counter() - started
    message = panel.last.message
    assert message.startswith(("Je voorspelling klopt: ", "Je voorspelling klopt niet: "))
    assert (
        "Gemiddeld over 30 simulaties per waarde, met dezelfde startgetallen (1 tot 30)" in message
    )
    assert "marge" in message and "standaardfouten" in message
    assert "Mediaan met 10-90%-band: Waarde A (0): " in message
    assert message.count("Waarom:") == 1 and i18n.t("exp_why_escalation", "nl") in message
    assert not re.search(r"\w+_\w+|\{", message), f"an untranslated key: {message}"
    assert not english_in(message), english_in(message)
    print(f"one check of the default experiment: {seconds:.1f} s")


def test_the_feedback_in_english_and_a_warning_below_twenty_runs():
    panel = _checked("en", "gelijk", runs=FEWEST_RUNS)
    message = panel.last.message
    assert message.startswith(("Your prediction holds: ", "Your prediction does not hold: "))
    assert f"On average over {FEWEST_RUNS} runs per value, on the same seeds (1 to 5)" in message
    assert "Careful: with fewer than 20 runs per value" in message
    assert message.count("Why:") == 1 and "Median with 10-90% band: Value A (0): " in message
    assert not dutch_in(message), dutch_in(message)
    assert panel.prediction.options[0] == ("higher", "meer")
    assert "Predict first" in panel.question.value
    panel.runs.value = 10  # a changed setting clears the verdict and the figure
    assert panel.exercise.feedback.value == "" and panel.figure.value == ""
