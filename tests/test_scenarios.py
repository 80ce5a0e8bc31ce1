"""Scenario files and the schema: loading, defaults, and one plain message per problem.

The messages are in the current language: most tests read the English ones (``BUURTSIM_LANG=en``,
set for every test here), the Dutch cases at the end switch to Dutch.
"""

from __future__ import annotations

import re

import pytest

from buurtsim import Scenario, ScenarioError, language, load_scenario, parameters
from buurtsim.scenarios import flatten, parse_assignment, unflatten, with_overrides

SCENARIO_FILES = (
    "arendonk.yaml",
    "olmen.yaml",
    "strict-municipality.yaml",
    "hands-off-no-framework.yaml",
    "no-facilitator.yaml",
    "door-to-door.yaml",
)


pytestmark = pytest.mark.usefixtures("english_language")


def problems_of(source) -> list[str]:
    """The problems a scenario (dict or path) is refused with; fails if it is accepted."""
    with pytest.raises(ScenarioError) as caught:
        load_scenario(source)
    problems = caught.value.problems
    assert problems, "a ScenarioError must carry at least one problem"
    for p in problems:
        assert isinstance(p, str) and p.strip()
        assert "Traceback" not in p and "\n" not in p, f"not a plain sentence: {p!r}"
    return problems


def only_problem(source) -> str:
    problems = problems_of(source)
    assert len(problems) == 1, problems
    return problems[0]


def write(tmp_path, text: str, name: str = "scenario.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- the six scenario files ---------------------------------------------------------------------
def test_all_scenario_files_are_there(scenario_dir):
    present = {p.name for p in scenario_dir.glob("*.yaml")}
    assert set(SCENARIO_FILES) <= present


@pytest.mark.parametrize("name", SCENARIO_FILES)
def test_scenario_file_loads(scenario_dir, name):
    scenario = load_scenario(scenario_dir / name)
    assert isinstance(scenario, Scenario)
    # and the same file given as a plain string path
    assert load_scenario(str(scenario_dir / name)) == scenario


def test_arendonk_and_olmen_hold_the_pilot_facts(scenario_dir):
    arendonk = load_scenario(scenario_dir / "arendonk.yaml")
    assert arendonk.neighbourhood.households == 240
    assert arendonk.neighbourhood.streets == 8
    assert arendonk.budget.amount == 8000
    assert arendonk.neighbourhood.social_housing_share > 0  # partly social housing
    olmen = load_scenario(scenario_dir / "olmen.yaml")
    assert olmen.neighbourhood.households == 575
    assert olmen.neighbourhood.streets == 19
    assert olmen.budget.amount == 8000


@pytest.mark.parametrize(
    ("name", "key", "value"),
    [
        ("strict-municipality.yaml", "municipality.control", 0.9),
        ("hands-off-no-framework.yaml", "municipality.control", 0.1),
        ("hands-off-no-framework.yaml", "municipality.framework_clarity", 0.1),
        ("no-facilitator.yaml", "facilitator.hours_per_week", 0.0),
        ("door-to-door.yaml", "facilitator.outreach", "door_to_door"),
    ],
)
def test_contrast_files_change_what_they_claim(scenario_dir, name, key, value):
    flat = flatten(load_scenario(scenario_dir / name))
    assert flat[key] == value
    # the keys the file does not give keep their defaults
    defaults = {k: p.default for k, p in parameters().items()}
    assert flat["budget.amount"] == defaults["budget.amount"]
    assert flat["run.weeks"] == defaults["run.weeks"]


# --- defaults and dict input --------------------------------------------------------------------
def test_a_file_with_some_keys_gets_defaults(tmp_path):
    path = write(tmp_path, "budget:\n  amount: 5000\nmunicipality:\n  control: 0.7\n")
    flat = flatten(load_scenario(path))
    assert flat["budget.amount"] == 5000
    assert flat["municipality.control"] == 0.7
    for key, info in parameters().items():
        if key not in ("budget.amount", "municipality.control"):
            assert flat[key] == info.default, key


def test_dict_input_is_nested_like_the_yaml(tmp_path):
    data = {"municipality": {"control": 0.9}, "facilitator": {"outreach": "door_to_door"}}
    from_dict = load_scenario(data)
    path = write(
        tmp_path, "municipality:\n  control: 0.9\nfacilitator:\n  outreach: door_to_door\n"
    )
    assert from_dict == load_scenario(path)
    assert from_dict.municipality.control == 0.9
    assert from_dict.facilitator.outreach == "door_to_door"
    # a flat dotted dict is not the YAML shape and is refused with a plain message
    message = only_problem({"municipality.control": 0.9})
    assert "municipality.control" in message


def test_defaults_come_from_the_schema():
    flat = flatten(Scenario())
    info = parameters()
    assert set(flat) == set(info)
    assert all(flat[k] == p.default for k, p in info.items())
    assert load_scenario({}) == Scenario()


def test_flatten_and_unflatten_round_trip(scenario_dir):
    scenario = load_scenario(scenario_dir / "olmen.yaml")
    assert load_scenario(unflatten(flatten(scenario))) == scenario


# --- one plain message per problem --------------------------------------------------------------
def test_unknown_key_at_the_top_level():
    message = only_problem({"budgett": {"amount": 100}})
    assert "budgett" in message
    for section in ("budget", "municipality", "run"):
        assert section in message  # what is allowed


def test_unknown_key_in_a_section():
    message = only_problem({"budget": {"amout": 100}})
    assert "budget.amout" in message
    assert "amount" in message.split("amout", 1)[1]  # names the allowed key after the bad one


def test_wrong_type():
    message = only_problem({"budget": {"amount": "lots"}})
    assert "budget.amount" in message
    assert "lots" in message
    assert "number" in message


def test_fractional_whole_number():
    message = only_problem({"neighbourhood": {"households": 240.5}})
    assert "neighbourhood.households" in message
    assert "240.5" in message
    assert "whole number" in message


def test_section_that_is_not_a_mapping():
    message = only_problem({"budget": 8000})
    assert "budget" in message
    assert "8000" in message
    assert "mapping" in message


@pytest.mark.parametrize("bad", [-0.1, 1.5])
def test_out_of_range_at_both_ends(bad):
    message = only_problem({"municipality": {"control": bad}})
    assert "municipality.control" in message
    assert str(bad) in message
    assert re.search(r"from 0 to 1\b", message), message


@pytest.mark.parametrize(
    ("key", "bad", "allowed"),
    [
        ("households", 0, "1 to 10,000"),
        ("vulnerable_share", 1.01, "0 to 1"),
    ],
)
def test_out_of_range_names_the_range(key, bad, allowed):
    message = only_problem({"neighbourhood": {key: bad}})
    assert f"neighbourhood.{key}" in message
    assert str(bad) in message
    assert allowed in message


@pytest.mark.parametrize(
    ("section", "key", "bad", "choices"),
    [
        ("facilitator", "outreach", "flyers", ("info_evening", "door_to_door", "core_group")),
        (
            "process",
            "decision_rule",
            "lottery",
            ("package", "majority", "approval_greedy", "equal_shares", "college"),
        ),
    ],
)
def test_bad_choice(section, key, bad, choices):
    message = only_problem({section: {key: bad}})
    assert f"{section}.{key}" in message
    assert bad in message
    for choice in choices:
        assert choice in message


def test_missing_file(tmp_path):
    path = tmp_path / "nowhere.yaml"
    message = only_problem(path)
    assert "nowhere.yaml" in message
    assert "not exist" in message


def test_folder_instead_of_file(tmp_path):
    message = only_problem(tmp_path)
    assert str(tmp_path) in message
    assert "folder" in message


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("budget:\n  amount: 8000\n   control: 1\n", 3),
        ("# Arendonk\nbudget:\n  amount: 8000\nrun:\n\tweeks: 10\n", 5),
    ],
)
def test_yaml_syntax_error_names_its_line(tmp_path, text, line):
    message = only_problem(write(tmp_path, text))
    assert "YAML" in message
    assert f"line {line}" in message


def test_empty_file_gives_the_defaults(tmp_path):
    assert load_scenario(write(tmp_path, "")) == Scenario()
    assert load_scenario(write(tmp_path, "# only a comment\n", "comment.yaml")) == Scenario()


@pytest.mark.parametrize("text", ["- budget\n- run\n", "just some words\n", "42\n"])
def test_top_level_that_is_not_a_mapping(tmp_path, text):
    message = only_problem(write(tmp_path, text))
    assert "mapping" in message


def test_not_a_text_file(tmp_path):
    path = tmp_path / "binary.yaml"
    path.write_bytes(b"\xff\xfe\x00budget")
    message = only_problem(path)
    assert "binary.yaml" in message


def test_several_problems_give_several_messages(tmp_path):
    text = (
        "budget:\n  amount: -5\n"
        "municipality:\n  control: 2\n  contrl: 0.1\n"
        "process:\n  decision_rule: lottery\n"
        "extra: 1\n"
    )
    problems = problems_of(write(tmp_path, text))
    assert len(problems) == 5, problems
    for key in ("budget.amount", "municipality.control", "municipality.contrl",
                "process.decision_rule", "extra"):  # fmt: skip
        assert sum(key in p for p in problems) >= 1, (key, problems)


def test_error_text_lists_every_problem():
    with pytest.raises(ScenarioError) as caught:
        load_scenario({"budget": {"amount": -5}, "run": {"weeks": 0}})
    text = str(caught.value)
    assert "budget.amount" in text and "run.weeks" in text
    assert isinstance(caught.value, ValueError)


# --- overrides and --set assignments ------------------------------------------------------------
def test_with_overrides_changes_only_the_given_keys(arendonk):
    changed = with_overrides(arendonk, {"municipality.control": 0.9, "run.weeks": 20})
    before, after = flatten(arendonk), flatten(changed)
    assert after["municipality.control"] == 0.9
    assert after["run.weeks"] == 20
    assert {k for k in before if before[k] != after[k]} == {"municipality.control", "run.weeks"}
    assert arendonk.municipality.control == 0.3  # the original is untouched


def test_with_overrides_validates(arendonk):
    with pytest.raises(ScenarioError) as caught:
        with_overrides(arendonk, {"municipality.control": 1.2, "budget.amout": 3})
    problems = caught.value.problems
    assert len(problems) == 2
    assert any("municipality.control" in p and "1.2" in p for p in problems)
    assert any("budget.amout" in p for p in problems)
    with pytest.raises(ScenarioError) as caught:
        with_overrides(arendonk, {"control": 0.5})
    assert "control" in caught.value.problems[0]
    assert "section.name" in caught.value.problems[0]
    with pytest.raises(ScenarioError) as caught:
        with_overrides(arendonk, {"facilitator.outreach": "flyers"})
    assert "core_group" in caught.value.problems[0]


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("municipality.control=0.9", "municipality.control", 0.9),
        ("run.weeks=52", "run.weeks", 52),
        ("facilitator.outreach=door_to_door", "facilitator.outreach", "door_to_door"),
        (" neighbourhood.name = De Wijk", "neighbourhood.name", "De Wijk"),
    ],
)
def test_parse_assignment(text, key, value):
    assert parse_assignment(text) == (key, value)


@pytest.mark.parametrize("text", ["municipality.control", "=0.9", "  =1", ""])
def test_parse_assignment_refuses_what_is_not_key_value(text):
    with pytest.raises(ScenarioError) as caught:
        parse_assignment(text)
    message = caught.value.problems[0]
    assert "key=value" in message


def test_parsed_assignment_with_a_bad_value_gets_a_plain_message(arendonk):
    key, value = parse_assignment("budget.amount=veel")
    with pytest.raises(ScenarioError) as caught:
        with_overrides(arendonk, {key: value})
    assert "budget.amount" in caught.value.problems[0]
    assert "veel" in caught.value.problems[0]


# --- the schema: the keys the issue asks for, labels and sources --------------------------------
REQUIRED = {
    "neighbourhood.households": (int, 1, None, None),
    "neighbourhood.vulnerable_share": (float, 0, 1, None),
    "budget.amount": (float, 0, None, None),
    "municipality.control": (float, 0, 1, None),
    "municipality.framework_clarity": (float, 0, 1, None),
    "facilitator.hours_per_week": (float, 0, None, None),
    "facilitator.outreach": (str, None, None, {"info_evening", "door_to_door", "core_group"}),
    "process.decision_rule": (
        str,
        None,
        None,
        {"package", "majority", "approval_greedy", "equal_shares", "college"},
    ),
    "run.weeks": (int, 1, None, None),
}


@pytest.mark.parametrize("key", sorted(REQUIRED))
def test_required_key_exists_with_its_range(key):
    kind, ge, le, choices = REQUIRED[key]
    info = parameters()[key]
    assert info.kind is kind
    if choices is not None:
        assert set(info.choices) == choices
    else:
        assert info.ge == ge
        if le is not None:
            assert info.le == le
        else:
            assert info.le is None or info.le > info.default
        assert info.ge <= info.default


def test_control_ends_mean_what_the_issue_says():
    info = parameters()["municipality.control"]
    assert "0" in info.unit and "1" in info.unit  # the unit explains both ends


def test_every_default_is_valid_and_in_range():
    for key, info in parameters().items():
        if info.default is None:  # optional: "the same as" another parameter
            assert key == "municipality.announced_control", key
            continue
        if info.ge is not None:
            assert info.default >= info.ge, key
        if info.le is not None:
            assert info.default <= info.le, key
        if info.choices:
            assert info.default in info.choices, key
        if info.kind in (int, float):
            assert info.ge is not None and info.le is not None, f"{key} has no range"


@pytest.mark.parametrize("key", sorted(parameters()))
def test_every_parameter_has_labels_and_a_source(key):
    info = parameters()[key]
    assert info.nl.strip(), f"{key} has no Dutch label"
    assert info.en.strip(), f"{key} has no English label"
    assert info.source.strip(), f"{key} has no source"


SOURCE_KINDS = ("METHOD.md", "literature", "assumption", "calibrated", "scenario choice")


@pytest.mark.parametrize("key", sorted(parameters()))
def test_every_number_says_where_it_comes_from(key):
    """A number is from METHOD.md or literature, or says it is an assumption (or calibrated, or
    a scenario choice). An unlabelled number fails here."""
    info = parameters()[key]
    if info.kind is str and not info.choices:
        pytest.skip("free text (a name), not a number")
    assert any(info.source.startswith(kind) or kind in info.source for kind in SOURCE_KINDS), (
        f"{key}: source {info.source!r} does not say whether it is from METHOD.md, literature, "
        "an assumption, calibrated or a scenario choice"
    )


def test_unknown_numbers_from_method_are_not_claimed_as_facts():
    """METHOD.md says the vulnerable and social-housing shares are unknown: they are assumptions."""
    info = parameters()
    for key in ("neighbourhood.vulnerable_share", "neighbourhood.social_housing_share"):
        assert "assumption" in info[key].source, key


def test_allowed_text_matches_the_range():
    info = parameters()
    assert info["municipality.control"].allowed() == "a number from 0 to 1"
    assert info["run.weeks"].allowed().startswith("a whole number from 1 to")
    assert info["facilitator.outreach"].allowed() == (
        "one of info_evening, door_to_door, core_group"
    )


def test_load_scenario_passes_a_scenario_through(arendonk):
    assert load_scenario(arendonk) is arendonk


@pytest.mark.parametrize(
    "name", ["strict-municipality", "hands-off-no-framework", "no-facilitator", "door-to-door"]
)
def test_contrast_files_differ_from_arendonk_only_in_the_keys_they_list(name):
    """A contrast names what it changes; everything else is the Arendonk baseline."""
    from pathlib import Path

    import yaml

    folder = Path(__file__).resolve().parents[1] / "scenarios"
    path = folder / f"{name}.yaml"
    listed = {
        f"{section}.{key}" for section, values in yaml.safe_load(path.read_text()).items()
        for key in values
    }  # fmt: skip
    base = flatten(load_scenario(folder / "arendonk.yaml"))
    contrast = flatten(load_scenario(path))
    differs = {k for k in base if base[k] != contrast[k]}
    assert differs <= listed, f"{name} also differs in {sorted(differs - listed)}"
    assert differs - {"neighbourhood.name"}, f"{name} changes nothing"


def test_a_bracket_left_open_is_reported_at_the_last_line_not_past_it(tmp_path):
    path = tmp_path / "open.yaml"
    path.write_text("run:\n  weeks: 10\nbudget:\n  amount: [1\n", encoding="utf-8")
    (problem,) = problems_of(path)
    assert "line 4" in problem and "line 5" not in problem


# --- the messages in Dutch and in English (issue 11) ---------------------------------------------
BAD = {"municipality": {"control": 1.5}, "budget": {"amout": 1}, "run": 5}


def test_each_problem_in_english_names_the_field_the_value_and_what_is_allowed():
    control, section, unknown = sorted(problems_of(BAD))
    assert control == (
        "`municipality.control` has the value 1.5, which is not allowed; allowed: a number from "
        "0 to 1"
    )
    assert unknown.startswith("unknown key `budget.amout` in `budget`; allowed keys: ")
    assert section == "`run` must be a mapping of keys to values, not 5"


def test_each_problem_in_dutch_names_the_field_the_value_and_what_is_allowed():
    with language.use("nl"):
        control, section, unknown = sorted(problems_of(BAD))
        households = only_problem({"neighbourhood": {"households": 0}})
        share = only_problem({"budget": {"max_trim": 0.95}})
    assert (
        control == "`municipality.control` kan niet 1.5 zijn; toegestaan is een getal van 0 tot 1"
    )
    assert unknown.startswith("onbekende sleutel `budget.amout` in `budget`; toegestane sleutels:")
    assert section == "`run` moet sleutels met hun waarden bevatten, niet 5"
    assert households.endswith("een geheel getal van 1 tot 10.000")  # Dutch thousands
    assert share.endswith("een getal van 0 tot 0,9")  # and a decimal comma


def test_a_problem_carries_its_key_and_value_for_a_panel():
    (problem,) = problems_of({"municipality": {"control": 1.5}})
    assert (problem.key, problem.value) == ("municipality.control", 1.5)
    (other,) = problems_of({"budget": {"amout": 1}})
    assert getattr(other, "key", "") == ""


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", ["het bestand", "bestaat niet"]),
        ("en", ["the file", "does not exist"]),
    ],
)
def test_file_problems_in_both_languages(tmp_path, lang, words):
    with language.use(lang):
        message = only_problem(tmp_path / "nowhere.yaml")
    assert all(w in message for w in words) and "nowhere.yaml" in message


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "fout in de YAML-opmaak op regel 5, kolom 1: een tab; spring in met spaties"),
        ("en", "YAML syntax error at line 5, column 1: a tab; indent with spaces"),
    ],
)
def test_a_yaml_slip_is_said_in_plain_words(tmp_path, lang, expected):
    with language.use(lang):
        message = only_problem(write(tmp_path, "# A\nbudget:\n  amount: 8000\nrun:\n\tweeks: 10\n"))
    assert message.startswith(expected), message


def test_the_dutch_messages_have_no_english_words_and_the_english_no_dutch(tmp_path):
    from langscan import dutch_in, english_in

    cases = [BAD, {"facilitator": {"outreach": "flyers"}}, tmp_path / "x.yaml", tmp_path]
    for case in cases:
        with language.use("nl"):
            dutch = " ".join(problems_of(case))
        with language.use("en"):
            english = " ".join(problems_of(case))
        assert english_in(dutch) == [], dutch
        assert dutch_in(english) == [], english


def test_a_panel_says_a_bad_value_around_the_parameters_label():
    from buurtsim.widgets.base import plain_problem

    (problem,) = problems_of({"municipality": {"control": 1.5}})
    dutch = plain_problem(problem, "nl")
    english = plain_problem(problem, "en")
    assert dutch.startswith(parameters()["municipality.control"].nl + ": de waarde 1,5 kan niet")
    assert "van 0 tot 1" in dutch
    assert english.startswith(parameters()["municipality.control"].en + ": the value 1.5 is not")
    assert "from 0 to 1" in english
