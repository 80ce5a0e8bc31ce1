"""The guesses of notebooks 00-04, 06 and 07 as functions: a number read off the panel, or a
question about the model (:mod:`.questions`), checked by running it.

The notebooks ask these through buttons (:class:`buurtsim.exercises.Exercise`); the functions
take a free answer too ("meer", "huis aan huis", "Olmen"), for scripts and tests.
"""

from __future__ import annotations

from typing import Any

from .. import i18n
from ..experiments import simulate
from ..scenarios import Scenario
from .common import Feedback, _base, _needs_answer
from .questions import OUTREACH_WORDS, answer_key, check, outreach_from
from .verdict import RUNS

__all__ = [
    "OUTREACH_WORDS",
    "check_control_guess",
    "check_cost_guess",
    "check_first_run",
    "check_neighbourhood_guess",
    "check_outreach_guess",
    "check_review_delay",
    "check_upkeep_guess",
    "outreach_from",
]


# --- 00 welkom --------------------------------------------------------------------------------
@_needs_answer
def check_first_run(
    answer: Any, scenario: str | Scenario = "arendonk", seed: int = 1, lang: str | None = None
) -> Feedback:
    """00: how many ideas (proposals) came up in the run of ``scenario`` with this seed?"""
    truth = int(simulate(_base(scenario), seed=seed).summary["proposals"])
    try:
        given = int(round(float(str(answer).replace(",", "."))))
    except ValueError:
        return Feedback(False, i18n.tf("ex_first_number", lang, answer=answer))
    if given == truth:
        return Feedback(True, i18n.tf("ex_first_right", lang, truth=truth, seed=seed))
    hint = i18n.t("meer" if truth > given else "minder", lang)
    return Feedback(False, i18n.tf("ex_first_wrong", lang, hint=hint, given=given))


def _guess(key: str, doc: str):
    """A check of question ``key`` that takes a free answer."""

    @_needs_answer
    def guess(answer: Any, seed: int = 1, runs: int = RUNS, lang: str | None = None) -> Feedback:
        said = answer_key(key, answer)
        if said is None:
            options = ", ".join(f"'{i18n.t(o, lang)}'" for o in _options(key))
            return Feedback(False, i18n.tf("ex_unknown", lang, answer=answer, options=options))
        return check(key, said, seed=seed, runs=runs, lang=lang)

    guess.__name__ = guess.__qualname__ = f"check_{key}"
    guess.__doc__ = doc
    return guess


def _options(key: str) -> tuple[str, ...]:
    from .questions import QUESTIONS

    return QUESTIONS[key].options()


check_neighbourhood_guess = _guess(
    "neighbourhood", "01: which neighbourhood has the larger share of isolated residents?"
)
check_control_guess = _guess(
    "control", "02: more or fewer initiatives realised at control 0.9 than at 0.3?"
)
check_outreach_guess = _guess(
    "outreach", "03: which outreach brings the largest share of vulnerable residents?"
)
check_cost_guess = _guess(
    "cost", "04: more or fewer ideas inside the framework when ideas cost 4 times as much?"
)
check_review_delay = _guess(
    "review", "06: longer or shorter waits for the review at control 0.9 than at 0.3?"
)
check_upkeep_guess = _guess(
    "upkeep", "07: more or fewer initiatives still kept up when upkeep asks 8 hours a week?"
)
