"""What every exercise shares: the :class:`Feedback` box, reading free answers, running the
model."""

from __future__ import annotations

import functools
import html
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from .. import i18n
from ..experiments import simulate
from ..scenarios import Scenario
from ..scenarios import load_scenario as _load

ANSWERS = {
    "meer": ("meer", "hoger", "groter", "stijgt", "stijging", "toename", "more", "higher", "+"),
    "minder": ("minder", "lager", "kleiner", "daalt", "daling", "afname", "less", "fewer", "-"),
    "gelijk": ("gelijk", "hetzelfde", "even veel", "evenveel", "geen verschil", "same", "="),
}


@dataclass(frozen=True)
class Feedback:
    """The verdict on an answer: ``ok`` and a Dutch ``message``; shows as a coloured box."""

    ok: bool
    message: str

    def __bool__(self) -> bool:
        return self.ok

    def __str__(self) -> str:
        return ("✔ " if self.ok else "✘ ") + self.message

    def _repr_html_(self) -> str:
        colour, background, sign = (
            ("#1b5e20", "#e8f5e9", "✔") if self.ok else ("#b71c1c", "#fdecea", "✘")
        )
        return (
            f"<div style='border-left:4px solid {colour};background:{background};"
            f"padding:6px 10px;color:{colour}'><b>{sign}</b> {html.escape(self.message)}</div>"
        )


# --- helpers --------------------------------------------------------------------------------
NO_ANSWER = Feedback(
    False, "Vul eerst je antwoord in (in plaats van None) en voer de cel opnieuw uit."
)


def _missing(answer: Any) -> bool:
    if isinstance(answer, pd.DataFrame):
        return answer.empty
    if isinstance(answer, list | tuple | dict):
        return len(answer) == 0
    return answer is None or (isinstance(answer, str) and not answer.strip())


def _needs_answer(check):
    """An empty answer (None, "", []) gets a friendly reminder instead of a verdict."""

    @functools.wraps(check)
    def wrapper(answer, *args, **kwargs):
        if _missing(answer):
            return NO_ANSWER
        return check(answer, *args, **kwargs)

    return wrapper


def _plain(text: Any) -> str:
    s = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    s = "".join(c if c.isalnum() or c in "+-=" else " " for c in s.replace("_", " "))
    words = s.replace("-", " ").split() if len(s.strip()) > 1 else s.split()
    return " ".join(words)


def direction(answer: Any) -> str | None:
    """'meer', 'minder' or 'gelijk' from a free answer (None when it is none of them)."""
    a = _plain(answer)
    for key, words in ANSWERS.items():
        if a in {_plain(w) for w in words} or a == key:
            return key
    for key, words in ANSWERS.items():
        if any(_plain(w) in a.split() for w in words if len(w) > 1):
            return key
    return None


def compare(before: Sequence[float], after: Sequence[float], margin: float = 0.1) -> str:
    """'meer', 'minder' or 'gelijk': the mean of ``after`` against ``before``, with a relative
    margin (a change smaller than ``margin`` times the larger mean counts as 'gelijk')."""
    a, b = float(np.nanmean(before)), float(np.nanmean(after))
    scale = max(abs(a), abs(b), 1e-9)
    if abs(b - a) <= margin * scale:
        return "gelijk"
    return "meer" if b > a else "minder"


@lru_cache(maxsize=64)
def _scenario(name: str) -> Scenario:
    from ..widgets.controls import load_base

    return load_base(name)


def _base(scenario: str | Scenario) -> Scenario:
    return _scenario(scenario) if isinstance(scenario, str) else _load(scenario)


def _values(scenario: Scenario, outcome: str, runs: int, seed: int) -> list[float]:
    return [float(simulate(scenario, seed=seed + k).summary[outcome]) for k in range(runs)]


def _unknown_direction(answer: Any) -> Feedback:
    return Feedback(
        False,
        f"Ik begrijp '{answer}' niet. Antwoord met 'meer', 'minder' of 'gelijk'.",
    )


def _direction_feedback(
    answer: Any,
    before: Sequence[float],
    after: Sequence[float],
    what: str,
    change: str,
    runs: int,
) -> Feedback:
    """The verdict on a guessed direction ('meer', 'minder', 'gelijk') of the model's values
    from ``before`` to ``after``; ``what`` and ``change`` name the two settings."""
    truth = compare(before, after)
    mean_before, mean_after = np.mean(before), np.mean(after)
    said = direction(answer)
    if said is None:
        return _unknown_direction(answer)
    facts = (
        f"Gemiddeld over {runs} runs: {_num(mean_before)} {what} eerst, "
        f"{_num(mean_after)} {change}."
    )
    if said == truth:
        return Feedback(True, f"Juist: {truth}. {facts}")
    return Feedback(False, f"Niet wat het model laat zien. {facts} Kijk nog eens naar het paneel.")


def _num(x: float) -> str:
    return i18n.number(x, 0 if float(x).is_integer() else 1)
