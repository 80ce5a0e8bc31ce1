"""The workshop log: atomic appends that never overwrite, stable columns, loud damage reports."""

from __future__ import annotations

import errno
import math
import multiprocessing
import os
import stat
from pathlib import Path

import pandas as pd
import pytest

import buurtsim
from buurtsim import OUTCOMES, ScenarioError, parameters
from buurtsim.scenarios import with_overrides
from buurtsim.workshop import (
    LOG_NAME,
    LOG_VERSION,
    META_COLUMNS,
    SIDE_NAME,
    NameTakenError,
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


def test_a_failed_write_leaves_the_old_log_intact_and_says_why_in_dutch(
    tmp_path, runs, monkeypatch
):
    one, two, _ = runs
    log = WorkshopLog(tmp_path)
    log.record("Groep A", one)
    before = (tmp_path / LOG_NAME).read_bytes()

    def power_cut(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(WorkshopLogError, match="disk is full; nothing was changed") as caught:
        log.record("Groep B", two)
    monkeypatch.undo()
    assert "de schijf is vol; er is niets veranderd" in caught.value.nl
    assert "No space" not in caught.value.nl  # one language: no English from the system
    assert (tmp_path / LOG_NAME).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_an_empty_folder_loads_as_an_empty_table(tmp_path):
    df = WorkshopLog(tmp_path / "nieuw").load()
    assert df.empty and list(df.columns) == list(log_columns())


def _damage(path: Path, how: str) -> int:
    """Damage one line of the log in one way; return its line number."""
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
    elif how == "quote":
        lines[2] = '"' + lines[2]  # an unclosed quote must not swallow the lines after it
        bad = 3
    else:
        raise AssertionError(how)
    path.write_text("".join(lines), encoding="utf-8")
    return bad


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("fields", "velden"),
        ("outcome", "initiatives_realised"),
        ("seed", "seed"),
        ("truncated", "velden"),
        ("quote", "CSV"),
    ],
)
def test_a_damaged_line_is_set_aside_with_its_number_and_the_rest_still_works(
    tmp_path, runs, how, words
):
    one, two, _ = runs
    log = WorkshopLog(tmp_path)
    for group in ("A", "B", "C"):
        log.record(f"Groep {group}", one)
    good = {2: "Groep A", 3: "Groep B", 4: "Groep C"}
    bad_line = _damage(log.path, how)
    damaged_text = log.path.read_text(encoding="utf-8").splitlines()[bad_line - 1]

    df = log.load()  # every other row still shows
    assert list(df["group"]) == [g for line, g in good.items() if line != bad_line]
    assert [line for line, _ in log.damaged] == [bad_line]
    assert words in log.damaged[0][1]
    side = pd.read_csv(tmp_path / SIDE_NAME, dtype=str, keep_default_na=False)
    assert side["regel"].tolist() == [str(bad_line)]  # kept, with its line number
    assert side["inhoud"].tolist() == [damaged_text]
    assert log.set_aside_in == tmp_path / SIDE_NAME

    log.record("Groep D", two)  # and saving still works
    assert list(log.load()["group"])[-1] == "Groep D"
    assert log.damaged == []
    assert len(pd.read_csv(tmp_path / SIDE_NAME)) == 1  # set aside once, not at every load


def test_a_file_that_is_no_workshop_log_is_refused_and_left_alone(tmp_path, runs):
    one, _, _ = runs
    path = tmp_path / LOG_NAME
    path.write_text("naam,adres\nJan,Kerkstraat 1\n", encoding="utf-8")
    with pytest.raises(WorkshopLogError) as caught:
        WorkshopLog(tmp_path).load()
    assert caught.value.line == 1 and "regel 1" in caught.value.nl
    assert "timestamp,group,seed" in caught.value.nl
    with pytest.raises(WorkshopLogError):
        WorkshopLog(tmp_path).record("Groep A", one)
    assert path.read_text(encoding="utf-8") == "naam,adres\nJan,Kerkstraat 1\n"


def test_an_older_log_loads_and_takes_new_rows(tmp_path, runs):
    """A log from before the meta columns and from before an outcome column: nothing damaged."""
    one, two, _ = runs
    log = WorkshopLog(tmp_path)
    log.record("Groep A", one)
    df = pd.read_csv(log.path, dtype=str, keep_default_na=False)
    old = df.drop(columns=["run.weeks", "cohesion_gain", *META_COLUMNS])
    old.to_csv(log.path, index=False, lineterminator="\n")
    before = log.path.read_text(encoding="utf-8").splitlines()

    loaded = log.load()
    assert log.damaged == []
    assert list(loaded.columns) == list(log_columns())
    assert math.isnan(loaded.loc[0, "cohesion_gain"])  # a missing column is empty
    assert math.isnan(loaded.loc[0, "run.weeks"])
    assert loaded.loc[0, "log_version"] == 1  # written before the version existed
    assert loaded.loc[0, "proposals"] == one.summary["proposals"]

    log.record("Groep B", two)
    after = log.path.read_text(encoding="utf-8").splitlines()
    assert after[0].startswith(before[0] + ",")  # the header grows by the missing columns
    assert after[1].startswith(before[1])  # the old row keeps its cells, with empty new ones
    both = log.load()
    assert list(both["group"]) == ["Groep A", "Groep B"]
    assert both.loc[1, "cohesion_gain"] == two.summary["cohesion_gain"]
    assert list(both["log_version"]) == [1, LOG_VERSION]


def test_a_newer_log_keeps_the_columns_this_version_does_not_know(tmp_path, runs):
    one, two, _ = runs
    log = WorkshopLog(tmp_path)
    log.record("Groep A", one)
    df = pd.read_csv(log.path, dtype=str, keep_default_na=False)
    df["shade_trees_planted"] = "7"  # an outcome a later model adds
    df.to_csv(log.path, index=False, lineterminator="\n")
    loaded = log.load()
    assert log.damaged == []
    assert loaded.loc[0, "shade_trees_planted"] == "7"
    log.record("Groep B", two)
    again = pd.read_csv(log.path, dtype=str, keep_default_na=False)
    assert again["shade_trees_planted"].tolist() == ["7", ""]


def test_a_semicolon_csv_from_excel_is_read_and_appended_to_in_its_own_dialect(tmp_path, runs):
    one, two, _ = runs
    log = WorkshopLog(tmp_path)
    log.record("Groep Één", one)
    df = pd.read_csv(log.path, dtype=str, keep_default_na=False)
    df["municipality.control"] = "0,3"  # Excel's decimal comma
    text = df.to_csv(index=False, sep=";", lineterminator="\r\n")
    log.path.write_bytes(text.encode("cp1252"))  # Excel's "CSV" on Windows

    loaded = log.load()
    assert log.damaged == []
    assert loaded.loc[0, "group"] == "Groep Één"
    assert loaded.loc[0, "municipality.control"] == 0.3
    log.record("Groep B", two)
    raw = log.path.read_bytes()
    assert raw.startswith(text.encode("cp1252"))
    last = raw.decode("cp1252").splitlines()[-1]
    assert last.count(";") == len(df.columns) - 1 and "Groep B" in last
    assert ";0,9;" in last  # its control, 0.9, with Excel's decimal comma
    assert list(log.load()["group"]) == ["Groep Één", "Groep B"]


def test_a_write_protected_log_is_respected_not_replaced(tmp_path, runs):
    one, two, _ = runs
    log = WorkshopLog(tmp_path)
    log.record("Groep A", one)
    os.chmod(log.path, 0o444)
    try:
        before = log.path.read_bytes()
        with pytest.raises(WorkshopLogError) as caught:
            log.record("Groep B", two)
        assert "alleen-lezen" in caught.value.nl
        assert log.path.read_bytes() == before
        assert stat.S_IMODE(log.path.stat().st_mode) == 0o444
        assert list(log.load()["group"]) == ["Groep A"]  # still read
    finally:
        os.chmod(log.path, 0o644)


def test_a_retried_save_is_never_written_twice(tmp_path, runs):
    _, _, many = runs
    log = WorkshopLog(tmp_path)
    assert log.record("Groep A", many, batch="b-1") == 3
    assert log.record("Groep A", many, batch="b-1") == 0
    assert len(log.load()) == 3


def test_two_sessions_never_share_a_group_name(tmp_path, runs):
    one, two, _ = runs
    log = WorkshopLog(tmp_path)
    log.claim_name("Groep X", "laptop-1")  # typed before anything is saved
    with pytest.raises(NameTakenError) as caught:
        log.claim_name("groep  x", "phone-2")  # the same name, however it is typed
    assert caught.value.suggestion == "groep x 2"
    assert "ander toestel" in caught.value.nl
    with pytest.raises(NameTakenError):
        log.record("Groep X", two, session="phone-2")
    assert log.record("Groep X", one, session="laptop-1") == 1
    assert log.record("Groep X", one, session="laptop-1") == 1  # the same group saves again
    assert log.name_holder("Groep X") == "laptop-1"
    df = log.load()
    assert list(df["session"]) == ["laptop-1", "laptop-1"]
    # a claim that never saved is given up by "Nieuwe groep"; a saved name is not
    log.claim_name("Groep Y", "phone-2")
    log.release_name("Groep Y", "phone-2")
    assert log.name_holder("Groep Y") is None
    log.release_name("Groep X", "laptop-1")
    assert log.name_holder("Groep X") == "laptop-1"


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
