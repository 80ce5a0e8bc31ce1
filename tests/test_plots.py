"""Plots: each returns a Figure; its pure data function gives the expected numbers."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from buurtsim import plots
from buurtsim.model import BuurtbudgetModel
from buurtsim.model.themes import THEME_KEYS

#: Okabe-Ito, with its yellow (#F0E442) darkened to stand out on white
OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#A38E00", "#0072B2", "#D55E00", "#CC79A7", "#000000"}


@pytest.fixture(scope="module")
def small_model() -> BuurtbudgetModel:
    return BuurtbudgetModel({"neighbourhood": {"households": 30, "streets": 3}}, rng=2)


@pytest.fixture
def tiny_ts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "week": [1, 2, 3, 4, 5],
            "phase": ["voorbereiding", "voorbereiding", "ideeën", "uitvoering", "uitvoering"],
            "cohesion": [0.1, 0.2, 0.3, 0.4, 0.5],
            "proposals": [0, 0, 3, 3, 3],
        }
    )


def test_palette_is_okabe_ito():
    assert set(plots.PALETTE) == OKABE_ITO
    assert len(plots.PALETTE) == 8


def test_phase_spans_and_timeseries(tiny_ts):
    spans = plots.phase_spans(tiny_ts)
    assert spans.to_dict("list") == {
        "phase": ["voorbereiding", "ideeën", "uitvoering"],
        "start": [1, 3, 4],
        "end": [2, 3, 5],
    }
    data = plots.timeseries_data(tiny_ts, ["cohesion"])
    assert list(data.columns) == ["week", "cohesion"]
    assert data["cohesion"].tolist() == [0.1, 0.2, 0.3, 0.4, 0.5]
    fig = plots.timeseries(tiny_ts, ["cohesion", "proposals"])
    assert isinstance(fig, Figure)
    labels = [line.get_label() for line in fig.axes[0].get_lines()]
    assert labels == ["sociale cohesie", "voorstellen"]
    with pytest.raises(ValueError, match="nope"):
        plots.timeseries_data(tiny_ts, ["nope"])


def test_plots_draw_on_a_given_axes(tiny_ts):
    fig = Figure()
    ax = fig.add_subplot()
    assert plots.timeseries(tiny_ts, ["cohesion"], ax=ax) is fig
    assert plt.get_fignums() == []  # nothing registered with pyplot


def test_ensemble_bands_data_median_and_quantiles():
    ts = pd.DataFrame(
        {
            "seed": [1, 1, 2, 2, 3, 3],
            "week": [1, 2, 1, 2, 1, 2],
            "cohesion": [1.0, 10.0, 3.0, 30.0, 2.0, 20.0],
            "scenario": ["a"] * 6,
        }
    )
    data = plots.ensemble_bands_data(ts, "cohesion")
    week1 = data[data["week"] == 1].iloc[0]
    assert week1["median"] == 2.0
    assert week1["low"] == pytest.approx(1.2)  # linear interpolation between 1 and 2
    assert week1["high"] == pytest.approx(2.8)
    assert week1["runs"] == 3
    by = plots.ensemble_bands_data(ts, "cohesion", by="scenario")
    assert set(by["group"]) == {"a"}
    fig = plots.ensemble_bands(ts, "cohesion", by="scenario")
    assert isinstance(fig, Figure)


def test_outcome_bars_data_per_group():
    df = pd.DataFrame({"group": ["x", "x", "x", "y", "y"], "proposals": [1, 2, 3, 10, 20]})
    data = plots.outcome_bars_data(df, ["proposals"], by="group")
    x = data.set_index("group").loc["x"]
    assert (x["median"], x["low"], x["high"], x["runs"]) == (
        2.0,
        pytest.approx(1.2),
        pytest.approx(2.8),
        3,
    )
    assert data.set_index("group").loc["y", "median"] == 15.0
    assert list(data["group"]) == ["x", "y"]  # first-seen order
    assert isinstance(plots.outcome_bars(df, ["proposals"], by="group"), Figure)
    with pytest.raises(ValueError):
        plots.outcome_bars_data(df, ["no_outcome"])


def test_control_curve_data():
    df = pd.DataFrame(
        {"municipality.control": [1.0, 1.0, 0.0, 0.0], "ownership_end": [0.1, 0.3, 0.5, 0.7]}
    )
    data = plots.control_curve_data(df, "ownership_end")
    assert data["value"].tolist() == [0.0, 1.0]
    assert data["median"].tolist() == pytest.approx([0.6, 0.2])
    assert data["mean"].tolist() == pytest.approx([0.6, 0.2])
    assert isinstance(plots.control_curve(df, "ownership_end"), Figure)


def _initiatives() -> pd.DataFrame:
    nan = np.nan
    return pd.DataFrame(
        {
            "id": [1, 2, 3, 4],
            "theme": ["meeting", "green", "rest", "food"],
            "street": [0, 1, 0, 2],
            "status": ["decayed", "vetoed", "not_chosen", "redirected"],
            "cost": [1000.0, 500.0, 800.0, 300.0],
            "in_frame": [True, False, True, False],
            "week_proposed": [8, 8, 9, 8],
            "week_decided": [13, 13, 13, nan],
            "week_reviewed": [15, 20, nan, nan],
            "week_approved": [15, nan, nan, nan],
            "week_realised": [30, nan, nan, nan],
            "week_decayed": [60, nan, nan, nan],
            "week_vetoed": [nan, 20, nan, nan],
            "week_redirected": [nan, nan, nan, 10],
        }
    )


def test_initiative_timeline_data_by_hand():
    data = plots.initiative_timeline_data(_initiatives(), end_week=104)
    segs = data["segments"]
    first = segs[segs["id"] == 1][["stage", "start", "end"]].to_numpy().tolist()
    assert first == [
        ["idea", 8, 13],
        ["in_review", 13, 15],
        ["in_progress", 15, 30],
        ["realised", 30, 60],
    ]
    assert segs[segs["id"] == 2]["stage"].tolist() == ["idea", "in_review"]
    assert segs[segs["id"] == 3]["stage"].tolist() == ["idea"]  # not chosen: no review
    assert segs[segs["id"] == 4][["start", "end"]].to_numpy().tolist() == [[8, 10]]
    marks = data["markers"].set_index("id")
    assert marks.loc[1, "event"] == "decayed" and marks.loc[1, "week"] == 60
    assert marks.loc[2, "event"] == "vetoed"
    assert marks.loc[3, "event"] == "not_chosen" and marks.loc[3, "week"] == 13
    assert marks.loc[4, "event"] == "redirected"
    assert isinstance(plots.initiative_timeline(_initiatives()), Figure)


def test_idea_fate_and_costs():
    fates = plots.idea_fate(_initiatives()).tolist()
    assert fates == ["to_decision", "to_decision", "to_decision", "redirected"]
    data = plots.idea_costs_data(_initiatives())
    assert data["cost"].tolist() == [1000.0, 500.0, 800.0, 300.0]
    assert data["label"].iloc[0] == "ontmoeting (straat 1)"
    assert isinstance(plots.idea_costs(_initiatives(), limit=4000), Figure)


def test_theme_votes_data_by_hand():
    prefs = np.zeros((3, len(THEME_KEYS)))
    prefs[0, 0] = prefs[1, 0] = 1.0  # two residents like meeting most
    prefs[2, 2] = 1.0  # one likes play and sport
    prefs[:, 1] = 0.5  # green is everyone's second choice
    data = plots.theme_votes_data(prefs, ideas=["green", "green", "food"])
    assert data.set_index("theme")["stickers"].to_dict()["meeting"] == 2
    assert data["stickers"].sum() == 3
    assert data.set_index("theme")["ideas"].to_dict()["green"] == 2
    two = plots.theme_votes_data(prefs, stickers=2)
    assert two.set_index("theme").loc["green", "stickers"] == 3
    assert isinstance(plots.theme_votes(prefs, ["food"]), Figure)
    with pytest.raises(ValueError):
        plots.theme_votes_data(np.ones((2, 3)))


def test_neighbourhood_map_data(small_model):
    m = small_model
    data = plots.neighbourhood_map_data(m, "street")
    houses = data["houses"]
    assert len(houses) == 30
    assert houses["value"].tolist() == m.layout.street_of_house.tolist()
    vulnerable = plots.neighbourhood_map_data(m, "vulnerable")["houses"]["value"]
    expected = pd.Series(m.pop.vulnerable.astype(float)).groupby(m.pop.household).mean()
    assert vulnerable.to_numpy() == pytest.approx(expected.to_numpy())
    ties = data["ties"]
    u, v, _ = m.ties.edges()
    assert len(ties) == int((m.pop.household[u] != m.pop.household[v]).sum())
    with pytest.raises(ValueError):
        plots.neighbourhood_map_data(m, "colour")
    assert isinstance(plots.neighbourhood_map(m, "vulnerable"), Figure)


def test_house_states_take_the_furthest_state_of_the_household():
    m = BuurtbudgetModel({"neighbourhood": {"households": 30, "streets": 3}}, rng=2)
    first_house = np.flatnonzero(m.pop.household == 0)
    m.aware[first_house[0]] = True
    m.core[first_house[-1]] = True
    states = plots.house_states(m)
    assert states[0] == 4
    assert (states[1:] == 0).all()
    frame = np.full(30, 2)
    data = plots.neighbourhood_map_data(m, "state", values=frame)
    assert (data["houses"]["value"] == 2).all()
