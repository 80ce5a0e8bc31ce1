"""The two plots of exercise 1 at print size (the page's width, shown 1:1 on A4).

Each figure is drawn at the width it takes on the page (:data:`WIDTH`, the 186 mm between the
pack's margins, which ``.figures img { width: 100% }`` fills), with the workbook's text sizes
(:func:`~buurtsim.plots.style.projector`: 11 points or more), so its text is printed at least
11 points high (``tests/test_report_figures.py``).
"""

from __future__ import annotations

import html

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..i18n import number_formatter, t, tf
from ..plots import ensemble_bands, outcome_bars
from ..plots.style import projector
from ..workshop.report_plots import BAND_MEASURES, BAR_OUTCOMES, png

#: the pack's printable width: A4 (210 mm) less the 12 mm margins on each side
PAGE_WIDTH_MM = 186.0
#: the plots' width in inches: the printable width, so one figure inch is one inch on paper
WIDTH = PAGE_WIDTH_MM / 25.4


def bar_figure(summary: pd.DataFrame) -> Figure:
    """Outcome bars per scenario, the legend above them."""
    with projector():
        fig = Figure(figsize=(WIDTH, 4.2), layout="constrained")
        ax = fig.add_subplot()
        outcome_bars(summary, list(BAR_OUTCOMES), by="scenario", ax=ax)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: whole-number ticks
        legend = ax.get_legend()
        if legend is not None:
            handles, labels = ax.get_legend_handles_labels()
            legend.remove()
            fig.legend(handles, labels, loc="outside upper center", ncols=2, frameon=False)
    return fig


def band_figure(weekly: pd.DataFrame) -> Figure:
    """Cohesion and participants week by week per scenario, side by side."""
    with projector():
        fig = Figure(figsize=(WIDTH, 3.2), layout="constrained")
        axes = fig.subplots(1, 2)
        for ax, measure in zip(axes, BAND_MEASURES, strict=True):
            ensemble_bands(weekly, measure, by="scenario", ax=ax)
            if ax.get_legend() is not None:
                ax.get_legend().remove()  # the colours of the bars, whose legend names them
        axes[0].yaxis.set_major_formatter(number_formatter(decimals=2))
    return fig


def figures_html(summary: pd.DataFrame, weekly: pd.DataFrame, runs: int, names: list[str]) -> str:
    """The two ``<figure>`` elements of exercise 1, with captions and alt text."""
    bars = png(bar_figure(summary))
    bands = png(band_figure(weekly))
    alt_bars = html.escape(tf("ho_bars_alt", names=", ".join(names)), quote=True)
    alt_bands = html.escape(t("ho_bands_alt"), quote=True)
    return (
        f'<figure><img src="data:image/png;base64,{bars}" alt="{alt_bars}">'
        f"<figcaption>{html.escape(tf('ho_bars_caption', runs=runs))}</figcaption></figure>"
        f'<figure><img src="data:image/png;base64,{bands}" alt="{alt_bands}">'
        f"<figcaption>{html.escape(t('ho_bands_caption'))}</figcaption></figure>"
    )
