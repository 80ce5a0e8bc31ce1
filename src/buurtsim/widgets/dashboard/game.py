"""The tab in which a group plays the municipality."""

from __future__ import annotations

import html
from typing import cast

import ipywidgets as widgets

from ... import i18n
from ...scenarios import Scenario
from ...scenarios import with_overrides as _with_overrides
from ...workshop import (
    VERDICTS,
    MunicipalityGame,
    WorkshopLogError,
    batch_labels,
    debrief,
    make_rule,
)
from ...workshop.game_start import SEED_TRIES, game_record, playable_game, replay_game
from ...workshop.log import new_batch
from ...workshop.play import COMPARE_OUTCOMES
from ...workshop.report import format_outcome
from ..controls import load_base
from .common import CURRENT, DashboardError, classed, error_text, whole_number
from .state import DashboardState

__all__ = ["GamePart", "replay_game"]


class GamePart(DashboardState):
    """The :class:`~buurtsim.workshop.MunicipalityGame` behind the dashboard's game tab."""

    def game_scenario(self) -> Scenario:
        if self.game_base.value == CURRENT:
            return self.scenario()
        return _with_overrides(load_base(self.files[self.game_base.value]), self.fixed)

    def _chosen_rules(self) -> list[tuple[str, object]]:
        rules: list[tuple[str, object]] = []
        if self.rule_max_cost.value:
            field = i18n.t("field_max_cost")
            value = whole_number(self.rule_max_cost_value.value, field, 1, 10**6)
            rules.append(("max_cost", value))
        if self.rule_no_theme.value:
            rules.append(("no_theme", self.rule_no_theme_value.value))
        if self.rule_min_supporters.value:
            field = i18n.t("field_min_supporters")
            value = whole_number(self.rule_min_supporters_value.value, field, 1, 50)
            rules.append(("min_supporters", value))
        return rules

    def _must_confirm(self) -> bool:
        """A game still running is never wiped silently: the first click asks to confirm."""
        running = self.game is not None and not self.game.finished and self.game.decisions
        if running and not self._confirming:
            self._confirming = True
            self.game_start.description = i18n.t("game_confirm_button")
            words = i18n.tf("game_confirm", n=len(self._running_game().decisions))
            self.game_status.value = f"<p class='buurtsim-warning'>{words}</p>"
            return True
        return False

    def start_game(self) -> MunicipalityGame | None:
        """A new game with the chosen rules, at its first review (see :func:`playable_game`).

        Needs the group's name: the game is saved in the log under it when it ends. While a game
        runs, the first click only asks to confirm.
        """
        name = self.group()
        if self._must_confirm():
            return None
        seed = whole_number(self.game_seed.value, i18n.t("field_game_seed"), 0, 1_000_000)
        rules = self._chosen_rules()
        game = playable_game(self.game_scenario(), seed, rules)
        if game is None:
            words = "; ".join(make_rule(k, v).text for k, v in rules)
            raise DashboardError(
                i18n.tf("game_no_proposals", rules=words, first=seed, last=seed + SEED_TRIES - 1)
            )
        self.reset_game()
        self.game, self.game_group = game, name
        self.game_start.description = i18n.t("game_restart")
        moved = i18n.tf("game_seed_moved", asked=seed, used=game.seed) if game.seed != seed else ""
        self._advance_game()
        if moved:
            self.game_status.value = f"<p>{moved}</p>" + self.game_status.value
        return game

    def reset_game(self) -> None:
        """No game (a new group, or before a new game)."""
        self.game, self.game_group, self._confirming = None, None, False
        self.game_table, self.game_points = None, []
        self.verdicts = {}
        self.game_pending.children = []
        self.game_next.disabled = True
        self.game_end.value = self.game_status.value = ""
        self.game_start.description = "Start het spel"
        self.game_retry.layout.display = "none"

    def save_game(self) -> bool:
        """Write the finished game to the log under the group's name (a retry is safe)."""
        game = self.game
        if game is None or not game.finished:
            raise DashboardError(i18n.t("nothing_to_retry"))
        try:
            self.log.record(
                self._group_name(),
                game.result(),
                session=self.session,
                batch=self.game_batch,
                kind="game",
                game=game_record(game),
            )
        except WorkshopLogError as exc:
            self.game_saved.value = error_text(exc) + f"<p>{i18n.t('not_saved')}</p>"
            self.game_retry.layout.display = "flex"
            return False
        self.game_retry.layout.display = "none"
        self.reload()
        label = self._game_label()
        self.game_saved.value = i18n.tf(
            "game_saved", group=html.escape(self._group_name()), label=html.escape(label)
        )
        return True

    def _running_game(self) -> MunicipalityGame:
        """The game being played (only called once one started)."""
        return cast(MunicipalityGame, self.game)

    def _group_name(self) -> str:
        """The group that plays the game (set when it started)."""
        return cast(str, self.game_group)

    def _game_label(self) -> str:
        if self.log_df is None or self.log_df.empty:
            return self._group_name()
        labels = batch_labels(self.log_df)
        mine = labels[self.log_df["batch"] == self.game_batch]
        return str(mine.iloc[-1]) if len(mine) else self._group_name()

    def decide_game(self) -> None:
        """Give the verdicts chosen in the dropdowns and play on to the next review (or end)."""
        self._confirming = False
        if self.game is not None and not self._running_game().finished:
            self.game_start.description = i18n.t("game_restart")
        if self.game is None or not self._running_game().pending:
            raise DashboardError("er wacht geen voorstel op jullie oordeel; start het spel")
        self._running_game().decide({pid: dd.value for pid, dd in self.verdicts.items()})
        self._advance_game()

    def _advance_game(self) -> None:
        game = self._running_game()
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
                classed(dd, "buurtsim-verdict", f"buurtsim-verdict-{p.id}")
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
        made = [d["verdict"] for d in self._running_game().decisions]
        words = {"approve": "goedgekeurd", "trim": "ingekort", "veto": "tegengehouden"}
        return ", ".join(f"{made.count(v)} {w}" for v, w in words.items())

    def _finish_game(self, rules: str) -> None:
        game = self._running_game()
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
        self.game_batch = new_batch()
        self.save_game()
        self.game_end.value = (
            f"<h4>Wat deden jullie keuzes? Dezelfde buurt, hetzelfde startgetal ({game.seed})</h4>"
            f"<table class='buurtsim-game-table'><thead><tr><th></th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
            f"<h4>Gespreksstof uit jullie simulatie</h4><ol>{items}</ol>"
        )
