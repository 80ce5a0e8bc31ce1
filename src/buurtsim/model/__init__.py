"""The model: agents, the neighbourhood, and the buurtbudget calendar."""

from .agents import Conflict, Facilitator, Initiative, Municipality, Resident, Status
from .ledger import Ledger, LedgerError
from .model import BuurtbudgetModel

__all__ = [
    "BuurtbudgetModel",
    "Conflict",
    "Facilitator",
    "Initiative",
    "Ledger",
    "LedgerError",
    "Municipality",
    "Resident",
    "Status",
]
