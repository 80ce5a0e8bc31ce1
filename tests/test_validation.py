"""The model reproduces the 2018-2019 pilot: most seeds fall inside every target band.

The bands and their sources are in ``buurtsim.experiments.validation.TARGETS``; the table and
what was calibrated are in ``docs/validation.md``. The pilot ensembles run once per module: 100
seeds (0-99) of Arendonk and of Olmen. ``buurtsim validate-pilot`` shows 50, but with 50 seeds a
share has a sampling error of about 6 points, so a figure that is truly inside 72% of the time
(the weakest one, the kick-off, over 200 seeds) would fail the 60% now and then by chance alone.
With 100 seeds the error is about 4.5 points. The first 50 of the 100 are the 50 seeds of the
pilot table in docs/validation.md, which is checked to be up to date.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import buurtsim
from buurtsim.experiments import validation
from buurtsim.experiments.validation import (
    PILOT_COLUMNS,
    TARGETS,
    Target,
    count_band,
    format_pilot_table,
    pilot_table,
    share_inside,
    target_table,
)

RUNS = 100
SEED = 0
MIN_SHARE = 0.6
DOC = Path(__file__).resolve().parents[1] / "docs" / "validation.md"
REFRESH = "run `python -m buurtsim.experiments.validation docs/validation.md`"


@pytest.fixture(scope="module")
def ensembles() -> dict[str, pd.DataFrame]:
    return {
        name: buurtsim.ensemble(path, runs=RUNS, seed=SEED, processes=2)
        for name, path in validation.PILOT_SCENARIOS.items()
    }


@pytest.fixture(scope="module")
def table(ensembles) -> pd.DataFrame:
    return target_table(ensembles)


# --- the band logic -------------------------------------------------------------------------
def test_count_band_is_observed_plus_minus_z_root_rounded_inward():
    # 10 +- 1.28 * 3.162 = 5.95 .. 14.05 -> 6 .. 14
    assert count_band(10) == (6, 14)
    # 6.5 +- 1.28 * 2.55 = 3.24 .. 9.76 -> 4 .. 9
    assert count_band(6.5) == (4, 9)
    assert count_band(0) == (0, 0)
    assert count_band(9, z=1.0) == (6, 12)  # exact ends are kept
    with pytest.raises(ValueError, match="negative"):
        count_band(-1)


def test_share_inside_counts_both_ends_and_treats_missing_as_outside():
    values = [5, 6, 10, 14, 15, math.nan, 14.0000000000001]
    assert share_inside(values, 6, 14) == pytest.approx(4 / 7)
    assert share_inside(np.array([7.0, 8.0]), 6, 14) == 1.0
    assert math.isnan(share_inside([], 0, 1))
    t = Target("arendonk", "budget_spent", "within 8,000 euro", 0, 8000, "s", "r")
    # the ledger may sum trimmed amounts to 8000.000000000001: still within the budget
    assert t.share_inside([8000.000000000001, 8000.5, 7999]) == pytest.approx(2 / 3)


def test_targets_are_summary_columns_of_known_pilots_with_sources():
    for t in TARGETS:
        assert t.scenario in validation.PILOT_SCENARIOS
        assert t.figure in buurtsim.OUTCOMES, t.figure
        assert t.low <= t.high
        assert "METHOD.md" in t.source, t
    arendonk = {t.figure for t in TARGETS if t.scenario == "arendonk"}
    assert {
        "kickoff_attendance",
        "core_group_size",
        "proposals",
        "proposals_to_decision",
        "initiatives_realised",
        "budget_spent",
        "weeks_to_first_realisation",
    } <= arendonk
    olmen = {t.figure for t in TARGETS if t.scenario == "olmen"}
    assert {"core_group_size", "initiatives_realised"} <= olmen


def test_format_lines_up_and_is_a_markdown_table():
    df = pd.DataFrame(
        [["arendonk", "proposals", "about 8", 5, 11, 8.0, 5.0, 12.5, 0.8],
         ["arendonk", "budget_spent", "within 8,000 euro", 0, 8000, 4600.4, 2500, 7000, 1.0]],
        columns=list(PILOT_COLUMNS),
    )  # fmt: skip
    text = format_pilot_table(df)
    lines = text.splitlines()
    assert len({len(line) for line in lines}) == 1  # fixed width
    assert all(line.startswith("| ") or line.startswith("|-") for line in lines)
    assert "5-11" in lines[2] and "12.5" in lines[2] and "80%" in lines[2]
    assert "0-8,000" in lines[3] and "4,600" in lines[3] and "100%" in lines[3]


# --- the pilot reproduction -------------------------------------------------------------------
def test_pilot_table_has_one_row_per_target(table):
    assert list(table.columns) == list(PILOT_COLUMNS)
    assert list(zip(table.scenario, table.figure, strict=True)) == [
        (t.scenario, t.figure) for t in TARGETS
    ]
    assert (table.p10 <= table["median"]).all() and (table["median"] <= table.p90).all()
    assert table.attrs == {"runs": RUNS, "seed": SEED}


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: f"{t.scenario}-{t.figure}")
def test_most_seeds_fall_inside_the_band(table, target):
    row = table[(table.scenario == target.scenario) & (table.figure == target.figure)].iloc[0]
    assert row.share_inside >= MIN_SHARE, (
        f"{target.scenario} {target.figure}: only {row.share_inside:.0%} of {RUNS} seeds inside "
        f"{target.low:g}-{target.high:g} (median {row['median']:g}, "
        f"10-90% {row.p10:g}-{row.p90:g}); see docs/validation.md"
    )


def test_pilot_table_runs_the_pilot_scenarios_and_compares_them(ensembles):
    """pilot_table(runs=k) is the comparison of the first k seeds of the pilot ensembles."""
    small = pilot_table(runs=4, seed=SEED, processes=1)
    expected = target_table({name: df.iloc[:4] for name, df in ensembles.items()})
    pd.testing.assert_frame_equal(small, expected)
    assert small.attrs == {"runs": 4, "seed": SEED}
    x = ensembles["olmen"]["initiatives_realised"].iloc[:4]
    row = small[(small.scenario == "olmen") & (small.figure == "initiatives_realised")].iloc[0]
    assert row.share_inside == ((x >= 3) & (x <= 7)).mean()
    assert row["median"] == x.median()


def test_unknown_pilot_is_a_plain_error():
    odd_target = Target("balen", "proposals", "?", 0, 1, "METHOD.md", "r")
    with pytest.raises(ValueError, match="no scenario for the pilot 'balen'"):
        pilot_table(runs=1, targets=[odd_target])


def test_printed_table_names_every_figure(table):
    text = format_pilot_table(table)
    for t in TARGETS:
        assert t.figure in text
    assert f"{RUNS} seeds per scenario" in text


# --- docs/validation.md shows the real, current output ----------------------------------------
def doc_block(name: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    m = re.search(rf"<!-- {name}-table:start -->\n(.*?)\n<!-- {name}-table:end -->", text, re.S)
    assert m, f"docs/validation.md has no {name} table markers"
    return m.group(1)


def test_doc_shows_the_current_target_bands():
    assert doc_block("targets") == validation.targets_table_markdown(), REFRESH


def test_doc_shows_the_current_pilot_table(ensembles):
    """The 50-seed table in the doc is what `buurtsim validate-pilot` prints today."""
    first = {name: df.iloc[: validation.DOC_RUNS] for name, df in ensembles.items()}
    assert validation.DOC_SEED == SEED and validation.DOC_RUNS <= RUNS
    assert doc_block("pilot") == format_pilot_table(target_table(first)), REFRESH


def test_doc_has_the_required_sections():
    text = DOC.read_text(encoding="utf-8")
    for heading in (
        "## Sensitivity analysis (Morris)",
        "What the model does not reproduce or cannot know",
        "Golden scenarios",
        "What was calibrated",
    ):
        assert heading in text, heading
    assert "pilot-large-table:start" in text
