"""'Probeer zelf' in a notebook: answer buttons, a *Controleer* button and the verdict.

Nobody types code to answer: the answers are :class:`ipywidgets.ToggleButtons` (or, to read a
number off a panel, a number field). The verdict is computed when *Controleer* is clicked, from
the model or from what the panel shows at that moment, never written down beforehand.

======  ====================================  ==================================================
nb      in the notebook                       asks
======  ====================================  ==================================================
00      ``ask_first_run(paneel)``             how many ideas came up in the panel's run?
01-07   ``ask("control")`` (a question key)   a question of :mod:`.questions`, over >= 20 runs
05      ``ask_rule(decision_panel)``          which rule leaves most money on the panel's table?
05      ``ask_empty_handed()``                which rule leaves the fewest voters empty-handed?
08      ``ask_bands(lab)``                    do the lab's 10-90% bands overlap?
======  ====================================  ==================================================
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import ipywidgets as widgets

from .. import i18n
from .common import Feedback
from .verdict import RUNS


class Exercise:
    """Answer widgets, a check button and the feedback; ``judge(answer)`` gives the verdict.

    ``answer`` is the ToggleButtons (or ``field``) widget; ``check()`` does what the button
    does and returns the :class:`Feedback` (also kept in ``last``).
    """

    def __init__(
        self,
        judge: Callable[[Any], Feedback],
        options: Sequence[str] = (),
        field: widgets.ValueWidget | None = None,
        busy: str = "",
        extra: Sequence[widgets.Widget] = (),
        lang: str | None = None,
    ):
        self.judge, self.lang, self.busy = judge, lang, busy
        self.answer = field or widgets.ToggleButtons(
            options=[(i18n.t(o, lang), o) for o in options],
            value=None,
            style={"button_width": "auto"},
        )
        self.check_button = widgets.Button(
            description=i18n.t("ex_check", lang), button_style="primary", icon="check"
        )
        self.check_button.on_click(lambda _button: self.check())
        self.feedback = widgets.HTML(value="")
        self.last: Feedback | None = None
        self.widget = widgets.VBox([*extra, self.answer, self.check_button, self.feedback])

    def check(self) -> Feedback:
        """Judge the chosen answer and show the verdict."""
        value = self.answer.value
        if value is None or value == "":
            return self._show(Feedback(False, i18n.t("ex_choose", self.lang)))
        self.check_button.disabled = True
        self.feedback.value = f"<i>{html.escape(self.busy or i18n.t('busy', self.lang))}</i>"
        try:
            verdict = self.judge(value)
        except Exception as exc:  # a line in words for the trainee, never a traceback
            verdict = Feedback(False, i18n.tf("ex_failed", self.lang, error=exc))
        finally:
            self.check_button.disabled = False
        return self._show(verdict)

    def _show(self, verdict: Feedback) -> Feedback:
        self.last = verdict
        self.feedback.value = verdict._repr_html_()
        return verdict

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def ask(question: str, seed: int = 1, runs: int = RUNS, lang: str | None = None) -> Exercise:
    """A question about the model (a key of :data:`.questions.QUESTIONS`), decided over
    ``runs`` runs per setting from ``seed``."""
    from .questions import QUESTIONS, check

    q = QUESTIONS[question]
    return Exercise(
        lambda answer: check(q, answer, seed=seed, runs=runs, lang=lang),
        q.options(),
        busy=i18n.tf("ex_busy", lang, runs=runs),
        lang=lang,
    )


def _stale(panel: Any) -> bool:
    return bool(getattr(panel, "stale", False))


def ask_first_run(panel: Any, lang: str | None = None) -> Exercise:
    """00: how many ideas came up in ``panel``'s run (a RunPanel), as it shows it now?"""
    from .guesses import check_first_run

    def judge(answer: int) -> Feedback:
        if _stale(panel):
            return Feedback(False, i18n.t("ex_panel_stale", lang))
        return check_first_run(answer, panel.scenario(), seed=panel.seed, lang=lang)

    field = widgets.BoundedIntText(value=0, min=0, max=1000, layout={"width": "8em"})
    return Exercise(judge, field=field, lang=lang)


def ask_rule(panel: Any, question: str = "unspent", lang: str | None = None) -> Exercise:
    """05: which rule leaves the most money unspent (or funds the most proposals) on the
    proposals ``panel`` (a DecisionPanel) shows now?"""
    from ..rules import RULES
    from .decisions import check_decision_rules

    def judge(answer: str) -> Feedback:
        if _stale(panel):
            return Feedback(False, i18n.t("ex_panel_stale", lang))
        return check_decision_rules(answer, panel.problem, question=question, lang=lang)

    return Exercise(judge, tuple(RULES), lang=lang)


@lru_cache(maxsize=8)
def _comparison(name: str):
    from ..ballots import compare, load, pabulib_file

    return compare(load(pabulib_file(name)))


def ask_empty_handed(
    name: str = "Netherlands_Amsterdam_522.pb", lang: str | None = None
) -> Exercise:
    """05: under which rule are the fewest voters left empty-handed on the real ballots of the
    Pabulib file ``name`` (chosen in a dropdown, from ``data/pabulib/``)?"""
    from ..ballots.read import DATA_DIR
    from .decisions import check_empty_handed

    files = widgets.Dropdown(
        options=sorted(p.name for p in DATA_DIR.glob("*.pb")), value=name, description=""
    )
    rules = tuple(_comparison(name).empty_handed().index)
    return Exercise(
        lambda answer: check_empty_handed(answer, _comparison(files.value), lang=lang),
        rules,
        extra=[files],
        lang=lang,
    )


def ask_bands(lab: Any, outcome: str = "initiatives_realised", lang: str | None = None) -> Exercise:
    """08: do the 10-90% bands of ``outcome`` of the lab's scenarios overlap, as it shows them?"""
    from .lab import check_bands_overlap

    def judge(answer: str) -> Feedback:
        if _stale(lab):
            return Feedback(False, i18n.t("ex_panel_stale", lang))
        return check_bands_overlap(answer, lab, outcome=outcome, lang=lang)

    return Exercise(judge, ("ja", "nee"), lang=lang)
