"""OutreachPanel: the news spreading through the neighbourhood up to the kick-off."""

from __future__ import annotations

from typing import cast

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .. import i18n
from ..model import BuurtbudgetModel
from ..plots.neighbourhood import (
    draw_map,
    house_states,
    neighbourhood_map_data,
    restyle_houses,
)
from ..plots.style import COLOURS, tidy
from ..scenarios import Scenario
from .base import Panel
from .controls import with_readout


def run_to_kickoff(scenario: Scenario, seed: int, record: bool = False):
    """Run the model week by week up to and including the kick-off.

    Returns the model and, with ``record=True``, the outreach state of every house after each
    week: an int8 array of shape (kickoff_week + 1, houses), row 0 being the start.
    """
    model = BuurtbudgetModel(scenario, rng=seed)
    frames = [house_states(model)] if record else []
    while model.week < model.kickoff_week and model.running:
        model.step()
        if record:
            frames.append(house_states(model))
    return model, (np.array(frames, dtype=np.int8) if record else None)


def participation(model: BuurtbudgetModel) -> dict[str, float]:
    """Shares of vulnerable and other residents who know of the budget and who take part."""
    v = model.pop.vulnerable
    taking_part = model.ever_active

    def share(flags, who):
        return float(flags[who].mean()) if who.any() else np.nan

    return {
        "vulnerable": share(taking_part, v),
        "others": share(taking_part, ~v),
        "aware_vulnerable": share(model.aware, v),
        "aware_others": share(model.aware, ~v),
    }


class OutreachPanel(Panel):
    """Outreach dropdown and facilitator hours -> the weeks up to the kick-off on the map.

    A Play widget (``play``) is jslinked to the week slider (``week``); moving either only
    redraws a recorded frame, it does not run the model again. ``frames`` holds the state of
    every house per week (0 not aware, 1 aware, 2 invited, 3 taking part, 4 core group) for the
    first seed. ``result`` has one row per run (seed, vulnerable, others, aware_vulnerable,
    aware_others: shares at the kick-off). ``plot_data``: ``houses`` (the frame drawn),
    ``participation`` (group, share: mean over runs), ``frames``.
    """

    default_keys = ("facilitator.outreach", "facilitator.hours_per_week")
    default_runs = 4
    figsize = (9.5, 5.0)
    alt_key = "alt_panel_outreach"

    def __init__(
        self, base="scenarios/arendonk.yaml", keys=None, seed=1, runs=None, lang=None, auto_run=True
    ):
        self.week = widgets.IntSlider(
            value=0,
            min=0,
            max=1,
            description=i18n.t("week_axis", lang),
            continuous_update=False,
            readout=False,  # shown beside it in the panel's language (with_readout)
        )
        self.play = widgets.Play(
            value=0,
            min=0,
            max=1,
            step=1,
            interval=600,
            description=i18n.t("outreach_play", lang),
        )
        self.link = widgets.jslink((self.play, "value"), (self.week, "value"))
        self.frames: np.ndarray | None = None
        self.model: BuurtbudgetModel | None = None
        self._scatter = None
        self._title = None
        super().__init__(base, keys, seed, runs, lang, auto_run)
        self.week.observe(lambda _change: self._show_week(), names="value")

    def extra_controls(self):
        return []

    def extra_outputs(self):
        return [widgets.HBox([self.play, with_readout(self.week, self.lang)])]

    def compute(self, scenario: Scenario) -> pd.DataFrame:
        rows = []
        for k in range(self.runs):
            seed = self.seed + k
            model, frames = run_to_kickoff(scenario, seed, record=(k == 0))
            if k == 0:
                self.model, self.frames = model, frames
            rows.append({"seed": seed, **participation(model)})
        last = len(self._frames()) - 1
        self._setting_week = True
        self.play.max = self.week.max = last
        self.play.value = self.week.value = last
        self._setting_week = False
        return pd.DataFrame(rows)

    def _show_week(self) -> None:
        """Show the recorded frame of the slider's week: recolour the houses, re-render."""
        if self.frames is None or getattr(self, "_setting_week", False):
            return
        if self._scatter is None:
            self.redraw()
            return
        week = min(int(self.week.value), len(self.frames) - 1)
        frame = self.frames[week]
        restyle_houses(self._scatter, frame, "state")
        self._title.set_text(self._when(week))
        houses = self.plot_data["houses"].copy()
        houses["value"] = frame
        self.plot_data["houses"] = houses
        self.show_figure()

    def _frames(self) -> np.ndarray:
        """The recorded weeks of the first run (set by :meth:`compute`)."""
        return cast(np.ndarray, self.frames)

    def _when(self, week: int) -> str:
        kickoff = len(self._frames()) - 1
        return i18n.tf("outreach_when", self.lang, week=week, kickoff=kickoff)

    def participation_data(self) -> pd.DataFrame:
        """Mean share taking part at the kick-off, vulnerable residents and the others."""
        df = self.result
        return pd.DataFrame(
            {
                "group": ["vulnerable", "others"],
                "label": [i18n.t("vulnerable", self.lang), i18n.t("others", self.lang)],
                "share": [df["vulnerable"].mean(), df["others"].mean()],
                "aware": [df["aware_vulnerable"].mean(), df["aware_others"].mean()],
            }
        )

    def draw(self, fig: Figure) -> None:
        frames = self._frames()
        week = min(int(self.week.value), len(frames) - 1)
        left, right = fig.subplots(1, 2, width_ratios=[2.2, 1])
        data = neighbourhood_map_data(self.model, "state", values=frames[week])
        self._scatter = draw_map(left, data, "state", show_ties=True, lang=self.lang)
        self._title = left.set_title(self._when(week))
        part = self.participation_data()
        x = np.arange(len(part))
        right.bar(x, part["share"], color=[COLOURS["vermillion"], COLOURS["blue"]], width=0.6)
        for i, group in enumerate(part["group"]):
            right.plot(
                np.full(len(self.result), i), self.result[group], "o", color="#333333", markersize=3
            )
        right.set_xticks(x, part["label"])
        right.yaxis.set_major_formatter(i18n.percent_formatter(self.lang))
        right.set_title(i18n.t("outreach_share_title", self.lang))
        tidy(right, self.lang)
        self.plot_data["houses"] = data["houses"]
        self.plot_data["participation"] = part
        self.plot_data["frames"] = self.frames

    def summary(self) -> str:
        part = self.participation_data().set_index("group")
        return i18n.tf(
            "outreach_summary",
            self.lang,
            vulnerable=i18n.percent(part.loc["vulnerable", "share"], lang=self.lang),
            others=i18n.percent(part.loc["others", "share"], lang=self.lang),
            runs=self.runs,
        )
