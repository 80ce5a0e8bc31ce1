"""Plots of the workbook: Dutch labels, Dutch numbers, a colour-blind-safe palette.

Every plot function takes an optional ``ax`` and returns the :class:`~matplotlib.figure.Figure`.
What it draws is computed by a pure ``*_data`` function next to it, which tests can call:

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
from .style import COLOURS, PALETTE, PHASE_COLOURS, new_axes

__all__ = [
    "COLOURS",
    "PALETTE",
    "PHASE_COLOURS",
    "STATE_NAMES",
    "control_curve",
    "control_curve_data",
    "empty_handed",
    "empty_handed_data",
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
    "theme_votes",
    "theme_votes_data",
    "timeseries",
    "timeseries_data",
]
