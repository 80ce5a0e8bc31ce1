"""Plots of the workbook: labels and numbers in the current language, a colour-blind-safe
palette.

Every plot function takes an optional ``ax`` and returns the :class:`~matplotlib.figure.Figure`.
What it draws is computed by a pure ``*_data`` function next to it, which tests can call, and
the figure carries one sentence on what it shows (``alt``, :func:`alt_of`; written by
:mod:`buurtsim.plots.describe` from the same data). Text is at least :data:`MIN_FONT_PT` points
as shown, and :func:`figure_output` renders a figure sharp enough for 150% zoom:

- :func:`neighbourhood_map` / :func:`neighbourhood_map_data` (and :func:`house_states`);
- :func:`timeseries` / :func:`timeseries_data` (with :func:`phase_spans`);
- :func:`ensemble_bands` / :func:`ensemble_bands_data`;
- :func:`outcome_bars` / :func:`outcome_bars_data`;
- :func:`control_curve` / :func:`control_curve_data`;
- :func:`initiative_timeline` / :func:`initiative_timeline_data`;
- :func:`theme_votes` / :func:`theme_votes_data`;
- :func:`idea_costs` / :func:`idea_costs_data`;
- :func:`empty_handed` / :func:`empty_handed_data` (real ballots, :mod:`buurtsim.ballots`).
"""

from .ballots import empty_handed, empty_handed_data
from .initiatives import (
    idea_costs,
    idea_costs_data,
    idea_fate,
    initiative_timeline,
    initiative_timeline_data,
    theme_votes,
    theme_votes_data,
)
from .neighbourhood import (
    STATE_NAMES,
    house_states,
    neighbourhood_map,
    neighbourhood_map_data,
)
from .outcomes import control_curve, control_curve_data, outcome_bars, outcome_bars_data
from .series import (
    ensemble_bands,
    ensemble_bands_data,
    phase_spans,
    timeseries,
    timeseries_data,
)
from .style import (
    COLOURS,
    DISPLAY_DPI,
    MIN_FONT_PT,
    PALETTE,
    PHASE_COLOURS,
    RENDER_DPI,
    Chart,
    alt_of,
    figure_html,
    figure_output,
    new_axes,
    projector,
    render_png,
)

__all__ = [
    "COLOURS",
    "DISPLAY_DPI",
    "MIN_FONT_PT",
    "PALETTE",
    "PHASE_COLOURS",
    "RENDER_DPI",
    "STATE_NAMES",
    "Chart",
    "alt_of",
    "control_curve",
    "control_curve_data",
    "empty_handed",
    "empty_handed_data",
    "figure_html",
    "figure_output",
    "ensemble_bands",
    "ensemble_bands_data",
    "house_states",
    "idea_costs",
    "idea_costs_data",
    "idea_fate",
    "initiative_timeline",
    "initiative_timeline_data",
    "neighbourhood_map",
    "neighbourhood_map_data",
    "new_axes",
    "outcome_bars",
    "outcome_bars_data",
    "phase_spans",
    "projector",
    "render_png",
    "theme_votes",
    "theme_votes_data",
    "timeseries",
    "timeseries_data",
]
