"""DecisionPanel: the same proposals under each of the five decision rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .. import i18n
from ..model import BuurtbudgetModel
from ..plots.style import COLOURS, colour, hatch, tidy
from ..rules import RULES, Decision, DecisionProblem
from ..scenarios import Scenario
from .base import Panel, simulate_many, table_html


@dataclass
class DecisionSetup:
    """A model right after its decision evening, with exactly what was decided on.

    ``options`` are the proposals put to the vote (Initiative agents, in the order of the
    problem's columns), ``voters`` the residents who voted, ``problem`` the
    :class:`~buurtsim.rules.DecisionProblem` the model's rule saw, ``decision`` what it chose.
    """

    model: BuurtbudgetModel
    options: list
    voters: np.ndarray
    problem: DecisionProblem
    decision: Decision | None


def run_to_decision(scenario: Scenario, seed: int = 1) -> DecisionSetup:
    """Run the model through its decision week and take the decision problem it built.

    The model keeps its decision's inputs (``model.decision_inputs``), so the proposals, voters
    and utilities are exactly those the scenario's own rule decided on.
    """
    model = BuurtbudgetModel(scenario, rng=seed)
    while model.week < model.decision_week and model.running:
        model.step()
    if model.decision_inputs is None:  # the run ended before the decision (run.weeks too short)
        empty = model.decision_problem([], np.array([], dtype=np.int64))
        return DecisionSetup(model, [], np.array([], dtype=np.int64), empty, None)
    options, voters, problem = model.decision_inputs
    return DecisionSetup(
        model=model, options=list(options), voters=np.asarray(voters), problem=problem,
        decision=model.decision,
    )  # fmt: skip


def all_rules(problem: DecisionProblem) -> pd.DataFrame:
    """Euro per proposal (rows) under every rule of :data:`buurtsim.rules.RULES` (columns)."""
    return pd.DataFrame(
        {name: rule(problem).amounts for name, rule in RULES.items()},
        index=pd.RangeIndex(problem.n_proposals, name="proposal"),
    )


def allocation_table(setup: DecisionSetup, lang: str | None = None) -> pd.DataFrame:
    """One row per proposal: label, theme, street, cost, approvals, then euro per rule."""
    problem = setup.problem
    rows = pd.DataFrame(
        {
            "label": [
                f"{i18n.t(o.theme_key, lang)} ({i18n.t('street', lang)} {o.street + 1})"
                for o in setup.options
            ],
            "theme": [o.theme_key for o in setup.options],
            "street": [o.street for o in setup.options],
            "cost": problem.costs,
            "approvals": problem.approval_counts,
        }
    )
    return pd.concat([rows, all_rules(problem).reset_index(drop=True)], axis=1)


SCARCE_SEARCH = 30  #: runs a ``scarce`` DecisionPanel searches for proposals asking too much


class DecisionPanel(Panel):
    """The same proposals under each rule, and what mediation does to the conflicts.

    With ``scarce=True`` the proposals come from the first run from ``seed`` on (at most
    :data:`SCARCE_SEARCH`) whose proposals ask more than the budget, found again with every run
    (the sliders change what happens before the decision, so the proposals too);
    ``proposal_seed`` says which run it was.

    ``result`` is the allocation table (see :func:`allocation_table`); ``setup`` the
    :class:`DecisionSetup` of the first seed, ``problem`` its DecisionProblem, ``conflicts``
    one row per run (seed, opened, escalated, resolved) of full runs with the panel's settings
    (including the scenario's own decision rule, ``process.decision_rule``). ``table`` is an
    HTML widget with the allocations in euro. ``plot_data``: ``allocations`` (proposal, label,
    rule, euro), ``totals`` (rule, euro, funded), ``conflicts``.
    """

    default_keys = (
        "facilitator.mediation_hours",
        "facilitator.hours_per_week",
        "process.decision_rule",
    )
    default_runs = 4
    figsize = (10.0, 5.8)
    alt_key = "alt_panel_decision"

    def __init__(
        self,
        base="scenarios/arendonk.yaml",
        keys=None,
        seed=1,
        runs=None,
        lang=None,
        auto_run=True,
        scarce: bool = False,
    ):
        self.scarce = scarce
        self.proposal_seed = int(seed)
        self.setup: DecisionSetup | None = None
        self.problem: DecisionProblem | None = None
        self.conflicts: pd.DataFrame | None = None
        self.table = widgets.HTML()
        super().__init__(base, keys, seed, runs, lang, auto_run)

    def extra_outputs(self):
        return [self.table]

    def _proposals(self, scenario: Scenario) -> DecisionSetup:
        """The run whose proposals the panel shows: the panel's seed, or with ``scarce`` the
        first run from it whose proposals ask more than the budget."""
        seeds = range(self.seed, self.seed + (SCARCE_SEARCH if self.scarce else 1))
        for s in seeds:
            setup = run_to_decision(scenario, s)
            if setup.problem.costs.sum() > setup.problem.budget:
                break
        else:
            s, setup = self.seed, run_to_decision(scenario, self.seed)
        self.proposal_seed = s
        return setup

    def compute(self, scenario: Scenario) -> pd.DataFrame:
        self.setup = self._proposals(scenario)
        self.problem = self.setup.problem
        runs = simulate_many(scenario, range(self.seed, self.seed + self.runs))
        self.conflicts = pd.DataFrame(
            {
                "seed": [r.seed for r in runs],
                "opened": [int(r.summary["conflicts"]) for r in runs],
                "escalated": [int(r.summary["conflicts_escalated"]) for r in runs],
                "resolved": [int(r.summary["conflicts_resolved"]) for r in runs],
            }
        )
        return allocation_table(self.setup, self.lang)

    def totals(self) -> pd.DataFrame:
        alloc = self.result
        return pd.DataFrame(
            {
                "rule": list(RULES),
                "euro": [float(alloc[r].sum()) for r in RULES],
                "funded": [int((alloc[r] > 0).sum()) for r in RULES],
            }
        )

    def draw(self, fig: Figure) -> None:
        left, right = fig.subplots(1, 2, width_ratios=[2.2, 1])
        alloc = self.result
        long = alloc.reset_index(names="proposal").melt(
            id_vars=["proposal", "label"],
            value_vars=list(RULES),
            var_name="rule",
            value_name="euro",
        )
        self._draw_allocations(left, alloc)
        self._draw_conflicts(right)
        self.plot_data["allocations"] = long
        self.plot_data["totals"] = self.totals()
        self.plot_data["conflicts"] = self.conflicts
        self.table.value = table_html(self._shown_table(alloc))

    def _draw_allocations(self, ax, alloc: pd.DataFrame) -> None:
        """Bars of euro per proposal, one per rule, with the cost as a tick."""
        n_rules = len(RULES)
        y = np.arange(len(alloc))
        height = 0.8 / n_rules
        for k, rule in enumerate(RULES):
            ax.barh(
                y - 0.4 + height * (k + 0.5),
                alloc[rule],
                height=height * 0.95,
                color=colour(k),
                hatch=hatch(k),
                edgecolor="white",
                linewidth=0,
                label=i18n.t(rule, self.lang),
            )
        if len(alloc):
            self._mark_costs(ax, alloc, y)
        ax.xaxis.set_major_formatter(i18n.euro_formatter(self.lang))
        ax.xaxis.set_major_locator(MaxNLocator(5))
        ax.grid(axis="x", color="#E5E5E5", linewidth=0.8)
        ax.set_axisbelow(True)
        budget = i18n.euro(self._problem().budget, lang=self.lang)
        ax.set_title(i18n.tf("decision_who_gets_what", self.lang, budget=budget))
        ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.spines[["top", "right"]].set_visible(False)

    def _mark_costs(self, ax, alloc: pd.DataFrame, y: np.ndarray) -> None:
        """Each proposal's cost as a tick, and its label with the approvals on the y axis."""
        ax.plot(
            alloc["cost"],
            y,
            "|",
            color="#333333",
            markersize=14,
            markeredgewidth=2,
            label=i18n.t("cost", self.lang),
        )
        labels = [
            i18n.tf("decision_votes", self.lang, label=lab, votes=i18n.number(a, lang=self.lang))
            for lab, a in zip(alloc["label"], alloc["approvals"], strict=True)
        ]
        ax.set_yticks(y, labels)
        ax.invert_yaxis()

    def _problem(self) -> DecisionProblem:
        return cast(DecisionProblem, self.problem)  # set by compute

    def _conflicts(self) -> pd.DataFrame:
        return cast(pd.DataFrame, self.conflicts)  # set by compute

    def _draw_conflicts(self, ax) -> None:
        """Mean conflicts opened, escalated and resolved, with a dot for every run."""
        kinds = ["opened", "escalated", "resolved"]
        mean = self._conflicts()[kinds].mean()
        xs = np.arange(len(kinds))
        ax.bar(
            xs,
            mean.to_numpy(),
            color=[COLOURS["orange"], COLOURS["vermillion"], COLOURS["green"]],
            width=0.6,
        )
        for i, kind in enumerate(kinds):
            ax.plot(
                np.full(len(self._conflicts()), i),
                self._conflicts()[kind],
                "o",
                color="#333333",
                markersize=3,
            )
        ax.set_xticks(xs, [i18n.t(k, self.lang) for k in kinds], rotation=20)
        ax.set_title(i18n.tf("decision_conflicts_title", self.lang, runs=self.runs))
        tidy(ax, self.lang)

    def _shown_table(self, alloc: pd.DataFrame) -> pd.DataFrame:
        """The allocation table as shown: euro amounts written out, translated headers."""
        shown = alloc[["label", "cost", "approvals", *RULES]].copy()
        for col in ("cost", *RULES):
            shown[col] = [i18n.euro(v, lang=self.lang) for v in shown[col]]
        shown.columns = [
            i18n.t("proposal", self.lang),
            i18n.t("cost", self.lang),
            i18n.t("approvals", self.lang),
            *(i18n.t(r, self.lang) for r in RULES),
        ]
        return shown

    def summary(self) -> str:
        totals = self.totals().set_index("rule")
        mean = self._conflicts()[["opened", "escalated"]].mean()
        n = i18n.number
        asked = float(self.result["cost"].sum())
        funded = ", ".join(
            f"{i18n.t(r, self.lang).split(' (')[0]} {int(totals.loc[r, 'funded'])}" for r in RULES
        )
        return i18n.tf(
            "decision_summary",
            self.lang,
            seed=self.proposal_seed,
            proposals=len(self.result),
            asked=i18n.euro(asked, lang=self.lang),
            budget=i18n.euro(self._problem().budget, lang=self.lang),
            funded=funded,
            opened=n(mean["opened"], 1, self.lang),
            escalated=n(mean["escalated"], 1, self.lang),
        )
