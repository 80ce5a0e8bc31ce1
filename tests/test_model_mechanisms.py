"""One or more tests per mechanism of the model.

Most tests compare a mechanism's outcome between two settings over a handful of seeds, or step
a model to a chosen week and look at its state. The seeds are fixed, so the tests are
deterministic; the margins are set well inside the gaps seen over those seeds (noted per test),
so that a model without the mechanism fails while a small change in the random stream does not.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

import buurtsim.model.decision as decision_module
from buurtsim.model import BuurtbudgetModel, Status, conflicts, outreach, realisation, review, trust
from buurtsim.model import wellbeing as wb
from buurtsim.model.outreach import EVENING_HOURS
from buurtsim.model.themes import COST_HIGH, COST_LOW, theme_index
from buurtsim.rules import RULES

SEEDS = range(8)


def step_to(model: BuurtbudgetModel, week: int) -> BuurtbudgetModel:
    while model.week < week:
        model.step()
    return model


# === the neighbourhood: houses, residents and ties ================================================
def test_houses_form_a_mesa_network_with_one_cell_per_household(model_at):
    from mesa.discrete_space import Network

    model = model_at()
    households = model.params.neighbourhood.households
    assert isinstance(model.houses, Network)
    cells = list(model.houses.all_cells)
    assert len(cells) == households
    assert sorted(c.coordinate for c in cells) == list(range(households))
    assert len(model.residents) == model.n == model.pop.size
    for resident in model.residents:
        cell = resident.cell
        assert cell.coordinate == resident.household
        assert resident in cell.agents
    # every household has at least one adult, and a cell holds only its own household
    for cell in cells:
        assert len(cell.agents) >= 1
        assert {a.household for a in cell.agents} == {cell.coordinate}


def test_next_door_houses_are_linked_within_a_street(model_at):
    import networkx as nx

    model = model_at()
    street = model.layout.street_of_house
    graph = model.layout.graph
    assert len(np.unique(street)) == model.params.neighbourhood.streets
    assert nx.is_connected(graph)  # the streets meet somewhere
    for s in np.unique(street):
        houses = np.flatnonzero(street == s).tolist()
        assert nx.is_connected(graph.subgraph(houses)), f"street {s} is not a row of houses"


@pytest.mark.parametrize("cross", [0.0, 0.15, 0.5])
def test_ties_form_mostly_within_streets(model_at, cross):
    shares = []
    for seed in range(3):
        model = model_at({"neighbourhood.cross_street_ties": cross}, seed=seed)
        u, v, _ = model.ties.edges()
        household = model.pop.household
        outside = household[u] != household[v]
        street = model.pop.street
        shares.append(float((street[u][outside] == street[v][outside]).mean()))
    if cross == 0:
        assert min(shares) == 1.0
    else:
        # a tie across streets lands in the own street by chance 1 in 8, so the share is higher
        assert min(shares) > 1 - cross - 0.05, shares


def test_household_members_are_tied_and_those_ties_never_fade(model_at):
    model = model_at()
    u, v, s = model.ties.edges()
    k = model.ties.household[: model.ties.size][model.ties.strength[: model.ties.size] > 0]
    assert (model.pop.household[u][k] == model.pop.household[v][k]).all()
    assert (s[k] == 1.0).all()
    sizes = np.bincount(model.pop.household)
    assert k.sum() == int((sizes * (sizes - 1) // 2).sum())
    step_to(model, 60)
    _, _, s2 = model.ties.edges()
    k2 = model.ties.household[: model.ties.size][model.ties.strength[: model.ties.size] > 0]
    assert k2.sum() == k.sum()
    assert (s2[k2] == 1.0).all()


def test_population_matches_the_scenario(model_at):
    model = model_at({"neighbourhood.vulnerable_share": 0.4})
    pop = model.pop
    assert pop.vulnerable.mean() == pytest.approx(0.4, abs=1 / model.n)
    assert (pop.isolated <= pop.vulnerable).all()  # only vulnerable residents are isolated
    assert np.allclose(pop.preferences.sum(axis=1), 1.0)
    assert pop.preferences.shape == (model.n, 7)
    assert len(np.unique(pop.household)) == model.params.neighbourhood.households


# === awareness and mobilisation ==================================================================
def test_awareness_grows_with_word_of_mouth(model_at):
    # seeds 0-7 at the decision week: about 0.64 aware without, 0.70 with word of mouth 0.5
    def aware(o):
        return [model_at(o, week="decision", seed=s).aware.mean() for s in SEEDS]

    silent = aware({"residents.word_of_mouth": 0.0})
    talkative = aware({"residents.word_of_mouth": 0.5})
    assert np.mean(talkative) - np.mean(silent) > 0.03
    assert all(t > s for t, s in zip(talkative, silent, strict=True))


def test_the_invitation_letter_reaches_about_flyer_reach(model_at):
    # info evening only and no word of mouth: the letter is the only way to hear of it
    for reach in (0.2, 0.55, 0.9):
        o = {
            "facilitator.outreach": "info_evening",
            "residents.word_of_mouth": 0.0,
            "residents.flyer_reach": reach,
        }
        letter = 8 - outreach.LETTER_WEEKS_BEFORE  # three weeks before the kick-off (week 8)
        before = model_at(o, week=letter - 1, seed=1)
        assert not before.aware.any()
        shares, isolated = [], []
        for seed in range(4):
            model = model_at(o, week=letter, seed=seed)
            shares.append(model.aware[~model.pop.isolated].mean())
            isolated.append(model.aware[model.pop.isolated].mean())
        assert np.mean(shares) == pytest.approx(reach, abs=0.04)
        # isolated residents notice the letter less often
        assert np.mean(isolated) < np.mean(shares) - 0.25 * reach


def test_door_to_door_makes_visited_households_aware_and_invited(model_at):
    o = {"facilitator.outreach": "door_to_door"}
    model = model_at(o, week=1, seed=3)
    hours = model.params.facilitator.hours_per_week
    visits = int(hours // model.params.facilitator.visit_hours)
    assert model.visited.sum() == visits
    in_visited = model.visited[model.pop.household]
    assert model.aware[in_visited].all()
    assert model.invited[in_visited].all()
    assert not model.invited[~in_visited].any()
    assert not model.aware[~in_visited].any()  # the letter has not gone out yet
    assert model.facilitator.spent["outreach"] == pytest.approx(
        visits * model.params.facilitator.visit_hours
    )
    # an information evening invites in person only those who came, on its one evening
    evening = 8 - outreach.EVENING_WEEKS_BEFORE
    assert not model_at({"facilitator.outreach": "info_evening"}, week=evening - 1).invited.any()
    model = model_at({"facilitator.outreach": "info_evening"}, week=evening)
    assert model.invited.sum() == model.info_evening_turnout > 0
    assert not (model.invited & ~model.aware).any()  # only who had heard of it came
    assert model.facilitator.spent["outreach"] == outreach.EVENING_HOURS


def test_door_to_door_visits_grow_with_facilitator_hours(model_at):
    few = model_at({"facilitator.outreach": "door_to_door", "facilitator.hours_per_week": 2}, 7)
    many = model_at({"facilitator.outreach": "door_to_door", "facilitator.hours_per_week": 12}, 7)
    assert few.visited.sum() == 7 * 4
    assert many.visited.sum() == 7 * 24
    none = model_at({"facilitator.outreach": "door_to_door", "facilitator.hours_per_week": 0}, 7)
    assert none.visited.sum() == 0


def test_core_group_outreach_finds_at_most_one_member_per_street(model_at):
    members = 0
    for seed in range(4):
        model = model_at({"facilitator.outreach": "core_group"}, week=7, seed=seed)
        core = np.flatnonzero(model.core)
        members += core.size
        assert core.size <= model.params.neighbourhood.streets
        assert len(set(model.pop.street[core].tolist())) == core.size
        # core members knock on doors in their own street, and nobody else visits
        visited_streets = set(model.layout.street_of_house[model.visited].tolist())
        assert visited_streets <= set(model.pop.street[core].tolist())
        assert model.visited.any() == (core.size > 0)
    assert members > 0


def test_join_rule_is_logistic_in_its_drivers(model_at):
    model = model_at(week=4, seed=5)
    base = model.join_utility()

    def changed(attribute, values):
        array = getattr(model.pop, attribute)
        saved = array.copy()
        array[:] = values
        try:
            return model.join_utility()
        finally:
            array[:] = saved

    assert (changed("civic", model.pop.civic + 0.2) > base).all()
    assert (changed("free_time", model.pop.free_time + 5) > base).all()
    assert (changed("ownership", model.pop.ownership + 0.2) > base).all()
    assert (changed("trust", model.pop.trust + 0.2) > base).all()
    assert (changed("vulnerable", np.ones(model.n, dtype=bool)) <= base).all()
    # contacts who take part pull a resident in
    saved = model.active.copy()
    model.active[:] = True
    with_peers = model.join_utility()
    model.active[:] = saved
    tied = model.ties.strength_sum(include_household=True) > 0
    assert (with_peers[tied] > base[tied]).all()


def test_higher_civic_propensity_means_more_joining(summaries):
    # seeds 100-109: kick-off about 21 at civic 0.1, about 70 at civic 0.6
    low = summaries({"neighbourhood.civic_propensity_mean": 0.1})
    high = summaries({"neighbourhood.civic_propensity_mean": 0.6})
    assert high.kickoff_attendance.mean() > 1.8 * low.kickoff_attendance.mean()
    assert high.participation_rate.mean() > low.participation_rate.mean() + 0.05


def test_higher_control_means_lower_expected_say_and_less_joining(model_at, summaries):
    loose = model_at({"municipality.control": 0.1}, week=1, seed=4)
    tight = model_at({"municipality.control": 0.9}, week=1, seed=4)
    assert (tight.expected_say() < loose.expected_say()).all()
    # seeds 100-109: participation about 0.16 at control 0, 0.07 at control 1
    free = summaries({"municipality.control": 0.0})
    ruled = summaries({"municipality.control": 1.0})
    assert free.participation_rate.mean() > ruled.participation_rate.mean() + 0.04
    assert free.kickoff_attendance.mean() > ruled.kickoff_attendance.mean() + 8


# === the kick-off and ideas ======================================================================
@pytest.mark.parametrize("seed", range(4))
def test_ideas_come_only_from_kickoff_attendees_and_the_core_group(model_at, seed):
    model = model_at(week=0, seed=seed)
    while model.week < model.decision_week:
        known = len(model.initiatives)
        model.step()
        if model.week < model.kickoff_week:
            assert not model.initiatives, "no ideas before the kick-off"
        for idea in model.initiatives[known:]:
            if model.week == model.kickoff_week:
                assert model.attended[idea.proposer]
            else:
                assert model.core[idea.proposer]
    assert model.attended.sum() > 0
    assert model.ever_active[model.attended].all()
    assert len(model.initiatives) > 0


@pytest.mark.parametrize("scale", [1.0, 2.5])
def test_idea_costs_follow_the_theme_ranges(model_at, scale):
    ambitious_seen = 0
    for seed in range(4):
        model = model_at({"budget.cost_scale": scale}, week=0, seed=seed)
        while model.week < model.decision_week:
            known = len(model.initiatives)
            model.step()
            for idea in model.initiatives[known:]:  # as proposed, before any homework
                low = COST_LOW[idea.theme] * scale
                high = COST_HIGH[idea.theme] * scale
                if idea.ambitious:
                    ambitious_seen += 1
                    assert 2 * low <= idea.cost <= 3 * high
                else:
                    assert low <= idea.cost <= high
    assert ambitious_seen > 0


def test_typical_arendonk_idea_asks_about_1300_to_1800_euro(model_at):
    # what residents ask (Model 2); seeds 0-5: median about 1,610 euro
    costs = []
    for seed in range(6):
        model = model_at({"budget.ambitious_share": 0.0}, week="kickoff", seed=seed)
        costs += [i.cost for i in model.initiatives]
    assert 1300 <= np.median(costs) <= 1800
    # so six typical proposals ask more than Arendonk's 8,000 euro, and the package must be cut
    assert 6 * np.median(costs) > 8000


def test_no_ambitious_ideas_when_their_share_is_zero(model_at):
    model = model_at({"budget.ambitious_share": 0.0}, week="decision", seed=1)
    assert not any(i.ambitious for i in model.initiatives)


def test_every_funded_initiative_has_a_trekker(model_at):
    funded_seen = 0
    for seed in range(6):
        model = model_at(week="decision", seed=seed)
        funded = [i for i in model.initiatives if i.status == Status.in_review]
        funded_seen += len(funded)
        for idea in funded:
            assert idea.trekker is not None
            assert idea.trekker in idea.supporters
            assert not model.dropped[idea.trekker]
            assert idea.amount > 0
        # and an idea without anyone to lead it does not reach the decision
        for idea in model.initiatives:
            if "decided" in idea.history:
                assert idea.trekker is not None
    assert funded_seen > 0


# === the framework ===============================================================================
def out_of_frame_at_decision(model: BuurtbudgetModel) -> int:
    return sum(1 for i in model.initiatives if "decided" in i.history and not i.criteria.all_met)


def test_a_clear_framework_keeps_out_of_frame_ideas_from_the_decision(model_at):
    # seeds 0-7: about 6 out-of-frame ideas reach the decision at clarity 0.1, under 1 at 1.0
    vague = [
        out_of_frame_at_decision(model_at({"municipality.framework_clarity": 0.1}, "decision", s))
        for s in SEEDS
    ]
    clear = [
        out_of_frame_at_decision(model_at({"municipality.framework_clarity": 1.0}, "decision", s))
        for s in SEEDS
    ]
    assert np.mean(vague) - np.mean(clear) > 2.5, (vague, clear)
    assert sum(v > c for v, c in zip(vague, clear, strict=True)) >= 6


def test_without_a_facilitator_nobody_checks_the_ideas(summaries):
    none = summaries({"facilitator.hours_per_week": 0})
    assert (none.proposals_redirected == 0).all()
    some = summaries({})
    assert some.proposals_redirected.sum() > 0


def test_a_clear_check_never_turns_away_an_idea_that_meets_the_criteria(model_at):
    for seed in range(6):
        model = model_at({"municipality.framework_clarity": 1.0}, week="decision", seed=seed)
        for idea in model.initiatives:
            if idea.status == Status.redirected:
                assert not idea.criteria.all_met


# === conflicts ===================================================================================
def intolerant_conflict(model: BuurtbudgetModel):
    """A fresh conflict between two residents who tolerate nothing (so it never settles alone)."""
    a, b = 0, model.n - 1
    model.pop.tolerance[[a, b]] = 0.0
    model.ties.add(a, b, 0.6)
    return model.open_conflict("dispute", a, b, None)


def conflict_record(model_at, overrides, tolerance, mediated, n=200, weeks=20):
    """Shares of ``n`` fresh disputes (between parties of ``tolerance``) resolved and escalated
    within ``weeks`` weeks, and the mean weeks of mediation they took."""
    model = model_at(overrides, week=1, seed=3)
    resolved = escalated = 0
    sessions = []
    for k in range(n):
        a, b = 0, model.n - 1 - k
        model.pop.tolerance[[a, b]] = tolerance
        conflict = model.open_conflict("dispute", a, b, None)
        for _ in range(weeks):
            conflicts.develop(model, conflict, mediated=mediated)
            if conflict.resolved or conflict.escalated:
                break
        resolved += conflict.resolved
        escalated += conflict.escalated
        sessions.append(conflict.mediated_weeks)
    return resolved / n, escalated / n, float(np.mean(sessions))


def test_unmediated_conflicts_between_intolerant_residents_escalate(model_at):
    model = model_at({"municipality.framework_clarity": 0.8}, week=1)
    alone = intolerant_conflict(model)
    for _ in range(10):
        if alone.escalated:
            break
        conflicts.develop(model, alone, mediated=False)
    assert alone.escalated and not alone.resolved
    assert alone.mediated_weeks == 0
    resolved, escalated, _ = conflict_record(model_at, {}, 0.0, mediated=False)
    assert resolved == 0.0 and escalated == 1.0


def test_mediation_takes_weeks_usually_settles_and_can_fail(model_at):
    # seed 3, 200 disputes of 20 weeks at most: at clarity 0.8, intolerant parties settle 68%
    # and escalate 20% after about 9 sessions; tolerant ones settle 99%; at clarity 0.2 the
    # intolerant settle only 20%
    clear = {"municipality.framework_clarity": 0.8}
    resolved, escalated, sessions = conflict_record(model_at, clear, 0.0, mediated=True)
    assert 0.45 < resolved < 0.9
    assert escalated > 0.08  # mediation can fail
    assert sessions > 3  # and it takes weeks
    tolerant, tolerant_escalated, _ = conflict_record(model_at, clear, 0.8, mediated=True)
    assert tolerant > resolved + 0.15 and tolerant_escalated < 0.05
    vague, _, _ = conflict_record(model_at, {"municipality.framework_clarity": 0.2}, 0.0, True)
    assert resolved > vague + 0.25  # clear rules to point to help the mediator


def test_without_the_mediation_mechanism_a_mediated_conflict_settles_at_once(model_at):
    resolved, escalated, sessions = conflict_record(
        model_at, {"mechanisms.mediation": False}, 0.0, mediated=True
    )
    assert (resolved, escalated, sessions) == (1.0, 0.0, 1.0)


def test_mediation_costs_facilitator_hours_most_severe_first(model_at):
    model = model_at({"facilitator.hours_per_week": 3, "facilitator.mediation_hours": 2}, 1)
    mild = model.open_conflict("dispute", 0, 1, None)
    severe = intolerant_conflict(model)
    mild.severity = 0.3
    severe.severity = 0.8
    model.facilitator.start_week()
    conflicts.mediate_conflicts(model)
    assert model.facilitator.spent["mediation"] == 2  # time for one session only
    assert severe.mediated_weeks == 1 and mild.mediated_weeks == 0


def test_without_facilitator_hours_conflicts_escalate(summaries):
    # seeds 100-109: escalated about 1.1 of 1.1 conflicts without hours, 0 of 3.4 with 6 hours
    none = summaries({"facilitator.hours_per_week": 0})
    some = summaries({})
    assert none.conflicts_escalated.sum() >= 5
    assert none.conflicts_escalated.sum() > 0.6 * none.conflicts.sum()
    assert some.conflicts_escalated.sum() < 0.25 * some.conflicts.sum()


def test_higher_escalation_rate_escalates_more_and_sooner(scenario_with):
    import buurtsim

    def conflicts(rate):
        tables = [
            buurtsim.simulate(
                scenario_with({"facilitator.hours_per_week": 0, "conflict.escalation_rate": rate}),
                seed=s,
            ).conflicts
            for s in range(25)
        ]
        return [t for t in tables if len(t)]

    # seeds 0-24, no facilitator: rate 0 never escalates; 0.1 escalates after about 9 weeks,
    # 0.5 after about 2
    assert not any(t.escalated.any() for t in conflicts(0.0))
    slow, fast = conflicts(0.1), conflicts(0.5)
    delay = [
        # runs where nothing escalated have no delay to average
        float(np.nanmean([(t.week_escalated - t.week_opened).dropna().mean() for t in ts]))
        for ts in (slow, fast)
    ]
    assert delay[0] > delay[1] + 3
    share = [sum(t.escalated.sum() for t in ts) / sum(len(t) for t in ts) for ts in (slow, fast)]
    assert share[1] >= share[0]


@pytest.mark.parametrize("dropout", [0.0, 1.0])
def test_escalation_breaks_the_tie_and_can_make_people_drop_out(model_at, dropout):
    model = model_at({"conflict.dropout_on_escalation": dropout}, week="kickoff", seed=2)
    conflict = intolerant_conflict(model)
    a, b = conflict.a, conflict.b
    model.active[[a, b]] = True
    model.pop.ownership[[a, b]] = 0.5
    strength_before = model.ties.neighbour_sum(np.eye(model.n)[b])[a]
    assert strength_before >= 0.6
    other = model.ties.strength_sum() - strength_before  # a's ties with everyone else
    conflict.severity = 0.99
    conflicts.develop(model, conflict, mediated=False)
    assert conflict.escalated
    assert model.ties.neighbour_sum(np.eye(model.n)[b])[a] == 0.0  # the tie is broken
    # the street takes sides: the parties' other ties outside the household weaken, and their
    # street as a whole grows quieter
    chill = (1 - conflicts.SIDE_TAKING) * (1 - conflicts.STREET_CHILL)
    assert model.ties.strength_sum()[a] == pytest.approx(other[a] * chill)
    assert (model.pop.ownership[[a, b]] < 0.5).all()
    if dropout == 1.0:
        assert model.dropped[[a, b]].all()
        assert not model.active[[a, b]].any()
    else:
        assert not model.dropped[[a, b]].any()
        assert model.active[[a, b]].all()


# === the decision ================================================================================
@pytest.fixture
def decisions(monkeypatch):
    """Record every call of the decision rules from the model: (rule, problem, decision)."""
    calls = []
    real = decision_module.decide

    def recording(rule, problem):
        decision = real(rule, problem)
        calls.append((rule, problem, decision))
        return decision

    monkeypatch.setattr(decision_module, "decide", recording)
    return calls


@pytest.mark.parametrize("rule", sorted(RULES))
def test_the_rule_named_in_the_scenario_is_used(model_at, decisions, rule):
    model = model_at({"process.decision_rule": rule}, week="decision", seed=1)
    assert decisions, "the model decided"
    used, problem, decision = decisions[0]
    assert used == rule
    # the model funds exactly what the rule decided, with the rule's amounts
    np.testing.assert_array_equal(decision.amounts, RULES[rule](problem).amounts)
    decided = [i for i in model.initiatives if "decided" in i.history]
    # the ledger books whole cents, rounded down
    assert [i.amount for i in decided] == pytest.approx(list(decision.amounts), abs=0.01)


def test_college_ignores_the_residents_approvals(model_at, decisions):
    from dataclasses import replace

    model_at({"process.decision_rule": "college"}, week="decision", seed=2)
    _, problem, decision = decisions[0]
    flipped = replace(problem, approvals=~problem.approvals, utilities=-problem.utilities)
    np.testing.assert_array_equal(RULES["college"](flipped).amounts, decision.amounts)


def test_college_and_package_fund_different_initiatives_on_the_same_seed(model_at):
    # a budget that cannot pay for every idea, so that the rules must choose
    differ = 0
    for seed in SEEDS:
        tight = {"budget.amount": 3000}
        package = model_at({**tight, "process.decision_rule": "package"}, "decision", seed)
        college = model_at({**tight, "process.decision_rule": "college"}, "decision", seed)
        # the same seed gives the same ideas up to the decision
        assert [(i.theme, i.cost) for i in package.initiatives] == [
            (i.theme, i.cost) for i in college.initiatives
        ]

        def funded(model):
            return {
                k: round(i.amount, 2)
                for k, i in enumerate(model.initiatives)
                if i.status == Status.in_review
            }

        differ += funded(package) != funded(college)
    assert differ >= 4


# === municipal review ============================================================================
def review_record(model_at, control, seeds=range(10)):
    delays, reviewed, overruled, vetoed_in_frame, trims = [], 0, 0, 0, 0
    for seed in seeds:
        model = model_at({"municipality.control": control}, week=104, seed=seed)
        for idea in model.initiatives:
            if "reviewed" in idea.history:
                reviewed += 1
                delays.append(idea.history["reviewed"] - idea.history["decided"])
                vetoed_in_frame += "vetoed" in idea.history and idea.criteria.all_met
        overruled += model.municipality.vetoes + model.municipality.trims
        trims += model.municipality.trims
    return np.array(delays), overruled / max(reviewed, 1), vetoed_in_frame, trims


def test_control_lengthens_the_review_and_overrules_more(model_at):
    # seeds 0-9: at control 0 every review takes 1 week and 13 of 82 ideas are vetoed (all
    # outside the frame); at control 1 reviews take about 12 weeks and 32 of 43 are overruled
    delays0, overruled0, in_frame0, trims0 = review_record(model_at, 0.0)
    delays1, overruled1, _, _ = review_record(model_at, 1.0)
    assert (delays0 == 1).all()
    assert delays1.mean() > 6
    assert overruled1 > overruled0 + 0.3
    assert trims0 == 0  # a municipality without control does not trim
    assert in_frame0 == 0  # nor veto an idea that meets the framework


def supporters_after_verdict(model_at, verdict, loss_aversion, seeds=range(4)):
    """Change in trust and ownership of the supporters of funded ideas when the municipality
    gives ``verdict`` on all of them (pooled over ``seeds``)."""
    o = {
        "municipality.control": 0.0,  # the review ends the week after the decision
        "municipality.trust_loss_aversion": loss_aversion,
        "conflict.escalation_rate": 0.0,  # nothing else moves trust this week
    }
    trust_change, ownership_change = [], []
    for seed in seeds:
        model = model_at(o, week="decision", seed=seed)
        ideas = [i for i in model.initiatives if i.status == Status.in_review]
        who = np.unique([s for i in ideas for s in i.supporters]).astype(np.int64)
        model.municipality.policy = lambda idea: verdict  # the workshop's hook
        trust, ownership = model.pop.trust[who].copy(), model.pop.ownership[who].copy()
        model.step()
        assert all("reviewed" in i.history for i in ideas)
        trust_change.append(model.pop.trust[who] - trust)
        ownership_change.append(model.pop.ownership[who] - ownership)
    trust_change, ownership_change = np.concatenate(trust_change), np.concatenate(ownership_change)
    assert trust_change.size > 0, "no funded idea to review"
    return trust_change, ownership_change


def test_vetoes_cost_more_trust_than_approvals_give(model_at):
    gain, own_gain = supporters_after_verdict(model_at, "approve", 2.0)
    loss, own_loss = supporters_after_verdict(model_at, "veto", 2.0)
    assert (gain >= 0).all() and (loss < 0).all()
    assert -loss.mean() > 2 * gain.mean()
    assert (own_loss < 0).all()  # overruling lowers ownership
    assert own_gain.mean() > 0


def test_the_loss_aversion_parameter_scales_trust_losses(model_at):
    mild, _ = supporters_after_verdict(model_at, "veto", 1.0)
    harsh, _ = supporters_after_verdict(model_at, "veto", 4.0)
    assert -harsh.mean() > 3 * -mild.mean()
    # gains do not depend on it
    gain4, _ = supporters_after_verdict(model_at, "approve", 4.0)
    gain1, _ = supporters_after_verdict(model_at, "approve", 1.0)
    np.testing.assert_allclose(gain4, gain1)


# === realisation and sustainability ==============================================================
def test_realisation_needs_volunteer_hours(summaries):
    # seeds 100-109: first realisation about 18 weeks after the kick-off at 0 hours per 1,000
    # euro, about 29 weeks at 200 hours
    def first(df):
        return df.weeks_to_first_realisation.fillna(200).mean()

    light = summaries({"process.hours_per_1000_euro": 0})
    heavy = summaries({"process.hours_per_1000_euro": 200})
    assert first(heavy) > first(light) + 5


def test_a_project_is_realised_only_when_its_hours_are_done(model_at):
    realised = 0
    for seed in range(3):
        model = model_at(week="decision", seed=seed)
        for _ in range(80):
            model.step()
            for idea in model.initiatives:
                if idea.status == Status.realised and idea.history["realised"] == model.week:
                    assert idea.hours_done >= idea.hours_needed
                    assert model.week >= idea.ready_week
                    assert model.ledger.spending[idea.unique_id] == pytest.approx(idea.amount)
                elif idea.status == Status.in_progress:
                    assert idea.hours_done < idea.hours_needed
        realised += model.realised_so_far
    assert realised > 0


def test_a_project_without_volunteers_is_abandoned_and_its_money_released(model_at):
    abandoned = 0
    for seed in range(4):
        model = model_at({"municipality.control": 0.0}, week="decision", seed=seed)
        model.step()  # the review approves
        going = [i for i in model.initiatives if i.status == Status.in_progress]
        for idea in going:
            model.dropped[[idea.trekker, *idea.helpers]] = True
        step_to(model, model.week + 40)
        for idea in going:
            assert idea.status == Status.abandoned
            assert model.ledger.allocations[idea.unique_id] == 0.0
            abandoned += 1
        assert model.ledger.spent == 0.0
    assert abandoned > 0


def test_without_upkeep_initiatives_decay(summaries, model_at):
    # seeds 100-109: about 4.8 realised and 4.8 sustained at 0 upkeep hours; at 20 hours a week
    # nobody keeps up, and only a project realised in the last few months still stands
    easy = summaries({"process.upkeep_hours": 0})
    impossible = summaries({"process.upkeep_hours": 20})
    assert impossible.initiatives_realised.sum() > 10
    assert impossible.initiatives_sustained.sum() <= 0.15 * impossible.initiatives_realised.sum()
    assert easy.initiatives_sustained.sum() >= 0.6 * easy.initiatives_realised.sum()
    early = []
    for seed in range(100, 104):
        model = model_at({"process.upkeep_hours": 20}, week=104, seed=seed)
        # condition falls 0.03 a week without upkeep: gone within 27 weeks
        early += [i for i in model.initiatives if i.history.get("realised", 999) < 70]
    assert early
    assert all(i.status == Status.decayed for i in early)


def test_meeting_places_raise_cohesion(summaries):
    # seeds 100-109: cohesion gain about 0.02 with budget 0, 0.14 with 8,000 euro;
    # 0.02 with meeting_boost 0 and 0.30 with 0.3
    broke = summaries({"budget.amount": 0})
    funded = summaries({})
    assert broke.initiatives_realised.sum() == 0
    assert funded.cohesion_gain.mean() > broke.cohesion_gain.mean() + 0.05
    flat = summaries({"process.meeting_boost": 0.0})
    lively = summaries({"process.meeting_boost": 0.3})
    assert lively.cohesion_gain.mean() > flat.cohesion_gain.mean() + 0.1


def test_realised_projects_make_the_neighbourhood_more_pleasant(summaries):
    broke = summaries({"budget.amount": 0})
    funded = summaries({})
    assert (broke.liveability_end == broke.liveability_start).all()
    gained = funded.liveability_end - funded.liveability_start
    assert (gained[funded.initiatives_realised > 0] > 0).all()
    assert (gained >= 0).all()


def test_loneliness_of_vulnerable_residents_falls_with_more_ties(summaries, model_at):
    # seeds 100-109: lonely vulnerable share about 1.0 without ties, 0.17 with 10 ties each
    alone = summaries({"neighbourhood.ties_per_resident": 0})
    tied = summaries({"neighbourhood.ties_per_resident": 10})
    assert alone.lonely_vulnerable_start.mean() > tied.lonely_vulnerable_start.mean() + 0.4
    assert alone.lonely_vulnerable_end.mean() > tied.lonely_vulnerable_end.mean() + 0.2
    # within one run, strengthening a resident's ties lowers their loneliness over time
    model = model_at(week=1, seed=7)
    target = np.flatnonzero(model.pop.vulnerable)[:5]
    before = model.pop.loneliness[target].copy()
    for i in target:
        for j in range(5):
            model.ties.add(int(i), int((i + 50 + j) % model.n), 1.0)
    step_to(model, 20)
    assert (model.pop.loneliness[target] < before).all()


# === money and the facilitator's hours ===========================================================
@pytest.mark.parametrize(
    "overrides",
    [
        {},
        {"budget.amount": 2000},  # the package must be trimmed and cut
        {"municipality.control": 1.0, "process.decision_rule": "college"},
        {"process.decision_rule": "equal_shares", "budget.cost_scale": 3.0},
        {"facilitator.hours_per_week": 0, "process.upkeep_hours": 20},
        # hands off with a vague frame and no support: infeasible projects fail
        {
            "municipality.framework_clarity": 0.1,
            "municipality.control": 0.0,
            "municipality.support": 0.0,
            "budget.ambitious_share": 0.5,
        },
    ],
)
def test_the_ledger_holds_every_week(model_at, overrides):
    for seed in range(3):
        model = model_at(overrides, week=0, seed=seed)
        budget = model.params.budget.amount
        while model.running:
            model.step()
            book = model.ledger
            assert book.allocated <= budget + 1e-6
            assert book.spent <= book.allocated + 1e-6
            for key, spent in book.spending.items():
                assert spent <= book.allocations[key] + 1e-6
            # the books agree with the initiatives; a failed project may differ by a cent, the
            # bug that test_a_failed_project_keeps_the_amount_the_ledger_booked reports
            cent = 0.01 * model.failed + 1e-6 * budget
            assert sum(i.amount for i in model.initiatives) == pytest.approx(
                book.allocated, abs=cent
            )
            # what was spent went to realised projects, or was bought before a project failed
            paid = [i for i in model.initiatives if {"realised", "failed"} & set(i.history)]
            assert sum(i.amount for i in paid) == pytest.approx(book.spent, abs=cent)
        assert book.unspent == pytest.approx(budget - book.spent)


@pytest.mark.parametrize("outreach", ["core_group", "door_to_door", "info_evening"])
def test_the_facilitator_never_works_more_than_the_weekly_hours(model_at, outreach):
    spent = dict.fromkeys(("outreach", "support", "mediation", "checks"), 0.0)
    for seed in range(3):
        model = model_at({"facilitator.outreach": outreach}, week=0, seed=seed)
        hours = model.params.facilitator.hours_per_week
        before = 0.0
        for _ in range(60):
            model.step()
            total = sum(model.facilitator.spent.values())
            assert total - before <= hours + 1e-9
            assert model.facilitator.hours_left >= -1e-9
            before = total
        for task in spent:
            spent[task] += model.facilitator.spent[task]
    assert spent["support"] > 0
    assert spent["outreach"] > 0
    if outreach == "info_evening":  # one evening per run, nothing else
        assert spent["outreach"] == 3 * EVENING_HOURS


# door-to-door once took every hour until the decision, so no idea was ever checked
@pytest.mark.parametrize("outreach", ["core_group", "info_evening", "door_to_door"])
def test_the_facilitator_checks_proposals_against_the_framework(model_at, outreach):
    checked = 0
    for seed in range(3):
        model = model_at({"facilitator.outreach": outreach}, week="decision", seed=seed)
        n_checked = sum(i.checked for i in model.initiatives)
        assert (model.facilitator.spent["checks"] > 0) == (n_checked > 0)
        checked += n_checked
    assert checked > 0


def test_weeks_to_first_realisation_counts_from_the_kickoff(scenario_with):
    import buurtsim

    checked = 0
    for seed in range(4):
        result = buurtsim.simulate(scenario_with(), seed=seed, keep_model=True)
        model = result.model
        weeks = [i.history["realised"] for i in model.initiatives if "realised" in i.history]
        if weeks:
            checked += 1
            assert result.summary["weeks_to_first_realisation"] == min(weeks) - model.kickoff_week
    assert checked > 0
    none = buurtsim.simulate(scenario_with({"budget.amount": 0}), seed=3)
    assert math.isnan(none.summary["weeks_to_first_realisation"])


# === Model 2: one test per new mechanism, each with its switch (issue 8) =========================


def test_trust_follows_the_gap_between_expectation_and_experience_with_loss_aversion(model_at):
    model = model_at({"municipality.trust_loss_aversion": 2.0}, week=1)
    who = np.arange(10)
    model.pop.trust[who] = 0.5
    model.expectation[who] = 0.6
    trust.experience(model, who[:5], 1.0)  # better than expected: gain 0.1 x 0.4
    trust.experience(model, who[5:], 0.0)  # worse: loss 0.1 x 0.6, twice as heavy
    np.testing.assert_allclose(model.pop.trust[who[:5]], 0.5 + trust.TRUST_STEP * 0.4)
    np.testing.assert_allclose(model.pop.trust[who[5:]], 0.5 - trust.TRUST_STEP * 0.6 * 2)
    # and residents learn: the expectation moves toward what happened
    np.testing.assert_allclose(model.expectation[who[:5]], 0.6 + trust.EXPECT_LEARNING * 0.4)
    np.testing.assert_allclose(model.expectation[who[5:]], 0.6 - trust.EXPECT_LEARNING * 0.6)
    # a promise kept exactly moves nothing
    model.expectation[who] = 0.7
    before = model.pop.trust[who].copy()
    trust.experience(model, who, 0.7)
    np.testing.assert_allclose(model.pop.trust[who], before)
    # switched off: a neutral expectation of 0.5 that never learns
    off = model_at({"mechanisms.expectation_trust": False}, week=1)
    off.pop.trust[who] = 0.5
    off.expectation[who] = 0.9
    trust.experience(off, who, 1.0)
    np.testing.assert_allclose(off.pop.trust[who], 0.5 + trust.TRUST_STEP * 0.5)
    np.testing.assert_allclose(off.expectation[who], 0.9)


def test_announced_control_sets_the_initial_expectation(model_at):
    free = model_at({"municipality.control": 0.9, "municipality.announced_control": 0.0})
    strict = model_at({"municipality.control": 0.9, "municipality.announced_control": 1.0})
    default = model_at({"municipality.control": 0.9})
    said = model_at({"municipality.control": 0.9, "municipality.announced_control": 0.9})
    assert (free.expectation > strict.expectation).all()
    np.testing.assert_array_equal(default.expectation, said.expectation)  # defaults to control
    # a resident who trusts fully takes the promise at face value; one who does not, guesses 0.5
    t = free.pop.trust
    np.testing.assert_allclose(free.expectation, t * 1.0 + (1 - t) * 0.5)
    # switched off, the expectation keeps this start value (docs/odd.md, initialisation)
    off = model_at(
        {"municipality.control": 0.9, "municipality.announced_control": 0.0,
         "mechanisms.expectation_trust": False}, week="decision")  # fmt: skip
    np.testing.assert_array_equal(off.expectation, free.expectation)


def test_the_review_vetoes_a_breach_it_checks_and_a_policy_overrides_chance(model_at):
    model = model_at({"municipality.control": 0.5, "municipality.framework_clarity": 1.0},
                     week="decision", seed=1)  # fmt: skip
    idea = next(i for i in model.initiatives if i.status == Status.in_review)
    idea.criteria.pleasant = False  # every proposal is checked from control 0.5 up
    assert all(review.verdict(model, idea) == "veto" for _ in range(20))
    idea.criteria.pleasant = True
    loose = model_at({"municipality.control": 0.0}, week="decision", seed=1)
    fine = next(i for i in loose.initiatives if i.status == Status.in_review)
    fine.criteria.pleasant = False  # slips through: control 0 checks nothing
    assert all(review.verdict(loose, fine) == "approve" for _ in range(20))
    loose.municipality.policy = lambda i: "trim"
    assert review.verdict(loose, fine) == "trim"
    loose.municipality.policy = lambda i: "maybe"
    with pytest.raises(ValueError):
        review.verdict(loose, fine)


def test_a_broken_promise_of_freedom_costs_more_trust_than_strictness_said_out_loud(model_at):
    # control 0 so the review ends the week after the decision; the college vetoes everything
    def veto_loss(announced):
        loss = []
        for seed in range(4):
            model = model_at(
                {"municipality.control": 0.0, "municipality.announced_control": announced},
                week="decision",
                seed=seed,
            )
            ideas = [i for i in model.initiatives if i.status == Status.in_review]
            who = np.unique([s for i in ideas for s in i.supporters]).astype(np.int64)
            model.municipality.policy = lambda idea: "veto"
            before = model.pop.trust[who].copy()
            model.step()
            loss.append(before - model.pop.trust[who])
        return np.concatenate(loss)

    promised, said = veto_loss(0.0), veto_loss(1.0)
    assert promised.size and said.size
    assert promised.mean() > 1.5 * said.mean() > 0


def approved(model_at, overrides, seed):
    """A model one week after its decision at control 0: the review has approved every idea."""
    model = model_at({"municipality.control": 0.0, **overrides}, week="decision", seed=seed)
    model.step()
    return model, [i for i in model.initiatives if i.status == Status.in_progress]


def test_support_shortens_preparation_and_adds_hours(model_at):
    prep = 10
    for support, switch, weeks in ((0.0, True, 10), (1.0, True, 4), (1.0, False, 10)):
        o = {"municipality.support": support, "mechanisms.support": switch,
             "process.preparation_weeks": prep}  # fmt: skip
        model, going = approved(model_at, o, seed=1)
        assert going
        for idea in going:
            assert idea.ready_week - idea.history["approved"] == weeks, (support, switch)
        # in the first week of work the technical service adds its hours
        step_to(model, max(i.ready_week for i in going))
        before = {i.unique_id: i.hours_done for i in going if i.status == Status.in_progress}
        volunteers = {
            i.unique_id: model.params.residents.volunteer_share
            * (model.pop.free_time[[i.trekker, *i.helpers]].sum())
            + realisation.SUPPORT_HOURS
            for i in going
        }
        model.step()
        for idea in going:
            if idea.unique_id in before and idea.status == Status.in_progress:
                added = idea.hours_done - before[idea.unique_id]
                tech = realisation.TECH_HOURS * support * switch
                assert tech <= added <= volunteers[idea.unique_id] + tech + 1e-9


def books_agree(model: BuurtbudgetModel, cents: float = 0.0) -> None:
    """The ledger's invariants, and the books agree with the initiatives (to ``cents``)."""
    book = model.ledger
    assert book.allocated <= book.budget + 1e-6
    assert book.spent <= book.allocated + 1e-6
    slack = cents * len(model.initiatives) + 1e-6
    assert sum(i.amount for i in model.initiatives) == pytest.approx(book.allocated, abs=slack)
    paid = [i for i in model.initiatives if "realised" in i.history or "failed" in i.history]
    assert sum(i.amount for i in paid) == pytest.approx(book.spent, abs=slack)


def test_an_infeasible_funded_idea_can_fail_and_its_unspent_money_goes_back(model_at):
    failed = 0
    for seed in range(4):
        model, going = approved(model_at, {"municipality.support": 0.0}, seed)
        for idea in going:
            idea.criteria.feasible = False  # slipped through every check
        granted = {i.unique_id: i.amount for i in going}
        free = model.ledger.free
        step_to(model, model.week + 60)
        books_agree(model, cents=0.01)  # exact agreement: see the test after this one
        gone = [i for i in going if i.status == Status.failed]
        for idea in gone:
            # what was bought is spent (booked in whole cents, rounded down)
            assert model.ledger.allocations[idea.unique_id] == pytest.approx(idea.amount, abs=0.01)
            assert model.ledger.spending[idea.unique_id] == pytest.approx(idea.amount, abs=0.01)
            assert idea.amount <= granted[idea.unique_id]
        returned = sum(granted[i.unique_id] - i.amount for i in gone)
        assert model.ledger.free >= free + returned - 1e-6
        failed += len(gone)
    assert failed > 0
    # without breach consequences a funded idea behaves as if it were in frame
    model, going = approved(model_at, {"mechanisms.breach_consequences": False}, 0)
    for idea in going:
        idea.criteria.feasible = False
        assert not idea.infeasible
    step_to(model, model.week + 60)
    assert not any(i.status == Status.failed for i in going)


def test_a_failed_project_keeps_the_amount_the_ledger_booked(model_at):
    # model bug (reported, not fixed here): realisation.fail sets idea.amount to the unrounded
    # euro it bought, while the ledger books it rounded down to the cent, so the initiatives and
    # the books drift apart by up to a cent per failed project (seed 0: 1072.17155 vs 1072.17)
    model, going = approved(model_at, {"municipality.support": 0.0}, 0)
    for idea in going:
        idea.criteria.feasible = False
    step_to(model, model.week + 60)
    gone = [i for i in going if i.status == Status.failed]
    assert gone
    for idea in gone:
        assert idea.amount == model.ledger.allocations[idea.unique_id]
        assert idea.amount == model.ledger.spending[idea.unique_id]


def realised_idea(model_at, overrides=None, seed=0):
    model, going = approved(model_at, overrides or {}, seed)
    idea = going[0]
    realisation.complete(model, idea)
    return model, idea


def test_an_unwanted_realised_project_makes_the_neighbourhood_less_pleasant(model_at):
    model, idea = realised_idea(model_at)
    wanted = model.liveability
    assert wanted > model.start["liveability"]
    idea.criteria.pleasant = False
    assert idea.unwanted
    assert model.liveability < model.start["liveability"]
    # switched off, the breach has no consequence
    model, idea = realised_idea(model_at, {"mechanisms.breach_consequences": False})
    idea.criteria.pleasant = False
    assert model.liveability == pytest.approx(wanted)


def test_a_captured_project_reaches_fewer_residents(model_at):
    model, _ = approved(model_at, {}, 0)
    ideas = [i for i in model.initiatives if i.status == Status.in_progress]
    fair, captured = ideas[0], ideas[1]
    captured.criteria.not_personal = False
    street = np.flatnonzero(model.pop.street == captured.street)
    trust_before = model.pop.trust[street].copy()
    realisation.complete(model, fair)
    realisation.complete(model, captured)
    assert fair.reach == pytest.approx(fair.scope)
    assert captured.reach == pytest.approx(captured.scope * realisation.CAPTURED_REACH)
    assert model.pop.trust[street].mean() < trust_before.mean()  # the street notices
    off, _ = approved(model_at, {"mechanisms.breach_consequences": False}, 0)
    idea = [i for i in off.initiatives if i.status == Status.in_progress][1]
    idea.criteria.not_personal = False
    realisation.complete(off, idea)
    assert idea.reach == pytest.approx(idea.scope)


def test_a_trim_cuts_scope_not_hours(model_at):
    for switch in (True, False):
        o = {"municipality.control": 0.0, "mechanisms.scope_trim": switch}
        model = model_at(o, week="decision", seed=1)
        model.municipality.policy = lambda idea: "trim"
        model.step()
        going = [i for i in model.initiatives if i.status == Status.in_progress]
        assert going and all(i.trimmed_in_review for i in going)
        per = model.params.process.hours_per_1000_euro / 1000
        for idea in going:
            assert idea.amount < idea.cost
            # the scope is what the money still pays for; without the switch the project
            # stays whole for less money
            scope = idea.amount / idea.cost if switch else 1.0
            assert idea.scope == pytest.approx(scope, abs=1e-4)
            work = idea.cost if switch else idea.amount
            factor = realisation.INFEASIBLE_WORK if idea.infeasible else 1.0
            assert idea.hours_needed == pytest.approx((5 + per * work) * factor)


@pytest.mark.parametrize("targeted", [True, False])
def test_door_to_door_visits_vulnerable_households_first(model_at, targeted):
    first, base = [], []
    for seed in range(4):
        o = {"facilitator.outreach": "door_to_door", "mechanisms.targeted_visits": targeted}
        model = model_at(o, week=1, seed=seed)
        vulnerable_house = np.zeros(model.visited.size, dtype=bool)
        vulnerable_house[model.pop.household[model.pop.vulnerable]] = True
        assert model.visited.sum() < vulnerable_house.sum()
        first.append(vulnerable_house[model.visited].mean())
        base.append(vulnerable_house.mean())
    if targeted:
        assert min(first) == 1.0
    else:  # at random: about the base rate
        assert abs(np.mean(first) - np.mean(base)) < 0.15


@pytest.mark.parametrize("isolation", [True, False])
def test_isolated_residents_meet_less_at_meeting_places(model_at, monkeypatch, isolation):
    model = model_at({"mechanisms.isolation": isolation}, week=1, seed=4)
    idea = model.propose(int(np.flatnonzero(~model.pop.isolated)[0]))
    idea.theme = theme_index("culture")  # a neighbourhood-wide meeting place
    idea.status, idea.condition, idea.reach = Status.realised, 1.0, 1.0
    met = np.zeros(model.n)

    def record(_model, pairs):
        for i, _ in pairs:
            met[i] += 1

    monkeypatch.setattr(wb, "meet_pairs", record)
    for _ in range(300):
        wb.meet(model)
    iso = model.pop.isolated
    ratio = met[iso].mean() / met[~iso].mean()
    if isolation:
        assert ratio < 0.5, ratio  # ISOLATED_MEET is 0.3
    else:
        assert 0.75 < ratio < 1.3, ratio


@pytest.mark.parametrize("switch", [True, False])
def test_residents_stop_being_active_weeks_after_they_last_took_part(model_at, switch):
    model = model_at({"process.held": False, "mechanisms.disengagement": switch}, week=1)
    who = np.arange(5)
    model.active[who] = True
    model.last_part[who] = model.week
    step_to(model, 1 + wb.ACTIVE_WINDOW)
    assert model.active[who].all()
    step_to(model, 2 + wb.ACTIVE_WINDOW)
    assert model.active[who].all() != switch


@pytest.mark.parametrize("habit", [True, False])
def test_without_a_process_ties_stay_at_their_habit(scenario_dir, habit):
    from buurtsim.scenarios import load_scenario, with_overrides

    sc = with_overrides(load_scenario(scenario_dir / "no-buurtbudget.yaml"),
                        {"mechanisms.habitual_ties": habit, "run.weeks": 104})  # fmt: skip
    model = BuurtbudgetModel(sc, rng=5)
    start = model.ties.strength[: model.ties.size].copy()
    step_to(model, 104)
    end = model.ties.strength[: model.ties.size]
    if habit:
        np.testing.assert_array_equal(end, start)
        assert abs(model.cohesion - model.start["cohesion"]) < 0.02
        assert model.ledger.allocated == 0 and not model.ever_active.any()
    else:  # ties without extra contact fade to nothing
        outside = ~model.ties.household[: model.ties.size]
        assert (end[outside] < start[outside]).any()
        assert model.cohesion < model.start["cohesion"] - 0.05


def test_meeting_makes_a_lasting_habit_only_when_it_is_switched_on():
    from buurtsim.model.ties import HABIT_SHARE, Ties

    ties = Ties(3)
    ties.add(0, 1, 0.2)
    ties.strengthen(0, 1, 0.5, lasting=True)
    ties.strengthen(0, 2, 0.5, lasting=False)
    assert ties.habit[0] == pytest.approx(0.2 + HABIT_SHARE * 0.5 * 0.8)
    assert ties.habit[1] == 0.0
    ties.decay(1.0)
    assert ties.strength[0] == pytest.approx(ties.habit[0])  # back to the habit, not below
    assert ties.strength[1] == 0.0


@pytest.mark.parametrize("street_taste", [True, False])
def test_tastes_differ_by_street(model_at, street_taste):
    model = model_at({"mechanisms.street_taste": street_taste}, seed=6)
    prefs, street = model.pop.preferences, model.pop.street
    means = np.array([prefs[street == s].mean(axis=0) for s in np.unique(street)])
    spread = means.std(axis=0).mean()  # how far the streets' mean tastes lie apart
    if street_taste:
        assert spread > 0.04, spread
    else:
        assert spread < 0.03, spread
