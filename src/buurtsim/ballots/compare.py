"""The same real ballots under several rules, each outcome measured with ``pabutools.analysis``.

Rules (named as in ``process.decision_rule``, plus a plain name for each pabutools rule):

- ``official``: the recorded outcome (the file's ``selected`` column), where the file has one;
- ``majority``, ``approval_greedy``, ``equal_shares``: buurtsim's rules (:mod:`buurtsim.rules`);
- ``package``: the Arendonk rule, for yes/no ballots only, reading a ballot as a yes to the package
  when it approves at least one of its projects; costs are never trimmed (``max_trim`` 0);
- ``greedy_welfare``: pabutools' ``greedy_utilitarian_welfare`` with cost satisfaction (for
  approval ballots the usual "most votes first, skip what does not fit" count);
- ``phragmen``: pabutools' ``sequential_phragmen``, for yes/no ballots only, not completed.

``college`` is left out: it follows the municipality's own priorities, which a ``.pb`` file does not
hold. A rule that does not apply is reported as skipped, with the reason.

Satisfaction is :data:`SATISFACTION`: pabutools' ``Cost_Sat`` (the euro spent on projects a voter
approved) for yes/no ballots and ``Additive_Cardinal_Sat`` (the points a voter gave to funded
projects) for points. EJR and PJR are checked "up to one project" (``is_EJR_one_approval``,
``is_PJR_one_approval``, cost satisfaction), the form Equal Shares guarantees; pabutools checks them
by trying every group of distinct ballots with every set of projects, so only small elections are
checked (:data:`JR_LIMIT`) and the others are reported as skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import pandas as pd

from .. import i18n
from ..rules import decide
from .read import Ballots

#: every rule :func:`compare` knows, in the order of its tables
RULES = (
    "official",
    "majority",
    "approval_greedy",
    "package",
    "equal_shares",
    "greedy_welfare",
    "phragmen",
)

#: the satisfaction measure (pabutools class name) for yes/no ballots and for points
SATISFACTION = {"approval": "Cost_Sat", "points": "Additive_Cardinal_Sat"}

#: EJR and PJR are checked when distinct ballots + projects is at most this (2**JR_LIMIT cases)
JR_LIMIT = 14


def ballots_words(vote_type: str, lang: str | None = None) -> str:
    """The kind of ballots of a vote type in words: ``approval`` -> "approval ballots"."""
    key = f"bt_vote_{vote_type}"
    return i18n.t(key, lang) if key in i18n.LABELS else vote_type


@dataclass(frozen=True)
class Reason:
    """Why a rule or a check was skipped: a ``bt_note_*`` label of the translation table and its
    values, said in any language by :meth:`text`; ``str()`` is the English that the CSV files
    keep."""

    key: str
    values: tuple[tuple[str, Any], ...] = ()

    def text(self, lang: str | None = None) -> str:
        values = dict(self.values)
        if "vote_type" in values:
            values["ballots"] = ballots_words(values["vote_type"], lang)
        for count in ("groups", "projects"):
            if count in values:
                values[count] = i18n.number(values[count], lang=lang)
        return i18n.tf(self.key, lang, **values)

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True)
class Outcome:
    """What one rule funds (a boolean per project), or why it was skipped (:attr:`reason`)."""

    rule: str
    funded: np.ndarray | None
    reason: Reason | None = None

    @property
    def skipped(self) -> str:
        """Why the rule was skipped, in English (as ``metrics.csv`` keeps it); empty if it ran."""
        return str(self.reason) if self.reason else ""


@dataclass(frozen=True)
class Comparison:
    """The rules side by side on one file: :attr:`rules` (rule x project) and :attr:`metrics`."""

    ballots: Ballots
    outcomes: dict[str, Outcome]
    metrics: pd.DataFrame
    """One row per rule; skipped rules have only ``rule`` and ``note``."""

    @property
    def rules(self) -> pd.DataFrame:
        """One row per rule x project: ``rule, project_id, name, cost, funded`` (rules.csv)."""
        b = self.ballots
        rows = [
            {"rule": rule, "project_id": pid, "name": name, "cost": cost, "funded": bool(yes)}
            for rule, outcome in self.outcomes.items()
            if outcome.funded is not None
            for pid, name, cost, yes in zip(
                b.project_ids, b.names, b.costs, outcome.funded, strict=True
            )
        ]
        return pd.DataFrame(rows, columns=["rule", "project_id", "name", "cost", "funded"])

    def funded(self) -> pd.DataFrame:
        """Projects (rows, as in the file) by rules that ran (columns): True where funded."""
        b = self.ballots
        table = pd.DataFrame(
            {r: o.funded for r, o in self.outcomes.items() if o.funded is not None},
            index=pd.Index(b.project_ids, name="project_id"),
        )
        table.insert(0, "cost", b.costs)
        table.insert(0, "name", b.names)
        return table

    def empty_handed(self) -> pd.DataFrame:
        """Per rule that ran (rows): how many voters got none of their projects, by ballot size.

        Columns ``ballot_size_1``, ``ballot_size_2_3``, ``ballot_size_4`` (voters who chose 1, 2-3
        or 4+ projects) and ``total``: a voter is empty-handed when no project with a yes or with
        points on their ballot is funded (:func:`reached`).
        """
        b = self.ballots
        sizes = b.problem.approvals.sum(axis=1)
        groups = {
            "ballot_size_1": sizes <= 1,
            "ballot_size_2_3": (sizes >= 2) & (sizes <= 3),
            "ballot_size_4": sizes >= 4,
        }
        rows = {}
        for rule, outcome in self.outcomes.items():
            if outcome.funded is None:
                continue
            rows[rule] = {g: _empty_handed_count(b, outcome.funded, m) for g, m in groups.items()}
        table = pd.DataFrame.from_dict(rows, orient="index", columns=list(groups))
        table["total"] = table.sum(axis=1)
        table.index.name = "rule"
        return table


def reached(b: Ballots, funded: np.ndarray) -> np.ndarray:
    """Per voter: is a project they voted for (a yes, or points) funded?

    For yes/no ballots this is pabutools' ``percent_non_empty_handed``; over points ballots
    that function averages the points of the funded projects instead (a share above 1), so the
    voters are counted here, from the ballots themselves.
    """
    return np.asarray((b.problem.approvals & funded).any(axis=1), dtype=bool)


def _empty_handed_count(b: Ballots, funded: np.ndarray, members: np.ndarray) -> int:
    return int(members.sum() - (reached(b, funded) & members).sum())


# --- the rules -------------------------------------------------------------------------------


def _official(b: Ballots) -> Outcome:
    if b.selected is None:
        rule = b.meta.get("rule", "?")
        return Outcome("official", None, Reason("bt_note_no_outcome", (("rule", rule),)))
    return Outcome("official", np.isin(np.array(b.project_ids), b.selected))


def _buurtsim_rule(b: Ballots, rule: str) -> Outcome:
    if rule == "package" and not b.approval:
        reason = Reason("bt_note_package_points", (("vote_type", b.vote_type),))
        return Outcome(rule, None, reason)
    return Outcome(rule, decide(rule, b.problem).amounts > 0)


def _sat_class(b: Ballots):
    from pabutools.election import Additive_Cardinal_Sat, Cost_Sat

    return Cost_Sat if b.approval else Additive_Cardinal_Sat


def _greedy_welfare(b: Ballots) -> Outcome:
    from pabutools.rules import greedy_utilitarian_welfare

    allocation = greedy_utilitarian_welfare(b.instance, b.profile, sat_class=_sat_class(b))
    return Outcome("greedy_welfare", b.funded_mask(allocation))


def _phragmen(b: Ballots) -> Outcome:
    if not b.approval:
        reason = Reason("bt_note_phragmen_points", (("vote_type", b.vote_type),))
        return Outcome("phragmen", None, reason)
    from pabutools.rules import sequential_phragmen

    return Outcome("phragmen", b.funded_mask(sequential_phragmen(b.instance, b.profile)))


def run_rule(b: Ballots, rule: str) -> Outcome:
    """The outcome of one rule of :data:`RULES` on the ballots."""
    if rule == "official":
        return _official(b)
    if rule == "greedy_welfare":
        return _greedy_welfare(b)
    if rule == "phragmen":
        return _phragmen(b)
    if rule in RULES:
        return _buurtsim_rule(b, rule)
    raise ValueError(f"unknown rule {rule!r}; allowed rules: {', '.join(RULES)}")


# --- the metrics -----------------------------------------------------------------------------


def jr_reason(b: Ballots) -> Reason | None:
    """Why EJR and PJR are not checked on these ballots, or ``None`` when they are."""
    if not b.approval:
        return Reason("bt_note_jr_points")
    groups = len(b.profile.as_multiprofile())
    size = groups + len(b.projects)
    if size > JR_LIMIT:
        values = (
            ("groups", groups),
            ("projects", len(b.projects)),
            ("size", size),
            ("limit", JR_LIMIT),
        )
        return Reason("bt_note_jr_too_big", values)
    return None


def _jr(b: Ballots, allocation: list) -> dict[str, object]:
    """EJR and PJR up to one project (cost satisfaction), or why they were not checked."""
    reason = jr_reason(b)
    if reason is not None:
        return {"ejr": None, "pjr": None, "jr_note": str(reason)}
    multi = b.profile.as_multiprofile()
    from pabutools.analysis.justifiedrepresentation import (
        is_EJR_one_approval,
        is_PJR_one_approval,
    )
    from pabutools.election import Cost_Sat

    return {
        "ejr": bool(is_EJR_one_approval(b.instance, multi, Cost_Sat, allocation)),
        "pjr": bool(is_PJR_one_approval(b.instance, multi, Cost_Sat, allocation)),
        "jr_note": "",
    }


def _category_shares(b: Ballots, funded: np.ndarray) -> dict[str, float]:
    """The share of the budget spent per category (a project in two categories counts twice)."""
    shares = {}
    for category in sorted({c for cats in b.categories for c in cats}):
        mask = np.array([category in cats for cats in b.categories]) & funded
        shares[f"share: {category}"] = float(b.costs[mask].sum()) / b.budget
    return shares


def measure(b: Ballots, outcome: Outcome) -> dict[str, object]:
    """One row of metrics for a rule that ran (see the module docstring for the measures)."""
    from pabutools.analysis import avg_satisfaction, gini_coefficient_of_satisfaction

    funded = cast(np.ndarray, outcome.funded)  # a rule that ran funds something or nothing
    allocation = b.allocation(funded)
    sat = _sat_class(b)
    spent = float(b.costs[funded].sum())
    voters = reached(b, funded)
    non_empty = float(voters.mean()) if len(voters) else 0.0
    row: dict[str, object] = {
        "rule": outcome.rule,
        "funded": int(funded.sum()),
        "spent": spent,
        "budget_share": spent / b.budget,
        "non_empty_handed": int(voters.sum()),
        "non_empty_handed_share": non_empty,
        "avg_satisfaction": float(avg_satisfaction(b.instance, b.profile, allocation, sat)),
        "gini_satisfaction": float(
            gini_coefficient_of_satisfaction(b.instance, b.profile, allocation, sat)
        ),
        "satisfaction": sat.__name__,
    }
    row |= _category_shares(b, funded)
    jr = _jr(b, allocation)
    row |= {"ejr": jr["ejr"], "pjr": jr["pjr"], "note": jr["jr_note"]}
    return row


def compare(b: Ballots, rules: Sequence[str] | None = None) -> Comparison:
    """Run ``rules`` (default: all of :data:`RULES`) on the ballots and measure each outcome."""
    names = list(RULES if rules is None else rules)
    outcomes = {name: run_rule(b, name) for name in names}
    rows = [
        measure(b, o) if o.funded is not None else {"rule": o.rule, "note": o.skipped}
        for o in outcomes.values()
    ]
    metrics = pd.DataFrame(rows)
    front = [c for c in metrics.columns if c != "note"]
    return Comparison(ballots=b, outcomes=outcomes, metrics=metrics[[*front, "note"]])
