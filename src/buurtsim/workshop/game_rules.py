"""The extra framework rules a group may add when it plays the municipality.

>>> make_rule("max_cost", 1500).text
'hoogstens € 1.500 per project'
>>> make_rule("no_theme", "eten", lang="en").text
'no food ideas'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..i18n import euro, t
from ..language import resolve
from ..model.agents import Initiative
from ..model.themes import THEMES


@dataclass(frozen=True)
class Rule:
    """An extra framework rule of the group: ``check(initiative)`` is True when it is allowed."""

    kind: str
    value: Any
    text: str
    check: Callable[[Initiative], bool] = field(repr=False, compare=False)

    def __call__(self, initiative: Initiative) -> bool:
        return self.check(initiative)


def _theme_key(value: str) -> str:
    for theme in THEMES:
        if value in (theme.key, theme.nl, theme.en):
            return theme.key
    names = ", ".join(f"{th.key} ({th.nl})" for th in THEMES)
    raise ValueError(f"no_theme takes a theme, not {value!r}; the themes are {names}")


def _max_cost_rule(value: Any, nl: bool) -> Rule:
    try:
        limit = float(value)
    except (TypeError, ValueError):
        limit = float("nan")
    if not limit > 0:
        raise ValueError(f"max_cost is an amount in euro above 0, not {value!r}")
    text = (
        f"hoogstens {euro(limit)} per project"
        if nl
        else f"at most {euro(limit, lang='en')} a project"
    )
    return Rule("max_cost", limit, text, lambda i: i.cost <= limit)


def _no_theme_rule(value: Any, nl: bool) -> Rule:
    key = _theme_key(str(value))
    text = f"geen ideeën rond {t(key, 'nl')}" if nl else f"no {t(key, 'en')} ideas"
    return Rule("no_theme", key, text, lambda i: i.theme_key != key)


def _min_supporters_rule(value: Any, nl: bool) -> Rule:
    try:
        whole = not isinstance(value, bool) and float(value).is_integer()
    except (TypeError, ValueError):
        whole = False
    if not whole or not 1 <= float(value) <= 50:
        raise ValueError(f"min_supporters is a whole number from 1 to 50, not {value!r}")
    n = int(value)
    text = (
        f"minstens {n} bewoners steunen het idee" if nl else f"at least {n} residents back the idea"
    )
    return Rule("min_supporters", n, text, lambda i: len(i.supporters) >= n)


#: the kinds of extra rule, each with the function that makes one from its value
RULE_MAKERS: dict[str, Callable[[Any, bool], Rule]] = {
    "max_cost": _max_cost_rule,
    "no_theme": _no_theme_rule,
    "min_supporters": _min_supporters_rule,
}


def make_rule(kind: str, value: Any, lang: str | None = None) -> Rule:
    """One extra framework rule. The kinds:

    * ``"max_cost"``, euro: no project may cost more (``max_cost=1000``);
    * ``"no_theme"``, a theme key or its Dutch name: no ideas on that theme (``"food"``/``"eten"``);
    * ``"min_supporters"``, a whole number: at least that many residents back the idea.
    """
    maker = RULE_MAKERS.get(kind)
    if maker is None:
        raise ValueError(
            f"unknown rule {kind!r}; the rules are max_cost, no_theme and min_supporters"
        )
    return maker(value, resolve(lang) != "en")
