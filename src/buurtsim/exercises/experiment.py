"""09's "Probeer zelf": your own experiment, set up and predicted with buttons (issue 10).

The participant picks one parameter (:data:`PARAMETERS`: numeric ones of the scenario schema,
each with the mechanism through which it acts in the model), two values for it, an outcome
(:data:`OUTCOMES`, each with its margin) and the runs per value, and first *predicts* with
buttons: is the outcome at value B higher, lower or about the same as at value A?
*Controleer* then runs both values on the same seeds and decides the way every question of the
workbook does (:func:`.verdict.decide_direction`: a difference counts only when it is larger
than the outcome's margin **and** two standard errors, otherwise "ongeveer gelijk" is right). It
shows the medians with their 10-90% band and says whether the prediction held, on which figures,
and why (the parameter's mechanism).

A value the participant types is read, never guessed: ``0,3`` and ``0.3`` are both 0.3, but
``8.000`` (8000 or 8?), ``1e9`` or ``twee`` are refused with a message that names the field,
the value and what the parameter allows.

One check of the default costs 60 whole runs (30 per value) of about 0.04 s each: 2-3 s on a
laptop (5-9 s measured on two cores shared with other work); runs are kept (:mod:`.measures`),
so checking the same setting again, or another outcome of it, takes a fraction of a second.

>>> Experiment("municipality.control", 0.3, 0.9).setting_label("b", "en")
'municipal control 0.9'
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .. import i18n
from ..scenarios import Scenario, parameters, with_overrides
from . import measures
from .common import Feedback, _base
from .verdict import LESS, MIN_RUNS, MORE, RUNS, SAME, Verdict, decide_direction

#: the fewest runs per value a participant may choose (below :data:`.verdict.MIN_RUNS` the
#: feedback says the verdict is less certain)
FEWEST_RUNS = 5
MOST_RUNS = 60

#: parameters offered: key -> (label key of its mechanism, suggested value A, value B)
PARAMETERS: dict[str, tuple[str, float, float]] = {
    "conflict.escalation_rate": ("exp_why_escalation", 0.0, 1.0),
    "municipality.control": ("exp_why_control", 0.3, 0.9),
    "municipality.framework_clarity": ("exp_why_clarity", 0.3, 0.9),
    "municipality.support": ("exp_why_support", 0.1, 0.9),
    "municipality.review_weeks": ("exp_why_review_weeks", 4.0, 24.0),
    "budget.amount": ("exp_why_amount", 4000.0, 16000.0),
    "budget.cost_scale": ("exp_why_cost_scale", 1.0, 2.0),
    "facilitator.hours_per_week": ("exp_why_hours", 2.0, 12.0),
    "process.meeting_boost": ("exp_why_meeting", 0.0, 0.2),
    "process.upkeep_hours": ("exp_why_upkeep", 1.0, 8.0),
    "residents.word_of_mouth": ("exp_why_word_of_mouth", 0.05, 0.4),
    "neighbourhood.vulnerable_share": ("exp_why_vulnerable", 0.1, 0.5),
}
#: outcomes offered: key -> margin, in the outcome's unit (counts, euro, or a share 0-1)
OUTCOMES: dict[str, float] = {
    "conflicts_escalated": 0.5,
    "conflicts": 1.0,
    "kickoff_attendance": 3.0,
    "vulnerable_participation_rate": 0.01,
    "proposals": 1.0,
    "initiatives_realised": 1.0,
    "initiatives_sustained": 1.0,
    "budget_spent": 500.0,
    "cohesion_gain": 0.01,
    "ownership_end": 0.01,
    "trust_municipality_end": 0.01,
    "lonely_vulnerable_end": 0.02,
}
_NUMBER = re.compile(r"([+-]?)(\d+)(?:[.,](\d+))?")


class ExperimentError(ValueError):
    """A setting the experiment cannot run; the message is for the participant, in their
    language, and names the field, the value and what is allowed."""


def _decimals(x: float) -> int:
    return next((k for k in range(4) if abs(x * 10**k - round(x * 10**k)) < 1e-9), 3)


def value_text(key: str, x: float, lang: str | None = None) -> str:
    """A parameter's value as the feedback writes it: ``€ 4.000``, ``0,3``, ``12``."""
    if parameters()[key].unit == "euro":
        return i18n.euro(x, 0, lang)
    return i18n.number(x, _decimals(x), lang)


def field_text(x: float, lang: str | None = None) -> str:
    """A value as a field shows it: the language's decimal mark, no thousands separator."""
    thousands = i18n.number(1000, 0, lang)[1]
    return i18n.number(x, _decimals(x), lang).replace(thousands, "")


def _allowed(key: str, lang: str | None) -> str:
    from ..widgets.controls import allowed_text

    return allowed_text(key, lang)


def _number(text: str, field: str, key: str, lang: str | None) -> float:
    """The number typed in ``text``; refused when it is not one, or could mean two."""
    value = str(text).strip()
    if not value:
        raise ExperimentError(i18n.tf("exp_empty", lang, field=field, allowed=_allowed(key, lang)))
    found = _NUMBER.fullmatch(value)
    if found is None:
        _why, a, b = PARAMETERS.get(key, ("", 0.5, 0.5))
        example = field_text((a + b) / 2, lang)
        raise ExperimentError(
            i18n.tf("exp_not_number", lang, field=field, value=value, allowed=_allowed(key, lang),
                    example=example)
        )  # fmt: skip
    sign, whole, fraction = found.groups()
    if fraction is not None and len(fraction) == 3 and int(whole) != 0:
        one, other = float(f"{whole}.{fraction}"), int(whole + fraction)
        raise ExperimentError(
            i18n.tf("exp_ambiguous", lang, field=field, value=value,
                    one=field_text(one, lang), other=field_text(other, lang))
        )  # fmt: skip
    return float(f"{sign}{whole}.{fraction or 0}")


def read_value(text: Any, key: str, field: str, lang: str | None = None) -> float:
    """The value typed for parameter ``key`` in the field named ``field``, or an
    :class:`ExperimentError` naming the field, the value and what the parameter allows."""
    info = parameters()[key]
    x = _number(text, field, key, lang)
    whole_needed = info.kind is int and not float(x).is_integer()
    low = -math.inf if info.ge is None else info.ge
    high = math.inf if info.le is None else info.le
    if whole_needed or not low <= x <= high:
        raise ExperimentError(
            i18n.tf("exp_out_of_range", lang, field=field, value=field_text(x, lang),
                    param=i18n.label(key, lang).lower(), allowed=_allowed(key, lang))
        )  # fmt: skip
    return float(int(x)) if info.kind is int else x


def _offered(value: str, choices: dict, field: str, lang: str | None) -> None:
    if value not in choices:
        names = ", ".join(i18n.t(k, lang) for k in choices)
        raise ExperimentError(i18n.tf("exp_unknown", lang, field=field, value=value, names=names))


@dataclass(frozen=True)
class Experiment:
    """One parameter at two values (``a``, ``b``), ``runs`` runs each from ``seed`` (the same
    seeds for both), measured on ``outcome``."""

    parameter: str
    a: float
    b: float
    outcome: str = "initiatives_realised"
    runs: int = RUNS
    seed: int = 1
    scenario: str = "arendonk"

    def validate(self, lang: str | None = None) -> Experiment:
        """This experiment, or an :class:`ExperimentError` saying what it cannot run."""
        _offered(self.parameter, PARAMETERS, i18n.t("exp_parameter", lang), lang)
        _offered(self.outcome, OUTCOMES, i18n.t("exp_outcome", lang), lang)
        for name, x in (("exp_value_a", self.a), ("exp_value_b", self.b)):
            read_value(field_text(x, lang), self.parameter, i18n.t(name, lang), lang)
        if math.isclose(self.a, self.b):
            value = value_text(self.parameter, self.a, lang)
            raise ExperimentError(i18n.tf("exp_same_values", lang, value=value))
        if self.runs < FEWEST_RUNS:
            raise ExperimentError(
                i18n.tf("exp_too_few_runs", lang, runs=self.runs, min_runs=FEWEST_RUNS)
            )
        return self

    def build(self, which: str) -> Scenario:
        """The scenario of value ``which`` ("a" or "b")."""
        x = self.a if which == "a" else self.b
        return with_overrides(_base(self.scenario), {self.parameter: x})

    def setting_label(self, which: str, lang: str | None = None) -> str:
        """'controle door de gemeente 0,3'."""
        x = self.a if which == "a" else self.b
        return f"{i18n.label(self.parameter, lang).lower()} {value_text(self.parameter, x, lang)}"

    def group(self, which: str, lang: str | None = None) -> str:
        """'Waarde A (0,3)': how the plot and the band line name a value."""
        x = self.a if which == "a" else self.b
        name = i18n.t(f"exp_value_{which}", lang)
        return i18n.tf("exp_group", lang, name=name, value=value_text(self.parameter, x, lang))

    def samples(self) -> dict[str, np.ndarray]:
        """The outcome in each run of value A and of value B (run ``k`` of both: seed + k)."""
        scenarios = {which: self.build(which) for which in ("a", "b")}
        measures.prepare([("summary", sc) for sc in scenarios.values()], self.seed, self.runs)
        return {
            which: measures.samples("summary", sc, self.outcome, self.seed, self.runs)
            for which, sc in scenarios.items()
        }

    def verdict(self, values: dict[str, np.ndarray] | None = None) -> Verdict:
        """'meer', 'minder' or 'gelijk' from value A to value B, over the paired runs."""
        values = values if values is not None else self.samples()
        return decide_direction(values["a"], values["b"], OUTCOMES[self.outcome])


def _fmt(outcome: str, x: float, lang: str | None) -> str:
    from ..widgets.base import format_outcome

    return format_outcome(outcome, round(x, 4), lang)


def runs_table(experiment: Experiment, values: dict[str, np.ndarray], lang: str | None = None):
    """One row per run: its group ('Waarde A (0,3)') and the outcome."""
    return pd.DataFrame(
        {
            "group": [experiment.group(w, lang) for w in ("a", "b") for _ in values[w]],
            experiment.outcome: np.concatenate([values["a"], values["b"]]),
        }
    )


def bands(experiment: Experiment, values: dict[str, np.ndarray], lang: str | None = None):
    """Median and 10-90% band of each value, as :func:`buurtsim.plots.outcome_bars_data`."""
    from ..plots.outcomes import outcome_bars_data

    return outcome_bars_data(runs_table(experiment, values, lang), [experiment.outcome], "group")


def _band_line(experiment: Experiment, data: pd.DataFrame, lang: str | None) -> str:
    o = experiment.outcome
    facts = "; ".join(
        i18n.tf("exp_median_band", lang, group=row.group, median=_fmt(o, row.median, lang),
                low=_fmt(o, row.low, lang), high=_fmt(o, row.high, lang))
        for row in data.itertuples()
    )  # fmt: skip
    return i18n.tf("exp_medians", lang, facts=facts)


#: the word each verdict is shown with: higher and lower fit any outcome
ANSWER_WORDS = {MORE: "exp_higher", LESS: "exp_lower", SAME: SAME}


def judge(
    experiment: Experiment,
    prediction: str,
    values: dict[str, np.ndarray],
    lang: str | None = None,
) -> Feedback:
    """Did ``prediction`` ('meer', 'minder' or 'gelijk') hold: the verdict, the figures it was
    decided on (means, medians and bands), the margin rule, and the parameter's mechanism."""
    e, v = experiment, experiment.verdict(values)
    answer = i18n.t(ANSWER_WORDS[v.answer], lang)
    held = prediction == v.answer
    o = e.outcome
    facts = i18n.tf(
        "exp_facts", lang, runs=v.runs, first=e.seed, last=e.seed + e.runs - 1,
        outcome=i18n.t(o, lang), before=_fmt(o, v.means["before"], lang),
        after=_fmt(o, v.means["after"], lang), a=e.setting_label("a", lang),
        b=e.setting_label("b", lang),
    )  # fmt: skip
    figures = {k: _fmt(o, x, lang) for k, x in (("diff", abs(v.diff)), ("margin", v.margin))}
    rule = i18n.tf("ex_small" if v.answer == SAME else "ex_clear", lang,
                   noise=_fmt(o, v.noise, lang), **figures)  # fmt: skip
    parts = [
        i18n.tf("exp_held" if held else "exp_missed", lang, answer=answer),
        facts,
        rule,
        _band_line(e, bands(e, values, lang), lang),
        i18n.tf("exp_few_runs", lang, min_runs=MIN_RUNS) if e.runs < MIN_RUNS else "",
        i18n.t(PARAMETERS[e.parameter][0], lang),
    ]
    return Feedback(held, " ".join(p for p in parts if p))


def figure(experiment: Experiment, values: dict[str, np.ndarray], lang: str | None = None):
    """The two values' medians with their 10-90% band, as a figure with its alt text."""
    from matplotlib.ticker import MaxNLocator

    from ..experiments.runs import EURO_OUTCOMES, SHARE_OUTCOMES
    from ..plots.outcomes import outcome_bars
    from ..plots.style import new_axes

    _fig, ax = new_axes(figsize=(6.0, 3.6))
    table = runs_table(experiment, values, lang)
    fig = outcome_bars(table, [experiment.outcome], by="group", ax=ax, lang=lang)
    if experiment.outcome not in SHARE_OUTCOMES | EURO_OUTCOMES:  # counts: whole ticks only
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    for tick in ax.get_xticklabels():  # one outcome: its name reads level under the bars
        tick.set_rotation(0)
        tick.set_horizontalalignment("center")
    return fig
