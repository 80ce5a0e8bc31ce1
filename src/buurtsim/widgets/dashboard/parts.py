"""Building the dashboard's parts: the header, and one tab each (see the package docstring)."""

from __future__ import annotations

import html
import os
from pathlib import Path

import ipywidgets as widgets

from ... import i18n
from ...model.themes import THEMES
from ...workshop.server_state import TOKEN_ENV, URL_ENV
from ..controls import controls_for, with_readout
from .common import (
    CURRENT,
    GROUP_KEYS,
    STYLE,
    WIDE,
    DashboardError,
    base_options,
    button,
    classed,
    css_name,
    number_field,
)
from .state import DashboardState


def qr_svg(text: str) -> str:
    """A QR code of ``text`` as inline SVG (made here; nothing is fetched)."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    return image.to_string(encoding="unicode")


class DashboardParts(DashboardState):
    """The widgets of the dashboard, built once by :class:`~.board.Dashboard`."""

    def _build_header(self) -> None:
        title = widgets.HTML(f"<h2 style='margin:0'>{i18n.t('db_title')}</h2>")
        self.lang_switch.tooltip = i18n.t("db_language")
        top = widgets.HBox(
            [title, self.lang_switch],
            layout=widgets.Layout(
                justify_content="space-between", align_items="center", max_width="900px"
            ),
        )
        intro = widgets.HTML(f"<p style='max-width:900px'>{i18n.t('db_intro')}</p>")
        self.folder = classed(
            widgets.Text(
                value=str(self.log.folder),
                description=i18n.t("db_folder"),
                placeholder=i18n.t("db_folder_hint"),
                tooltip=i18n.t("db_folder_tip"),
                continuous_update=False,
                style=STYLE,
                layout=widgets.Layout(width="700px"),
            ),
            "buurtsim-log-folder",
        )
        self.folder_button = classed(
            button(description=i18n.t("db_folder_use"), icon="folder-open"),
            "buurtsim-log-open",
        )
        self.log_status = classed(widgets.HTML(), "buurtsim-log-status")
        self.folder.observe(lambda change: self._folder_changed(change["new"]), names="value")
        self.folder_button.on_click(lambda _b: self._folder_changed(self.folder.value))
        folder_row = widgets.HBox([self.folder, self.folder_button])
        if not self.may_choose_folder:  # served: only the trainer view chooses the folder
            folder_row.layout.display = "none"
        self._build_group_row()
        parts = [top, intro, self.join_box(), folder_row, self.log_status, self.group_row]
        self.header = widgets.VBox(parts)

    def _build_group_row(self) -> None:
        self.group_name = classed(
            widgets.Text(
                value="",
                description=i18n.t("group_name"),
                placeholder=i18n.t("db_group_hint"),
                continuous_update=False,
                style=STYLE,
                layout=widgets.Layout(width="420px"),
            ),
            "buurtsim-group-name",
        )
        self.new_group_button = classed(
            button(description=i18n.t("new_group"), icon="user-plus"), "buurtsim-new-group"
        )
        self.name_status = classed(widgets.HTML(), "buurtsim-name-status")
        self.group_name.observe(lambda change: self._name_changed(change["new"]), names="value")
        self.new_group_button.on_click(lambda _b: self._safely("run_status", self.new_group))
        self.group_row = widgets.HBox(
            [self.group_name, self.new_group_button, self.name_status],
            layout=widgets.Layout(flex_flow="row wrap", align_items="center"),
        )

    def join_box(self) -> widgets.HTML:
        """How groups join with their own device (URL, token, QR code); empty when not served."""
        url = os.environ.get(URL_ENV, "").strip()
        box = classed(widgets.HTML(), "buurtsim-join")
        if not url:
            return box
        token = os.environ.get(TOKEN_ENV, "")
        text = i18n.tf("join_text", url=html.escape(url), token=html.escape(token))
        box.value = (
            f"<details{' open' if self.trainer else ''}><summary><b>{i18n.t('join_title')}"
            f"</b></summary><div style='display:flex;gap:20px;align-items:center'>"
            f"<div class='buurtsim-qr'>{qr_svg(url)}</div><p style='max-width:520px'>"
            f"{text}</p></div></details>"
        )
        return box

    def _build_settings(self, base: str, runs: int, seed: int) -> None:
        options = base_options(self.files)
        stem = Path(base).stem if Path(base).suffix in (".yaml", ".yml") else str(base)
        if stem not in self.files:
            raise DashboardError("db_base_unknown", base=base, names=", ".join(self.files))
        self.base = classed(
            widgets.Dropdown(
                options=options,
                value=stem,
                description=i18n.t("db_base"),
                style=STYLE,
                layout=widgets.Layout(width="420px"),
            ),
            "buurtsim-base",
        )
        self.controls = controls_for(GROUP_KEYS, self.files[stem], self.lang)
        for key, w in self.controls.items():
            classed(w, "buurtsim-control", f"buurtsim-control-{css_name(key)}")
        self.base.observe(lambda change: self._base_changed(change["new"]), names="value")
        self.runs = classed(
            number_field(
                runs,
                i18n.t("field_runs"),
                "220px",
                tooltip=i18n.t("db_runs_tip"),
            ),
            "buurtsim-runs",
        )
        self.seed = classed(
            number_field(
                seed,
                i18n.t("field_seed"),
                "260px",
                tooltip=i18n.t("db_seed_tip"),
            ),
            "buurtsim-seed",
        )
        self.run_button = classed(
            button(description=i18n.t("run"), button_style="primary", icon="play"),
            "buurtsim-run",
        )
        self.progress = classed(
            widgets.IntProgress(value=0, min=0, max=int(runs), description=i18n.t("db_progress")),
            "buurtsim-progress",
        )
        self.run_status = classed(widgets.HTML(), "buurtsim-run-status")
        self.run_button.on_click(lambda _b: self._safely("run_status", self.simulate_group))
        self.retry_button = classed(
            button(description=i18n.t("retry"), button_style="warning", icon="refresh"),
            "buurtsim-retry",
        )
        self.retry_button.on_click(lambda _b: self._safely("run_status", self.retry_save))
        self.download = classed(widgets.HTML(), "buurtsim-download")
        self.retry_box = widgets.HBox([self.retry_button, self.download])
        self.retry_box.layout.display = "none"
        left = widgets.VBox(
            [
                self.base,
                widgets.HBox([self.runs, self.seed]),
                widgets.HBox([self.run_button, self.progress]),
                self.run_status,
                self.retry_box,
            ],
            layout=widgets.Layout(min_width="440px", margin="0 20px 0 0"),
        )
        right = widgets.VBox([with_readout(w, self.lang) for w in self.controls.values()])
        hint = widgets.HTML(f"<p>{i18n.t('db_settings_hint')}</p>")
        self.settings_box = widgets.VBox(
            [hint, widgets.HBox([left, right], layout=widgets.Layout(flex_flow="row wrap"))]
        )

    def _build_comparison(self) -> None:
        self.comparison_html = classed(widgets.HTML(), "buurtsim-comparison")
        self.comparison_plot = classed(widgets.Output(), "buurtsim-comparison-plot")
        self.export_button = classed(
            button(description=i18n.t("export"), icon="save"), "buurtsim-export"
        )
        self.export_status = classed(widgets.HTML(), "buurtsim-export-status")
        self.export_button.on_click(lambda _b: self._safely("export_status", self.export))
        self.reload_button = classed(
            button(description=i18n.t("db_reload"), icon="refresh"), "buurtsim-reload"
        )
        self.reload_button.on_click(lambda _b: self._safely("log_status", self.reload))
        self.comparison_box = widgets.VBox(
            [
                widgets.HTML(f"<p>{i18n.t('db_comparison_hint')}</p>"),
                self.comparison_html,
                self.comparison_plot,
                widgets.HBox([self.reload_button, self.export_button]),
                self.export_status,
            ]
        )

    def _build_game(self, seed: int) -> None:
        options = [(i18n.t("game_with_current"), CURRENT)]
        options += base_options(self.files)
        self.game_base = classed(
            widgets.Dropdown(
                options=options,
                value=CURRENT,
                description=i18n.t("game_with"),
                style=STYLE,
                layout=WIDE,
            ),
            "buurtsim-game-base",
        )
        self.game_seed = classed(
            number_field(seed, i18n.t("field_game_seed"), "200px"), "buurtsim-game-seed"
        )
        box = widgets.Layout(width="auto")
        self.rule_max_cost = classed(
            widgets.Checkbox(
                value=False,
                description=i18n.t("game_rule_max_cost"),
                indent=False,
                layout=box,
            ),
            "buurtsim-rule-max-cost",
        )
        self.rule_max_cost_value = classed(
            number_field(2000, "", "120px"), "buurtsim-rule-max-cost-value"
        )
        self.rule_no_theme = classed(
            widgets.Checkbox(
                value=False,
                description=i18n.t("game_rule_no_theme"),
                indent=False,
                layout=box,
            ),
            "buurtsim-rule-no-theme",
        )
        self.rule_no_theme_value = classed(
            widgets.Dropdown(
                options=[(i18n.t(th.key), th.key) for th in THEMES],
                value="food",
                layout=widgets.Layout(width="180px"),
            ),
            "buurtsim-rule-no-theme-value",
        )
        self.rule_min_supporters = classed(
            widgets.Checkbox(
                value=False,
                description=i18n.t("game_rule_min_supporters"),
                indent=False,
                layout=box,
            ),
            "buurtsim-rule-min-supporters",
        )
        self.rule_min_supporters_value = classed(
            number_field(2, "", "80px"), "buurtsim-rule-min-supporters-value"
        )
        self.game_start = classed(
            button(description=i18n.t("game_start"), button_style="primary", icon="play"),
            "buurtsim-game-start",
        )
        self.game_next = classed(
            button(description=i18n.t("game_next"), icon="gavel", disabled=True),
            "buurtsim-game-next",
        )
        self.game_status = classed(widgets.HTML(), "buurtsim-game-status")
        self.game_pending = classed(widgets.VBox(), "buurtsim-game-pending")
        self.game_end = classed(widgets.HTML(), "buurtsim-game-end")
        self.game_saved = classed(widgets.HTML(), "buurtsim-game-saved")
        self.game_retry = classed(
            button(description=i18n.t("retry"), button_style="warning", icon="refresh"),
            "buurtsim-game-retry",
        )
        self.game_retry.on_click(lambda _b: self._safely("game_saved", self.save_game))
        self.game_retry.layout.display = "none"
        self.game_start.on_click(lambda _b: self._safely("game_status", self.start_game))
        self.game_next.on_click(lambda _b: self._safely("game_status", self.decide_game))
        rules = widgets.VBox(
            [
                widgets.HTML(i18n.t("game_rules_head")),
                widgets.HBox([self.rule_max_cost, self.rule_max_cost_value]),
                widgets.HBox([self.rule_no_theme, self.rule_no_theme_value]),
                widgets.HBox([self.rule_min_supporters, self.rule_min_supporters_value]),
                widgets.HTML(
                    f"<p style='font-size:12px;color:#555'>{i18n.t('game_rules_note')}</p>"
                ),
            ]
        )
        self.game_box = widgets.VBox(
            [
                widgets.HTML(f"<p>{i18n.t('game_intro')}</p>"),
                widgets.HBox([self.game_base, self.game_seed]),
                rules,
                self.game_start,
                self.game_status,
                self.game_pending,
                self.game_next,
                self.game_end,
                self.game_saved,
                self.game_retry,
            ]
        )

    def _build_debrief(self) -> None:
        self.debrief_group = classed(
            widgets.Dropdown(
                options=[], description=i18n.t("debrief_group"), style=STYLE, layout=WIDE
            ),
            "buurtsim-debrief-group",
        )
        self.debrief_button = classed(
            button(description=i18n.t("debrief_button"), icon="comments"),
            "buurtsim-debrief-button",
        )
        self.debrief_html = classed(widgets.HTML(), "buurtsim-debrief-points")
        self.debrief_button.on_click(lambda _b: self._safely("debrief_html", self.show_debrief))
        self.debrief_box = widgets.VBox(
            [
                widgets.HTML(f"<p>{i18n.t('debrief_intro')}</p>"),
                widgets.HBox([self.debrief_group, self.debrief_button]),
                self.debrief_html,
            ]
        )

    def _build_report(self) -> None:
        self.report_groups = classed(
            widgets.SelectMultiple(
                options=[],
                rows=6,
                description=i18n.t("report_groups"),
                style=STYLE,
                layout=WIDE,
            ),
            "buurtsim-report-groups",
        )
        self.report_button = classed(
            button(description=i18n.t("report_button"), icon="file"), "buurtsim-report-button"
        )
        self.report_status = classed(widgets.HTML(), "buurtsim-report-status")
        self.report_button.on_click(lambda _b: self._safely("report_status", self.make_report))
        self.report_box = widgets.VBox(
            [
                widgets.HTML(f"<p>{i18n.t('report_intro')}</p>"),
                self.report_groups,
                self.report_button,
                self.report_status,
            ]
        )
