"""EvaluationPanel: the 2019 evaluation's lenses over time, and what lasts after the money."""

from __future__ import annotations

from typing import cast

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .. import i18n
from ..experiments import Result
from ..plots.series import ensemble_bands, ensemble_bands_data, phase_spans, shade_phases
from ..plots.style import COLOURS, tidy
from ..scenarios import Scenario
from .base import Panel, simulate_many

#: what the 2019 evaluation looked at [7], as weekly measures of the model
LENSES: tuple[str, ...] = (
    "cohesion",
    "lonely_vulnerable",
    "trust_municipality",
    "liveability",
    "ownership",
)
#: what became of the funded initiatives by the end of the run
END_STATES: tuple[str, ...] = ("realised", "sustained", "decayed", "abandoned")


def end_counts(result: Result) -> dict[str, int]:
    """Initiatives at the end of one run: realised (ever), still sustained, decayed, abandoned."""
    status = result.initiatives["status"] if len(result.initiatives) else pd.Series([], dtype=str)
    return {
        "seed": result.seed,
        "realised": int(result.summary["initiatives_realised"]),
        "sustained": int(result.summary["initiatives_sustained"]),
        "decayed": int((status == "decayed").sum()),
        "abandoned": int((status == "abandoned").sum()),
    }


class EvaluationPanel(Panel):
    """Control, facilitator hours and upkeep hours -> cohesion, loneliness of vulnerable
    residents, trust, liveability and ownership over time (median and 10-90% band over runs),
    and what is still kept up at the end.

    ``result`` is the runs' summary table; ``timeseries`` their weekly tables. ``plot_data``:
    ``bands`` (group = measure, week, median, low, high, runs) and ``end`` (one row per run:
    seed, realised, sustained, decayed, abandoned).
    """

    default_keys = (
        "municipality.control",
        "facilitator.hours_per_week",
        "process.upkeep_hours",
    )
    default_runs = 5
    figsize = (10.0, 4.8)
    alt_key = "alt_panel_evaluation"

    def __init__(
        self,
        base="scenarios/arendonk.yaml",
        keys=None,
        seed=1,
        runs=None,
        lang=None,
        auto_run=True,
        lenses=LENSES,
    ):
        self.lenses = tuple(lenses)
        self.timeseries: pd.DataFrame | None = None
        self.results: list[Result] = []
        super().__init__(base, keys, seed, runs, lang, auto_run)

    def compute(self, scenario: Scenario) -> pd.DataFrame:
        self.results = simulate_many(scenario, range(self.seed, self.seed + self.runs))
        self.timeseries = pd.concat([r.timeseries for r in self.results], ignore_index=True)
        return pd.DataFrame([r.summary for r in self.results]).reset_index(drop=True)

    def draw(self, fig: Figure) -> None:
        left, right = fig.subplots(1, 2, width_ratios=[2.4, 1])
        ts = cast(pd.DataFrame, self.timeseries)  # set by compute
        bands = pd.concat(
            [ensemble_bands_data(ts, m).assign(measure=m) for m in self.lenses],
            ignore_index=True,
        )
        bands["group"] = [i18n.t(m, self.lang) for m in bands["measure"]]
        first = ts[ts["seed"] == self.results[0].seed]
        shade_phases(left, phase_spans(first), self.lang)
        ensemble_bands(
            self.timeseries, self.lenses[0], by="measure", ax=left, lang=self.lang, data=bands
        )
        left.set_ylabel("")
        left.yaxis.set_major_formatter(i18n.percent_formatter(self.lang))
        left.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        end = pd.DataFrame([end_counts(r) for r in self.results])
        x = np.arange(len(END_STATES))
        colours = [COLOURS["skyblue"], COLOURS["green"], COLOURS["vermillion"], "#333333"]
        right.bar(x, end[list(END_STATES)].mean().to_numpy(), color=colours, width=0.6)
        for i, state in enumerate(END_STATES):
            right.plot(np.full(len(end), i), end[state], "o", color="#333333", markersize=3)
        names = {
            "sustained": i18n.t("evaluation_sustained", self.lang),
            "realised": i18n.t("realised", self.lang),
            "decayed": i18n.t("decayed", self.lang),
            "abandoned": i18n.t("abandoned", self.lang),
        }
        right.set_xticks(x, [names[s] for s in END_STATES], rotation=20, ha="right")
        weeks = self.results[0].scenario.run.weeks
        right.set_title(i18n.tf("evaluation_end_title", self.lang, weeks=weeks))
        tidy(right, self.lang)
        self.plot_data["bands"] = bands
        self.plot_data["end"] = end

    def summary(self) -> str:
        end = self.plot_data["end"].mean(numeric_only=True)
        df = self.result
        gain = pd.to_numeric(df["cohesion_gain"]).median()
        lonely = (
            pd.to_numeric(df["lonely_vulnerable_end"])
            - pd.to_numeric(df["lonely_vulnerable_start"])
        ).median()
        n = i18n.number

        def points(x: float) -> str:
            return ("+" if x >= 0 else "") + n(100 * x, 1, self.lang)

        return i18n.tf(
            "evaluation_summary",
            self.lang,
            weeks=self.results[0].scenario.run.weeks,
            realised=n(end["realised"], 1, self.lang),
            sustained=n(end["sustained"], 1, self.lang),
            cohesion=points(gain),
            lonely=points(lonely),
            runs=self.runs,
        )
