"""IdeasPanel: the sticker vote, the ideas with their costs, and their fate in the framework."""

from __future__ import annotations

from typing import cast

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .. import i18n
from ..experiments.runs import initiatives_table
from ..model import BuurtbudgetModel
from ..plots.initiatives import (
    FATE_COLOURS,
    draw_idea_costs,
    draw_theme_votes,
    idea_costs_data,
    idea_fate,
    theme_votes_data,
)
from ..plots.style import COLOURS, tidy
from ..scenarios import Scenario
from .base import Panel

FATE_COLUMNS: tuple[str, ...] = ("ideas", "in_frame", "redirected", "withdrawn", "to_decision")


def run_until(scenario: Scenario, seed: int, week: int | str) -> BuurtbudgetModel:
    """Run the model up to and including ``week`` ("kickoff", "decision" or a number)."""
    model = BuurtbudgetModel(scenario, rng=seed)
    if week == "kickoff":
        week = model.kickoff_week
    elif week == "decision":
        week = model.decision_week
    while model.week < int(week) and model.running:
        model.step()
    return model


def fates(ideas: pd.DataFrame) -> dict[str, float]:
    """Counts of one run's ideas: all, truly in frame, redirected, withdrawn, put to the vote."""
    fate = idea_fate(ideas)
    return {
        "ideas": len(ideas),
        "in_frame": int(ideas["in_frame"].sum()) if len(ideas) else 0,
        "redirected": int((fate == "redirected").sum()),
        "withdrawn": int((fate == "withdrawn").sum()),
        "to_decision": int((fate == "to_decision").sum()),
        "mean_cost": float(ideas["cost"].mean()) if len(ideas) else np.nan,
    }


class IdeasPanel(Panel):
    """Framework clarity, cost level and over-ambition -> ideas and what becomes of them.

    Each run stops right after the decision evening. ``result`` has one row per run (seed,
    ideas, in_frame, redirected, withdrawn, to_decision, mean_cost). ``ideas`` is the first
    run's table of ideas and ``model`` its model. ``plot_data``: ``stickers`` (theme, label,
    stickers, ideas: the kick-off's sticker vote of the first run, one sticker per attendee on
    their favourite theme), ``ideas`` (id, label, theme, cost, in_frame, fate) and ``fates``
    (mean counts over runs).
    """

    default_keys = (
        "municipality.framework_clarity",
        "budget.cost_scale",
        "budget.ambitious_share",
    )
    default_runs = 4
    figsize = (10.0, 8.0)
    alt_key = "alt_panel_ideas"

    def __init__(
        self, base="scenarios/arendonk.yaml", keys=None, seed=1, runs=None, lang=None, auto_run=True
    ):
        self.ideas: pd.DataFrame | None = None
        self.model: BuurtbudgetModel | None = None
        super().__init__(base, keys, seed, runs, lang, auto_run)

    def compute(self, scenario: Scenario) -> pd.DataFrame:
        rows = []
        for k in range(self.runs):
            model = run_until(scenario, self.seed + k, "decision")
            ideas = initiatives_table(model)
            if k == 0:
                self.model, self.ideas = model, ideas
            rows.append({"seed": self.seed + k, **fates(ideas)})
        return pd.DataFrame(rows)

    def draw(self, fig: Figure) -> None:
        axes = fig.subplot_mosaic([["votes", "fates"], ["costs", "costs"]], height_ratios=[1.3, 1])
        votes_ax, costs_ax, fates_ax = axes["votes"], axes["costs"], axes["fates"]
        m = cast(BuurtbudgetModel, self.model)  # set by compute
        stickers = theme_votes_data(m.pop.preferences[m.attended], self.ideas, lang=self.lang)
        draw_theme_votes(votes_ax, stickers, self.lang)
        votes_ax.set_title(i18n.t("ideas_votes_title", self.lang))
        ideas = idea_costs_data(self.ideas, self.lang)
        sc = m.params.budget
        draw_idea_costs(costs_ax, ideas, sc.max_project_share * sc.amount, self.lang)
        costs_ax.set_title(i18n.t("ideas_costs_title", self.lang))
        mean = self.result[list(FATE_COLUMNS)].mean()
        x = np.arange(len(FATE_COLUMNS))
        colours = [
            COLOURS["blue"],
            COLOURS["skyblue"],
            *(FATE_COLOURS[f] for f in FATE_COLUMNS[2:]),
        ]
        fates_ax.bar(x, mean.to_numpy(), color=colours, width=0.7)
        fates_ax.set_xticks(
            x, [i18n.t(f, self.lang) for f in FATE_COLUMNS], rotation=30, ha="right"
        )
        fates_ax.set_title(i18n.tf("ideas_fates_title", self.lang, runs=self.runs))
        tidy(fates_ax, self.lang)
        self.plot_data["stickers"] = stickers
        self.plot_data["ideas"] = ideas
        self.plot_data["fates"] = mean.rename("mean").rename_axis("fate").reset_index()

    def summary(self) -> str:
        mean = self.result.mean(numeric_only=True)
        counts = {k: i18n.number(mean[k], 1, self.lang) for k in FATE_COLUMNS}
        cost = i18n.euro(mean["mean_cost"], lang=self.lang)
        return i18n.tf("ideas_summary", self.lang, cost=cost, runs=self.runs, **counts)
