"""Social ties between residents: weighted, undirected, able to grow and break.

Kept as flat arrays so that "everyone at once" questions (how strongly is each resident tied to
participants?) are one ``np.bincount`` each, while single meetings stay simple dictionary lookups.
"""

from __future__ import annotations

import numpy as np

BREAK_BELOW = 0.02  # assumption: a tie weaker than this is gone


class Ties:
    """An undirected weighted graph over residents ``0..n-1``."""

    def __init__(self, n: int, capacity: int = 64):
        self.n = n
        self.u = np.zeros(capacity, dtype=np.int64)
        self.v = np.zeros(capacity, dtype=np.int64)
        self.strength = np.zeros(capacity)
        self.household = np.zeros(capacity, dtype=bool)  # household ties never decay
        self.size = 0
        self.index: dict[tuple[int, int], int] = {}

    # --- building and changing ------------------------------------------------------------
    def _grow(self) -> None:
        cap = max(64, 2 * len(self.u))
        for name in ("u", "v", "strength", "household"):
            old = getattr(self, name)
            new = np.zeros(cap, dtype=old.dtype)
            new[: self.size] = old[: self.size]
            setattr(self, name, new)

    def add(self, i: int, j: int, strength: float, household: bool = False) -> None:
        """Add a tie, or raise an existing one to at least ``strength``."""
        if i == j:
            return
        key = (i, j) if i < j else (j, i)
        k = self.index.get(key)
        if k is not None:
            self.strength[k] = max(self.strength[k], strength)
            self.household[k] |= household
            return
        if self.size == len(self.u):
            self._grow()
        k = self.size
        self.u[k], self.v[k] = key
        self.strength[k] = strength
        self.household[k] = household
        self.index[key] = k
        self.size += 1

    def strengthen(self, i: int, j: int, amount: float) -> bool:
        """Two residents meet: the tie grows toward 1, or forms. Returns True for a new tie."""
        if i == j:
            return False
        key = (i, j) if i < j else (j, i)
        k = self.index.get(key)
        if k is None:
            if self.size == len(self.u):
                self._grow()
            k = self.size
            self.u[k], self.v[k] = key
            self.strength[k] = amount
            self.index[key] = k
            self.size += 1
            return True
        s = self.strength[k]
        if s <= 0.0:  # a broken tie forms again
            self.strength[k] = amount
            return True
        self.strength[k] = s + amount * (1.0 - s)
        return False

    def break_tie(self, i: int, j: int) -> bool:
        """An escalated conflict breaks the tie between two residents (not a household tie)."""
        key = (i, j) if i < j else (j, i)
        k = self.index.get(key)
        if k is None or self.household[k] or self.strength[k] <= 0.0:
            return False
        self.strength[k] = 0.0
        return True

    def decay(self, rate: float) -> int:
        """Ties without contact weaken; the weakest break. Returns how many broke this week."""
        s = self.strength[: self.size]
        alive = s > 0
        fading = alive & ~self.household[: self.size]
        s[fading] -= rate
        broke = fading & (s < BREAK_BELOW)
        s[broke] = 0.0
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
