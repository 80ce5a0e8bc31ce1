"""The common machinery of every panel: controls, a run button, one figure, a status line.

A panel reads its controls into a scenario (``with_overrides`` on the base scenario), computes
(``compute``), clears and redraws its one matplotlib :class:`~matplotlib.figure.Figure`
(``draw``) and writes a one-line summary (``summary``) in its language. The figure is rendered
to a sharp PNG (:func:`buurtsim.plots.figure_output`) with its one-sentence description as alt
text, into an :class:`ipywidgets.Output`; it is never registered with pyplot, so redrawing does
not pile up figures. Whatever a panel plots is kept in ``plot_data`` so tests can check it.
"""

from __future__ import annotations

import html
import os
import re
import traceback
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .. import i18n
from ..experiments import Result, ensemble, simulate
from ..language import resolve
from ..plots.fit import Fit, apply_fit, fit_texts
from ..plots.style import DISPLAY_DPI, figure_output, projector, render_png
from ..scenarios import Scenario, ScenarioError, flatten, parameters, with_overrides
from .controls import allowed_text, controls_for, load_base, with_readout

PARALLEL_FROM = 6  # runs from which a panel's ensemble is worth a second process


def panel_processes() -> int:
    """Processes a panel may use: two on a multi-core laptop; ``BUURTSIM_PANEL_PROCESSES``
    overrides it (Binder sets 1: its CPU quota gains nothing and memory is capped at 2 GB)."""
    try:
        return max(1, int(os.environ["BUURTSIM_PANEL_PROCESSES"]))
    except (KeyError, ValueError):
        return min(2, os.cpu_count() or 1)


def panel_ensemble(scenario: Scenario, runs: int, seed: int, **kwargs: Any):
    """A panel's ensemble: on two processes when it has enough runs to gain from them.

    The rows are the same either way (see :func:`buurtsim.ensemble`); only the wait differs.
    """
    processes = panel_processes() if runs >= PARALLEL_FROM else 1
    return ensemble(scenario, runs=runs, seed=seed, processes=processes, **kwargs)


DEFAULT_BASE = "scenarios/arendonk.yaml"


def plain_problem(problem: str, lang: str | None = None) -> str:
    """A scenario problem in words a participant knows, in ``lang``, naming the parameter by
    its label.

    A problem about one parameter's value (a :class:`~buurtsim.scenarios.load.Problem` with a
    known ``key``) is said again around the label, the value and what is allowed; another
    sentence about a known dotted key gives its label and what it allows; any other problem is
    already in the current language (:mod:`buurtsim.scenarios.load`).
    """
    key = getattr(problem, "key", "")
    if key in parameters():
        value: Any = getattr(problem, "value", None)
        shown = i18n.number(value, _decimals(value), lang) if _is_number(value) else repr(value)
        label, allowed = i18n.label(key, lang), allowed_text(key, lang)
        return i18n.tf("sc_panel_bad_value", lang, label=label, value=shown, allowed=allowed)
    for key in parameters():
        if f"`{key}`" in problem:
            label, allowed = i18n.label(key, lang), allowed_text(key, lang)
            return i18n.tf("error_not_allowed", lang, label=label, allowed=allowed)
    return problem


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _decimals(value: Any) -> int:
    """As many decimals as the value has (at most 4): 2, 0,5, 0,125."""
    text = f"{value:.4f}".rstrip("0").rstrip(".") if _is_number(value) else ""
    return len(text.split(".")[1]) if "." in text else 0


def error_html(exc: BaseException, lang: str | None = None) -> str:
    """A bad combination of settings as a short red line, never a traceback."""
    head = i18n.t("error", lang)
    if isinstance(exc, ScenarioError):
        body = "; ".join(plain_problem(p, lang) for p in exc.problems)
    else:
        body = str(exc) or type(exc).__name__
    return f"<span style='color:#b00020'><b>{head}:</b> {html.escape(body)}</span>"


def simulate_many(scenario: Scenario, seeds: Iterable[int], keep_model: bool = False):
    """One :class:`Result` per seed (serial: a panel's runs are few and must start at once)."""
    return [simulate(scenario, seed=s, keep_model=keep_model) for s in seeds]


class Panel:
    """Base class of the workbook's panels; see :mod:`buurtsim.widgets` for the interface.

    Subclasses set ``default_keys`` and ``default_runs`` and implement :meth:`compute`,
    :meth:`draw` and :meth:`summary`; optional extra widgets go in :meth:`extra_controls` and
    :meth:`extra_outputs`.
    """

    default_keys: tuple[str, ...] = ()
    default_runs: int = 1
    figsize: tuple[float, float] = (8.0, 4.0)
    dpi: int = DISPLAY_DPI
    #: what the figure shows, a key of the translation table (``alt_panel_*``)
    alt_key: str = ""

    def __init__(
        self,
        base: str | Path | Mapping[str, Any] | Scenario | None = DEFAULT_BASE,
        keys: Iterable[str] | None = None,
        seed: int = 1,
        runs: int | None = None,
        lang: str | None = None,
        auto_run: bool = True,
    ):
        self.lang = resolve(lang)
        self.seed = int(seed)
        self.runs = int(runs if runs is not None else self.default_runs)
        if self.runs < 1:
            raise ValueError(f"runs must be at least 1, not {runs}")
        self.base: Scenario = load_base(base)
        self.keys: tuple[str, ...] = tuple(keys) if keys is not None else self.default_keys
        self.controls: dict[str, widgets.Widget] = controls_for(self.keys, self.base, lang)
        self.run_button = widgets.Button(
            description=i18n.t("run", lang), button_style="primary", icon="play"
        )
        self.run_button.on_click(lambda _button: self.run())
        self.status = widgets.HTML(value="")
        self.stale_note = widgets.HTML(value="")
        self.stale = False  # the controls moved since the figure was drawn
        self.output = widgets.Output()
        self.figure = Figure(figsize=self.figsize, dpi=self.dpi, layout="constrained")
        self._fit: Fit = {}  # what fit_texts found the last drawing needed (apply_fit)
        self.plot_data: dict[str, Any] = {}  # tables (DataFrame) and arrays
        self._png: bytes | None = None  # the figure on screen
        self.result: Any = None
        self.error: str | None = None  # the last traceback, for whoever debugs the panel
        self.widget = self._layout()
        for control in [*self.controls.values(), *self.stale_controls()]:
            control.observe(lambda _change: self.mark_stale(), names="value")
        if auto_run:
            self.run()

    # --- what a subclass provides ---------------------------------------------------------------
    def compute(self, scenario: Scenario) -> Any:
        """Run the model for ``scenario``; returns what becomes ``self.result``."""
        return simulate(scenario, seed=self.seed)

    def draw(self, fig: Figure) -> None:
        """Draw ``self.result`` on the cleared figure; fill ``self.plot_data``."""

    def summary(self) -> str:
        """A one-line summary of ``self.result`` for the status line, in ``self.lang``."""
        return ""

    def extra_controls(self) -> list[widgets.Widget]:
        """Widgets shown after the generated controls (dropdowns of the panel itself)."""
        return []

    def extra_outputs(self) -> list[widgets.Widget]:
        """Widgets shown under the figure (tables, export buttons)."""
        return []

    def stale_controls(self) -> list[widgets.Widget]:
        """Widgets besides ``controls`` whose change makes the figure out of date."""
        return []

    # --- the common behaviour -------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The controls' current values under their dotted keys."""
        return {key: w.value for key, w in self.controls.items()}

    def scenario(self) -> Scenario:
        """The base scenario with the controls' values; raises ScenarioError on a bad value."""
        return with_overrides(self.base, self.values())

    def run(self) -> Any:
        """Read the controls, compute, redraw, and write the status line. Returns the result.

        A bad combination of settings (or a failure in the model) shows a plain message in the
        status line and returns None; the previous result and figure stay.
        """
        self.status.value = f"<i>{i18n.t('busy', self.lang)}</i>"
        try:
            scenario = self.scenario()
            result = self.compute(scenario)
        except Exception as exc:  # shown to the trainee in words, not as a traceback
            self.error = traceback.format_exc()
            self.status.value = error_html(exc, self.lang)
            return None
        self.error = None
        self.result = result
        self.redraw()
        self.status.value = self.summary()
        self.mark_stale(False)
        return result

    def mark_stale(self, stale: bool = True) -> None:
        """Say above the figure that it no longer matches the controls (or that it does again),
        and make the run button stand out while it does not."""
        self.stale = stale
        self.run_button.button_style = "warning" if stale else "primary"
        self.stale_note.value = (
            f"<div style='border-left:4px solid #b35900;background:#fff4e5;color:#6b3500;"
            f"padding:4px 8px'>⚠ {html.escape(i18n.t('stale', self.lang))}</div>"
            if stale
            else ""
        )

    def redraw(self) -> None:
        """Clear the one figure, draw it again and show it in the output."""
        self.figure.clear()
        self.plot_data = {}
        with projector():
            self.draw(self.figure)
        self.show_figure()

    def png(self) -> bytes:
        """The figure on screen as PNG bytes (twice the display resolution)."""
        return self._png if self._png is not None else render_png(self.figure)

    def alt_text(self) -> str:
        """One sentence on what the figure shows, from the status line's numbers."""
        summary = re.sub(r"<[^>]+>", "", self.summary()).strip().rstrip(".")
        kind = i18n.t(self.alt_key, self.lang) if self.alt_key else ""
        if not kind:
            return summary
        return i18n.tf("alt_panel", self.lang, kind=kind, summary=summary)

    def show_figure(self) -> None:
        """Replace the output's content by the current figure, with its alt text."""
        apply_fit(self.figure, self._fit)  # as the last drawing needed, so one render will do
        self._png = render_png(self.figure)
        fit = fit_texts(self.figure, drawn=True)
        if fit:  # a text did not fit: wrapped (and remembered for the next drawing), rendered again
            for axes, found in fit.items():
                self._fit.setdefault(axes, {}).update(found)
            self._png = render_png(self.figure)
        self.output.outputs = (figure_output(self.figure, self.alt_text(), self._png),)

    def _layout(self) -> widgets.Widget:
        sliders = [with_readout(w, self.lang) for w in self.controls.values()]
        inputs = [*sliders, *self.extra_controls()]
        top = widgets.VBox([*inputs, widgets.HBox([self.run_button, self.status])])
        return widgets.VBox([top, self.stale_note, self.output, *self.extra_outputs()])

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)

    def base_values(self) -> dict[str, Any]:
        """The base scenario's values of this panel's keys (to reset or compare)."""
        flat = flatten(self.base)
        return {key: flat[key] for key in self.keys}


def table_html(df: pd.DataFrame, lang: str | None = None) -> str:
    """A small table as HTML without the pandas index clutter."""
    return df.to_html(index=False, border=0, classes="buurtsim-table", escape=True)


def simulate_result(panel: Panel) -> Result | None:
    """The panel's last single run, when it has one."""
    return panel.result if isinstance(panel.result, Result) else None


def format_outcome(name: str, value: float, lang: str | None = None) -> str:
    """An outcome value in ``lang``'s notation: shares as %, money in euro, counts as numbers."""
    from ..plots.outcomes import EURO_OUTCOMES, SHARE_OUTCOMES

    if name in SHARE_OUTCOMES:
        return i18n.percent(value, 1, lang)
    if name in EURO_OUTCOMES:
        return i18n.euro(value, 0, lang)
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return "–"
    whole = float(value).is_integer()
    return i18n.number(value, 0 if whole else 1, lang)


def outcome_table(values: Mapping[str, float], outcomes: Iterable[str], lang=None) -> pd.DataFrame:
    """A two-column table (label, formatted value) of some outcomes."""
    head = (i18n.t("table_outcome", lang), i18n.t("table_value", lang))
    return pd.DataFrame(
        {
            head[0]: [i18n.t(o, lang) for o in outcomes],
            head[1]: [format_outcome(o, values[o], lang) for o in outcomes],
        }
    )


def status_line(values: Mapping[str, float], lang: str | None = None, prefix: str = "") -> str:
    """'8 ideeën, 6 gerealiseerd, € 6.420 uitgegeven' from a summary row (or medians)."""
    n = i18n.number
    text = i18n.tf(
        "status_line",
        lang,
        ideas=n(values["proposals"], lang=lang),
        realised=n(values["initiatives_realised"], lang=lang),
        spent=i18n.euro(values["budget_spent"], lang=lang),
    )
    return prefix + text
