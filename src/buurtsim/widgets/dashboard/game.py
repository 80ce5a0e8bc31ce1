"""The tab in which a group plays the municipality."""

from __future__ import annotations

import html

import ipywidgets as widgets

from ... import i18n
from ...scenarios import Scenario
from ...scenarios import with_overrides as _with_overrides
from ...workshop import VERDICTS, MunicipalityGame, debrief
from ...workshop.play import COMPARE_OUTCOMES
from ...workshop.report import format_outcome
from ..controls import load_base
from .common import CURRENT, DashboardError, classed


class GamePart:
    """The :class:`~buurtsim.workshop.MunicipalityGame` behind the dashboard's game tab."""

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
