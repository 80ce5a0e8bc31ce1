"""RunPanel: a run of a scenario with a few sliders, the weekly story and a summary table."""

from __future__ import annotations

from collections.abc import Sequence

import ipywidgets as widgets
import pandas as pd
from matplotlib.figure import Figure

from .. import i18n
from ..experiments import OUTCOMES, Result, simulate
from ..plots import ensemble_bands, ensemble_bands_data, timeseries, timeseries_data
from ..scenarios import Scenario
from .base import Panel, outcome_table, panel_ensemble, status_line, table_html

#: the outcomes in the summary table under the plot
SUMMARY_OUTCOMES: tuple[str, ...] = (
    "kickoff_attendance",
    "participation_rate",
    "vulnerable_participation_rate",
    "proposals",
    "proposals_to_decision",
    "initiatives_funded",
    "initiatives_realised",
    "initiatives_sustained",
    "budget_spent",
    "conflicts",
    "conflicts_escalated",
    "cohesion_gain",
    "trust_municipality_end",
)


class RunPanel(Panel):
    """One scenario, a few sliders, the weekly lines with the method's phases, a summary table.

    With ``runs=1`` (default) ``result`` is a :class:`~buurtsim.Result` and the plot shows the
    weekly lines of that run; with more runs ``result`` is the ensemble table and the plot shows
    the median and 10-90% band of each measure. ``plot_data``: ``timeseries`` (the weekly values
    drawn) and ``summary`` (outcome, value: the run's values or the medians).
    """

    default_keys = (
        "municipality.control",
        "municipality.framework_clarity",
        "facilitator.hours_per_week",
        "budget.amount",
    )
    default_runs = 1
    figsize = (9.0, 4.2)
    alt_key = "alt_panel_run"

    def __init__(
        self,
        base="scenarios/arendonk.yaml",
        keys=None,
        seed: int = 1,
        runs: int | None = None,
        lang: str | None = None,
        auto_run: bool = True,
        measures: Sequence[str] = ("cohesion", "ownership", "trust_municipality", "liveability"),
        outcomes: Sequence[str] = SUMMARY_OUTCOMES,
    ):
        self.measures = tuple(measures)
        self.outcomes = tuple(outcomes)
        self.table = widgets.HTML()
        self.timeseries: pd.DataFrame | None = None
        super().__init__(base, keys, seed, runs, lang, auto_run)

    def extra_outputs(self):
        return [self.table]

    def compute(self, scenario: Scenario):
        if self.runs == 1:
            result = simulate(scenario, seed=self.seed)
            self.timeseries = result.timeseries
            return result
        summary, ts = panel_ensemble(scenario, runs=self.runs, seed=self.seed, timeseries=True)
        self.timeseries = ts
        return summary

    def values_shown(self) -> dict[str, float]:
        """Every outcome of the last run, or its median over the runs."""
        if isinstance(self.result, Result):
            return {o: float(self.result.summary[o]) for o in OUTCOMES}
        return {o: float(pd.to_numeric(self.result[o]).median()) for o in OUTCOMES}

    def draw(self, fig: Figure) -> None:
        ax = fig.add_subplot()
        if isinstance(self.result, Result):
            timeseries(self.timeseries, self.measures, ax=ax, lang=self.lang)
            self.plot_data["timeseries"] = timeseries_data(self.timeseries, self.measures)
        else:
            parts = [
                ensemble_bands_data(self.timeseries, m).assign(group=i18n.t(m, self.lang))
                for m in self.measures
            ]
            data = pd.concat(parts, ignore_index=True)
            ensemble_bands(
                self.timeseries, self.measures[0], by="measure", ax=ax, lang=self.lang, data=data
            )
            ax.set_ylabel("")
            self.plot_data["timeseries"] = data
        values = self.values_shown()
        self.plot_data["summary"] = pd.DataFrame(
            {"outcome": list(self.outcomes), "value": [values[o] for o in self.outcomes]}
        )
        self.table.value = table_html(outcome_table(values, self.outcomes, self.lang))

    def summary(self) -> str:
        if isinstance(self.result, Result):
            prefix = ""
        else:
            prefix = i18n.tf("run_median_of", self.lang, runs=self.runs)
        return status_line(self.values_shown(), self.lang, prefix)
