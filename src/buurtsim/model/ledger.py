"""The money: allocated never exceeds the budget, spent never exceeds allocated.

Amounts are booked in whole euro cents (integers), so the invariants hold exactly, with no
floating-point rounding: an allocation is rounded *down* to the cent.
"""

from __future__ import annotations

import math


class LedgerError(RuntimeError):
    """A booking that would break the ledger's invariants."""


def to_cents(euro: float) -> int:
    """Euro to whole cents, rounded down (a booking never exceeds what was asked)."""
    return math.floor(round(float(euro) * 100, 6))


class Ledger:
    """Books of one buurtbudget.

    >>> book = Ledger(8000)
    >>> book.allocate(1, 1200); book.spend(1, 1100); book.release(1)
    1200.0
    >>> book.allocated, book.spent, book.unspent
    (1100.0, 1100.0, 6900.0)
    """

    def __init__(self, budget: float):
        self.budget = float(budget)
        self._budget_cents = to_cents(budget)
        self._allocated: dict[int, int] = {}  # cents per initiative
        self._spent: dict[int, int] = {}  # cents per initiative

    @property
    def allocations(self) -> dict[int, float]:
        """Euro allocated per initiative."""
        return {k: v / 100 for k, v in self._allocated.items()}

    @property
    def spending(self) -> dict[int, float]:
        """Euro spent per initiative."""
        return {k: v / 100 for k, v in self._spent.items()}

    @property
    def allocated(self) -> float:
        return sum(self._allocated.values()) / 100

    @property
    def spent(self) -> float:
        return sum(self._spent.values()) / 100

    @property
    def unspent(self) -> float:
        """What is left of the budget when only the money really spent counts."""
        return self.budget - self.spent

    @property
    def free(self) -> float:
        """What can still be allocated."""
        return (self._budget_cents - sum(self._allocated.values())) / 100

    def allocate(self, initiative: int, amount: float) -> float:
        """Book ``amount`` (rounded down to the cent) for an initiative; returns what was booked."""
        cents = to_cents(amount)
        if cents < 0:
            raise LedgerError(f"cannot allocate a negative amount ({amount}) to {initiative}")
        free = self._budget_cents - sum(self._allocated.values())
        if cents > free:
            raise LedgerError(
                f"allocating {amount:.2f} to {initiative} exceeds the free budget {free / 100:.2f}"
            )
        self._allocated[initiative] = self._allocated.get(initiative, 0) + cents
        return cents / 100

    def reduce(self, initiative: int, new_amount: float) -> float:
        """Lower an allocation (a trim); never below what is already spent. Returns the booking."""
        cents = to_cents(new_amount)
        current = self._allocated.get(initiative, 0)
        floor = self._spent.get(initiative, 0)
        if cents > current or cents < floor:
            raise LedgerError(
                f"cannot set {initiative} to {new_amount:.2f} (allocated {current / 100:.2f}, "
                f"spent {floor / 100:.2f})"
            )
        self._allocated[initiative] = cents
        return cents / 100

    def release(self, initiative: int) -> None:
        """Give back what was allocated but not spent (a veto, an abandoned project)."""
        self._allocated[initiative] = self._spent.get(initiative, 0)

    def spend(self, initiative: int, amount: float) -> None:
        cents = to_cents(amount)
        allocated = self._allocated.get(initiative, 0)
        already = self._spent.get(initiative, 0)
        if cents < 0 or already + cents > allocated:
            raise LedgerError(
                f"spending {amount:.2f} on {initiative} exceeds its allocation "
                f"({allocated / 100:.2f}, {already / 100:.2f} spent)"
            )
        self._spent[initiative] = already + cents
