"""``buurtsim ballots FILE.pb`` and ``buurtsim run SCENARIO --pb`` on the command line."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from langscan import dutch_in, english_in
from test_ballots import CUMULATIVE

from buurtsim import i18n, language
from buurtsim.ballots import DIAMANTBUURT, RULES, compare, load, pabulib_file
from buurtsim.ballots import command as ballots_command
from buurtsim.ballots.compare import jr_reason
from buurtsim.cli import main

pytestmark = pytest.mark.usefixtures("english_language")

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


# --- the printed table in Dutch and in English -------------------------------------------------


@pytest.fixture(scope="module")
def tables(tmp_path_factory) -> dict[str, str]:
    """What ``buurtsim ballots`` prints for the Diamantbuurt, in Dutch and in English."""
    import contextlib
    import io

    printed = {}
    for lang in language.LANGS:
        out = tmp_path_factory.mktemp(f"ballots-{lang}")
        with contextlib.redirect_stdout(io.StringIO()) as stdout:
            assert main(["ballots", DIAMANT, "--out", str(out / "x"), "--lang", lang]) == 0
        printed[lang] = stdout.getvalue()
    return printed


def from_the_file(text: str) -> str:
    """``text`` without the names the .pb file gives: projects (as printed) and categories."""
    b = load(DIAMANT)
    names = [ballots_command._name(n) for n in b.names] + sorted(
        {c for cats in b.categories for c in cats}, key=len, reverse=True
    )
    for name in names:
        text = text.replace(name, " ")
    return text


def table_lines(text: str) -> list[str]:
    """The header, the project rows, the rule and the metric rows (title and notes left out)."""
    lines = text.splitlines()
    end = next(k for k, line in enumerate(lines) if not line.startswith("  "))
    assert end == 0
    last = next(k for k, line in enumerate(lines[1:], 1) if not line.startswith("  "))
    return lines[1:last]


def cells(text: str, label: str) -> list[str]:
    """The cells of the metric row that starts with ``label``, split where two spaces are."""
    line = next(line for line in text.splitlines() if line.startswith("  " + label))
    return re.split(r"\s{2,}", line.strip())[1:]


def test_the_dutch_table_speaks_dutch(tables):
    text = tables["nl"]
    assert english_in(from_the_file(text)) == []
    assert text.startswith(
        "Buurtbudget Diamantbuurt (" + DIAMANT + "): 318 kiezers, 15 projecten, "
        "budget € 100.000, ja/nee-stemmen"
    )
    header = table_lines(text)[0].split()
    assert header[:2] == ["project", "kostprijs"]
    assert header[2:] == ["meerderh.", "stemmen", "pakket", "gel.delen", "tevreden", "Phragmén"]
    assert "let op: officieel: niet berekend, het bestand vermeldt de echte uitslag niet" in text
    assert "let op: EJR/PJR niet berekend: pabutools probeert elke groep van de 194" in text
    assert "  gel.delen  `equal_shares`     gelijke delen (Equal Shares)" in text


def test_the_english_table_speaks_english(tables):
    text = tables["en"]
    assert dutch_in(from_the_file(text)) == []
    assert "318 voters, 15 projects, budget €100,000, approval ballots" in text.splitlines()[0]
    assert table_lines(text)[0].split()[2:] == [
        "majority", "approval", "package", "eq.shares", "greedy", "Phragmén"
    ]  # fmt: skip
    assert "note: official: skipped, the file does not record the outcome" in text
    assert "  eq.shares  `equal_shares`     equal shares" in text


@pytest.mark.parametrize(
    ("lang", "labels", "figures"),
    [
        (
            "nl",
            ("euro besteed", "gemiddelde tevredenheid (Cost_Sat, €)",
             "Gini van de tevredenheid (Cost_Sat)", "budgetaandeel: Straten groen en pleinen",
             "kiezers met een project (van 318)", "EJR op één project na"),
            (["€ 30.000", "€ 92.300", "€ 85.300", "€ 92.300", "€ 92.300", "€ 91.550"],
             ["15.377", "42.218", "40.215", "42.218", "42.218", "39.246"],
             ["0,487", "0,276", "0,295", "0,276", "0,276", "0,280"],
             ["30%", "79%", "79%", "79%", "79%", "70%"],
             ["163", "302", "292", "302", "302", "311"],
             ["–"] * 6),
        ),
        (
            "en",
            ("euro spent", "avg satisfaction (Cost_Sat, €)", "Gini of satisfaction (Cost_Sat)",
             "budget share: Straten groen en pleinen", "voters with a project (of 318)",
             "EJR up to one project"),
            (["€30,000", "€92,300", "€85,300", "€92,300", "€92,300", "€91,550"],
             ["15,377", "42,218", "40,215", "42,218", "42,218", "39,246"],
             ["0.487", "0.276", "0.295", "0.276", "0.276", "0.280"],
             ["30%", "79%", "79%", "79%", "79%", "70%"],
             ["163", "302", "292", "302", "302", "311"],
             ["–"] * 6),
        ),
    ],
)  # fmt: skip
def test_the_figures_are_written_the_way_the_language_writes_numbers(tables, lang, labels, figures):
    text = tables[lang]
    for label, expected in zip(labels, figures, strict=True):
        assert cells(text, label) == expected, label
    plein = next(line for line in text.splitlines() if "Een groener" in line)
    assert ("€ 30.000" if lang == "nl" else "€30,000") in plein


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_table_lines_up(tables, lang):
    header, *rows = table_lines(tables[lang])
    words = list(re.finditer(r"\S+", header))
    cost_end = words[1].end()
    column_ends = {w.end() for w in words[2:]}
    assert len(column_ends) == len(RULES) - 1  # six rules ran, each its own column
    rule_at = next(k for k, row in enumerate(rows) if set(row.strip()) == {"-"})
    assert len(rows[rule_at]) == len(header)
    for row in rows[:rule_at]:  # the projects: cost under its heading, ✔ under a rule
        assert len(row) <= len(header)
        row = row.ljust(len(header))
        assert row[cost_end - 1].isdigit() and row[cost_end] == " ", row
        assert {m.end() for m in re.finditer("✔", row)} <= column_ends, row
    for row in rows[rule_at + 1 :]:  # the metrics: a value under every rule, none past it
        assert len(row) == len(header), row
        values = [m.end() for m in re.finditer(r"\S+(?: \S+)*", row)][1:]  # after the label
        assert values == sorted(column_ends), row


def test_every_rule_has_a_short_heading_in_both_languages():
    for lang in language.LANGS:
        heads = [ballots_command.heading(rule, lang) for rule in RULES]
        assert all(len(h) <= 9 for h in heads) and len(set(heads)) == len(RULES), heads


def test_the_table_follows_the_current_language(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv(language.ENV, "nl")
    assert main(["ballots", DIAMANT, "--rules", "majority", "--out", str(tmp_path / "x")]) == 0
    text = capsys.readouterr().out
    assert "318 kiezers" in text and "gefinancierde projecten" in text
    # the CSV files are data: English identifiers and compare's English note, in any language
    metrics = read_rows(tmp_path / "x" / "metrics.csv")
    assert list(metrics[0])[:3] == ["rule", "funded", "spent"]
    assert metrics[0]["note"].startswith("EJR/PJR skipped: pabutools tries")
    with language.use("nl"):
        c = compare(load(DIAMANT), ["majority"])
    assert "318 voters" in ballots_command.format_comparison(c, "en")


def test_every_reason_compare_gives_is_said_in_both_languages(tmp_path):
    toy = tmp_path / "toy.pb"
    toy.write_text(CUMULATIVE, encoding="utf-8")
    reasons = set()
    for path in (toy, DIAMANT):
        c = compare(load(path))
        reasons |= {o.reason for o in c.outcomes.values() if o.reason}
        reasons |= {r for r in [jr_reason(c.ballots)] if r}
        # metrics.csv keeps the English of the same reasons
        notes = {n for n in c.metrics["note"] if isinstance(n, str) and n}
        assert notes <= {str(r) for r in reasons}
    # no outcome (in each file), package and Phragmén on points, EJR/PJR on points and too big
    assert len(reasons) == 6
    for reason in reasons:
        english, dutch = reason.text("en"), reason.text("nl")
        assert english == str(reason) and dutch_in(english) == [], english
        assert dutch != english and english_in(dutch) == [], dutch
    # every note of the table is one compare gives
    used = {r.key for r in reasons}
    assert {k for k in i18n.LABELS if k.startswith("bt_note_")} == used


def test_points_ballots_are_named_and_skipped_in_dutch(tmp_path, capsys):
    toy = tmp_path / "toy.pb"
    toy.write_text(CUMULATIVE, encoding="utf-8")
    assert main(["ballots", str(toy), "--out", str(tmp_path / "x"), "--lang", "nl"]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].endswith("budget € 10, stemmen met punten om te verdelen")
    assert "gemiddelde tevredenheid (Additive_Cardinal_Sat, punten)" in text
    assert "let op: pakket: niet berekend, bij stemmen met punten om te verdelen" in text
    assert "let op: EJR/PJR alleen nagegaan bij ja/nee-stemmen" in text
    assert english_in(from_the_file(text).replace("toy cumulative", " ")) == []


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
