"""TradeoffPanel: the loosening-control curve at a vague and at a clear framework, side by side.

Issue 8, claim 1: letting go works inside a clear speelveld, not without one. With a clear
framework, loosening control raises ownership and cohesion; with a vague one, some outcomes are
best at a middle control (ideas that break the criteria slip through at control 0, the college
vetoes at control 1). The panel sweeps ``municipality.control`` at two framework clarities with
the same seeds, so the two curves differ only by the framework; its sliders are the other levers
the best control depends on (municipal support, facilitator hours).
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .. import i18n
from ..plots.outcomes import control_curve, control_curve_data
from ..scenarios import Scenario
from . import atlas

# the sweep itself lives with its atlas (the panel's precomputed sweeps)
from .atlas import (
    CLARITIES,
    CLARITY,
    CONTROL,
    CONTROL_VALUES,
    KEPT,
    OUTCOMES,
    sweep_both,
)
from .base import Panel, format_outcome, panel_processes

__all__ = ["CLARITIES", "CLARITY", "CONTROL", "CONTROL_VALUES", "KEPT", "OUTCOMES",
           "TradeoffPanel", "best_control", "sweep_both"]  # fmt: skip


def best_control(curve: pd.DataFrame) -> float:
    """The control value where the curve's mean is highest (the lowest such value on a tie)."""
    means = curve["mean"].to_numpy(dtype=float)
    return float(curve["value"].iloc[int(np.nanargmax(means))])


class TradeoffPanel(Panel):
    """The loosening-control curve of one outcome at a vague and at a clear framework.

    ``run()`` sweeps control over :data:`CONTROL_VALUES` at both :data:`CLARITIES` (``runs`` seeds
    per point, the same seeds everywhere); ``outcome`` (a dropdown) only redraws. ``result`` is
    the table of every run with the columns ``municipality.control`` and
    ``municipality.framework_clarity``. ``plot_data["curves"]``: clarity, value (control),
    mean, median, low, high, runs; the line is the mean, the band 10-90% of the runs.
    """

    default_keys = ("municipality.support", "facilitator.hours_per_week")
    default_runs = 10
    figsize = (10.0, 3.8)

    def __init__(
        self,
        base="scenarios/arendonk.yaml",
        keys=None,
        seed=1,
        runs=None,
        lang=None,
        auto_run=True,
        outcome: str = OUTCOMES[0],
    ):
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}, not {outcome!r}")
        self.outcome = widgets.Dropdown(
            options=[(i18n.t(o, lang), o) for o in OUTCOMES],
            value=outcome,
            description=i18n.t("measure", lang),
        )
        self.cache: dict[tuple, pd.DataFrame] = {}
        super().__init__(base, keys, seed, runs, lang, auto_run=False)
        self._grid_steps()
        if auto_run:
            self.run()
        self.outcome.observe(lambda _change: self._redraw_if_ready(), names="value")

    def extra_controls(self):
        return [self.outcome]

    def _redraw_if_ready(self) -> None:
        if self.result is not None:
            self.redraw()
            self.status.value = self.summary()

    def compute(self, scenario: Scenario) -> pd.DataFrame:
        """The sweep: from the atlas when it holds exactly this one (Arendonk, the slider grid,
        the current model), else computed (several seconds)."""
        key = (scenario.model_dump_json(), self.runs, self.seed)
        if key not in self.cache:
            table = atlas.lookup(scenario, self.runs, self.seed)
            if table is None:
                table = sweep_both(scenario, self.runs, self.seed, panel_processes())
            self.cache = {key: table}  # one set of sliders kept
        return self.cache[key]

    def _grid_steps(self) -> None:
        """Sliders move in the atlas's steps, so that every position is answered at once."""
        for key, values in atlas.GRID.items():
            slider = self.controls.get(key)
            if isinstance(slider, widgets.FloatSlider):
                slider.max = max(values)
                slider.step = values[1] - values[0]
                slider.readout_format = ".2f" if slider.step < 1 else ".0f"

    def curves(self) -> pd.DataFrame:
        """Per clarity and control value: mean, median, 10% and 90% of the chosen outcome."""
        parts = [
            control_curve_data(self.result[self.result[CLARITY] == c], self.outcome.value).assign(
                clarity=c
            )
            for c in CLARITIES
        ]
        out = pd.concat(parts, ignore_index=True)
        return out[["clarity", "value", "mean", "median", "low", "high", "runs"]]

    def draw(self, fig: Figure) -> None:
        outcome = self.outcome.value
        curves = self.curves()
        axes = fig.subplots(1, len(CLARITIES), sharey=True)
        for ax, clarity in zip(axes, CLARITIES, strict=True):
            curve = curves[curves["clarity"] == clarity]
            # the line is the mean: counts of a few runs have coarse medians
            shown = curve.assign(median=curve["mean"])
            control_curve(self.result, outcome, ax=ax, lang=self.lang, data=shown)
            kind = "tradeoff_vague" if clarity == min(CLARITIES) else "tradeoff_clear"
            title = i18n.tf(kind, self.lang, clarity=i18n.number(clarity, 1, self.lang))
            ax.set_title(title, fontsize=9)
        axes[1].set_ylabel("")
        fig.suptitle(i18n.tf("tradeoff_title", self.lang, runs=self.runs), fontsize=9)
        self.plot_data["curves"] = curves

    def summary(self) -> str:
        curves = self.plot_data["curves"]
        parts = []
        for clarity in CLARITIES:
            curve = curves[curves["clarity"] == clarity]
            best = best_control(curve)
            top = float(curve["mean"].max())
            kind = "tradeoff_vague" if clarity == min(CLARITIES) else "tradeoff_clear"
            where = i18n.tf(kind, self.lang, clarity=i18n.number(clarity, 1, self.lang))
            parts.append(
                i18n.tf(
                    "tradeoff_best",
                    self.lang,
                    where=where,
                    control=i18n.number(best, 1, self.lang),
                    value=format_outcome(self.outcome.value, top, self.lang),
                )
            )
        head = i18n.t(self.outcome.value, self.lang)
        return f"{head} — " + "; ".join(parts)
