"""Step 7 of the method: the decision evening and the household poll [11].

Each voter's utility for a proposal is their taste for its theme, a bonus for their own street
and a penalty for a burden at their door. Voters judge a proposal by what they see: an idea for
a personal purpose looks like any other, so only the working sessions and the review stop it
(``framework.py``, ``review.py``). The rule named in ``process.decision_rule`` picks the
projects (``buurtsim.rules``).

An earlier version let a proposer's close contacts approve the proposer's idea whatever its
theme (``mechanisms.capture``, after elite capture in participatory budgeting [47]). No pattern
needed it: in a household poll of about 320 voters, a proposer's close ties add about 4
approvals to the 155 an average proposal gets, and switching it off changed no pattern (issue 8,
pattern-oriented modelling: a mechanism no pattern needs goes).

Constants are **assumptions** (see ``docs/odd.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..rules import DecisionProblem, decide
from .agents import Initiative, Status
from .conflicts import BURDEN_RADIUS, competition_conflicts
from .framework import find_trekker
from .themes import BURDEN, COLLEGE_TASTE, N_THEMES
from .trust import experience, feel
from .wellbeing import meet_among, took_part

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .model import BuurtbudgetModel

OWN_STREET = 0.8  # utility bonus for a project in the voter's own street (at their door)
APPROVAL_BAR = 0.8  # taste (1 = average) a voter needs to approve a project elsewhere
DECIDING_OWNERSHIP = 0.1  # ownership from deciding together (residents' rules only)


def withdraw_leaderless(model: BuurtbudgetModel) -> None:
    for idea in model.initiatives:
        if idea.status == Status.idea:
            find_trekker(model, idea)
            if idea.trekker is None:
                idea.status = Status.withdrawn
                idea.mark("withdrawn")


def decide_projects(model: BuurtbudgetModel) -> None:
    """Decision evening and household poll: the decision rule picks the projects."""
    sc = model.params
    withdraw_leaderless(model)
    options = [i for i in model.initiatives if i.status == Status.idea]
    model.proposals_to_decision = len(options)
    model.demand_at_decision = float(sum(i.cost for i in options))
    model.proposals_in_frame_at_decision = sum(i.criteria.all_met for i in options)
    voters = np.flatnonzero(model.aware & ~model.dropped)
    problem = decision_problem(model, options, voters)
    model.decision_inputs = (options, voters, problem)  # kept for the workbook's comparisons
    model.decision = decide(sc.process.decision_rule, problem)
    funded = model.decision.amounts > 0
    for idea, amount, yes in zip(options, model.decision.amounts, funded, strict=True):
        idea.mark("decided")
        if yes:
            fund(model, idea, float(amount))
        else:
            idea.status = Status.not_chosen
            feel(model, idea.supporters, ownership=-0.03)
    if sc.process.decision_rule == "college":
        overruled_by_college(model, options, voters, problem, funded)
    else:  # the promise of a say kept, for those whose favourites were chosen
        served = (
            problem.approvals[:, funded].any(axis=1)
            if funded.any()
            else np.zeros(voters.size, bool)
        )
        experience(model, voters[served], 1.0, weight=0.3)
    competition_conflicts(model, options, funded)
    # deciding together is itself a reason to meet, and a taste of ownership
    present = np.flatnonzero(model.active & ~model.dropped)
    meet_among(model, present, 1)
    took_part(model, present)
    if sc.process.decision_rule != "college":
        feel(model, present, ownership=DECIDING_OWNERSHIP)


def fund(model: BuurtbudgetModel, idea: Initiative, amount: float) -> None:
    idea.mark("funded")
    idea.amount = model.ledger.allocate(idea.unique_id, amount)
    idea.trimmed_at_decision = amount < idea.cost - 1e-6
    idea.scope = cut_scope(model, idea, 1.0)
    idea.status = Status.in_review
    idea.review_due = model.week + model.municipality.review_delay()


def cut_scope(model: BuurtbudgetModel, idea: Initiative, scope: float) -> float:
    """The share of the project its money still pays for. With ``mechanisms.scope_trim`` a trim
    cuts what is built; without it, the project stays whole for less money (as in Model 1)."""
    if not model.params.mechanisms.scope_trim or idea.cost <= 0:
        return scope
    return min(scope, idea.amount / idea.cost)


def overruled_by_college(model: BuurtbudgetModel, options, voters: np.ndarray,
                         problem: DecisionProblem, funded) -> None:  # fmt: skip
    """When the college decides, residents whose favourites it passed over feel overruled."""
    if not options:
        return
    wanted = decide("approval_greedy", problem).amounts > 0
    for idea, w, f in zip(options, wanted, funded, strict=True):
        if w and not f:
            feel(model, idea.supporters, ownership=-0.15, say=0.0)
    experience(model, voters, 0.0, weight=0.2)  # the college chose, not the residents


def decision_problem(model: BuurtbudgetModel, options: list[Initiative],
                     voters: np.ndarray) -> DecisionProblem:  # fmt: skip
    """Each voter's utility: taste for the theme, own street, minus the burden at the door."""
    p = model.pop
    themes = np.array([i.theme for i in options], dtype=np.int64)
    costs = np.array([i.cost for i in options], dtype=float)
    streets = np.array([i.street for i in options], dtype=np.int64)
    positions = np.array([i.position for i in options], dtype=np.int64)
    prefs = p.preferences[voters][:, themes] * N_THEMES
    same = p.street[voters][:, None] == streets[None, :]
    close = same & (np.abs(p.position[voters][:, None] - positions[None, :]) <= BURDEN_RADIUS)
    burden = close * BURDEN[themes][None, :] * (1 - p.tolerance[voters])[:, None] * 2
    utilities = prefs - APPROVAL_BAR + OWN_STREET * same - burden
    frame = np.array([1.0 if i.judged_in_frame is not False else 0.0 for i in options])
    budget = max(model.ledger.budget, 1.0)
    scores = COLLEGE_TASTE[themes] - costs / budget + 0.5 * frame - 0.3 * BURDEN[themes]
    return DecisionProblem(
        costs=costs,
        approvals=utilities > 0,
        utilities=utilities,
        municipal_scores=scores,
        budget=model.ledger.budget,
        max_trim=model.params.budget.max_trim,
    )
