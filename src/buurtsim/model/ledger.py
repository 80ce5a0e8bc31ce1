"""The money: allocated never exceeds the budget, spent never exceeds allocated."""

from __future__ import annotations

from dataclasses import dataclass, field

EPS = 1e-6


class LedgerError(RuntimeError):
    """A booking that would break the ledger's invariants."""


@dataclass
class Ledger:
    """Books of one buurtbudget.

    >>> book = Ledger(8000)
    >>> book.allocate(1, 1200); book.spend(1, 1100); book.release(1)
    >>> book.allocated, book.spent, book.unspent
    (1100.0, 1100.0, 6900.0)
    """

    budget: float
    allocations: dict[int, float] = field(default_factory=dict)
    spending: dict[int, float] = field(default_factory=dict)

    @property
    def allocated(self) -> float:
        return float(sum(self.allocations.values()))

    @property
    def spent(self) -> float:
        return float(sum(self.spending.values()))

    @property
    def unspent(self) -> float:
        """What is left of the budget when only the money really spent counts."""
        return self.budget - self.spent

    @property
    def free(self) -> float:
        """What can still be allocated."""
        return self.budget - self.allocated

    def allocate(self, initiative: int, amount: float) -> None:
        if amount < 0:
            raise LedgerError(f"cannot allocate a negative amount ({amount}) to {initiative}")
        if amount > self.free + EPS:
            raise LedgerError(
                f"allocating {amount:.2f} to {initiative} exceeds the free budget {self.free:.2f}"
            )
        self.allocations[initiative] = self.allocations.get(initiative, 0.0) + float(amount)

    def reduce(self, initiative: int, new_amount: float) -> None:
        """Lower an allocation (a trim); never below what is already spent."""
        current = self.allocations.get(initiative, 0.0)
        floor = self.spending.get(initiative, 0.0)
        if new_amount > current + EPS or new_amount < floor - EPS:
            raise LedgerError(
                f"cannot set {initiative} to {new_amount:.2f} (allocated {current:.2f}, "
                f"spent {floor:.2f})"
            )
        self.allocations[initiative] = float(new_amount)

    def release(self, initiative: int) -> None:
        """Give back what was allocated but not spent (a veto, an abandoned project)."""
        self.allocations[initiative] = self.spending.get(initiative, 0.0)

    def spend(self, initiative: int, amount: float) -> None:
        allocated = self.allocations.get(initiative, 0.0)
        already = self.spending.get(initiative, 0.0)
        if amount < 0 or already + amount > allocated + EPS:
            raise LedgerError(
                f"spending {amount:.2f} on {initiative} exceeds its allocation "
                f"({allocated:.2f}, {already:.2f} spent)"
            )
        self.spending[initiative] = already + float(amount)
