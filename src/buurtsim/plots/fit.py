"""Figures that fit their texts: titles and tick labels that are too wide for their axes.

English labels are often longer than the Dutch ones (and the other way round). Rather than
shorten a translation, a figure wraps what does not fit (:func:`fit_texts`), and a panel that
draws its figure again applies what the last drawing needed before it renders (:func:`apply_fit`),
so it renders once.
"""

from __future__ import annotations

from typing import Any

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .style import root_figure

#: the least room between two tick labels, in pixels
_GAP_PX = 6

#: the average width of a character, as a share of the font size (DejaVu Sans, mixed case)
_CHAR_WIDTH = 0.55


def _chars_that_fit(width_px: float, fontsize_pt: float, dpi: float) -> int:
    return max(8, int(width_px / (fontsize_pt * dpi / 72 * _CHAR_WIDTH)))


def _wrap(text: str, chars: int) -> str:
    import textwrap

    if max(len(line) for line in text.splitlines() or [""]) <= chars:
        return text
    return "\n".join(textwrap.wrap(" ".join(text.split()), chars, break_long_words=False))


def _renderer(fig: Figure, drawn: bool = False) -> Any:
    """An Agg renderer to measure the figure's texts; the figure is drawn first (without output)
    unless it was ``drawn`` just now, e.g. by :func:`render_png`, which laid it out."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    if not drawn:
        fig.draw_without_rendering()
    return fig.canvas.get_renderer()  # type: ignore[attr-defined]


def _overlap(labels: list[Any], renderer: Any) -> bool:
    boxes = [t.get_window_extent(renderer) for t in labels if t.get_text()]
    return any(a.x1 + _GAP_PX > b.x0 for a, b in zip(boxes, boxes[1:], strict=False))


#: what :func:`fit_texts` did to a figure, per axes (by its place in ``fig.axes``):
#: ``{"title": chars, "pad": points, "ticks": ("wrap", chars) | ("slant",) | ("thin", bins)}``
Fit = dict[int, dict[str, Any]]


def _apply_ticks(ax: Axes, how: tuple) -> None:
    from matplotlib.ticker import MaxNLocator

    if how[0] == "thin":
        ax.xaxis.set_major_locator(MaxNLocator(nbins=how[1]))
        return
    words = [" ".join(t.get_text().split()) for t in ax.get_xticklabels()]
    if not any(words):  # numbers a formatter writes at drawing time: nothing to wrap
        return
    if how[0] == "wrap":
        wrapped = [_wrap(w, how[1]) for w in words]
        ax.set_xticks(ax.get_xticks(), wrapped, rotation=0, ha="center")
    else:
        ax.set_xticks(ax.get_xticks(), words, rotation=30, ha="right", rotation_mode="anchor")


def _apply_title(ax: Axes, fit: dict[str, Any]) -> None:
    text = ax.get_title()
    if text and ("title" in fit or "pad" in fit):
        size = float(ax.title.get_fontsize())
        wrapped = _wrap(text, fit["title"]) if "title" in fit else text
        ax.set_title(wrapped, fontsize=size, pad=fit.get("pad", mpl.rcParams["axes.titlepad"]))


def apply_fit(fig: Figure, fit: Fit) -> None:
    """Do to a freshly drawn figure what :func:`fit_texts` found its earlier drawing needed, so
    a panel that is drawn again is rendered once, already fitted."""
    for i, ax in enumerate(fig.axes):
        if "ticks" in fit.get(i, {}):
            _apply_ticks(ax, fit[i]["ticks"])
        _apply_title(ax, fit.get(i, {}))


def _crowded(labels: list[Any], renderer: Any) -> bool:
    """Tick labels that run into each other (and are not slanted already)."""
    if len(labels) < 2 or any(t.get_rotation_mode() == "anchor" for t in labels):
        return False
    return _overlap(labels, renderer)


def _tick_fit(ax: Axes, dpi: float, renderer: Any) -> tuple | None:
    """How the x tick labels must change so that neighbours do not run into each other: words
    are wrapped (or slanted when one word alone is too wide), numbers shown at fewer ticks."""
    labels = [t for t in ax.get_xticklabels() if t.get_visible()]
    if not _crowded(labels, renderer):
        return None
    if not any(any(c.isalpha() for c in t.get_text()) for t in labels):
        return ("thin", max(2, len(labels) // 2))
    room = ax.get_window_extent(renderer).width / len(labels)
    how = ("wrap", _chars_that_fit(room, float(labels[0].get_fontsize()), dpi))
    _apply_ticks(ax, how)
    if _overlap(list(ax.get_xticklabels()), _renderer(root_figure(ax))):
        return ("slant",)
    return how


def _title_fit(ax: Axes, dpi: float, renderer: Any) -> dict[str, Any]:
    """How the title must change: wrapped to the axes' width, lifted above the phase letters."""
    text = ax.get_title()
    if not text:
        return {}
    fit: dict[str, Any] = {}
    chars = _chars_that_fit(
        ax.get_window_extent(renderer).width, float(ax.title.get_fontsize()), dpi
    )
    if _wrap(text, chars) != text:
        fit["title"] = chars
    lift = _above(ax, renderer)
    top = ax.get_window_extent(renderer).y1 + lift * dpi / 72
    if lift and ax.title.get_window_extent(renderer).y0 < top:
        fit["pad"] = 6 + lift
    return fit


def _above(ax: Axes, renderer: Any) -> float:
    """How far (in points) texts drawn above the axes, such as the phase letters, reach."""
    top = ax.get_window_extent(renderer).y1
    reach = [t.get_window_extent(renderer).y1 - top for t in ax.texts if t.get_visible()]
    return max([0.0, *reach]) * 72 / root_figure(ax).dpi


def fit_texts(fig: Figure, drawn: bool = False) -> Fit:
    """Wrap titles and word tick labels that are wider than their axes, thin out crowded number
    ticks, and lift a title above the phase letters; returns what it changed (empty: nothing,
    else the figure must be drawn again), for :func:`apply_fit` on the next drawing.

    English labels are often longer than the Dutch ones (and the other way round); rather than
    shorten a translation, the figure wraps what does not fit. ``drawn=True`` when the figure
    was just rendered (by :func:`render_png`), which laid it out; the constrained layout then
    makes room for the extra lines.
    """
    renderer = _renderer(fig, drawn)
    fit: Fit = {}
    for i, ax in enumerate(fig.axes):
        found = _title_fit(ax, fig.dpi, renderer)
        ticks = _tick_fit(ax, fig.dpi, renderer)
        if ticks:
            found["ticks"] = ticks
        if found:
            _apply_title(ax, found)
            if ticks:
                _apply_ticks(ax, ticks)
            fit[i] = found
    return fit
