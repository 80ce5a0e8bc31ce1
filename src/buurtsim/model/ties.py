"""Social ties between residents: weighted, undirected, able to grow and break.

Kept as flat arrays so that "everyone at once" questions (how strongly is each resident tied to
participants?) are one ``np.bincount`` each, while single meetings stay simple dictionary lookups.

Speed: the neighbourhood adds its household ties first, so they fill the first ``plain_from``
slots and every later tie is a plain one. Weekly questions that skip household ties (fading,
support) then work on the slice ``[plain_from:size]`` instead of masking every tie; a household
tie added after a plain one switches that off (``plain_from = None``). Either way the sums add
the same numbers in the same order, so the results are the same bit for bit.
"""

from __future__ import annotations

from typing import Any

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
        self.plain_from: int | None = 0  # ties from here on are never household ties

    def _plain(self) -> slice | None:
        """The slice of ties that holds every non-household tie and no household tie, if known."""
        return None if self.plain_from is None else slice(self.plain_from, self.size)

    def _mark_household(self, k: int) -> None:
        if self.plain_from is None or k < self.plain_from:
            return
        self.plain_from = k + 1 if k == self.plain_from else None

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
        else:
            if self.size == len(self.u):
                self._grow()
            k = self.size
            self.u[k], self.v[k] = key
            self.strength[k] = strength
            self.habit[k] = strength
            self.household[k] = household
            self.index[key] = k
            self.size += 1
        if household:
            self._mark_household(k)

    def add_many(self, i, j, strength, household: bool = False) -> None:
        """``add`` for each pair ``(i[k], j[k])`` in turn, done at once: the same ties in the same
        slots with the same strengths as the loop would give."""
        i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
        s = np.broadcast_to(np.asarray(strength, dtype=float), i.shape)
        keep = i != j
        lo, hi, s = np.minimum(i, j)[keep], np.maximum(i, j)[keep], s[keep]
        code, first, which = np.unique(lo * self.n + hi, return_index=True, return_inverse=True)
        best = np.full(code.size, -np.inf)
        np.maximum.at(best, which, s)  # a repeated pair keeps its strongest strength
        order = np.argsort(first)  # pairs in the order they first come (first indices differ)
        lo, hi, code, best = lo[first[order]], hi[first[order]], code[order], best[order]
        tied = self.u[: self.size] * self.n + self.v[: self.size]
        known = np.isin(code, tied) if self.size else np.zeros(code.size, dtype=bool)
        for a, b, x in zip(lo[known].tolist(), hi[known].tolist(), best[known].tolist(),
                           strict=True):  # fmt: skip
            self.add(a, b, x, household)  # already tied: raise it, as add does
        self._append(lo[~known], hi[~known], best[~known], household)

    def _append(self, u: np.ndarray, v: np.ndarray, strength: np.ndarray, household: bool) -> None:
        """New ties ``(u[k], v[k])`` (``u < v``, not tied yet), in this order, at the end."""
        m = u.size
        while self.size + m > len(self.u):
            self._grow()
        k = slice(self.size, self.size + m)
        self.u[k], self.v[k] = u, v
        self.strength[k] = strength
        self.habit[k] = strength
        self.household[k] = household
        keys = zip(u.tolist(), v.tolist(), strict=True)
        self.index.update(zip(keys, range(self.size, self.size + m), strict=True))
        if household and m and self.plain_from is not None:  # _mark_household for each slot
            self.plain_from = self.size + m if self.plain_from == self.size else None
        self.size += m

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
        if k is None:
            k = self._new_slot(key)
        s = self.strength.item(k)  # Python floats: the same arithmetic, done faster
        new = bool(new or s <= 0.0)  # a broken tie forms again
        gain = amount * (1.0 - max(s, 0.0))
        self.strength[k] = max(s, 0.0) + gain
        if lasting:
            self.habit[k] = self.habit.item(k) + HABIT_SHARE * gain
        return new

    def strengthen_all(self, pairs, amount: float, lasting: bool = True) -> None:
        """``strengthen`` for each pair ``(i, j)`` in turn, in one call (a week's meetings)."""
        index, strength, habit = self.index, self.strength, self.habit
        for i, j in pairs:
            if i == j:
                continue
            key = (i, j) if i < j else (j, i)
            k = index.get(key)
            if k is None:
                k = self._new_slot(key)
                strength, habit = self.strength, self.habit  # they may have grown
            s = strength.item(k)
            if s < 0.0:  # max(s, 0.0)
                s = 0.0
            gain = amount * (1.0 - s)
            strength[k] = s + gain
            if lasting:
                habit[k] = habit.item(k) + HABIT_SHARE * gain

    def _new_slot(self, key: tuple[int, int]) -> int:
        """A new tie ``key`` (``u < v``) of strength 0 at the end; returns its slot."""
        if self.size == len(self.u):
            self._grow()
        k = self.size
        self.u[k], self.v[k] = key
        self.strength[k] = 0.0
        self.habit[k] = 0.0
        self.index[key] = k
        self.size += 1
        return k

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
        part = self._plain()
        if part is None:
            return self._decay_masked(rate, to_habit)
        s, habit = self.strength[part], self.habit[part]
        floor = habit if to_habit else 0.0
        fading = s > floor
        np.maximum(s - rate, floor, out=s, where=fading)
        broke = fading & (s < BREAK_BELOW)
        s[broke] = 0.0
        habit[broke] = 0.0
        return int(np.count_nonzero(broke))

    def _decay_masked(self, rate: float, to_habit: bool) -> int:
        """``decay`` when household ties are mixed in among the others."""
        s = self.strength[: self.size]
        floor: Any = self.habit[: self.size] if to_habit else 0.0
        fading = (s > floor) & ~self.household[: self.size]
        s[fading] = np.maximum(s[fading] - rate, floor[fading] if to_habit else 0.0)
        broke = fading & (s < BREAK_BELOW)
        s[broke] = 0.0
        self.habit[: self.size][broke] = 0.0
        return int(broke.sum())

    # --- questions about everyone at once -------------------------------------------------
    def strength_sum(self, include_household: bool = False) -> np.ndarray:
        """Total tie strength per resident."""
        part = slice(0, self.size) if include_household else self._plain()
        s = self.strength[: self.size] if part is None else self.strength[part]
        if part is None:  # household ties mixed in: count them as 0 (adding 0.0 changes no sum)
            s = np.where(self.household[: self.size], 0.0, s)
            part = slice(0, self.size)
        return np.bincount(self.u[part], s, self.n) + np.bincount(self.v[part], s, self.n)

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
