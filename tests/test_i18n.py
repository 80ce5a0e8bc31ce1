"""The translation table and the Dutch number formats."""

from __future__ import annotations

import math

import pytest

import buurtsim
from buurtsim import i18n
from buurtsim.model import Status
from buurtsim.model.themes import THEMES
from buurtsim.rules import RULES


@pytest.fixture(scope="module")
def weekly_columns() -> list[str]:
    result = buurtsim.simulate({"run": {"weeks": 3}}, seed=1)
    return list(result.timeseries.columns)


def test_every_outcome_and_weekly_column_has_dutch_and_english(weekly_columns):
    names = [*buurtsim.OUTCOMES, *weekly_columns]
    missing = [n for n in names if n not in i18n.LABELS]
    assert not missing, f"no label for {missing}"
    for n in names:
        nl, en = i18n.t(n, "nl"), i18n.t(n, "en")
        assert nl and en, n
    # a label is a translation, not the identifier itself (seed and week are the same words)
    same = [n for n in names if i18n.t(n) == n and n not in ("seed", "week")]
    assert not same


def test_themes_rules_outreach_phases_and_statuses_have_labels():
    keys = [t.key for t in THEMES] + list(RULES) + list(i18n.PHASES) + [s.value for s in Status]
    keys += list(buurtsim.parameters()["facilitator.outreach"].choices)
    for key in keys:
        assert set(i18n.LABELS[key]) == {"nl", "en"}, key
    assert i18n.t("meeting") == "ontmoeting" and i18n.t("meeting", "en") == "meeting"
    assert i18n.t("door_to_door") == "huis aan huis"


def test_rule_and_outreach_labels_cover_the_schema_choices():
    info = buurtsim.parameters()
    assert set(info["process.decision_rule"].choices) == set(i18n.RULE_NAMES)
    assert set(info["facilitator.outreach"].choices) == set(i18n.OUTREACH_NAMES)


def test_unknown_keys_fall_back_to_the_key():
    assert i18n.t("no_such_key") == "no_such_key"
    assert i18n.t("no_such_key", "en") == "no_such_key"
    assert i18n.label("budget.no_such_param") == "budget.no_such_param"


def test_parameter_labels_come_from_the_schema():
    for key, info in buurtsim.parameters().items():
        assert i18n.label(key) == info.nl
        assert i18n.label(key, "en") == info.en
        assert i18n.t(key) == info.nl
    # parameter labels are not duplicated in the table
    assert not set(i18n.LABELS) & set(buurtsim.parameters())


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (8000, {}, "€ 8.000"),
        (8000, {"lang": "en"}, "€8,000"),
        (1234567.891, {"decimals": 2}, "€ 1.234.567,89"),
        (-1500, {}, "-€ 1.500"),
        (0, {}, "€ 0"),
        (999.6, {}, "€ 1.000"),
    ],
)
def test_euro(value, kwargs, expected):
    assert i18n.euro(value, **kwargs) == expected


def test_number_and_percent():
    assert i18n.number(1234.5, decimals=1) == "1.234,5"
    assert i18n.number(1234.5, decimals=1, lang="en") == "1,234.5"
    assert i18n.number(1234567) == "1.234.567"
    assert i18n.number(-0.04, decimals=1) == "0,0"
    assert i18n.number(-12.5, decimals=1) == "-12,5"
    assert i18n.percent(0.125) == "12,5%"
    assert i18n.percent(0.125, lang="en") == "12.5%"
    assert i18n.percent(1.0, decimals=0) == "100%"
    for f in (i18n.number, i18n.euro, i18n.percent):
        assert f(math.nan) == "–"
        assert f(None) == "–"


def test_tick_formatters():
    assert i18n.euro_formatter()(8000, 0) == "€ 8.000"
    assert i18n.euro_formatter("en")(8000, 0) == "€8,000"
    fmt = i18n.percent_formatter()
    assert fmt(0.25, 0) == "25%"
    assert fmt(0.025, 0) == "2,5%"
    num = i18n.number_formatter()
    assert num(2.5, 0) == "2,5"
    assert num(3.0, 0) == "3"
    assert num(12000, 0) == "12.000"


def test_glossary_lists_the_method_terms_once_with_english():
    for term in (
        "buurtbudget",
        "werkingskader",
        "randvoorwaarden",
        "procesbegeleider",
        "trekker",
        "kerngroep",
        "eigenaarschap",
        "college",
        "OCMW",
    ):
        assert term in i18n.GLOSSARY
        assert i18n.GLOSSARY[term]["en"]
        assert i18n.GLOSSARY[term]["nl"]
    table = i18n.glossary_table()
    assert table["term"].is_unique
    assert len(table) == len(i18n.GLOSSARY)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_count_of_one_takes_the_singular(lang):
    """The templates write "{runs} simulaties"; one run must not read "1 simulaties"."""
    from buurtsim.i18n import SINGULAR, singular

    one = i18n.tf("db_log_counts", lang, path="log.csv", runs=1, groups=1)
    for plural in SINGULAR:
        assert singular(f"1 {plural}") == f"1 {SINGULAR[plural]}"
        assert singular(f"2 {plural}") == f"2 {plural}"
        assert singular(f"0,1 {plural} en 11 {plural}") == f"0,1 {plural} en 11 {plural}"
    assert one.endswith(("1 simulatie van 1 groep", "1 run of 1 group"))
