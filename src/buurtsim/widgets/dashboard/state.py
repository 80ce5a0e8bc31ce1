"""What every part of the dashboard may read: the attributes :class:`~.board.Dashboard` sets up.

The parts (groups, live view, saving, comparison, game) are mixins of one
:class:`~.board.Dashboard`; each inherits :class:`DashboardState`, so a type checker knows the
widgets and state the others set up. Nothing here runs: the annotations only declare.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
from matplotlib.figure import Figure

if TYPE_CHECKING:
    from ...scenarios import Scenario
    from ...workshop import MunicipalityGame, WorkshopLog
    from ...workshop.server_state import ServerState


class DashboardState:
    """The dashboard's shared attributes (widgets are ipywidgets, untyped: ``Any``)."""

    # the language (speech.py)
    lang: str
    _said: dict[str, Callable[[], str]]
    _kept_choices: tuple[int | None, list[int]]
    # who is using the page (session.py)
    state: ServerState | None
    device: str | None
    session: str
    trainer: bool
    may_choose_folder: bool
    _claimed: str | None
    # the log and what was read from it
    log: WorkshopLog
    log_df: pd.DataFrame | None
    comparison: pd.DataFrame | None
    plot_data: dict[str, pd.DataFrame]
    figure: Figure
    exported: tuple[Path, Path] | None
    error: str | None
    _seen: tuple[int, int] | None
    # the settings and the runs of a group
    files: dict[str, Path]
    fixed: dict[str, Any]
    processes: int | None
    start_values: dict[str, str]
    controls: dict[str, Any]
    unsaved: tuple[str, pd.DataFrame, str] | None
    # the game of exercise 2
    game: MunicipalityGame | None
    game_group: str | None
    game_batch: str | None
    game_table: pd.DataFrame | None
    game_points: list[str]
    game_asked: int | None
    _game_points: dict[str, list[str]]
    verdicts: dict[int, Any]
    _confirming: bool
    # the debrief and the report
    debrief_points: list[str]
    debrief_result: Any
    report_path: Path | None
    # widgets (parts.py, and the kept ones of speech.py and live.py)
    widget: Any
    body: Any
    lang_switch: Any
    tabs: Any
    debrief_html: Any
    base: Any
    runs: Any
    seed: Any
    group_name: Any
    name_status: Any
    run_status: Any
    progress: Any
    retry_box: Any
    download: Any
    log_status: Any
    comparison_html: Any
    comparison_plot: Any
    export_status: Any
    debrief_group: Any
    report_groups: Any
    game_base: Any
    game_seed: Any
    game_start: Any
    game_next: Any
    game_retry: Any
    game_status: Any
    game_pending: Any
    game_saved: Any
    game_end: Any
    rule_max_cost: Any
    rule_max_cost_value: Any
    rule_min_supporters: Any
    rule_min_supporters_value: Any
    rule_no_theme: Any
    rule_no_theme_value: Any
    run_button: Any
    report_button: Any
    retry_button: Any
    report_status: Any
    heartbeat: Any
    ticker: Any

    if TYPE_CHECKING:
        # methods of one part that another calls

        def reload(self) -> pd.DataFrame | None: ...
        def speaking(self) -> AbstractContextManager[str]: ...
        def _say(self, attr: str, render: Callable[[], str] | None) -> None: ...
        def _render(self, base: str) -> None: ...
        def _show_game(self, verdicts: dict[int, str] | None = None) -> None: ...
        def _quietly_set_name(self, name: str) -> None: ...
        def _beat_html(self) -> str: ...
        def reset_game(self) -> None: ...
        def group(self) -> str: ...
        def scenario(self) -> Scenario: ...
        def _show_folder(self) -> None: ...
        def _base_changed(self, name: str) -> None: ...
        def _folder_changed(self, text: str) -> None: ...
        def _build_live(self) -> None: ...
        def _name_changed(self, text: str) -> None: ...
        def _safely(self, status: Any, action: Callable[[], Any]) -> Any: ...
        def new_group(self) -> None: ...
        def simulate_group(self) -> pd.DataFrame | None: ...
        def retry_save(self) -> bool: ...
        def export(self) -> tuple[Path, Path]: ...
        def save_game(self) -> bool: ...
        def start_game(self) -> MunicipalityGame | None: ...
        def decide_game(self) -> None: ...
        def show_debrief(self, label: str | None = None) -> list[str]: ...
        def make_report(self, labels: list[str] | None = None) -> Path: ...
