"""Real ballots: Pabulib ``.pb`` files in, buurtsim's and pabutools' rules side by side, and
simulated decisions out as ``.pb`` files.

- :func:`load` reads a ``.pb`` file (through pabutools' ``parse_pabulib``) into :class:`Ballots`,
  which holds the :class:`~buurtsim.rules.DecisionProblem` the rules take; a bad file raises
  :class:`BallotError`, one plain line.
- :func:`compare` runs the rules on it and measures each outcome with ``pabutools.analysis``.
- :func:`export_decision` writes a simulated decision stage as a ``.pb`` file.

>>> ballots = load(pabulib_file(DIAMANTBUURT))
>>> ballots.problem.n_voters, ballots.problem.n_proposals, ballots.budget
(318, 15, 100000.0)
"""

from .compare import RULES, SATISFACTION, Comparison, Outcome, compare
from .read import (
    APPROVAL_TYPES,
    DATA_DIR,
    DIAMANTBUURT,
    POINTS_TYPES,
    BallotError,
    Ballots,
    check,
    load,
    pabulib_file,
)

__all__ = [
    "APPROVAL_TYPES",
    "DATA_DIR",
    "DIAMANTBUURT",
    "POINTS_TYPES",
    "RULES",
    "SATISFACTION",
    "BallotError",
    "Ballots",
    "Comparison",
    "Outcome",
    "check",
    "compare",
    "load",
    "pabulib_file",
]
