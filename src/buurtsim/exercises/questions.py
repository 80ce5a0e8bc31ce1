"""The workbook's questions about the model, each decided by running it (see :mod:`.verdict`).

A :class:`Question` compares two or more settings over the same seeds. A *direction* question
asks whether an outcome goes up ("meer"), down ("minder") or stays about the same from its first
setting to its second; a *best* question asks which setting gives the most (or "ongeveer gelijk"
when the best two are close). Nothing here holds a right answer or a model figure: :func:`verdict`
computes both when the question is asked, so they follow the model when it is re-tuned.

======  ===============  ========================================================================
nb      key              question
======  ===============  ========================================================================
01      neighbourhood    which neighbourhood has the larger share of isolated residents?
02      control          more or fewer initiatives realised at control 0.9 than at 0.3?
03      outreach         which outreach brings the largest share of vulnerable residents?
04      cost             more or fewer ideas inside the framework when ideas cost 4 times as much?
06      review           longer or shorter waits for the review at control 0.9 than at 0.3?
07      upkeep           more or fewer initiatives still kept up when upkeep asks 8 hours a week?
======  ===============  ========================================================================
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import i18n
from ..scenarios import Scenario, flatten, with_overrides
from . import measures
from .common import Feedback, _base, _plain, direction, sentence
from .verdict import LESS, MIN_RUNS, MORE, RUNS, SAME, Verdict, decide_best, decide_direction


@dataclass(frozen=True)
class Setting:
    """One arm of a question: a scenario by name, with some dotted keys changed; ``option`` is
    the answer that names it (for *best* questions)."""

    option: str
    scenario: str = "arendonk"
    overrides: tuple[tuple[str, Any], ...] = ()

    def build(self) -> Scenario:
        return with_overrides(_base(self.scenario), dict(self.overrides))


@dataclass(frozen=True)
class Question:
    """What to measure (``outcome`` of runs as far as ``kind``), in which ``settings``, and the
    ``margin`` (in the outcome's unit) a difference must exceed besides chance."""

    key: str
    style: str  # "direction" or "best"
    kind: str  # see buurtsim.exercises.measures.KINDS
    outcome: str
    settings: tuple[Setting, ...]
    margin: float
    unit: str = "count"  # "count", "share" or "weeks"

    def options(self) -> tuple[str, ...]:
        """The answers offered, as keys (their words via :func:`buurtsim.i18n.t`)."""
        if self.style == "direction":
            return (MORE, LESS, SAME)
        return (*(s.option for s in self.settings), SAME)


def _control(value: float) -> tuple[tuple[str, Any], ...]:
    return (("municipality.control", value),)


QUESTIONS: dict[str, Question] = {
    q.key: q
    for q in (
        Question(
            "neighbourhood", "best", "neighbourhood", "isolated_share",
            (Setting("arendonk", "arendonk"), Setting("olmen", "olmen")),
            margin=0.02, unit="share",
        ),
        Question(
            "control", "direction", "summary", "initiatives_realised",
            (Setting("before", overrides=_control(0.3)), Setting("after", overrides=_control(0.9))),
            margin=1.0,
        ),
        Question(
            "outreach", "best", "kickoff", "vulnerable",
            tuple(
                Setting(k, overrides=(("facilitator.outreach", k),))
                for k in ("info_evening", "door_to_door", "core_group")
            ),
            margin=0.01, unit="share",
        ),
        Question(
            "cost", "direction", "decision", "in_frame",
            (Setting("before"), Setting("after", overrides=(("budget.cost_scale", 2.0),))),
            margin=1.0,
        ),
        Question(
            "review", "direction", "summary", "review_delay",
            (Setting("before", overrides=_control(0.3)), Setting("after", overrides=_control(0.9))),
            margin=1.0, unit="weeks",
        ),
        Question(
            "upkeep", "direction", "summary", "initiatives_sustained",
            (Setting("before"), Setting("after", overrides=(("process.upkeep_hours", 8.0),))),
            margin=1.0,
        ),
    )
}  # fmt: skip


def verdict(question: Question | str, seed: int = 1, runs: int = RUNS) -> Verdict:
    """The right answer to ``question`` over runs ``seed`` .. ``seed + runs - 1`` of each
    setting, and the figures behind it."""
    q = QUESTIONS[question] if isinstance(question, str) else question
    if runs < MIN_RUNS:
        raise ValueError(f"a question is decided over at least {MIN_RUNS} runs, not {runs}")
    scenarios = {s.option: s.build() for s in q.settings}
    measures.prepare([(q.kind, sc) for sc in scenarios.values()], seed, runs)
    values = {o: measures.samples(q.kind, sc, q.outcome, seed, runs) for o, sc in scenarios.items()}
    if q.style == "direction":
        return decide_direction(values["before"], values["after"], q.margin)
    return decide_best(values, q.margin)


def _fmt(q: Question, x: float, lang: str | None) -> str:
    if q.unit == "share":
        return i18n.percent(x, 1, lang)
    text = i18n.number(x, 1, lang)
    return i18n.t("unit_weeks", lang).format(value=text) if q.unit == "weeks" else text


def _setting_label(q: Question, setting: Setting, lang: str | None) -> str:
    """'controle door de gemeente 0,3': the keys any setting changes, at this setting's value."""
    keys = dict.fromkeys(k for s in q.settings for k, _ in s.overrides)
    flat = flatten(setting.build())
    return ", ".join(f"{i18n.label(k, lang).lower()} {_value(flat[k], lang)}" for k in keys)


def _value(x: Any, lang: str | None) -> str:
    return i18n.number(x, 1, lang) if isinstance(x, int | float) else i18n.t(str(x), lang)


def _facts(q: Question, v: Verdict, lang: str | None) -> str:
    """What the runs gave, and why that counts as a difference or as about the same."""
    figures = {
        "diff": _fmt(q, abs(v.diff), lang),
        "margin": _fmt(q, v.margin, lang),
        "noise": _fmt(q, v.noise, lang),
    }
    if q.style == "direction":
        first, second = q.settings
        facts = (
            i18n.t("ex_facts_direction", lang)
            .format(
                runs=v.runs,
                before=_fmt(q, v.means["before"], lang),
                after=_fmt(q, v.means["after"], lang),
                what=i18n.t(f"what_{q.outcome}", lang) if q.unit != "weeks" else "",
                first=_setting_label(q, first, lang),
                second=_setting_label(q, second, lang),
            )
            .replace("  ", " ")
        )
        rule = i18n.t("ex_small" if v.answer == SAME else "ex_clear", lang).format(**figures)
        return f"{facts} {rule}"
    listed = "; ".join(f"{i18n.t(k, lang)} {_fmt(q, m, lang)}" for k, m in v.means.items())
    facts = i18n.t("ex_facts_best", lang).format(runs=v.runs, facts=listed)
    top, runner_up = sorted(v.means, key=lambda k: -v.means[k])[:2]
    rule = i18n.t("ex_best_small" if v.answer == SAME else "ex_best_clear", lang).format(
        best=i18n.t(top, lang), second=i18n.t(runner_up, lang), **figures
    )
    return f"{facts} {sentence(rule)}"


def check(
    question: Question | str, answer: str, seed: int = 1, runs: int = RUNS, lang: str | None = None
) -> Feedback:
    """The verdict on ``answer`` (one of the question's option keys): right or wrong, the
    figures it was decided on, and the mechanism that explains it."""
    q = QUESTIONS[question] if isinstance(question, str) else question
    if answer not in q.options():
        return Feedback(False, i18n.t("ex_choose", lang))
    v = verdict(q, seed, runs)
    head = "ex_right" if answer == v.answer else "ex_wrong"
    parts = [
        i18n.t(head, lang).format(answer=i18n.t(v.answer, lang)),
        _facts(q, v, lang),
        i18n.t(f"why_{q.key}", lang),
    ]
    return Feedback(answer == v.answer, " ".join(parts))


OUTREACH_WORDS = {
    "info_evening": ("info", "infoavond", "brief", "info evening", "information evening"),
    "door_to_door": ("huis aan huis", "deur aan deur", "huisbezoek", "door to door", "aanbellen"),
    "core_group": ("kerngroep", "kerngroep", "via een kerngroep"),
}


def outreach_from(answer: Any) -> str | None:
    """The outreach key ('info_evening', 'door_to_door', 'core_group') of a free answer."""
    a = _plain(answer)
    for key, words in OUTREACH_WORDS.items():
        if a == _plain(key) or any(_plain(w) in a for w in words):
            return key
    return None


def answer_key(question: Question | str, answer: Any) -> str | None:
    """The option key a free answer names ('meer', 'huis aan huis', 'Olmen', ...), or None."""
    q = QUESTIONS[question] if isinstance(question, str) else question
    options = q.options()
    if q.style == "direction" or _plain(answer) in {"gelijk", "ongeveer gelijk"}:
        said = direction(answer)
        return said if said in options else None
    said = outreach_from(answer) if q.key == "outreach" else _plain(answer).split(" ")[0]
    return said if said in options else None
