"""Outcomes over runs: bars per group with their spread, and the loosening-control curve."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ..experiments.runs import EURO_OUTCOMES, SHARE_OUTCOMES
from ..i18n import euro_formatter, label, number_formatter, percent_formatter, t
from .describe import describe_bars, describe_curve
from .style import MIN_FONT_PT, colour, hatch, new_axes, set_alt, styled, tidy


def outcome_formatter(outcomes: Sequence[str], lang: str | None = None):
    """Percent ticks for shares, euro ticks for money, plain numbers in ``lang`` otherwise."""
    if outcomes and all(o in SHARE_OUTCOMES for o in outcomes):
        return percent_formatter(lang)
    if outcomes and all(o in EURO_OUTCOMES for o in outcomes):
        return euro_formatter(lang)
    return number_formatter(lang, decimals=0)


def outcome_bars_data(
    summary_df: pd.DataFrame,
    outcomes: Sequence[str],
    by: str | None = None,
    low: float = 0.1,
    high: float = 0.9,
) -> pd.DataFrame:
    """Per group and outcome: median over runs, the 10% and 90% quantiles, and the run count.

    Columns: group, outcome, median, low, high, runs. Groups keep their first-seen order.
    """
    missing = [o for o in outcomes if o not in summary_df]
    if missing:
        raise ValueError(f"unknown outcome(s): {', '.join(missing)}")
    df = summary_df.assign(group=summary_df[by] if by else "")
    rows = []
    for group, g in df.groupby("group", sort=False):
        for o in outcomes:
            x = pd.to_numeric(g[o], errors="coerce").dropna()
            rows.append(
                {
                    "group": group,
                    "outcome": o,
                    "median": float(x.median()) if len(x) else np.nan,
                    "low": float(x.quantile(low)) if len(x) else np.nan,
                    "high": float(x.quantile(high)) if len(x) else np.nan,
                    "runs": len(x),
                }
            )
    return pd.DataFrame(rows, columns=["group", "outcome", "median", "low", "high", "runs"])


def draw_bars(ax: Axes, data: pd.DataFrame, lang: str | None = None, legend: bool = True) -> None:
    """Grouped bars (outcomes along x, one colour per group) with 10-90% whiskers."""
    outcomes = list(dict.fromkeys(data["outcome"]))
    groups = list(dict.fromkeys(data["group"]))
    width = 0.8 / max(1, len(groups))
    x = np.arange(len(outcomes))
    for k, group in enumerate(groups):
        g = data[data["group"] == group].set_index("outcome").reindex(outcomes)
        pos = x - 0.4 + width * (k + 0.5)
        med = g["median"].to_numpy(dtype=float)
        err = np.vstack([med - g["low"].to_numpy(float), g["high"].to_numpy(float) - med])
        ax.bar(
            pos,
            med,
            width=width * 0.95,
            color=colour(k),
            hatch=hatch(k),
            edgecolor="white",
            linewidth=0,
            label=str(group),
        )
        ax.errorbar(
            pos,
            med,
            yerr=np.clip(np.nan_to_num(err), 0, None),
            fmt="none",
            ecolor="#333333",
            elinewidth=1,
            capsize=2,
        )
    if len(outcomes) > 1:  # slanted, so that neighbouring labels do not run into each other
        ax.set_xticks(
            x,
            [_wrap(t(o, lang), 22) for o in outcomes],
            rotation=30,
            ha="right",
            rotation_mode="anchor",
        )
    else:  # one label, level and wrapped under its bars: a slanted one reaches far to the left
        ax.set_xticks(x, [_wrap(t(o, lang), 16) for o in outcomes])
    ax.yaxis.set_major_formatter(outcome_formatter(outcomes, lang))
    if legend and len(groups) > 1:
        ax.legend(frameon=False)
    tidy(ax, lang)


def _wrap(text: str, width: int = 16) -> str:
    words, lines, line = text.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    return "\n".join(lines)


@styled
def outcome_bars(
    summary_df: pd.DataFrame,
    outcomes: Sequence[str],
    by: str | None = None,
    ax: Axes | None = None,
    lang: str | None = None,
) -> Figure:
    """Medians over runs with 10-90% whiskers, one colour per group."""
    fig, ax = new_axes(ax)
    data = outcome_bars_data(summary_df, outcomes, by)
    draw_bars(ax, data, lang)
    set_alt(fig, describe_bars(data, lang))
    return fig


def control_curve_data(
    sweep_df: pd.DataFrame,
    outcome: str,
    param: str = "municipality.control",
    low: float = 0.1,
    high: float = 0.9,
) -> pd.DataFrame:
    """Per value of ``param``: median, 10% and 90% quantiles and mean of ``outcome``.

    Columns: value, median, low, high, mean, runs; sorted by value.
    """
    for col in (outcome, param):
        if col not in sweep_df:
            raise ValueError(f"the sweep table has no column {col!r}")
    x = sweep_df[[param, outcome]].copy()
    x[outcome] = pd.to_numeric(x[outcome], errors="coerce")
    grouped = x.groupby(param)[outcome]
    out = grouped.agg(
        median="median",
        low=lambda s: s.quantile(low),
        high=lambda s: s.quantile(high),
        mean="mean",
        runs="count",
    )
    return out.reset_index().rename(columns={param: "value"}).sort_values("value")


@styled
def control_curve(
    sweep_df: pd.DataFrame,
    outcome: str,
    param: str = "municipality.control",
    ax: Axes | None = None,
    lang: str | None = None,
    data: pd.DataFrame | None = None,
) -> Figure:
    """The loosening-control curve: an outcome (median and 10-90% band) against control."""
    fig, ax = new_axes(ax)
    if data is None:
        data = control_curve_data(sweep_df, outcome, param)
    c = colour(4)
    ax.fill_between(data["value"], data["low"], data["high"], color=c, alpha=0.2, linewidth=0)
    ax.plot(data["value"], data["median"], color=c, marker="o", linewidth=2)
    ax.set_xlabel(label(param, lang))
    ax.set_ylabel(t(outcome, lang))
    ax.yaxis.set_major_formatter(outcome_formatter([outcome], lang))
    if param == "municipality.control":
        ax.xaxis.set_major_formatter(percent_formatter(lang))
        ax.annotate(
            t("plot_letting_go", lang),
            xy=(0.0, -0.18),
            xycoords="axes fraction",
            fontsize=MIN_FONT_PT,
            color="#555555",
        )
        ax.annotate(
            t("plot_more_control", lang),
            xy=(1.0, -0.18),
            xycoords="axes fraction",
            ha="right",
            fontsize=MIN_FONT_PT,
            color="#555555",
        )
    tidy(ax, lang)
    set_alt(fig, describe_curve(data, outcome, param, lang))
    return fig
