"""One small translation table (Dutch and English) and Dutch number formats.

Every word the workbook shows passes through here: outcome names, timeseries columns, phases,
statuses of initiatives, themes, decision rules, outreach strategies and axis titles. Parameter
labels are *not* repeated here: :func:`label` reads them from the scenario schema
(:func:`buurtsim.parameters`), so a label is written once.

>>> t("proposals")
'voorstellen'
>>> t("proposals", "en")
'proposals'
>>> euro(8000), euro(8000, lang="en")
('€ 8.000', '€8,000')
>>> number(1234.5, decimals=1), percent(0.125)
('1.234,5', '12,5%')
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from .labels import (
    ablation,
    ballots,
    ballots_table,
    checks,
    cli,
    cli_help,
    dashboard_lang,
    exercises,
    experiment,
    figures,
    glossary,
    handouts,
    panel_texts,
    panels,
    ui,
    workshop,
)
from .labels import model as model_labels
from .language import resolve
from .model.themes import THEMES

LANGS = ("nl", "en")


def _theme_labels() -> dict[str, tuple[str, str]]:
    return {theme.key: (theme.nl, theme.en) for theme in THEMES}


def _merge(*groups: Mapping[str, tuple[str, str]]) -> dict[str, dict[str, str]]:
    """One table of the groups; a key in two groups is an error, not silently overwritten."""
    table: dict[str, dict[str, str]] = {}
    for group in groups:
        for key, (nl, en) in group.items():
            if key in table:
                raise ValueError(f"the label {key!r} is defined twice in buurtsim.labels")
            table[key] = {"nl": nl, "en": en}
    return table


LABELS: dict[str, dict[str, str]] = _merge(
    model_labels.RESIDENT_STATES,
    ui.UI,
    model_labels.OUTCOMES,
    model_labels.TIMESERIES,
    model_labels.PHASES,
    model_labels.STATUSES,
    model_labels.RULES,
    model_labels.OUTREACH,
    ballots.BALLOTS,
    ballots.BALLOT_ERRORS,
    ballots_table.BALLOTS_TABLE,
    glossary.HEADERS,
    ablation.ABLATION,
    workshop.LOG,
    workshop.DASHBOARD,
    dashboard_lang.PAGE,
    dashboard_lang.SERVER,
    exercises.EXERCISES,
    experiment.EXPERIMENT,
    handouts.PACK,
    panels.PANELS,
    panel_texts.PANEL_TEXTS,
    checks.CHECKS,
    figures.FIGURES,
    cli.CLI,
    cli.REPORT,
    cli.SCENARIO,
    cli_help.CLI_HELP,
    _theme_labels(),
)
"""``{key: {"nl": ..., "en": ...}}`` for every word the workbook shows, except parameter labels."""

#: the groups of :data:`LABELS`, for dropdowns
PHASES: tuple[str, ...] = tuple(model_labels.PHASES)
STATUSES: tuple[str, ...] = tuple(model_labels.STATUSES)
RULE_NAMES: tuple[str, ...] = tuple(model_labels.RULES)
OUTREACH_NAMES: tuple[str, ...] = tuple(model_labels.OUTREACH)

GLOSSARY: dict[str, dict[str, str]] = glossary.GLOSSARY
"""Each Dutch term of the method once: its English name (``"en"``) and a one-line explanation in
Dutch (``"nl"``) and in English (``"en_explanation"``)."""


def t(key: str, lang: str | None = None) -> str:
    """The label of ``key`` in ``lang`` ("nl" or "en"); the key itself when it is unknown.

    Parameter keys (``municipality.control``) are looked up in the schema, like :func:`label`.
    """
    lang = resolve(lang)
    entry = LABELS.get(key)
    if entry is not None:
        return entry.get(lang) or entry["nl"]
    if "." in key:
        return label(key, lang)
    return key


def tf(key: str, lang: str | None = None, **values: Any) -> str:
    """:func:`t` with its ``{placeholders}`` filled: ``tf("log_locked", name=..., seconds=10)``.

    A count of one takes the singular (:func:`singular`): "1 simulatie", not "1 simulaties".
    """
    return singular(t(key, lang).format(**values))


#: the plurals the templates write after a count, and their singular (Dutch and English)
SINGULAR = {
    "simulaties": "simulatie", "startgetallen": "startgetal", "groepen": "groep",
    "weken": "week", "ideeën": "idee", "voorstellen": "voorstel", "initiatieven": "initiatief",
    "projecten": "project", "conflicten": "conflict", "bewoners": "bewoner", "straten": "straat",
    "runs": "run", "seeds": "seed", "groups": "group", "weeks": "week", "ideas": "idea",
    "proposals": "proposal", "initiatives": "initiative", "projects": "project",
    "conflicts": "conflict", "residents": "resident", "streets": "street", "times": "time",
}  # fmt: skip
_ONE = re.compile(r"(?<![\d.,\-–])\b1 (" + "|".join(SINGULAR) + r")\b")


def singular(text: str) -> str:
    """``text`` with "1 <plural>" made singular, in both languages.

    >>> singular("1 simulaties van 1 groepen, 0,1 weken, 11 runs")
    '1 simulatie van 1 groep, 0,1 weken, 11 runs'
    """
    return _ONE.sub(lambda m: f"1 {SINGULAR[m.group(1)]}", text)


@cache
def _params() -> dict[str, Any]:
    from .scenarios import parameters

    return parameters()


def label(key: str, lang: str | None = None) -> str:
    """The schema's label of a dotted parameter key, e.g. ``label("budget.amount")``.

    Falls back to the key itself for a key the schema does not know; never raises.
    """
    lang = resolve(lang)
    info = _params().get(key)
    if info is None:
        return key
    return info.en if lang == "en" else info.nl


def unit(text: str, lang: str | None = None) -> str:
    """A unit of the scenario schema (written in English there) in ``lang``; unknown ones as is."""
    lang = resolve(lang)
    return panels.UNITS.get(text, text) if lang == "nl" else text


def _origin(source: str, lang: str | None) -> str:
    """Where a default comes from, in words: the pilot, the literature, an assumption, a choice."""
    refs = " ".join(re.findall(r"\[[^\]]*\d[^\]]*\]|\[seed\]", source))
    kind = source.split(":", 1)[0].strip().lower()
    if kind.startswith("method.md"):
        return tf("tip_pilot", lang, refs=refs).strip()
    if kind.startswith("calibrated"):
        return t("tip_calibrated", lang)
    if kind.startswith("literature"):
        return t("tip_literature", lang)
    if kind.startswith("scenario choice") or kind.startswith("label only"):
        return t("tip_choice", lang)
    if refs:
        return tf("tip_assumption_refs", lang, refs=refs)
    return t("tip_assumption", lang)


def tooltip(key: str, lang: str | None = None) -> str:
    """A parameter's tooltip in one language: its label, its unit, and where its default comes
    from (the pilot with its source numbers, an assumption, a choice); never the schema's
    English source text in the Dutch interface."""
    lang = resolve(lang)
    info = _params().get(key)
    if info is None:
        return key
    parts = [label(key, lang) + "."]
    if info.unit:
        parts.append(tf("tip_unit", lang, unit=unit(info.unit, lang)))
    parts.append(tf("tip_start", lang, origin=_origin(info.source, lang)))
    if "[" in info.source:
        parts.append(t("tip_sources", lang) + ".")
    return " ".join(parts)


def _group(digits: str, sep: str) -> str:
    out: list[str] = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


def number(x: float, decimals: int = 0, lang: str | None = None) -> str:
    """A number with thousands separators: ``1.234,5`` in Dutch, ``1,234.5`` in English.

    NaN and None give an en dash (–), the usual sign for "not available".
    """
    lang = resolve(lang)
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    text = f"{abs(float(x)):.{decimals}f}"
    whole, _, frac = text.partition(".")
    thousands, point = (".", ",") if lang == "nl" else (",", ".")
    out = _group(whole, thousands) + (point + frac if frac else "")
    negative = float(x) < 0 and float(text) != 0
    return ("-" if negative else "") + out


def euro(x: float, decimals: int = 0, lang: str | None = None) -> str:
    """An amount in euro: ``€ 8.000`` in Dutch, ``€8,000`` in English."""
    lang = resolve(lang)
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    body = number(abs(x), decimals, lang)
    sign = "-" if x < 0 and body.strip("0.,") else ""
    return f"{sign}€ {body}" if lang == "nl" else f"{sign}€{body}"


def percent(x: float, decimals: int = 1, lang: str | None = None) -> str:
    """A share as a percentage: ``percent(0.125) == "12,5%"``; English ``"12.5%"``."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return number(100 * x, decimals, lang) + "%"


def euro_formatter(lang: str | None = None, decimals: int = 0):
    """A matplotlib tick formatter that writes euro amounts (``€ 8.000``)."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: euro(x, decimals, lang))


def number_formatter(lang: str | None = None, decimals: int | None = None):
    """A matplotlib tick formatter with Dutch (or English) separators.

    ``decimals=None`` shows as few decimals as the tick needs (2,5 but 3, never 3,0).
    """
    from matplotlib.ticker import FuncFormatter

    def fmt(x: float, _pos) -> str:
        d = decimals
        if d is None:
            d = next((k for k in range(3) if abs(x * 10**k - round(x * 10**k)) < 1e-6), 2)
        return number(x, d, lang)

    return FuncFormatter(fmt)


def percent_formatter(lang: str | None = None, decimals: int | None = None):
    """A matplotlib tick formatter for shares (0.25 -> ``25%``, 0.025 -> ``2,5%``).

    ``decimals=None`` shows a decimal only where the tick needs one.
    """
    from matplotlib.ticker import FuncFormatter

    def fmt(x: float, _pos) -> str:
        d = decimals
        if d is None:
            d = 0 if abs(100 * x - round(100 * x)) < 1e-6 else 1
        return percent(x, d, lang)

    return FuncFormatter(fmt)


def glossary_table(lang: str | None = None):
    """The glossary as a table, sorted by term: the Dutch term, its English name and the
    explanation in ``lang`` (Dutch or English; ``None``: the current language). The column
    headers come from the translation table.

    >>> list(glossary_table("en").columns)
    ['Dutch term', 'English', 'explanation']
    """
    import pandas as pd

    lang = resolve(lang)
    explanation = "nl" if lang == "nl" else "en_explanation"
    rows = [
        {
            t("glossary_term", lang): term,
            t("glossary_name", lang): entry["en"],
            t("glossary_explanation", lang): entry[explanation],
        }
        for term, entry in sorted(GLOSSARY.items(), key=lambda kv: kv[0].lower())
    ]
    return pd.DataFrame(rows)
