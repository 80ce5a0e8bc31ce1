"""Sustainability: who keeps a realised project up once the money is spent.

Keepers drift away, sooner when they feel little ownership; a maintenance agreement and
municipal support (``municipality.support``: the technical service does the heavy part) make
upkeep likelier, and the municipality may keep a project up when no resident does
(``mechanisms.support``), but only for a project with a maintenance agreement: who checks that
there is one (the working group's homework, the review's conditions) decides what lasts. A
trimmed, cheaper build wears faster (``mechanisms.scope_trim``). An unwanted or unsafe project
keeps bothering its neighbours (``mechanisms.breach_consequences``).

Constants are **assumptions** (see ``docs/odd.md``).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .agents import Initiative, Status
from .conflicts import burden_objection
from .realisation import support_level
from .wellbeing import took_part

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .model import BuurtbudgetModel

KEEPER_LEAVE = 0.015  # weekly chance (times 1.5 - ownership) that a volunteer stops the upkeep
DECAY = 0.04  # weekly loss of condition of a realised initiative without upkeep
REPAIR = 0.05  # weekly gain of condition with upkeep
DECAYED_BELOW = 0.2  # condition under which an initiative counts as gone
SUSTAINED_FROM = 0.5  # condition from which an initiative counts as sustained
SUPPORT_UPKEEP = 1.5  # log-odds of upkeep added by full municipal support
MUNICIPAL_UPKEEP = 0.5  # weekly chance the municipality keeps it up when residents did not
# A bench breaks, a planter cracks, the garden needs water in a dry summer: now and then a
# project needs a repair that volunteers cannot do with their hands alone. Community-based
# initiatives last where government backs them up (Igalla, Edelenbos and van Meerkerk 2020);
# the pilots made maintenance agreements for exactly this [12, 15].
HEAVY_REPAIR = 0.03  # weekly chance a realised project needs such a repair (one in 8 months)
REPAIR_ALONE = 0.03  # weekly chance residents get it done alone (a handy neighbour, own money)
ONGOING_BURDEN = 0.1  # weekly objection chance factor of an unwanted project


def agreed_support(model: BuurtbudgetModel, idea: Initiative) -> float:
    """The technical service's part in the upkeep: only what a maintenance agreement asks of it.
    A project without one is the residents' alone; the municipality does not touch it [10, 12]."""
    return support_level(model) if idea.criteria.maintenance else 0.0


def _kept_by_residents(model: BuurtbudgetModel, idea: Initiative) -> bool:
    if not idea.keepers:
        return False
    own = model.pop.ownership[idea.keepers]
    own = own.sum() / own.size  # the mean, bit for bit, without ndarray.mean's overhead
    share = model.params.residents.volunteer_share
    time_ok = share * model.pop.free_time[idea.keepers].sum() >= model.params.process.upkeep_hours
    x = (
        4 * own
        - 2.5
        + 1.5 * idea.criteria.maintenance
        + SUPPORT_UPKEEP * agreed_support(model, idea)
    )
    return bool(time_ok and model.rng.random() < 1 / (1 + math.exp(-x)))


def maintain(model: BuurtbudgetModel) -> None:
    """Upkeep depends on the makers' ownership, the agreement and the municipality's support."""
    for idea in model.initiatives:
        if idea.status == Status.realised:
            upkeep_week(model, idea)


def _keepers_stay(model: BuurtbudgetModel, idea: Initiative) -> None:
    """Volunteers drift away, sooner when they feel little ownership."""
    own, dropped = model.pop.ownership, model.dropped
    keepers = [k for k in idea.keepers if not dropped.item(k)]
    draws = model.rng.random(len(keepers)).tolist()  # Python floats: a few keepers, no arrays
    idea.keepers = [k for k, d in zip(keepers, draws, strict=True)
                    if d >= KEEPER_LEAVE * (1.5 - own.item(k))]  # fmt: skip


def _repaired(model: BuurtbudgetModel, idea: Initiative) -> bool:
    """Whether the project is whole this week: a heavy repair waits for the technical service
    (``municipality.support``) or, less often, for the residents themselves."""
    rng = model.rng
    if not idea.broken:
        idea.broken = rng.random() < HEAVY_REPAIR
    elif rng.random() < REPAIR_ALONE + (1 - REPAIR_ALONE) * agreed_support(model, idea):
        idea.broken = False
    return not idea.broken


def upkeep_week(model: BuurtbudgetModel, idea: Initiative) -> None:
    """One week of a realised project: kept up (by residents or the municipality) or wearing."""
    _keepers_stay(model, idea)
    kept = _repaired(model, idea) and _kept_by_residents(model, idea)
    if kept:
        took_part(model, idea.keepers)
    elif not idea.broken and model.rng.random() < MUNICIPAL_UPKEEP * agreed_support(model, idea):
        kept = True  # the technical service mows, repairs and paints
    wear = DECAY * (2 - idea.scope) if model.params.mechanisms.scope_trim else DECAY
    idea.condition = min(1.0, idea.condition + REPAIR) if kept else idea.condition - wear
    if idea.unwanted:
        lead = idea.proposer if idea.trekker is None else idea.trekker
        burden_objection(model, idea, ONGOING_BURDEN, lead)
    if idea.condition < DECAYED_BELOW:
        idea.status = Status.decayed
        idea.mark("decayed")
