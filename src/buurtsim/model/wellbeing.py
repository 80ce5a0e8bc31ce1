"""Meeting, ties, loneliness, ownership growth and who is still taking part.

* Everyday contact (greeting, chatting at the door) keeps each tie at its *habitual* strength;
  what residents do together lifts ties above it, and part of that lasts as a new habit. A
  neighbourhood without a buurtbudget therefore stands still (``mechanisms.habitual_ties``).
* Meeting places (realised initiatives) make chance meetings more likely; isolated residents
  meet fewer people by chance (``mechanisms.isolation``).
* Loneliness follows social support (ties outside the household).
* Residents who take part gain ownership, the faster the more say they expect; residents who
  stop taking part stop being active after a few weeks (``mechanisms.disengagement``).

Constants are **assumptions** (see ``docs/odd.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .agents import Status
from .themes import MEETING, NEIGHBOURHOOD_WIDE

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .model import BuurtbudgetModel

SAME_STREET_MEET = 0.8  # share of chance meetings with someone of the same street
ISOLATED_MEET = 0.3  # isolated residents meet a third as often by chance (fewer outings)
MEET_GAIN = 0.15  # tie strength gained by one meeting (toward 1)
TIE_DECAY = 0.002  # weekly loss of strength above the habitual level
SUPPORT_SCALE = 2.0  # tie strength at which social support is 1 - 1/e
LONELINESS_SPEED = 0.1  # weekly adjustment of loneliness toward its target
LONELY_FROM = 0.5  # loneliness from which a resident counts as lonely
OWNERSHIP_GROWTH = 0.01  # weekly ownership gain of a taking-part resident who expects an even say
ACTIVE_WINDOW = 8  # weeks without taking part after which a resident is no longer active


def took_part(model: BuurtbudgetModel, who) -> None:
    """Residents ``who`` took part this week (an evening, a working session, a project)."""
    idx = np.asarray(who, dtype=np.int64)
    if idx.size:
        model.last_part[idx] = model.week
        model.active[idx] = True


def meet(model: BuurtbudgetModel) -> None:
    """Chance meetings at the meeting places residents realised."""
    n_streets = model._street_size.size
    boost_street = np.zeros(n_streets)
    boost_all = 0.0
    mu = model.params.process.meeting_boost
    for idea in model.initiatives:
        if idea.status == Status.realised:
            gain = mu * MEETING[idea.theme] * idea.condition * idea.reach
            if NEIGHBOURHOOD_WIDE[idea.theme]:
                boost_all += gain * 0.5
            else:
                boost_street[idea.street] += gain
    if boost_all == 0.0 and not boost_street.any():
        return
    chance = boost_street[model.pop.street] + boost_all
    if model.params.mechanisms.isolation:
        chance = chance * np.where(model.pop.isolated, ISOLATED_MEET, 1.0)
    who = np.flatnonzero(model.rng.random(model.n) < chance)
    if who.size == 0:
        return
    same = model.rng.random(who.size) < SAME_STREET_MEET
    street = model.pop.street[who]
    k = (model.rng.random(who.size) * model._street_size[street]).astype(np.int64)
    local = model._street_order[model._street_first[street] + k]
    anywhere = model.rng.integers(0, model.n, who.size)
    meet_pairs(model, zip(who.tolist(), np.where(same, local, anywhere).tolist(), strict=True))


def meet_among(model: BuurtbudgetModel, group: np.ndarray, each: int) -> None:
    """At an evening, each person in ``group`` talks with ``each`` others of the group."""
    if group.size < 2:
        return
    partners = model.rng.choice(group, size=(group.size, each))
    pairs = zip(np.repeat(group, each).tolist(), partners.ravel().tolist(), strict=True)
    meet_pairs(model, pairs)


def meet_pairs(model: BuurtbudgetModel, pairs) -> None:
    model.ties.strengthen_all(pairs, MEET_GAIN, lasting=model.params.mechanisms.habitual_ties)


def support(model: BuurtbudgetModel) -> np.ndarray:
    return 1 - np.exp(-model.ties.strength_sum() / SUPPORT_SCALE)


def loneliness_target(model: BuurtbudgetModel, social: np.ndarray | None = None) -> np.ndarray:
    social = support(model) if social is None else social
    return np.clip(model.pop.loneliness_base * (1.3 - social), 0, 1)


def disengage(model: BuurtbudgetModel) -> None:
    """Residents who have not taken part for ``ACTIVE_WINDOW`` weeks are no longer active."""
    if not model.params.mechanisms.disengagement:
        return
    idle = model.week - model.last_part > ACTIVE_WINDOW
    model.active &= ~idle


def update_wellbeing(model: BuurtbudgetModel, weeks: int = 1) -> None:
    """Ties fade to their habit; loneliness follows support; taking part builds ownership."""
    if weeks:
        model.ties.decay(TIE_DECAY, to_habit=model.params.mechanisms.habitual_ties)
    social = support(model)
    if weeks:
        p = model.pop
        p.loneliness += LONELINESS_SPEED * (loneliness_target(model, social) - p.loneliness)
        disengage(model)
        busy = model.active & ~model.dropped
        # psychological ownership grows with the control residents feel they have over the
        # project (Pierce, Kostova and Dirks 2001): the say they have come to expect
        say = 2 * model.expectation[busy]  # 1 at an even expectation
        p.ownership[busy] += OWNERSHIP_GROWTH * say * (1 - p.ownership[busy])
    model._cohesion = float(social.mean()) if model.n else 0.0
