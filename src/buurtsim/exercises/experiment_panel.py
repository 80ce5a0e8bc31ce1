"""09's experiment panel: set up an experiment with widgets, predict with buttons, check.

``ask_experiment()`` in notebook 09 shows, top to bottom: a dropdown of parameters
(:data:`.experiment.PARAMETERS`, by their labels in the schema), two fields for value A and
value B with what the parameter allows, a dropdown of outcomes, a slider for the runs per value,
the prediction buttons (higher, lower, about the same) and *Controleer*. Checking reads the
fields (:func:`.experiment.read_value`: bad input is refused with a message naming the field),
runs both values on the same seeds, and shows the verdict (:func:`.experiment.judge`) and the
medians with their 10-90% band (:func:`.experiment.figure`). Changing any setting clears the
verdict and the figure, so they never describe another experiment than the one on screen.
"""

from __future__ import annotations

import ipywidgets as widgets
import numpy as np

from .. import i18n
from ..plots.style import figure_html
from .common import Feedback
from .experiment import (
    FEWEST_RUNS,
    MOST_RUNS,
    OUTCOMES,
    PARAMETERS,
    Experiment,
    ExperimentError,
    field_text,
    figure,
    judge,
    read_value,
)
from .verdict import LESS, MORE, RUNS, SAME
from .widget import Exercise

_STYLE = {"description_width": "13em"}
_WIDE = widgets.Layout(width="34em")


class ExperimentPanel:
    """The experiment panel; ``check()`` does what *Controleer* does and returns the
    :class:`~.common.Feedback`. Tests set ``parameter``, ``value_a``, ``value_b``, ``outcome``,
    ``runs`` and ``prediction`` as a participant would; ``plot_data`` keeps the last runs."""

    def __init__(
        self,
        parameter: str = "conflict.escalation_rate",
        outcome: str = "conflicts_escalated",
        runs: int = RUNS,
        seed: int = 1,
        scenario: str = "arendonk",
        lang: str | None = None,
    ):
        self.lang, self.seed, self.scenario = lang, seed, scenario
        self.plot_data: dict[str, np.ndarray] | None = None
        t = i18n.t
        self.parameter = widgets.Dropdown(
            options=[(i18n.label(k, lang), k) for k in PARAMETERS], value=parameter,
            description=t("exp_parameter", lang), style=_STYLE, layout=_WIDE,
        )  # fmt: skip
        self.value_a = widgets.Text(description=t("exp_value_a", lang), style=_STYLE)
        self.value_b = widgets.Text(description=t("exp_value_b", lang), style=_STYLE)
        self.allowed = widgets.HTML()
        self.outcome = widgets.Dropdown(
            options=[(t(o, lang), o) for o in OUTCOMES], value=outcome,
            description=t("exp_outcome", lang), style=_STYLE, layout=_WIDE,
        )  # fmt: skip
        self.runs = widgets.IntSlider(
            value=runs, min=FEWEST_RUNS, max=MOST_RUNS, description=t("exp_runs", lang),
            style=_STYLE, layout=_WIDE,
        )  # fmt: skip
        self.question = widgets.HTML()
        self.prediction = widgets.ToggleButtons(
            options=[(t("exp_higher", lang), MORE), (t("exp_lower", lang), LESS),
                     (t(SAME, lang), SAME)],
            value=None, style={"button_width": "auto"},
        )  # fmt: skip
        fields = [self.parameter, self.value_a, self.value_b, self.allowed, self.outcome]
        self.exercise = Exercise(
            self._judge, field=self.prediction, extra=[*fields, self.runs, self.question],
            lang=lang,
        )  # fmt: skip
        self.figure = widgets.HTML()
        self.widget = widgets.VBox([self.exercise.widget, self.figure])
        self._suggest()
        self._describe()
        self.parameter.observe(lambda _change: self._suggest(), "value")
        self.outcome.observe(lambda _change: self._describe(), "value")
        for w in (self.parameter, self.value_a, self.value_b, self.outcome, self.runs):
            w.observe(lambda _change: self._clear(), "value")

    # --- what the widgets show ------------------------------------------------------------------
    def _suggest(self) -> None:
        """Fill in the chosen parameter's suggested values and what it allows."""
        from ..widgets.controls import allowed_text

        key = self.parameter.value
        _why, a, b = PARAMETERS[key]
        self.value_a.value, self.value_b.value = field_text(a, self.lang), field_text(b, self.lang)
        self.allowed.value = i18n.tf(
            "exp_allowed", self.lang, param=i18n.label(key, self.lang),
            allowed=allowed_text(key, self.lang),
        )  # fmt: skip

    def _describe(self) -> None:
        outcome = i18n.t(self.outcome.value, self.lang)
        self.question.value = f"<b>{i18n.tf('exp_predict', self.lang, outcome=outcome)}</b>"
        self.exercise.busy = i18n.tf("ex_busy", self.lang, runs=self.runs.value)

    def _clear(self) -> None:
        self.exercise.feedback.value = ""
        self.figure.value = ""
        self.exercise.busy = i18n.tf("ex_busy", self.lang, runs=self.runs.value)

    # --- checking -------------------------------------------------------------------------------
    def experiment(self) -> Experiment:
        """The experiment the widgets describe; :class:`ExperimentError` for bad input."""
        key, lang = self.parameter.value, self.lang
        a = read_value(self.value_a.value, key, i18n.t("exp_value_a", lang), lang)
        b = read_value(self.value_b.value, key, i18n.t("exp_value_b", lang), lang)
        return Experiment(
            key, a, b, self.outcome.value, int(self.runs.value), self.seed, self.scenario
        ).validate(lang)

    def _judge(self, prediction: str) -> Feedback:
        try:
            experiment = self.experiment()
        except ExperimentError as exc:
            self.figure.value = ""
            return Feedback(False, str(exc))
        values = experiment.samples()
        self.plot_data = values
        fig = figure(experiment, values, self.lang)
        self.figure.value = figure_html(fig, getattr(fig, "alt", ""))
        return judge(experiment, prediction, values, self.lang)

    def check(self) -> Feedback:
        """Check the prediction against the experiment the widgets describe now."""
        return self.exercise.check()

    @property
    def last(self) -> Feedback | None:
        return self.exercise.last

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def ask_experiment(
    parameter: str = "conflict.escalation_rate",
    outcome: str = "conflicts_escalated",
    seed: int = 1,
    lang: str | None = None,
) -> ExperimentPanel:
    """09: your own experiment, set up with widgets and predicted with buttons."""
    return ExperimentPanel(parameter=parameter, outcome=outcome, seed=seed, lang=lang)
