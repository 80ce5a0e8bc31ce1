"""Colours and axes helpers shared by every plot.

The palette is Okabe-Ito's, which stays distinguishable for the common forms of colour
blindness. Figures are plain :class:`matplotlib.figure.Figure` objects (no pyplot state), so a
panel can clear and redraw its one figure without piling up figures in memory.
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure

#: Okabe & Ito (2008): orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple,
#: black
PALETTE: tuple[str, ...] = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#000000",
)
GREY = "#BBBBBB"
LIGHT_GREY = "#E5E5E5"

#: named colours, so one meaning keeps one colour across the workbook
COLOURS: dict[str, str] = {
    "orange": PALETTE[0],
    "skyblue": PALETTE[1],
    "green": PALETTE[2],
    "yellow": PALETTE[3],
    "blue": PALETTE[4],
    "vermillion": PALETTE[5],
    "purple": PALETTE[6],
    "black": PALETTE[7],
}

#: light shades behind the weekly lines, one per phase of the method
PHASE_COLOURS: dict[str, str] = {
    "voorbereiding": "#F2F2F2",
    "ideeën": "#FCEFD2",
    "uitvoering": "#DDEFFA",
    "duurzaamheid": "#DCF2EA",
}


#: the order in which lines and groups take colours: strong colours first, yellow late
SERIES: tuple[str, ...] = (
    COLOURS["blue"],
    COLOURS["orange"],
    COLOURS["green"],
    COLOURS["vermillion"],
    COLOURS["purple"],
    COLOURS["skyblue"],
    COLOURS["black"],
    COLOURS["yellow"],
)


def colour(i: int) -> str:
    """The i-th colour for lines and groups, cycling."""
    return SERIES[i % len(SERIES)]


def new_axes(ax: Axes | None = None, figsize: tuple[float, float] = (8, 4)) -> tuple[Figure, Axes]:
    """The figure and axes to draw on: ``ax``'s own, or a new Figure without pyplot."""
    if ax is not None:
        return ax.get_figure(root=True), ax
    _enable_notebook_display()
    fig = Figure(figsize=figsize, layout="constrained")
    return fig, fig.add_subplot()


def _enable_notebook_display() -> None:
    """In a Jupyter kernel, make a bare Figure display as an image (inline backend)."""
    import sys

    if "ipykernel" in sys.modules:
        import matplotlib.pyplot  # noqa: F401  (registers the inline figure formatter)


def tidy(ax: Axes, lang: str = "nl") -> None:
    """Fewer lines: no top and right spines, a light horizontal grid; Dutch numbers on the
    y axis unless it already has its own formatter."""
    from matplotlib.ticker import ScalarFormatter

    from ..i18n import number_formatter

    if isinstance(ax.yaxis.get_major_formatter(), ScalarFormatter):
        ax.yaxis.set_major_formatter(number_formatter(lang))
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color=LIGHT_GREY, linewidth=0.8)
    ax.set_axisbelow(True)
