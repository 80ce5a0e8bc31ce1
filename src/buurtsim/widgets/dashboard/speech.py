"""The dashboard's two languages: the NL | EN switch, and messages that can be said again.

The dashboard starts in :func:`buurtsim.language.current` (``BUURTSIM_LANG``, or the
``.buurtsim-lang`` file of ``notebooks/en/``), or in the language this device chose last time on
a served workshop. The switch in the header builds every part again in the other language and
puts back what the group chose and did: its name, its settings, the game it plays (with the
verdicts it has picked), the chosen tab, the groups chosen for the debrief and the report. Every
status line is written through :meth:`LanguagePart._say`, which keeps how to write it, so the
last message of each part is said again in the new language; the comparison is read again
from the log. Nothing is simulated again.

Everything the dashboard writes runs inside :meth:`LanguagePart.speaking`, so the functions it
calls with ``lang=None`` (outcome labels, debrief moments, the report) speak its language too.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import ipywidgets as widgets

from ...language import LANGS, check, use
from .common import classed
from .state import DashboardState

#: how each language is named on its button, and in its tooltip
_NAMES = {"nl": ("NL", "Nederlands"), "en": ("EN", "English")}

#: widgets whose value the group chose, kept as they are across a switch (their values are
#: keys, numbers or typed text, the same in both languages)
KEPT_VALUES: tuple[str, ...] = (
    "runs",
    "seed",
    "game_base",
    "game_seed",
    "rule_max_cost",
    "rule_max_cost_value",
    "rule_no_theme",
    "rule_no_theme_value",
    "rule_min_supporters",
    "rule_min_supporters_value",
)


def spoken[**P, R](method: Callable[P, R]) -> Callable[P, R]:
    """An action of the dashboard that speaks its language, however it is called (a button, a
    tick of the page, or a test calling the method itself)."""

    @functools.wraps(method)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with use(args[0].lang):  # type: ignore[attr-defined]
            return method(*args, **kwargs)

    return run


def _tree(widget: Any) -> Iterator[Any]:
    """``widget`` and every widget below it."""
    yield widget
    for child in getattr(widget, "children", ()) or ():
        yield from _tree(child)


class LanguagePart(DashboardState):
    """The language switch and the messages it says again."""

    def _build_switch(self) -> None:
        self.lang_switch = classed(
            widgets.ToggleButtons(
                options=[(_NAMES[code][0], code) for code in LANGS],
                tooltips=[_NAMES[code][1] for code in LANGS],
                value=self.lang,
                style={"button_width": "52px"},
            ),
            "buurtsim-lang",
        )
        self.lang_switch.observe(lambda change: self.set_language(change["new"]), names="value")

    def speaking(self) -> AbstractContextManager[str]:
        """``with self.speaking():`` everything inside speaks the dashboard's language."""
        return use(self.lang)

    def _say(self, attr: str, render: Callable[[], str] | None) -> None:
        """Show ``render()`` in the HTML widget ``self.<attr>`` and remember how to say it, so a
        language switch says it again; ``None`` empties the widget."""
        if render is None:
            self._said.pop(attr, None)
            getattr(self, attr).value = ""
            return
        self._said[attr] = render
        getattr(self, attr).value = render()

    def _say_again(self) -> None:
        for attr, render in list(self._said.items()):
            try:
                getattr(self, attr).value = render()
            except Exception:  # a message that cannot be said again is left out, never a crash
                getattr(self, attr).value = ""

    # --- the switch -----------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Show the dashboard in ``lang`` (``nl`` or ``en``), keeping what the group did."""
        lang = check(lang, "lang")
        if lang == self.lang:
            return
        kept = self._snapshot()
        old = self.body
        self.lang = lang
        if self.game is not None:
            self.game.relabel(lang)
        with self.speaking():
            self._render(kept["base"])
            self._restore(kept)
            self._say_again()
            self.reload()
            self._choose_again()
        self.lang_switch.value = lang
        self.heartbeat.value = self._beat_html()  # the banner of a lost server, in the language
        if self.state is not None and self.device is not None:
            self.state.set_language(self.device, lang)
        self._close_old(old)

    def _snapshot(self) -> dict[str, Any]:
        return {
            "base": self.base.value,
            "controls": {key: w.value for key, w in self.controls.items()},
            "values": {name: getattr(self, name).value for name in KEPT_VALUES},
            "group": self.group_name.value,
            "tab": self.tabs.selected_index,
            "progress": (self.progress.max, self.progress.value, self.progress.bar_style),
            "retry": (self.retry_box.layout.display, self.game_retry.layout.display),
            "verdicts": {pid: dd.value for pid, dd in self.verdicts.items()},
            "debrief": list(self.debrief_group.options).index(self.debrief_group.value)
            if self.debrief_group.value in self.debrief_group.options
            else None,
            "report": [list(self.report_groups.options).index(v) for v in self.report_groups.value],
        }

    def _restore(self, kept: dict[str, Any]) -> None:
        for key, value in kept["controls"].items():
            self.controls[key].value = value
        for name, value in kept["values"].items():
            getattr(self, name).value = value
        self._quietly_set_name(kept["group"])
        self.tabs.selected_index = kept["tab"]
        self.progress.max, self.progress.value, self.progress.bar_style = kept["progress"]
        self.retry_box.layout.display, self.game_retry.layout.display = kept["retry"]
        self._show_game(kept["verdicts"])
        self._kept_choices = (kept["debrief"], kept["report"])

    def _choose_again(self) -> None:
        """After the first reload in the new language: the same groups chosen, by position (a
        game's label is in the language: ``Groep A (gemeente)`` is ``Groep A (municipality)``)."""
        debrief, report = self._kept_choices
        self._kept_choices = (None, [])
        options = list(self.debrief_group.options)
        if debrief is not None and debrief < len(options):
            self.debrief_group.value = options[debrief]
        options = list(self.report_groups.options)
        self.report_groups.value = tuple(options[i] for i in report if i < len(options))

    def _close_old(self, old: Any) -> None:
        """Close the widgets of the parts shown before the switch (the kept ones stay)."""
        alive = {id(w) for w in _tree(self.body)} | {id(self.lang_switch)}
        for w in _tree(old):
            if id(w) not in alive:
                w.close()
