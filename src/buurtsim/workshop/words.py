"""Small pieces of text the workshop tools share: street names, ideas, settings in plain words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..i18n import euro, label, number, percent, t
from ..language import resolve
from ..model.themes import THEMES
from ..scenarios import Scenario, flatten, parameters

# An idea described by its theme: the model knows a theme, not the object itself.
# fmt: off
_IDEA = {
    "meeting": ("de ontmoetingsplek", "the meeting place"),
    "green": ("het groenproject", "the greening project"),
    "play_sport": ("het speel- en sportproject", "the play and sport project"),
    "rest": ("de rustplek", "the resting place"),
    "culture": ("het cultuurproject", "the culture project"),
    "mobility": ("het wandel- en fietsproject", "the walking and cycling project"),
    "food": ("het eetproject", "the food project"),
}
# fmt: on
assert set(_IDEA) == {theme.key for theme in THEMES}


def street_label(street: int, lang: str | None = None) -> str:
    """Streets have no names in the model; they are numbered from 1: ``straat 3``."""
    return f"{t('street', lang)} {int(street) + 1}"


def idea_label(theme: str, lang: str | None = None) -> str:
    """``de ontmoetingsplek``: an idea named after its theme."""
    nl, en = _IDEA.get(theme, (f"het idee rond {t(theme, 'nl')}", f"the {t(theme, 'en')} idea"))
    return en if resolve(lang) == "en" else nl


def setting_value(key: str, value: Any, lang: str | None = None) -> str:
    """A setting's value as a reader expects it: ``€ 8.000``, ``30%``, ``huis aan huis``."""
    info = parameters().get(key)
    if value is None:  # an optional setting left empty: announced_control follows control
        return t("same_as_control", lang)
    if info is None or isinstance(value, str) or info.choices:
        return t(str(value), lang)
    if info.unit == "euro":
        return euro(value, lang=lang)
    if info.unit.startswith("share"):
        return percent(value, 0, lang)
    if info.kind is int:
        return number(value, 0, lang)
    decimals = 0 if float(value).is_integer() else 2 if round(value, 1) != value else 1
    return number(value, decimals, lang)


def differences(
    scenario: Scenario | Mapping[str, Any], baseline: Scenario | Mapping[str, Any]
) -> list[str]:
    """The dotted keys (but the name) where ``scenario`` differs from ``baseline``, schema order."""
    mine = flatten(scenario) if isinstance(scenario, Scenario) else dict(scenario)
    base = flatten(baseline) if isinstance(baseline, Scenario) else dict(baseline)
    return [
        k
        for k in parameters()
        if k != "neighbourhood.name" and k in mine and mine[k] != base.get(k)
    ]


def settings_in_words(
    scenario: Scenario | Mapping[str, Any],
    baseline: Scenario | Mapping[str, Any],
    baseline_name: str = "Arendonk",
    lang: str | None = None,
) -> list[str]:
    """What differs from the baseline, one plain sentence per setting, with the schema's labels.

    ``["Controle door de gemeente: 0,9 (Arendonk: 0,3)"]``; an empty list when nothing differs.
    """
    mine = flatten(scenario) if isinstance(scenario, Scenario) else dict(scenario)
    base = flatten(baseline) if isinstance(baseline, Scenario) else dict(baseline)
    return [
        f"{label(k, lang)}: {setting_value(k, mine[k], lang)} "
        f"({baseline_name}: {setting_value(k, base[k], lang)})"
        for k in differences(mine, base)
    ]
