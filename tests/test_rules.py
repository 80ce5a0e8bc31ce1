"""Tests for the decision rules: small elections worked out by hand, plus properties.

Each hand-worked election states exactly which proposals a rule must fund and with how much.
Proposals are numbered from 0; "approved by 2" means two voters approve the proposal.
"""

from __future__ import annotations

import doctest

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import buurtsim.rules.greedy
import buurtsim.rules.mes
import buurtsim.rules.package_vote
from buurtsim.rules import (
    RULES,
    Decision,
    DecisionProblem,
    approval_greedy,
    college,
    decide,
    equal_shares,
    majority,
    package,
)


def make_problem(
    costs,
    approvals,
    budget,
    utilities=None,
    municipal_scores=None,
    max_trim=0.3,
) -> DecisionProblem:
    """A problem in which, unless given, utility = approval and all municipal scores are 0."""
    approvals = np.asarray(approvals, dtype=bool)
    costs = np.asarray(costs, dtype=float)
    if utilities is None:
        utilities = approvals.astype(float)
    if municipal_scores is None:
        municipal_scores = np.zeros(len(costs))
    return DecisionProblem(
        costs=costs,
        approvals=approvals,
        utilities=np.asarray(utilities, dtype=float),
        municipal_scores=np.asarray(municipal_scores, dtype=float),
        budget=budget,
        max_trim=max_trim,
    )


def funded(decision: Decision) -> list[int]:
    return decision.funded.tolist()


# --- package: the Arendonk rule ------------------------------------------------------------


def test_package_trims_every_cost_by_the_same_factor_to_fit():
    # 9000 euro of proposals for 8000: trimming by 1/9 (< 30%) makes everything fit.
    problem = make_problem(
        costs=[3000, 2500, 2000, 1500],
        approvals=[[1, 1, 1, 0], [1, 1, 0, 1], [1, 0, 1, 1]],
        budget=8000,
    )
    decision = package(problem)
    assert decision.rule == "package"
    assert funded(decision) == [0, 1, 2, 3]
    np.testing.assert_allclose(decision.amounts, [8000 / 3, 20000 / 9, 16000 / 9, 12000 / 9])
    assert decision.total == pytest.approx(8000)


def test_package_adopts_an_affordable_package_untrimmed():
    problem = make_problem(
        costs=[3000, 2000, 1000], approvals=[[1, 1, 0], [1, 0, 1], [0, 1, 1]], budget=8000
    )
    np.testing.assert_array_equal(package(problem).amounts, [3000, 2000, 1000])


def test_package_drops_the_least_approved_when_trimming_is_not_enough():
    # 12000 euro; trimmed by 30% still 8400 > 8000. Proposal 3 (approved by 1) goes; the other
    # three cost 10000 and are trimmed by the factor 0.8 (a 20% trim).
    problem = make_problem(
        costs=[4000, 3000, 3000, 2000],
        approvals=[[1, 1, 1, 0], [1, 1, 0, 1], [1, 0, 1, 0]],
        budget=8000,
    )
    np.testing.assert_allclose(package(problem).amounts, [3200, 2400, 2400, 0])


def test_package_drops_the_most_expensive_of_the_least_approved():
    # Proposals 1 and 3 are both approved by one voter: 1 is the more expensive, so it goes.
    # The rest (9000 euro) is trimmed by 8/9.
    problem = make_problem(
        costs=[4000, 3000, 3000, 2000],
        approvals=[[1, 1, 1, 0], [1, 0, 1, 1], [1, 0, 0, 0]],
        budget=8000,
    )
    np.testing.assert_allclose(package(problem).amounts, [32000 / 9, 0, 8000 / 3, 16000 / 9])


def test_package_drops_the_highest_index_among_equal_approvals_and_costs():
    # Budget 5000, max trim 30%: three proposals of 3000 never fit (6300 > 5000), two do
    # (6000 trimmed to 5000). All are approved once and cost the same: proposal 2 goes.
    problem = make_problem(
        costs=[3000, 3000, 3000],
        approvals=[[1, 0, 0], [0, 1, 0], [0, 0, 1]],
        utilities=np.ones((3, 3)),
        budget=5000,
    )
    np.testing.assert_allclose(package(problem).amounts, [2500, 2500, 0])


def test_package_rejected_by_the_majority_shrinks_until_it_passes():
    # Approvals: proposal 0 by 3 voters, 1 and 2 by 2, proposal 3 by 1 (a burden to two
    # voters). The full package (9000, trimmed to 8000) has summed utilities -1, -4, 3:
    # only one voter in three gains, so it is rejected. Without proposal 3 the package costs
    # 7000, needs no trimming, and every voter gains (4, 1, 1): adopted at full cost.
    utilities = [[2, 1, 1, -5], [1, -1, 1, -5], [1, 1, -1, 2]]
    problem = make_problem(
        costs=[3000, 2000, 2000, 2000],
        approvals=np.array(utilities) > 0,
        utilities=utilities,
        budget=8000,
    )
    decision = package(problem)
    np.testing.assert_array_equal(decision.amounts, [3000, 2000, 2000, 0])


def test_package_needs_more_than_half_the_voters():
    # Four voters; the only package gains for exactly two of them: not adopted.
    problem = make_problem(
        costs=[1000], approvals=[[1], [1], [0], [0]], utilities=[[1], [1], [-1], [0]], budget=8000
    )
    assert funded(package(problem)) == []


def test_package_nobody_wants_funds_nothing():
    problem = make_problem(
        costs=[1000, 2000],
        approvals=[[0, 0], [0, 0], [0, 0]],
        utilities=-np.ones((3, 2)),
        budget=8000,
    )
    np.testing.assert_array_equal(package(problem).amounts, [0, 0])


def test_package_with_zero_voters_adopts_nothing():
    problem = make_problem(costs=[1000, 2000], approvals=np.zeros((0, 2)), budget=8000)
    np.testing.assert_array_equal(package(problem).amounts, [0, 0])


def test_package_without_trimming_drops_instead():
    # max_trim = 0: 9000 > 8000 cannot be trimmed, so proposal 2 (approved once) is dropped.
    problem = make_problem(
        costs=[4000, 3000, 2000],
        approvals=[[1, 1, 1], [1, 1, 0], [1, 0, 0]],
        budget=8000,
        max_trim=0.0,
    )
    np.testing.assert_array_equal(package(problem).amounts, [4000, 3000, 0])


# --- majority and approval_greedy -----------------------------------------------------------

# Five voters, budget 8000. Proposal 0 (5000 euro) is approved by 80%, 1 (4000) by 60%,
# 2 (2000) by 40% and 3 (1000) by 20%.
FORTY_PERCENT = make_problem(
    costs=[5000, 4000, 2000, 1000],
    approvals=[
        [1, 1, 1, 0],
        [1, 1, 1, 0],
        [1, 1, 0, 1],
        [1, 0, 0, 0],
        [0, 0, 0, 0],
    ],
    budget=8000,
)


def test_majority_funds_only_majority_proposals():
    # 0 and 1 have a majority; after 0, proposal 1 no longer fits; 2 (40%) is not eligible.
    decision = majority(FORTY_PERCENT)
    assert decision.rule == "majority"
    np.testing.assert_array_equal(decision.amounts, [5000, 0, 0, 0])


def test_approval_greedy_also_funds_minority_proposals_that_fit():
    # 0 (5000); 1 does not fit; 2 (40%, 2000) and 3 (20%, 1000) still fit.
    decision = approval_greedy(FORTY_PERCENT)
    assert decision.rule == "approval_greedy"
    np.testing.assert_array_equal(decision.amounts, [5000, 0, 2000, 1000])


def test_majority_needs_strictly_more_than_half():
    # Four voters: proposal 0 approved by 2 (exactly half) is not eligible; 1 by 3 is.
    problem = make_problem(
        costs=[1000, 1000], approvals=[[1, 1], [1, 1], [0, 1], [0, 0]], budget=8000
    )
    assert funded(majority(problem)) == [1]
    assert funded(approval_greedy(problem)) == [0, 1]


def test_equal_approval_ties_go_to_the_cheaper_then_the_lower_index():
    # All three approved by 2 of 3 voters; budget 5000: 1 and 2 (2500 each) before 0 (3000).
    problem = make_problem(
        costs=[3000, 2500, 2500], approvals=[[1, 1, 1], [1, 1, 1], [0, 0, 0]], budget=5000
    )
    assert funded(majority(problem)) == [1, 2]
    assert funded(approval_greedy(problem)) == [1, 2]
    # With 4000 euro only one 2500 proposal fits, and the lower index wins.
    problem = make_problem(
        costs=[3000, 2500, 2500], approvals=[[1, 1, 1], [1, 1, 1], [0, 0, 0]], budget=4000
    )
    assert funded(majority(problem)) == [1]
    assert funded(approval_greedy(problem)) == [1]


# --- equal_shares ---------------------------------------------------------------------------

# Budget 8000, five voters. Three voters (60%) approve 0, 1, 2; two (40%) approve 3, 4. Every
# proposal costs 2600, about a third of the budget.
MAJORITY_AND_MINORITY = make_problem(
    costs=[2600] * 5,
    approvals=[[1, 1, 1, 0, 0]] * 3 + [[0, 0, 0, 1, 1]] * 2,
    budget=8000,
)


def test_greedy_gives_everything_to_the_majority():
    assert funded(approval_greedy(MAJORITY_AND_MINORITY)) == [0, 1, 2]


def test_equal_shares_funds_a_minority_proposal():
    # Each voter holds 1600. The majority (4800) buys proposal 0 (867 each) but then has
    # 2200 < 2600 left; the minority (3200) buys proposal 3 (1300 each). The 2800 left over is
    # spent by the greedy completion on the most-approved proposal that fits: 1.
    decision = equal_shares(MAJORITY_AND_MINORITY)
    assert decision.rule == "equal_shares"
    np.testing.assert_array_equal(decision.amounts, [2600, 2600, 0, 2600, 0])


def test_equal_shares_rounds_costs_up_and_the_budget_down():
    # Exactly 100.5 euro would buy both, but pabutools sees costs 51 + 51 > budget 100, so only
    # one is bought (the lower index on a tie), at its real cost.
    problem = make_problem(costs=[50.2, 50.3], approvals=[[1, 1]], budget=100.5)
    np.testing.assert_array_equal(equal_shares(problem).amounts, [50.2, 0])


def test_equal_shares_breaks_ties_by_index_even_beyond_ten_proposals():
    # One voter approves proposals 2 and 10 of equal cost, and can afford one of them.
    approvals = np.zeros((1, 12), dtype=bool)
    approvals[0, [2, 10]] = True
    problem = make_problem(costs=[100] * 12, approvals=approvals, budget=100)
    assert funded(equal_shares(problem)) == [2]


def test_no_approval_based_rule_funds_a_proposal_nobody_approves():
    # One voter approves only proposal 0 and buys it. Proposals 1 and 2 would fit in the 400
    # euro left, but nobody approves them. (pabutools' greedy completion on its own would spend
    # the rest on proposal 1; buurtsim leaves unapproved proposals out of the election.)
    problem = make_problem(costs=[500, 300, 400], approvals=[[1, 0, 0]], budget=900)
    assert funded(equal_shares(problem)) == [0]
    assert funded(approval_greedy(problem)) == [0]
    assert funded(majority(problem)) == [0]


# --- college --------------------------------------------------------------------------------


def test_college_follows_municipal_scores_and_ignores_the_residents():
    # Every resident wants proposal 0; the college prefers 1, then 2, and 0 no longer fits.
    problem = make_problem(
        costs=[5000, 4000, 3000],
        approvals=[[1, 0, 0]] * 3,
        municipal_scores=[0, 2, 1],
        budget=8000,
    )
    decision = college(problem)
    assert decision.rule == "college"
    np.testing.assert_array_equal(decision.amounts, [0, 4000, 3000])
    assert funded(approval_greedy(problem)) == [0]
    # Other ballots, same outcome.
    turned = make_problem(
        costs=[5000, 4000, 3000],
        approvals=[[0, 1, 1]] * 3,
        utilities=-np.ones((3, 3)),
        municipal_scores=[0, 2, 1],
        budget=8000,
    )
    np.testing.assert_array_equal(college(turned).amounts, decision.amounts)


def test_college_breaks_score_ties_by_lower_index():
    problem = make_problem(
        costs=[3000, 3000, 3000],
        approvals=np.zeros((2, 3)),
        municipal_scores=[1, 2, 2],
        budget=4000,
    )
    assert funded(college(problem)) == [1]


# --- all rules: empty inputs, the registry, the data classes --------------------------------

EMPTY_PROBLEMS = {
    "no proposals": make_problem(costs=np.zeros(0), approvals=np.zeros((3, 0)), budget=8000),
    "no voters": make_problem(costs=[1000, 2000], approvals=np.zeros((0, 2)), budget=8000),
    "no budget": make_problem(costs=[1000, 2000], approvals=[[1, 1], [1, 0]], budget=0),
    "nothing at all": make_problem(costs=np.zeros(0), approvals=np.zeros((0, 0)), budget=0),
}


@pytest.mark.parametrize("rule", sorted(RULES))
@pytest.mark.parametrize("case", sorted(EMPTY_PROBLEMS))
def test_empty_inputs_fund_nothing(rule, case):
    # Also the college: with no resident taking part there is no buurtbudget decision.
    problem = EMPTY_PROBLEMS[case]
    decision = decide(rule, problem)
    assert decision.rule == rule
    assert decision.amounts.shape == (problem.n_proposals,)
    assert np.all(decision.amounts == 0)
    assert funded(decision) == []
    assert decision.total == 0


def test_rules_registry_has_exactly_the_five_rules():
    assert set(RULES) == {"package", "majority", "approval_greedy", "equal_shares", "college"}
    for name, rule in RULES.items():
        assert rule(FORTY_PERCENT).rule == name


def test_decide_dispatches_by_name():
    np.testing.assert_array_equal(
        decide("approval_greedy", FORTY_PERCENT).amounts, approval_greedy(FORTY_PERCENT).amounts
    )


def test_decide_rejects_an_unknown_rule_and_lists_the_allowed_ones():
    with pytest.raises(ValueError, match="foo") as error:
        decide("foo", FORTY_PERCENT)
    for name in RULES:
        assert name in str(error.value)


def test_decision_funded_and_total():
    decision = Decision("test", np.array([0.0, 250.0, 0.0, 750.5]))
    np.testing.assert_array_equal(decision.funded, [1, 3])
    assert decision.total == 1000.5


@pytest.mark.parametrize(
    "changes",
    [
        {"costs": np.ones((2, 2))},
        {"approvals": np.ones((3, 4), dtype=bool)},
        {"approvals": np.ones(3, dtype=bool)},
        {"utilities": np.ones((2, 3))},
        {"municipal_scores": np.ones(4)},
        {"costs": np.array([1.0, -1.0, 1.0])},
        {"budget": -1.0},
        {"max_trim": 1.5},
    ],
)
def test_problem_rejects_bad_input(changes):
    arguments = dict(
        costs=np.ones(3),
        approvals=np.ones((3, 3), dtype=bool),
        utilities=np.ones((3, 3)),
        municipal_scores=np.ones(3),
        budget=10.0,
    )
    arguments.update(changes)
    with pytest.raises(ValueError):
        DecisionProblem(**arguments)


def test_problem_arrays_are_read_only_copies():
    costs = np.array([1.0, 2.0])
    problem = make_problem(costs=costs, approvals=[[1, 0]], budget=3)
    costs[0] = 99.0
    assert problem.costs[0] == 1.0
    with pytest.raises(ValueError):
        problem.costs[0] = 5.0


@pytest.mark.parametrize(
    "module", [buurtsim.rules.greedy, buurtsim.rules.mes, buurtsim.rules.package_vote]
)
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0


# --- properties over random small problems --------------------------------------------------


@st.composite
def problems(draw) -> DecisionProblem:
    n_proposals = draw(st.integers(0, 6))
    n_voters = draw(st.integers(0, 7))
    cost = st.one_of(
        st.just(0.0), st.floats(0.0, 5000.0), st.integers(1, 50).map(lambda k: 100.0 * k)
    )
    costs = draw(st.lists(cost, min_size=n_proposals, max_size=n_proposals))
    cells = n_voters * n_proposals
    approvals = draw(st.lists(st.booleans(), min_size=cells, max_size=cells))
    utilities = draw(st.lists(st.floats(-3.0, 3.0), min_size=cells, max_size=cells))
    scores = draw(st.lists(st.integers(0, 3), min_size=n_proposals, max_size=n_proposals))
    budget = draw(st.one_of(st.just(0.0), st.floats(0.0, 10000.0), st.just(8000.0)))
    max_trim = draw(st.sampled_from([0.0, 0.3, 0.5, 1.0]))
    return DecisionProblem(
        costs=np.array(costs, dtype=float),
        approvals=np.array(approvals, dtype=bool).reshape(n_voters, n_proposals),
        utilities=np.array(utilities, dtype=float).reshape(n_voters, n_proposals),
        municipal_scores=np.array(scores, dtype=float),
        budget=budget,
        max_trim=max_trim,
    )


@pytest.mark.parametrize("rule", sorted(RULES))
@settings(max_examples=150, deadline=None)
@given(problem=problems())
def test_every_rule_respects_budget_and_costs(rule, problem):
    decision = decide(rule, problem)
    amounts = decision.amounts
    assert decision.rule == rule
    assert amounts.shape == (problem.n_proposals,)
    assert decision.total <= problem.budget + 1e-9
    assert np.all(amounts >= 0)
    assert np.all(amounts <= problem.costs)
    if rule == "package":
        floor = (1 - problem.max_trim) * problem.costs * (1 - 1e-12)
        assert np.all((amounts == 0) | (amounts >= floor))
    else:
        assert np.all((amounts == 0) | (amounts == problem.costs))
    if rule in ("majority", "approval_greedy", "equal_shares"):
        assert np.all(amounts[problem.approval_counts == 0] == 0)
    again = decide(rule, problem)
    np.testing.assert_array_equal(again.amounts, amounts)
