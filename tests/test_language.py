"""Which language the workbook speaks: BUURTSIM_LANG, a command's --lang, the English folder's
marker file, and Dutch otherwise (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from buurtsim import i18n, language

ROOT = Path(__file__).resolve().parents[1]


pytestmark = pytest.mark.usefixtures("default_language")


def test_dutch_is_the_default():
    assert language.current() == "nl"
    assert i18n.t("proposals") == "voorstellen"
    assert i18n.euro(8000) == "€ 8.000"


def test_the_environment_variable_switches_every_default(monkeypatch):
    monkeypatch.setenv(language.ENV, "EN")
    assert language.current() == "en"
    assert i18n.t("proposals") == "proposals"
    assert i18n.euro(8000) == "€8,000"
    assert i18n.t("proposals", "nl") == "voorstellen"  # an explicit language still wins


def test_a_bad_language_is_named_with_what_is_allowed(monkeypatch):
    monkeypatch.setenv(language.ENV, "fr")
    with pytest.raises(language.LanguageError, match="'fr'.*nl of en"):
        language.current()
    with pytest.raises(ValueError, match="choose nl or en"):
        i18n.t("proposals", "de")


def test_set_language_and_use_override_the_environment(monkeypatch):
    monkeypatch.setenv(language.ENV, "nl")
    language.set_language("en")
    assert i18n.t("proposals") == "proposals"
    with language.use("nl"):
        assert i18n.t("proposals") == "voorstellen"
    assert language.current() == "en"
    language.set_language(None)
    assert language.current() == "nl"


def test_the_marker_file_of_a_folder_and_its_trainer_subfolder(tmp_path, monkeypatch):
    (tmp_path / language.MARKER).write_text("en\n", encoding="utf-8")
    (tmp_path / "trainer").mkdir()
    assert language.current() == "en"
    monkeypatch.chdir(tmp_path / "trainer")
    assert language.current() == "en"


def test_the_english_notebooks_folder_carries_the_marker():
    marker = ROOT / "notebooks" / "en" / language.MARKER
    assert marker.read_text("utf-8").strip() == "en"
    assert not (ROOT / "notebooks" / language.MARKER).exists()
