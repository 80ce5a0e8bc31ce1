"""The buurtbudget model: one neighbourhood, one budget, one week per step.

``BuurtbudgetModel.step`` is the method's calendar. Before the kick-off the facilitator and the
core group reach out; at the kick-off residents put forward ideas; for a few weeks the working
group works them out against the framework; then the residents (or the college) decide; the
municipality reviews; volunteers realise the projects and keep them up; and all along residents
meet, clash, and grow closer or drift apart.

Each phase's mechanisms live in a module named after it: ``outreach``, ``ideas``, ``framework``,
``conflicts``, ``decision``, ``review``, ``realisation``, ``upkeep``, ``wellbeing`` and ``trust``.
This module holds the state, the calendar and the measures. ``docs/odd.md`` describes them all.
"""

from __future__ import annotations

import math

import mesa
import numpy as np
from mesa.discrete_space import Network

from ..rules import Decision, DecisionProblem
from ..scenarios import Scenario, load_scenario
from . import conflicts, decision, framework, ideas, outreach, realisation, review, upkeep
from . import wellbeing as wb
from .agents import Conflict, Facilitator, Initiative, Municipality, Resident, Status
from .ledger import Ledger
from .neighbourhood import build_layout, build_population, build_ties
from .record import WeeklyRecord
from .themes import LIVEABILITY
from .trust import initial_expectation

LIVEABILITY_STEP = 0.05  # assumption: liveability added by one realised initiative in good shape
UNWANTED_LIVEABILITY = -1.0  # assumption: an unwanted project makes the street less pleasant


class BuurtbudgetModel(mesa.Model):
    """A neighbourhood going through a buurtbudget. One step is one week."""

    def __init__(self, scenario: Scenario | dict | str | None = None, rng: int | None = 0):
        super().__init__(rng=rng)
        self.params = load_scenario(scenario if scenario is not None else {})
        sc = self.params
        self.week = 0
        self.kickoff_week = sc.process.kickoff_week
        self.decision_week = sc.process.kickoff_week + sc.process.workout_weeks + 1
        self.loss_aversion = sc.municipality.trust_loss_aversion
        self._build_neighbourhood(sc)
        self._init_process_state(sc)
        wb.update_wellbeing(self, weeks=0)
        self.pop.loneliness[:] = wb.loneliness_target(self)
        self.start = {
            "cohesion": self.cohesion,
            "lonely_vulnerable": self.lonely_vulnerable,
            "lonely_isolated": self.lonely_isolated,
            "liveability": self.liveability,
            "ownership": self.ownership,
            "trust": self.trust_municipality,
        }
        self.datacollector = WeeklyRecord(model_reporters=REPORTERS)

    def _build_neighbourhood(self, sc: Scenario) -> None:
        """Houses in a Mesa network, residents in houses, ties between residents."""
        self.layout = build_layout(sc.neighbourhood.households, sc.neighbourhood.streets, self.rng)
        self.houses = Network(self.layout.graph, layout=dict(enumerate(self.layout.xy)),
                              random=self.random)  # fmt: skip
        self.pop = build_population(sc, self.layout, self.rng)
        self.ties = build_ties(sc, self.pop, self.rng)
        cells = self.houses._cells  # node id -> Cell
        self.residents = [
            Resident(self, i, cells[h]) for i, h in enumerate(self.pop.household.tolist())
        ]
        self.n = self.pop.size
        n_streets = self.layout.street_length.size
        order = np.lexsort((self.pop.position, self.pop.street))
        self._street_order = order
        self._street_first = np.searchsorted(self.pop.street[order], np.arange(n_streets))
        self._street_size = np.bincount(self.pop.street, minlength=n_streets)
        # residents are numbered house by house: house h holds rows _house_first[h:h + 2]
        houses = np.arange(sc.neighbourhood.households + 1)
        self._house_first = np.searchsorted(self.pop.household, houses).tolist()

    def _init_process_state(self, sc: Scenario) -> None:
        n = self.n
        self.aware = np.zeros(n, dtype=bool)
        self.invited = np.zeros(n, dtype=bool)
        self.asked = np.zeros(n, dtype=bool)  # asked for the core group
        self.active = np.zeros(n, dtype=bool)  # taking part now
        self.ever_active = np.zeros(n, dtype=bool)
        self.last_part = np.full(n, -(10**6))  # the last week a resident took part
        self.core = np.zeros(n, dtype=bool)  # the working group (kerngroep)
        self.attended = np.zeros(n, dtype=bool)
        self.dropped = np.zeros(n, dtype=bool)
        self.visited = np.zeros(sc.neighbourhood.households, dtype=bool)
        self.expectation = initial_expectation(self)  # the say each resident expects
        self.facilitator = Facilitator(self, sc.facilitator.hours_per_week, sc.facilitator.outreach)
        self.municipality = Municipality(
            self, sc.municipality.control, sc.municipality.framework_clarity
        )
        self.ledger = Ledger(sc.budget.amount)
        self.initiatives: list[Initiative] = []
        self.conflicts: list[Conflict] = []
        self.first_realisation: int | None = None
        self.core_group_peak = 0
        self.info_evening_turnout = 0
        self.proposals_in_frame_at_decision = 0
        self.proposals_to_decision = 0
        self.demand_at_decision = 0.0
        self.decision: Decision | None = None
        self.decision_inputs: tuple[list[Initiative], np.ndarray, DecisionProblem] | None = None

    # === the calendar ==========================================================================
    def step(self) -> None:
        self.week += 1
        self.facilitator.start_week()
        conflicts.mediate_conflicts(self)
        if self.params.process.held:
            self._process_week()
        review.review(self)
        realisation.realise(self)
        upkeep.maintain(self)
        wb.meet(self)
        wb.update_wellbeing(self)
        self.datacollector.collect(self)
        if self.week >= self.params.run.weeks:
            self.running = False

    def _process_week(self) -> None:
        """Outreach, the kick-off, the working sessions and the decision, each in its week."""
        if self.week < self.kickoff_week:
            outreach.build_core_group(self)
        if self.kickoff_week < self.week < self.decision_week:
            framework.work_out(self)  # checks come before more outreach in the facilitator's week
        if self.week <= self.decision_week:
            outreach.reach_out(self)
            outreach.mobilise(self)
        if self.week == self.kickoff_week:
            ideas.kickoff(self)
        if self.week == self.decision_week:
            decision.decide_projects(self)

    def run_until(self, week: int | str) -> None:
        """Step until the end of ``week`` (a number, "kickoff" or "decision"), or the end."""
        named = {"kickoff": self.kickoff_week, "decision": self.decision_week}
        target = named.get(week, week) if isinstance(week, str) else week
        while self.running and self.week < int(target):
            self.step()

    # === entry points used by the workbook, the workshop and the tests =========================
    def expected_say(self) -> np.ndarray:
        return outreach.expected_say(self)

    def join_utility(self) -> np.ndarray:
        return outreach.join_utility(self)

    def propose(self, proposer: int) -> Initiative | None:
        return ideas.propose(self, proposer)

    def open_conflict(self, kind: str, a: int, b: int, idea: Initiative | None) -> Conflict:
        return conflicts.open_conflict(self, kind, a, b, idea)

    def on_escalation(self, conflict: Conflict) -> None:
        conflicts.on_escalation(self, conflict)

    def decision_problem(self, options: list[Initiative], voters: np.ndarray) -> DecisionProblem:
        return decision.decision_problem(self, options, voters)

    def review_is_due(self, idea: Initiative, week: int | None = None) -> bool:
        """Whether the municipality ends its review of ``idea`` in ``week`` (default: now)."""
        return review.review_is_due(idea, self.week if week is None else week)

    def reviews_due_next_week(self) -> list[Initiative]:
        """The initiatives whose review ends in the coming step (for playing the municipality)."""
        return [i for i in self.initiatives if self.review_is_due(i, self.week + 1)]

    # === measures (reported weekly by the DataCollector) =======================================
    @property
    def cohesion(self) -> float:
        """Mean social support from ties to neighbours outside the household (0-1)."""
        return self._cohesion

    @property
    def lonely_vulnerable(self) -> float:
        """Share of vulnerable residents who feel lonely (NaN when there are none)."""
        return self._lonely_share(self.pop.vulnerable)

    @property
    def lonely_isolated(self) -> float:
        """Share of isolated residents (few ties, few outings) who feel lonely (NaN: none)."""
        return self._lonely_share(self.pop.isolated)

    def _lonely_share(self, who: np.ndarray) -> float:
        count = np.count_nonzero(who)
        if not count:
            return math.nan
        return np.count_nonzero((self.pop.loneliness > wb.LONELY_FROM) & who) / count

    @property
    def liveability(self) -> float:
        """How pleasant the neighbourhood is: a base from SES plus what residents realised."""
        base = 0.35 + 0.2 * self.params.neighbourhood.ses_mean
        for idea in self.initiatives:
            if idea.status in (Status.realised, Status.decayed):
                gain = LIVEABILITY_STEP * LIVEABILITY[idea.theme] * idea.reach
                gain *= UNWANTED_LIVEABILITY if idea.unwanted else 1.0
                base += gain * max(idea.condition, 0.0)
        return float(min(1.0, base))

    @property
    def ownership(self) -> float:
        return mean(self.pop.ownership)

    @property
    def trust_municipality(self) -> float:
        return mean(self.pop.trust)

    @property
    def aware_share(self) -> float:
        return np.count_nonzero(self.aware) / self.n

    @property
    def participants(self) -> int:
        return int(np.count_nonzero(self.ever_active))

    @property
    def active_now(self) -> int:
        return int(np.count_nonzero(self.active & ~self.dropped))

    @property
    def core_group(self) -> int:
        return int(np.count_nonzero(self.core & ~self.dropped))

    def count(self, *statuses: Status) -> int:
        return sum(1 for i in self.initiatives if i.status in statuses)

    @property
    def realised_so_far(self) -> int:
        return sum(1 for i in self.initiatives if "realised" in i.history)

    @property
    def failed(self) -> int:
        """Funded, but failed in realisation or removed later."""
        return self.count(Status.failed, Status.removed)

    @property
    def sustained(self) -> int:
        return sum(
            1 for i in self.initiatives
            if i.status == Status.realised and i.condition >= upkeep.SUSTAINED_FROM
        )  # fmt: skip

    @property
    def open_conflicts(self) -> int:
        return sum(1 for c in self.conflicts if c.open)

    @property
    def escalated_conflicts(self) -> int:
        return sum(1 for c in self.conflicts if c.escalated)

    @property
    def phase(self) -> str:
        if self.week < self.kickoff_week:
            return "voorbereiding"
        if self.week < self.decision_week:
            return "ideeën"
        if any(i.status in (Status.in_review, Status.in_progress) for i in self.initiatives):
            return "uitvoering"
        return "duurzaamheid"


def mean(x: np.ndarray) -> float:
    """``float(x.mean())``, bit for bit (the same sum divided by the same count), in less time."""
    return float(np.add.reduce(x) / x.size)


REPORTERS = {
    "phase": "phase",
    "aware_share": "aware_share",
    "participants": "participants",
    "active": "active_now",
    "core_group": "core_group",
    "proposals": lambda m: len(m.initiatives),
    "funded": lambda m: sum("funded" in i.history for i in m.initiatives),
    "realised": "realised_so_far",
    "sustained": "sustained",
    "failed": "failed",
    "open_conflicts": "open_conflicts",
    "escalated_conflicts": "escalated_conflicts",
    "cohesion": "cohesion",
    "ownership": "ownership",
    "trust_municipality": "trust_municipality",
    "lonely_vulnerable": "lonely_vulnerable",
    "liveability": "liveability",
    "budget_allocated": lambda m: m.ledger.allocated,
    "budget_spent": lambda m: m.ledger.spent,
}
