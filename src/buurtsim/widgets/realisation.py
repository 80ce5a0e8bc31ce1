"""RealisationPanel: every initiative from idea to realisation, and the waits on the way."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .. import i18n
from ..experiments import Result
from ..plots.initiatives import draw_timeline, initiative_timeline_data
from ..plots.style import COLOURS, tidy
from ..scenarios import Scenario
from .base import Panel, simulate_many


def delays(result: Result) -> pd.DataFrame:
    """Per funded initiative of one run: weeks waiting on the municipality's review, and weeks
    from the decision to the realisation (NaN while it is not realised)."""
    df = result.initiatives
    cols = ["seed", "id", "review_delay", "realisation_time"]
    if df.empty or "week_decided" not in df or "week_reviewed" not in df:
        return pd.DataFrame(columns=cols)
    funded = df[df["week_reviewed"].notna()]
    realised = funded.get("week_realised", pd.Series(np.nan, index=funded.index))
    return pd.DataFrame(
        {
            "seed": result.seed,
            "id": funded["id"],
            "review_delay": funded["week_reviewed"] - funded["week_decided"],
            "realisation_time": realised - funded["week_decided"],
        },
        columns=cols,
    ).reset_index(drop=True)


class RealisationPanel(Panel):
    """Control, volunteer hours per 1,000 euro and facilitator hours -> a timeline of every
    initiative of the first run, and the review delays and realisation times over all runs.

    ``result`` is the first run's :class:`~buurtsim.Result`; ``results`` all runs.
    ``plot_data``: ``timeline`` (segments: id, row, label, stage, start, end), ``markers``
    (id, row, event, week) and ``delays`` (seed, id, review_delay, realisation_time).
    """

    default_keys = (
        "municipality.control",
        "process.hours_per_1000_euro",
        "facilitator.hours_per_week",
    )
    default_runs = 3
    figsize = (10.0, 5.2)
    alt_key = "alt_panel_realisation"

    def __init__(
        self, base="scenarios/arendonk.yaml", keys=None, seed=1, runs=None, lang=None, auto_run=True
    ):
        self.results: list[Result] = []
        super().__init__(base, keys, seed, runs, lang, auto_run)

    def compute(self, scenario: Scenario) -> Result:
        self.results = simulate_many(scenario, range(self.seed, self.seed + self.runs))
        return self.results[0]

    def delay_data(self) -> pd.DataFrame:
        parts = [delays(r) for r in self.results]
        return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()

    def draw(self, fig: Figure) -> None:
        left, right = fig.subplots(1, 2, width_ratios=[2.6, 1])
        weeks = self.result.scenario.run.weeks
        timeline = initiative_timeline_data(self.result.initiatives, end_week=weeks, lang=self.lang)
        if len(timeline["segments"]):
            draw_timeline(left, timeline, self.lang)
            left.set_xlim(0, weeks + 1)
        else:
            left.text(
                0.5,
                0.5,
                i18n.t("realisation_no_ideas", self.lang),
                ha="center",
                transform=left.transAxes,
            )
            left.set_axis_off()
        left.set_title(i18n.tf("realisation_timeline_title", self.lang, seed=self.result.seed))
        d = self.delay_data()
        parts = [d["review_delay"].dropna(), d["realisation_time"].dropna()]
        names = [i18n.t(k, self.lang) for k in ("realisation_waiting", "realisation_to_realised")]
        for i, (values, c) in enumerate(
            zip(parts, (COLOURS["yellow"], COLOURS["green"]), strict=True)
        ):
            if len(values):
                right.bar(i, values.median(), color=c, width=0.6)
                jitter = np.linspace(-0.15, 0.15, len(values))
                right.plot(i + jitter, values, "o", color="#333333", markersize=3)
        right.set_xticks([0, 1], names)
        right.set_xlim(-0.6, 1.6)
        right.set_ylabel(i18n.t("weeks_axis", self.lang))
        right.set_title(i18n.tf("realisation_delays_title", self.lang, runs=self.runs))
        tidy(right, self.lang)
        self.plot_data["timeline"] = timeline["segments"]
        self.plot_data["markers"] = timeline["markers"]
        self.plot_data["delays"] = d

    def summary(self) -> str:
        d = self.plot_data.get("delays", pd.DataFrame())
        n = i18n.number
        approved = len(d) / max(self.runs, 1)
        review = d["review_delay"].median() if len(d) else float("nan")
        done = d["realisation_time"].median() if len(d) else float("nan")
        return i18n.tf(
            "realisation_summary",
            self.lang,
            approved=n(approved, 1, self.lang),
            review=n(review, lang=self.lang),
            done=n(done, lang=self.lang),
            runs=self.runs,
        )
