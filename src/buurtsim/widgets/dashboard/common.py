"""What the parts of the workshop dashboard share: its settings, CSS classes and small helpers."""

from __future__ import annotations

import html
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import numpy as np
from matplotlib.figure import Figure

from ... import i18n
from ...plots.style import figure_output
from ...scenarios import Scenario, ScenarioError, load_scenario, parameters, unflatten
from ...workshop import WorkshopLogError
from ...workshop.logfile import os_reason
from ...workshop.server_state import ServerState, resolve_folder
from ..base import error_html

#: the settings a group chooses (dotted keys of the scenario schema)
GROUP_KEYS: tuple[str, ...] = (
    "municipality.control",
    "municipality.framework_clarity",
    "facilitator.hours_per_week",
    "facilitator.outreach",
    "process.decision_rule",
    "budget.amount",
    "neighbourhood.households",
    "neighbourhood.vulnerable_share",
)
#: the bars of the comparison, one panel per unit: counts, a share (%), indexes on a 0-1 scale
#: (written as in the table and the report: 0,45, not 45%)
COUNT_OUTCOMES: tuple[str, ...] = (
    "proposals",
    "initiatives_realised",
    "initiatives_vetoed",
    "conflicts_escalated",
)
SHARE_OUTCOMES: tuple[str, ...] = ("participation_rate",)
INDEX_OUTCOMES: tuple[str, ...] = ("ownership_end", "trust_municipality_end", "cohesion_gain")
#: the environment variable with the default folder of the workshop log
FOLDER_ENV = "BUURTSIM_WORKSHOP_DIR"
#: the parts (tabs), as label keys; their names are the ones of docs/trainer-guide.md
TAB_KEYS: tuple[str, ...] = (
    "tab_settings",
    "tab_comparison",
    "tab_game",
    "tab_debrief",
    "tab_report",
)
#: the part names in Dutch (the default language)
TAB_TITLES: tuple[str, ...] = tuple(i18n.t(k, "nl") for k in TAB_KEYS)
CURRENT = "current"
REPORT_NAME = "rapport.html"
EXPORT_STEM = "workshop-resultaten"

WIDE = widgets.Layout(width="600px")
STYLE = {"description_width": "initial"}
CSS = """
<style>
.buurtsim-comparison-table, .buurtsim-game-table { border-collapse: collapse; font-size: 14px; }
.buurtsim-comparison-table th, .buurtsim-comparison-table td,
.buurtsim-game-table th, .buurtsim-game-table td {
  padding: 3px 10px; border-bottom: 1px solid #ddd; text-align: right; vertical-align: top; }
.buurtsim-comparison-table th:first-child, .buurtsim-comparison-table td:first-child,
.buurtsim-game-table th:first-child, .buurtsim-game-table td:first-child { text-align: left; }
.buurtsim-comparison-table td.settings { text-align: left; font-size: 12px; color: #444; }
.buurtsim-comparison-table .range { color: #777; font-size: 11px; white-space: nowrap; }
.buurtsim-error { color: #b00020; }
.buurtsim-report-status a { color: #0b62a4; text-decoration: underline; }
.buurtsim-tabs .lm-TabBar-tab, .buurtsim-tabs .p-TabBar-tab {
  flex: 0 0 auto !important; min-width: 0 !important; max-width: none !important; }
.buurtsim-warning { color: #8a4b00; }
.buurtsim-join svg { width: 220px; height: 220px; }
.buurtsim-lost { position: fixed; top: 0; left: 0; right: 0; z-index: 10000; padding: 14px 24px;
  background: #b00020; color: #fff; font-size: 17px; line-height: 1.4; visibility: hidden;
  animation: buurtsim-lost 0s linear 12s forwards; }
@keyframes buurtsim-lost { to { visibility: visible; } }
</style>
"""


def default_folder() -> Path:
    """The log folder: the one the trainer chose for the server (``buurtsim workshop``), else
    ``$BUURTSIM_WORKSHOP_DIR``, else ``./workshop-log``; a relative folder counts from where the
    trainer started the server (``BUURTSIM_START_DIR``), else from the current folder."""
    state = ServerState.from_env()
    chosen = state.folder() if state is not None else None
    if chosen is not None:
        return chosen
    return resolve_folder(os.environ.get(FOLDER_ENV, "").strip() or "workshop-log")


def whole_number(text: str, field: str, lo: int, hi: int) -> int:
    """A whole number typed in a field, or an error naming the field (``field`` is its label
    key), the value and what is allowed, in the dashboard's language. Nothing is guessed:
    ``2.5``, ``1e9`` and ``10 runs`` are refused."""
    value = str(text).strip()
    words: dict[str, Any] = {"field": field, "lo": lo, "hi": hi}
    if not value:
        raise DashboardError("field_empty", ("field",), **words)
    if not value.lstrip("+-").isdigit() or not value.isascii():
        raise DashboardError("field_whole", ("field",), value=value, **words)
    number = int(value)
    if not lo <= number <= hi:
        raise DashboardError("field_range", ("field",), value=number, **words)
    return number


def number_field(value: int | float, description: str, width: str, **kwargs: Any) -> widgets.Text:
    """A text field for a whole number: read with :func:`whole_number`, never guessed."""
    return widgets.Text(
        value=str(int(value)),
        description=description,
        style=STYLE,
        layout=widgets.Layout(width=width),
        **kwargs,
    )


def base_options(files: Mapping[str, Path]) -> list[tuple[str, str]]:
    """(name in the current language, file name) of each scenario file: the name from the
    translation table for the project's own files, else the file's neighbourhood name."""
    options = []
    for stem, path in files.items():
        key = f"scenario_{stem}"
        shown = i18n.t(key) if key in i18n.LABELS else load_scenario(path).neighbourhood.name
        options.append((shown, stem))
    return options


def css_name(key: str) -> str:
    """``municipality.control`` -> ``municipality-control`` (for a CSS class)."""
    return key.replace(".", "-").replace("_", "-")


class DashboardError(ValueError):
    """A mistake of the user of the dashboard: a label ``key`` and the values of its
    placeholders, so the message can be said again in the other language (:meth:`text`).
    ``labels`` names the values that are label keys themselves (a field's name)."""

    def __init__(self, key: str, labels: tuple[str, ...] = (), **values: Any):
        self.key, self.labels, self.values = key, labels, values
        super().__init__(self.text())

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang`` (default: the current language)."""
        words = {k: i18n.t(v, lang) if k in self.labels else v for k, v in self.values.items()}
        return i18n.tf(self.key, lang, **words)


def _red(text: str, head: str = "db_cannot") -> str:
    return f"<p class='buurtsim-error'><b>{i18n.t(head)}</b> {html.escape(text)}</p>"


def error_text(exc: BaseException) -> str:
    """Any failure as one short red line in the current language: never a traceback."""
    if isinstance(exc, WorkshopLogError):
        return _red(exc.text(), "db_log_problem")
    if isinstance(exc, ScenarioError):
        return error_html(exc)
    if isinstance(exc, DashboardError):
        return _red(exc.text())
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return _red(f"{where}{os_reason(exc)}")
    return _red(i18n.t("unexpected"))


def _python(value: Any) -> Any:
    """A value from a pandas table as a plain Python value (for a scenario); an empty cell is an
    optional setting left empty (e.g. announced_control, which then follows control)."""
    value = value.item() if isinstance(value, np.generic) else value
    if value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def scenario_of_row(row: Mapping[str, Any]) -> Scenario:
    """The scenario of one logged run (the log keeps every setting). A setting the log lacks
    (an older log) takes its default; an optional setting left empty stays empty."""
    info = parameters()
    values = {k: _python(row[k]) for k in info if k in row}
    kept = {k: v for k, v in values.items() if v is not None or info[k].default is None}
    return load_scenario(unflatten(kept))


def show_figure(output: widgets.Output, fig: Figure, alt: str) -> None:
    """Show ``fig`` in ``output``: sharp at 150% zoom, with ``alt`` as its alt text."""
    output.outputs = (figure_output(fig, alt),)


def show_png(output: widgets.Output, data: None) -> None:
    """Empty ``output`` (there is no figure to show)."""
    output.outputs = ()


def button(**kwargs: Any) -> widgets.Button:
    """A button as wide as its label."""
    return widgets.Button(layout=widgets.Layout(width="max-content", min_width="148px"), **kwargs)


def classed(widget: widgets.Widget, *names: str) -> widgets.Widget:
    for name in names:
        widget.add_class(name)
    return widget
