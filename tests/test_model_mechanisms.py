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

import buurtsim.model.model as model_module
from buurtsim.model import BuurtbudgetModel, Status
from buurtsim.model.themes import COST_HIGH, COST_LOW
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
        before = model_at(o, week=5, seed=1)  # letter goes out two weeks before kick-off (8)
        assert not before.aware.any()
        shares, isolated = [], []
        for seed in range(4):
            model = model_at(o, week=6, seed=seed)
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
    # an information evening invites nobody personally
    assert not model_at({"facilitator.outreach": "info_evening"}, week=7).invited.any()


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


def test_typical_arendonk_idea_costs_about_1000_to_1500_euro(model_at):
    costs = []
    for seed in range(6):
        model = model_at({"budget.ambitious_share": 0.0}, week="kickoff", seed=seed)
        costs += [i.cost for i in model.initiatives]
    assert 900 <= np.median(costs) <= 1600


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


def test_unmediated_conflicts_escalate_and_mediated_ones_settle(model_at):
    model = model_at({"municipality.framework_clarity": 0.8}, week=1)
    alone = intolerant_conflict(model)
    for _ in range(10):
        if alone.escalated:
            break
        alone.develop(mediated=False)
    assert alone.escalated and not alone.resolved

    model = model_at({"municipality.framework_clarity": 0.8}, week=1)
    helped = intolerant_conflict(model)
    for _ in range(10):
        if helped.resolved:
            break
        helped.develop(mediated=True)
    assert helped.resolved and not helped.escalated


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
    trust_before = model.pop.trust[[a, b]].copy()
    strength_before = model.ties.neighbour_sum(np.eye(model.n)[b])[a]
    assert strength_before >= 0.6
    conflict.severity = 0.99
    conflict.develop(mediated=False)
    assert conflict.escalated
    assert model.ties.neighbour_sum(np.eye(model.n)[b])[a] == 0.0  # the tie is broken
    assert (model.pop.trust[[a, b]] < trust_before).all()
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
    real = model_module.decide

    def recording(rule, problem):
        decision = real(rule, problem)
        calls.append((rule, problem, decision))
        return decision

    monkeypatch.setattr(model_module, "decide", recording)
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
        model.municipality.verdict = lambda idea: verdict
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
            # the books agree with the initiatives
            assert sum(i.amount for i in model.initiatives) == pytest.approx(book.allocated)
            realised = [i for i in model.initiatives if "realised" in i.history]
            assert sum(i.amount for i in realised) == pytest.approx(book.spent)
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
    assert (spent["outreach"] > 0) == (outreach != "info_evening")


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
