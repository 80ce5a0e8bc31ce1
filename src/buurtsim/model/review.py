"""The municipality's review of funded proposals: approve, trim or veto, after a delay.

``municipality.control`` is what the college *practises*. It sets:

* the review's strictness: the share of proposals the administration checks thoroughly against
  the agreed framework (it vetoes a breach no condition can mend, and asks for a maintenance
  agreement where one is missing), twice the control (every proposal from control 0.5 up:
  checking against criteria everybody agreed on is the least a municipality that keeps some
  control does); a
  thorough check finds a breach as often as the working group's check would
  (``framework.check_accuracy``), so a clear framework helps the municipality too;
* the veto and trim tendency for proposals inside the frame: a college that keeps control imposes
  its own taste (``veto_rate`` times control squared, ``trim_rate`` times control);
* how long the review takes (``review_weeks`` times control, plus a week).

What residents feel about it depends on what they were promised (``trust.py``), and on whether
the veto enforced the agreed rules: a veto of an idea that broke the framework is accepted as
fair as far as the framework makes the breach visible (procedural justice, Tyler 1990), while a
veto of an idea inside the frame is an overrule, and word of it spreads. While they wait
beyond the promised time, the trekker may give up.

Constants are **assumptions** (see ``docs/odd.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .agents import Initiative, Status
from .decision import cut_scope
from .framework import check_accuracy
from .realisation import start_realisation
from .trust import announced_control, experience, feel

if TYPE_CHECKING:  # pragma: no cover - typing only
    from .model import BuurtbudgetModel

STRICTNESS = 2.0  # share of proposals checked thoroughly, per unit of control (capped at all)
VETO_WORD = 0.25  # weight of a veto for everyone who knows of the buurtbudget
WAIT_WEIGHT = 0.1  # weight of one week of waiting beyond the promised review time
TREKKER_DRIFT = 0.03  # weekly chance the trekker gives up while the project waits beyond its time


def checks_thoroughly(model: BuurtbudgetModel) -> bool:
    """Whether the administration checks this proposal against the framework (strictness)."""
    return bool(model.rng.random() < STRICTNESS * model.municipality.control)


def serious_breach(idea: Initiative) -> bool:
    """A breach no condition can mend: not feasible, unwanted, or for a few or a purpose."""
    return not (idea.criteria.fixable and idea.criteria.feasible)


def verdict(model: BuurtbudgetModel, idea: Initiative, thorough: bool | None = None) -> str:
    """'veto', 'trim' or 'approve': a thorough check for breaches, then the college's taste."""
    mun = model.municipality
    if mun.policy is not None:
        decision = mun.policy(idea)
        if decision not in ("veto", "trim", "approve"):
            raise ValueError(f"a review verdict must be veto, trim or approve, not {decision!r}")
        return decision
    m = model.params.municipality
    rng = model.rng
    thorough = checks_thoroughly(model) if thorough is None else thorough
    found = thorough and rng.random() < check_accuracy(mun.framework_clarity)
    if found and serious_breach(idea):
        return "veto"
    if rng.random() < m.veto_rate * mun.control**2:
        return "veto"
    if rng.random() < m.trim_rate * mun.control:
        return "trim"
    return "approve"


def add_conditions(idea: Initiative) -> None:
    """A thorough check that approves asks for what is missing: a maintenance agreement [10]."""
    idea.criteria.maintenance = True


def promised_wait(model: BuurtbudgetModel) -> float:
    """The review time residents were led to expect: the announced control's delay."""
    return 1.0 + announced_control(model) * model.params.municipality.review_weeks


def waiting(model: BuurtbudgetModel, idea: Initiative) -> None:
    """A week of waiting beyond what was promised: a small disappointment, and the trekker may
    give up (the project then needs a new lead before it can start)."""
    if model.week - idea.history["decided"] <= promised_wait(model):
        return
    experience(model, idea.supporters, 0.0, weight=WAIT_WEIGHT)
    if idea.trekker is not None and model.rng.random() < TREKKER_DRIFT:
        idea.trekker = None


def veto(model: BuurtbudgetModel, idea: Initiative) -> None:
    model.municipality.vetoes += 1
    idea.status = Status.vetoed
    idea.mark("vetoed")
    model.ledger.release(idea.unique_id)
    idea.amount = 0.0
    if not serious_breach(idea):  # an overrule: the residents' choice could stay in the frame
        feel(model, idea.supporters, ownership=-0.15, say=0.0)
        experience(model, np.flatnonzero(model.aware), 0.0, weight=VETO_WORD)  # word spreads
    else:  # the agreed rules enforced: fair, as far as the framework makes the breach visible
        feel(model, idea.supporters, ownership=-0.15, say=model.municipality.framework_clarity)


def trim(model: BuurtbudgetModel, idea: Initiative) -> None:
    model.municipality.trims += 1
    cut = idea.amount * float(model.rng.uniform(0.65, 0.85))
    idea.amount = model.ledger.reduce(idea.unique_id, cut)
    idea.scope = cut_scope(model, idea, idea.scope)
    idea.trimmed_in_review = True
    feel(model, idea.supporters, ownership=-0.05, say=0.5)


def review(model: BuurtbudgetModel) -> None:
    """The municipality ends its review when it is due; waiting beyond the promise costs."""
    for idea in model.initiatives:
        if idea.status != Status.in_review:
            continue
        waiting(model, idea)
        if not review_is_due(idea, model.week):
            continue
        thorough = checks_thoroughly(model)
        outcome = verdict(model, idea, thorough)
        idea.mark("reviewed")
        if outcome == "veto":
            veto(model, idea)
            continue
        if thorough and model.municipality.policy is None:
            add_conditions(idea)
        if outcome == "trim":
            trim(model, idea)
        else:
            feel(model, idea.supporters, ownership=0.05, say=1.0)
        start_realisation(model, idea)


def review_is_due(idea: Initiative, week: int) -> bool:
    """Whether the municipality ends its review of ``idea`` in ``week``."""
    return (
        idea.status == Status.in_review and idea.review_due is not None and week >= idea.review_due
    )
