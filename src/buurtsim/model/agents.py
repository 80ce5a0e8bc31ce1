"""The actors of a buurtbudget.

* :class:`Resident` (*bewoner*): one per adult, living in a house of the neighbourhood network.
  What all residents do at once each week (hearing of the budget, joining, feeling lonely) is
  computed on the model's arrays; a Resident is the readable view of one row of them.
* :class:`Initiative` (*initiatief*): an idea that may become a project, with its lead resident
  (*trekker*), its cost and its life from idea to upkeep.
* :class:`Conflict` (*conflict*): a disagreement between two residents that mediation can settle
  and that escalates without it.
* :class:`Facilitator` (*procesbegeleider*): weekly hours for mediation, framework checks and
  outreach.
* :class:`Municipality` (*gemeente*): control, the framework, and the review of funded proposals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeAlias

import mesa
import numpy as np
from mesa.discrete_space import CellAgent

from .themes import THEMES

#: the model type, for annotations (the model module imports this one, not the other way round)
BuurtbudgetModel: TypeAlias = mesa.Model  # noqa: UP040 (mesa is untyped: an alias of Any)


class Resident(CellAgent):
    """One adult of the neighbourhood; its state lives in ``model.pop`` row ``index``."""

    def __init__(self, model: BuurtbudgetModel, index: int, cell):
        super().__init__(model)
        self.index = index
        self.cell = cell

    def _get(self, name: str):
        return getattr(self.model.pop, name)[self.index]

    household = property(lambda self: int(self._get("household")))
    street = property(lambda self: int(self._get("street")))
    vulnerable = property(lambda self: bool(self._get("vulnerable")))
    free_time = property(lambda self: float(self._get("free_time")))
    civic = property(lambda self: float(self._get("civic")))
    tolerance = property(lambda self: float(self._get("tolerance")))
    trust = property(lambda self: float(self._get("trust")))
    ownership = property(lambda self: float(self._get("ownership")))
    loneliness = property(lambda self: float(self._get("loneliness")))
    aware = property(lambda self: bool(self.model.aware[self.index]))
    active = property(lambda self: bool(self.model.active[self.index]))

    @property
    def favourite_theme(self) -> str:
        return THEMES[int(np.argmax(self._get("preferences")))].key


class Status(StrEnum):
    idea = "idea"  # put forward, being worked out
    redirected = "redirected"  # outside the framework: passed to the council or OCMW
    withdrawn = "withdrawn"  # dropped by its own proposers (conflict, no trekker)
    not_chosen = "not_chosen"  # the decision did not fund it
    in_review = "in_review"  # funded, waiting for the municipality
    vetoed = "vetoed"  # stopped by the municipality
    in_progress = "in_progress"  # approved, volunteers at work
    abandoned = "abandoned"  # approved but nobody carried it through
    failed = "failed"  # approved, but not feasible after all: it failed in realisation
    realised = "realised"  # built or held, and kept up
    decayed = "decayed"  # realised, but nobody kept it up
    removed = "removed"  # realised, but taken away after a quarrel with the neighbours


@dataclass
class Criteria:
    """The framework criteria of Arendonk [10] and Balen [14], as true facts of one idea."""

    several_benefit: bool
    pleasant: bool
    feasible: bool
    cost_ok: bool
    maintenance: bool
    not_personal: bool

    @property
    def all_met(self) -> bool:
        return all(vars(self).values())

    @property
    def fixable(self) -> bool:
        """Failures homework can mend: a cheaper version, a maintenance agreement, a trekker."""
        return self.several_benefit and self.pleasant and self.not_personal


class Initiative(mesa.Agent):
    """One idea of the residents, from the kick-off to upkeep."""

    def __init__(
        self,
        model: BuurtbudgetModel,
        theme: int,
        cost: float,
        proposer: int,
        street: int,
        position: int,
        criteria: Criteria,
        ambitious: bool,
    ):
        super().__init__(model)
        self.theme = theme
        self.cost = float(cost)
        self.proposer = proposer
        self.supporters: list[int] = [proposer]
        self.trekker: int | None = None
        self.helpers: list[int] = []
        self.street = street
        self.position = position
        self.criteria = criteria
        self.ambitious = ambitious
        self.status = Status.idea
        self.checked = False
        self.judged_in_frame: bool | None = None
        self.amount = 0.0  # allocated euro
        self.scope = 1.0  # share of the project's scope that was funded (1 = untrimmed)
        self.reach = 1.0  # share of the neighbourhood it serves once realised
        self.hours_needed = 0.0
        self.hours_done = 0.0
        self.condition = 0.0  # 1 = as new, 0 = gone
        self.reciprocity = 1.0  # conditional cooperation among its volunteers
        self.review_due: int | None = None
        self.ready_week: int = 0  # planning, permits and orders done
        self.stalled_weeks = 0
        self.trimmed_at_decision = False  # the package rule trimmed it to fit
        self.trimmed_in_review = False  # the municipality trimmed it
        self.objections_raised = False
        self.keepers: list[int] = []  # who keeps it up after realisation
        self.broken = False  # needs a repair its volunteers cannot do themselves
        self.history: dict[str, int] = {"proposed": model.week}

    def _breach(self, criterion_met: bool) -> bool:
        """A broken criterion has consequences only with ``mechanisms.breach_consequences``."""
        return not criterion_met and self.model.params.mechanisms.breach_consequences

    @property
    def infeasible(self) -> bool:
        """Funded although not realistic and feasible: far more work, and it may fail."""
        return self._breach(self.criteria.feasible)

    @property
    def unwanted(self) -> bool:
        """Funded although it does not make the street more pleasant: it burdens neighbours."""
        return self._breach(self.criteria.pleasant)

    @property
    def captured(self) -> bool:
        """Funded although it serves a personal purpose or only a few residents."""
        return self._breach(self.criteria.several_benefit and self.criteria.not_personal)

    @property
    def theme_key(self) -> str:
        return THEMES[self.theme].key

    @property
    def label(self) -> str:
        return f"{THEMES[self.theme].nl} ({self.unique_id})"

    def mark(self, event: str) -> None:
        self.history.setdefault(event, self.model.week)


class Conflict(mesa.Agent):
    """A disagreement between two residents, about one initiative or about the rules."""

    def __init__(
        self, model: BuurtbudgetModel, kind: str, a: int, b: int, initiative: Initiative | None
    ):
        super().__init__(model)
        self.kind = kind  # "burden", "dispute" or "competition"
        self.a, self.b = a, b
        self.initiative = initiative
        tol = model.pop.tolerance
        self.tolerance = float(min(tol[a], tol[b]))
        self.severity = 0.2 + 0.3 * (1 - self.tolerance)
        self.escalated = False
        self.resolved = False
        self.mediated_weeks = 0
        self.opened = model.week
        self.escalated_week: int | None = None
        self.resolved_week: int | None = None

    @property
    def open(self) -> bool:
        return not self.resolved


class Facilitator(mesa.Agent):
    """The procesbegeleider: a weekly budget of hours, spent in order of urgency."""

    def __init__(self, model: BuurtbudgetModel, hours_per_week: float, outreach: str):
        super().__init__(model)
        self.hours_per_week = hours_per_week
        self.outreach = outreach
        self.hours_left = 0.0
        self.spent: dict[str, float] = {
            "mediation": 0.0,
            "checks": 0.0,
            "outreach": 0.0,
            "support": 0.0,
        }

    def start_week(self) -> None:
        self.hours_left = self.hours_per_week

    def take(self, task: str, hours: float) -> bool:
        """Spend ``hours`` on ``task`` if there is time left this week."""
        if hours <= self.hours_left + 1e-9:
            self.hours_left -= hours
            self.spent[task] += hours
            return True
        return False


class Municipality(mesa.Agent):
    """The college and its administration: control, the framework, and the review."""

    def __init__(self, model: BuurtbudgetModel, control: float, framework_clarity: float):
        super().__init__(model)
        self.control = control
        self.framework_clarity = framework_clarity
        self.vetoes = 0
        self.trims = 0
        # Hooks for playing the municipality (workshop mode): a policy that gives the verdict
        # instead of chance, and extra framework rules (True = allowed) the group adds.
        self.policy: Callable[[Initiative], str] | None = None
        self.extra_rules: Sequence[Callable[[Initiative], bool]] = []

    def review_delay(self) -> int:
        """Weeks until the review ends: one week at zero control, ``review_weeks`` at full."""
        mean = self.control * self.model.params.municipality.review_weeks
        return 1 + int(self.model.rng.poisson(mean))
