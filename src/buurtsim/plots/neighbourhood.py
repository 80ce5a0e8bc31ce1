"""The map of the simulated neighbourhood: houses along their streets, ties between residents."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.markers import MarkerStyle
from matplotlib.path import Path

from ..i18n import t
from .describe import describe_map
from .style import COLOURS, GREY, colour, new_axes, root_figure, set_alt, styled

#: the outreach states of a house, from "nobody knows" to "someone is in the core group"
STATE_NAMES: tuple[str, ...] = ("not_aware", "aware", "invited", "active", "core")
STATE_COLOURS: tuple[str, ...] = (
    GREY,
    COLOURS["skyblue"],
    COLOURS["yellow"],
    COLOURS["orange"],
    COLOURS["vermillion"],
)
#: and a shape per state, so the map reads without colour: from a small circle to a star
STATE_MARKERS: tuple[str, ...] = ("o", "s", "^", "D", "*")
STATE_SIZES: tuple[float, ...] = (0.6, 1.0, 1.1, 1.0, 1.8)
COLOUR_BY = ("street", "vulnerable", "aware", "active", "state")
#: houses with a value > 0 (vulnerable, aware, active) as a square, the others as a small circle
HOT_MARKERS: tuple[str, str] = ("o", "s")
HOUSE_SIZE = 30.0


def house_states(model) -> np.ndarray:
    """Per house, the furthest outreach state of its residents (0 = not aware .. 4 = core).

    Uses the model's resident arrays ``aware``, ``invited``, ``active`` (or ``ever_active``)
    and ``core``.
    """
    state = np.zeros(model.n, dtype=np.int8)
    state[model.aware] = 1
    state[model.invited] = 2
    state[model.active | model.ever_active] = 3
    state[model.core] = 4
    out = np.zeros(len(model.layout.xy), dtype=np.int8)
    np.maximum.at(out, model.pop.household, state)
    return out


def _per_house(model, flags: np.ndarray) -> np.ndarray:
    """Share of a house's adults for whom ``flags`` holds."""
    houses = len(model.layout.xy)
    total = np.bincount(model.pop.household, minlength=houses)
    hits = np.bincount(model.pop.household, weights=flags.astype(float), minlength=houses)
    return np.divide(hits, total, out=np.zeros(houses), where=total > 0)


def neighbourhood_map_data(
    model, colour_by: str = "street", values: np.ndarray | None = None
) -> dict[str, pd.DataFrame]:
    """What the map draws: ``houses`` (house, x, y, street, value) and ``ties`` between houses.

    ``value`` is the street number (``street``), the share of vulnerable adults (``vulnerable``),
    of aware or active adults (``aware``, ``active``), or the outreach state 0-4 (``state``, see
    :func:`house_states`); ``values`` overrides it (one value per house, e.g. a recorded frame).
    ``ties`` has one row per living tie between residents of different houses: x0, y0, x1, y1,
    strength.
    """
    if colour_by not in COLOUR_BY:
        raise ValueError(f"colour_by must be one of {', '.join(COLOUR_BY)}, not {colour_by!r}")
    xy = np.asarray(model.layout.xy, dtype=float)
    street = np.asarray(model.layout.street_of_house)
    if values is None:
        if colour_by == "street":
            values = street.astype(float)
        elif colour_by == "state":
            values = house_states(model)
        else:
            flags = {
                "vulnerable": model.pop.vulnerable,
                "aware": model.aware,
                "active": model.active | model.ever_active,
            }[colour_by]
            values = _per_house(model, flags)
    values = np.asarray(values)
    if values.shape != (len(xy),):
        raise ValueError(f"values must have one entry per house ({len(xy)}), got {values.shape}")
    houses = pd.DataFrame(
        {"house": np.arange(len(xy)), "x": xy[:, 0], "y": xy[:, 1], "street": street}
    )
    houses["value"] = values
    u, v, strength = model.ties.edges()
    hu, hv = model.pop.household[u], model.pop.household[v]
    between = hu != hv
    ties = pd.DataFrame(
        {
            "x0": xy[hu[between], 0],
            "y0": xy[hu[between], 1],
            "x1": xy[hv[between], 0],
            "y1": xy[hv[between], 1],
            "strength": strength[between],
        }
    )
    return {"houses": houses, "ties": ties}


def draw_map(
    ax: Axes,
    data: dict[str, pd.DataFrame],
    colour_by: str = "street",
    show_ties: bool = True,
    lang: str | None = None,
    legend: bool = True,
):
    """Draw map data on ``ax``; returns the houses' scatter (to recolour frames quickly)."""
    houses, ties = data["houses"], data["ties"]
    if show_ties and len(ties):
        segments = np.stack([ties[["x0", "y0"]].to_numpy(), ties[["x1", "y1"]].to_numpy()], axis=1)
        ax.add_collection(
            LineCollection(
                list(segments),
                colors="#666666",
                linewidths=0.3 + 0.7 * ties["strength"],
                alpha=0.25,
            )
        )
    scatter = ax.scatter(
        houses["x"], houses["y"], s=HOUSE_SIZE, edgecolors="#333333", linewidths=0.4, zorder=3
    )
    restyle_houses(scatter, houses["value"].to_numpy(), colour_by)
    ax.set_aspect("equal")
    ax.set_axis_off()
    if legend:
        _legend(ax, colour_by, lang)
    set_alt(root_figure(ax), describe_house_map(houses, colour_by, lang))
    return scatter


def restyle_houses(scatter, values: np.ndarray, colour_by: str) -> None:
    """Give every house its colour and its shape (quick: a recorded frame only restyles)."""
    scatter.set_facecolors(house_colours(values, colour_by))
    scatter.set_paths([_marker_path(m) for m in house_markers(values, colour_by)])
    scatter.set_sizes([HOUSE_SIZE * s**2 for s in house_sizes(values, colour_by)])


def _marker_path(name: str) -> Path:
    style = MarkerStyle(name)
    return style.get_path().transformed(style.get_transform())


def house_colours(values: np.ndarray, colour_by: str) -> list[str]:
    """One colour per house for the map."""
    if colour_by == "street":
        return [colour(int(v)) for v in values]
    if colour_by == "state":
        return [STATE_COLOURS[int(v)] for v in values]
    hot = COLOURS["vermillion"] if colour_by == "vulnerable" else COLOURS["blue"]
    return [hot if v > 0 else GREY for v in values]


def house_markers(values: np.ndarray, colour_by: str) -> list[str]:
    """One marker shape per house: by outreach state, or filled square against dot."""
    if colour_by == "street":
        return ["o"] * len(values)
    if colour_by == "state":
        return [STATE_MARKERS[int(v)] for v in values]
    return [HOT_MARKERS[int(v > 0)] for v in values]


def house_sizes(values: np.ndarray, colour_by: str) -> list[float]:
    """A size factor per house: a star is drawn larger to look as large as a square."""
    if colour_by == "state":
        return [STATE_SIZES[int(v)] for v in values]
    if colour_by == "street":
        return [1.0] * len(values)
    return [1.0 if v > 0 else 0.8 for v in values]


def _class_names(colour_by: str, lang: str | None) -> list[tuple[float, str]]:
    """The value classes of a map, highest first, with their words (for the description)."""
    if colour_by == "state":
        return [(float(k), t(STATE_NAMES[k], lang)) for k in range(len(STATE_NAMES) - 1, -1, -1)]
    if colour_by == "vulnerable":
        return [(1e-9, t("plot_vulnerable_houses", lang)), (0.0, t("plot_other_houses", lang))]
    return [(1e-9, t(colour_by, lang)), (0.0, t("not_aware", lang))]


def describe_house_map(houses: pd.DataFrame, colour_by: str, lang: str | None = None) -> str:
    """The map's one sentence: houses, streets, and how many houses in each class."""
    return describe_map(houses, colour_by, _class_names(colour_by, lang), lang)


def _vulnerable_label(lang: str | None) -> str:
    return t("plot_vulnerable_house", lang)


def _other_label(lang: str | None) -> str:
    return t("plot_other_house", lang)


def _legend(ax: Axes, colour_by: str, lang: str | None) -> None:
    def dot(c: str, shape: str, size: float, text: str) -> Line2D:
        return Line2D(
            [], [], marker=shape, linestyle="", color=c, markeredgecolor="#333333",
            markersize=8 * size, label=text,
        )  # fmt: skip

    if colour_by == "street":
        ax.set_title(t("alt_map_streets", lang))
        return
    if colour_by == "state":
        handles = [
            dot(c, m, z, t(n, lang))
            for c, m, z, n in zip(
                STATE_COLOURS, STATE_MARKERS, STATE_SIZES, STATE_NAMES, strict=True
            )
        ]
    elif colour_by == "vulnerable":
        handles = [
            dot(COLOURS["vermillion"], HOT_MARKERS[1], 1.0, _vulnerable_label(lang)),
            dot(GREY, HOT_MARKERS[0], 0.8, _other_label(lang)),
        ]
    else:
        handles = [
            dot(COLOURS["blue"], HOT_MARKERS[1], 1.0, t(colour_by, lang)),
            dot(GREY, HOT_MARKERS[0], 0.8, t("not_aware", lang)),
        ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)


@styled
def neighbourhood_map(
    model,
    colour_by: str = "street",
    show_ties: bool = True,
    ax: Axes | None = None,
    lang: str | None = None,
    values: np.ndarray | None = None,
) -> Figure:
    """Houses at ``model.layout.xy`` coloured by street, vulnerability, awareness, taking part
    or outreach state, with the residents' ties as thin lines."""
    fig, ax = new_axes(ax, figsize=(6, 6))
    draw_map(ax, neighbourhood_map_data(model, colour_by, values), colour_by, show_ties, lang)
    return fig
