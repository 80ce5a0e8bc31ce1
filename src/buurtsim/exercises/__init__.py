"""'Probeer zelf' ('Try it yourself'): exercises answered with buttons, checked against the
model, in the current language (Dutch or English).

In a notebook an exercise is a widget (:mod:`.widget`): answer buttons, a *Controleer* button,
and a green or red :class:`Feedback` box that says whether the answer is right, the figures it
was decided on, and **why**, naming the model's mechanism. The right answer is never written
down: it is computed when the participant checks.

- Questions about the model (:mod:`.questions`, ``ask("control")``) run every setting over the
  same 30 seeds (at least 20) and call a difference *more* or *less* only when it exceeds both a
  stated margin and two standard errors; otherwise "ongeveer gelijk" is right
  (:mod:`.verdict`). So the right answer does not depend on the seed.
- Questions about what a panel shows (``ask_first_run``, ``ask_rule``, ``ask_bands``) are judged
  on the panel as it is; a panel whose sliders moved since its last run is asked to run first.

======  ==============================================  ==========================================
nb      widget (and the function behind it)             question
======  ==============================================  ==========================================
00      ``ask_first_run`` (:func:`check_first_run`)      how many ideas came up in the panel's run?
01      ``ask("neighbourhood")``                         which neighbourhood has more isolated
                                                         residents?
02      ``ask("control")``                               more or fewer initiatives at control 0.9?
03      ``ask("outreach")``                              which outreach reaches most vulnerable
                                                         residents?
04      ``ask("cost")``                                  ideas in the frame when ideas cost 4x?
05      ``ask_rule`` (:func:`check_decision_rules`)      which rule leaves the most money unspent?
05      ``ask_empty_handed`` (:func:`check_empty_handed`)  fewest voters empty-handed, real ballots?
06      ``ask("review")``                                longer review at control 0.9?
07      ``ask("upkeep")``                                initiatives kept up with 8 hours upkeep?
08      ``ask_bands`` (:func:`check_bands_overlap`)      do the lab's 10-90% bands overlap?
09      ``ask_experiment()`` (:class:`ExperimentPanel`)  your own experiment: predict, then run it
09      :func:`check_experiment` (optional, in code)    is the experiment you coded fair?
======  ==============================================  ==========================================
"""

from .common import ANSWERS, Feedback, direction, no_answer
from .decisions import (
    BALLOT_RULE_WORDS,
    RULE_WORDS,
    check_budget_split,
    check_decision_rules,
    check_empty_handed,
    rule_from,
)
from .experiment import Experiment, ExperimentError
from .experiment_panel import ExperimentPanel, ask_experiment
from .guesses import (
    OUTREACH_WORDS,
    check_control_guess,
    check_cost_guess,
    check_first_run,
    check_neighbourhood_guess,
    check_outreach_guess,
    check_review_delay,
    check_upkeep_guess,
    outreach_from,
)
from .lab import check_bands_overlap, check_best_scenario, check_experiment, check_experiment_table
from .questions import QUESTIONS, Question, check, verdict
from .verdict import MIN_RUNS, RUNS, Verdict, decide_best, decide_direction
from .widget import Exercise, ask, ask_bands, ask_empty_handed, ask_first_run, ask_rule

__all__ = [
    "ANSWERS",
    "BALLOT_RULE_WORDS",
    "MIN_RUNS",
    "OUTREACH_WORDS",
    "QUESTIONS",
    "RULE_WORDS",
    "RUNS",
    "Exercise",
    "Experiment",
    "ExperimentError",
    "ExperimentPanel",
    "Feedback",
    "Question",
    "Verdict",
    "ask",
    "ask_experiment",
    "ask_bands",
    "ask_empty_handed",
    "ask_first_run",
    "ask_rule",
    "check",
    "check_bands_overlap",
    "check_best_scenario",
    "check_budget_split",
    "check_control_guess",
    "check_cost_guess",
    "check_decision_rules",
    "check_empty_handed",
    "check_experiment",
    "check_experiment_table",
    "check_first_run",
    "check_neighbourhood_guess",
    "check_outreach_guess",
    "check_review_delay",
    "check_upkeep_guess",
    "decide_best",
    "decide_direction",
    "direction",
    "no_answer",
    "outreach_from",
    "rule_from",
    "verdict",
]
