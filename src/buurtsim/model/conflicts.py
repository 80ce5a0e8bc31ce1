"""Conflicts between residents, the first challenge the method's makers report [seed, 1].

Three kinds: *burden* (the neighbour at the door objects to a bench or a court), *dispute*
(working-group members disagree on what the framework allows; likelier when it is vague) and
*competition* (the proposer of an idea that was not chosen turns on a winner). Without mediation
a conflict grows with intolerance and a vague framework. Mediation takes the facilitator's hours,
one session a week, and each session can fail: it works more often between tolerant residents and
with clear rules to point to (``mechanisms.mediation``). An escalated conflict breaks the tie,
can make people drop out, and can make a proposer withdraw or get a realised project removed.

Constants are **assumptions** (see ``docs/odd.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .agents import Conflict, Initiative, Status
from .themes import BURDEN
from .trust import feel

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .model import BuurtbudgetModel

BURDEN_RADIUS = 2  # houses on either side of an idea that may feel burdened by it
MEDIATION_SUCCESS = 0.55  # chance one session works, for tolerant parties and a clear frame
MEDIATION_RELIEF = 0.3  # severity removed by a session that works
HARDENING = 0.05  # severity added by a session that fails (positions harden)
NATURAL_SETTLING = 0.04  # weekly chance that a tolerant pair settles a conflict by itself
RESOLVED_BELOW = 0.1  # a conflict below this severity is resolved
ESCALATED_AT = 1.0  # a conflict at this severity has escalated
SIDE_TAKING = 0.4  # share of their other ties the two parties lose as the street takes sides
STREET_CHILL = 0.1  # share of their ties the parties' streets lose: neighbours avoid each other
# (assumption: a quarrel in the street spills over; conflicts were the first challenge [seed])
WITHDRAW_ON_ESCALATION = 0.5  # chance the proposers withdraw an idea after an escalation


def open_conflict(model: BuurtbudgetModel, kind: str, a: int, b: int,
                  idea: Initiative | None) -> Conflict:  # fmt: skip
    conflict = Conflict(model, kind, a, b, idea)
    model.conflicts.append(conflict)
    return conflict


def near_neighbours(model: BuurtbudgetModel, idea: Initiative) -> np.ndarray:
    p = model.pop
    near = (p.street == idea.street) & (np.abs(p.position - idea.position) <= BURDEN_RADIUS)
    return np.flatnonzero(near)


def burden_objection(model: BuurtbudgetModel, idea: Initiative, factor: float, against: int):
    """The least tolerant neighbour at the door may object; ``factor`` scales the chance."""
    near = near_neighbours(model, idea)
    near = near[~np.isin(near, [*idea.supporters, *idea.helpers])]
    if not near.size:
        return None
    objector = int(near[np.argmin(model.pop.tolerance[near])])
    chance = (
        model.params.conflict.conflict_rate
        * BURDEN[idea.theme]
        * factor
        * (1 - model.pop.tolerance[objector])
    )
    if model.rng.random() < chance:
        return open_conflict(model, "burden", objector, against, idea)
    return None


def raise_objections(model: BuurtbudgetModel, idea: Initiative) -> None:
    """Drawn on a map, an idea can bother the neighbours; a vague frame invites disputes."""
    idea.objections_raised = True
    burden_objection(model, idea, 2.0, idea.proposer)
    others = np.flatnonzero(model.core & ~model.dropped)
    others = others[others != idea.proposer]
    clarity = model.municipality.framework_clarity
    if others.size and model.rng.random() < model.params.conflict.dispute_rate * (1 - clarity):
        open_conflict(model, "dispute", int(model.rng.choice(others)), idea.proposer, idea)


def competition_conflicts(model: BuurtbudgetModel, options: list[Initiative], funded) -> None:
    winners = [i for i, f in zip(options, funded, strict=True) if f]
    if not winners:
        return
    rate = model.params.conflict.conflict_rate
    for idea, f in zip(options, funded, strict=True):
        if f or model.dropped[idea.proposer]:
            continue
        if model.rng.random() < rate * (1 - model.pop.tolerance[idea.proposer]):
            rival = winners[int(model.rng.integers(len(winners)))]
            open_conflict(model, "competition", idea.proposer, rival.proposer, rival)


def mediate_conflicts(model: BuurtbudgetModel) -> None:
    """The facilitator mediates the most severe conflicts first; the rest develop alone."""
    hours = model.params.facilitator.mediation_hours
    open_ = sorted((c for c in model.conflicts if c.open), key=lambda c: -c.severity)
    for conflict in open_:
        develop(model, conflict, mediated=model.facilitator.take("mediation", hours))


def _mediation_change(model: BuurtbudgetModel, conflict: Conflict, growth: float) -> float:
    clarity = model.municipality.framework_clarity
    if not model.params.mechanisms.mediation:
        return -conflict.severity  # settles at once
    works = MEDIATION_SUCCESS * (0.5 + 0.5 * conflict.tolerance) * (0.5 + 0.5 * clarity)
    if model.rng.random() < works:
        return -MEDIATION_RELIEF
    return HARDENING + 0.25 * growth * (1 - clarity)


def develop(model: BuurtbudgetModel, conflict: Conflict, mediated: bool) -> None:
    """One week of a conflict: a mediation session, or growth with intolerance and vagueness."""
    clarity = model.municipality.framework_clarity
    growth = model.params.conflict.escalation_rate * (1.5 - conflict.tolerance)
    if mediated:
        conflict.mediated_weeks += 1
        conflict.severity += _mediation_change(model, conflict, growth)
    else:
        conflict.severity += growth * (1 - 0.5 * clarity)
        if model.rng.random() < NATURAL_SETTLING * conflict.tolerance:
            conflict.severity = 0.0
    if conflict.severity < RESOLVED_BELOW:
        conflict.resolved = True
        conflict.resolved_week = model.week
    elif conflict.severity >= ESCALATED_AT and not conflict.escalated:
        conflict.escalated = True
        conflict.escalated_week = model.week
        on_escalation(model, conflict)
    conflict.severity = min(conflict.severity, ESCALATED_AT)


def on_escalation(model: BuurtbudgetModel, conflict: Conflict) -> None:
    """An escalated conflict breaks the tie and sours the parties' other ties as the street takes
    sides, and the streets involved grow quieter; it can make people drop out and costs
    ownership."""
    a, b = conflict.a, conflict.b
    model.ties.break_tie(a, b)
    model.ties.withdraw([a, b], SIDE_TAKING)
    street = np.flatnonzero(np.isin(model.pop.street, model.pop.street[[a, b]]))
    model.ties.withdraw(street, STREET_CHILL)
    drop = model.params.conflict.dropout_on_escalation
    for person in (a, b):
        if model.rng.random() < drop:
            model.dropped[person] = True
            model.active[person] = False
            model.core[person] = False
    feel(model, [a, b], ownership=-0.1)
    idea = conflict.initiative
    if idea is None:
        return
    if idea.status == Status.idea and model.rng.random() < WITHDRAW_ON_ESCALATION:
        idea.status = Status.withdrawn
        idea.mark("withdrawn")
    elif idea.status == Status.realised and idea.unwanted:
        remove(model, idea)


def remove(model: BuurtbudgetModel, idea: Initiative) -> None:
    """A realised project that burdens its neighbours is taken away after the quarrel."""
    idea.status = Status.removed
    idea.condition = 0.0
    idea.mark("removed")
    street = np.flatnonzero(model.pop.street == idea.street)
    feel(model, street, say=0.0, weight=0.5)  # money spent on something that had to go
    feel(model, np.flatnonzero(model.aware), say=0.0, weight=0.15)
