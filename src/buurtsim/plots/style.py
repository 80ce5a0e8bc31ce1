"""Colours and axes helpers shared by every plot.

The palette is Okabe-Ito's, which stays distinguishable for the common forms of colour
blindness; its yellow is darkened so that it stands out on white (3:1, WCAG's contrast for
graphics). Colour never carries a meaning alone: lines also differ by line style, bars by hatching
and houses on the map by marker shape.

Figures are plain :class:`Chart` objects (a :class:`matplotlib.figure.Figure` without pyplot
state), so a panel can clear and redraw its one figure without piling up figures in memory. Text
is at least :data:`MIN_FONT_PT` points at the size a figure is shown (:data:`DISPLAY_DPI` pixels
per inch, as a browser shows a CSS inch), and the picture is rendered at :data:`RENDER_DPI` so it
stays sharp on a projector and at 150% browser zoom. Every figure carries a one-sentence
description of what it shows (``alt``), shown to screen readers as the image's alt text.
"""

from __future__ import annotations

import base64
import functools
import html
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.figure import Figure

#: Okabe & Ito (2008): orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple,
#: black; their yellow (#F0E442, 1.3:1 on white) is darkened to #A38E00 (3.3:1)
PALETTE: tuple[str, ...] = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#A38E00",
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

#: light shades behind the weekly lines, one per phase of the method (strong enough to survive a
#: washed-out projector; each band also carries its phase's name, so colour is not needed)
PHASE_COLOURS: dict[str, str] = {
    "voorbereiding": "#E0E0E0",
    "ideeën": "#F7E3B0",
    "uitvoering": "#C3E3F7",
    "duurzaamheid": "#BFE8D8",
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


#: line styles that go with :data:`SERIES`, so lines differ without colour too
LINE_STYLES: tuple[Any, ...] = (
    "-",
    "--",
    ":",
    "-.",
    (0, (5, 1.5, 1, 1.5, 1, 1.5)),
    (0, (8, 2)),
)
#: marker shapes that go with :data:`SERIES`
MARKERS: tuple[str, ...] = ("o", "s", "^", "D", "v", "P", "X", "*")
#: hatching that goes with :data:`SERIES`, for bars
HATCHES: tuple[str, ...] = ("", "//", "..", "xx", "\\\\", "++", "--", "oo")

#: the smallest text on any figure, in points at the size it is shown; the usual size
MIN_FONT_PT = 11
FONT_PT = 12
#: pixels per inch of a figure as shown (a CSS inch), and as rendered (twice as sharp)
DISPLAY_DPI = 96
RENDER_DPI = 2 * DISPLAY_DPI

#: matplotlib settings of every figure: text readable on a projector
RC: dict[str, Any] = {
    "font.size": FONT_PT,
    "axes.titlesize": FONT_PT,
    "axes.labelsize": FONT_PT,
    "xtick.labelsize": MIN_FONT_PT,
    "ytick.labelsize": MIN_FONT_PT,
    "legend.fontsize": MIN_FONT_PT,
    "legend.title_fontsize": MIN_FONT_PT,
    "figure.titlesize": FONT_PT,
    "figure.dpi": DISPLAY_DPI,
    "hatch.linewidth": 0.8,
}


def colour(i: int) -> str:
    """The i-th colour for lines and groups, cycling."""
    return SERIES[i % len(SERIES)]


def line_style(i: int) -> Any:
    """The i-th line style, to go with :func:`colour`."""
    return LINE_STYLES[i % len(LINE_STYLES)]


def marker(i: int) -> str:
    """The i-th marker shape, to go with :func:`colour`."""
    return MARKERS[i % len(MARKERS)]


def hatch(i: int) -> str:
    """The i-th hatching for bars, to go with :func:`colour`."""
    return HATCHES[i % len(HATCHES)]


@contextmanager
def projector() -> Iterator[None]:
    """Draw (and render) inside this to get the workbook's text sizes (:data:`RC`)."""
    with mpl.rc_context(RC):  # type: ignore[arg-type]
        yield


def styled[**P, R](plot: Callable[P, R]) -> Callable[P, R]:
    """Run a plot function inside :func:`projector`."""

    @functools.wraps(plot)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with projector():
            return plot(*args, **kwargs)

    return wrapper


class Chart(Figure):
    """A Figure with a one-sentence description of what it shows (``alt``), in the language of
    its labels. In a notebook it shows as an image with that alt text (:func:`figure_html`)."""

    alt: str = ""

    def _repr_html_(self) -> str:
        return figure_html(self, self.alt)


def root_figure(ax: Axes) -> Figure:
    """The figure an axes is drawn on."""
    fig = ax.get_figure(root=True)
    assert isinstance(fig, Figure), "the axes is on no figure"
    return fig


def set_alt(fig: Figure, text: str) -> None:
    """Give a figure its description (read back by :func:`alt_of`)."""
    fig.alt = text  # type: ignore[attr-defined]


def alt_of(fig: Figure) -> str:
    """A figure's description; empty when it has none."""
    return str(getattr(fig, "alt", ""))


def render_png(fig: Figure) -> bytes:
    """The figure as PNG at :data:`RENDER_DPI` (light compression: encoding is a panel's cost)."""
    buffer = io.BytesIO()
    with projector():
        fig.savefig(buffer, format="png", dpi=RENDER_DPI, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def display_width(fig: Figure) -> int:
    """The width in CSS pixels at which a figure is shown (its text then has its point size)."""
    return round(fig.get_figwidth() * DISPLAY_DPI)


def figure_html(fig: Figure, alt: str, png: bytes | None = None) -> str:
    """An ``<img>`` of the figure at its display width (never wider than its column), sharp at
    twice that, with ``alt`` as its alt text."""
    data = base64.b64encode(png if png is not None else render_png(fig)).decode("ascii")
    return (
        f'<img class="buurtsim-figure" src="data:image/png;base64,{data}" '
        f'alt="{html.escape(alt, quote=True)}" width="{display_width(fig)}" '
        'style="max-width:100%;height:auto">'
    )


def figure_output(fig: Figure, alt: str, png: bytes | None = None) -> dict[str, object]:
    """A Jupyter ``display_data`` output of the figure (``png``: already rendered): the image
    with its alt text as HTML, the plain PNG for front-ends without HTML, the text as text."""
    png = png if png is not None else render_png(fig)
    return {
        "output_type": "display_data",
        "data": {
            "text/html": figure_html(fig, alt, png),
            "image/png": base64.b64encode(png).decode("ascii"),
            "text/plain": alt,
        },
        "metadata": {"image/png": {"width": display_width(fig)}},
    }


def new_axes(ax: Axes | None = None, figsize: tuple[float, float] = (8, 4)) -> tuple[Figure, Axes]:
    """The figure and axes to draw on: ``ax``'s own, or a new :class:`Chart` without pyplot."""
    if ax is not None:
        return root_figure(ax), ax
    _enable_notebook_display()
    fig = Chart(figsize=figsize, layout="constrained")
    return fig, fig.add_subplot()


def _enable_notebook_display() -> None:
    """In a Jupyter kernel, make a bare Figure display as an image (inline backend)."""
    import sys

    if "ipykernel" in sys.modules:
        import matplotlib.pyplot  # noqa: F401  (registers the inline figure formatter)


def tidy(ax: Axes, lang: str | None = None) -> None:
    """Fewer lines: no top and right spines, a light horizontal grid; numbers in ``lang`` (a
    decimal comma in Dutch) on both axes unless an axis already has its own formatter."""
    from matplotlib.ticker import ScalarFormatter

    from ..i18n import number_formatter

    for axis in (ax.xaxis, ax.yaxis):
        if isinstance(axis.get_major_formatter(), ScalarFormatter):
            axis.set_major_formatter(number_formatter(lang))
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color=LIGHT_GREY, linewidth=0.8)
    ax.set_axisbelow(True)
    ax.tick_params(labelsize=MIN_FONT_PT)
