"""The buurtbudget model: one neighbourhood, one budget, one week per step.

``BuurtbudgetModel.step`` is the method's calendar. Before the kick-off the facilitator and the
core group reach out; at the kick-off residents put forward ideas; for a few weeks the working
group works them out against the framework; then the residents (or the college) decide; the
municipality reviews; volunteers realise the projects and keep them up; and all along residents
meet, clash, and grow closer or drift apart.

Constants in capitals below are **assumptions** of the submodels; ``docs/odd.md`` lists them with
their reasoning. Everything a user may want to vary is a scenario parameter instead.
"""

from __future__ import annotations

import math

import mesa
import numpy as np
from mesa.discrete_space import Network

from ..rules import DecisionProblem, decide
from ..scenarios import Scenario, load_scenario
from .agents import Conflict, Criteria, Facilitator, Initiative, Municipality, Resident, Status
from .ledger import Ledger
from .neighbourhood import build_layout, build_population, build_ties
from .themes import (
    BURDEN,
    COLLEGE_TASTE,
    COST_HIGH,
    COST_LOW,
    LIVEABILITY,
    MEETING,
    N_THEMES,
    NEIGHBOURHOOD_WIDE,
)

# --- submodel constants (assumptions) -------------------------------------------------------------
CIVIC_WEIGHT = 3.0  # log-odds of joining per unit of civic propensity
TIME_WEIGHT = 1.0  # log-odds of joining for plenty of free time (tanh(free_time / 6 h))
CORE_SHIFT = -1.0  # extra log-odds for a kick-off participant to join the working group
LATE_JOIN = 0.03  # weekly chance factor to join after the kick-off
ISOLATED_LETTER = 0.5  # isolated residents notice the invitation letter half as often
RECRUIT_HOURS = 2.0  # facilitator hours to win one core-group member
CORE_PER_STREET = 1  # core-group members the facilitator looks for in each street
MERGE_IDEAS = 0.5  # chance that a second idea on the same theme in the street joins the first
NOT_PLEASANT = 0.1  # share of ideas that do not make the public space more pleasant
BURDEN_RADIUS = 2  # houses on either side of an idea that may feel burdened by it
HOMEWORK_GUIDED = 0.5  # weekly chance to mend a fixable problem with the facilitator's check
HOMEWORK_ALONE = 0.15  # the same without a check
MIN_TREKKER_HOURS = 0.5  # weekly hours a lead resident needs to have for the project
MAX_HELPERS = 4  # helpers per initiative
STALL_LIMIT = 12  # weeks an initiative waits for a new lead before it is abandoned
RECIPROCITY_QUORUM = 0.5  # share of helpers turning up that keeps the others' willingness up
RECIPROCITY_STEP = 0.05  # weekly rise of willingness (it falls twice as fast)
SUPPORT_HOURS = 1.0  # facilitator hours per initiative per week during realisation
KEEPER_LEAVE = 0.01  # weekly chance (times 1.5 - ownership) that a volunteer stops the upkeep
DECAY = 0.03  # weekly loss of condition of a realised initiative without upkeep
REPAIR = 0.05  # weekly gain of condition with upkeep
DECAYED_BELOW = 0.2  # condition under which an initiative counts as gone
SUSTAINED_FROM = 0.5  # condition from which an initiative counts as sustained
BASE_MEET = 0.05  # weekly chance that a resident has a chance meeting in the street
SAME_STREET_MEET = 0.8  # share of meetings with someone of the same street
MEET_GAIN = 0.15  # tie strength gained by one meeting (toward 1)
TIE_DECAY = 0.002  # weekly loss of strength of a tie without contact
SUPPORT_SCALE = 2.0  # tie strength at which social support is 1 - 1/e
LONELINESS_SPEED = 0.1  # weekly adjustment of loneliness toward its target
LONELY_FROM = 0.5  # loneliness from which a resident counts as lonely
OWNERSHIP_GROWTH = 0.01  # weekly ownership gain of an active resident (times 1 - control)
LIVEABILITY_STEP = 0.05  # liveability added by one realised initiative in good condition


def sigmoid(x: np.ndarray | float) -> np.ndarray | float:
    return 1.0 / (1.0 + np.exp(-x))


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

        # the neighbourhood: houses in a network, residents in houses, ties between residents
        self.layout = build_layout(sc.neighbourhood.households, sc.neighbourhood.streets, self.rng)
        self.houses = Network(self.layout.graph, layout=dict(enumerate(self.layout.xy)),
                              random=self.random)  # fmt: skip
        self.pop = build_population(sc, self.layout, self.rng)
        self.ties = build_ties(sc, self.pop, self.rng)
        cells = self.houses._cells  # node id -> Cell
        self.residents = [
            Resident(self, i, cells[int(h)]) for i, h in enumerate(self.pop.household)
        ]
        n = self.pop.size
        self.n = n
        order = np.lexsort((self.pop.position, self.pop.street))
        self._street_order = order
        self._street_first = np.searchsorted(
            self.pop.street[order], np.arange(self.layout.street_length.size)
        )
        self._street_size = np.bincount(self.pop.street, minlength=self.layout.street_length.size)

        # the process state of each resident
        self.aware = np.zeros(n, dtype=bool)
        self.invited = np.zeros(n, dtype=bool)
        self.asked = np.zeros(n, dtype=bool)  # asked for the core group
        self.active = np.zeros(n, dtype=bool)  # taking part now
        self.ever_active = np.zeros(n, dtype=bool)
        self.core = np.zeros(n, dtype=bool)  # the working group (kerngroep)
        self.attended = np.zeros(n, dtype=bool)
        self.dropped = np.zeros(n, dtype=bool)
        self.visited = np.zeros(sc.neighbourhood.households, dtype=bool)

        self.facilitator = Facilitator(self, sc.facilitator.hours_per_week, sc.facilitator.outreach)
        self.municipality = Municipality(
            self, sc.municipality.control, sc.municipality.framework_clarity
        )
        self.ledger = Ledger(sc.budget.amount)
        self.initiatives: list[Initiative] = []
        self.conflicts: list[Conflict] = []
        self.first_realisation: int | None = None
        self.core_group_peak = 0
        self.proposals_in_frame_at_decision = 0
        self.proposals_to_decision = 0
        self.decision = None
        self.decision_inputs: tuple[list[Initiative], np.ndarray, DecisionProblem] | None = None

        self.update_wellbeing(weeks=0)
        self.pop.loneliness[:] = self._loneliness_target()
        self.start = {
            "cohesion": self.cohesion,
            "lonely_vulnerable": self.lonely_vulnerable,
            "liveability": self.liveability,
            "ownership": self.ownership,
            "trust": self.trust_municipality,
        }
        self.datacollector = mesa.DataCollector(model_reporters=REPORTERS)

    # === the calendar ==========================================================================
    def step(self) -> None:
        self.week += 1
        self.facilitator.start_week()
        self.mediate_conflicts()
        if self.week < self.kickoff_week:
            self.build_core_group()
        if self.kickoff_week < self.week < self.decision_week:
            self.work_out()  # checks come before more outreach in the facilitator's week
        if self.week <= self.decision_week:
            self.reach_out()
            self.mobilise()
        if self.week == self.kickoff_week:
            self.kickoff()
        if self.week == self.decision_week:
            self.decide()
        self.review()
        self.realise()
        self.maintain()
        self.meet()
        self.update_wellbeing()
        self.datacollector.collect(self)
        if self.week >= self.params.run.weeks:
            self.running = False

    def run_until(self, week: int | str) -> None:
        """Step until the end of ``week`` (a number, "kickoff" or "decision"), or the end."""
        target = {"kickoff": self.kickoff_week, "decision": self.decision_week}.get(week, week)
        while self.running and self.week < int(target):
            self.step()

    # === awareness and mobilisation ============================================================
    def expected_say(self) -> np.ndarray:
        """What residents expect to have to say: the announced control, their ownership, trust."""
        control = self.municipality.control
        return 0.5 * (1 - control) + 0.25 * self.pop.ownership + 0.25 * self.pop.trust

    def join_utility(self) -> np.ndarray:
        """Log-odds that a resident who knows of the buurtbudget takes part (logistic rule)."""
        r = self.params.residents
        p = self.pop
        ties_all = self.ties.neighbour_sum(np.ones(self.n)) + 1e-9
        peer = self.ties.neighbour_sum(self.active.astype(float)) / ties_all
        return (
            r.join_bias
            + CIVIC_WEIGHT * p.civic
            + TIME_WEIGHT * np.tanh(p.free_time / 6.0)
            + r.say_weight * self.expected_say()
            + r.peer_weight * peer
            + r.invite_weight * self.invited
            - r.vulnerable_barrier * p.vulnerable
        )

    def _invite_household(self, house: int) -> None:
        self.visited[house] = True
        members = self.pop.household == house
        self.aware |= members
        self.invited |= members

    def build_core_group(self) -> None:
        """Core-group outreach: the facilitator looks for a few willing residents per street."""
        if self.facilitator.outreach != "core_group":
            return
        want = CORE_PER_STREET * self._street_size.size
        u = self.join_utility()
        candidates = np.flatnonzero(~self.asked & ~self.core)
        # the facilitator asks the most civic-minded residents first (key figures, via partners)
        for i in candidates[np.argsort(-self.pop.civic[candidates], kind="stable")]:
            if self.core.sum() >= want:
                break
            if (self.core & (self.pop.street == self.pop.street[i])).sum() >= CORE_PER_STREET:
                continue  # this street has its member; no hours spent on asking
            if not self.facilitator.take("outreach", RECRUIT_HOURS):
                break
            self.asked[i] = True
            self.aware[i] = self.invited[i] = True
            if self.rng.random() < sigmoid(u[i] + self.params.residents.invite_weight):
                self._join(np.array([i]), core=True)

    def reach_out(self) -> None:
        """Invitation letter, door-to-door visits, core members' visits and word of mouth."""
        r = self.params.residents
        fac = self.facilitator
        # the municipality's invitation letter, two weeks before the kick-off (every strategy)
        if self.week == max(1, self.kickoff_week - 2):
            reach = r.flyer_reach * np.where(self.pop.isolated, ISOLATED_LETTER, 1.0)
            self.aware |= self.rng.random(self.n) < reach
        if fac.outreach == "door_to_door":
            visits = int(fac.hours_left // self.params.facilitator.visit_hours)
            todo = np.flatnonzero(~self.visited)
            for house in self.rng.permutation(todo)[:visits]:
                fac.take("outreach", self.params.facilitator.visit_hours)
                self._invite_household(int(house))
        elif fac.outreach == "core_group":
            # each core member knocks on one door in the own street each week
            for i in np.flatnonzero(self.core & ~self.dropped):
                s = self.pop.street[i]
                houses = np.flatnonzero((self.layout.street_of_house == s) & ~self.visited)
                if houses.size:
                    self._invite_household(int(self.rng.choice(houses)))
        # word of mouth along ties from those who take part
        talk = self.ties.neighbour_sum((self.active & ~self.dropped).astype(float))
        hear = self.rng.random(self.n) < 1 - np.exp(-r.word_of_mouth * talk)
        self.aware |= hear

    def mobilise(self) -> None:
        """Between kick-off and decision, aware residents may still join, at a low weekly rate."""
        if not (self.kickoff_week < self.week <= self.decision_week):
            return
        can = self.aware & ~self.active & ~self.dropped
        p = LATE_JOIN * sigmoid(self.join_utility())
        self._join(np.flatnonzero(can & (self.rng.random(self.n) < p)))

    def _join(self, who: np.ndarray, core: bool = False) -> None:
        self.active[who] = True
        self.ever_active[who] = True
        self.aware[who] = True
        if core:
            self.core[who] = True
            self.core_group_peak = max(self.core_group_peak, int((self.core & ~self.dropped).sum()))

    # === the kick-off: ideas ===================================================================
    def kickoff(self) -> None:
        """The participation evening: who comes, and the ideas they write in small groups."""
        u = self.join_utility()
        come = self.aware & ~self.dropped & (self.rng.random(self.n) < sigmoid(u))
        come |= self.core & ~self.dropped
        self.attended = come
        attendees = np.flatnonzero(come)
        self._join(attendees)
        # some of them join the working group
        stay = attendees[self.rng.random(attendees.size) < sigmoid(u[attendees] + CORE_SHIFT)]
        self._join(stay, core=True)
        # small groups write ideas
        say = self.expected_say()
        for i in self.rng.permutation(attendees):
            p_idea = self.params.residents.propose_rate * (0.4 + 0.6 * say[i])
            if self.rng.random() < p_idea:
                self.propose(int(i))
        self._meet_among(attendees, 3)

    def propose(self, proposer: int) -> Initiative | None:
        """A resident puts forward an idea on a theme they care about."""
        sc = self.params
        rng = self.rng
        theme = int(rng.choice(N_THEMES, p=self.pop.preferences[proposer]))
        street = int(self.pop.street[proposer])
        for other in self.initiatives:
            same = other.theme == theme and other.street == street
            if same and other.status == Status.idea and rng.random() < MERGE_IDEAS:
                other.supporters.append(proposer)
                return None
        cost = rng.uniform(COST_LOW[theme], COST_HIGH[theme]) * sc.budget.cost_scale
        ambitious = rng.random() < sc.budget.ambitious_share
        if ambitious:
            cost *= rng.uniform(2.0, 3.0)
        personal = rng.random() < sc.process.personal_share
        criteria = Criteria(
            several_benefit=not personal,
            pleasant=rng.random() >= NOT_PLEASANT,
            feasible=not ambitious,
            cost_ok=cost <= sc.budget.max_project_share * sc.budget.amount,
            maintenance=False,
            not_personal=not personal,
        )
        street_len = int(self.layout.street_length[street])
        position = int(
            np.clip(self.pop.position[proposer] + rng.integers(-3, 4), 0, street_len - 1)
        )
        idea = Initiative(self, theme, cost, proposer, street, position, criteria, ambitious)
        self.initiatives.append(idea)
        return idea

    # === working out ideas against the framework ===============================================
    def work_out(self) -> None:
        """Working sessions: check ideas against the framework, find a trekker, do homework."""
        sc = self.params
        clarity = self.municipality.framework_clarity
        check_cost = sc.facilitator.check_hours * (1.5 - 0.5 * clarity)
        # the core group may still add an idea at the start of a working session
        for i in np.flatnonzero(self.core & ~self.dropped):
            if self.rng.random() < 0.2 * sc.residents.propose_rate:
                self.propose(int(i))
        for idea in [i for i in self.initiatives if i.status == Status.idea]:
            if not idea.objections_raised:  # once it is drawn on the map
                self.raise_objections(idea)
            if not idea.checked and self.facilitator.take("checks", check_cost):
                self.check_against_framework(idea)
            if idea.status != Status.idea:
                continue
            self.find_trekker(idea)
            self.do_homework(idea)
        self._meet_among(np.flatnonzero(self.core & ~self.dropped), 2)

    def check_against_framework(self, idea: Initiative) -> None:
        """The facilitator and the working group test an idea; a vague frame gives misjudgements."""
        clarity = self.municipality.framework_clarity
        truth = idea.criteria.all_met
        right = self.rng.random() < 0.6 + 0.4 * clarity
        idea.checked = True
        idea.judged_in_frame = truth if right else not truth
        extra_ok = all(rule(idea) for rule in self.municipality.extra_rules)
        if not extra_ok:  # a rule the municipality added: no homework can mend it
            idea.judged_in_frame = False
        if not idea.judged_in_frame and not (idea.criteria.fixable and right and extra_ok):
            # outside the frame: passed on to the council or OCMW [10]
            idea.status = Status.redirected
            idea.mark("redirected")
            if truth:  # wrongly turned away
                self._feel(idea.supporters, ownership=-0.1, trust=-0.03)

    def find_trekker(self, idea: Initiative) -> None:
        if idea.trekker is not None and not self.dropped[idea.trekker]:
            return
        idea.trekker = None
        p = self.pop
        share = self.params.residents.volunteer_share
        cands = [s for s in idea.supporters if not self.dropped[s]]
        cands = [s for s in cands if p.free_time[s] * share >= MIN_TREKKER_HOURS]
        if cands:
            idea.trekker = max(cands, key=lambda s: p.free_time[s])

    def do_homework(self, idea: Initiative) -> None:
        """Compare prices, plan the neighbours' help, agree on maintenance [10]."""
        c = idea.criteria
        clarity = self.municipality.framework_clarity
        chance = HOMEWORK_GUIDED if idea.checked else HOMEWORK_ALONE
        limit = self.params.budget.max_project_share * self.ledger.budget
        if (idea.ambitious or not c.cost_ok) and self.rng.random() < chance:
            # a smaller version: compare prices, fewer items, neighbours' own materials
            idea.cost = min(idea.cost / self.rng.uniform(2.0, 3.0), limit)
            idea.ambitious = False
            c.feasible = True
            c.cost_ok = idea.cost <= limit
        has_lead = idea.trekker is not None
        if not c.maintenance and has_lead and self.rng.random() < chance * (0.5 + clarity):
            c.maintenance = True

    def raise_objections(self, idea: Initiative) -> None:
        """Drawn on a map, an idea can bother the neighbours; a vague frame invites disputes."""
        sc = self.params
        p = self.pop
        idea.objections_raised = True
        near = np.flatnonzero(
            (p.street == idea.street) & (np.abs(p.position - idea.position) <= BURDEN_RADIUS)
        )
        near = near[~np.isin(near, idea.supporters)]
        if near.size:
            objector = int(near[np.argmin(p.tolerance[near])])
            chance = (
                sc.conflict.conflict_rate * BURDEN[idea.theme] * 2 * (1 - p.tolerance[objector])
            )
            if self.rng.random() < chance:
                self.open_conflict("burden", objector, idea.proposer, idea)
        others = np.flatnonzero(self.core & ~self.dropped)
        others = others[others != idea.proposer]
        clarity = self.municipality.framework_clarity
        if others.size and self.rng.random() < sc.conflict.dispute_rate * (1 - clarity):
            self.open_conflict("dispute", int(self.rng.choice(others)), idea.proposer, idea)

    # === deliberation and conflict =============================================================
    def open_conflict(self, kind: str, a: int, b: int, idea: Initiative | None) -> Conflict:
        conflict = Conflict(self, kind, a, b, idea)
        self.conflicts.append(conflict)
        return conflict

    def mediate_conflicts(self) -> None:
        """The facilitator mediates the most severe conflicts first; the rest develop alone."""
        hours = self.params.facilitator.mediation_hours
        open_ = sorted((c for c in self.conflicts if c.open), key=lambda c: -c.severity)
        for conflict in open_:
            conflict.develop(mediated=self.facilitator.take("mediation", hours))

    def on_escalation(self, conflict: Conflict) -> None:
        """An escalated conflict breaks the tie, can make people drop out and costs trust."""
        a, b = conflict.a, conflict.b
        self.ties.break_tie(a, b)
        drop = self.params.conflict.dropout_on_escalation
        for person in (a, b):
            if self.rng.random() < drop:
                self.dropped[person] = True
                self.active[person] = False
                self.core[person] = False
        self._feel([a, b], ownership=-0.1, trust=-0.05)
        idea = conflict.initiative
        if idea is not None and idea.status == Status.idea and self.rng.random() < 0.5:
            idea.status = Status.withdrawn
            idea.mark("withdrawn")

    def _feel(self, who, ownership: float = 0.0, trust: float = 0.0) -> None:
        """Change ownership and trust; trust losses weigh ``trust_loss_aversion`` times more."""
        idx = np.asarray(list(who) if not isinstance(who, np.ndarray) else who, dtype=np.int64)
        if idx.size == 0:
            return
        p = self.pop
        p.ownership[idx] = np.clip(p.ownership[idx] + ownership, 0, 1)
        delta = trust * (self.loss_aversion if trust < 0 else 1.0)
        p.trust[idx] = np.clip(p.trust[idx] + delta, 0, 1)

    # === the decision ==========================================================================
    def decide(self) -> None:
        """Decision evening and household poll: the decision rule picks the projects."""
        sc = self.params
        for idea in self.initiatives:
            if idea.status == Status.idea:
                self.find_trekker(idea)
                if idea.trekker is None:
                    idea.status = Status.withdrawn
                    idea.mark("withdrawn")
        options = [i for i in self.initiatives if i.status == Status.idea]
        self.proposals_to_decision = len(options)
        self.proposals_in_frame_at_decision = sum(i.criteria.all_met for i in self.initiatives)
        voters = np.flatnonzero(self.aware & ~self.dropped)
        problem = self.decision_problem(options, voters)
        self.decision_inputs = (options, voters, problem)  # kept for the workbook's comparisons
        self.decision = decide(sc.process.decision_rule, problem)
        funded = self.decision.amounts > 0
        for idea, amount, yes in zip(options, self.decision.amounts, funded, strict=True):
            idea.mark("decided")
            if yes:
                idea.mark("funded")
                idea.amount = self.ledger.allocate(idea.unique_id, float(amount))
                idea.trimmed_at_decision = amount < idea.cost - 1e-6
                idea.status = Status.in_review
                idea.review_due = self.week + self.municipality.review_delay()
            else:
                idea.status = Status.not_chosen
                self._feel(idea.supporters, ownership=-0.03)
        self._overruled_by_college(options, problem, funded)
        self._competition_conflicts(options, funded)
        # deciding together is itself a reason to meet, and a taste of ownership
        self._meet_among(np.flatnonzero(self.active & ~self.dropped), 1)
        if sc.process.decision_rule != "college":
            self._feel(np.flatnonzero(self.active), ownership=0.1 * (1 - self.municipality.control))

    def decision_problem(self, options: list[Initiative], voters: np.ndarray) -> DecisionProblem:
        """Each voter's utility: taste for the theme, own street, minus the burden at the door."""
        p = self.pop
        themes = np.array([i.theme for i in options], dtype=np.int64)
        costs = np.array([i.cost for i in options], dtype=float)
        streets = np.array([i.street for i in options], dtype=np.int64)
        positions = np.array([i.position for i in options], dtype=np.int64)
        prefs = p.preferences[voters][:, themes] * N_THEMES
        same = p.street[voters][:, None] == streets[None, :]
        close = same & (np.abs(p.position[voters][:, None] - positions[None, :]) <= BURDEN_RADIUS)
        burden = close * BURDEN[themes][None, :] * (1 - p.tolerance[voters])[:, None] * 2
        utilities = prefs - 0.8 + 0.4 * same - burden
        frame = np.array([1.0 if i.judged_in_frame is not False else 0.0 for i in options])
        budget = max(self.ledger.budget, 1.0)
        scores = COLLEGE_TASTE[themes] - costs / budget + 0.5 * frame - 0.3 * BURDEN[themes]
        return DecisionProblem(
            costs=costs,
            approvals=utilities > 0,
            utilities=utilities,
            municipal_scores=scores,
            budget=self.ledger.budget,
            max_trim=self.params.budget.max_trim,
        )

    def _overruled_by_college(self, options, problem: DecisionProblem, funded) -> None:
        if self.params.process.decision_rule != "college" or not options:
            return
        wanted = decide("approval_greedy", problem).amounts > 0
        for idea, w, f in zip(options, wanted, funded, strict=True):
            if w and not f:
                self._feel(idea.supporters, ownership=-0.15, trust=-0.05)
        self._feel(np.flatnonzero(self.active), ownership=-0.05)
        self._feel(np.flatnonzero(self.aware), trust=-0.02)

    def _competition_conflicts(self, options, funded) -> None:
        winners = [i for i, f in zip(options, funded, strict=True) if f]
        if not winners:
            return
        rate = self.params.conflict.conflict_rate * 0.5
        for idea, f in zip(options, funded, strict=True):
            if f or self.dropped[idea.proposer]:
                continue
            if self.rng.random() < rate * 2 * (1 - self.pop.tolerance[idea.proposer]):
                rival = winners[int(self.rng.integers(len(winners)))]
                self.open_conflict("competition", idea.proposer, rival.proposer, rival)

    # === municipal review ======================================================================
    def review(self) -> None:
        """The municipality ends its review: approve, trim or veto. Waiting costs trust."""
        for idea in self.initiatives:
            if idea.status != Status.in_review:
                continue
            if self.week - idea.history["decided"] > 4:
                self._feel(idea.supporters, trust=-0.002)
            if not self.review_is_due(idea):
                continue
            verdict = self.municipality.verdict(idea)
            idea.mark("reviewed")
            if verdict == "veto":
                self.municipality.vetoes += 1
                idea.status = Status.vetoed
                idea.mark("vetoed")
                self.ledger.release(idea.unique_id)
                idea.amount = 0.0
                self._feel(idea.supporters, ownership=-0.15, trust=-0.05)
                self._feel(np.flatnonzero(self.aware), trust=-0.01)  # word of a veto spreads
                continue
            if verdict == "trim":
                self.municipality.trims += 1
                cut = idea.amount * float(self.rng.uniform(0.65, 0.85))
                idea.amount = self.ledger.reduce(idea.unique_id, cut)
                idea.trimmed_in_review = True
                self._feel(idea.supporters, ownership=-0.05, trust=-0.02)
            else:
                self._feel(idea.supporters, ownership=0.05, trust=0.03)
            self.start_realisation(idea)

    def review_is_due(self, idea: Initiative, week: int | None = None) -> bool:
        """Whether the municipality ends its review of ``idea`` in ``week`` (default: now)."""
        week = self.week if week is None else week
        return idea.status == Status.in_review and week >= idea.review_due

    def reviews_due_next_week(self) -> list[Initiative]:
        """The initiatives whose review ends in the coming step (for playing the municipality)."""
        return [i for i in self.initiatives if self.review_is_due(i, self.week + 1)]

    def start_realisation(self, idea: Initiative) -> None:
        idea.status = Status.in_progress
        idea.mark("approved")
        idea.hours_needed = 5.0 + self.params.process.hours_per_1000_euro * idea.amount / 1000
        idea.ready_week = self.week + self.params.process.preparation_weeks
        # neighbours who liked it lend a hand
        p = self.pop
        street = np.flatnonzero((p.street == idea.street) & self.aware & ~self.dropped)
        street = street[~np.isin(street, [idea.trekker])]
        if street.size:
            liking = p.preferences[street, idea.theme] * N_THEMES
            u = self.join_utility()[street] + liking - 1.0
            willing = street[self.rng.random(street.size) < sigmoid(u)]
            idea.helpers = [int(h) for h in self.rng.permutation(willing)[:MAX_HELPERS]]
            self._join(np.array(idea.helpers, dtype=np.int64))

    # === realisation ===========================================================================
    def realise(self) -> None:
        """Volunteers put in hours; the facilitator supports; a project is done when hours are."""
        share = self.params.residents.volunteer_share
        ft = self.pop.free_time
        for idea in self.initiatives:
            if idea.status != Status.in_progress or self.week < idea.ready_week:
                continue
            if idea.trekker is None or self.dropped[idea.trekker]:
                idea.trekker = None
                idea.stalled_weeks += 1
                living = [h for h in idea.helpers if not self.dropped[h]]
                if living and self.rng.random() < 0.3:
                    idea.trekker = max(living, key=lambda h: ft[h])
                    idea.helpers.remove(idea.trekker)
                    idea.stalled_weeks = 0
                elif idea.stalled_weeks > STALL_LIMIT:
                    idea.status = Status.abandoned
                    idea.mark("abandoned")
                    self.ledger.release(idea.unique_id)
                    idea.amount = 0.0
                    continue
                if idea.trekker is None:
                    continue
            helpers = np.array([h for h in idea.helpers if not self.dropped[h]], dtype=np.int64)
            # conditional cooperation: a helper turns up while the others did too
            willing = idea.reciprocity * (0.5 + 0.5 * self.pop.ownership[helpers])
            came = helpers[self.rng.random(helpers.size) < willing]
            hours = share * (ft[idea.trekker] + ft[came].sum())
            if self.facilitator.take("support", SUPPORT_HOURS):
                hours += SUPPORT_HOURS
            if helpers.size:
                if came.size >= RECIPROCITY_QUORUM * helpers.size:
                    idea.reciprocity = min(1.0, idea.reciprocity + RECIPROCITY_STEP)
                else:
                    idea.reciprocity *= 1 - 2 * RECIPROCITY_STEP
            idea.hours_done += hours
            self._meet_pairs([(idea.trekker, int(h)) for h in came])
            if idea.hours_done >= idea.hours_needed:
                self.complete(idea)

    def complete(self, idea: Initiative) -> None:
        self.ledger.spend(idea.unique_id, idea.amount)
        idea.status = Status.realised
        idea.condition = 1.0
        idea.keepers = [m for m in (idea.trekker, *idea.helpers) if m is not None]
        idea.mark("realised")
        if self.first_realisation is None:
            self.first_realisation = self.week
        makers = [m for m in (idea.trekker, *idea.helpers) if not self.dropped[m]]
        self._feel(makers, ownership=0.1, trust=0.02)
        street = np.flatnonzero(self.pop.street == idea.street)
        self._feel(street, ownership=0.02, trust=0.01)
        # once it stands there, it can bother the neighbour at the door
        p = self.pop
        near = street[np.abs(p.position[street] - idea.position) <= BURDEN_RADIUS]
        near = near[~np.isin(near, makers)]
        if near.size:
            objector = int(near[np.argmin(p.tolerance[near])])
            chance = (
                self.params.conflict.conflict_rate
                * BURDEN[idea.theme]
                * (1 - p.tolerance[objector])
            )
            if self.rng.random() < chance:
                self.open_conflict("burden", objector, idea.trekker, idea)

    # === sustainability ========================================================================
    def maintain(self) -> None:
        """Upkeep depends on the makers' ownership and the maintenance agreement."""
        hours = self.params.process.upkeep_hours
        share = self.params.residents.volunteer_share
        for idea in self.initiatives:
            if idea.status != Status.realised:
                continue
            # volunteers drift away over time, sooner when they feel little ownership
            keepers = [k for k in idea.keepers if not self.dropped[k]]
            own_k = self.pop.ownership[keepers]
            stay = self.rng.random(len(keepers)) >= KEEPER_LEAVE * (1.5 - own_k)
            idea.keepers = [k for k, ok in zip(keepers, stay, strict=True) if ok]
            kept = False
            if idea.keepers:
                own = sum(self.pop.ownership[k] for k in idea.keepers) / len(idea.keepers)
                time_ok = share * sum(self.pop.free_time[k] for k in idea.keepers) >= hours
                p_keep = 1 / (1 + math.exp(-(4 * own - 2.5 + 1.5 * idea.criteria.maintenance)))
                kept = time_ok and self.rng.random() < p_keep
            idea.condition = min(1.0, idea.condition + REPAIR) if kept else idea.condition - DECAY
            if idea.condition < DECAYED_BELOW:
                idea.status = Status.decayed
                idea.mark("decayed")

    # === meeting, ties and wellbeing ===========================================================
    def meet(self) -> None:
        """Chance meetings in the street; meeting places make them more likely."""
        boost_street = np.zeros(self._street_size.size)
        boost_all = 0.0
        mu = self.params.process.meeting_boost
        for idea in self.initiatives:
            if idea.status == Status.realised:
                gain = mu * MEETING[idea.theme] * idea.condition
                if NEIGHBOURHOOD_WIDE[idea.theme]:
                    boost_all += gain * 0.5
                else:
                    boost_street[idea.street] += gain
        chance = BASE_MEET + boost_street[self.pop.street] + boost_all
        who = np.flatnonzero(self.rng.random(self.n) < chance)
        if who.size == 0:
            return
        same = self.rng.random(who.size) < SAME_STREET_MEET
        street = self.pop.street[who]
        k = (self.rng.random(who.size) * self._street_size[street]).astype(np.int64)
        local = self._street_order[self._street_first[street] + k]
        anywhere = self.rng.integers(0, self.n, who.size)
        partner = np.where(same, local, anywhere)
        self._meet_pairs(zip(who.tolist(), partner.tolist(), strict=True))

    def _meet_among(self, group: np.ndarray, each: int) -> None:
        """At an evening, each person in ``group`` talks with ``each`` others of the group."""
        if group.size < 2:
            return
        partners = self.rng.choice(group, size=(group.size, each))
        pairs = zip(np.repeat(group, each).tolist(), partners.ravel().tolist(), strict=True)
        self._meet_pairs(pairs)

    def _meet_pairs(self, pairs) -> None:
        for i, j in pairs:
            self.ties.strengthen(i, j, MEET_GAIN)

    def _support(self) -> np.ndarray:
        return 1 - np.exp(-self.ties.strength_sum() / SUPPORT_SCALE)

    def _loneliness_target(self, support: np.ndarray | None = None) -> np.ndarray:
        support = self._support() if support is None else support
        return np.clip(self.pop.loneliness_base * (1.3 - support), 0, 1)

    def update_wellbeing(self, weeks: int = 1) -> None:
        """Ties fade without contact; loneliness follows support; taking part builds ownership."""
        if weeks:
            self.ties.decay(TIE_DECAY)
        support = self._support()
        if weeks:
            p = self.pop
            p.loneliness += LONELINESS_SPEED * (self._loneliness_target(support) - p.loneliness)
            busy = self.active & ~self.dropped
            gain = OWNERSHIP_GROWTH * (1 - self.municipality.control)
            p.ownership[busy] += gain * (1 - p.ownership[busy])
        self._cohesion = float(support.mean()) if self.n else 0.0

    # === measures (reported weekly by the DataCollector) =======================================
    @property
    def cohesion(self) -> float:
        """Mean social support from ties to neighbours outside the household (0-1)."""
        return self._cohesion

    @property
    def lonely_vulnerable(self) -> float:
        """Share of vulnerable residents who feel lonely (NaN when there are none)."""
        v = self.pop.vulnerable
        if not v.any():
            return math.nan
        return float((self.pop.loneliness[v] > LONELY_FROM).mean())

    @property
    def liveability(self) -> float:
        """How pleasant the neighbourhood is: a base from SES plus what residents realised."""
        base = 0.35 + 0.2 * self.params.neighbourhood.ses_mean
        for idea in self.initiatives:
            if idea.status in (Status.realised, Status.decayed):
                base += LIVEABILITY_STEP * LIVEABILITY[idea.theme] * max(idea.condition, 0.0)
        return float(min(1.0, base))

    @property
    def ownership(self) -> float:
        return float(self.pop.ownership.mean())

    @property
    def trust_municipality(self) -> float:
        return float(self.pop.trust.mean())

    @property
    def aware_share(self) -> float:
        return float(self.aware.mean())

    @property
    def participants(self) -> int:
        return int(self.ever_active.sum())

    @property
    def core_group(self) -> int:
        return int((self.core & ~self.dropped).sum())

    def count(self, *statuses: Status) -> int:
        return sum(1 for i in self.initiatives if i.status in statuses)

    @property
    def realised_so_far(self) -> int:
        return sum(1 for i in self.initiatives if "realised" in i.history)

    @property
    def sustained(self) -> int:
        return sum(
            1 for i in self.initiatives
            if i.status == Status.realised and i.condition >= SUSTAINED_FROM
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


REPORTERS = {
    "phase": "phase",
    "aware_share": "aware_share",
    "participants": "participants",
    "core_group": "core_group",
    "proposals": lambda m: len(m.initiatives),
    "funded": lambda m: sum("funded" in i.history for i in m.initiatives),
    "realised": "realised_so_far",
    "sustained": "sustained",
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
