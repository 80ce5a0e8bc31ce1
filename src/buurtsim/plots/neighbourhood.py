"""The map of the simulated neighbourhood: houses along their streets, ties between residents."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from ..i18n import t
from .style import COLOURS, GREY, colour, new_axes

#: the outreach states of a house, from "nobody knows" to "someone is in the core group"
STATE_NAMES: tuple[str, ...] = ("not_aware", "aware", "invited", "active", "core")
STATE_COLOURS: tuple[str, ...] = (
    GREY,
    COLOURS["skyblue"],
    COLOURS["yellow"],
    COLOURS["orange"],
    COLOURS["vermillion"],
)
COLOUR_BY = ("street", "vulnerable", "aware", "active", "state")


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
    lang: str = "nl",
    legend: bool = True,
):
    """Draw map data on ``ax``; returns the houses' scatter (to recolour frames quickly)."""
    houses, ties = data["houses"], data["ties"]
    if show_ties and len(ties):
        segments = np.stack([ties[["x0", "y0"]].to_numpy(), ties[["x1", "y1"]].to_numpy()], axis=1)
        ax.add_collection(
            LineCollection(
                segments, colors="#666666", linewidths=0.3 + 0.7 * ties["strength"], alpha=0.25
            )
        )
    colours = house_colours(houses["value"].to_numpy(), colour_by)
    scatter = ax.scatter(
        houses["x"], houses["y"], c=colours, s=14, edgecolors="#444444", linewidths=0.3, zorder=3
    )
    ax.set_aspect("equal")
    ax.set_axis_off()
    if legend:
        _legend(ax, colour_by, lang)
    return scatter


def house_colours(values: np.ndarray, colour_by: str) -> list[str]:
    """One colour per house for the map."""
    if colour_by == "street":
        return [colour(int(v)) for v in values]
    if colour_by == "state":
        return [STATE_COLOURS[int(v)] for v in values]
    hot = COLOURS["vermillion"] if colour_by == "vulnerable" else COLOURS["blue"]
    return [hot if v > 0 else GREY for v in values]


def _legend(ax: Axes, colour_by: str, lang: str) -> None:
    def dot(c, text):
        return Line2D(
            [], [], marker="o", linestyle="", color=c, markeredgecolor="#444444", label=text
        )

    if colour_by == "street":
        ax.set_title(
            "elke kleur is een straat" if lang == "nl" else "each colour is a street",
            fontsize=9,
        )
        return
    if colour_by == "state":
        handles = [dot(c, t(n, lang)) for c, n in zip(STATE_COLOURS, STATE_NAMES, strict=True)]
    elif colour_by == "vulnerable":
        handles = [
            dot(
                COLOURS["vermillion"],
                "huis met kwetsbare bewoner(s)"
                if lang == "nl"
                else "house with vulnerable resident(s)",
            ),
            dot(GREY, "ander huis" if lang == "nl" else "other house"),
        ]
    else:
        handles = [dot(COLOURS["blue"], t(colour_by, lang)), dot(GREY, t("not_aware", lang))]
    ax.legend(
        handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8
    )


def neighbourhood_map(
    model,
    colour_by: str = "street",
    show_ties: bool = True,
    ax: Axes | None = None,
    lang: str = "nl",
    values: np.ndarray | None = None,
) -> Figure:
    """Houses at ``model.layout.xy`` coloured by street, vulnerability, awareness, taking part
    or outreach state, with the residents' ties as thin lines."""
    fig, ax = new_axes(ax, figsize=(6, 6))
    draw_map(ax, neighbourhood_map_data(model, colour_by, values), colour_by, show_ties, lang)
    return fig
