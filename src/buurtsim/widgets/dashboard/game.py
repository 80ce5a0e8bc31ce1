"""The tab in which a group plays the municipality."""

from __future__ import annotations

import html
from typing import cast

import ipywidgets as widgets
import pandas as pd

from ... import i18n, language
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
from .speech import spoken
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
            value = whole_number(self.rule_max_cost_value.value, "field_max_cost", 1, 10**6)
            rules.append(("max_cost", value))
        if self.rule_no_theme.value:
            rules.append(("no_theme", self.rule_no_theme_value.value))
        if self.rule_min_supporters.value:
            typed = self.rule_min_supporters_value.value
            value = whole_number(typed, "field_min_supporters", 1, 50)
            rules.append(("min_supporters", value))
        return rules

    def _must_confirm(self) -> bool:
        """A game still running is never wiped silently: the first click asks to confirm."""
        running = self.game is not None and not self.game.finished and self.game.decisions
        if running and not self._confirming:
            self._confirming = True
            self._label_start_button()
            n = len(self._running_game().decisions)
            self._say(
                "game_status",
                lambda: f"<p class='buurtsim-warning'>{i18n.tf('game_confirm', n=n)}</p>",
            )
            return True
        return False

    def _label_start_button(self) -> None:
        """ "Start het spel", "Begin opnieuw" while a game runs, "Ja, begin opnieuw" to confirm."""
        if self._confirming:
            key = "game_confirm_button"
        elif self.game is not None and not self.game.finished:
            key = "game_restart"
        else:
            key = "game_start"
        self.game_start.description = i18n.t(key)

    @spoken
    def start_game(self) -> MunicipalityGame | None:
        """A new game with the chosen rules, at its first review (see :func:`playable_game`).

        Needs the group's name: the game is saved in the log under it when it ends. While a game
        runs, the first click only asks to confirm.
        """
        name = self.group()
        if self._must_confirm():
            return None
        seed = whole_number(self.game_seed.value, "field_game_seed", 0, 1_000_000)
        rules = self._chosen_rules()
        game = playable_game(self.game_scenario(), seed, rules, lang=self.lang)
        if game is None:
            words = "; ".join(make_rule(k, v).text for k, v in rules)
            raise DashboardError(
                "game_no_proposals", rules=words, first=seed, last=seed + SEED_TRIES - 1
            )
        self.reset_game()
        self.game, self.game_group = game, name
        self.game_asked = seed
        self._advance_game()
        return game

    def reset_game(self) -> None:
        """No game (a new group, or before a new game)."""
        self.game, self.game_group, self._confirming = None, None, False
        self.game_table, self.game_points = None, []
        self.game_asked = None
        self._game_points = {}
        self.verdicts = {}
        self.game_pending.children = []
        self.game_next.disabled = True
        self._say("game_end", None)
        self._say("game_status", None)
        self._label_start_button()
        self.game_retry.layout.display = "none"

    @spoken
    def save_game(self) -> bool:
        """Write the finished game to the log under the group's name (a retry is safe)."""
        game = self.game
        if game is None or not game.finished:
            raise DashboardError("nothing_to_retry")
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
            failure = exc
            self._say("game_saved", lambda: error_text(failure) + f"<p>{i18n.t('not_saved')}</p>")
            self.game_retry.layout.display = "flex"
            return False
        self.game_retry.layout.display = "none"
        self.reload()
        group = html.escape(self._group_name())
        self._say(
            "game_saved",
            lambda: i18n.tf("game_saved", group=group, label=html.escape(self._game_label())),
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

    @spoken
    def decide_game(self) -> None:
        """Give the verdicts chosen in the dropdowns and play on to the next review (or end)."""
        self._confirming = False
        self._label_start_button()
        if self.game is None or not self._running_game().pending:
            raise DashboardError("game_nothing_waiting")
        self._running_game().decide({pid: dd.value for pid, dd in self.verdicts.items()})
        self._advance_game()

    def _advance_game(self) -> None:
        game = self._running_game()
        if not game.advance():
            self._finish_game()
        self._show_game()

    def _show_game(self, verdicts: dict[int, str] | None = None) -> None:
        """The waiting proposals with a verdict each (``verdicts``: the ones picked before a
        language switch), and the button to decide; the status and the end say themselves."""
        self._label_start_button()
        game = self.game
        pending = game.pending if game is not None else []
        picked = verdicts or {}
        self.verdicts = {}
        rows = []
        for p in pending:
            dd = widgets.Dropdown(
                options=[(v[self.lang], k) for k, v in VERDICTS.items()],
                value=picked.get(p.id, "approve"),
                layout=widgets.Layout(width="200px"),
            )
            classed(dd, "buurtsim-verdict", f"buurtsim-verdict-{p.id}")
            self.verdicts[p.id] = dd
            head = i18n.tf("game_proposal", id=p.id)
            text = widgets.HTML(
                f"<b>{head}</b>: {html.escape(p.text)}", layout=widgets.Layout(width="720px")
            )
            rows.append(widgets.HBox([text, dd]))
        self.game_pending.children = rows
        self.game_next.disabled = not pending
        if pending and not self._confirming:
            self._say("game_status", self._waiting_text)

    def _rules_text(self) -> str:
        return "; ".join(r.text for r in self._running_game().rules) or i18n.t("game_no_rules")

    def _moved_text(self) -> str:
        game = self._running_game()
        if self.game_asked is None or game.seed == self.game_asked:
            return ""
        return f"<p>{i18n.tf('game_seed_moved', asked=self.game_asked, used=game.seed)}</p>"

    def _waiting_text(self) -> str:
        game = self._running_game()
        n = len(game.pending)
        words = {"counts": self._verdict_counts(), "rules": html.escape(self._rules_text())}
        if n == 1:
            text = i18n.tf("game_waiting_one", week=game.week + 1, **words)
        else:
            text = i18n.tf("game_waiting", week=game.week + 1, n=n, **words)
        return self._moved_text() + text

    def _verdict_counts(self) -> str:
        """``3 goedgekeurd, 1 ingekort, 0 tegengehouden``: the group's verdicts so far."""
        made = [d["verdict"] for d in self._running_game().decisions]
        approve, trim, veto = (made.count(v) for v in ("approve", "trim", "veto"))
        return i18n.tf("game_counts", approve=approve, trim=trim, veto=veto)

    def _finish_game(self) -> None:
        game = self._running_game()
        self.game_table = game.compare()
        self.game_batch = new_batch()
        self.save_game()
        self._say(
            "game_status",
            lambda: i18n.tf("game_over", week=game.week, counts=self._verdict_counts()),
        )
        self._say("game_end", self._end_text)

    def _points(self) -> list[str]:
        """The debrief of the group's game, in the current language (worked out once each)."""
        lang = language.current()
        if lang not in self._game_points:
            self._game_points[lang] = debrief(self._running_game().result())
        self.game_points = self._game_points[lang]
        return self.game_points

    def _end_text(self) -> str:
        """The three municipalities side by side, and the talking points of the game."""
        game, table = self._running_game(), cast(pd.DataFrame, self.game_table)
        names = ("game_yours", "game_hands_off", "game_strict")
        head = "".join(f"<th>{i18n.t(n)}</th>" for n in names)
        rules = (self._rules_text() if game.rules else "–", "–", "–")
        rows = [
            f"<tr><td>{i18n.t('game_row_rules')}</td>"
            + "".join(f"<td>{html.escape(r)}</td>" for r in rules)
            + "</tr>",
            f"<tr><td>{i18n.t('game_row_control')}</td><td>{i18n.t('game_your_verdicts')}</td>"
            + "".join(f"<td>{i18n.percent(c, 0)}</td>" for c in table["municipality.control"][1:])
            + "</tr>",
        ]
        for o in COMPARE_OUTCOMES:
            cells = "".join(f"<td>{format_outcome(o, v)}</td>" for v in table[o])
            rows.append(f"<tr data-outcome='{o}'><td>{i18n.t(o)}</td>{cells}</tr>")
        items = "".join(f"<li>{html.escape(p)}</li>" for p in self._points())
        return (
            f"<h4>{i18n.tf('game_end_head', seed=game.seed)}</h4>"
            f"<table class='buurtsim-game-table'><thead><tr><th></th>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
            f"<h4>{i18n.t('game_end_points')}</h4><ol>{items}</ol>"
        )
