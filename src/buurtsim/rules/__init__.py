"""Decision rules: how a neighbourhood (or its municipality) turns proposals into a budget.

Every rule is a plain function ``rule(problem) -> Decision`` without hidden state, in the style
of pabutools, so rules can be swapped and compared on the same :class:`DecisionProblem`.

- ``package``: the Arendonk rule; one package, trimmed to fit, adopted by majority.
- ``majority``: proposals with a majority of approvals, most approved first.
- ``approval_greedy``: all proposals by approval count, while they fit.
- ``equal_shares``: the Method of Equal Shares (via pabutools), completed greedily.
- ``college``: the municipality decides by its own priorities.
"""

from __future__ import annotations

from collections.abc import Callable

from buurtsim.rules.greedy import approval_greedy, college, majority
from buurtsim.rules.mes import equal_shares
from buurtsim.rules.package_vote import package
from buurtsim.rules.problem import Decision, DecisionProblem

RULES: dict[str, Callable[[DecisionProblem], Decision]] = {
    "package": package,
    "majority": majority,
    "approval_greedy": approval_greedy,
    "equal_shares": equal_shares,
    "college": college,
}
"""The decision rules by name."""


def decide(rule: str, problem: DecisionProblem) -> Decision:
    """Apply the rule called ``rule`` (a key of :data:`RULES`) to ``problem``."""
    try:
        rule_function = RULES[rule]
    except KeyError:
        allowed = ", ".join(RULES)
        raise ValueError(f"unknown decision rule {rule!r}; allowed rules: {allowed}") from None
    return rule_function(problem)


__all__ = [
    "RULES",
    "Decision",
    "DecisionProblem",
    "approval_greedy",
    "college",
    "decide",
    "equal_shares",
    "majority",
    "package",
]
