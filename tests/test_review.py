"""The municipality's review (src/buurtsim/model/review.py): conditions and procedural justice."""

from __future__ import annotations

import numpy as np

from buurtsim.model import Status, review


def _in_review(model):
    return next(i for i in model.initiatives if i.status == Status.in_review)


def test_a_thorough_check_vetoes_only_breaches_no_condition_can_mend(model_at):
    model = model_at({"municipality.control": 0.5, "municipality.framework_clarity": 1.0,
                      "municipality.veto_rate": 0.0}, week="decision", seed=1)  # fmt: skip
    idea = _in_review(model)
    idea.criteria.several_benefit = idea.criteria.not_personal = True
    idea.criteria.pleasant = idea.criteria.feasible = True
    idea.criteria.maintenance = False  # only a missing agreement: mended by a condition
    assert not review.serious_breach(idea)
    assert {review.verdict(model, idea, thorough=True) for _ in range(40)} <= {"trim", "approve"}
    idea.criteria.feasible = False  # not feasible: no condition mends it
    assert review.serious_breach(idea)
    assert all(review.verdict(model, idea, thorough=True) == "veto" for _ in range(20))


def test_an_approval_after_a_thorough_check_asks_for_a_maintenance_agreement(model_at):
    mended = []
    for seed in range(6):
        model = model_at({"municipality.control": 0.5, "municipality.veto_rate": 0.0,
                          "municipality.trim_rate": 0.0}, week="decision", seed=seed)  # fmt: skip
        for idea in model.initiatives:
            if idea.status == Status.in_review and idea.criteria.fixable and idea.criteria.feasible:
                idea.criteria.maintenance = False
        while any(i.status == Status.in_review for i in model.initiatives):
            model.step()
        approved = [i for i in model.initiatives if "approved" in i.history]
        mended += [i.criteria.maintenance for i in approved]
    assert mended and all(mended)  # control 0.5 checks every proposal


def _trust_after_veto(model_at, breach: bool, clarity: float) -> float:
    losses = []
    for seed in range(4):
        model = model_at({"municipality.control": 0.0, "municipality.framework_clarity": clarity},
                         week="decision", seed=seed)  # fmt: skip
        idea = _in_review(model)
        idea.criteria.feasible = not breach
        idea.criteria.pleasant = True
        idea.criteria.several_benefit = idea.criteria.not_personal = True
        before = model.pop.trust.copy()
        review.veto(model, idea)
        others = np.setdiff1d(np.flatnonzero(model.aware), idea.supporters)
        losses.append(before[others].mean() - model.pop.trust[others].mean())
        losses.append(before[idea.supporters].mean() - model.pop.trust[idea.supporters].mean())
    return float(np.mean(losses))


def test_a_veto_that_enforces_clear_rules_costs_less_trust_than_an_overrule(model_at):
    """Procedural justice: a veto of an idea that broke a clear framework is accepted as fair;
    an overrule of an idea inside the frame is not, and word of it spreads."""
    fair = _trust_after_veto(model_at, breach=True, clarity=1.0)
    overrule = _trust_after_veto(model_at, breach=False, clarity=1.0)
    vague = _trust_after_veto(model_at, breach=True, clarity=0.0)
    assert fair <= 1e-12 < overrule
    assert fair < vague  # under a vague framework the same veto feels like an overrule
