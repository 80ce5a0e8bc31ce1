"""Morris screening: the tidy table, reproducibility, saving without overwriting, a finding."""

from __future__ import annotations

import pandas as pd
import pytest

from buurtsim.experiments.sensitivity import DEFAULT_OUTCOMES, RANGES, morris
from buurtsim.scenarios import parameters, with_overrides

COLUMNS = ["outcome", "parameter", "mu", "mu_star", "sigma", "mu_star_conf", "rank"]
#: three parameters over a short run of Arendonk, small enough for a unit test
TINY = ["budget.amount", "conflict.escalation_rate", "residents.word_of_mouth"]


@pytest.fixture(scope="module")
def short_arendonk(arendonk):
    return with_overrides(arendonk, {"run.weeks": 52})


@pytest.fixture(scope="module")
def tiny(short_arendonk):
    return morris(
        short_arendonk, trajectories=3, replicates=2, seed=5, processes=1, params=TINY,
        progress=False,
    )  # fmt: skip


def test_ranges_are_inside_the_schema_and_cover_the_main_parameters():
    info = parameters()
    for key, (lo, hi) in RANGES.items():
        assert info[key].ge <= lo < hi <= info[key].le, key
    assert len(RANGES) >= 16


def test_tidy_table_has_one_row_per_outcome_and_parameter(tiny):
    table = tiny.table
    assert list(table.columns[: len(COLUMNS)]) == COLUMNS
    assert len(table) == len(DEFAULT_OUTCOMES) * len(TINY)
    assert set(zip(table["outcome"], table["parameter"], strict=True)) == {
        (o, p) for o in DEFAULT_OUTCOMES for p in TINY
    }
    assert (table["mu_star"] >= table["mu"].abs() - 1e-12).all()
    for _, group in table.groupby("outcome"):
        assert sorted(group["rank"])[0] == 1
    # every Morris point is run once per replicate: 3 trajectories x (3 + 1) points x 2 seeds
    assert len(tiny.runs) == 3 * 4 * 2
    assert tiny.runs["seed"].nunique() == 3 * 2


def test_same_seed_gives_the_same_table_and_another_seed_does_not(short_arendonk, tiny):
    again = morris(
        short_arendonk, trajectories=3, replicates=2, seed=5, processes=2, params=TINY,
        progress=False,
    )  # fmt: skip
    pd.testing.assert_frame_equal(again.table, tiny.table)
    pd.testing.assert_frame_equal(again.runs, tiny.runs)
    other = morris(
        short_arendonk, trajectories=3, replicates=2, seed=6, processes=1, params=TINY,
        progress=False,
    )  # fmt: skip
    assert not other.runs[list(DEFAULT_OUTCOMES)].equals(tiny.runs[list(DEFAULT_OUTCOMES)])


def test_save_writes_csv_and_png_and_never_overwrites(tiny, tmp_path):
    first = tiny.save(tmp_path / "out")
    suffixes = sorted(p.suffix for p in first)
    assert suffixes == [".csv", ".csv", ".png"]
    assert all(p.exists() and p.stat().st_size > 0 for p in first)
    assert first[1].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    saved = pd.read_csv(first[0])
    assert list(saved.columns[: len(COLUMNS)]) == COLUMNS and len(saved) == len(tiny.table)

    before = {p: p.read_bytes() for p in first}
    second = tiny.save(tmp_path / "out")
    assert not set(second) & set(first)
    assert all(p.exists() for p in second)
    assert {p: p.read_bytes() for p in first} == before


def test_summary_text_ranks_every_outcome(tiny):
    text = tiny.summary_text()
    for outcome in DEFAULT_OUTCOMES:
        assert f"({outcome}" in text
    top = tiny.ranking("initiatives_realised")["parameter"].iloc[0]
    assert f" 1. {top}" in text


def test_budget_drives_realised_initiatives_more_than_escalation_speed(short_arendonk):
    """With 0-8,000 euro the money decides how much gets built; at the default six facilitator
    hours a week conflicts are mediated before they escalate, so the escalation speed hardly
    matters for what is realised."""
    res = morris(
        short_arendonk,
        trajectories=6,
        replicates=2,
        seed=11,
        processes=2,
        params={"budget.amount": (0, 8000), "conflict.escalation_rate": (0, 0.6)},
        outcomes=["initiatives_realised"],
        progress=False,
    )
    r = res.ranking("initiatives_realised").set_index("parameter")
    budget, escalation = (
        r.at["budget.amount", "mu_star"],
        r.at["conflict.escalation_rate", "mu_star"],
    )
    assert budget > 2.0  # at least two more projects over the range from 0 to 8,000 euro
    assert budget > 4 * escalation


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        (["budget.amount", "budget.nonsense"], "budget.nonsense"),
        (["budget.amount", "facilitator.outreach"], "not a number"),
        ({"budget.amount": (0, 8000), "municipality.control": (0.5, 2.0)}, "municipality.control"),
        ({"budget.amount": (9000, 8000), "municipality.control": (0, 1)}, "low to high"),
        (["budget.amount"], "at least 2"),
    ],
)
def test_bad_parameters_give_a_plain_error(short_arendonk, params, needle):
    with pytest.raises(ValueError, match=needle):
        morris(short_arendonk, trajectories=2, params=params, progress=False)


def test_bad_outcome_and_trajectories_give_a_plain_error(short_arendonk):
    with pytest.raises(ValueError, match="happiness"):
        morris(short_arendonk, trajectories=2, params=TINY, outcomes=["happiness"])
    with pytest.raises(ValueError, match="trajectories"):
        morris(short_arendonk, trajectories=1, params=TINY)


def test_an_outcome_undefined_everywhere_is_reported_not_crashed(tmp_path):
    """Without vulnerable residents their participation rate is NaN: that outcome gets no ranks,
    the others are analysed as usual, and the plot and table still save."""
    res = morris(
        {"run": {"weeks": 10}},
        trajectories=2,
        replicates=1,
        processes=1,
        progress=False,
        params={"neighbourhood.vulnerable_share": (0.0, 0.001), "budget.amount": (2000, 8000)},
        outcomes=["vulnerable_participation_rate", "cohesion_gain"],
    )
    vulnerable = res.ranking("vulnerable_participation_rate")
    assert (vulnerable["trajectories"] == 0).all() and vulnerable["mu_star"].isna().all()
    assert res.ranking("cohesion_gain")["mu_star"].notna().all()
    assert "undefined in every trajectory" in res.summary_text()
    assert all(p.exists() for p in res.save(tmp_path))


def test_every_default_range_can_be_screened_including_optional_levers():
    """`municipality.announced_control` is optional in the schema (empty = the same as control);
    the default screen must still accept it as a number and pass a float to the scenario."""
    res = morris(
        {"run": {"weeks": 10}},
        trajectories=2,
        replicates=1,
        processes=1,
        progress=False,
        params=["municipality.announced_control", "municipality.support"],
        outcomes=["trust_municipality_end"],
    )
    assert res.runs["municipality.announced_control"].map(type).eq(float).all()
    assert set(RANGES) >= {"municipality.announced_control", "municipality.support"}
    assert len(RANGES) == 19
