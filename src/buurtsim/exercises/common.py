"""What every exercise shares: the :class:`Feedback` box, reading free answers, the base
scenarios."""

from __future__ import annotations

import functools
import html
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd

from .. import i18n
from ..scenarios import Scenario
from ..scenarios import load_scenario as _load

ANSWERS = {
    "meer": ("meer", "hoger", "groter", "stijgt", "stijging", "toename", "more", "higher", "+"),
    "minder": ("minder", "lager", "kleiner", "daalt", "daling", "afname", "less", "fewer", "-"),
    "gelijk": ("gelijk", "hetzelfde", "even veel", "evenveel", "geen verschil", "same", "="),
}


@dataclass(frozen=True)
class Feedback:
    """The verdict on an answer: ``ok`` and a ``message`` in the exercise's language; shows
    as a coloured box."""

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
def no_answer(lang: str | None = None) -> Feedback:
    """The reminder for an empty answer (None, "", [])."""
    return Feedback(False, i18n.t("ex_no_answer", lang))


def sentence(text: str) -> str:
    """``text`` with a capital first letter, to start a sentence with a name ("meeste stemmen
    eerst wint ...")."""
    return text[:1].upper() + text[1:]


def _missing(answer: Any) -> bool:
    if isinstance(answer, pd.DataFrame):
        return answer.empty
    if isinstance(answer, list | tuple | dict):
        return len(answer) == 0
    return answer is None or (isinstance(answer, str) and not answer.strip())


def _needs_answer(check):
    """An empty answer (None, "", []) gets a friendly reminder instead of a verdict (in the
    check's ``lang``)."""

    @functools.wraps(check)
    def wrapper(answer, *args, **kwargs):
        if _missing(answer):
            return no_answer(kwargs.get("lang"))
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


@lru_cache(maxsize=64)
def _scenario(name: str) -> Scenario:
    from ..widgets.controls import load_base

    return load_base(name)


def _base(scenario: str | Scenario) -> Scenario:
    return _scenario(scenario) if isinstance(scenario, str) else _load(scenario)
