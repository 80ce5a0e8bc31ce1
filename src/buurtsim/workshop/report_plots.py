"""The two plots of the one-page report, as ``<figure>`` elements with embedded PNG images."""

from __future__ import annotations

import base64
import io

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..i18n import number_formatter
from ..plots import ensemble_bands, outcome_bars

#: the outcomes of the bar plot (all counts, so they share an axis)
BAR_OUTCOMES: tuple[str, ...] = (
    "proposals",
    "initiatives_funded",
    "initiatives_vetoed",
    "initiatives_realised",
    "conflicts_escalated",
)
#: the weekly measures of the second plot
BAND_MEASURES: tuple[str, ...] = ("cohesion", "participants")


def png(fig: Figure) -> str:
    """The figure as a base64 PNG, without the software tag, for a ``data:`` URI."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=150, metadata={"Software": None})
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def bar_figure(summary_all: pd.DataFrame) -> Figure:
    """Outcome bars per scenario, the legend above the bars so it hides none of them."""
    bars = Figure(figsize=(4.4, 2.5), layout="constrained")
    bar_ax = bars.add_subplot()
    outcome_bars(summary_all, list(BAR_OUTCOMES), by="scenario", ax=bar_ax)
    bar_ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: whole-number ticks
    bar_ax.tick_params(labelsize=8)  # printed at its size on A4, not shown on a projector
    legend = bar_ax.get_legend()
    if legend is not None:  # above the bars, so it hides none of them
        handles, labels = bar_ax.get_legend_handles_labels()
        legend.remove()
        bars.legend(handles, labels, loc="outside upper center", ncols=2, frameon=False, fontsize=7)
    return bars


def band_figure(weekly_all: pd.DataFrame) -> Figure:
    """Cohesion and participants week by week per scenario, in the colours of the bars."""
    bands = Figure(figsize=(4.4, 2.5), layout="constrained")
    axes = bands.subplots(2, 1, sharex=True)
    for ax, measure in zip(axes, BAND_MEASURES, strict=True):
        ensemble_bands(weekly_all, measure, by="scenario", ax=ax)
        ax.set_title("")
        ax.title.set_fontsize(8)
        ax.yaxis.label.set_fontsize(8)
        ax.tick_params(labelsize=7)
        if ax.get_legend() is not None:
            ax.get_legend().remove()  # same colours as the bars, whose legend names them
    axes[0].yaxis.set_major_formatter(number_formatter(decimals=2))  # 0-1, as in the table
    axes[0].set_xlabel("")
    return bands


def plots_html(summary_all: pd.DataFrame, weekly_all: pd.DataFrame, runs: int) -> str:
    """The two ``<figure>`` elements of the report."""
    bars = bar_figure(summary_all)
    bands = band_figure(weekly_all)
    return (
        f'<figure><img src="data:image/png;base64,{png(bars)}" alt="Uitkomsten per scenario">'
        f"<figcaption>Mediaan over {runs} simulaties; de streepjes tonen 10-90% van de simulaties."
        "</figcaption></figure>"
        f'<figure><img src="data:image/png;base64,{png(bands)}" '
        'alt="Sociale cohesie en deelnemers per week">'
        "<figcaption>Sociale cohesie (0-1) en het aantal deelnemers, week per week: mediaan "
        "en 10-90%-band; de kleuren zijn die van de staven.</figcaption></figure>"
    )
