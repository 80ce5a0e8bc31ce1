"""Step 6 of the method: working sessions check each idea against the framework [10].

The facilitator and the working group test ideas against the criteria; a vague framework gives
misjudgements both ways. Ideas judged outside the frame go to the council or OCMW. Residents
take homework: a smaller, realistic version of an over-ambitious idea, the neighbours' help, a
maintenance agreement. A smaller version is the realistic project, not a cut: its scope stays
whole (``scope_trim`` is about trims of a realistic project, in the decision and the review).

Constants are **assumptions** (see ``docs/odd.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .agents import Initiative, Status
from .conflicts import raise_objections
from .ideas import propose
from .trust import feel
from .wellbeing import meet_among, took_part

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .model import BuurtbudgetModel

HOMEWORK_GUIDED = 0.5  # weekly chance to mend a fixable problem with the facilitator's check
HOMEWORK_ALONE = 0.15  # the same without a check
MIN_TREKKER_HOURS = 0.5  # weekly hours a lead resident needs to have for the project
CORE_IDEA = 0.2  # weekly chance (times propose_rate) a core member adds an idea


def check_accuracy(clarity: float) -> float:
    """Chance that a check against the framework judges an idea right: clearer is easier."""
    return 0.6 + 0.4 * clarity


def work_out(model: BuurtbudgetModel) -> None:
    """Working sessions: check ideas against the framework, find a trekker, do homework."""
    sc = model.params
    clarity = model.municipality.framework_clarity
    check_cost = sc.facilitator.check_hours * (1.5 - 0.5 * clarity)
    core = np.flatnonzero(model.core & ~model.dropped)
    took_part(model, core)
    for i in core:
        if model.rng.random() < CORE_IDEA * sc.residents.propose_rate:
            propose(model, int(i))
    for idea in [i for i in model.initiatives if i.status == Status.idea]:
        if not idea.objections_raised:  # once it is drawn on the map
            raise_objections(model, idea)
        if not idea.checked and model.facilitator.take("checks", check_cost):
            check_against_framework(model, idea)
        if idea.status != Status.idea:
            continue
        find_trekker(model, idea)
        do_homework(model, idea)
    meet_among(model, core, 2)


def check_against_framework(model: BuurtbudgetModel, idea: Initiative) -> None:
    """The facilitator and the working group test an idea; a vague frame gives misjudgements."""
    truth = idea.criteria.all_met
    right = model.rng.random() < check_accuracy(model.municipality.framework_clarity)
    idea.checked = True
    idea.judged_in_frame = truth if right else not truth
    extra_ok = all(rule(idea) for rule in model.municipality.extra_rules)
    if not extra_ok:  # a rule the municipality added: no homework can mend it
        idea.judged_in_frame = False
    if not idea.judged_in_frame and not (idea.criteria.fixable and right and extra_ok):
        # outside the frame: passed on to the council or OCMW [10]
        idea.status = Status.redirected
        idea.mark("redirected")
        if truth:  # wrongly turned away
            feel(model, idea.supporters, ownership=-0.1, say=0.0, weight=0.3)


def find_trekker(model: BuurtbudgetModel, idea: Initiative) -> None:
    if idea.trekker is not None and not model.dropped[idea.trekker]:
        return
    idea.trekker = None
    p = model.pop
    share = model.params.residents.volunteer_share
    cands = [s for s in idea.supporters if not model.dropped[s]]
    cands = [s for s in cands if p.free_time[s] * share >= MIN_TREKKER_HOURS]
    if cands:
        idea.trekker = max(cands, key=lambda s: p.free_time[s])


def do_homework(model: BuurtbudgetModel, idea: Initiative) -> None:
    """Compare prices, plan the neighbours' help, agree on maintenance [10]."""
    c = idea.criteria
    clarity = model.municipality.framework_clarity
    chance = HOMEWORK_GUIDED if idea.checked else HOMEWORK_ALONE
    limit = model.params.budget.max_project_share * model.ledger.budget
    if (idea.ambitious or not c.cost_ok) and model.rng.random() < chance:
        # a smaller, realistic version: compare prices, fewer items, neighbours' own materials
        idea.cost = idea.cost / model.rng.uniform(1.5, 3.0)
        idea.ambitious = False
        c.feasible = True
        c.cost_ok = idea.cost <= limit
    if (
        not c.maintenance
        and idea.trekker is not None
        and model.rng.random() < chance * (0.5 + clarity)
    ):
        c.maintenance = True
