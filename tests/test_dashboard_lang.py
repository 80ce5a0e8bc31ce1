"""The workshop dashboard in English and its NL | EN switch (issue 11); the server's language is
tested in ``tests/test_workshop_serve.py``.

Headless, like ``tests/test_dashboard.py``: one group runs, asks for the debrief, plays the
municipality to the end and makes a report, and every text the dashboard then shows is scanned
for words of the other language (``tests/langscan.py``; the kept Dutch terms of the method are
allowed). The switch must keep what the group chose and did.
"""

from __future__ import annotations

import html
import re

import pytest
from langscan import dutch_in, english_in
from test_dutch import _texts

from buurtsim import i18n
from buurtsim.language import ENV, MARKER
from buurtsim.widgets.dashboard import Dashboard, DashboardError
from buurtsim.widgets.dashboard.common import TAB_KEYS, error_text
from buurtsim.workshop.server_state import STATE_NAME, ServerState

SHORT = {"run.weeks": 30}
NAME = "Group Sun"


def make(folder, **kwargs) -> Dashboard:
    return Dashboard(folder, runs=2, fixed=SHORT, **kwargs)


def _play_to_the_end(d: Dashboard) -> None:
    d.game_start.click()
    assert d.game is not None, d.game_status.value
    while not d.game.finished:
        for dd in d.verdicts.values():
            dd.value = "trim"
        d.game_next.click()


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    """An English dashboard after a whole afternoon: a run, the debrief, a game, a report."""
    folder = tmp_path_factory.mktemp("workshop-en")
    d = make(folder, lang="en")
    d.group_name.value = NAME
    d.controls["municipality.control"].value = 0.9
    d.controls["facilitator.outreach"].value = "door_to_door"
    d.run_button.click()
    d.debrief_button.click()
    _play_to_the_end(d)
    d.report_groups.value = (NAME,)
    d.report_button.click()
    d.export_button.click()
    assert d.error is None, d.error
    return d


def _leaks(d: Dashboard, scan) -> dict[str, list[str]]:
    shown = _texts(d.widget)
    assert len(shown) > 80  # the walk reaches every tab, the game and the debrief
    return {text[:70]: scan(text) for text in shown if scan(text)}


def test_the_english_dashboard_speaks_english(english):
    d = english
    assert list(d.tabs.titles) == [i18n.t(k, "en") for k in TAB_KEYS]
    assert d.run_button.description == "Simulate"
    assert d.controls["municipality.control"].description == "Municipal control"
    assert f"{NAME}</b>: 2 runs (seeds 1-2) saved in the log" in d.run_status.value
    assert "· 3 runs of 1 group" in d.log_status.value  # two runs and the game
    assert "<th>group</th>" in d.comparison_html.value
    assert d.debrief_button.description == "Show the talking points"
    assert d.debrief_html.value.count("<li>") == len(d.debrief_points) >= 3
    assert "your municipality" in d.game_end.value and "The game ended" in d.game_status.value
    assert "Report saved" in d.report_status.value and "Saved:" in d.export_status.value
    assert _leaks(d, dutch_in) == {}


def test_the_switch_keeps_the_group_and_its_results_and_speaks_dutch(english):
    d = english
    points_en = list(d.debrief_points)
    d.tabs.selected_index = 2
    d.set_language("nl")
    try:
        assert d.lang_switch.value == "nl" and d.tabs.selected_index == 2
        assert list(d.tabs.titles)[0] == "Groepen kiezen instellingen"
        assert d.group_name.value == NAME and d.controls["municipality.control"].value == 0.9
        assert d.controls["facilitator.outreach"].value == "door_to_door"
        assert d.controls["municipality.control"].description == "Controle door de gemeente"
        assert "2 simulaties (startgetallen 1-2) bewaard" in d.run_status.value
        assert "Jullie groep" in d.name_status.value
        # the same talking points, said again in Dutch (the run is not simulated again)
        assert len(d.debrief_points) == len(points_en) and d.debrief_points != points_en
        assert "jullie gemeente" in d.game_end.value and "Rapport bewaard" in d.report_status.value
        assert d.report_groups.value == (NAME,)
        assert _leaks(d, english_in) == {}
    finally:
        d.set_language("en")
    assert d.debrief_points == points_en


def test_a_game_in_play_survives_the_switch_with_the_verdicts_picked(tmp_path):
    d = make(tmp_path, lang="nl")
    d.group_name.value = "Groep Zon"
    d.game_start.click()
    pending = list(d.verdicts)
    assert pending, d.game_status.value
    d.verdicts[pending[0]].value = "veto"
    d.lang_switch.value = "en"  # what the NL | EN buttons do
    assert d.lang == "en" and list(d.verdicts) == pending
    assert d.verdicts[pending[0]].value == "veto"
    assert ("veto", "veto") in d.verdicts[pending[0]].options
    row = d.game_pending.children[0].children[0].value
    assert row.startswith(f"<b>Proposal {pending[0]}</b>") and "street" in row
    assert re.search(r"Week \d+: \d+ proposals? awaits? your verdict", d.game_status.value)
    d.game_next.click()
    assert d.game.decisions[0]["verdict"] == "veto"
    assert dutch_in(d.game_status.value) == []


def test_errors_are_said_again_in_the_other_language(tmp_path):
    d = make(tmp_path, lang="en")
    d.runs.value = "2.5"
    d.group_name.value = "Group Moon"
    d.run_button.click()
    assert "Runs: '2.5' is not a whole number" in html.unescape(d.run_status.value)
    d.set_language("nl")
    assert "Aantal simulaties: '2.5' is geen geheel getal" in html.unescape(d.run_status.value)
    assert d.runs.value == "2.5"  # what was typed stays, even when it is wrong
    exc = DashboardError("report_count", n=7)
    assert "one to four groups" in exc.text("en") and "één tot vier" in exc.text("nl")
    assert "Dit kan niet" in error_text(exc)


def test_the_starting_language_comes_from_the_environment_or_the_english_folder(
    tmp_path, monkeypatch
):
    monkeypatch.setenv(ENV, "en")
    assert make(tmp_path / "a").lang == "en"
    monkeypatch.delenv(ENV)
    english_folder = tmp_path / "en"
    english_folder.mkdir()
    (english_folder / MARKER).write_text("en\n", encoding="utf-8")
    monkeypatch.chdir(english_folder)  # where Voilà starts the kernel of notebooks/en/
    board = make(tmp_path / "b")
    assert board.lang == "en" and board.lang_switch.value == "en"
    assert "buurtsim-lang" in board.lang_switch._dom_classes
    assert [label for label, _ in board.lang_switch._options_full] == ["NL", "EN"]


def test_a_device_keeps_its_language_after_f5(tmp_path, monkeypatch):
    state_file = tmp_path / STATE_NAME
    monkeypatch.setenv("BUURTSIM_WORKSHOP_STATE", str(state_file))
    monkeypatch.setenv("BUURTSIM_DEVICE", "toestel1")
    monkeypatch.setenv(ENV, "nl")
    first = make(tmp_path / "log")
    assert first.lang == "nl"
    first.set_language("en")
    assert ServerState(state_file).language_of("toestel1") == "en"
    assert make(tmp_path / "log").lang == "en"  # the same browser after F5
