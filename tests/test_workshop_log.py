"""The workshop log: atomic appends that never overwrite, stable columns, loud damage reports."""

from __future__ import annotations

import math
import multiprocessing
import os
from pathlib import Path

import pandas as pd
import pytest

import buurtsim
from buurtsim import OUTCOMES, ScenarioError, parameters
from buurtsim.scenarios import with_overrides
from buurtsim.workshop import (
    LOG_NAME,
    WorkshopLog,
    WorkshopLogError,
    batch_labels,
    compare_groups,
    log_columns,
)

SHORT = {"run.weeks": 40}


@pytest.fixture(scope="module")
def runs(arendonk):
    """Two short runs with different settings, and a small ensemble."""
    base = with_overrides(arendonk, SHORT)
    strict = with_overrides(base, {"municipality.control": 0.9, "facilitator.hours_per_week": 2})
    one = buurtsim.simulate(base, seed=1)
    two = buurtsim.simulate(strict, seed=2)
    many = buurtsim.ensemble(base, runs=3, seed=10)
    return one, two, many


def test_a_saved_run_loads_back_with_its_settings_seed_and_outcomes(tmp_path, runs):
    one, _, _ = runs
    assert WorkshopLog(tmp_path).record("Groep A", one) == 1
    df = WorkshopLog(tmp_path).load()  # a new object: as after a kernel restart
    assert list(df.columns) == list(log_columns())
    assert len(df) == 1
    row = df.iloc[0]
    assert row["group"] == "Groep A"
    assert row["seed"] == 1
    assert row["municipality.control"] == one.scenario.municipality.control
    assert row["neighbourhood.households"] == 240
    assert row["facilitator.outreach"] == "core_group"
    for outcome in OUTCOMES:
        expected = float(one.summary[outcome])
        if math.isnan(expected):
            assert math.isnan(row[outcome]), outcome
        else:
            assert row[outcome] == expected, outcome  # full precision, not rounded
    assert pd.Timestamp(row["timestamp"]).tzinfo is not None


def test_rows_with_different_settings_line_up_under_one_stable_header(tmp_path, runs):
    one, two, many = runs
    log = WorkshopLog(tmp_path)
    log.record("Groep A", one)
    log.record("Groep B", two)
    log.append(
        "Groep C", {"municipality.control": 0.5}, seed=7, outcomes=one.summary[list(OUTCOMES)]
    )
    assert log.record("Groep D", many) == 3
    lines = (tmp_path / LOG_NAME).read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",") == list(log_columns())
    assert len(lines) == 1 + 6
    df = log.load()
    assert list(df["group"]) == ["Groep A", "Groep B", "Groep C", *["Groep D"] * 3]
    assert log.groups() == ["Groep A", "Groep B", "Groep C", "Groep D"]
    assert list(df["municipality.control"]) == [0.3, 0.9, 0.5, 0.3, 0.3, 0.3]
    assert list(df["facilitator.hours_per_week"]) == [6.0, 2.0, 6.0, 6.0, 6.0, 6.0]
    # group C gave one setting: the rest are the schema defaults, written out in full
    defaults = {k: p.default for k, p in parameters().items()}
    assert df.loc[2, "budget.amount"] == defaults["budget.amount"]
    assert list(df["seed"].iloc[3:]) == [10, 11, 12]


def test_appending_keeps_existing_bytes_exactly(tmp_path, runs):
    one, two, _ = runs
    log = WorkshopLog(tmp_path)
    log.record("Groep A", one)
    path = tmp_path / LOG_NAME
    # a trainer's hand edit of a name (still valid CSV) must survive byte for byte
    edited = path.read_bytes().replace(b"Groep A", b'"Groep A, tafel 1"')
    path.write_bytes(edited)
    log.record("Groep B", two)
    after = path.read_bytes()
    assert after.startswith(edited)
    assert after.count(b"\n") == edited.count(b"\n") + 1
    assert list(log.load()["group"]) == ["Groep A, tafel 1", "Groep B"]


def test_two_log_objects_on_one_folder_both_append(tmp_path, runs):
    one, two, _ = runs
    first, second = WorkshopLog(tmp_path), WorkshopLog(tmp_path)
    first.record("Groep A", one)
    second.record("Groep B", two)
    first.record("Groep A", two)
    assert list(first.load()["group"]) == ["Groep A", "Groep B", "Groep A"]
    assert first.load().equals(second.load())


def _append_many(args: tuple[str, str, int]) -> None:
    folder, group, n = args
    log = WorkshopLog(folder)
    run = buurtsim.simulate({"run": {"weeks": 5}}, seed=0)
    for _ in range(n):
        log.record(group, run)


def test_concurrent_writers_in_two_processes_lose_no_row(tmp_path):
    jobs = [(str(tmp_path), "Groep A", 15), (str(tmp_path), "Groep B", 15)]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_append_many, jobs)
    df = WorkshopLog(tmp_path).load()
    assert df["group"].value_counts().to_dict() == {"Groep A": 15, "Groep B": 15}
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_a_failed_write_leaves_the_old_log_intact(tmp_path, runs, monkeypatch):
    one, two, _ = runs
    log = WorkshopLog(tmp_path)
    log.record("Groep A", one)
    before = (tmp_path / LOG_NAME).read_bytes()

    def power_cut(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(WorkshopLogError, match="disk full; nothing was changed"):
        log.record("Groep B", two)
    monkeypatch.undo()
    assert (tmp_path / LOG_NAME).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_an_empty_folder_loads_as_an_empty_table(tmp_path):
    df = WorkshopLog(tmp_path / "nieuw").load()
    assert df.empty and list(df.columns) == list(log_columns())


def _damage(path: Path, how: str) -> int:
    """Damage the log in one way; return the line number at fault."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if how == "fields":
        lines[2] = lines[2].rstrip("\n") + ",extra\n"
        bad = 3
    elif how == "outcome":
        cells = lines[2].rstrip("\n").split(",")
        cells[list(log_columns()).index("initiatives_realised")] = "zes"
        lines[2] = ",".join(cells) + "\n"
        bad = 3
    elif how == "seed":
        cells = lines[1].rstrip("\n").split(",")
        cells[2] = "1.5"
        lines[1] = ",".join(cells) + "\n"
        bad = 2
    elif how == "truncated":
        lines[-1] = lines[-1][: len(lines[-1]) // 2]
        bad = len(lines)
    elif how == "header":
        lines[0] = lines[0].replace("initiatives_realised", "realised")
        bad = 1
    else:
        raise AssertionError(how)
    path.write_text("".join(lines), encoding="utf-8")
    return bad


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("fields", "fields"),
        ("outcome", "initiatives_realised"),
        ("seed", "seed"),
        ("truncated", "incomplete"),
        ("header", "initiatives_realised"),
    ],
)
def test_a_damaged_log_names_the_file_and_the_line_and_is_not_appended_to(
    tmp_path, runs, how, words
):
    one, two, _ = runs
    log = WorkshopLog(tmp_path)
    for group in ("A", "B", "C"):
        log.record(f"Groep {group}", one)
    bad_line = _damage(log.path, how)
    damaged = log.path.read_bytes()
    with pytest.raises(WorkshopLogError) as caught:
        log.load()
    err = caught.value
    assert err.path == log.path
    assert err.line == bad_line
    assert words in err.problem
    assert f"line {bad_line}" in str(err) and LOG_NAME in str(err)
    assert f"regel {bad_line}" in err.nl
    with pytest.raises(WorkshopLogError):
        log.record("Groep D", two)
    assert log.path.read_bytes() == damaged


def test_a_log_from_another_schema_is_refused_rather_than_misaligned(tmp_path, runs):
    one, _, _ = runs
    log = WorkshopLog(tmp_path)
    log.record("Groep A", one)
    # an older buurtsim without the `run.weeks` parameter: drop that column everywhere
    df = pd.read_csv(log.path, dtype=str, keep_default_na=False).drop(columns="run.weeks")
    df.to_csv(log.path, index=False, lineterminator="\n")
    assert "run.weeks" not in log.load().columns  # it still loads
    with pytest.raises(WorkshopLogError, match=r"run\.weeks.*new folder"):
        log.record("Groep B", one)


def test_bad_input_is_refused_before_anything_is_written(tmp_path, runs):
    one, _, _ = runs
    log = WorkshopLog(tmp_path)
    with pytest.raises(ValueError, match="group name is empty"):
        log.record("  ", one)
    outcomes = one.summary[list(OUTCOMES)].to_dict()
    with pytest.raises(ValueError, match="`proposals` must be a number"):
        log.append("Groep A", one.scenario, seed=1, outcomes=outcomes | {"proposals": "veel"})
    with pytest.raises(ScenarioError, match="municipality.control"):
        log.append("Groep A", {"municipality.control": 2.0}, seed=1, outcomes=outcomes)
    with pytest.raises(ValueError, match="seed"):
        log.append("Groep A", one.scenario, seed=1.5, outcomes=outcomes)
    with pytest.raises(ValueError, match="lacks the outcome"):
        log.append("Groep A", one.scenario, seed=1, outcomes={"proposals": 3})
    assert not log.path.exists()
    log.record("Groep\nA", one)  # a newline in a name is folded, not a broken row
    assert log.load()["group"].tolist() == ["Groep A"]


def test_the_comparison_view_puts_each_groups_batch_side_by_side(tmp_path, runs, arendonk):
    one, two, many = runs
    log = WorkshopLog(tmp_path)
    log.record("Groep A", many, timestamp="2025-03-12T10:00:00+01:00")
    log.record("Groep B", two, timestamp="2025-03-12T10:01:00+01:00")
    log.record("Groep A", one, timestamp="2025-03-12T10:02:00+01:00")
    df = log.load()
    assert list(batch_labels(df)) == ["Groep A (1)"] * 3 + ["Groep B", "Groep A (2)"]
    table = compare_groups(df, ["initiatives_realised", "trust_municipality_end"], arendonk)
    assert list(table.index) == ["Groep A (1)", "Groep B", "Groep A (2)"]
    assert list(table["runs"]) == [3, 1, 1]
    assert list(table["seeds"]) == ["10-12", "2", "1"]
    assert table.loc["Groep A (1)", "initiatives_realised"] == many["initiatives_realised"].median()
    assert table.loc["Groep B", "trust_municipality_end"] == two.summary["trust_municipality_end"]
    assert "Controle door de gemeente: 0,9 (Arendonk: 0,3)" in table.loc["Groep B", "settings"]
    assert "Aantal weken: 40 (Arendonk: 104)" in table.loc["Groep A (2)", "settings"]
    assert compare_groups(WorkshopLog(tmp_path / "leeg").load()).empty
    with pytest.raises(ValueError, match="unknown outcome"):
        compare_groups(df, ["happiness"])


def test_a_log_saved_with_a_byte_order_mark_still_loads(tmp_path, runs):
    one, two, _ = runs
    log = WorkshopLog(tmp_path)
    log.record("Groep A", one)
    log.path.write_bytes(b"\xef\xbb\xbf" + log.path.read_bytes())  # as Excel saves UTF-8 CSV
    log.record("Groep B", two)
    assert log.groups() == ["Groep A", "Groep B"]
