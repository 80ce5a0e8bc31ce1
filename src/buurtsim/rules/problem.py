"""The input and output of every decision rule: a decision problem and a decision."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def _frozen_array(values: object, dtype: type) -> np.ndarray:
    """A read-only copy of ``values`` as a numpy array of ``dtype``."""
    array: np.ndarray = np.array(values, dtype=dtype)
    array.flags.writeable = False
    return array


def _check_shapes(
    costs: np.ndarray, approvals: np.ndarray, utilities: np.ndarray, scores: np.ndarray
) -> None:
    """Raise ValueError unless the arrays have the shapes ``(P,)``, ``(V, P)``, ``(V, P)``,
    ``(P,)``."""
    if costs.ndim != 1:
        raise ValueError(f"costs must have shape (P,), got shape {costs.shape}")
    n_proposals = costs.shape[0]
    if approvals.ndim != 2 or approvals.shape[1] != n_proposals:
        raise ValueError(
            f"approvals must have shape (V, P) with P={n_proposals}, got shape {approvals.shape}"
        )
    if utilities.shape != approvals.shape:
        raise ValueError(
            f"utilities must have the shape of approvals {approvals.shape}, "
            f"got shape {utilities.shape}"
        )
    if scores.shape != (n_proposals,):
        raise ValueError(
            f"municipal_scores must have shape ({n_proposals},), got shape {scores.shape}"
        )


def _check_finite(costs: np.ndarray, utilities: np.ndarray, scores: np.ndarray) -> None:
    """Raise ValueError on a NaN or infinite number, or a negative cost."""
    if not np.all(np.isfinite(costs)) or np.any(costs < 0):
        raise ValueError("costs must be finite and non-negative")
    if not np.all(np.isfinite(utilities)):
        raise ValueError("utilities must be finite")
    if not np.all(np.isfinite(scores)):
        raise ValueError("municipal_scores must be finite")


@dataclass(frozen=True)
class DecisionProblem:
    """What the residents decide on: proposals, their costs, the ballots and the budget.

    ``P`` is the number of proposals and ``V`` the number of voters (residents who took part).
    The arrays are copied and made read-only, so a problem cannot change under a rule.
    """

    costs: np.ndarray
    """Float euro per proposal, shape ``(P,)``."""
    approvals: np.ndarray
    """Bool, shape ``(V, P)``: voter ``v`` approves proposal ``p``."""
    utilities: np.ndarray
    """Float, shape ``(V, P)``: how much voter ``v`` likes ``p`` (negative = a burden)."""
    municipal_scores: np.ndarray
    """Float, shape ``(P,)``: the college's own priority (higher = preferred)."""
    budget: float
    max_trim: float = 0.3
    """Package rule: a cost may be trimmed by at most this fraction."""

    def __post_init__(self) -> None:
        costs = _frozen_array(self.costs, float)
        approvals = _frozen_array(self.approvals, bool)
        utilities = _frozen_array(self.utilities, float)
        scores = _frozen_array(self.municipal_scores, float)
        _check_shapes(costs, approvals, utilities, scores)
        _check_finite(costs, utilities, scores)
        budget = float(self.budget)
        if not np.isfinite(budget) or budget < 0:
            raise ValueError(f"budget must be finite and non-negative, got {self.budget}")
        max_trim = float(self.max_trim)
        if not 0.0 <= max_trim <= 1.0:
            raise ValueError(f"max_trim must lie in [0, 1], got {self.max_trim}")
        object.__setattr__(self, "costs", costs)
        object.__setattr__(self, "approvals", approvals)
        object.__setattr__(self, "utilities", utilities)
        object.__setattr__(self, "municipal_scores", scores)
        object.__setattr__(self, "budget", budget)
        object.__setattr__(self, "max_trim", max_trim)

    @property
    def n_proposals(self) -> int:
        return int(self.costs.shape[0])

    @property
    def n_voters(self) -> int:
        return int(self.approvals.shape[0])

    @property
    def approval_counts(self) -> np.ndarray:
        """Number of voters approving each proposal, shape ``(P,)``."""
        return self.approvals.sum(axis=0)


@dataclass(frozen=True)
class Decision:
    """The outcome of a rule: euro allocated per proposal (0 = not funded)."""

    rule: str
    amounts: np.ndarray
    """Float euro allocated per proposal, shape ``(P,)``."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "amounts", _frozen_array(self.amounts, float))

    @property
    def funded(self) -> np.ndarray:
        """Indices of the funded proposals (amount > 0), ascending."""
        return np.flatnonzero(self.amounts > 0)

    @property
    def total(self) -> float:
        """Total euro allocated."""
        return float(self.amounts.sum())


def by_approval(problem: DecisionProblem) -> np.ndarray:
    """Proposal indices by decreasing approval count; ties: cheaper first, then lower index."""
    indices = np.arange(problem.n_proposals)
    return np.lexsort((indices, problem.costs, -problem.approval_counts))


def fund_in_order(problem: DecisionProblem, order: np.ndarray, rule: str) -> Decision:
    """Walk through ``order`` and fund each proposal at full cost if it still fits the budget."""
    amounts = np.zeros(problem.n_proposals)
    spent = 0.0
    for p in order:
        cost = float(problem.costs[p])
        if spent + cost <= problem.budget:
            amounts[p] = cost
            spent += cost
    return Decision(rule, amounts)
