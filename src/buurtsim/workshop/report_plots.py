"""The two plots of the one-page report, as ``<figure>`` elements with embedded PNG images.

Their text is at least :data:`~buurtsim.plots.style.MIN_FONT_PT` points *as printed*: each figure
is drawn at the width it takes on the page (:data:`FIGURE_WIDTH_MM`, half the report's printable
width of :data:`PAGE_WIDTH_MM` less the gap between the two), so one figure inch is one inch on
paper, and with the workbook's text sizes (:func:`~buurtsim.plots.style.projector`). The report's
CSS is written from the same numbers (:func:`plots_css`); ``tests/test_report_figures.py``
computes the printed size of every text from the figure's size and the CSS width.
"""

from __future__ import annotations

import base64
import html
import io
import textwrap
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.legend_handler import HandlerTuple
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ..i18n import number_formatter, t, tf
from ..plots import ensemble_bands, outcome_bars_data
from ..plots.describe import describe_bars
from ..plots.style import LIGHT_GREY, alt_of, colour, hatch, line_style, marker, projector

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

#: the report's printable width (A4 less 12 mm margins), the gap between the two figures, and
#: the width each figure takes: it is drawn at exactly that size
PAGE_WIDTH_MM = 186.0
GAP_MM = 3.0
FIGURE_WIDTH_MM = (PAGE_WIDTH_MM - GAP_MM) / 2
FIGURE_WIDTH_IN = FIGURE_WIDTH_MM / 25.4
PAGE_WIDTH_IN = PAGE_WIDTH_MM / 25.4
FIGURE_HEIGHT_IN = 2.2
PNG_DPI = 200
#: scenarios per row of the legend strip
LEGEND_COLUMNS = 3


#: the report's page: A4, with the body as wide as :data:`PAGE_WIDTH_MM` (the figures' widths
#: follow from it, :func:`plots_css`)
CSS = """
@page { size: A4; margin: 8mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; font-size: 9.5pt; color: #222;
       width: {page}mm; max-width: 100%; margin: 8mm auto; line-height: 1.35; }
h1 { font-size: 15pt; margin: 0 0 1mm 0; }
h2 { font-size: 10.5pt; margin: 3mm 0 1mm 0; border-bottom: 1px solid #ccc; }
p.sub { margin: 0; color: #555; }
ul { margin: 1mm 0 1mm 5mm; padding: 0; }
li { margin: 0.3mm 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; line-height: 1.25;
        break-inside: avoid; page-break-inside: avoid; }
th, td { padding: 0.5mm 1.5mm; border-bottom: 1px solid #e2e2e2; text-align: right;
         vertical-align: top; }
th:first-child, td:first-child { text-align: left; }
thead th { border-bottom: 1.5px solid #888; }
td .range { color: #666; font-size: 7.5pt; white-space: nowrap; }
figcaption { font-size: 7.5pt; color: #555; }
td.same { color: #888; }
table.settings td:first-child { white-space: nowrap; }
.caveats { font-size: 8pt; color: #333; break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 3mm; font-size: 7.5pt; color: #777; }
code { font-size: 8pt; }
@media print {
  body { margin: 0; width: {page}mm; font-size: 9pt; }
  table { font-size: 8pt; }
  th, td { padding: 0.3mm 1.5mm; }
  h2 { margin-top: 2.5mm; }
  .plots { margin-top: 2mm; }
  footer { margin-top: 2mm; }
  h2 { break-after: avoid; page-break-after: avoid; }
}
""".replace("{page}", f"{PAGE_WIDTH_MM:g}")


def plots_css() -> str:
    """The CSS that lays the two figures out at :data:`FIGURE_WIDTH_MM` each."""
    return (
        f".plots {{ display: flex; gap: {GAP_MM:g}mm; margin-top: 2mm; break-inside: avoid;\n"
        "         page-break-inside: avoid; }\n"
        f".plots figure {{ flex: 0 1 {FIGURE_WIDTH_MM:g}mm; margin: 0; }}\n"
        ".plots img { width: 100%; height: auto; }\n"
        ".plots { flex-wrap: wrap; row-gap: 0; }\n"
        f".plots figure.legend {{ flex: 0 1 {PAGE_WIDTH_MM:g}mm; }}\n"
    )


def png(fig: Figure, dpi: int = PNG_DPI) -> str:
    """The figure as a base64 PNG, without the software tag, for a ``data:`` URI."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def legend_figure(names: list[str]) -> Figure:
    """One legend for both plots, the page's width: each scenario's bar (colour and hatching)
    and line (colour, line style and marker)."""
    rows = -(-len(names) // LEGEND_COLUMNS)
    with projector():
        fig = Figure(figsize=(PAGE_WIDTH_IN, 0.12 + 0.24 * rows))
        handles: list[Any] = [
            (
                Patch(facecolor=colour(k), hatch=hatch(k), edgecolor="white", linewidth=0),
                Line2D([], [], color=colour(k), linestyle=line_style(k), marker=marker(k)),
            )
            for k in range(len(names))
        ]
        fig.legend(
            handles,
            names,
            loc="center",
            ncols=min(LEGEND_COLUMNS, len(names)),
            frameon=False,
            handler_map={tuple: HandlerTuple(ndivide=None, pad=0.6)},
            handlelength=3.2,
            borderaxespad=0,
            borderpad=0.1,
        )
    return fig


def bar_figure(summary_all: pd.DataFrame) -> Figure:
    """Outcome bars per scenario, lying down so their labels read across at full size; the
    first outcome on top, whiskers from 10% to 90% of the runs."""
    data = outcome_bars_data(summary_all, list(BAR_OUTCOMES), by="scenario")
    groups = list(dict.fromkeys(data["group"]))
    height = 0.8 / max(1, len(groups))
    y = np.arange(len(BAR_OUTCOMES))
    with projector():
        bars = Figure(figsize=(FIGURE_WIDTH_IN, FIGURE_HEIGHT_IN), layout="constrained")
        ax = bars.add_subplot()
        for k, group in enumerate(groups):
            g = data[data["group"] == group].set_index("outcome").reindex(BAR_OUTCOMES)
            med = g["median"].to_numpy(dtype=float)
            err = np.vstack([med - g["low"].to_numpy(float), g["high"].to_numpy(float) - med])
            pos = y - 0.4 + height * (k + 0.5)
            ax.barh(pos, med, height=height * 0.95, color=colour(k), hatch=hatch(k),
                    edgecolor="white", linewidth=0)  # fmt: skip
            ax.errorbar(med, pos, xerr=np.clip(np.nan_to_num(err), 0, None), fmt="none",
                        ecolor="#333333", elinewidth=1, capsize=2)  # fmt: skip
        ax.set_yticks(y, [textwrap.fill(t(o), 14) for o in BAR_OUTCOMES])
        ax.invert_yaxis()
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))  # whole counts
        ax.xaxis.set_major_formatter(number_formatter(decimals=0))
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="x", color=LIGHT_GREY, linewidth=0.8)
        ax.set_axisbelow(True)
    bars.alt = describe_bars(data)  # type: ignore[attr-defined]
    return bars


def band_figure(weekly_all: pd.DataFrame) -> Figure:
    """Cohesion and participants week by week per scenario, in the colours of the bars."""
    with projector():
        bands = Figure(figsize=(FIGURE_WIDTH_IN, FIGURE_HEIGHT_IN), layout="constrained")
        axes = bands.subplots(2, 1, sharex=True)
        alts = []
        for ax, measure in zip(axes, BAND_MEASURES, strict=True):
            ensemble_bands(weekly_all, measure, by="scenario", ax=ax)
            alts.append(alt_of(bands))
            ax.set_title("")
            ax.set_ylabel(ax.get_ylabel().replace(" ", "\n", 1))  # two short lines
            ax.yaxis.set_major_locator(MaxNLocator(nbins=3))
            if ax.get_legend() is not None:
                ax.get_legend().remove()  # one legend for both plots: legend_figure
        axes[0].yaxis.set_major_formatter(number_formatter(decimals=2))  # 0-1, as in the table
        axes[0].set_xlabel("")
    bands.alt = " ".join(a for a in alts if a)  # type: ignore[attr-defined]
    return bands


def plots_html(
    summary_all: pd.DataFrame, weekly_all: pd.DataFrame, runs: int, names: list[str] | None = None
) -> str:
    """The two ``<figure>`` elements of the report, with captions and alt text."""
    bars = bar_figure(summary_all)
    bands = band_figure(weekly_all)
    names = names or [str(n) for n in dict.fromkeys(summary_all["scenario"])]
    legend = ""
    if len(names) > 1:
        legend = (
            f'<figure class="legend"><img src="data:image/png;base64,{png(legend_figure(names))}" '
            f'alt="{html.escape(tf("rp_legend_alt", names=", ".join(names)), quote=True)}">'
            "</figure>"
        )
    alt_bars = alt_of(bars) or tf("rp_bars_alt", names=", ".join(names))
    alt_bands = alt_of(bands) or t("rp_bands_alt")
    return legend + (
        f'<figure><img src="data:image/png;base64,{png(bars)}" '
        f'alt="{html.escape(alt_bars, quote=True)}">'
        f"<figcaption>{html.escape(tf('rp_bars_caption', runs=runs))}</figcaption></figure>"
        f'<figure><img src="data:image/png;base64,{png(bands)}" '
        f'alt="{html.escape(alt_bands, quote=True)}">'
        f"<figcaption>{html.escape(t('rp_bands_caption'))}</figcaption></figure>"
    )
