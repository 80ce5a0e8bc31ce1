"""The workshop dashboard itself: the parts put together, and the actions of its buttons."""

from __future__ import annotations

import base64
import html
import os
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd
from matplotlib.figure import Figure

from ... import i18n
from ...experiments import ensemble, simulate
from ...scenarios import Scenario, load_scenario
from ...scenarios import with_overrides as _with_overrides
from ...workshop import MunicipalityGame, WorkshopLog, WorkshopLogError, debrief
from ...workshop.report import build_report, format_outcome, write_report
from ..controls import load_base, scenario_files, set_values
from .common import (
    CSS,
    REPORT_NAME,
    TAB_TITLES,
    DashboardError,
    classed,
    error_text,
    scenario_of_row,
)
from .comparison import ComparisonPart
from .game import GamePart
from .parts import DashboardParts


class Dashboard(DashboardParts, ComparisonPart, GamePart):
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
        self.tabs = classed(
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
        self.widget = classed(
            widgets.VBox([widgets.HTML(CSS), self.header, self.tabs]), "buurtsim-dashboard"
        )
        self.reload()

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
