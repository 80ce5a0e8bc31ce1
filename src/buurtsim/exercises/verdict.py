"""How a "Probeer zelf" decides its right answer, so that any seed gives the same one.

Every setting of a question runs the same seeds (run ``k`` of each setting uses ``seed + k``: the
same neighbourhoods, only the setting differs), at least :data:`MIN_RUNS` of them. A difference
counts as *more* or *less* only when it is larger than both the question's stated ``margin``
and two standard errors of the paired differences; otherwise the right answer is "ongeveer
gelijk". A borderline effect thus gives "ongeveer gelijk" rather than an answer by chance.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

MORE, LESS, SAME = "meer", "minder", "gelijk"
MIN_RUNS = 20  #: the fewest runs per setting a question may be decided on
RUNS = 30  #: the runs per setting a question uses unless told otherwise


@dataclass(frozen=True)
class Verdict:
    """The right answer of a question and the figures it was decided on.

    ``means`` holds each setting's mean; ``diff`` the difference that decided (second setting
    minus first, or best minus runner-up), ``se`` its standard error over ``runs`` paired runs.
    """

    answer: str
    means: Mapping[str, float]
    diff: float
    se: float
    margin: float
    runs: int

    @property
    def noise(self) -> float:
        """Two standard errors: what chance alone gives."""
        return 2 * self.se


def _paired(
    a: Sequence[float] | np.ndarray, b: Sequence[float] | np.ndarray
) -> tuple[float, float, int]:
    """Mean and standard error of ``b - a`` over the runs where both are known, and their
    number."""
    d = np.asarray(b, dtype=float) - np.asarray(a, dtype=float)
    d = d[np.isfinite(d)]
    if d.size < 2:
        return (float(d.mean()) if d.size else 0.0), math.inf, int(d.size)
    return float(d.mean()), float(d.std(ddof=1) / math.sqrt(d.size)), int(d.size)


def _clear(diff: float, se: float, margin: float) -> bool:
    return abs(diff) > margin and abs(diff) > 2 * se


def _mean(values: Sequence[float] | np.ndarray) -> float:
    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)]
    return float(v.mean()) if v.size else math.nan


def decide_direction(
    before: Sequence[float] | np.ndarray, after: Sequence[float] | np.ndarray, margin: float
) -> Verdict:
    """'meer', 'minder' or 'gelijk': does the outcome change from ``before`` to ``after``
    (paired runs) by more than ``margin`` and two standard errors?"""
    diff, se, n = _paired(before, after)
    answer = SAME if not _clear(diff, se, margin) else (MORE if diff > 0 else LESS)
    means = {"before": _mean(before), "after": _mean(after)}
    return Verdict(answer, means, diff, se, margin, n)


def decide_best(samples: Mapping[str, Sequence[float] | np.ndarray], margin: float) -> Verdict:
    """The setting with the highest mean, when it beats the runner-up (paired runs) by more
    than ``margin`` and two standard errors; 'gelijk' otherwise."""
    means = {key: _mean(v) for key, v in samples.items()}
    top, second = sorted(means, key=lambda k: -means[k])[:2]
    diff, se, n = _paired(samples[second], samples[top])
    answer = top if _clear(diff, se, margin) else SAME
    return Verdict(answer, means, diff, se, margin, n)
