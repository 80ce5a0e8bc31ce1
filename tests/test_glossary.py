"""The glossary of the method's terms in both languages (issue 11)."""

from __future__ import annotations

import pytest
from langscan import KEPT, dutch_in, english_in

from buurtsim import i18n
from buurtsim.labels import glossary
from buurtsim.language import use


def test_every_term_has_an_english_name_and_both_explanations():
    for term, entry in i18n.GLOSSARY.items():
        assert set(entry) == {"en", "nl", "en_explanation"}, term
        for key, text in entry.items():
            assert text.strip(), f"{term}: {key} is empty"
        assert entry["nl"] != entry["en_explanation"], term


def test_the_kept_terms_are_explained_and_say_they_stay_dutch():
    assert set(glossary.KEPT) <= set(KEPT)
    for term in ("buurtbudget", "speelveld", "kerngroep", "trekker"):
        assert term in i18n.GLOSSARY
        assert "keeps the Dutch word" in i18n.GLOSSARY[term]["en_explanation"]
    others = set(i18n.GLOSSARY) - set(glossary.KEPT)
    assert not any("keeps the Dutch word" in i18n.GLOSSARY[t]["en_explanation"] for t in others)


def test_the_english_table_shows_english_explanations_and_headers():
    table = i18n.glossary_table("en")
    assert list(table.columns) == ["Dutch term", "English", "explanation"]
    assert len(table) == len(i18n.GLOSSARY)
    row = table.set_index("Dutch term").loc["startgetal"]
    assert row["English"] == "seed"
    assert row["explanation"] == i18n.GLOSSARY["startgetal"]["en_explanation"]


def test_the_english_table_has_no_dutch_words_but_the_terms():
    table = i18n.glossary_table("en")
    found = {}
    for _, row in table.iterrows():
        text = f"{row['English']}. {row['explanation']}"
        if words := dutch_in(text):
            found[row["Dutch term"]] = words
    assert dutch_in(" ".join(table.columns)) == []
    assert found == {}


def test_the_dutch_table_is_what_it_was_and_has_no_english():
    table = i18n.glossary_table("nl")
    assert list(table.columns) == ["term", "Engels", "uitleg"]
    assert table["term"].is_unique
    row = table.set_index("term").loc["trekker"]
    assert row["Engels"] == "lead resident"
    assert row["uitleg"] == i18n.GLOSSARY["trekker"]["nl"]
    found = {}
    for _, row in table.iterrows():  # the English column is English on purpose
        if words := english_in(f"{row['term']}. {row['uitleg']}"):
            found[row["term"]] = words
    assert english_in(" ".join(table.columns)) == []
    assert found == {}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_table_follows_the_current_language(lang):
    with use(lang):
        assert list(i18n.glossary_table().columns) == list(i18n.glossary_table(lang).columns)


def test_the_table_is_sorted_by_term_in_both_languages():
    nl = list(i18n.glossary_table("nl")["term"])
    en = list(i18n.glossary_table("en")["Dutch term"])
    assert nl == en == sorted(i18n.GLOSSARY, key=str.lower)


def test_a_language_the_workbook_does_not_speak_is_a_plain_error():
    with pytest.raises(ValueError, match="fr"):
        i18n.glossary_table("fr")
