"""The workshop dashboard itself: the parts put together, and the actions of its buttons."""

from __future__ import annotations

import base64
import html
import os
import secrets
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qs

import ipywidgets as widgets
import pandas as pd
from matplotlib.figure import Figure

from ... import i18n
from ...experiments import simulate
from ...language import resolve
from ...plots.style import DISPLAY_DPI
from ...scenarios import Scenario, load_scenario
from ...scenarios import with_overrides as _with_overrides
from ...workshop import MunicipalityGame, WorkshopLog, debrief
from ...workshop.report import build_report, write_report
from ...workshop.server_state import TRAINER_ENV, resolve_folder
from ..controls import load_base, scenario_files, set_values
from .common import (
    CSS,
    REPORT_NAME,
    TAB_KEYS,
    DashboardError,
    classed,
    default_folder,
    error_text,
    scenario_of_row,
)
from .comparison import COMPARISON_SIZE, ComparisonPart
from .game import GamePart, replay_game
from .live import LivePart
from .parts import DashboardParts
from .saving import SavePart
from .session import GroupPart
from .speech import LanguagePart, spoken


def trainer_view() -> bool:
    """True when this page was opened with the server's trainer key (``?trainer=KEY``)."""
    key = os.environ.get(TRAINER_ENV, "")
    query = parse_qs(os.environ.get("QUERY_STRING", ""))
    return bool(key) and any(secrets.compare_digest(v, key) for v in query.get("trainer", []))


class Dashboard(
    DashboardParts, LanguagePart, GroupPart, LivePart, SavePart, ComparisonPart, GamePart
):
    """The workshop dashboard; see the module docstring for its parts and hooks.

    ``folder`` is the log folder (default :func:`default_folder`), ``base`` the scenario the
    groups start from, ``runs`` and ``seed`` the defaults of a group's ensemble, ``fixed``
    dotted settings applied to every run and not shown (e.g. ``{"run.weeks": 30}``), and
    ``processes`` the worker processes of an ensemble. ``view`` is ``"group"`` or
    ``"trainer"`` (default: the trainer view when the page was opened with the server's trainer
    key, see :func:`trainer_view`), ``session`` the device session of the group (default: the
    one the server keeps for this browser, or ``"local"``). ``lang`` is the language it starts
    in (default: the one this device chose last time on a served workshop, else
    :func:`buurtsim.language.current`); the NL | EN switch in its header changes it
    (:meth:`~.speech.LanguagePart.set_language`).
    """

    def __init__(
        self,
        folder: str | os.PathLike[str] | None = None,
        base: str = "arendonk",
        runs: int = 10,
        seed: int = 1,
        fixed: Mapping[str, Any] | None = None,
        processes: int | None = 1,
        view: str | None = None,
        session: str | None = None,
        lang: str | None = None,
    ):
        self.trainer = trainer_view() if view is None else view == "trainer"
        self._init_identity(session)
        self.may_choose_folder = self.state is None or self.trainer
        self.start_values = {"base": Path(base).stem, "runs": str(runs), "seed": str(seed)}
        self.unsaved: tuple[str, pd.DataFrame, str] | None = None
        self.fixed = dict(fixed or {})
        if self.fixed:  # a bad fixed setting is the caller's mistake: fail at once
            _with_overrides(load_base(base), self.fixed)
        self.processes = processes
        self.files = scenario_files()
        self.log_df: pd.DataFrame | None = None
        self.comparison: pd.DataFrame | None = None
        self.plot_data: dict[str, pd.DataFrame] = {}
        self.figure = Figure(figsize=COMPARISON_SIZE, dpi=DISPLAY_DPI, layout="constrained")
        self.game: MunicipalityGame | None = None
        self.game_group: str | None = None
        self.game_batch: str | None = None
        self._confirming = False
        self.game_table: pd.DataFrame | None = None
        self.game_points: list[str] = []
        self.verdicts: dict[int, widgets.Dropdown] = {}
        self.debrief_points: list[str] = []
        self.debrief_result = None
        self.report_path: Path | None = None
        self.exported: tuple[Path, Path] | None = None
        self.error: str | None = None  # the last traceback, for whoever debugs the dashboard
        self._setting_folder = False
        self._said: dict[str, Callable[[], str]] = {}
        self._kept_choices: tuple[int | None, list[int]] = (None, [])
        self.lang = self._first_language(lang)
        self.log = WorkshopLog(resolve_folder(folder) if folder is not None else default_folder())
        self._build_live()
        self._build_switch()
        self.widget = classed(widgets.VBox([self.heartbeat, self.ticker]), "buurtsim-dashboard")
        with self.speaking():
            self._render(base)
            if self.trainer:
                self.tabs.selected_index = TAB_KEYS.index("tab_comparison")
            self._restore_group()
            self.reload()

    def _first_language(self, lang: str | None) -> str:
        """``lang``, else the language this device chose last time (served), else the current."""
        if lang is None and self.state is not None and self.device is not None:
            lang = self.state.language_of(self.device)
        return resolve(lang)

    def _render(self, base: str) -> None:
        """Build every part in the dashboard's language (at the start, and at a switch)."""
        start = self.start_values
        self._build_header()
        self._build_settings(base, int(start["runs"]), int(start["seed"]))
        self._build_comparison()
        self._build_game(int(start["seed"]))
        self._build_debrief()
        self._build_report()
        self.tabs = classed(
            widgets.Tab(
                children=[
                    self.settings_box,
                    self.comparison_box,
                    self.game_box,
                    self.debrief_box,
                    self.report_box,
                ],
                titles=[i18n.t(key) for key in TAB_KEYS],
            ),
            "buurtsim-tabs",
        )
        if self.trainer:
            self.header.children = (*self.header.children, widgets.HTML(i18n.t("trainer_view")))
        self.body = widgets.VBox([widgets.HTML(CSS), self.header, self.tabs])
        self.widget.children = (self.heartbeat, self.ticker, self.body)

    # --- the log folder -------------------------------------------------------------------------
    def _folder_changed(self, text: str) -> None:
        if not self._setting_folder:
            self._safely("log_status", lambda: self.set_folder(text))

    @spoken
    def set_folder(self, folder: str | os.PathLike[str], create: bool = True) -> Path:
        """Use another log folder (created if missing) and reload the comparison from it.

        A relative folder counts from where the trainer started the server. On a served
        workshop only the trainer view may do this, and it does it for every page at once.
        """
        if not self.may_choose_folder:
            raise DashboardError("folder_trainer_only")
        if not str(folder).strip():
            raise DashboardError("db_folder_empty")
        path = resolve_folder(folder)
        if create:
            if path.exists() and not path.is_dir():
                raise DashboardError("db_folder_file", path=str(path))
            path.mkdir(parents=True, exist_ok=True)
        if self.state is not None:
            self.state.set_folder(path)
        self.log = WorkshopLog(path)
        self._claimed = None
        self._show_folder()
        if self.state is not None:
            self.log_status.value += f" · {i18n.tf('folder_for_all', path=html.escape(str(path)))}"
        return path

    def _show_folder(self) -> None:
        self._setting_folder = True
        try:
            self.folder.value = str(self.log.folder)  # the absolute path: the trainer sees where
        finally:
            self._setting_folder = False
        self.reload()

    # --- groups choose settings ----------------------------------------------------------------
    def _base_changed(self, name: str) -> None:
        scenario = load_scenario(self.files[name])
        set_values(self.controls, scenario)

    def scenario(self) -> Scenario:
        """The base scenario with the group's settings (and ``fixed``)."""
        values = {key: w.value for key, w in self.controls.items()}
        return _with_overrides(load_base(self.files[self.base.value]), values | self.fixed)

    # --- the debrief ----------------------------------------------------------------------------
    @spoken
    def show_debrief(self, label: str | None = None) -> list[str]:
        """The talking points of the last run of a group (runs it again, same seed)."""
        label = label if label is not None else self.debrief_group.value
        if not label:
            raise DashboardError("debrief_choose")
        row = self._batch(label).iloc[-1]
        seed = int(row["seed"])
        if str(row.get("kind", "")) == "game":  # the group's own game, played again
            result = replay_game(scenario_of_row(row), seed, str(row.get("game", "")))
        else:
            result = simulate(scenario_of_row(row), seed=seed, keep_model=True)
        self.debrief_result = result
        self._say("debrief_html", lambda: self._debrief_text(label, seed))
        return self.debrief_points

    def _debrief_text(self, label: str, seed: int) -> str:
        """The talking points of the kept run, in the current language (no new simulation)."""
        self.debrief_points = debrief(self.debrief_result)
        items = "".join(f"<li>{html.escape(p)}</li>" for p in self.debrief_points)
        head = i18n.tf("debrief_head", group=html.escape(label), seed=seed)
        return f"<p>{head}</p><ol>{items}</ol>"

    # --- the report -----------------------------------------------------------------------------
    @spoken
    def make_report(self, labels: list[str] | None = None) -> Path:
        """Write the one-page report of the chosen groups' settings into the log folder.

        Every group's settings are run with the runs and seeds of the first chosen group, so a
        group's numbers are those of the comparison. Never overwrites (``rapport-2.html``, ...).
        """
        labels = list(labels if labels is not None else self.report_groups.value)
        if not 1 <= len(labels) <= 4:
            raise DashboardError("report_count", n=len(labels))
        scenarios, first = [], None
        for label in labels:
            rows = self._batch(label)
            first = rows if first is None else first
            sc = scenario_of_row(rows.iloc[0])
            scenarios.append(_with_overrides(sc, {"neighbourhood.name": label}))
        first = cast(pd.DataFrame, first)  # labels is not empty
        runs, seed = len(first), int(first["seed"].min())
        self._say("report_status", lambda: f"<i>{i18n.tf('report_busy', runs=runs)}</i>")
        text = build_report(scenarios, runs=runs, seed=seed, processes=self.processes)
        path = write_report(text, self.log.folder / REPORT_NAME)
        self.report_path = path
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")

        def saved() -> str:
            link = (
                f"<a download='{html.escape(path.name, quote=True)}' "
                f"href='data:text/html;base64,{data}'>{i18n.t('report_download')}</a>"
            )
            return i18n.tf(
                "report_saved",
                path=html.escape(str(path)),
                link=link,
                runs=runs,
                first=seed,
                last=seed + runs - 1,
            )

        self._say("report_status", saved)
        return path

    # --- plumbing -------------------------------------------------------------------------------
    def _safely(self, status: str, action: Callable[[], Any]) -> Any:
        """Run a button's action in the dashboard's language; any failure becomes a line in
        the HTML widget ``self.<status>``, in that language."""
        buttons = (self.run_button, self.report_button, self.game_start, self.retry_button)
        was = [b.disabled for b in buttons]
        for b in buttons:
            b.disabled = True
        try:
            with self.speaking():
                return action()
        except Exception as exc:  # shown in words, never as a traceback
            self.error = traceback.format_exc()
            failure = exc  # the name exc is gone after the except block
            with self.speaking():
                self._say(status, lambda: error_text(failure))
            return None
        finally:
            for b, d in zip(buttons, was, strict=True):
                b.disabled = d

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
