"""The Method of Equal Shares, computed by pabutools."""

from __future__ import annotations

import math

import numpy as np

from buurtsim.rules.problem import Decision, DecisionProblem


def equal_shares(problem: DecisionProblem) -> Decision:
    """Method of Equal Shares (cost satisfaction), completed by greedy utilitarian welfare.

    Every voter gets an equal share of the budget and a proposal is bought by its approvers
    paying as equally as they can; see https://equalshares.net. Money left over is then spent
    greedily (pabutools' ``completion_by_rule_combination`` with ``greedy_utilitarian_welfare``,
    which with cost satisfaction funds the most-approved proposals that still fit). Proposals
    that nobody approves are left out of the election: equal shares never buys them, and the
    completion would otherwise spend leftover money on them.
    pabutools computes with exact fractions; costs are rounded up to whole euros and the budget
    down, so the outcome always fits the real budget. Ties are broken by proposal index.
    Amounts are the real (unrounded) costs.

    Worked example, the classic one: budget 8000, five voters, proposals 0-4 cost 2600 each.
    Three voters approve 0, 1, 2; two approve 3, 4. Approval voting funds 0, 1, 2 and the
    minority gets nothing. Under equal shares each voter holds 1600: the majority (4800) can
    buy one of its proposals, the minority (3200) one of its own. That leaves 2800, which the
    completion spends on proposal 1.

    >>> import numpy as np
    >>> approvals = np.array([[1, 1, 1, 0, 0]] * 3 + [[0, 0, 0, 1, 1]] * 2, dtype=bool)
    >>> problem = DecisionProblem(
    ...     costs=np.full(5, 2600.0),
    ...     approvals=approvals,
    ...     utilities=approvals.astype(float),
    ...     municipal_scores=np.zeros(5),
    ...     budget=8000.0,
    ... )
    >>> equal_shares(problem).funded
    array([0, 1, 3])
    """
    amounts = np.zeros(problem.n_proposals)
    budget = math.floor(problem.budget)
    candidates = _candidates(problem)
    if problem.n_voters == 0 or budget <= 0 or not candidates:
        return Decision("equal_shares", amounts)
    for p in _winners(problem, candidates, budget):
        amounts[p] = problem.costs[p]
    return Decision("equal_shares", amounts)


def _candidates(problem: DecisionProblem) -> list[int]:
    """The proposals pabutools sees: those that cost something and have an approver.

    A free proposal gets amount 0 whatever happens, so pabutools need not see it.
    """
    counts = problem.approval_counts
    return [p for p in range(problem.n_proposals) if problem.costs[p] > 0 and counts[p] > 0]


def _winners(problem: DecisionProblem, candidates: list[int], budget: int) -> list[int]:
    """The candidates equal shares (completed by greedy welfare) funds, ascending."""
    from pabutools.election import (  # slow to import, so only when the rule is used
        ApprovalBallot,
        ApprovalProfile,
        Cost_Sat,
        Instance,
        Project,
    )
    from pabutools.rules import (
        completion_by_rule_combination,
        greedy_utilitarian_welfare,
        method_of_equal_shares,
    )

    # Zero-padded names make pabutools' lexicographic tie-breaking follow the index.
    width = len(str(problem.n_proposals - 1))
    projects = {p: Project(f"p{p:0{width}d}", math.ceil(problem.costs[p])) for p in candidates}
    instance = Instance(projects.values(), budget_limit=budget)
    ballots = [
        ApprovalBallot(projects[p] for p in candidates if problem.approvals[v, p])
        for v in range(problem.n_voters)
    ]
    profile = ApprovalProfile(ballots, instance=instance)
    outcome = completion_by_rule_combination(
        instance,
        profile,
        [method_of_equal_shares, greedy_utilitarian_welfare],
        [{"sat_class": Cost_Sat}, {"sat_class": Cost_Sat}],
    )
    chosen = {project.name for project in outcome}
    return [p for p, project in projects.items() if project.name in chosen]
