"""'Probeer zelf': exercises that check an answer against the model and reply in Dutch.

Each function returns a :class:`Feedback` (``.ok``, ``.message``), shown as a green or red box in
a notebook. The right answer is never a hard-coded string: every check runs the model (a few
seeds, so it takes a second at most) and compares. One function per notebook:

======  ==============================  ====================================================
nb      function                        question
======  ==============================  ====================================================
00      :func:`check_first_run`         how many ideas came up in the first Arendonk run?
01      :func:`check_neighbourhood_guess`  which neighbourhood has more isolated residents?
02      :func:`check_control_guess`     more or fewer proposals when control goes up?
03      :func:`check_outreach_guess`    which outreach brings most vulnerable residents?
04      :func:`check_cost_guess`        more or fewer ideas in the frame when ideas cost more?
05      :func:`check_decision_rules`    which rule leaves the most money unspent here?
05      :func:`check_budget_split`      is your split of the budget allowed, and whose is it?
06      :func:`check_review_delay`      how many weeks does the review take at high control?
07      :func:`check_upkeep_guess`      more or fewer initiatives kept up with heavy upkeep?
08      :func:`check_bands_overlap`     do the 10-90% bands of your lab's scenarios overlap?
08      :func:`check_best_scenario`     which scenario of your lab gave the most trust?
09      :func:`check_experiment`        your experiment's median, or your experiment table
======  ==============================  ====================================================
"""

from .common import ANSWERS, NO_ANSWER, Feedback, compare, direction
from .decisions import (
    BALLOT_RULE_WORDS,
    RULE_WORDS,
    check_budget_split,
    check_decision_rules,
    check_empty_handed,
    rule_from,
)
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

__all__ = [
    "Feedback",
    "check_bands_overlap",
    "check_decision_rules",
    "check_experiment_table",
    "check_best_scenario",
    "check_budget_split",
    "check_control_guess",
    "check_cost_guess",
    "check_experiment",
    "check_first_run",
    "check_neighbourhood_guess",
    "check_outreach_guess",
    "check_review_delay",
    "check_upkeep_guess",
    "compare",
    "direction",
    # importable from here before the split too
    "ANSWERS",
    "BALLOT_RULE_WORDS",
    "NO_ANSWER",
    "OUTREACH_WORDS",
    "RULE_WORDS",
    "check_empty_handed",
    "outreach_from",
    "rule_from",
]
