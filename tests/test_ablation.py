"""Ablation (issue 8): every mechanism is needed for at least one pattern; ``buurtsim ablate``.

For each mechanism only the pattern(s) it should break (``ablation.BREAKS``) are evaluated with
it switched off, cheapest first, so the file stays cheap; the full table is ``buurtsim ablate``.
The patterns holding with every mechanism on is ``test_patterns.py``. Ensembles are shared
with the other pattern tests through the process-wide store.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from buurtsim.cli import main
from buurtsim.experiments.ablation import (
    ALL_ON,
    BREAKS,
    NOT_SHOWN_YET,
    Ablation,
    ablate,
    format_ablation,
    mechanisms,
)
from buurtsim.experiments.patterns import Ensembles, by_key, evaluate

ROOT = Path(__file__).resolve().parents[1]
ARENDONK = str(ROOT / "scenarios" / "arendonk.yaml")
ENSEMBLES = Ensembles(processes=2)


def test_every_mechanism_of_the_schema_has_patterns_it_should_break():
    assert set(mechanisms()) == set(BREAKS)
    keys = {p for patterns in BREAKS.values() for p in patterns}
    assert all(by_key(k) for k in keys)


@pytest.mark.parametrize(
    "mechanism",
    [
        pytest.param(m, marks=pytest.mark.xfail(reason=NOT_SHOWN_YET[m], strict=True))
        if m in NOT_SHOWN_YET
        else m
        for m in sorted(BREAKS)
    ],
)
def test_switching_a_mechanism_off_breaks_a_pattern(mechanism):
    """Pattern-oriented modelling: a mechanism no pattern needs is untested or superfluous.

    A pattern counts as broken by the mechanism only if it holds with every mechanism on
    (those ensembles are shared with ``test_patterns.py``) and breaks with this one off.
    """
    off = {f"mechanisms.{mechanism}": False}
    seen = {}
    for key in BREAKS[mechanism]:
        pattern = by_key(key)
        on = evaluate(pattern, ENSEMBLES)
        if not on.held:
            seen[key] = "already broken with every mechanism on"
            continue
        result = evaluate(pattern, ENSEMBLES, overrides=off)
        seen[key] = result.values
        if not result.held:
            return
    pytest.fail(f"switching {mechanism} off breaks none of {BREAKS[mechanism]}: {seen}")


def run_ablate(tmp_path: Path, *extra: str) -> int:
    out = tmp_path / "ablatie"
    return main(["ablate", ARENDONK, "--seeds", "2", "--processes", "1", "--out", str(out),
                 "--mechanisms", "mediation", "--patterns", "8b,4a", *extra])  # fmt: skip


def test_ablate_prints_a_dutch_table_and_writes_it_as_csv(tmp_path, capsys):
    assert run_ablate(tmp_path) == 0
    out = capsys.readouterr().out
    assert "mechanisme uit" in out and "(alles aan)" in out and "mediation" in out
    assert "houdt" in out or "BREEKT" in out
    folder = tmp_path / "ablatie"
    with (folder / "ablatie.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["mechanisme uit"] for r in rows] == ["(alles aan)", "mediation"]
    assert {r["8b"] for r in rows} <= {"houdt", "BREEKT"}
    with (folder / "ablatie-waarden.csv").open(encoding="utf-8") as f:
        values = list(csv.DictReader(f))
    assert {v["mechanism"] for v in values} == {ALL_ON, "mediation"}
    record = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    assert record["runs"] == 2 and record["mechanisms"] == ["mediation"]
    assert (folder / "scenario.yaml").exists()


def test_ablate_never_overwrites_earlier_results(tmp_path, capsys):
    assert run_ablate(tmp_path) == 0
    first = (tmp_path / "ablatie" / "ablatie.csv").read_text(encoding="utf-8")
    assert run_ablate(tmp_path) == 0
    assert "ablatie-2" in capsys.readouterr().err
    assert (tmp_path / "ablatie" / "ablatie.csv").read_text(encoding="utf-8") == first
    assert (tmp_path / "ablatie-2" / "ablatie.csv").read_text(encoding="utf-8") == first


@pytest.mark.parametrize(
    "args",
    [
        ["--mechanisms", "nope"],
        ["--patterns", "9z"],
        ["--seeds", "1"],
    ],
)
def test_ablate_user_errors_exit_2_without_a_traceback(tmp_path, capsys, args):
    code = main(["ablate", ARENDONK, "--out", str(tmp_path / "x"), *args])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("fout:") and "Traceback" not in err  # Dutch by default


def test_the_table_has_a_row_per_mechanism_and_a_legend():
    result = ablate(ARENDONK, ["disengagement"], ["8b"], runs=2, processes=1)
    assert isinstance(result, Ablation)
    assert list(result.table.index) == [ALL_ON, "disengagement"]
    text = format_ablation(result)
    assert "8b: wie niet meer meedoet" in text and "2 startgetallen per instelling" in text
