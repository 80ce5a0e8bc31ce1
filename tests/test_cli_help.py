"""``buurtsim --help`` and ``buurtsim COMMAND --help`` in the current language (issue 11).

Every command's help, argparse's own words included (``usage:``, the headings of the option
lists, ``-h``), speaks Dutch by default and English with ``--lang en`` or ``BUURTSIM_LANG=en``;
the options are the same in both. argparse itself stays as it is outside the command line.
"""

from __future__ import annotations

import argparse
import re

import pytest
from langscan import dutch_in, english_in

from buurtsim import language
from buurtsim.cli import build_parser, main

#: what argparse writes in English when nobody translates it
ARGPARSE_ENGLISH = (
    "usage:",
    "options:",
    "positional arguments:",
    "show this help message and exit",
    "show program's version number and exit",
)


pytestmark = pytest.mark.usefixtures("default_language")


def command_names() -> list[str]:
    parser = build_parser()
    return list(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]


COMMANDS = command_names()


def test_every_registered_command_is_checked():
    assert {
        "run", "sweep", "validate", "validate-pilot", "sensitivity", "report", "handouts",
        "workshop", "ablate", "ballots",
    } <= set(COMMANDS)  # fmt: skip


def help_text(capsys, *args: str) -> str:
    code = main([*args, "--help"])
    captured = capsys.readouterr()
    assert code == 0, (args, captured.err)
    assert captured.err == ""
    return captured.out


def prose(text: str) -> str:
    """``text`` without the names of the commands (``buurtsim run``, the list of commands): like
    option names, they are the same in both languages."""
    text = re.sub(r"buurtsim [\w-]+", "buurtsim", text)
    return re.sub(r"^ {4}[\w-]+(?= {2,}|$)", " ", text, flags=re.M)


def options(text: str) -> list[str]:
    """The option strings of the option lists of a help text, in order (``-h``, ``--runs``)."""
    return re.findall(r"^ {2}(-{1,2}[\w-]+(?:, --[\w-]+)?)", text, re.M)


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_is_dutch_by_default_and_english_with_lang_en(capsys, command):
    args = [command] if command else []
    dutch = help_text(capsys, *args)
    english = help_text(capsys, *args, "--lang", "en")
    assert english_in(prose(dutch)) == [], dutch
    assert dutch_in(prose(english)) == [], english
    assert dutch.startswith("gebruik: buurtsim") and "\nopties:\n" in dutch
    assert "  -h, --help " in dutch and "toon deze hulp en stop" in dutch
    assert not [words for words in ARGPARSE_ENGLISH if words in dutch], dutch
    assert english.startswith("usage: buurtsim") and "\noptions:\n" in english
    assert "show this help message and exit" in english
    assert options(dutch) == options(english) and "--lang" in options(dutch)


def test_every_help_text_and_word_metavar_is_translated():
    """Each help text, description and heading differs between the two parsers, so none of them
    was left in one language; file names, letters and option names stay as they are."""
    with language.use("nl"):
        dutch = build_parser()
    with language.use("en"):
        english = build_parser()
    pairs = [(dutch, english)]
    sub_nl = dutch._subparsers._group_actions[0]  # type: ignore[union-attr]
    sub_en = english._subparsers._group_actions[0]  # type: ignore[union-attr]
    pairs += [(sub_nl.choices[name], sub_en.choices[name]) for name in sub_nl.choices]
    for nl, en in pairs:
        assert nl.description != en.description, nl.prog
        assert [g.title for g in nl._action_groups] != [g.title for g in en._action_groups]
        for a, b in zip(nl._actions, en._actions, strict=True):
            assert a.option_strings == b.option_strings and a.default == b.default, nl.prog
            if a.help not in (None, argparse.SUPPRESS):
                assert a.help != b.help, (nl.prog, a.option_strings, a.help)
    subcommand_lines = zip(sub_nl._choices_actions, sub_en._choices_actions, strict=True)
    assert all(a.help != b.help for a, b in subcommand_lines)
    assert sub_nl.metavar == "COMMANDO" and sub_en.metavar == "COMMAND"


def test_file_names_and_letters_stay_as_they_are(capsys):
    dutch, english = help_text(capsys, "report"), help_text(capsys, "report", "--lang", "en")
    for kept in ("--out FILE.html", "SCENARIO", "--runs N", "--seed S", "FILE-2.html"):
        assert kept in dutch and kept in english, kept
    assert "--compare ANDER" in dutch and "--compare OTHER" in english
    assert "(standaard: 0)" in " ".join(dutch.split())
    assert "(default: 0)" in " ".join(english.split())


@pytest.mark.parametrize(
    "args",
    [["--lang", "en", "sweep"], ["sweep", "--lang", "en"], ["sweep", "--lang=en"]],
    ids=["before", "after", "equals"],
)
def test_lang_before_or_after_the_command(capsys, args):
    text = help_text(capsys, *args)
    assert text.startswith("usage: buurtsim sweep") and "runs per value (default: 30)" in text


def test_the_environment_variable_and_the_option(capsys, monkeypatch):
    monkeypatch.setenv(language.ENV, "en")
    assert help_text(capsys, "run").startswith("usage: buurtsim run")
    text = help_text(capsys, "run", "--lang", "nl")  # the option wins
    assert text.startswith("gebruik: buurtsim run") and "aantal simulaties (standaard: 1)" in text


def test_a_bad_language_is_an_error_not_a_help(capsys):
    assert main(["run", "--help", "--lang", "fr"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "'fr'" in captured.err and "nl of en" in captured.err


def test_argparse_is_left_as_it_is(capsys):
    """The translation lives in buurtsim's parser; argparse elsewhere keeps its own words."""
    help_text(capsys, "run", "--lang", "en")
    help_text(capsys, "run")
    other = argparse.ArgumentParser(prog="other")
    other.add_argument("thing")
    text = other.format_help()
    assert text.startswith("usage: other") and "positional arguments:" in text
    assert "show this help message and exit" in text
    assert language.current() == "nl"


def test_version_speaks_the_language(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("buurtsim ")
    assert "toon het versienummer en stop" in help_text(capsys)
    assert "show the version number and exit" in help_text(capsys, "--lang", "en")
