"""The decisions of notebook 05: your own split of the budget, and which rule does what."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from .. import i18n
from ..scenarios import Scenario
from .common import Feedback, _base, _needs_answer, _plain, sentence


# --- 05 beslissen -----------------------------------------------------------------------------
@_needs_answer
def check_budget_split(
    split: Mapping[int, float] | Sequence[float],
    panel=None,
    scenario: str | Scenario = "arendonk",
    seed: int = 1,
    lang: str | None = None,
) -> Feedback:
    """05: is your split of the budget over the proposals allowed, and which rule agrees?

    ``split`` gives euro per proposal, in the order of the DecisionPanel's table (a list) or as
    ``{row number: euro}``. Allowed: no more than the budget in total, no proposal more than it
    costs, and a funded proposal trimmed by at most ``budget.max_trim`` (as in Arendonk). The
    proposals are those of ``panel`` (a DecisionPanel, its ``setup`` or its ``problem``) or of
    the scenario's run with ``seed``.
    """
    problem = _decision_problem(panel, scenario, seed)
    amounts = _split_amounts(split, problem.n_proposals, lang)
    if isinstance(amounts, Feedback):
        return amounts
    problems = _split_problems(amounts, problem, lang)
    if problems:
        return Feedback(False, i18n.tf("ex_split_not_allowed", lang, problems="; ".join(problems)))
    chosen = set(np.flatnonzero(amounts > 0))
    agree = _rules_that_agree(problem, chosen, lang)
    left = problem.budget - amounts.sum()
    return Feedback(
        True,
        i18n.tf(
            "ex_split_fits",
            lang,
            count=len(chosen),
            total=i18n.euro(amounts.sum(), lang=lang),
            left=i18n.euro(left, lang=lang),
            agree=agree,
        ),
    )


def _decision_problem(panel, scenario: str | Scenario, seed: int):
    """The DecisionProblem of ``panel``, or of the scenario's run with ``seed`` without one."""
    from ..widgets.decision import run_to_decision

    if panel is None:
        return run_to_decision(_base(scenario), seed).problem
    # a DecisionPanel, a DecisionSetup or a DecisionProblem
    return getattr(panel, "problem", panel)


def _split_amounts(
    split: Mapping[int, float] | Sequence[float], n: int, lang: str | None = None
) -> np.ndarray | Feedback:
    """Euro per proposal as an array of ``n`` amounts, or the Feedback on a split of the wrong
    shape."""
    if isinstance(split, Mapping):
        return _amounts_by_row(split, n, lang)
    amounts = np.asarray(list(split), dtype=float)
    if amounts.shape != (n,):
        return Feedback(False, i18n.tf("ex_split_one_each", lang, n=n, given=amounts.size))
    return amounts


def _amounts_by_row(
    split: Mapping[int, float], n: int, lang: str | None = None
) -> np.ndarray | Feedback:
    """``{row number: euro}`` as ``n`` amounts (0 for a row not named)."""
    amounts = np.zeros(n)
    for k, v in split.items():
        if not (isinstance(k, int | np.integer) and 0 <= k < n):
            return Feedback(False, i18n.tf("ex_split_no_row", lang, k=k, last=n - 1))
        amounts[int(k)] = float(v)
    return amounts


def _split_problems(amounts: np.ndarray, problem, lang: str | None = None) -> list[str]:
    """What is not allowed in a split, in ``lang`` (empty when it fits)."""
    problems = []
    if np.any(amounts < 0) or not np.all(np.isfinite(amounts)):
        problems.append(i18n.t("ex_split_negative", lang))
    if amounts.sum() > problem.budget + 0.5:
        total, budget = i18n.euro(amounts.sum(), lang=lang), i18n.euro(problem.budget, lang=lang)
        problems.append(i18n.tf("ex_split_over_budget", lang, total=total, budget=budget))
    for k in range(problem.n_proposals):
        cost = float(problem.costs[k])
        wrong = _proposal_problem(k, float(amounts[k]), cost, problem.max_trim, lang)
        if wrong:
            problems.append(wrong)
    return problems


def _proposal_problem(
    k: int, a: float, cost: float, max_trim: float, lang: str | None = None
) -> str | None:
    """Why ``a`` euro is not allowed for proposal ``k``, or None when it is."""
    amount, price = i18n.euro(a, lang=lang), i18n.euro(cost, lang=lang)
    if a > cost + 0.5:
        return i18n.tf("ex_split_over_cost", lang, k=k, amount=amount, cost=price)
    if 0 < a < (1 - max_trim) * cost - 0.5:
        trim = i18n.percent(max_trim, 0, lang)
        return i18n.tf("ex_split_trimmed", lang, k=k, trim=trim, amount=amount, cost=price)
    return None


def _rules_that_agree(problem, chosen: set, lang: str | None = None) -> str:
    """Which rules fund exactly the ``chosen`` proposals, as a sentence in ``lang``."""
    from ..widgets.decision import all_rules

    rules = all_rules(problem)
    same = [
        i18n.t(r, lang) for r in rules if set(np.flatnonzero(rules[r].to_numpy() > 0)) == chosen
    ]
    if same:
        return i18n.tf("ex_split_same_rules", lang, rules=", ".join(same))
    return i18n.t("ex_split_no_rule", lang)


RULE_WORDS = {
    "package": ("pakket", "package"),
    "majority": ("meerderheid", "majority"),
    "approval_greedy": ("meeste stemmen", "approval", "approval greedy", "goedkeuring"),
    "equal_shares": ("gelijke delen", "equal shares", "mes"),
    "college": ("college", "gemeente", "college beslist"),
}


def rule_from(answer: Any) -> str | None:
    """The rule key of a free answer ("pakket", "equal_shares", "het college beslist", ...)."""
    a = _plain(answer)
    for key, words in RULE_WORDS.items():
        if a == _plain(key) or any(_plain(w) == a for w in words):
            return key
    for key, words in RULE_WORDS.items():
        if any(_plain(w) in a for w in words):
            return key
    return None


@_needs_answer
def check_decision_rules(
    answer: Any, problem, question: str = "unspent", lang: str | None = None
) -> Feedback:
    """05: which rule leaves the most money unspent (``question="unspent"``) or funds the most
    proposals (``question="funded"``) on this DecisionProblem (``panel.problem``)? Every rule is
    applied to the same proposals; any rule tied for the top counts as right."""
    from ..rules import RULES

    if hasattr(problem, "problem"):  # a DecisionPanel or DecisionSetup
        problem = problem.problem
    said = rule_from(answer)
    if said is None:
        return _choose_a_rule(RULES, lang)
    if question not in ("unspent", "funded"):
        raise ValueError("question must be 'unspent' or 'funded'")
    score_of, fact = _QUESTIONS[question]
    score = {name: score_of(problem, rule(problem)) for name, rule in RULES.items()}
    facts = sentence("; ".join(fact(k, v, lang) for k, v in score.items()))
    best = max(score.values())
    winners = [k for k, v in score.items() if math.isclose(v, best, abs_tol=0.5)]
    return _top_rule_verdict(said, winners, facts, lang)


#: per question of check_decision_rules: a rule's score from its Decision, and a score in words
_QUESTIONS = {
    "unspent": (
        lambda problem, d: problem.budget - d.total,
        lambda k, v, lang: i18n.tf(
            "ex_rule_unspent", lang, rule=i18n.t(k, lang), amount=i18n.euro(v, lang=lang)
        ),
    ),
    "funded": (
        lambda _problem, d: float(len(d.funded)),
        lambda k, v, lang: i18n.tf("ex_rule_funded", lang, rule=i18n.t(k, lang), count=int(v)),
    ),
}


def _top_rule_verdict(
    said: str, winners: list[str], facts: str, lang: str | None = None
) -> Feedback:
    """Right when ``said`` is among the ``winners`` (naming the rules tied with it)."""
    if said in winners:
        also = [i18n.t(k, lang) for k in winners if k != said]
        tie = i18n.tf("ex_rule_tie", lang, rules=", ".join(also)) if also else ""
        rule = i18n.t(said, lang)
        return Feedback(True, i18n.tf("ex_rule_right", lang, rule=rule, tie=tie, facts=facts))
    rules = ", ".join(i18n.t(k, lang) for k in winners)
    return Feedback(False, i18n.tf("ex_rule_wrong", lang, rules=rules, facts=facts))


def _choose_a_rule(keys, lang: str | None = None) -> Feedback:
    """The reply to an answer that names none of the rules ``keys`` (by their names)."""
    names = ", ".join(f"'{i18n.t(k, lang)}'" for k in keys)
    return Feedback(False, i18n.tf("ex_rule_choose", lang, names=names))


#: words for the rules that only real ballots have (buurtsim.ballots), besides RULE_WORDS
BALLOT_RULE_WORDS = {
    "phragmen": ("phragmen", "phragmén"),
    "greedy_welfare": ("tevredenheid", "greedy welfare", "meeste tevredenheid"),
}


@_needs_answer
def check_empty_handed(answer: Any, comparison, lang: str | None = None) -> Feedback:
    """05: under which rule are the fewest voters left empty-handed, on these real ballots
    (a :class:`buurtsim.ballots.Comparison`)? Any rule tied for the fewest counts as right."""
    counts = comparison.empty_handed()["total"].to_dict()
    said = _ballot_rule_from(answer, counts)
    if said is None:
        return _choose_a_rule(counts, lang)
    fewest = min(counts.values())
    winners = [k for k, v in counts.items() if v == fewest]
    facts = "; ".join(f"{i18n.t(k, lang)}: {i18n.number(v, lang=lang)}" for k, v in counts.items())
    if said in winners:
        rule = i18n.t(said, lang)
        return Feedback(True, i18n.tf("ex_empty_right", lang, rule=rule, facts=facts))
    best = ", ".join(i18n.t(k, lang) for k in winners)
    return Feedback(False, i18n.tf("ex_empty_wrong", lang, rules=best, facts=facts))


def _ballot_rule_from(answer: Any, counts: Mapping[str, Any]) -> str | None:
    """The rule a free answer names among the rules of real ballots (the keys of ``counts``,
    read with RULE_WORDS and BALLOT_RULE_WORDS)."""
    if isinstance(answer, str) and answer in counts:  # a key, as the buttons give it
        return answer
    words = {k: v for k, v in RULE_WORDS.items() if k in counts} | BALLOT_RULE_WORDS
    key = rule_from(answer)
    said = key if key in counts else None
    return said or next((k for k, w in words.items() if _plain(answer) in map(_plain, w)), None)
