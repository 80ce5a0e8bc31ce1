"""The command line in two languages (issues 10 and 11): Dutch by default, ``BUURTSIM_LANG`` or
``--lang nl|en`` otherwise, on every command; a bad language named plainly."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
from langscan import dutch_in, english_in

from buurtsim import language
from buurtsim.cli import RESULT_FILES, build_parser, main

ROOT = Path(__file__).resolve().parents[1]
ARENDONK = str(ROOT / "scenarios" / "arendonk.yaml")
SHORT = ["--set", "run.weeks=30", "--processes", "1"]


pytestmark = pytest.mark.usefixtures("default_language")


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def without_files(text: str) -> str:
    """``text`` without the names of the files written (``run.json`` is no English prose)."""
    for name in RESULT_FILES:
        text = text.replace(name, " ")
    return text


def bad_file(tmp_path: Path) -> str:
    path = tmp_path / "hoog.yaml"
    path.write_text("municipality:\n  control: 1.5\n", encoding="utf-8")
    return str(path)


# --- which language ---------------------------------------------------------------------------


def test_dutch_is_the_default_for_messages_and_errors(tmp_path, capsys):
    code, out, err = run(capsys, "run", ARENDONK, "--runs", "2", *SHORT, "--out", tmp_path / "a")
    assert code == 0
    assert "2 simulaties, startgetallen 0-1" in out and "Resultaten in" in out
    assert "opkomst op de startavond" in out and "mediaan" in out
    assert english_in(without_files(out)) == [], out
    code, _, err = run(capsys, "run", bad_file(tmp_path))
    assert code == 2 and err.startswith("fout: ")
    assert "municipality.control" in err and "1.5" in err and "een getal van 0 tot 1" in err
    assert english_in(err) == [], err


def test_lang_en_speaks_english(tmp_path, capsys):
    args = ["run", ARENDONK, "--runs", "2", *SHORT, "--out", tmp_path / "a", "--lang", "en"]
    code, out, _ = run(capsys, *args)
    assert code == 0 and "2 runs, seeds 0-1" in out and "Results in" in out
    assert dutch_in(without_files(out)) == [], out
    code, _, err = run(capsys, "--lang", "en", "run", bad_file(tmp_path))
    assert code == 2 and err.startswith("error: ") and "a number from 0 to 1" in err
    assert dutch_in(err) == [], err
    assert language.current() == "nl", "--lang holds for its own command only"


def test_the_environment_variable_switches_the_default(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(language.ENV, "en")
    code, _, err = run(capsys, "run", bad_file(tmp_path))
    assert code == 2 and err.startswith("error: ")
    code, _, err = run(capsys, "run", bad_file(tmp_path), "--lang=nl")  # the option wins
    assert code == 2 and err.startswith("fout: ")


@pytest.mark.parametrize(
    ("env", "expected"),
    [(None, "fout: --lang: 'fr' is geen taal van buurtsim; kies nl of en"),
     ("en", "error: --lang: 'fr' is not a buurtsim language; choose nl or en")],
)  # fmt: skip
def test_a_bad_lang_names_the_option_the_value_and_what_is_allowed(
    capsys, monkeypatch, env, expected
):
    if env:
        monkeypatch.setenv(language.ENV, env)
    code, out, err = run(capsys, "report", ARENDONK, "--out", "r.html", "--lang", "fr")
    assert code == 2 and err.strip() == expected and out == ""
    assert not Path("r.html").exists()


def test_a_bad_environment_variable_is_named_in_both_languages(capsys, monkeypatch):
    monkeypatch.setenv(language.ENV, "de")
    code, _, err = run(capsys, "validate", ARENDONK)
    assert code == 2 and err.startswith("fout/error: BUURTSIM_LANG: 'de'")
    assert "kies nl of en" in err and "choose nl or en" in err and "Traceback" not in err


# --- argparse's own errors --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "dutch", "english"),
    [
        (["run", ARENDONK, "--runs", "0"],
         "fout: optie --runs: moet een geheel getal van minstens 1 zijn, niet 0",
         "error: argument --runs: must be a whole number of at least 1, not 0"),
        (["run"], "fout: deze argumenten ontbreken: SCENARIO",
         "error: the following arguments are required: SCENARIO"),
        (["run", ARENDONK, "--bogus"], "fout: onbekende argumenten: --bogus",
         "error: unrecognised arguments: --bogus"),
        (["ballots", ARENDONK, "--rules", "college"],
         "fout: optie --rules: ongeldige keuze: 'college'",
         "error: argument --rules: invalid choice: 'college'"),
        (["sensitivity", ARENDONK, "--scheduler", "tcp://x:1", "--local-cluster"],
         "fout: optie --local-cluster: gaat niet samen met --scheduler",
         "error: argument --local-cluster: not allowed with argument --scheduler"),
    ],
)  # fmt: skip
def test_argparse_errors_are_in_one_language(capsys, args, dutch, english):
    code, _, err = run(capsys, *args)
    first, hint = err.splitlines()[:2]
    assert code == 2 and first.startswith(dutch) and hint.startswith("(zie `buurtsim")
    assert english_in(err) == [], err
    code, _, err = run(capsys, *args, "--lang", "en")
    first, hint = err.splitlines()[:2]
    assert code == 2 and first.startswith(english) and hint.startswith("(see `buurtsim")


# --- --lang on every command ------------------------------------------------------------------


def test_every_command_takes_lang(capsys):
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert {"report", "handouts", "workshop", "validate-pilot"} <= set(commands)
    for name in commands:
        assert main([name, "--help", "--lang", "en"]) == 0
        text = capsys.readouterr().out
        assert "--lang {nl,en}" in text and "the language of everything" in text, name
    assert main(["handouts", "--help"]) == 0
    assert "de taal van alles wat het commando schrijft" in capsys.readouterr().out


def test_report_in_english_and_in_dutch(tmp_path, capsys):
    out = tmp_path / "report.html"
    code, text, _ = run(capsys, "report", ARENDONK, "--out", out, "--runs", "1", "--lang", "en")
    assert code == 0 and text.strip() == f"Report written to {out}"
    assert '<html lang="en">' in out.read_text(encoding="utf-8")
    code, text, err = run(capsys, "report", ARENDONK, "--out", out, "--runs", "1")
    second = tmp_path / "report-2.html"
    assert code == 0 and text.strip() == f"Verslag geschreven in {second}"
    assert err.startswith("let op: ") and "bestaat al" in err
    assert '<html lang="nl">' in second.read_text(encoding="utf-8")


def test_handouts_are_made_in_the_chosen_language(tmp_path, capsys, monkeypatch):
    import buurtsim.handouts as pack

    seen = []

    def fake(out, **options):
        seen.append(language.current())
        folder = Path(out)
        folder.mkdir()
        return pack.Written(folder, [folder / pack.HTML_NAME], ["PDF"], 1.5)

    monkeypatch.setattr(pack, "make_handouts", fake)
    code, out, err = run(capsys, "handouts", "--out", tmp_path / "pack", "--lang", "en")
    assert code == 0 and seen == ["en"]
    assert out.startswith("Pack written to") and "done in 1.5 s" in out
    assert err.strip() == "note: PDF"
    code, out, _ = run(capsys, "handouts", "--out", tmp_path / "werkmap")
    assert code == 0 and seen == ["en", "nl"] and "klaar in 1,5 s" in out


def test_validate_pilot_in_both_languages(capsys, monkeypatch):
    from buurtsim.experiments import validation

    row = ["arendonk", "budget_spent", "within 8,000 euro", 0, 8000, 4600.4, 2500, 7000, 1.0]
    table = pd.DataFrame([row], columns=list(validation.PILOT_COLUMNS))
    table.attrs.update(runs=5, seed=0)
    monkeypatch.setattr(validation, "pilot_table", lambda **kw: table)
    code, dutch, _ = run(capsys, "validate-pilot", "--runs", "5")
    assert code == 0 and "uitgegeven budget" in dutch and "hoogstens 8.000 euro" in dutch
    assert "0-8.000" in dutch and "4.600" in dutch and "5 simulaties per pilot" in dutch
    assert english_in(dutch) == [], dutch
    code, english, _ = run(capsys, "validate-pilot", "--runs", "5", "--lang", "en")
    assert code == 0 and "budget spent" in english and "within 8,000 euro" in english
    assert "0-8,000" in english and "5 runs per pilot" in english
    assert dutch_in(english) == [], english


def test_workshop_passes_the_language_to_the_dashboard(capsys, monkeypatch):
    from buurtsim.workshop import serve

    seen = []
    monkeypatch.setenv(language.ENV, "en")
    monkeypatch.setattr(serve, "serve", lambda args: seen.append(os.environ[language.ENV]) or 0)
    assert main(["workshop", "--no-browser", "--lang", "en"]) == 0
    assert main(["workshop", "--no-browser", "--lang", "nl"]) == 0
    assert seen == ["en", "nl"]
    assert os.environ[language.ENV] == "en"  # put back once the server stops
    monkeypatch.delenv(language.ENV)
    assert main(["workshop", "--no-browser", "--lang", "en"]) == 0
    assert seen[-1] == "en" and language.ENV not in os.environ
