"""The ``buurtsim`` command line: files written, summaries printed, user errors without tracebacks.

Most tests call :func:`buurtsim.cli.main` in-process; two run the installed command for real.
Runs are kept short (``--set run.weeks=30``) so the whole file takes a few seconds. These tests
read the English edition (``BUURTSIM_LANG=en``); ``tests/test_cli_lang.py`` checks the Dutch
default, ``--lang`` and a bad language.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest

import buurtsim
from buurtsim.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARENDONK = str(ROOT / "scenarios" / "arendonk.yaml")
OLMEN = str(ROOT / "scenarios" / "olmen.yaml")
SHORT = ["--set", "run.weeks=30", "--processes", "1"]

REQUIRED_COLUMNS = [
    "seed",
    "kickoff_attendance",
    "core_group_size",
    "participation_rate",
    "vulnerable_participation_rate",
    "proposals",
    "proposals_in_frame",
    "initiatives_funded",
    "initiatives_realised",
    "initiatives_sustained",
    "budget_allocated",
    "budget_spent",
    "conflicts",
    "conflicts_escalated",
    "conflicts_resolved",
    "cohesion_start",
    "cohesion_end",
    "ownership_end",
    "trust_municipality_end",
    "lonely_vulnerable_start",
    "lonely_vulnerable_end",
    "weeks_to_first_realisation",
]


pytestmark = pytest.mark.usefixtures("english_language")


def read_rows(path: Path) -> list[dict[str, str]]:
    """The CSV as plain strings, so an empty cell stays visible as ''."""
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def run_cli(*args: str) -> int:
    return main([str(a) for a in args])


# --- run ------------------------------------------------------------------------------------


def test_run_writes_summary_timeseries_scenario_and_record(tmp_path, capsys):
    out = tmp_path / "out"
    assert run_cli("run", ARENDONK, "--runs", "3", "--seed", "7", *SHORT, "--out", out) == 0

    summary = pd.read_csv(out / "summary.csv")
    assert list(summary.columns[:1]) == ["seed"]
    missing = [c for c in REQUIRED_COLUMNS + list(buurtsim.parameters()) if c not in summary]
    assert missing == []
    assert summary["seed"].tolist() == [7, 8, 9]
    assert (summary["run.weeks"] == 30).all()
    assert (summary["neighbourhood.households"] == 240).all()

    weekly = pd.read_csv(out / "timeseries.csv")
    assert sorted(weekly["seed"].unique()) == [7, 8, 9]
    assert len(weekly) == 3 * 30
    assert weekly.groupby("seed")["week"].max().tolist() == [30, 30, 30]

    # scenario.yaml is the fully resolved scenario, --set included: it redoes the run
    again = buurtsim.load_scenario(out / "scenario.yaml")
    assert again.run.weeks == 30
    assert again == buurtsim.scenarios.with_overrides(
        buurtsim.load_scenario(ARENDONK), {"run.weeks": 30}
    )
    redo = buurtsim.simulate(again, seed=8).summary
    assert redo["proposals"] == summary.loc[1, "proposals"]
    assert redo["cohesion_end"] == pytest.approx(summary.loc[1, "cohesion_end"], abs=1e-12)

    record = json.loads((out / "run.json").read_text())
    assert record["buurtsim"] == buurtsim.__version__
    assert record["seeds"] == [7, 8, 9]
    assert record["runs"] == 3
    assert "--runs 3" in record["command"] and record["command"].startswith("buurtsim run")
    assert re.match(r"\d{4}-\d\d-\d\dT", record["date"])

    text = capsys.readouterr().out
    assert "Arendonk" in text and "3 runs, seeds 7-9" in text
    for label in (
        "participation",
        "kick-off attendance",
        "proposals",
        "realised",
        "sustained",
        "euro spent of 8,000",
        "conflicts escalated",
        "cohesion",
        "trust",
        "lonely vulnerable",
        "first realisation",
    ):
        assert label in text, label
    assert str(out) in text
    assert not list(out.glob("*.tmp")), "temporary files are moved into place"


def test_one_run_prints_values_without_a_range(tmp_path, capsys):
    assert run_cli("run", ARENDONK, *SHORT, "--out", tmp_path / "one") == 0
    text = capsys.readouterr().out
    assert "one run, seed 0" in text
    assert "10% to 90%" not in text


def test_no_realisation_is_an_empty_cell(tmp_path, capsys):
    out = tmp_path / "nobudget"
    assert (
        run_cli("run", ARENDONK, "--runs", "2", *SHORT, "--set", "budget.amount=0", "--out", out)
        == 0
    )
    rows = read_rows(out / "summary.csv")
    assert [r["weeks_to_first_realisation"] for r in rows] == ["", ""]
    assert [float(r["budget.amount"]) for r in rows] == [0.0, 0.0]
    assert "none" in capsys.readouterr().out


def test_a_realisation_gives_a_number_of_weeks(tmp_path):
    out = tmp_path / "full"
    assert run_cli("run", ARENDONK, "--runs", "3", "--processes", "1", "--out", out) == 0
    weeks = [r["weeks_to_first_realisation"] for r in read_rows(out / "summary.csv")]
    assert any(w != "" for w in weeks), "104 weeks of Arendonk should realise something"
    assert all(float(w) > 0 for w in weeks if w)


def test_set_changes_the_parameter_column(tmp_path):
    plain, strict = tmp_path / "plain", tmp_path / "strict"
    assert run_cli("run", ARENDONK, "--runs", "2", *SHORT, "--out", plain) == 0
    assert (
        run_cli(
            "run",
            ARENDONK,
            "--runs",
            "2",
            *SHORT,
            "--out",
            strict,
            "--set",
            "municipality.control=0.9",
            "--set",
            "facilitator.outreach=door_to_door",
        )
        == 0
    )
    a, b = pd.read_csv(plain / "summary.csv"), pd.read_csv(strict / "summary.csv")
    assert (a["municipality.control"] == 0.3).all()
    assert (b["municipality.control"] == 0.9).all()
    assert (b["facilitator.outreach"] == "door_to_door").all()
    record = json.loads((strict / "run.json").read_text())
    assert record["overrides"]["municipality.control"] == 0.9


def test_same_seed_gives_identical_summary_serial_or_parallel(tmp_path):
    first, second, parallel = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    args = ["run", ARENDONK, "--runs", "4", "--seed", "11", "--set", "run.weeks=30"]
    assert run_cli(*args, "--processes", "1", "--out", first) == 0
    assert run_cli(*args, "--processes", "1", "--out", second) == 0
    assert run_cli(*args, "--processes", "2", "--out", parallel) == 0
    reference = (first / "summary.csv").read_bytes()
    assert (second / "summary.csv").read_bytes() == reference
    assert (parallel / "summary.csv").read_bytes() == reference
    assert (parallel / "timeseries.csv").read_bytes() == (first / "timeseries.csv").read_bytes()
    other = tmp_path / "d"
    assert run_cli("run", ARENDONK, "--runs", "4", "--seed", "12", *SHORT, "--out", other) == 0
    assert (other / "summary.csv").read_bytes() != reference


def test_existing_results_are_never_overwritten(tmp_path, capsys):
    out = tmp_path / "mine"
    assert run_cli("run", ARENDONK, *SHORT, "--seed", "1", "--out", out) == 0
    saved = (out / "summary.csv").read_bytes()
    capsys.readouterr()

    assert run_cli("run", ARENDONK, *SHORT, "--seed", "2", "--out", out) == 0
    captured = capsys.readouterr()
    assert (out / "summary.csv").read_bytes() == saved
    assert read_rows(tmp_path / "mine-2" / "summary.csv")[0]["seed"] == "2"
    assert "mine-2" in captured.err and "mine-2" in captured.out

    assert run_cli("run", ARENDONK, *SHORT, "--seed", "3", "--out", out) == 0
    assert (out / "summary.csv").read_bytes() == saved
    assert read_rows(tmp_path / "mine-3" / "summary.csv")[0]["seed"] == "3"


def test_an_empty_existing_folder_is_used(tmp_path):
    out = tmp_path / "empty"
    out.mkdir()
    assert run_cli("run", ARENDONK, *SHORT, "--out", out) == 0
    assert (out / "summary.csv").exists()
    assert not (tmp_path / "empty-2").exists()


def test_default_folder_is_results_scenario_and_time(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert run_cli("run", ARENDONK, *SHORT) == 0
    assert run_cli("run", ARENDONK, *SHORT) == 0
    folders = sorted(p.name for p in (tmp_path / "results").iterdir())
    assert len(folders) == 2, "a second run in the same second goes to a new folder"
    assert all(re.fullmatch(r"arendonk-\d{8}-\d{6}(-2)?", f) for f in folders), folders
    assert all((tmp_path / "results" / f / "summary.csv").exists() for f in folders)


# --- sweep ----------------------------------------------------------------------------------


def test_sweep_writes_one_summary_with_the_swept_column(tmp_path, capsys):
    out = tmp_path / "sweep"
    code = run_cli(
        "sweep",
        ARENDONK,
        "--param",
        "municipality.control",
        "--values",
        "0.1, 0.9",
        "--runs",
        "2",
        "--seed",
        "5",
        *SHORT,
        "--out",
        out,
    )
    assert code == 0
    table = pd.read_csv(out / "summary.csv")
    assert table.columns[0] == "municipality.control"
    assert table["municipality.control"].tolist() == [0.1, 0.1, 0.9, 0.9]
    assert table["seed"].tolist() == [5, 6, 5, 6]
    assert all(c in table for c in REQUIRED_COLUMNS)
    assert buurtsim.load_scenario(out / "scenario.yaml").run.weeks == 30
    assert json.loads((out / "run.json").read_text())["values"] == [0.1, 0.9]

    text = capsys.readouterr().out
    lines = [ln.split() for ln in text.splitlines()]
    assert any(ln[:1] == ["0.1"] for ln in lines) and any(ln[:1] == ["0.9"] for ln in lines)
    assert "participation" in text and "realised" in text


def test_sweep_over_a_choice(tmp_path):
    out = tmp_path / "outreach"
    code = run_cli(
        "sweep",
        ARENDONK,
        "--param",
        "facilitator.outreach",
        "--values",
        "info_evening,door_to_door",
        "--runs",
        "1",
        *SHORT,
        "--out",
        out,
    )
    assert code == 0
    table = pd.read_csv(out / "summary.csv")
    assert table["facilitator.outreach"].tolist() == ["info_evening", "door_to_door"]


# --- validate -------------------------------------------------------------------------------


def test_validate_a_good_file_lists_what_differs(capsys):
    assert run_cli("validate", OLMEN) == 0
    text = capsys.readouterr().out
    assert f"OK: {OLMEN} is a valid scenario" in text
    assert re.search(r"neighbourhood\.households\s+575", text)
    assert "municipality.control" not in text, "0.3 is the default, so it is not listed"


def test_validate_a_bad_file_names_each_problem(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("municipality:\n  control: 1.5\nbudget:\n  amount: -5\n")
    assert run_cli("validate", bad) == 1
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert len(lines) == 2
    assert "municipality.control" in err and "1.5" in err and "0 to 1" in err
    assert "budget.amount" in err and "-5" in err
    assert "Traceback" not in err


# --- user errors: plain messages, exit code 2, nothing written --------------------------------


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


ERROR_CASES = {
    "missing file": (lambda t: ["run", str(t / "nope.yaml")], ["nope.yaml", "does not exist"]),
    "yaml syntax": (
        lambda t: ["run", _write(t, "syntax.yaml", "budget:\n  amount: [1, 2\nrun: {}\n")],
        ["syntax.yaml", "YAML syntax error", "line"],
    ),
    "unknown key": (
        lambda t: ["run", _write(t, "typo.yaml", "municipality:\n  controll: 0.5\n")],
        ["municipality.controll", "allowed keys", "control"],
    ),
    "bad value in file": (
        lambda t: ["run", _write(t, "high.yaml", "municipality:\n  control: 1.5\n")],
        ["municipality.control", "1.5", "from 0 to 1"],
    ),
    "bad --set value": (
        lambda t: ["run", ARENDONK, "--set", "municipality.control=2"],
        ["--set", "municipality.control", "2", "from 0 to 1"],
    ),
    "bad --set choice": (
        lambda t: ["run", ARENDONK, "--set", "facilitator.outreach=flyers"],
        ["facilitator.outreach", "flyers", "info_evening, door_to_door, core_group"],
    ),
    "--set without =": (
        lambda t: ["run", ARENDONK, "--set", "municipality.control"],
        ["municipality.control", "key=value"],
    ),
    "--set unknown key": (
        lambda t: ["run", ARENDONK, "--set", "municipality.contrl=0.5"],
        ["municipality.contrl", "allowed keys"],
    ),
    "runs 0": (lambda t: ["run", ARENDONK, "--runs", "0"], ["--runs", "0", "at least 1"]),
    "runs not a number": (
        lambda t: ["run", ARENDONK, "--runs", "many"],
        ["--runs", "many", "whole number"],
    ),
    "negative seed": (lambda t: ["run", ARENDONK, "--seed", "-3"], ["--seed", "-3", "at least 0"]),
    "unwritable --out": (
        lambda t: ["run", ARENDONK, "--out", str(Path(_write(t, "a-file", "x")) / "sub")],
        ["output folder", "a-file"],
    ),
    "--out is a file": (
        lambda t: ["run", ARENDONK, "--out", _write(t, "plain-file", "x")],
        ["plain-file", "is a file"],
    ),
    "bad --values": (
        lambda t: ["sweep", ARENDONK, "--param", "municipality.control", "--values", "0.2,7"],
        ["--values", "municipality.control", "7", "from 0 to 1"],
    ),
    "empty --values item": (
        lambda t: ["sweep", ARENDONK, "--param", "budget.amount", "--values", "100,,200"],
        ["--values", "100,,200", "empty"],
    ),
    "unknown --param": (
        lambda t: ["sweep", ARENDONK, "--param", "municipality.contol", "--values", "0.2"],
        ["municipality.contol", "unknown parameter", "municipality.control"],
    ),
    "sweep runs 0": (
        lambda t: ["sweep", ARENDONK, "--param", "budget.amount", "--values", "1", "--runs", "0"],
        ["--runs", "at least 1"],
    ),
    "no command": (lambda t: [], ["COMMAND"]),
    "--workers without --local-cluster": (
        lambda t: ["sensitivity", ARENDONK, "--workers", "2"],
        ["--workers", "--local-cluster"],
    ),
    "too few trajectories": (
        lambda t: ["sensitivity", ARENDONK, "--trajectories", "1"],
        ["--trajectories", "1", "at least 2"],
    ),
}


@pytest.mark.parametrize("case", list(ERROR_CASES))
def test_user_errors_exit_2_with_a_plain_message(case, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    make_args, fragments = ERROR_CASES[case]
    before = sorted(tmp_path.rglob("*"))
    assert main(make_args(tmp_path)) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("error: ")
    for fragment in fragments:
        assert fragment in captured.err, f"{fragment!r} not in {captured.err!r}"
    assert "Traceback" not in captured.err + captured.out
    assert not (tmp_path / "results").exists()
    assert not list(tmp_path.rglob("summary.csv"))
    assert len(sorted(tmp_path.rglob("*"))) <= len(before) + 2  # only the test's own input files


def test_every_set_problem_is_reported_at_once(capsys):
    code = main(
        [
            "run",
            ARENDONK,
            "--set",
            "municipality.control=2",
            "--set",
            "oops",
            "--set",
            "budget.amount=-1",
        ]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert len([ln for ln in err.splitlines() if ln.startswith("error: --set")]) == 3


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"buurtsim {buurtsim.__version__}"


# --- commands that hand over to other modules -----------------------------------------------


def _has_module(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


@pytest.mark.skipif(
    not _has_module("buurtsim.experiments.validation"),
    reason="buurtsim.experiments.validation is not written yet",
)
def test_validate_pilot_passes_its_options_and_prints_the_table(monkeypatch, capsys):
    validation = pytest.importorskip("buurtsim.experiments.validation")
    calls = {}

    def fake_table(**kwargs):
        calls.update(kwargs)
        row = ["arendonk", "proposals", "about 8", 5, 11, 8.0, 5.0, 12.5, 0.8]
        return pd.DataFrame([row], columns=list(validation.PILOT_COLUMNS))

    monkeypatch.setattr(validation, "pilot_table", fake_table)
    assert main(["validate-pilot", "--runs", "7", "--seed", "3", "--processes", "1"]) == 0
    assert calls == {"runs": 7, "seed": 3, "processes": 1, "progress": True}
    text = capsys.readouterr().out
    assert "Arendonk" in text and "about 8" in text and "5-11" in text and "80%" in text


@pytest.mark.skipif(
    not _has_module("buurtsim.experiments.sensitivity"),
    reason="buurtsim.experiments.sensitivity is not written yet",
)
def test_sensitivity_passes_its_options_and_saves(tmp_path, monkeypatch, capsys):
    sensitivity = pytest.importorskip("buurtsim.experiments.sensitivity")
    calls = {}

    class FakeResult:
        table = pd.DataFrame({"parameter": ["municipality.control"], "mu_star": [1.0]})

        def summary_text(self):
            return "MORRIS SUMMARY"

        def save(self, out_dir):
            path = Path(out_dir) / "morris-x.csv"
            self.table.to_csv(path, index=False)
            return [path]

    def fake_morris(scenario, **kwargs):
        calls["scenario"] = scenario
        calls.update(kwargs)
        return FakeResult()

    monkeypatch.setattr(sensitivity, "morris", fake_morris)
    out = tmp_path / "morris"
    code = main(
        [
            "sensitivity",
            ARENDONK,
            "--trajectories",
            "4",
            "--seed",
            "9",
            "--processes",
            "1",
            "--set",
            "run.weeks=20",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    assert calls["trajectories"] == 4 and calls["seed"] == 9 and calls["processes"] == 1
    assert calls["scheduler"] is None and calls["local_cluster"] is False
    assert calls["progress"] is True
    assert calls["scenario"].run.weeks == 20
    text = capsys.readouterr().out
    assert "MORRIS SUMMARY" in text and "morris-x.csv" in text
    assert (out / "morris-x.csv").exists()

    code = main(["sensitivity", ARENDONK, "--local-cluster", "--workers", "3", "--out", str(out)])
    assert code == 0
    assert calls["local_cluster"] is True and calls["workers"] == 3
    assert "trajectories" not in calls or calls["trajectories"] == 4  # left to morris' default


def test_missing_experiment_module_is_a_plain_error(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "buurtsim.experiments.validation", None)
    assert main(["validate-pilot", "--runs", "2"]) == 2
    err = capsys.readouterr().err
    assert "buurtsim.experiments.validation" in err and "Traceback" not in err


# --- the installed command ------------------------------------------------------------------


def _console_script() -> Path:
    script = Path(sys.executable).with_name("buurtsim")
    if not script.exists():
        pytest.skip("the buurtsim console script is not installed next to this Python")
    return script


def test_installed_console_script_runs(tmp_path):
    out = tmp_path / "real"
    done = subprocess.run(
        [_console_script(), "run", ARENDONK, "--runs", "2", *SHORT, "--out", out],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Arendonk" in done.stdout
    assert len(read_rows(out / "summary.csv")) == 2


def test_python_m_buurtsim_reports_errors_without_traceback(tmp_path):
    bad = _write(tmp_path, "bad.yaml", "municipality:\n  control: high\n")
    done = subprocess.run(
        [sys.executable, "-m", "buurtsim", "run", bad],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "municipality.control" in done.stderr and "'high'" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(
    not _has_module("buurtsim.experiments.validation"),
    reason="buurtsim.experiments.validation is not written yet",
)
def test_validate_pilot_runs_for_real(capsys):
    assert main(["validate-pilot", "--runs", "2", "--processes", "1"]) == 0
    text = capsys.readouterr().out.lower()
    assert "arendonk" in text and "olmen" in text


def test_parallel_runs_do_not_fork_a_threaded_process(tmp_path, recwarn):
    """The progress bar's monitor thread would make the process pool fork a threaded process."""
    from tqdm import tqdm

    with tqdm(total=1, disable=False, file=sys.stderr) as bar:  # a bar as a notebook would leave
        bar.update(1)
    for k, processes in enumerate(("1", "2")):
        out = tmp_path / f"p{k}"
        assert run_cli("run", ARENDONK, "--runs", "2", "--processes", processes, "--out", out) == 0
    forks = [w for w in recwarn if "multi-threaded" in str(w.message)]
    assert forks == []
    # what makes that safe (the warning itself is filtered for BLAS threads): the bar's
    # monitor thread is gone before the pool forks, and no new one starts
    assert tqdm.monitor is None and tqdm.monitor_interval == 0
    assert not [t for t in threading.enumerate() if type(t).__name__ == "TMonitor"]


# --- report -----------------------------------------------------------------------------------


STRICT = str(ROOT / "scenarios" / "strict-municipality.yaml")


def test_report_writes_one_html_file_and_never_overwrites(tmp_path, capsys):
    out = tmp_path / "rapport.html"
    args = ["report", ARENDONK, "--compare", STRICT, "--out", out, "--runs", "2"]
    assert run_cli(*args, "--processes", "1") == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == f"Report written to {out}"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "Arendonk (strenge gemeente)" in text  # both scenarios, under their names
    assert "2 runs per scenario, seeds 0–1" in text

    assert run_cli(*args, "--seed", "5", "--processes", "1") == 0
    captured = capsys.readouterr()
    second = tmp_path / "rapport-2.html"
    assert captured.out.strip() == f"Report written to {second}"
    assert "already exists" in captured.err and str(second) in captured.err
    assert out.read_text(encoding="utf-8") == text  # the first report is untouched
    assert "seeds 5–6" in second.read_text(encoding="utf-8")


def test_report_passes_its_options(tmp_path, monkeypatch, capsys):
    seen = {}

    def fake(scenario_paths, compare, out, **options):
        seen.update(scenario_paths=scenario_paths, compare=compare, out=out, **options)
        return Path(out)

    monkeypatch.setattr("buurtsim.workshop.report_main", fake)
    out = tmp_path / "r.html"
    code = main(
        ["report", ARENDONK, "--compare", OLMEN, "--compare", STRICT, "--out", str(out)]
        + ["--runs", "7", "--seed", "3", "--processes", "2"]
    )
    assert code == 0
    assert seen == {
        "scenario_paths": [ARENDONK],
        "compare": [OLMEN, STRICT],
        "out": str(out),
        "runs": 7,
        "seed": 3,
        "processes": 2,
    }
    seen.clear()
    assert main(["report", ARENDONK, "--out", str(out)]) == 0
    assert "runs" not in seen and seen["compare"] == []  # report_main's own default of runs


REPORT_ERRORS = {
    "no --out": (lambda t: ["report", ARENDONK], ["--out", "required"]),
    "--out not html": (
        lambda t: ["report", ARENDONK, "--out", str(t / "r.pdf")],
        ["--out", "r.pdf", ".html"],
    ),
    "bad --compare file": (
        lambda t: [
            "report",
            ARENDONK,
            "--compare",
            _write(t, "high.yaml", "municipality:\n  control: 1.5\n"),
            "--out",
            str(t / "r.html"),
        ],
        ["high.yaml", "municipality.control", "1.5"],
    ),
    "missing scenario": (
        lambda t: ["report", str(t / "nope.yaml"), "--out", str(t / "r.html")],
        ["nope.yaml", "does not exist"],
    ),
    "runs 0": (
        lambda t: ["report", ARENDONK, "--out", str(t / "r.html"), "--runs", "0"],
        ["--runs", "at least 1"],
    ),
    "--out inside a file": (
        lambda t: ["report", ARENDONK, "--out", str(Path(_write(t, "a-file", "x")) / "r.html")],
        ["--out", "a-file", "is a file"],
    ),
}


@pytest.mark.parametrize("case", list(REPORT_ERRORS))
def test_report_errors_exit_2_with_a_plain_message(case, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    make_args, fragments = REPORT_ERRORS[case]
    assert main(make_args(tmp_path)) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("error: ")
    for fragment in fragments:
        assert fragment in captured.err, f"{fragment!r} not in {captured.err!r}"
    assert "Traceback" not in captured.err + captured.out
    assert not list(tmp_path.rglob("*.html"))
