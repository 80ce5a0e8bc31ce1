"""The trainer's dashboard for a workshop, ``notebooks/workshop.ipynb``, served with Voilà.

Everything happens through widgets, in Dutch; no code is on screen. Start it with
``voila notebooks/workshop.ipynb`` (or ``make workshop``). The parts (tabs) are the ones
``docs/trainer-guide.md`` names:

* a header with what this is, and the folder of the workshop log (``workshop-log.csv``);
* **Groepen kiezen instellingen**: a group's name, the key settings (generated from the
  scenario schema), the base scenario, runs and seed, and "Simuleer" with a progress bar;
  every run is appended to the log;
* **Vergelijking**: all groups side by side (a table from
  :func:`buurtsim.workshop.compare_groups` and bars of the key outcomes), reloaded from the
  log, so a kernel restart loses nothing; a button saves the runs as CSV and Excel;
* **Speel de gemeente**: the :class:`~buurtsim.workshop.MunicipalityGame`, with extra framework
  rules, a verdict per proposal at each review, and at the end the comparison with a hands-off
  and a strict municipality on the same seed, plus the debrief points;
* **Nabespreking** (the debrief): the three to five talking points of a group's last run;
* **Rapport**: the one-page HTML report of the chosen groups' settings, saved in the log folder.

The log folder defaults to ``$BUURTSIM_WORKSHOP_DIR`` or else ``./workshop-log`` (relative to
the kernel's folder, i.e. ``notebooks/`` under Voilà; ``make workshop`` sets the variable to
``./workshop-log`` in the project). The field shows the absolute path and the trainer can change
it. The default folder is created at the first save; a folder the trainer types in (Enter, or
"Gebruik deze map") is created at once.

Hooks for browser tests
-----------------------
Every widget a test needs carries a CSS class (``widget.add_class``); in ipywidgets 8 the class
sits on the widget's outer element, so a text field is ``.buurtsim-group-name input``, a dropdown
``.buurtsim-base select`` and a button ``button.buurtsim-run``. The ``<option>`` elements of a
dropdown carry the Dutch labels, so choose by label (Playwright: ``select_option(label="huis aan
huis")``). The parts are tabs: click ``get_by_role("tab", name="Vergelijking")`` first. A text
field sends its value on Enter or when it loses focus (clicking a button does that). Starting
Voilà with ``BUURTSIM_WORKSHOP_DIR=/some/folder`` puts the log in ``/some/folder/workshop-log.csv``.

=============================  ==============================================================
class                          widget
=============================  ==============================================================
``buurtsim-dashboard``         the whole dashboard (a VBox)
``buurtsim-log-folder``        Text: the log folder (description "Map van het logboek")
``buurtsim-log-open``          Button "Gebruik deze map"
``buurtsim-log-status``        HTML: the log's path and how many runs it holds, or its error
``buurtsim-tabs``              the Tab; its titles are the part names above
``buurtsim-group-name``        Text: the group's name (placeholder "bv. Groep 1")
``buurtsim-base``              Dropdown: the base scenario (files in ``scenarios/``)
``buurtsim-control-<key>``     the generated controls; ``<key>`` is the dotted key, dashes for
                               dots and underscores: ``buurtsim-control-municipality-control``
``buurtsim-runs``              BoundedIntText "Aantal runs" (default 10)
``buurtsim-seed``              BoundedIntText "Seed van de eerste run"
``buurtsim-run``               Button "Simuleer"
``buurtsim-progress``          IntProgress: runs done (``max`` = runs)
``buurtsim-run-status``        HTML: "Groep 1: 10 runs bewaard ..." or a Dutch error
``buurtsim-comparison``        HTML with ``<table class="buurtsim-comparison-table">``: one
                               column per group (``<th data-group="Groep 1">``), one row per
                               outcome (``<tr data-outcome="proposals">``); a damaged log shows
                               its error here (``<p class="buurtsim-error">``, with the line)
``buurtsim-comparison-plot``   Output: the bar chart (a PNG)
``buurtsim-export``            Button "Bewaar als CSV en Excel"; ``buurtsim-export-status``;
                               ``buurtsim-reload`` Button "Herlaad het logboek"
``buurtsim-game-base``         Dropdown: what the game is played on; ``buurtsim-game-seed``
``buurtsim-rule-max-cost``     Checkbox (+ ``buurtsim-rule-max-cost-value``); likewise
                               ``buurtsim-rule-no-theme`` and ``buurtsim-rule-min-supporters``
``buurtsim-game-start``        Button "Start het spel"
``buurtsim-verdict``           one Dropdown per waiting proposal (goedkeuren / inkorten /
                               tegenhouden (veto)); also ``buurtsim-verdict-<id>``
``buurtsim-game-next``         Button "Beslis en speel verder"
``buurtsim-game-status``       HTML: the week and the verdicts so far
``buurtsim-game-end``          HTML: the three municipalities side by side and the debrief
``buurtsim-debrief-group``     Dropdown of groups; ``buurtsim-debrief-button``;
                               ``buurtsim-debrief-points`` (HTML, an ``<ol>``)
``buurtsim-report-groups``     SelectMultiple of groups; ``buurtsim-report-button``;
                               ``buurtsim-report-status`` (HTML: the path and a download link)
=============================  ==============================================================

For headless tests the same actions are methods: :meth:`Dashboard.simulate_group`,
:meth:`~Dashboard.reload`, :meth:`~Dashboard.start_game`, :meth:`~Dashboard.decide_game`,
:meth:`~Dashboard.show_debrief`, :meth:`~Dashboard.make_report`, :meth:`~Dashboard.export`;
clicking a button calls them and shows any error in Dutch in the status line, never as a
traceback. ``fixed`` (dotted overrides applied to every run, e.g. ``{"run.weeks": 30}``) keeps
tests short.
"""

from __future__ import annotations

import base64
import html
import io
import math
import os
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .. import i18n
from ..experiments import ensemble, simulate
from ..model.themes import THEMES
from ..plots.outcomes import draw_bars, outcome_bars_data
from ..scenarios import Scenario, ScenarioError, load_scenario, parameters, unflatten
from ..scenarios import with_overrides as _with_overrides
from ..workshop import (
    GROUP_OUTCOMES,
    LOG_NAME,
    VERDICTS,
    MunicipalityGame,
    WorkshopLog,
    WorkshopLogError,
    batch_labels,
    compare_groups,
    debrief,
    export_results,
)
from ..workshop.play import COMPARE_OUTCOMES
from ..workshop.report import build_report, format_outcome, spread, write_report
from .base import error_html
from .controls import controls_for, load_base, scenario_files, set_values

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
#: the part names, as in docs/trainer-guide.md
TAB_TITLES: tuple[str, ...] = (
    "Groepen kiezen instellingen",
    "Vergelijking",
    "Speel de gemeente",
    "Nabespreking",
    "Rapport",
)
CURRENT = "current"
REPORT_NAME = "rapport.html"
EXPORT_STEM = "workshop-resultaten"

_WIDE = widgets.Layout(width="600px")
_STYLE = {"description_width": "initial"}
_CSS = """
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
</style>
"""


def default_folder() -> Path:
    """The log folder to offer: ``$BUURTSIM_WORKSHOP_DIR``, else ``./workshop-log`` (absolute)."""
    chosen = os.environ.get(FOLDER_ENV, "").strip()
    return Path(chosen or "workshop-log").expanduser().resolve()


def css_name(key: str) -> str:
    """``municipality.control`` -> ``municipality-control`` (for a CSS class)."""
    return key.replace(".", "-").replace("_", "-")


class DashboardError(ValueError):
    """A mistake of the user of the dashboard; the message is Dutch and shown as it is."""


def _red(text: str) -> str:
    return f"<p class='buurtsim-error'><b>Dit kan niet:</b> {html.escape(text)}</p>"


def error_text(exc: BaseException) -> str:
    """Any failure as one short red Dutch line: never a traceback."""
    if isinstance(exc, WorkshopLogError):
        return (
            f"<p class='buurtsim-error'><b>Probleem met het logboek:</b> {html.escape(exc.nl)}</p>"
        )
    if isinstance(exc, ScenarioError):
        return error_html(exc)
    if isinstance(exc, DashboardError):
        return _red(str(exc))
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return _red(f"{where}{exc.strerror or exc}")
    return _red(f"er liep iets mis ({type(exc).__name__}: {exc})")


def _python(value: Any) -> Any:
    """A value from a pandas table as a plain Python value (for a scenario); an empty cell is an
    optional setting left empty (e.g. announced_control, which then follows control)."""
    value = value.item() if isinstance(value, np.generic) else value
    if value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def scenario_of_row(row: Mapping[str, Any]) -> Scenario:
    """The scenario of one logged run (the log keeps every setting)."""
    keys = [k for k in parameters() if k in row]
    return load_scenario(unflatten({k: _python(row[k]) for k in keys}))


def _png(fig: Figure, dpi: int = 90) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, pil_kwargs={"compress_level": 1})
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _show_png(output: widgets.Output, data: str | None) -> None:
    if data is None:
        output.outputs = ()
        return
    output.outputs = (
        {
            "output_type": "display_data",
            "data": {"image/png": data, "text/plain": "<Figure>"},
            "metadata": {},
        },
    )


def _button(**kwargs: Any) -> widgets.Button:
    """A button as wide as its Dutch label."""
    return widgets.Button(layout=widgets.Layout(width="max-content", min_width="148px"), **kwargs)


def _classed(widget: widgets.Widget, *names: str) -> widgets.Widget:
    for name in names:
        widget.add_class(name)
    return widget


class Dashboard:
    """The workshop dashboard; see the module docstring for its parts and hooks.

    ``folder`` is the log folder (default :func:`default_folder`), ``base`` the scenario the
    groups start from, ``runs`` and ``seed`` the defaults of a group's ensemble, ``fixed``
    dotted settings applied to every run and not shown (e.g. ``{"run.weeks": 30}``), and
    ``processes`` the worker processes of an ensemble.
    """

    def __init__(
        self,
        folder: str | os.PathLike[str] | None = None,
        base: str = "arendonk",
        runs: int = 10,
        seed: int = 1,
        fixed: Mapping[str, Any] | None = None,
        processes: int | None = 1,
    ):
        self.fixed = dict(fixed or {})
        if self.fixed:  # a bad fixed setting is the caller's mistake: fail at once
            _with_overrides(load_base(base), self.fixed)
        self.processes = processes
        self.files = scenario_files()
        self.log_df: pd.DataFrame | None = None
        self.comparison: pd.DataFrame | None = None
        self.plot_data: dict[str, pd.DataFrame] = {}
        self.figure = Figure(figsize=(12.0, 4.0), dpi=90, layout="constrained")
        self.game: MunicipalityGame | None = None
        self.game_table: pd.DataFrame | None = None
        self.game_points: list[str] = []
        self.verdicts: dict[int, widgets.Dropdown] = {}
        self.debrief_points: list[str] = []
        self.debrief_result = None
        self.report_path: Path | None = None
        self.exported: tuple[Path, Path] | None = None
        self.error: str | None = None  # the last traceback, for whoever debugs the dashboard
        self._setting_folder = False

        self._build_header(folder)
        self._build_settings(base, runs, seed)
        self._build_comparison()
        self._build_game(seed)
        self._build_debrief()
        self._build_report()
        self.tabs = _classed(
            widgets.Tab(
                children=[
                    self.settings_box,
                    self.comparison_box,
                    self.game_box,
                    self.debrief_box,
                    self.report_box,
                ],
                titles=TAB_TITLES,
            ),
            "buurtsim-tabs",
        )
        self.widget = _classed(
            widgets.VBox([widgets.HTML(_CSS), self.header, self.tabs]), "buurtsim-dashboard"
        )
        self.reload()

    # --- building the parts ---------------------------------------------------------------------
    def _build_header(self, folder) -> None:
        intro = widgets.HTML(
            "<h2 style='margin:0'>Workshop buurtbudget</h2>"
            "<p style='max-width:900px'>Elke groep kiest instellingen voor haar buurtbudget en "
            "laat de simulatie lopen. Elke run komt in het logboek hieronder en verschijnt in de "
            "<b>Vergelijking</b> naast die van de andere groepen. Daarna speelt elke groep zelf "
            "de gemeente. Het model is een oefenterrein, geen voorspelling: de getallen volgen "
            "uit aannames.</p>"
        )
        start = Path(folder).expanduser().resolve() if folder is not None else default_folder()
        self.log = WorkshopLog(start)
        self.folder = _classed(
            widgets.Text(
                value=str(start),
                description="Map van het logboek",
                placeholder="bv. workshops/2025-03-12-gemeente",
                tooltip="De runs van alle groepen komen in workshop-log.csv in deze map",
                continuous_update=False,
                style=_STYLE,
                layout=widgets.Layout(width="700px"),
            ),
            "buurtsim-log-folder",
        )
        self.folder_button = _classed(
            _button(description="Gebruik deze map", icon="folder-open"),
            "buurtsim-log-open",
        )
        self.log_status = _classed(widgets.HTML(), "buurtsim-log-status")
        self.folder.observe(lambda change: self._folder_changed(change["new"]), names="value")
        self.folder_button.on_click(lambda _b: self._folder_changed(self.folder.value))
        self.header = widgets.VBox(
            [intro, widgets.HBox([self.folder, self.folder_button]), self.log_status]
        )

    def _build_settings(self, base: str, runs: int, seed: int) -> None:
        self.group_name = _classed(
            widgets.Text(
                value="",
                description="Naam van de groep",
                placeholder="bv. Groep 1",
                style=_STYLE,
                layout=widgets.Layout(width="420px"),
            ),
            "buurtsim-group-name",
        )
        options = [(load_scenario(p).neighbourhood.name, name) for name, p in self.files.items()]
        stem = Path(base).stem if Path(base).suffix in (".yaml", ".yml") else str(base)
        if stem not in self.files:
            raise DashboardError(
                f"het basisscenario {base!r} bestaat niet; kies uit {', '.join(self.files)}"
            )
        self.base = _classed(
            widgets.Dropdown(
                options=options,
                value=stem,
                description="Basisscenario",
                style=_STYLE,
                layout=widgets.Layout(width="420px"),
            ),
            "buurtsim-base",
        )
        self.controls = controls_for(GROUP_KEYS, self.files[stem])
        for key, w in self.controls.items():
            _classed(w, "buurtsim-control", f"buurtsim-control-{css_name(key)}")
        self.base.observe(lambda change: self._base_changed(change["new"]), names="value")
        self.runs = _classed(
            widgets.BoundedIntText(
                value=int(runs),
                min=1,
                max=100,
                description="Aantal runs",
                tooltip="Eén run is een anekdote: neem er meerdere (bv. 10)",
                style=_STYLE,
                layout=widgets.Layout(width="220px"),
            ),
            "buurtsim-runs",
        )
        self.seed = _classed(
            widgets.BoundedIntText(
                value=int(seed),
                min=0,
                max=1_000_000,
                description="Seed van de eerste run",
                tooltip="Dezelfde seed: dezelfde buurt en dezelfde bewoners bij de start",
                style=_STYLE,
                layout=widgets.Layout(width="260px"),
            ),
            "buurtsim-seed",
        )
        self.run_button = _classed(
            _button(description=i18n.t("run"), button_style="primary", icon="play"),
            "buurtsim-run",
        )
        self.progress = _classed(
            widgets.IntProgress(value=0, min=0, max=int(runs), description="Voortgang"),
            "buurtsim-progress",
        )
        self.run_status = _classed(widgets.HTML(), "buurtsim-run-status")
        self.run_button.on_click(lambda _b: self._safely(self.run_status, self.simulate_group))
        left = widgets.VBox(
            [
                self.group_name,
                self.base,
                widgets.HBox([self.runs, self.seed]),
                widgets.HBox([self.run_button, self.progress]),
                self.run_status,
            ],
            layout=widgets.Layout(min_width="440px", margin="0 20px 0 0"),
        )
        right = widgets.VBox(list(self.controls.values()))
        hint = widgets.HTML(
            "<p>Vul de naam van je groep in, kies je instellingen en klik op "
            "<b>Simuleer</b>. De andere instellingen komen uit het basisscenario.</p>"
        )
        self.settings_box = widgets.VBox(
            [hint, widgets.HBox([left, right], layout=widgets.Layout(flex_flow="row wrap"))]
        )

    def _build_comparison(self) -> None:
        self.comparison_html = _classed(widgets.HTML(), "buurtsim-comparison")
        self.comparison_plot = _classed(widgets.Output(), "buurtsim-comparison-plot")
        self.export_button = _classed(
            _button(description=i18n.t("export"), icon="save"), "buurtsim-export"
        )
        self.export_status = _classed(widgets.HTML(), "buurtsim-export-status")
        self.export_button.on_click(lambda _b: self._safely(self.export_status, self.export))
        self.reload_button = _classed(
            _button(description="Herlaad het logboek", icon="refresh"), "buurtsim-reload"
        )
        self.reload_button.on_click(lambda _b: self.reload())
        self.comparison_box = widgets.VBox(
            [
                widgets.HTML(
                    "<p>Per groep: de mediaan over haar runs, met tussen haakjes 10% – 90% van de "
                    "runs. Een groep die twee keer simuleerde, staat er twee keer (1), (2).</p>"
                ),
                self.comparison_html,
                self.comparison_plot,
                widgets.HBox([self.reload_button, self.export_button]),
                self.export_status,
            ]
        )

    def _build_game(self, seed: int) -> None:
        options = [("de instellingen van 'Groepen kiezen instellingen'", CURRENT)]
        options += [(load_scenario(p).neighbourhood.name, n) for n, p in self.files.items()]
        self.game_base = _classed(
            widgets.Dropdown(
                options=options,
                value=CURRENT,
                description="Speel met",
                style=_STYLE,
                layout=_WIDE,
            ),
            "buurtsim-game-base",
        )
        self.game_seed = _classed(
            widgets.BoundedIntText(
                value=int(seed),
                min=0,
                max=1_000_000,
                description="Seed",
                style=_STYLE,
                layout=widgets.Layout(width="200px"),
            ),
            "buurtsim-game-seed",
        )
        box = widgets.Layout(width="auto")
        self.rule_max_cost = _classed(
            widgets.Checkbox(
                value=False,
                description="hoogstens dit bedrag per project (euro):",
                indent=False,
                layout=box,
            ),
            "buurtsim-rule-max-cost",
        )
        self.rule_max_cost_value = _classed(
            widgets.BoundedFloatText(
                value=1000, min=50, max=1_000_000, step=50, layout=widgets.Layout(width="120px")
            ),
            "buurtsim-rule-max-cost-value",
        )
        self.rule_no_theme = _classed(
            widgets.Checkbox(
                value=False, description="geen ideeën rond het thema:", indent=False, layout=box
            ),
            "buurtsim-rule-no-theme",
        )
        self.rule_no_theme_value = _classed(
            widgets.Dropdown(
                options=[(th.nl, th.key) for th in THEMES],
                value="food",
                layout=widgets.Layout(width="180px"),
            ),
            "buurtsim-rule-no-theme-value",
        )
        self.rule_min_supporters = _classed(
            widgets.Checkbox(
                value=False,
                description="minstens zoveel bewoners steunen het idee:",
                indent=False,
                layout=box,
            ),
            "buurtsim-rule-min-supporters",
        )
        self.rule_min_supporters_value = _classed(
            widgets.BoundedIntText(value=3, min=1, max=50, layout=widgets.Layout(width="80px")),
            "buurtsim-rule-min-supporters-value",
        )
        self.game_start = _classed(
            _button(description="Start het spel", button_style="primary", icon="play"),
            "buurtsim-game-start",
        )
        self.game_next = _classed(
            _button(description="Beslis en speel verder", icon="gavel", disabled=True),
            "buurtsim-game-next",
        )
        self.game_status = _classed(widgets.HTML(), "buurtsim-game-status")
        self.game_pending = _classed(widgets.VBox(), "buurtsim-game-pending")
        self.game_end = _classed(widgets.HTML(), "buurtsim-game-end")
        self.game_start.on_click(lambda _b: self._safely(self.game_status, self.start_game))
        self.game_next.on_click(lambda _b: self._safely(self.game_status, self.decide_game))
        rules = widgets.VBox(
            [
                widgets.HTML("<b>Extra regels in het kader</b> (kies ze vóór de start):"),
                widgets.HBox([self.rule_max_cost, self.rule_max_cost_value]),
                widgets.HBox([self.rule_no_theme, self.rule_no_theme_value]),
                widgets.HBox([self.rule_min_supporters, self.rule_min_supporters_value]),
                widgets.HTML(
                    "<p style='font-size:12px;color:#555'>De regels werken via de toets van de "
                    "procesbegeleider: zonder uren procesbegeleiding wordt geen idee getoetst, "
                    "en dan hebben ze geen effect.</p>"
                ),
            ]
        )
        self.game_box = widgets.VBox(
            [
                widgets.HTML(
                    "<p>Jullie zijn het college. De bewoners doen voorstellen, werken ze uit en "
                    "beslissen; bij elke beoordeling pauzeert de simulatie en kiezen jullie per "
                    "voorstel: goedkeuren, inkorten of tegenhouden (veto).</p>"
                ),
                widgets.HBox([self.game_base, self.game_seed]),
                rules,
                self.game_start,
                self.game_status,
                self.game_pending,
                self.game_next,
                self.game_end,
            ]
        )

    def _build_debrief(self) -> None:
        self.debrief_group = _classed(
            widgets.Dropdown(options=[], description="Groep", style=_STYLE, layout=_WIDE),
            "buurtsim-debrief-group",
        )
        self.debrief_button = _classed(
            _button(description="Toon de gespreksstof", icon="comments"),
            "buurtsim-debrief-button",
        )
        self.debrief_html = _classed(widgets.HTML(), "buurtsim-debrief-points")
        self.debrief_button.on_click(lambda _b: self._safely(self.debrief_html, self.show_debrief))
        self.debrief_box = widgets.VBox(
            [
                widgets.HTML(
                    "<p>De drie tot vijf opvallendste momenten uit de laatste run van een groep, "
                    "als opstap voor de nabespreking. De straten in het model hebben een nummer, "
                    "geen naam.</p>"
                ),
                widgets.HBox([self.debrief_group, self.debrief_button]),
                self.debrief_html,
            ]
        )

    def _build_report(self) -> None:
        self.report_groups = _classed(
            widgets.SelectMultiple(
                options=[], rows=6, description="Groepen", style=_STYLE, layout=_WIDE
            ),
            "buurtsim-report-groups",
        )
        self.report_button = _classed(
            _button(description="Maak het rapport", icon="file"), "buurtsim-report-button"
        )
        self.report_status = _classed(widgets.HTML(), "buurtsim-report-status")
        self.report_button.on_click(lambda _b: self._safely(self.report_status, self.make_report))
        self.report_box = widgets.VBox(
            [
                widgets.HTML(
                    "<p>Een rapport van één pagina (HTML, druk af als PDF) met de instellingen van "
                    "de gekozen groepen (één tot vier), hun uitkomsten met de spreiding, twee "
                    "grafieken en de beperkingen van het model. Het komt in de map van het "
                    "logboek; een bestaand rapport wordt nooit overschreven.</p>"
                ),
                self.report_groups,
                self.report_button,
                self.report_status,
            ]
        )

    # --- the log folder -------------------------------------------------------------------------
    def _folder_changed(self, text: str) -> None:
        if not self._setting_folder:
            self._safely(self.log_status, lambda: self.set_folder(text))

    def set_folder(self, folder: str | os.PathLike[str], create: bool = True) -> Path:
        """Use another log folder (created if missing) and reload the comparison from it."""
        if not str(folder).strip():
            raise DashboardError("geef een map voor het logboek, bv. workshops/mijn-workshop")
        path = Path(folder).expanduser().resolve()
        if create:
            if path.exists() and not path.is_dir():
                raise DashboardError(f"{path} is een bestand, geen map; kies een andere map")
            path.mkdir(parents=True, exist_ok=True)
        self.log = WorkshopLog(path)
        self._setting_folder = True
        try:
            self.folder.value = str(path)  # the absolute path, so the trainer sees where
        finally:
            self._setting_folder = False
        self.reload()
        return path

    # --- groups choose settings ----------------------------------------------------------------
    def _base_changed(self, name: str) -> None:
        scenario = load_scenario(self.files[name])
        set_values(self.controls, scenario)

    def scenario(self) -> Scenario:
        """The base scenario with the group's settings (and ``fixed``)."""
        values = {key: w.value for key, w in self.controls.items()}
        return _with_overrides(load_base(self.files[self.base.value]), values | self.fixed)

    def simulate_group(self) -> pd.DataFrame | None:
        """Run the group's ensemble with a progress bar, append it to the log, reload.

        Returns the runs, or None when the log could not take them (the status says why).
        """
        name = " ".join(self.group_name.value.split())
        if not name:
            raise DashboardError("geef je groep eerst een naam, bv. Groep 1")
        if len(name) > 80:
            raise DashboardError(f"de naam van de groep is {len(name)} tekens lang; hoogstens 80")
        runs, seed = int(self.runs.value), int(self.seed.value)
        scenario = self.scenario()
        self.progress.max = runs
        self.progress.value = 0
        self.progress.bar_style = "info"
        self.run_status.value = f"<i>{i18n.t('busy')} ({runs} runs)</i>"

        def tick(done: int, total: int) -> None:
            self.progress.max = total
            self.progress.value = done

        table = ensemble(scenario, runs=runs, seed=seed, processes=self.processes, progress=tick)
        try:
            self.log.record(name, table)
        except WorkshopLogError as exc:  # e.g. a damaged log: never buried under new rows
            self.progress.bar_style = "danger"
            self.reload()
            self.run_status.value = error_text(exc) + "<p>De runs zijn <b>niet</b> bewaard.</p>"
            return None
        self.progress.bar_style = "success"
        self.reload()
        med = table[["proposals", "initiatives_realised", "budget_spent"]].median()
        seeds = f"seed {seed}" if runs == 1 else f"seeds {seed}-{seed + runs - 1}"
        self.run_status.value = (
            f"<b>{html.escape(name)}</b>: {runs} runs ({seeds}) bewaard in het logboek. "
            f"Mediaan: {format_outcome('proposals', med['proposals'])} voorstellen, "
            f"{format_outcome('initiatives_realised', med['initiatives_realised'])} "
            f"gerealiseerd, {i18n.euro(med['budget_spent'])} uitgegeven. "
            "Zie de <b>Vergelijking</b>."
        )
        return table

    # --- the comparison -------------------------------------------------------------------------
    def reload(self) -> pd.DataFrame | None:
        """Read the log again and redraw the comparison; a damaged log shows its error."""
        try:
            df = self.log.load()
        except WorkshopLogError as exc:
            self.log_df = None
            self.comparison = None
            self.plot_data = {}
            message = error_text(exc)
            self.comparison_html.value = message
            self.log_status.value = message
            _show_png(self.comparison_plot, None)
            self._set_group_options([])
            return None
        except Exception as exc:  # e.g. a folder that cannot be read
            self.error = traceback.format_exc()
            self.log_status.value = error_text(exc)
            return None
        self.log_df = df
        labels = list(dict.fromkeys(batch_labels(df))) if len(df) else []
        self._set_group_options(labels)
        if df.empty:
            self.comparison = compare_groups(df)
            self.plot_data = {}
            where = "" if self.log.folder.exists() else " (de map wordt gemaakt bij de eerste run)"
            self.log_status.value = (
                f"Logboek: <code>{html.escape(str(self.log.path))}</code> · nog leeg{where}"
            )
            self.comparison_html.value = (
                "<p>Nog geen runs in het logboek. Laat een groep simuleren in "
                "<b>Groepen kiezen instellingen</b>.</p>"
            )
            _show_png(self.comparison_plot, None)
            return df
        self.comparison = compare_groups(df)
        groups = df["group"].nunique()
        self.log_status.value = (
            f"Logboek: <code>{html.escape(str(self.log.path))}</code> · {len(df)} runs van "
            f"{groups} {'groep' if groups == 1 else 'groepen'}"
        )
        self.comparison_html.value = self._comparison_table(df)
        self._draw_comparison(df)
        return df

    def _set_group_options(self, labels: list[str]) -> None:
        keep = self.debrief_group.value
        self.debrief_group.options = labels
        if labels:
            self.debrief_group.value = keep if keep in labels else labels[-1]
        chosen = tuple(v for v in self.report_groups.value if v in labels)
        self.report_groups.options = labels
        self.report_groups.value = chosen

    def _comparison_table(self, df: pd.DataFrame) -> str:
        comp = self.comparison
        labelled = df.assign(label=batch_labels(df))
        spreads = {
            label: spread(g, GROUP_OUTCOMES) for label, g in labelled.groupby("label", sort=False)
        }
        head = "".join(
            f"<th data-group='{html.escape(str(g), quote=True)}'>{html.escape(str(g))}</th>"
            for g in comp.index
        )
        rows = []
        cells = "".join(
            "<td class='settings'>"
            + "<br>".join(html.escape(s) for s in str(comp.loc[g, "settings"]).split("; "))
            + "</td>"
            for g in comp.index
        )
        rows.append(f"<tr data-outcome='settings'><td>instellingen</td>{cells}</tr>")
        cells = "".join(
            f"<td>{int(comp.loc[g, 'runs'])} ({html.escape(str(comp.loc[g, 'seeds']))})</td>"
            for g in comp.index
        )
        rows.append(f"<tr data-outcome='runs'><td>runs (seeds)</td>{cells}</tr>")
        for o in GROUP_OUTCOMES:
            cells = []
            for g in comp.index:
                s = spreads[g].loc[o]
                mid = format_outcome(o, comp.loc[g, o])
                if s["runs"] > 1 and s["low"] != s["high"]:
                    lo, hi = format_outcome(o, s["low"]), format_outcome(o, s["high"])
                    mid += f" <span class='range'>({lo} – {hi})</span>"
                cells.append(f"<td>{mid}</td>")
            rows.append(f"<tr data-outcome='{o}'><td>{i18n.t(o)}</td>{''.join(cells)}</tr>")
        return (
            f"<table class='buurtsim-comparison-table'><thead><tr><th>groep</th>{head}</tr>"
            f"</thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def _draw_comparison(self, df: pd.DataFrame) -> None:
        labelled = df.assign(label=batch_labels(df))
        fig = self.figure
        fig.clear()
        left, middle, right = fig.subplots(1, 3, width_ratios=[1.6, 0.55, 1.1])
        counts = outcome_bars_data(labelled, COUNT_OUTCOMES, by="label")
        shares = outcome_bars_data(labelled, SHARE_OUTCOMES, by="label")
        indexes = outcome_bars_data(labelled, INDEX_OUTCOMES, by="label")
        draw_bars(left, counts, legend=True)
        draw_bars(middle, shares, legend=False)
        draw_bars(right, indexes, legend=False)
        right.yaxis.set_major_formatter(i18n.number_formatter(decimals=2))
        left.set_title("aantallen: mediaan en 10-90% per groep", fontsize=10)
        middle.set_title("aandeel", fontsize=10)
        right.set_title("schaal 0-1", fontsize=10)
        self.plot_data = {"counts": counts, "shares": shares, "indexes": indexes}
        _show_png(self.comparison_plot, _png(fig))

    def export(self) -> tuple[Path, Path]:
        """Save every run of the log as CSV and Excel in the log folder (never overwriting)."""
        df = self.reload()
        if df is None:
            raise DashboardError("het logboek kan niet gelezen worden; zie de melding hierboven")
        if df.empty:
            raise DashboardError("er is nog niets om te bewaren: laat eerst een groep simuleren")
        self.exported = export_results(df, self.log.folder, EXPORT_STEM)
        names = " en ".join(f"<code>{html.escape(str(p))}</code>" for p in self.exported)
        self.export_status.value = f"Bewaard: {names}"
        return self.exported

    # --- the groups' runs, back from the log ----------------------------------------------------
    def _batch(self, label: str) -> pd.DataFrame:
        if self.log_df is None or self.log_df.empty:
            raise DashboardError("er zijn nog geen runs in het logboek")
        labels = batch_labels(self.log_df)
        rows = self.log_df[labels == label]
        if rows.empty:
            raise DashboardError(f"er is geen groep {label!r} in het logboek")
        return rows

    # --- the debrief ----------------------------------------------------------------------------
    def show_debrief(self, label: str | None = None) -> list[str]:
        """The talking points of the last run of a group (runs it again, same seed)."""
        label = label if label is not None else self.debrief_group.value
        if not label:
            raise DashboardError("kies eerst een groep; nog geen runs in het logboek?")
        row = self._batch(label).iloc[-1]
        seed = int(row["seed"])
        result = simulate(scenario_of_row(row), seed=seed, keep_model=True)
        self.debrief_result = result
        self.debrief_points = debrief(result)
        items = "".join(f"<li>{html.escape(p)}</li>" for p in self.debrief_points)
        self.debrief_html.value = (
            f"<p><b>{html.escape(label)}</b>, laatste run (seed {seed}):</p><ol>{items}</ol>"
        )
        return self.debrief_points

    # --- the report -----------------------------------------------------------------------------
    def make_report(self, labels: list[str] | None = None) -> Path:
        """Write the one-page report of the chosen groups' settings into the log folder.

        Every group's settings are run with the runs and seeds of the first chosen group, so a
        group's numbers are those of the comparison. Never overwrites (``rapport-2.html``, ...).
        """
        labels = list(labels if labels is not None else self.report_groups.value)
        if not 1 <= len(labels) <= 4:
            raise DashboardError(
                f"kies één tot vier groepen voor het rapport (nu {len(labels)}); "
                "houd Ctrl ingedrukt om er meer te kiezen"
            )
        scenarios, first = [], None
        for label in labels:
            rows = self._batch(label)
            first = rows if first is None else first
            sc = scenario_of_row(rows.iloc[0])
            scenarios.append(_with_overrides(sc, {"neighbourhood.name": label}))
        runs, seed = len(first), int(first["seed"].min())
        self.report_status.value = f"<i>{i18n.t('busy')} ({runs} runs per groep)</i>"
        text = build_report(scenarios, runs=runs, seed=seed, processes=self.processes)
        path = write_report(text, self.log.folder / REPORT_NAME)
        self.report_path = path
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")
        self.report_status.value = (
            f"Rapport bewaard: <code>{html.escape(str(path))}</code> · "
            f"<a download='{html.escape(path.name, quote=True)}' "
            f"href='data:text/html;base64,{data}'>download</a> "
            f"({runs} runs per groep, seeds {seed}-{seed + runs - 1}). Open het in een browser "
            "en kies Afdrukken → Opslaan als PDF."
        )
        return path

    # --- play the municipality ------------------------------------------------------------------
    def game_scenario(self) -> Scenario:
        if self.game_base.value == CURRENT:
            return self.scenario()
        return _with_overrides(load_base(self.files[self.game_base.value]), self.fixed)

    def start_game(self) -> MunicipalityGame:
        """A new game with the chosen rules; runs to the first review."""
        game = MunicipalityGame(self.game_scenario(), seed=int(self.game_seed.value))
        if self.rule_max_cost.value:
            game.add_rule("max_cost", self.rule_max_cost_value.value)
        if self.rule_no_theme.value:
            game.add_rule("no_theme", self.rule_no_theme_value.value)
        if self.rule_min_supporters.value:
            game.add_rule("min_supporters", self.rule_min_supporters_value.value)
        self.game = game
        self.game_table, self.game_points = None, []
        self.game_end.value = ""
        self.game_start.description = "Begin opnieuw"
        self._advance_game()
        return game

    def decide_game(self) -> None:
        """Give the verdicts chosen in the dropdowns and play on to the next review (or end)."""
        if self.game is None or not self.game.pending:
            raise DashboardError("er wacht geen voorstel op jullie oordeel; start het spel")
        self.game.decide({pid: dd.value for pid, dd in self.verdicts.items()})
        self._advance_game()

    def _advance_game(self) -> None:
        game = self.game
        pending = game.advance()
        rules = "; ".join(r.text for r in game.rules) or "geen extra regels"
        if pending:
            self.verdicts = {}
            rows = []
            for p in pending:
                dd = widgets.Dropdown(
                    options=[(v["nl"], k) for k, v in VERDICTS.items()],
                    value="approve",
                    layout=widgets.Layout(width="200px"),
                )
                _classed(dd, "buurtsim-verdict", f"buurtsim-verdict-{p.id}")
                self.verdicts[p.id] = dd
                text = widgets.HTML(
                    f"<b>Voorstel {p.id}</b>: {html.escape(p.text)}",
                    layout=widgets.Layout(width="720px"),
                )
                rows.append(widgets.HBox([text, dd]))
            self.game_pending.children = rows
            self.game_next.disabled = False
            n = len(pending)
            self.game_status.value = (
                f"Week {game.week + 1}: {n} {'voorstel wacht' if n == 1 else 'voorstellen wachten'}"
                f" op jullie oordeel. Tot nu toe {self._verdict_counts()}. "
                f"Kader: {html.escape(rules)}."
            )
            return
        self.verdicts = {}
        self.game_pending.children = []
        self.game_next.disabled = True
        self._finish_game(rules)

    def _verdict_counts(self) -> str:
        """``3 goedgekeurd, 1 ingekort, 0 tegengehouden``: the group's verdicts so far."""
        made = [d["verdict"] for d in self.game.decisions]
        words = {"approve": "goedgekeurd", "trim": "ingekort", "veto": "tegengehouden"}
        return ", ".join(f"{made.count(v)} {w}" for v, w in words.items())

    def _finish_game(self, rules: str) -> None:
        game = self.game
        table = game.compare()
        self.game_table = table
        self.game_points = debrief(game.result())
        head = "".join(f"<th>{html.escape(str(n))}</th>" for n in table.index)
        rows = [
            "<tr><td>extra regels</td>"
            + "".join(f"<td>{html.escape(str(r))}</td>" for r in table["rules"])
            + "</tr>",
            "<tr><td>controle door de gemeente</td><td>jullie beslissingen</td>"
            + "".join(f"<td>{i18n.percent(c, 0)}</td>" for c in table["municipality.control"][1:])
            + "</tr>",
        ]
        for o in COMPARE_OUTCOMES:
            cells = "".join(f"<td>{format_outcome(o, v)}</td>" for v in table[o])
            rows.append(f"<tr data-outcome='{o}'><td>{i18n.t(o)}</td>{cells}</tr>")
        items = "".join(f"<li>{html.escape(p)}</li>" for p in self.game_points)
        self.game_status.value = (
            f"Het spel is afgelopen na week {game.week}: {self._verdict_counts()}."
        )
        self.game_end.value = (
            f"<h4>Wat deden jullie keuzes? Dezelfde buurt, dezelfde seed ({game.seed})</h4>"
            f"<table class='buurtsim-game-table'><thead><tr><th></th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
            f"<h4>Gespreksstof uit jullie run</h4><ol>{items}</ol>"
        )

    # --- plumbing -------------------------------------------------------------------------------
    def _safely(self, status: widgets.HTML, action: Callable[[], Any]) -> Any:
        """Run a button's action; any failure becomes a Dutch line in ``status``."""
        buttons = (self.run_button, self.report_button, self.game_start)
        was = [b.disabled for b in buttons]
        for b in buttons:
            b.disabled = True
        try:
            return action()
        except Exception as exc:  # shown in Dutch, never as a traceback
            self.error = traceback.format_exc()
            status.value = error_text(exc)
            return None
        finally:
            for b, d in zip(buttons, was, strict=True):
                b.disabled = d

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


__all__ = ["GROUP_KEYS", "LOG_NAME", "Dashboard", "DashboardError", "default_folder"]
