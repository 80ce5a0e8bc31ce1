"""Step 4 of the method: reaching residents, and who joins.

* Joining is a logistic rule on civic propensity, free time, the say a resident expects, the
  participation of their contacts, a personal invitation and a barrier for vulnerable residents
  (participation thresholds, Granovetter 1978).
* The expected say is what the municipality *announced*, as each resident has since learned from
  experience (``model.expectation``), with their ownership and trust. What the college practises
  reaches residents only through what they experience (``trust.py``).
* Outreach as the method describes it [5]: the municipality's letter (every strategy); an info
  evening on a date with a turnout; door-to-door visits that go first to those not yet reached
  (vulnerable households, streets without a core-group member); or a core group whose members
  invite the people they know.

Constants are **assumptions** (see ``docs/odd.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .wellbeing import meet_among, took_part

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .model import BuurtbudgetModel

CIVIC_WEIGHT = 3.0  # log-odds of joining per unit of civic propensity
TIME_WEIGHT = 1.0  # log-odds of joining for plenty of free time (tanh(free_time / 6 h))
LATE_JOIN = 0.03  # weekly chance factor to join after the kick-off
ISOLATED_LETTER = 0.5  # isolated residents notice the invitation letter half as often
RECRUIT_HOURS = 2.0  # facilitator hours to win one core-group member
CORE_PER_STREET = 1  # core-group members the facilitator looks for in each street
EVENING_HOURS = 4.0  # facilitator hours to prepare and hold the info evening
EVENING_WEEKS_BEFORE = 1  # the info evening is held this many weeks before the kick-off
LETTER_WEEKS_BEFORE = 3  # the letter comes this many weeks before the kick-off


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def expected_say(model: BuurtbudgetModel) -> np.ndarray:
    """What residents expect to have to say: the learned expectation, ownership and trust."""
    return 0.5 * model.expectation + 0.25 * model.pop.ownership + 0.25 * model.pop.trust


def join_utility(model: BuurtbudgetModel) -> np.ndarray:
    """Log-odds that a resident who knows of the buurtbudget takes part (logistic rule)."""
    r = model.params.residents
    p = model.pop
    ties_all = model.ties.strength_sum(include_household=True) + 1e-9  # = neighbour_sum(1)
    peer = model.ties.neighbour_sum((model.active & ~model.dropped).astype(float)) / ties_all
    return (
        r.join_bias
        + CIVIC_WEIGHT * p.civic
        + TIME_WEIGHT * np.tanh(p.free_time / 6.0)
        + r.say_weight * expected_say(model)
        + r.peer_weight * peer
        + r.invite_weight * model.invited
        - r.vulnerable_barrier * p.vulnerable
    )


def join(model: BuurtbudgetModel, who: np.ndarray, core: bool = False) -> None:
    who = np.asarray(who, dtype=np.int64)
    model.ever_active[who] = True
    model.aware[who] = True
    took_part(model, who)
    if core:
        model.core[who] = True
        model.core_group_peak = max(model.core_group_peak, int((model.core & ~model.dropped).sum()))


def invite_household(model: BuurtbudgetModel, house: int) -> None:
    model.visited[house] = True
    members = slice(model._house_first[house], model._house_first[house + 1])
    model.aware[members] = True
    model.invited[members] = True


def build_core_group(model: BuurtbudgetModel) -> None:
    """Core-group outreach: the facilitator looks for a few willing residents per street."""
    if model.facilitator.outreach != "core_group":
        return
    n_streets = model._street_size.size
    want = CORE_PER_STREET * n_streets
    u = join_utility(model)
    candidates = np.flatnonzero(~model.asked & ~model.core)
    members = np.bincount(model.pop.street[model.core], minlength=n_streets).tolist()
    # the facilitator asks the most civic-minded residents first (key figures, via partners)
    for i in candidates[np.argsort(-model.pop.civic[candidates], kind="stable")].tolist():
        if sum(members) >= want:
            break
        street = model.pop.street.item(i)
        if members[street] >= CORE_PER_STREET:
            continue  # this street has its member; no hours spent on asking
        if not model.facilitator.take("outreach", RECRUIT_HOURS):
            break
        model.asked[i] = True
        model.aware[i] = model.invited[i] = True
        if model.rng.random() < sigmoid(u[i] + model.params.residents.invite_weight):
            join(model, np.array([i]), core=True)
            members[street] += 1


def visit_order(model: BuurtbudgetModel) -> np.ndarray:
    """Houses not yet visited, those not yet reached first: vulnerable households, then streets
    without a core-group member, then the rest (at random within each group)."""
    todo = np.flatnonzero(~model.visited)
    todo = model.rng.permutation(todo)
    if not model.params.mechanisms.targeted_visits:
        return todo
    n_houses = model.visited.size
    vulnerable_house = np.bincount(model.pop.household[model.pop.vulnerable], minlength=n_houses)
    core_streets = np.unique(model.pop.street[model.core & ~model.dropped])
    uncovered = ~np.isin(model.layout.street_of_house, core_streets)
    rank = np.where(vulnerable_house[todo] > 0, 0, np.where(uncovered[todo], 1, 2))
    return todo[np.argsort(rank, kind="stable")]


def door_to_door(model: BuurtbudgetModel) -> None:
    fac = model.facilitator
    hours = model.params.facilitator.visit_hours
    visits = int(fac.hours_left // hours)
    for house in visit_order(model)[:visits]:
        fac.take("outreach", hours)
        invite_household(model, int(house))


def living_ties(model: BuurtbudgetModel) -> tuple[np.ndarray, np.ndarray]:
    """Both ends ``(u, v)`` of every tie with some strength left."""
    t = model.ties
    alive = t.strength[: t.size] > 0
    return t.u[: t.size][alive], t.v[: t.size][alive]


def known_houses(
    model: BuurtbudgetModel, i: int, ties: tuple[np.ndarray, np.ndarray]
) -> np.ndarray:
    """Whether resident ``i`` knows someone in each house: a living tie (``ties``, from
    :func:`living_ties`) to one of its adults, their own house included."""
    u, v = ties
    known = np.zeros(model.visited.size, dtype=bool)
    known[model.pop.household[v[u == i]]] = True
    known[model.pop.household[u[v == i]]] = True
    return known


def core_visits(model: BuurtbudgetModel) -> None:
    """Each core member invites one household a week: first the people they know."""
    ties = living_ties(model)  # visits change no ties
    for i in np.flatnonzero(model.core & ~model.dropped):
        street = model.layout.street_of_house == model.pop.street[i]
        houses = np.flatnonzero(street & ~model.visited)
        if not houses.size:
            continue
        best = houses[known_houses(model, int(i), ties)[houses]]
        pick = best if best.size else houses
        # rng.choice(pick), the same draw in a third of the time
        invite_household(model, int(pick[model.rng.integers(0, pick.size, dtype=np.int64)]))


def info_evening(model: BuurtbudgetModel) -> None:
    """An information evening: who heard of it may come; those who come are invited in person."""
    if not model.facilitator.take("outreach", EVENING_HOURS):
        return
    u = join_utility(model)
    come = model.aware & ~model.dropped & (model.rng.random(model.n) < sigmoid(u + 1.0))
    model.info_evening_turnout = int(come.sum())
    model.invited |= come
    meet_among(model, np.flatnonzero(come), 2)


def reach_out(model: BuurtbudgetModel) -> None:
    """The letter, the strategy's own outreach, and word of mouth."""
    r = model.params.residents
    k = model.kickoff_week
    if model.week == max(1, k - LETTER_WEEKS_BEFORE):
        reach = r.flyer_reach * np.where(model.pop.isolated, ISOLATED_LETTER, 1.0)
        model.aware |= model.rng.random(model.n) < reach
    outreach = model.facilitator.outreach
    if outreach == "door_to_door":
        door_to_door(model)
    elif outreach == "core_group":
        core_visits(model)
    elif outreach == "info_evening" and model.week == max(1, k - EVENING_WEEKS_BEFORE):
        info_evening(model)
    # word of mouth along ties from those who take part
    talk = model.ties.neighbour_sum((model.active & ~model.dropped).astype(float))
    model.aware |= model.rng.random(model.n) < 1 - np.exp(-r.word_of_mouth * talk)


def mobilise(model: BuurtbudgetModel) -> None:
    """Between kick-off and decision, aware residents may still join, at a low weekly rate."""
    if not (model.kickoff_week < model.week <= model.decision_week):
        return
    can = model.aware & ~model.active & ~model.dropped
    p = LATE_JOIN * sigmoid(join_utility(model))
    join(model, np.flatnonzero(can & (model.rng.random(model.n) < p)))
