"""Building the dashboard's parts: the header, and one tab each (see the package docstring)."""

from __future__ import annotations

import html
import os
from pathlib import Path

import ipywidgets as widgets

from ... import i18n
from ...model.themes import THEMES
from ...scenarios import load_scenario
from ...workshop import WorkshopLog
from ...workshop.server_state import TOKEN_ENV, URL_ENV, resolve_folder
from ..controls import controls_for, with_readout
from .common import (
    CURRENT,
    GROUP_KEYS,
    STYLE,
    WIDE,
    DashboardError,
    button,
    classed,
    css_name,
    default_folder,
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

    def _build_header(self, folder) -> None:
        intro = widgets.HTML(
            "<h2 style='margin:0'>Workshop buurtbudget</h2>"
            "<p style='max-width:900px'>Elke groep kiest instellingen voor haar buurtbudget en "
            "laat de simulatie lopen. Elke simulatie komt in het logboek hieronder en verschijnt "
            "in de <b>Vergelijking</b> naast die van de andere groepen. Daarna speelt elke groep "
            "zelf de gemeente. Het model is een oefenterrein, geen voorspelling: de getallen "
            "volgen uit aannames.</p>"
        )
        start = resolve_folder(folder) if folder is not None else default_folder()
        self.log = WorkshopLog(start)
        self.folder = classed(
            widgets.Text(
                value=str(start),
                description="Map van het logboek",
                placeholder="bv. workshops/2025-03-12-gemeente",
                tooltip="De simulaties van alle groepen komen in workshop-log.csv in deze map",
                continuous_update=False,
                style=STYLE,
                layout=widgets.Layout(width="700px"),
            ),
            "buurtsim-log-folder",
        )
        self.folder_button = classed(
            button(description="Gebruik deze map", icon="folder-open"),
            "buurtsim-log-open",
        )
        self.log_status = classed(widgets.HTML(), "buurtsim-log-status")
        self.folder.observe(lambda change: self._folder_changed(change["new"]), names="value")
        self.folder_button.on_click(lambda _b: self._folder_changed(self.folder.value))
        folder_row = widgets.HBox([self.folder, self.folder_button])
        if not self.may_choose_folder:  # served: only the trainer view chooses the folder
            folder_row.layout.display = "none"
        self._build_group_row()
        self._build_live()
        parts = [intro, self.join_box(), folder_row, self.log_status, self.group_row]
        self.header = widgets.VBox([self.heartbeat, self.ticker, *parts])

    def _build_group_row(self) -> None:
        self.group_name = classed(
            widgets.Text(
                value="",
                description=i18n.t("group_name"),
                placeholder="bv. Groep 1",
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
        self.new_group_button.on_click(lambda _b: self._safely(self.run_status, self.new_group))
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
        options = [(load_scenario(p).neighbourhood.name, name) for name, p in self.files.items()]
        stem = Path(base).stem if Path(base).suffix in (".yaml", ".yml") else str(base)
        if stem not in self.files:
            raise DashboardError(
                f"het basisscenario {base!r} bestaat niet; kies uit {', '.join(self.files)}"
            )
        self.base = classed(
            widgets.Dropdown(
                options=options,
                value=stem,
                description="Basisscenario",
                style=STYLE,
                layout=widgets.Layout(width="420px"),
            ),
            "buurtsim-base",
        )
        self.controls = controls_for(GROUP_KEYS, self.files[stem])
        for key, w in self.controls.items():
            classed(w, "buurtsim-control", f"buurtsim-control-{css_name(key)}")
        self.base.observe(lambda change: self._base_changed(change["new"]), names="value")
        self.runs = classed(
            number_field(
                runs,
                i18n.t("field_runs"),
                "220px",
                tooltip="Eén simulatie is een anekdote: neem er meerdere (bv. 10)",
            ),
            "buurtsim-runs",
        )
        self.seed = classed(
            number_field(
                seed,
                i18n.t("field_seed"),
                "260px",
                tooltip="Hetzelfde startgetal: dezelfde buurt en dezelfde bewoners bij de start",
            ),
            "buurtsim-seed",
        )
        self.run_button = classed(
            button(description=i18n.t("run"), button_style="primary", icon="play"),
            "buurtsim-run",
        )
        self.progress = classed(
            widgets.IntProgress(value=0, min=0, max=int(runs), description="Voortgang"),
            "buurtsim-progress",
        )
        self.run_status = classed(widgets.HTML(), "buurtsim-run-status")
        self.run_button.on_click(lambda _b: self._safely(self.run_status, self.simulate_group))
        self.retry_button = classed(
            button(description=i18n.t("retry"), button_style="warning", icon="refresh"),
            "buurtsim-retry",
        )
        self.retry_button.on_click(lambda _b: self._safely(self.run_status, self.retry_save))
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
        right = widgets.VBox([with_readout(w) for w in self.controls.values()])
        hint = widgets.HTML(
            "<p>Vul de naam van je groep in, kies je instellingen en klik op "
            "<b>Simuleer</b>. De andere instellingen komen uit het basisscenario.</p>"
        )
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
        self.export_button.on_click(lambda _b: self._safely(self.export_status, self.export))
        self.reload_button = classed(
            button(description="Herlaad het logboek", icon="refresh"), "buurtsim-reload"
        )
        self.reload_button.on_click(lambda _b: self.reload())
        self.comparison_box = widgets.VBox(
            [
                widgets.HTML(
                    "<p>Per groep: de mediaan over haar simulaties, met tussen haakjes 10% – 90% "
                    "van de simulaties. Een groep die twee keer simuleerde, staat er twee keer "
                    "(1), (2).</p>"
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
        self.game_base = classed(
            widgets.Dropdown(
                options=options,
                value=CURRENT,
                description="Speel met",
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
                description="hoogstens dit bedrag per project (euro):",
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
                value=False, description="geen ideeën rond het thema:", indent=False, layout=box
            ),
            "buurtsim-rule-no-theme",
        )
        self.rule_no_theme_value = classed(
            widgets.Dropdown(
                options=[(th.nl, th.key) for th in THEMES],
                value="food",
                layout=widgets.Layout(width="180px"),
            ),
            "buurtsim-rule-no-theme-value",
        )
        self.rule_min_supporters = classed(
            widgets.Checkbox(
                value=False,
                description="minstens zoveel bewoners steunen het idee:",
                indent=False,
                layout=box,
            ),
            "buurtsim-rule-min-supporters",
        )
        self.rule_min_supporters_value = classed(
            number_field(2, "", "80px"), "buurtsim-rule-min-supporters-value"
        )
        self.game_start = classed(
            button(description="Start het spel", button_style="primary", icon="play"),
            "buurtsim-game-start",
        )
        self.game_next = classed(
            button(description="Beslis en speel verder", icon="gavel", disabled=True),
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
        self.game_retry.on_click(lambda _b: self._safely(self.game_saved, self.save_game))
        self.game_retry.layout.display = "none"
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
                self.game_saved,
                self.game_retry,
            ]
        )

    def _build_debrief(self) -> None:
        self.debrief_group = classed(
            widgets.Dropdown(options=[], description="Groep", style=STYLE, layout=WIDE),
            "buurtsim-debrief-group",
        )
        self.debrief_button = classed(
            button(description="Toon de gespreksstof", icon="comments"),
            "buurtsim-debrief-button",
        )
        self.debrief_html = classed(widgets.HTML(), "buurtsim-debrief-points")
        self.debrief_button.on_click(lambda _b: self._safely(self.debrief_html, self.show_debrief))
        self.debrief_box = widgets.VBox(
            [
                widgets.HTML(
                    "<p>De drie tot vijf opvallendste momenten uit de laatste simulatie van een "
                    "groep, als opstap voor de nabespreking. De straten in het model hebben een "
                    "nummer, geen naam.</p>"
                ),
                widgets.HBox([self.debrief_group, self.debrief_button]),
                self.debrief_html,
            ]
        )

    def _build_report(self) -> None:
        self.report_groups = classed(
            widgets.SelectMultiple(
                options=[], rows=6, description="Groepen", style=STYLE, layout=WIDE
            ),
            "buurtsim-report-groups",
        )
        self.report_button = classed(
            button(description="Maak het rapport", icon="file"), "buurtsim-report-button"
        )
        self.report_status = classed(widgets.HTML(), "buurtsim-report-status")
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
