"""One sentence on what a figure shows, written from the data it draws: its alt text.

Each ``describe_*`` takes what the matching ``*_data`` function returns and fills a sentence of
the translation table (``alt_*`` in :mod:`buurtsim.labels.figures`), with numbers written the
language's way. A screen reader reads it out; it is also the figure's plain-text form in a
notebook.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from .. import i18n
from ..experiments.runs import EURO_OUTCOMES, SHARE_OUTCOMES
from ..i18n import t, tf

#: weekly measures that are shares (0-1) and measures in euro
SHARE_MEASURES = frozenset(
    {"aware_share", "cohesion", "ownership", "trust_municipality", "lonely_vulnerable",
     "liveability"}
)  # fmt: skip
EURO_MEASURES = frozenset({"budget_allocated", "budget_spent"})


def words(items: Sequence[str], lang: str | None = None) -> str:
    """``a``, ``a en b``, ``a, b en c`` (``and`` in English); ``niets`` when empty."""
    items = [str(i) for i in items if str(i)]
    if not items:
        return t("alt_none", lang)
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {t('alt_and', lang)} {items[-1]}"


def value_text(name: str, value: float, lang: str | None = None) -> str:
    """A measure or outcome as the figure writes it: shares as %, money in euro."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if name in SHARE_MEASURES or name in SHARE_OUTCOMES:
        return i18n.percent(value, 1, lang)
    if name in EURO_MEASURES or name in EURO_OUTCOMES:
        return i18n.euro(value, 0, lang)
    decimals = 0 if float(value).is_integer() else (1 if abs(value) >= 1 else 2)
    return i18n.number(value, decimals, lang)


def describe_timeseries(
    data: pd.DataFrame, measures: Sequence[str], lang: str | None = None
) -> str:
    """``data`` from :func:`~buurtsim.plots.timeseries_data`."""
    if data.empty or not measures:
        return t("alt_empty", lang)
    lead = measures[0]
    return tf(
        "alt_timeseries",
        lang,
        first=int(data["week"].min()),
        last=int(data["week"].max()),
        measures=words([t(m, lang) for m in measures], lang),
        lead=t(lead, lang),
        start=value_text(lead, float(data[lead].iloc[0]), lang),
        end=value_text(lead, float(data[lead].iloc[-1]), lang),
    )


def describe_bands(
    data: pd.DataFrame, measure: str, lang: str | None = None, of_measures: bool = False
) -> str:
    """``data`` from :func:`~buurtsim.plots.ensemble_bands_data` (``group`` may be empty;
    ``of_measures``: each group is a measure of its own, named by the group)."""
    if data.empty:
        return t("alt_empty", lang)
    last = data["week"].max()
    end = data[data["week"] == last].set_index("group")["median"]
    best = end.idxmax()
    groups = [str(g) for g in dict.fromkeys(data["group"]) if str(g)]
    return tf(
        "alt_bands_measures" if of_measures else "alt_bands",
        lang,
        runs=int(data["runs"].max()),
        measure=t(measure, lang),
        groups=words(groups, lang) if groups else t(measure, lang),
        last=int(last),
        best=str(best) or t(measure, lang),
        value=value_text(measure, float(end.max()), lang),
    )


def describe_bars(data: pd.DataFrame, lang: str | None = None) -> str:
    """``data`` from :func:`~buurtsim.plots.outcome_bars_data`."""
    known = data.dropna(subset=["median"])
    if known.empty:
        return t("alt_empty", lang)
    first = str(known["outcome"].iloc[0])
    of_first = known[known["outcome"] == first]
    top = of_first.loc[of_first["median"].idxmax()]
    groups = [str(g) for g in dict.fromkeys(data["group"]) if str(g)]
    return tf(
        "alt_bars" if groups else "alt_bars_one",
        lang,
        outcomes=words([t(o, lang) for o in dict.fromkeys(data["outcome"])], lang),
        runs=int(data["runs"].max()),
        groups=words(groups, lang),
        first=t(first, lang),
        best=str(top["group"]) or t(first, lang),
        value=value_text(first, float(top["median"]), lang),
    )


def describe_curve(data: pd.DataFrame, outcome: str, param: str, lang: str | None = None) -> str:
    """``data`` from :func:`~buurtsim.plots.control_curve_data`."""
    known = data.dropna(subset=["median"])
    if known.empty:
        return t("alt_empty", lang)
    share = param == "municipality.control"

    def x(value: float) -> str:
        return i18n.percent(value, 0, lang) if share else i18n.number(value, 2, lang)

    top = known.loc[known["median"].idxmax()]
    return tf(
        "alt_curve",
        lang,
        outcome=t(outcome, lang).capitalize(),
        param=i18n.label(param, lang).lower(),
        runs=int(known["runs"].max()),
        start=value_text(outcome, float(known["median"].iloc[0]), lang),
        x0=x(float(known["value"].iloc[0])),
        end=value_text(outcome, float(known["median"].iloc[-1]), lang),
        x1=x(float(known["value"].iloc[-1])),
        best=value_text(outcome, float(top["median"]), lang),
        xbest=x(float(top["value"])),
    )


def describe_map(
    houses: pd.DataFrame,
    colour_by: str,
    names: Sequence[tuple[float, str]],
    lang: str | None = None,
) -> str:
    """``houses`` from :func:`~buurtsim.plots.neighbourhood_map_data`; ``names`` gives each
    value class (a lower bound) its words, from the highest bound down."""
    if colour_by == "street":
        counts = t("alt_map_streets", lang)
    else:
        values = houses["value"].to_numpy(dtype=float)
        parts: list[tuple[int, str]] = []
        for bound, name in names:
            count = int(np.sum(values >= bound)) - sum(n for n, _ in parts)
            parts.append((count, name))
        counts = ", ".join(f"{i18n.number(n, lang=lang)} {name}" for n, name in parts if n)
    return tf(
        "alt_map",
        lang,
        houses=i18n.number(len(houses), lang=lang),
        streets=i18n.number(houses["street"].nunique(), lang=lang),
        counts=counts,
    )


def describe_timeline(data: dict[str, pd.DataFrame], lang: str | None = None) -> str:
    """``data`` from :func:`~buurtsim.plots.initiative_timeline_data`: how many initiatives
    reached each stage's end, and how many stopped at each end event."""
    segments, markers = data["segments"], data["markers"]
    if segments.empty:
        return t("alt_empty", lang)
    realised = segments.loc[segments["stage"] == "realised", "id"].nunique()
    counts = [f"{i18n.number(realised, lang=lang)} {t('realised', lang)}"]
    for event, n in markers["event"].value_counts().items():
        counts.append(f"{i18n.number(int(n), lang=lang)} {t(str(event), lang)}")
    return tf(
        "alt_timeline",
        lang,
        count=segments["id"].nunique(),
        first=int(segments["start"].min()),
        last=int(segments["end"].max()),
        counts=", ".join(counts),
    )


def describe_votes(data: pd.DataFrame, lang: str | None = None) -> str:
    """``data`` from :func:`~buurtsim.plots.theme_votes_data`."""
    stickers = data.loc[data["stickers"].idxmax()]
    ideas = data.loc[data["ideas"].idxmax()]
    return tf(
        "alt_votes",
        lang,
        sticker_theme=stickers["label"],
        stickers=i18n.number(int(stickers["stickers"]), lang=lang),
        idea_theme=ideas["label"],
        ideas=i18n.number(int(ideas["ideas"]), lang=lang),
    )


def describe_costs(data: pd.DataFrame, limit: float | None, lang: str | None = None) -> str:
    """``data`` from :func:`~buurtsim.plots.idea_costs_data`."""
    if data.empty:
        return t("alt_empty", lang)
    fates = ", ".join(
        f"{i18n.number(int(n), lang=lang)} {t(str(fate), lang)}"
        for fate, n in data["fate"].value_counts().items()
    )
    values = {
        "count": i18n.number(len(data), lang=lang),
        "low": i18n.euro(float(data["cost"].min()), lang=lang),
        "high": i18n.euro(float(data["cost"].max()), lang=lang),
        "fates": fates,
    }
    if limit is None:
        return tf("alt_costs", lang, **values)
    over = int((data["cost"] > limit).sum())
    return tf(
        "alt_costs_limit",
        lang,
        **values,
        over=i18n.number(over, lang=lang),
        limit=i18n.euro(limit, lang=lang),
    )


def describe_empty_handed(data: pd.DataFrame, lang: str | None = None) -> str:
    """``data`` from :func:`~buurtsim.plots.empty_handed_data`."""
    if data.empty:
        return t("alt_empty", lang)
    totals = data.groupby("label", sort=False)["voters"].sum()
    return tf(
        "alt_empty_handed",
        lang,
        best=totals.idxmin(),
        low=i18n.number(int(totals.min()), lang=lang),
        worst=totals.idxmax(),
        high=i18n.number(int(totals.max()), lang=lang),
    )
