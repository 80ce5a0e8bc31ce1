"""Trust and ownership: what residents expect, what they experience, and how they feel about it.

Trust in the municipality moves with the gap between expectation and experience
(expectation-disconfirmation, Oliver 1980): a resident who was promised a say and is overruled
loses more than one who was told from the start that the college decides. Losses weigh
``municipality.trust_loss_aversion`` times more than gains (trust asymmetry, METHOD.md "known
ideas"). Each experience also teaches: the expectation moves toward what happened (learned
participation propensity, as in DemocracySim).

An experience is a number from 0 (no say at all: a veto, an overrule) to 1 (the residents'
choice went ahead as promised).

Constants are **assumptions** (see ``docs/odd.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .model import BuurtbudgetModel

TRUST_STEP = 0.1  # trust change for a full-size surprise (gap of 1) of weight 1
EXPECT_LEARNING = 0.3  # how far one experience of weight 1 moves the expectation toward it
NEUTRAL_EXPECTATION = 0.5  # what residents expect when promises play no part (ablation)


def as_index(who) -> np.ndarray:
    """Residents as an index array, from a list, an array of indices or a boolean mask."""
    idx = np.asarray(who if isinstance(who, np.ndarray) else list(who))
    if idx.dtype == bool:
        return np.flatnonzero(idx)
    return idx.astype(np.int64, copy=False)


def announced_control(model: BuurtbudgetModel) -> float:
    """What the municipality promised: ``announced_control``, or ``control`` when left empty."""
    m = model.params.municipality
    return m.control if m.announced_control is None else m.announced_control


def initial_expectation(model: BuurtbudgetModel) -> np.ndarray:
    """What residents expect to have to say when the process starts: what they were told, taken
    at face value as far as they trust the municipality, and a neutral guess otherwise."""
    announced = announced_control(model)
    trust = model.pop.trust
    return trust * (1.0 - announced) + (1.0 - trust) * NEUTRAL_EXPECTATION


def feel_ownership(model: BuurtbudgetModel, who, delta: float) -> None:
    """Ownership (eigenaarschap) rises with doing and deciding, falls with being overruled."""
    idx = as_index(who)
    if idx.size:
        own = model.pop.ownership
        own[idx] = np.clip(own[idx] + delta, 0.0, 1.0)


def experience(model: BuurtbudgetModel, who, value: float, weight: float = 1.0) -> None:
    """Residents ``who`` experience a say of ``value`` (0-1); trust follows the surprise."""
    idx = as_index(who)
    if idx.size == 0 or weight <= 0:
        return
    learn = model.params.mechanisms.expectation_trust
    expected = model.expectation[idx] if learn else NEUTRAL_EXPECTATION
    gap = value - expected
    loss = np.where(gap < 0, model.loss_aversion, 1.0)
    trust = model.pop.trust
    trust[idx] = np.clip(trust[idx] + TRUST_STEP * weight * gap * loss, 0.0, 1.0)
    if learn:
        model.expectation[idx] += EXPECT_LEARNING * min(weight, 1.0) * gap


def feel(model: BuurtbudgetModel, who, ownership: float = 0.0, say: float | None = None,
         weight: float = 1.0) -> None:  # fmt: skip
    """An event: ownership changes by ``ownership``; with ``say``, also an experience of it."""
    if ownership:
        feel_ownership(model, who, ownership)
    if say is not None:
        experience(model, who, say, weight)
