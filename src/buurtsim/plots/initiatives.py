"""Initiatives: the sticker vote, ideas with their costs, and each initiative's timeline."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ..i18n import euro_formatter, number_formatter, t
from ..model.themes import THEME_KEYS, THEMES
from .describe import describe_costs, describe_timeline, describe_votes
from .style import COLOURS, GREY, MIN_FONT_PT, new_axes, set_alt, styled, tidy

#: the stages of an initiative's life, in order, with their colour
STAGES: tuple[str, ...] = ("idea", "in_review", "in_progress", "realised")
STAGE_COLOURS = {
    "idea": COLOURS["skyblue"],
    "in_review": COLOURS["yellow"],
    "in_progress": COLOURS["orange"],
    "realised": COLOURS["green"],
}
#: and their hatching, so the stages differ without colour too
STAGE_HATCHES = {"idea": "", "in_review": "..", "in_progress": "//", "realised": "xx"}
#: events that end an initiative early, with their marker
END_EVENTS = {
    "redirected": ("s", COLOURS["purple"]),
    "withdrawn": ("x", "#333333"),
    "not_chosen": ("o", GREY),
    "vetoed": ("X", COLOURS["vermillion"]),
    "abandoned": ("v", COLOURS["black"]),
    "decayed": ("D", COLOURS["vermillion"]),
}
FATES: tuple[str, ...] = ("to_decision", "redirected", "withdrawn", "idea")
FATE_COLOURS = {
    "to_decision": COLOURS["green"],
    "redirected": COLOURS["purple"],
    "withdrawn": "#333333",
    "idea": COLOURS["skyblue"],
}
FATE_HATCHES = {"to_decision": "", "redirected": "//", "withdrawn": "xx", "idea": ".."}


#: the events that start or end a stage
STAGE_EVENTS: tuple[str, ...] = ("proposed", "decided", "reviewed", "approved", "realised")


def _first(*weeks: float) -> float:
    """The earliest of some weeks, ignoring the missing ones (NaN when all are missing)."""
    known = [w for w in weeks if not np.isnan(w)]
    return min(known) if known else np.nan


def _week(row, event: str) -> float:
    value = row.get(f"week_{event}", np.nan)
    return float(value) if value is not None and pd.notna(value) else np.nan


def _label(row, lang: str | None) -> str:
    theme = t(str(row["theme"]), lang)
    street = f"{t('street', lang)} {int(row['street']) + 1}" if "street" in row else ""
    return f"{theme} ({street})" if street else theme


def initiative_timeline_data(
    initiatives_df: pd.DataFrame, end_week: int | None = None, lang: str | None = None
) -> dict[str, pd.DataFrame]:
    """The timeline of every initiative: coloured ``segments`` and end ``markers``.

    ``segments``: id, row, label, stage, start, end (stage ``idea`` from proposal to decision,
    ``in_review`` from decision to the municipality's verdict, ``in_progress`` from approval to
    realisation, ``realised`` from then to decay or ``end_week``). ``markers``: id, row, event,
    week for redirected, withdrawn, not chosen, vetoed, abandoned and decayed. ``end_week``
    defaults to the last week any event happened.
    """
    df = initiatives_df.reset_index(drop=True)
    if end_week is None:
        end_week = _last_week(df)
    segments, markers = [], []
    for row_no, (_, row) in enumerate(df.iterrows()):
        row_segments, row_markers = _row_timeline(row_no, row, end_week, lang)
        segments += row_segments
        markers += row_markers
        if not any(s["id"] == row["id"] for s in segments):  # nothing dated: keep the row visible
            segments.append(_undated(row_no, row, end_week, lang))
    seg_cols = ["id", "row", "label", "stage", "start", "end"]
    return {
        "segments": pd.DataFrame(segments, columns=seg_cols),
        "markers": pd.DataFrame(markers, columns=["id", "row", "event", "week"]),
    }


def _last_week(df: pd.DataFrame) -> int:
    """The last week any event happened (0 when the table has no week columns)."""
    weeks = df[[c for c in df.columns if c.startswith("week_")]]
    return int(np.nanmax(weeks.to_numpy(dtype=float))) if weeks.size else 0


def _event_weeks(row) -> dict[str, float]:
    """The week of every stage and end event of one initiative (NaN when it did not happen)."""
    week = {e: _week(row, e) for e in (*STAGE_EVENTS, *END_EVENTS)}
    not_chosen = row.get("status") == "not_chosen"
    week["not_chosen"] = week["decided"] if not_chosen else np.nan
    return week


def _stages(week: dict[str, float], not_chosen: bool) -> list[tuple[str, float, float]]:
    """(stage, start, stop) of one initiative; a missing start or stop is NaN."""
    return [
        (
            "idea",
            week["proposed"],
            _first(week["decided"], week["redirected"], week["withdrawn"]),
        ),
        ("in_review", np.nan if not_chosen else week["decided"], week["reviewed"]),
        ("in_progress", week["approved"], _first(week["realised"], week["abandoned"])),
        ("realised", week["realised"], week["decayed"]),
    ]


def _row_timeline(
    row_no: int, row, end_week: int, lang: str | None
) -> tuple[list[dict], list[dict]]:
    """The segments and end markers of one initiative (row ``row_no`` of the timeline)."""
    ident, name = row["id"], _label(row, lang)
    week = _event_weeks(row)
    segment = {"id": ident, "row": row_no, "label": name}
    segments = []
    for stage, start, stop in _stages(week, row.get("status") == "not_chosen"):
        if np.isnan(start):
            continue
        stop = end_week if np.isnan(stop) else max(stop, start)
        segments.append({**segment, "stage": stage, "start": start, "end": stop})
    markers = [
        {"id": ident, "row": row_no, "event": event, "week": week[event]}
        for event in END_EVENTS
        if not np.isnan(week[event])
    ]
    return segments, markers


def _undated(row_no: int, row, end_week: int, lang: str | None) -> dict:
    """A zero-length idea segment at ``end_week`` for an initiative with no dated stage."""
    return {
        "id": row["id"],
        "row": row_no,
        "label": _label(row, lang),
        "stage": "idea",
        "start": end_week,
        "end": end_week,
    }


def draw_timeline(ax: Axes, data: dict[str, pd.DataFrame], lang: str | None = None) -> None:
    segs, marks = data["segments"], data["markers"]
    for s in segs.itertuples():
        ax.barh(
            s.row,
            max(s.end - s.start, 0.3),
            left=s.start,
            height=0.6,
            color=STAGE_COLOURS[s.stage],
            hatch=STAGE_HATCHES[s.stage],
            edgecolor="white",
            linewidth=0,
        )
    for m in marks.itertuples():
        marker, c = END_EVENTS[m.event]
        ax.plot(m.week, m.row, marker=marker, color=c, markersize=9, linestyle="")
    labels = segs.drop_duplicates("row").sort_values("row")
    ax.set_yticks(labels["row"], labels["label"], fontsize=MIN_FONT_PT)
    ax.invert_yaxis()
    ax.set_xlabel(t("week_axis", lang))
    ax.xaxis.set_major_formatter(number_formatter(lang))
    handles: list[Patch | Line2D] = [
        Patch(
            facecolor=STAGE_COLOURS[s], hatch=STAGE_HATCHES[s], edgecolor="white", label=t(s, lang)
        )
        for s in STAGES
    ]
    present = set(marks["event"])
    handles += [
        Line2D(
            [], [], marker=END_EVENTS[e][0], color=END_EVENTS[e][1], linestyle="", label=t(e, lang)
        )
        for e in END_EVENTS
        if e in present
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)


@styled
def initiative_timeline(
    initiatives_df: pd.DataFrame,
    ax: Axes | None = None,
    lang: str | None = None,
    end_week: int | None = None,
) -> Figure:
    """One row per initiative, coloured from idea to decision, review, work and realisation;
    markers where it stopped (redirected, withdrawn, not chosen, vetoed, abandoned, decayed)."""
    fig, ax = new_axes(ax, figsize=(9, 0.9 + 0.4 * max(len(initiatives_df), 3)))
    data = initiative_timeline_data(initiatives_df, end_week, lang)
    draw_timeline(ax, data, lang)
    set_alt(fig, describe_timeline(data, lang))
    return fig


def theme_votes_data(
    preferences: np.ndarray | None = None,
    ideas: pd.DataFrame | Sequence[str] | None = None,
    stickers: int = 1,
    lang: str | None = None,
) -> pd.DataFrame:
    """Stickers and ideas per theme (the Arendonk sticker vote).

    ``preferences`` is an (N, 7) array of theme preferences of the residents who vote (e.g. the
    kick-off's attendees); each puts ``stickers`` stickers on their favourite themes. ``ideas``
    is the initiatives table (its ``theme`` column) or a list of theme keys. Columns: theme,
    label, stickers, ideas.
    """
    n = len(THEMES)
    sticker_counts = np.zeros(n, dtype=int)
    if preferences is not None and len(preferences):
        prefs = np.asarray(preferences, dtype=float)
        if prefs.ndim != 2 or prefs.shape[1] != n:
            raise ValueError(f"preferences must have shape (N, {n}), got {prefs.shape}")
        k = max(1, min(int(stickers), n))
        top = np.argsort(-prefs, axis=1, kind="stable")[:, :k]
        sticker_counts = np.bincount(top.ravel(), minlength=n)
    idea_counts = np.zeros(n, dtype=int)
    if ideas is not None:
        keys = list(ideas["theme"]) if isinstance(ideas, pd.DataFrame) else list(ideas)
        for key in keys:
            idea_counts[THEME_KEYS.index(key)] += 1
    return pd.DataFrame(
        {
            "theme": THEME_KEYS,
            "label": [t(k, lang) for k in THEME_KEYS],
            "stickers": sticker_counts,
            "ideas": idea_counts,
        }
    )


def draw_theme_votes(ax: Axes, data: pd.DataFrame, lang: str | None = None) -> None:
    y = np.arange(len(data))
    ax.barh(
        y - 0.2, data["stickers"], height=0.4, color=COLOURS["orange"], label=t("preferences", lang)
    )
    ax.barh(
        y + 0.2,
        data["ideas"],
        height=0.4,
        color=COLOURS["blue"],
        hatch="//",
        edgecolor="white",
        linewidth=0,
        label=t("ideas", lang),
    )
    ax.set_yticks(y, data["label"], fontsize=MIN_FONT_PT)
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(number_formatter(lang))
    ax.set_xlabel(t("count_axis", lang))
    ax.legend(frameon=False, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)


@styled
def theme_votes(
    preferences: np.ndarray | None = None,
    ideas: pd.DataFrame | Sequence[str] | None = None,
    stickers: int = 1,
    ax: Axes | None = None,
    lang: str | None = None,
) -> Figure:
    """The sticker vote: stickers on each theme next to the ideas written on it."""
    fig, ax = new_axes(ax, figsize=(7, 4.5))
    data = theme_votes_data(preferences, ideas, stickers, lang)
    draw_theme_votes(ax, data, lang)
    set_alt(fig, describe_votes(data, lang))
    return fig


def idea_fate(initiatives_df: pd.DataFrame) -> pd.Series:
    """Where each idea stood after the working weeks: to_decision, redirected, withdrawn, idea."""

    def fate(row) -> str:
        if pd.notna(row.get("week_redirected", np.nan)):
            return "redirected"
        if pd.notna(row.get("week_decided", np.nan)):
            return "to_decision"
        if pd.notna(row.get("week_withdrawn", np.nan)):
            return "withdrawn"
        return "idea"

    if initiatives_df.empty:
        return pd.Series([], dtype=object)
    return initiatives_df.apply(fate, axis=1)


def idea_costs_data(initiatives_df: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """One row per idea: id, label, theme, cost, in_frame, fate (see :func:`idea_fate`)."""
    df = initiatives_df.reset_index(drop=True)
    out = pd.DataFrame(
        {
            "id": df["id"] if len(df) else [],
            "label": [_label(r, lang) for _, r in df.iterrows()],
            "theme": df["theme"] if len(df) else [],
            "cost": df["cost"].astype(float) if len(df) else [],
            "in_frame": df["in_frame"].astype(bool) if len(df) else [],
            "fate": idea_fate(df).to_numpy() if len(df) else [],
        }
    )
    return out


def draw_idea_costs(
    ax: Axes, data: pd.DataFrame, limit: float | None = None, lang: str | None = None
) -> None:
    y = np.arange(len(data))
    colours = [FATE_COLOURS[f] for f in data["fate"]]
    bars = ax.barh(y, data["cost"], color=colours, edgecolor="white", linewidth=0, height=0.6)
    for bar, fate in zip(bars, data["fate"], strict=True):
        bar.set_hatch(FATE_HATCHES[fate])
    ax.set_yticks(y, data["label"], fontsize=MIN_FONT_PT)
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(euro_formatter(lang))
    ax.xaxis.set_major_locator(MaxNLocator(4))
    ax.set_xlabel(t("cost", lang))
    if limit is not None:
        ax.axvline(limit, color=COLOURS["vermillion"], linestyle="--", linewidth=1)
        ax.text(
            limit,
            1.0,
            " " + t("max_project", lang),
            transform=ax.get_xaxis_transform(),
            fontsize=MIN_FONT_PT,
            color=COLOURS["vermillion"],
            va="bottom",
        )
    handles = [
        Patch(facecolor=FATE_COLOURS[f], hatch=FATE_HATCHES[f], edgecolor="white", label=t(f, lang))
        for f in FATES
        if f in set(data["fate"])
    ]
    ax.legend(handles=handles, frameon=False, loc="lower right")
    tidy(ax, lang)
    ax.grid(False)


@styled
def idea_costs(
    initiatives_df: pd.DataFrame,
    limit: float | None = None,
    ax: Axes | None = None,
    lang: str | None = None,
) -> Figure:
    """Each idea's cost, coloured by its fate in the framework; ``limit`` marks the most one
    project may cost."""
    fig, ax = new_axes(ax, figsize=(7, 0.9 + 0.4 * max(len(initiatives_df), 3)))
    data = idea_costs_data(initiatives_df, lang)
    draw_idea_costs(ax, data, limit, lang)
    set_alt(fig, describe_costs(data, limit, lang))
    return fig
