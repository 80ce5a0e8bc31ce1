"""The Arendonk rule: the residents vote yes or no on one package of proposals, trimmed to fit."""

from __future__ import annotations

import numpy as np

from buurtsim.rules.problem import Decision, DecisionProblem, by_approval


def package(problem: DecisionProblem) -> Decision:
    """Put the whole package to a majority vote, trimming costs and dropping proposals if needed.

    Start from all proposals. If the package costs more than the budget, every cost is trimmed
    by the same factor, but by at most ``max_trim`` of its cost. If even that is not enough,
    the least-approved proposal is dropped (ties: the most expensive, then the highest index)
    and the package is tried again. Once it fits, the package is adopted if more than half of
    the voters have a positive summed utility over its proposals; otherwise the least-approved
    proposal is dropped and the package is tried again. An empty package, or an electorate of
    zero voters, funds nothing. Amounts are the (possibly trimmed) costs.

    Worked example: budget 100, ``max_trim`` 0.3, three voters, proposals costing 60, 50 and 40
    euro approved by 3, 2 and 1 voters, everyone liking everything. All three cost 150, and
    even trimmed by 30% still 105 > 100, so proposal 2 (fewest approvals) is dropped. The
    remaining 110 euro is trimmed by the factor 100/110, and the package passes 3 to 0.

    >>> import numpy as np
    >>> approvals = np.array([[1, 1, 1], [1, 1, 0], [1, 0, 0]], dtype=bool)
    >>> problem = DecisionProblem(
    ...     costs=np.array([60.0, 50.0, 40.0]),
    ...     approvals=approvals,
    ...     utilities=np.ones((3, 3)),
    ...     municipal_scores=np.zeros(3),
    ...     budget=100.0,
    ... )
    >>> decision = package(problem)
    >>> [round(float(amount), 2) for amount in decision.amounts]
    [54.55, 45.45, 0.0]
    """
    amounts = np.zeros(problem.n_proposals)
    if problem.n_voters == 0:
        return Decision("package", amounts)
    # Both ways of shrinking drop the least-approved proposal, which is the last one in the
    # approval order; so every package tried is a prefix of that order.
    order = by_approval(problem)
    for size in range(problem.n_proposals, 0, -1):
        members = order[:size]
        trimmed = trimmed_costs(problem, members)
        if trimmed is not None and wins_majority(problem, members):
            amounts[members] = trimmed
            break
    return Decision("package", amounts)


def trimmed_costs(problem: DecisionProblem, members: np.ndarray) -> np.ndarray | None:
    """The costs of ``members``, trimmed by one common factor to fit the budget, or None.

    None means that the package does not fit even with every cost trimmed by ``max_trim``.
    """
    costs = problem.costs[members]
    total = float(costs.sum())
    if total <= problem.budget:
        return costs.copy()
    if total * (1.0 - problem.max_trim) > problem.budget:
        return None
    factor = problem.budget / total
    trimmed = costs * factor
    while trimmed.sum() > problem.budget:  # guard against rounding up in the last bit
        factor = float(np.nextafter(factor, 0.0))
        trimmed = costs * factor
    return trimmed


def wins_majority(problem: DecisionProblem, members: np.ndarray) -> bool:
    """True if more than half of the voters gain (summed utility > 0) from the package."""
    gains = problem.utilities[:, members].sum(axis=1)
    return 2 * int(np.count_nonzero(gains > 0)) > problem.n_voters
