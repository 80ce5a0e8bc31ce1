"""Social ties between residents: weighted, undirected, able to grow and break.

Kept as flat arrays so that "everyone at once" questions (how strongly is each resident tied to
participants?) are one ``np.bincount`` each, while single meetings stay simple dictionary lookups.
"""

from __future__ import annotations

import numpy as np

BREAK_BELOW = 0.02  # assumption: a tie weaker than this is gone
HABIT_SHARE = 0.3  # assumption: the share of what one shared activity adds that becomes habit


class Ties:
    """An undirected weighted graph over residents ``0..n-1``."""

    def __init__(self, n: int, capacity: int = 64):
        self.n = n
        self.u = np.zeros(capacity, dtype=np.int64)
        self.v = np.zeros(capacity, dtype=np.int64)
        self.strength = np.zeros(capacity)
        self.household = np.zeros(capacity, dtype=bool)  # household ties never decay
        self.habit = np.zeros(capacity)  # the strength everyday contact keeps a tie at
        self.size = 0
        self.index: dict[tuple[int, int], int] = {}

    # --- building and changing ------------------------------------------------------------
    def _grow(self) -> None:
        cap = max(64, 2 * len(self.u))
        for name in ("u", "v", "strength", "household", "habit"):
            old = getattr(self, name)
            new = np.zeros(cap, dtype=old.dtype)
            new[: self.size] = old[: self.size]
            setattr(self, name, new)

    def add(self, i: int, j: int, strength: float, household: bool = False) -> None:
        """Add a habitual tie, or raise an existing one to at least ``strength``."""
        if i == j:
            return
        key = (i, j) if i < j else (j, i)
        k = self.index.get(key)
        if k is not None:
            self.strength[k] = max(self.strength[k], strength)
            self.habit[k] = max(self.habit[k], strength)
            self.household[k] |= household
            return
        if self.size == len(self.u):
            self._grow()
        k = self.size
        self.u[k], self.v[k] = key
        self.strength[k] = strength
        self.habit[k] = strength
        self.household[k] = household
        self.index[key] = k
        self.size += 1

    def strengthen(self, i: int, j: int, amount: float, lasting: bool = True) -> bool:
        """Two residents meet: the tie grows toward 1, or forms. Returns True for a new tie.

        With ``lasting``, a share (``HABIT_SHARE``) of the gain becomes habit: neighbours who did
        something together greet each other from then on.
        """
        if i == j:
            return False
        key = (i, j) if i < j else (j, i)
        k = self.index.get(key)
        new = k is None
        if new:
            if self.size == len(self.u):
                self._grow()
            k = self.size
            self.u[k], self.v[k] = key
            self.strength[k] = 0.0
            self.habit[k] = 0.0
            self.index[key] = k
            self.size += 1
        s = self.strength[k]
        new = bool(new or s <= 0.0)  # a broken tie forms again
        gain = amount * (1.0 - max(s, 0.0))
        self.strength[k] = max(s, 0.0) + gain
        if lasting:
            self.habit[k] += HABIT_SHARE * gain
        return new

    def break_tie(self, i: int, j: int) -> bool:
        """An escalated conflict breaks the tie between two residents (not a household tie)."""
        key = (i, j) if i < j else (j, i)
        k = self.index.get(key)
        if k is None or self.household[k] or self.strength[k] <= 0.0:
            return False
        self.strength[k] = 0.0
        self.habit[k] = 0.0
        return True

    def withdraw(self, people, share: float) -> None:
        """``people`` withdraw from their neighbours: their ties outside the household lose
        ``share`` of their strength, and of their habit."""
        u, v = self.u[: self.size], self.v[: self.size]
        hit = (np.isin(u, people) | np.isin(v, people)) & ~self.household[: self.size]
        self.strength[: self.size][hit] *= 1 - share
        self.habit[: self.size][hit] *= 1 - share

    def decay(self, rate: float, to_habit: bool = True) -> int:
        """Ties without extra contact weaken, down to their habitual strength (``to_habit``) or
        to nothing; the weakest break. Returns how many broke this week."""
        s = self.strength[: self.size]
        floor = self.habit[: self.size] if to_habit else 0.0
        fading = (s > floor) & ~self.household[: self.size]
        s[fading] = np.maximum(s[fading] - rate, floor[fading] if to_habit else 0.0)
        broke = fading & (s < BREAK_BELOW)
        s[broke] = 0.0
        self.habit[: self.size][broke] = 0.0
        return int(broke.sum())

    # --- questions about everyone at once -------------------------------------------------
    def strength_sum(self, include_household: bool = False) -> np.ndarray:
        """Total tie strength per resident."""
        s = self.strength[: self.size]
        if not include_household:
            s = np.where(self.household[: self.size], 0.0, s)
        u, v = self.u[: self.size], self.v[: self.size]
        return np.bincount(u, s, self.n) + np.bincount(v, s, self.n)

    def neighbour_sum(self, x: np.ndarray) -> np.ndarray:
        """For each resident, the sum over ties of strength times the neighbour's ``x``."""
        s = self.strength[: self.size]
        u, v = self.u[: self.size], self.v[: self.size]
        return np.bincount(u, s * x[v], self.n) + np.bincount(v, s * x[u], self.n)

    def count(self) -> int:
        """Number of living ties."""
        return int((self.strength[: self.size] > 0).sum())

    def edges(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Living ties as arrays (u, v, strength)."""
        alive = self.strength[: self.size] > 0
        return (
            self.u[: self.size][alive],
            self.v[: self.size][alive],
            self.strength[: self.size][alive],
        )
