"""Rules that walk through the proposals in a fixed order and fund each one that still fits.

The worked examples share one small election: 5 voters, a budget of 100 euro, and three
proposals costing 60, 50 and 30 euro, approved by 3, 4 and 2 voters.

>>> import numpy as np
>>> from buurtsim.rules import DecisionProblem
>>> approvals = np.array(
...     [[1, 1, 0], [1, 1, 0], [1, 1, 1], [0, 1, 1], [0, 0, 0]], dtype=bool
... )
>>> problem = DecisionProblem(
...     costs=np.array([60.0, 50.0, 30.0]),
...     approvals=approvals,
...     utilities=approvals.astype(float),
...     municipal_scores=np.array([1.0, 0.0, 2.0]),
...     budget=100.0,
... )
>>> majority(problem).funded  # 1 (50 euro) first; 0 no longer fits; 2 lacks a majority
array([1])
>>> approval_greedy(problem).funded  # 1 (50 euro), 0 does not fit, 2 (30 euro) does
array([1, 2])
>>> college(problem).funded  # by municipal score: 2 (30 euro), 0 (60 euro); 1 does not fit
array([0, 2])
"""

from __future__ import annotations

import numpy as np

from buurtsim.rules.problem import Decision, DecisionProblem, by_approval, fund_in_order


def majority(problem: DecisionProblem) -> Decision:
    """Fund proposals that more than half of the voters approve, most approved first.

    Eligible proposals are taken in decreasing approval count (ties: cheaper first, then lower
    index) and funded at full cost while they fit in the remaining budget. No trimming.

    Worked example (see the module docstring): 5 voters approve proposals costing 60, 50 and
    30 euro 3, 4 and 2 times, budget 100. Proposals 0 and 1 have a majority; 1 is funded
    first (4 approvals), after which 0 (60 euro) no longer fits: funded = [1].
    """
    counts = problem.approval_counts
    order = [p for p in by_approval(problem) if 2 * counts[p] > problem.n_voters]
    return fund_in_order(problem, np.array(order, dtype=int), "majority")


def approval_greedy(problem: DecisionProblem) -> Decision:
    """Fund proposals in decreasing approval count while they fit (the usual PB count).

    Ties: cheaper first, then lower index. A proposal that does not fit is skipped and the
    count continues with the next one. A proposal that nobody approves is never funded.

    Worked example (see the module docstring): approvals 3, 4, 2 for costs 60, 50, 30, budget
    100. Proposal 1 (50 euro) is funded, 0 (60 euro) is skipped, 2 (30 euro) still fits:
    funded = [1, 2].
    """
    counts = problem.approval_counts
    order = [p for p in by_approval(problem) if counts[p] > 0]
    return fund_in_order(problem, np.array(order, dtype=int), "approval_greedy")


def college(problem: DecisionProblem) -> Decision:
    """The municipality decides alone: proposals by decreasing municipal score, while they fit.

    Ties: lower index first. The residents' approvals and utilities are ignored, but, as for
    every rule, an election in which no resident took part (zero voters) funds nothing.

    Worked example (see the module docstring): scores 1, 0, 2 for costs 60, 50, 30, budget 100.
    Proposal 2 (30 euro) and then 0 (60 euro) are funded; 1 (50 euro) no longer fits:
    funded = [0, 2].
    """
    if problem.n_voters == 0:
        return Decision("college", np.zeros(problem.n_proposals))
    indices = np.arange(problem.n_proposals)
    order = np.lexsort((indices, -problem.municipal_scores))
    return fund_in_order(problem, order, "college")
