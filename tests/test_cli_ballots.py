"""``buurtsim ballots FILE.pb`` and ``buurtsim run SCENARIO --pb`` on the command line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from buurtsim import language
from buurtsim.ballots import DIAMANTBUURT, RULES, pabulib_file
from buurtsim.cli import main


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    """The ballots command's report is English; its messages follow BUURTSIM_LANG."""
    monkeypatch.setenv(language.ENV, "en")
    language.set_language(None)


ROOT = Path(__file__).resolve().parents[1]
DIAMANT = str(pabulib_file(DIAMANTBUURT))


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_ballots_prints_the_table_and_writes_rules_and_metrics(tmp_path, capsys):
    out = tmp_path / "diamant"
    assert main(["ballots", DIAMANT, "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Buurtbudget Diamantbuurt" in text and "318 voters" in text
    lines = text.splitlines()
    plein = next(line for line in lines if line.lstrip().startswith("Een groener"))
    assert "€30,000" in plein and plein.count("✔") == 6  # every rule that ran funds it
    zondag = next(line for line in lines if line.lstrip().startswith("Zondagsdienst"))
    assert "✔" not in zondag
    assert "official: skipped" in text and "EJR/PJR skipped" in text
    assert "Gini of satisfaction (Cost_Sat)" in text

    rules = read_rows(out / "rules.csv")
    assert list(rules[0]) == ["rule", "project_id", "name", "cost", "funded"]
    assert len(rules) == 6 * 15  # six rules ran (no official outcome in this file)
    greedy = {
        r["project_id"] for r in rules if r["rule"] == "approval_greedy" and r["funded"] == "true"
    }
    assert greedy == {"41514", "41510", "41518", "41509", "41522"}
    assert {r["funded"] for r in rules} == {"true", "false"}

    metrics = read_rows(out / "metrics.csv")
    assert [m["rule"] for m in metrics] == list(RULES)  # skipped rules keep their row
    by_rule = {m["rule"]: m for m in metrics}
    assert by_rule["approval_greedy"]["non_empty_handed"] == "302"
    assert by_rule["approval_greedy"]["spent"] == "92300.0"
    assert by_rule["official"]["funded"] == "" and "selected" in by_rule["official"]["note"]


def test_ballots_never_writes_over_earlier_results(tmp_path, capsys):
    out = tmp_path / "same"
    assert main(["ballots", DIAMANT, "--out", str(out), "--rules", "majority"]) == 0
    first = (out / "rules.csv").read_bytes()
    assert main(["ballots", DIAMANT, "--out", str(out), "--rules", "equal_shares"]) == 0
    assert (out / "rules.csv").read_bytes() == first
    assert {r["rule"] for r in read_rows(tmp_path / "same-2" / "rules.csv")} == {"equal_shares"}
    assert "already holds results" in capsys.readouterr().err


def test_ballots_refuses_a_rule_it_does_not_know(tmp_path, capsys):
    assert main(["ballots", DIAMANT, "--rules", "college", "--out", str(tmp_path / "x")]) == 2
    assert "invalid choice: 'college'" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda t: t.replace("vote_type;approval", "vote_type;ranked"), "unknown vote type"),
        (lambda t: t.replace("41514;30000;", "41514;0;"), "project 41514 costs 0"),
        (lambda t: "", "the file is empty"),
    ],
)
def test_a_bad_file_is_one_error_line_and_exit_code_2(mutate, expected, tmp_path, capsys):
    bad = tmp_path / "bad.pb"
    bad.write_text(mutate(Path(DIAMANT).read_text(encoding="utf-8")), encoding="utf-8")
    assert main(["ballots", str(bad), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"error: {bad}") and expected in err[0]
    assert not (tmp_path / "out").exists()


def test_run_pb_writes_one_decision_file_per_run(tmp_path, capsys):
    from pabutools.election import parse_pabulib

    out = tmp_path / "run"
    scenario = str(ROOT / "scenarios" / "arendonk.yaml")
    argv = ["run", scenario, "--runs", "2", "--seed", "4", "--processes", "1", "--pb"]
    assert main([*argv, "--out", str(out)]) == 0
    files = sorted(p.name for p in out.glob("*.pb"))
    assert files == ["decision-seed4.pb", "decision-seed5.pb"]
    assert "decision-seed4.pb, decision-seed5.pb" in capsys.readouterr().out
    for name in files:
        instance, profile = parse_pabulib(str(out / name))
        assert instance.meta["rule"] == "package" and profile.num_ballots() > 0
        assert all({"street", "vulnerable"} <= set(b.meta) for b in profile)


def test_run_without_pb_writes_no_decision_files(tmp_path):
    out = tmp_path / "run"
    scenario = str(ROOT / "scenarios" / "arendonk.yaml")
    assert (
        main(["run", scenario, "--set", "run.weeks=30", "--processes", "1", "--out", str(out)]) == 0
    )
    assert not list(out.glob("*.pb"))
