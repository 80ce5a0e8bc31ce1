"""Step 8 of the method: volunteers realise the approved projects.

A lead resident (*trekker*) and helpers put in their hours; helpers keep coming while the others
do too (conditional cooperation in public goods games, METHOD.md "known ideas"). The facilitator
lends an hour a week; municipal support (``municipality.support``: technical service, permits)
shortens the preparation and adds hours (``mechanisms.support``). A trim cuts the project's
scope, not the work (``mechanisms.scope_trim``). With ``mechanisms.breach_consequences``, a
funded idea that was not feasible needs far more work and may fail outright; support can rescue
it. A realised project that serves a personal purpose reaches only a few residents.

Constants are **assumptions** (see ``docs/odd.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import numpy as np

from .agents import Initiative, Status
from .conflicts import burden_objection
from .outreach import join, join_utility, sigmoid
from .themes import N_THEMES
from .trust import feel
from .wellbeing import meet_pairs, took_part

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .model import BuurtbudgetModel

MAX_HELPERS = 4  # helpers per initiative
STALL_LIMIT = 12  # weeks an initiative waits for a new lead before it is abandoned
RECIPROCITY_QUORUM = 0.5  # share of helpers turning up that keeps the others' willingness up
RECIPROCITY_STEP = 0.05  # weekly rise of willingness (it falls twice as fast)
SUPPORT_HOURS = 1.0  # facilitator hours per initiative per week during realisation
TECH_HOURS = 3.0  # weekly hours of the municipal technical service at full support
PERMIT_SPEEDUP = 0.6  # share of the preparation weeks full support saves (permits, orders)
INFEASIBLE_WORK = 2.5  # an over-ambitious project needs this many times the work
INFEASIBLE_FAIL = 0.1  # weekly chance it fails (permit refused, not buildable), no support
UNWANTED_BURDEN = 3.0  # an unwanted or unsafe project bothers its neighbours this much more
WRONG_STREET = 0.5  # weight of a failure, removal or capture for the project's street
WRONG_WORD = 0.15  # weight of the same for everyone who knows of the buurtbudget
DISCOURAGED = 0.3  # share of willingness other projects' helpers lose when money went wrong
CAPTURED_REACH = 0.2  # share of the neighbourhood a personal-purpose project reaches


def support_level(model: BuurtbudgetModel) -> float:
    return model.params.municipality.support if model.params.mechanisms.support else 0.0


def start_realisation(model: BuurtbudgetModel, idea: Initiative) -> None:
    """Approved: plan the work, order materials, ask the neighbours who liked it to help."""
    idea.status = Status.in_progress
    idea.mark("approved")
    sc = model.params
    work = idea.cost if sc.mechanisms.scope_trim else idea.amount
    idea.hours_needed = 5.0 + sc.process.hours_per_1000_euro * work / 1000
    if idea.infeasible:
        idea.hours_needed *= INFEASIBLE_WORK
    prep = sc.process.preparation_weeks * (1 - PERMIT_SPEEDUP * support_level(model))
    idea.ready_week = model.week + int(round(prep))
    p = model.pop
    street = np.flatnonzero((p.street == idea.street) & model.aware & ~model.dropped)
    street = street[street != idea.trekker]
    if street.size:
        liking = p.preferences[street, idea.theme] * N_THEMES
        u = join_utility(model)[street] + liking - 1.0
        willing = street[model.rng.random(street.size) < sigmoid(u)]
        idea.helpers = [int(h) for h in model.rng.permutation(willing)[:MAX_HELPERS]]
        join(model, np.array(idea.helpers, dtype=np.int64))


def _lead(model: BuurtbudgetModel, idea: Initiative) -> bool:
    """Whether the project has a living trekker; a helper may take over; else it stalls."""
    if idea.trekker is not None and not model.dropped[idea.trekker]:
        return True
    idea.trekker = None
    idea.stalled_weeks += 1
    living = [h for h in idea.helpers if not model.dropped[h]]
    if living and model.rng.random() < 0.3:
        idea.trekker = max(living, key=lambda h: model.pop.free_time[h])
        idea.helpers.remove(idea.trekker)
        idea.stalled_weeks = 0
        return True
    if idea.stalled_weeks > STALL_LIMIT:
        idea.status = Status.abandoned
        idea.mark("abandoned")
        model.ledger.release(idea.unique_id)
        idea.amount = 0.0
    return False


def _cooperate(model: BuurtbudgetModel, idea: Initiative, helpers: np.ndarray) -> np.ndarray:
    """Conditional cooperation: a helper turns up while the others did too."""
    willing = idea.reciprocity * (0.5 + 0.5 * model.pop.ownership[helpers])
    came = helpers[model.rng.random(helpers.size) < willing]
    if helpers.size:
        if came.size >= RECIPROCITY_QUORUM * helpers.size:
            idea.reciprocity = min(1.0, idea.reciprocity + RECIPROCITY_STEP)
        else:
            idea.reciprocity *= 1 - 2 * RECIPROCITY_STEP
    return came


def realise(model: BuurtbudgetModel) -> None:
    """Volunteers put in hours; the facilitator and the municipality support."""
    for idea in model.initiatives:
        if idea.status != Status.in_progress or model.week < idea.ready_week:
            continue
        if not _lead(model, idea):
            continue
        if idea.infeasible and model.rng.random() < INFEASIBLE_FAIL * (1 - support_level(model)):
            fail(model, idea)
            continue
        work_week(model, idea)


def work_week(model: BuurtbudgetModel, idea: Initiative) -> None:
    """One week of work on a project with a lead: who came, their hours, and the support."""
    ft = model.pop.free_time
    helpers = np.array([h for h in idea.helpers if not model.dropped[h]], dtype=np.int64)
    came = _cooperate(model, idea, helpers)
    hours = model.params.residents.volunteer_share * (ft[idea.trekker] + ft[came].sum())
    hours += TECH_HOURS * support_level(model)
    if model.facilitator.take("support", SUPPORT_HOURS):
        hours += SUPPORT_HOURS
    idea.hours_done += hours
    took_part(model, np.r_[idea.trekker, came])
    meet_pairs(model, [(idea.trekker, int(h)) for h in came])
    if idea.hours_done >= idea.hours_needed:
        complete(model, idea)


def went_wrong(model: BuurtbudgetModel, idea: Initiative) -> None:
    """Word that public money went wrong spreads: the street most, everyone who knows a little.
    Residents hold the municipality, which let it through, to account; and volunteers who see
    the common pot abused give less to the other projects (conditional cooperation, Fischbacher,
    Gächter and Fehr 2001)."""
    feel(model, np.flatnonzero(model.pop.street == idea.street), say=0.0, weight=WRONG_STREET)
    feel(model, np.flatnonzero(model.aware), say=0.0, weight=WRONG_WORD)
    for other in model.initiatives:
        if other.status == Status.in_progress:
            other.reciprocity *= 1 - DISCOURAGED


def fail(model: BuurtbudgetModel, idea: Initiative) -> None:
    """Not feasible after all: what was bought is spent, the rest goes back to the budget."""
    bought = idea.amount * min(1.0, idea.hours_done / max(idea.hours_needed, 1e-9))
    idea.amount = model.ledger.reduce(idea.unique_id, bought)
    model.ledger.spend(idea.unique_id, idea.amount)
    idea.status = Status.failed
    idea.mark("failed")
    makers = [m for m in (idea.trekker, *idea.helpers) if m is not None]
    feel(model, makers, ownership=-0.1)
    went_wrong(model, idea)


def complete(model: BuurtbudgetModel, idea: Initiative) -> None:
    model.ledger.spend(idea.unique_id, idea.amount)
    idea.status = Status.realised
    idea.condition = 1.0
    idea.reach = idea.scope if model.params.mechanisms.scope_trim else 1.0
    if idea.captured:
        idea.reach *= CAPTURED_REACH
    idea.keepers = [m for m in (idea.trekker, *idea.helpers) if m is not None]
    idea.mark("realised")
    if model.first_realisation is None:
        model.first_realisation = model.week
    trekker = cast(int, idea.trekker)  # a realised initiative has its trekker
    makers = [m for m in (trekker, *idea.helpers) if not model.dropped[m]]
    feel(model, makers, ownership=0.1)
    street = np.flatnonzero(model.pop.street == idea.street)
    if idea.captured:  # money for somebody's own purpose: the street notices
        feel(model, street[~np.isin(street, makers)], ownership=-0.02)
        went_wrong(model, idea)
    else:  # a visible result
        feel(model, street, ownership=0.02, say=1.0, weight=0.3)
    # once it stands there, it can bother the neighbour at the door
    burden_objection(model, idea, UNWANTED_BURDEN if idea.unwanted else 1.0, trekker)
