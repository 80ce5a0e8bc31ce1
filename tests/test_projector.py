"""Readable on a projector and accessible: text of 11 points or more as a figure is shown,
pictures sharp at 150% zoom, a yellow that stands out on white, shapes and line styles as well as
colour, and a one-sentence Dutch description (alt text) of every figure, written from its data."""

from __future__ import annotations

import base64
import re

import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.text import Text

from buurtsim import i18n, plots
from buurtsim.model import BuurtbudgetModel
from buurtsim.plots import style
from buurtsim.plots.describe import describe_bars, words


def smallest_text(fig: Figure) -> float:
    """The smallest font size (points) of any visible text, tick labels included."""
    fig.canvas.draw()
    sizes = [t.get_fontsize() for t in fig.findobj(Text) if t.get_visible() and t.get_text()]
    return min(sizes)


def contrast_on_white(hex_colour: str) -> float:
    """WCAG contrast ratio of a colour against white."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(hex_colour[i : i + 2], 16) / 255) for i in (1, 3, 5))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


@pytest.fixture(scope="module")
def model() -> BuurtbudgetModel:
    m = BuurtbudgetModel({"neighbourhood": {"households": 40, "streets": 4}}, rng=3)
    m.aware[: m.n // 2] = True
    m.invited[: m.n // 4] = True
    m.core[:2] = True
    return m


@pytest.fixture(scope="module")
def runs() -> pd.DataFrame:
    rng = np.random.default_rng(1)
    return pd.DataFrame(
        {
            "scenario": ["Zon"] * 5 + ["Maan"] * 5,
            "proposals": [3, 4, 5, 4, 4, 7, 8, 9, 8, 8],
            "participation_rate": rng.random(10) * 0.2,
            "municipality.control": [0.1, 0.1, 0.5, 0.5, 0.9] * 2,
        }
    )


@pytest.fixture(scope="module")
def weeks() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "week": np.arange(1, 21),
            "phase": ["voorbereiding"] * 5 + ["ideeën"] * 5 + ["uitvoering"] * 10,
            "cohesion": np.linspace(0.2, 0.35, 20),
            "proposals": np.repeat([0, 2, 5, 6], 5),
        }
    )


def figures(model, runs, weeks) -> dict[str, Figure]:
    """One of every plot the workbook draws on its own."""
    initiatives = pd.DataFrame(
        {
            "id": [1, 2, 3],
            "theme": ["green", "play_sport", "meeting"],
            "street": [0, 1, 2],
            "cost": [900.0, 2500.0, 5200.0],
            "in_frame": [True, True, False],
            "status": ["realised", "not_chosen", "withdrawn"],
            "week_proposed": [10, 11, 12],
            "week_decided": [14, 14, np.nan],
            "week_reviewed": [16, np.nan, np.nan],
            "week_approved": [17, np.nan, np.nan],
            "week_realised": [30, np.nan, np.nan],
            "week_withdrawn": [np.nan, np.nan, 13],
        }
    )
    return {
        "map": plots.neighbourhood_map(model, colour_by="state"),
        "map_vulnerable": plots.neighbourhood_map(model, colour_by="vulnerable"),
        "timeseries": plots.timeseries(weeks, ["cohesion", "proposals"]),
        "bands": plots.ensemble_bands(
            pd.concat(
                [weeks.assign(seed=1), weeks.assign(seed=2, cohesion=weeks["cohesion"] + 0.1)]
            ),
            "cohesion",
            by="seed",
        ),
        "bars": plots.outcome_bars(runs, ["proposals"], by="scenario"),
        "curve": plots.control_curve(runs, "proposals"),
        "timeline": plots.initiative_timeline(initiatives),
        "votes": plots.theme_votes(ideas=["green", "green", "play_sport"]),
        "costs": plots.idea_costs(initiatives, limit=4000),
    }


def test_text_is_at_least_11_points_as_shown(model, runs, weeks):
    for name, fig in figures(model, runs, weeks).items():
        assert smallest_text(fig) >= style.MIN_FONT_PT, name
        assert fig.dpi == style.DISPLAY_DPI, name  # shown at its size: points stay points


def test_every_plot_says_in_dutch_what_it_shows(model, runs, weeks):
    for name, fig in figures(model, runs, weeks).items():
        alt = plots.alt_of(fig)
        assert alt.endswith(".") and alt.count(". ") == 0, (name, alt)  # one sentence
        assert len(alt) > 40, (name, alt)
        assert not re.search(r"\b(the|and|of|with)\b", alt), (name, alt)  # Dutch, not English
        assert "{" not in alt, (name, alt)


def test_descriptions_come_from_the_data(model, runs, weeks):
    alts = {name: plots.alt_of(fig) for name, fig in figures(model, runs, weeks).items()}
    # the map counts its houses and its core group from the model
    houses = len(model.layout.xy)
    core = int(np.sum(plots.house_states(model) == 4))
    assert f"Kaart van {houses} huizen in 4 straten" in alts["map"]
    assert f"{core} kerngroep" in alts["map"]
    assert "20,0% naar 35,0%" in alts["timeseries"]  # cohesion, first and last week
    assert "het hoogst bij Maan (8)" in alts["bars"]
    assert "1 boven het maximum per project (€ 4.000)" in alts["costs"]
    assert "de meeste ideeën over groen (2)" in alts["votes"]
    assert "van 3 initiatieven" in alts["timeline"] and "1 gerealiseerd" in alts["timeline"]
    # English when asked, from the same table
    fig = plots.outcome_bars(runs, ["proposals"], by="scenario", lang="en")
    assert plots.alt_of(fig).startswith("Bars of proposals")


def test_a_description_follows_a_change_in_the_data():
    data = pd.DataFrame(
        {"group": ["a", "b"], "outcome": ["proposals"] * 2, "median": [2.0, 5.0],
         "low": [1.0, 4.0], "high": [3.0, 6.0], "runs": [3, 3]}
    )  # fmt: skip
    assert "het hoogst bij b (5)" in describe_bars(data)
    data.loc[0, "median"] = 9.0
    assert "het hoogst bij a (9)" in describe_bars(data)
    assert words(["a", "b", "c"]) == "a, b en c" and words([], "en") == "nothing"


def test_figures_show_with_alt_text_and_twice_as_sharp(runs):
    fig = plots.outcome_bars(runs, ["proposals"], by="scenario")
    out = plots.figure_output(fig, plots.alt_of(fig))
    html = out["data"]["text/html"]
    width = round(fig.get_figwidth() * style.DISPLAY_DPI)
    assert f'width="{width}"' in html and "max-width:100%" in html
    assert f'alt="{plots.alt_of(fig)}"' in html
    png = base64.b64decode(out["data"]["image/png"])
    png_width = int.from_bytes(png[16:20], "big")  # the IHDR chunk
    assert png_width >= 1.5 * width  # sharp at 150% zoom
    assert out["data"]["text/plain"] == plots.alt_of(fig)
    # in a notebook a plot shows the same way (its HTML carries the alt text)
    assert isinstance(fig, plots.Chart) and 'alt="' in fig._repr_html_()


def test_colours_stand_out_on_white_and_yellow_is_darkened():
    assert "#F0E442" not in style.PALETTE
    assert contrast_on_white(style.COLOURS["yellow"]) >= 3.0
    # every phase band is visibly darker than white, and carries its letter too
    assert all(contrast_on_white(c) >= 1.15 for c in style.PHASE_COLOURS.values())


def test_shapes_and_line_styles_as_well_as_colour(model, runs, weeks):
    figs = figures(model, runs, weeks)
    lines = [ln for ln in figs["timeseries"].axes[0].get_lines()]
    assert len({ln.get_linestyle() for ln in lines}) == len(lines) == 2
    assert len({ln.get_marker() for ln in lines}) == 2
    bars = figs["bars"].axes[0].patches
    assert len({b.get_hatch() for b in bars}) == 2  # one hatching per group
    letters = {t.get_text() for t in figs["timeseries"].axes[0].texts}
    assert {"V", "I", "U"} <= letters  # the phases are named, not only shaded


def test_map_states_differ_by_marker(model):
    fig = plots.neighbourhood_map(model, colour_by="state")
    scatter = next(c for c in fig.axes[0].collections if isinstance(c, PathCollection))
    states = plots.house_states(model)
    paths = scatter.get_paths()
    assert len(paths) == len(states)
    shapes = {}
    for state, path in zip(states, paths, strict=True):
        shapes.setdefault(int(state), set()).add(len(path.vertices))
    # one shape per state, and different states have different shapes
    assert all(len(v) == 1 for v in shapes.values())
    assert len({next(iter(v)) for v in shapes.values()}) == len(shapes) >= 3
    legend = [h.get_marker() for h in fig.axes[0].get_legend().legend_handles]
    assert len(set(legend)) == len(plots.STATE_NAMES)


def test_every_panel_text_is_large_and_every_panel_has_alt_text():
    from buurtsim.widgets import NeighbourhoodPanel, RunPanel

    for panel in (RunPanel(runs=1), NeighbourhoodPanel()):
        assert smallest_text(panel.figure) >= style.MIN_FONT_PT
        output = panel.output.outputs[0]
        alt = output["data"]["text/plain"]
        assert alt.startswith(i18n.t(panel.alt_key)) and len(alt) > 60
        assert re.search(r"\d", alt), alt  # numbers of this run
        assert f'alt="{alt}"' in output["data"]["text/html"].replace("&#x27;", "'")


def _boxes(fig, texts):
    from buurtsim.plots.fit import _renderer

    renderer = _renderer(fig)
    return [t.get_window_extent(renderer) for t in texts if t.get_text()]


def test_fit_texts_wraps_a_long_title_and_unknots_crowded_tick_labels():
    """English labels are longer than Dutch ones: a title wider than its axes wraps inside the
    figure, and word tick labels that ran into each other no longer overlap."""
    from matplotlib.figure import Figure

    from buurtsim.plots.fit import fit_texts

    fig = Figure(figsize=(10, 4), dpi=96, layout="constrained")
    _wide, narrow = fig.subplots(1, 2, width_ratios=[2, 1])
    narrow.bar([0, 1, 2], [1, 2, 3])
    words = ["waiting for the municipality", "decision to realisation", "abandoned"]
    narrow.set_xticks([0, 1, 2], words)
    narrow.set_title("median and each initiative (30 runs), the weeks it took")
    before = _boxes(fig, narrow.get_xticklabels())
    assert any(a.x1 > b.x0 for a, b in zip(before, before[1:], strict=False))  # it was crowded
    fit_texts(fig)
    assert "\n" in narrow.get_title()
    after = _boxes(fig, narrow.get_xticklabels())
    assert all(a.x1 <= b.x0 for a, b in zip(after, after[1:], strict=False))
    title = _boxes(fig, [narrow.title])[0]
    assert title.x1 <= fig.bbox.x1 + 1


def test_fit_texts_lifts_the_title_above_the_phase_letters():
    from matplotlib.figure import Figure

    from buurtsim.plots.fit import fit_texts

    fig = Figure(figsize=(6, 3), dpi=96, layout="constrained")
    ax = fig.subplots()
    ax.plot([0, 10], [0, 1])
    ax.text(5, 1.0, "P", transform=ax.get_xaxis_transform(), va="bottom")
    ax.set_title("median and 10-90% of 30 runs")
    fit_texts(fig)
    letter, title = _boxes(fig, [ax.texts[0], ax.title])
    assert title.y0 >= letter.y1
