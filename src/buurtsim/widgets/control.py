"""ControlPanel: how much control the municipality keeps, against the base scenario."""

from __future__ import annotations

from typing import cast

import pandas as pd
from matplotlib.figure import Figure

from .. import i18n
from ..plots.outcomes import draw_bars, outcome_bars_data
from ..scenarios import Scenario
from .base import Panel, format_outcome, panel_ensemble
from .controls import scenario_name

#: counted outcomes (left plot) and shares (right plot)
COUNTS: tuple[str, ...] = ("proposals", "proposals_in_frame", "conflicts", "conflicts_escalated")
SHARES: tuple[str, ...] = ("ownership_end", "trust_municipality_end")


class ControlPanel(Panel):
    """Control and framework sliders -> a small ensemble -> bars against the base scenario.

    ``result`` is the ensemble table of the chosen settings; ``baseline`` that of the base
    scenario (computed once). ``plot_data``: ``bars`` (group, outcome, median, low, high, runs)
    and ``runs`` (every run of both groups with a ``group`` column).
    """

    default_keys = ("municipality.control", "municipality.framework_clarity")
    default_runs = 8
    figsize = (9.0, 4.2)
    alt_key = "alt_panel_control"

    def __init__(
        self, base="scenarios/arendonk.yaml", keys=None, seed=1, runs=None, lang=None, auto_run=True
    ):
        self.baseline: pd.DataFrame | None = None
        super().__init__(base, keys, seed, runs, lang, auto_run)

    @property
    def groups(self) -> tuple[str, str]:
        """The names of the two groups: the base scenario, and the sliders' choice."""
        base = i18n.tf("control_base_group", self.lang, name=scenario_name(self.base, self.lang))
        return base, i18n.t("this_run", self.lang)

    def compute(self, scenario: Scenario) -> pd.DataFrame:
        if self.baseline is None:
            self.baseline = panel_ensemble(self.base, runs=self.runs, seed=self.seed)
        return panel_ensemble(scenario, runs=self.runs, seed=self.seed)

    def draw(self, fig: Figure) -> None:
        base_name, mine = self.groups
        runs = pd.concat(
            [
                cast(pd.DataFrame, self.baseline).assign(group=base_name),
                self.result.assign(group=mine),
            ],
            ignore_index=True,
        )
        bars = outcome_bars_data(runs, COUNTS + SHARES, by="group")
        left, right = fig.subplots(1, 2, width_ratios=[2, 1])
        draw_bars(left, bars[bars["outcome"].isin(COUNTS)], self.lang)
        draw_bars(right, bars[bars["outcome"].isin(SHARES)], self.lang, legend=False)
        fig.suptitle(i18n.tf("control_title", self.lang, runs=self.runs))
        self.plot_data["bars"] = bars
        self.plot_data["runs"] = runs[["group", "seed", *COUNTS, *SHARES]]

    def medians(self, group: str) -> dict[str, float]:
        bars = self.plot_data["bars"]
        g = bars[bars["group"] == group]
        return dict(zip(g["outcome"], g["median"], strict=True))

    def summary(self) -> str:
        base_name, mine = self.groups
        a, b = self.medians(mine), self.medians(base_name)

        def say(m: dict[str, float]) -> str:
            f = {o: format_outcome(o, m[o], self.lang) for o in m}
            return i18n.tf(
                "control_say",
                self.lang,
                proposals=f["proposals"],
                conflicts=f["conflicts"],
                trust=f["trust_municipality_end"],
            )

        return i18n.tf("control_summary", self.lang, mine=say(a), base=say(b), runs=self.runs)
