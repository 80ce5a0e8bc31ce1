"""Weekly plots: one run's lines with the method's phases behind them, and ensemble bands."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ..i18n import euro_formatter, number_formatter, percent_formatter, t, tf
from .describe import describe_bands, describe_timeseries
from .style import (
    MIN_FONT_PT,
    PHASE_COLOURS,
    colour,
    line_style,
    marker,
    new_axes,
    set_alt,
    styled,
    tidy,
)

#: weekly measures that are shares (0-1) and measures in euro, for the tick formats
SHARES = {
    "aware_share",
    "cohesion",
    "ownership",
    "trust_municipality",
    "lonely_vulnerable",
    "liveability",
}
EUROS = {"budget_allocated", "budget_spent"}


def _formatter(measures: Sequence[str], lang: str | None):
    if measures and all(m in SHARES for m in measures):
        return percent_formatter(lang)
    if measures and all(m in EUROS for m in measures):
        return euro_formatter(lang)
    return number_formatter(lang)


def phase_spans(ts: pd.DataFrame) -> pd.DataFrame:
    """Consecutive weeks in the same phase: one row per block (phase, start, end).

    A block covers weeks ``start`` to ``end`` inclusive; drawn as ``start - 0.5 .. end + 0.5``.

    >>> phase_spans(pd.DataFrame({"week": [1, 2, 3], "phase": ["a", "a", "b"]}))
      phase  start  end
    0     a      1    2
    1     b      3    3
    """
    if ts.empty or "phase" not in ts:
        return pd.DataFrame(columns=["phase", "start", "end"])
    one = ts.drop_duplicates("week").sort_values("week")
    change = one["phase"].ne(one["phase"].shift()).cumsum()
    spans = one.groupby(change, sort=True).agg(
        phase=("phase", "first"), start=("week", "min"), end=("week", "max")
    )
    return spans.reset_index(drop=True)


def timeseries_data(ts: pd.DataFrame, measures: Sequence[str]) -> pd.DataFrame:
    """The weekly values drawn: ``week`` plus one column per measure (one run)."""
    missing = [m for m in measures if m not in ts]
    if missing:
        raise ValueError(f"unknown weekly measure(s): {', '.join(missing)}")
    return ts[["week", *measures]].reset_index(drop=True)


def shade_phases(ax: Axes, spans: pd.DataFrame, lang: str | None = None) -> list[Patch]:
    """Light bands behind the lines, one per phase, each with its phase's first letter at the top
    (so colour is not needed to tell them apart); returns legend handles for the phases."""
    for row in spans.itertuples():
        ax.axvspan(
            row.start - 0.5,
            row.end + 0.5,
            color=PHASE_COLOURS.get(row.phase, "#F5F5F5"),
            zorder=0,
            linewidth=0,
        )
        ax.text(
            (row.start + row.end) / 2,
            1.0,
            t(str(row.phase), lang)[:1].upper(),
            transform=ax.get_xaxis_transform(),
            ha="center",
            va="bottom",
            fontsize=MIN_FONT_PT,
            color="#444444",
        )
    return [
        Patch(
            color=PHASE_COLOURS.get(p, "#F5F5F5"), label=f"{t(p, lang)[:1].upper()}: {t(p, lang)}"
        )
        for p in dict.fromkeys(spans["phase"])
    ]


@styled
def timeseries(
    ts: pd.DataFrame,
    measures: Sequence[str],
    ax: Axes | None = None,
    lang: str | None = None,
) -> Figure:
    """Weekly lines of one run, with the phases (voorbereiding, ideeën, uitvoering,
    duurzaamheid) shaded behind them."""
    fig, ax = new_axes(ax)
    data = timeseries_data(ts, measures)
    phases = shade_phases(ax, phase_spans(ts), lang)
    lines = []
    for k, m in enumerate(measures):
        lines += ax.plot(
            data["week"],
            data[m],
            color=colour(k),
            linestyle=line_style(k),
            marker=marker(k),
            markevery=max(1, len(data) // 8),
            linewidth=2,
            label=t(m, lang),
        )
    ax.set_xlabel(t("week_axis", lang))
    ax.yaxis.set_major_formatter(_formatter(measures, lang))
    if len(data):
        ax.set_xlim(data["week"].min() - 0.5, data["week"].max() + 0.5)
    ax.legend(
        handles=lines + phases,
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
        frameon=False,
    )
    tidy(ax, lang)
    set_alt(fig, describe_timeseries(data, measures, lang))
    return fig


def ensemble_bands_data(
    ts_long: pd.DataFrame,
    measure: str,
    by: str | None = None,
    low: float = 0.1,
    high: float = 0.9,
) -> pd.DataFrame:
    """Per group and week: the median of ``measure`` over runs and its 10-90% band.

    ``ts_long`` holds the weekly tables of many runs (``week`` and ``measure`` columns; ``by``
    names the column that separates groups, e.g. ``scenario``). Columns: group, week, median,
    low, high, runs.
    """
    if measure not in ts_long:
        raise ValueError(f"unknown weekly measure: {measure}")
    df = ts_long.assign(group=ts_long[by] if by else "")
    grouped = df.groupby(["group", "week"], sort=False)[measure]
    q = grouped.quantile([0.5, low, high]).unstack()
    out = pd.DataFrame(
        {
            "median": q[0.5],
            "low": q[low],
            "high": q[high],
            "runs": grouped.count(),
        }
    )
    return out.reset_index()


@styled
def ensemble_bands(
    ts_long: pd.DataFrame,
    measure: str,
    by: str | None = None,
    ax: Axes | None = None,
    lang: str | None = None,
    data: pd.DataFrame | None = None,
) -> Figure:
    """Median and 10-90% band per week over runs, one colour per group."""
    fig, ax = new_axes(ax)
    if data is None:
        data = ensemble_bands_data(ts_long, measure, by)
    for k, (group, g) in enumerate(data.groupby("group", sort=False)):
        c = colour(k)
        ax.fill_between(g["week"], g["low"], g["high"], color=c, alpha=0.2, linewidth=0)
        ax.plot(
            g["week"],
            g["median"],
            color=c,
            linestyle=line_style(k),
            marker=marker(k),
            markevery=max(1, len(g) // 8),
            linewidth=2,
            label=str(group) or t(measure, lang),
        )
    ax.set_xlabel(t("week_axis", lang))
    if by != "measure":  # lines of several measures: the legend names them
        ax.set_ylabel(t(measure, lang))
    ax.yaxis.set_major_formatter(_formatter([measure], lang))
    if by:
        ax.legend(loc="best", frameon=False)
    runs = int(data["runs"].max()) if len(data) else 0
    ax.set_title(tf("plot_bands_title", lang, runs=runs))
    tidy(ax, lang)
    set_alt(fig, describe_bands(data, measure, lang, of_measures=by == "measure"))
    return fig


def weekly_median(ts_long: pd.DataFrame, measures: Sequence[str]) -> pd.DataFrame:
    """Median per week of several measures over runs (for a quick multi-run line plot)."""
    return ts_long.groupby("week")[list(measures)].median().reset_index()
