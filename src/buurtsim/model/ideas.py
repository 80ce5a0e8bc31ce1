"""Step 5 of the method: the participation evening (kick-off) and the residents' ideas.

Residents who come write ideas in small groups on the themes they care about [9]. An idea is a
set of true facts against the framework criteria of Arendonk [10] and Balen [14]: it can be
over-ambitious (not feasible), unwanted or unsafe for the neighbours at its door (not pleasant),
or serve a personal purpose (not several residents benefit). Whether anyone notices is decided
later, in the working sessions (``framework.py``) and the review (``review.py``).

Constants are **assumptions** (see ``docs/odd.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .agents import Criteria, Initiative, Status
from .outreach import expected_say, join, join_utility, sigmoid
from .themes import COST_HIGH, COST_LOW, N_THEMES
from .wellbeing import meet_among

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .model import BuurtbudgetModel

CORE_SHIFT = -1.0  # extra log-odds for a kick-off participant to join the working group
MERGE_IDEAS = 0.5  # chance that a second idea on the same theme in the street joins the first
NOT_PLEASANT = 0.1  # share of ideas unwanted or unsafe for the neighbours at the door (times
# 1.5 - clarity, as the personal and ambitious shares: a clear framework says what is allowed)


def kickoff(model: BuurtbudgetModel) -> None:
    """The participation evening: who comes, and the ideas they write in small groups."""
    u = join_utility(model)
    come = model.aware & ~model.dropped & (model.rng.random(model.n) < sigmoid(u))
    come |= model.core & ~model.dropped
    model.attended = come
    attendees = np.flatnonzero(come)
    join(model, attendees)
    # some of them join the working group
    stay = attendees[model.rng.random(attendees.size) < sigmoid(u[attendees] + CORE_SHIFT)]
    join(model, stay, core=True)
    say = expected_say(model)
    for i in model.rng.permutation(attendees):
        if model.rng.random() < model.params.residents.propose_rate * (0.4 + 0.6 * say[i]):
            propose(model, int(i))
    meet_among(model, attendees, 3)


def _merged(model: BuurtbudgetModel, proposer: int, theme: int, street: int) -> bool:
    for other in model.initiatives:
        same = other.theme == theme and other.street == street
        if same and other.status == Status.idea and model.rng.random() < MERGE_IDEAS:
            other.supporters.append(proposer)
            return True
    return False


def propose(model: BuurtbudgetModel, proposer: int) -> Initiative | None:
    """A resident puts forward an idea on a theme they care about."""
    sc = model.params
    rng = model.rng
    theme = int(rng.choice(N_THEMES, p=model.pop.preferences[proposer]))
    street = int(model.pop.street[proposer])
    if _merged(model, proposer, theme, street):
        return None
    cost = rng.uniform(COST_LOW[theme], COST_HIGH[theme]) * sc.budget.cost_scale
    # a vague framework does not tell residents what is allowed: more ideas break it
    unclear = 1.5 - model.municipality.framework_clarity
    ambitious = rng.random() < sc.budget.ambitious_share * unclear
    if ambitious:
        cost *= rng.uniform(2.0, 3.0)
    personal = rng.random() < sc.process.personal_share * unclear
    criteria = Criteria(
        several_benefit=not personal,
        pleasant=rng.random() >= NOT_PLEASANT * unclear,
        feasible=not ambitious,
        cost_ok=cost <= sc.budget.max_project_share * sc.budget.amount,
        maintenance=False,
        not_personal=not personal,
    )
    street_len = int(model.layout.street_length[street])
    position = int(np.clip(model.pop.position[proposer] + rng.integers(-3, 4), 0, street_len - 1))
    idea = Initiative(model, theme, cost, proposer, street, position, criteria, ambitious)
    model.initiatives.append(idea)
    return idea
