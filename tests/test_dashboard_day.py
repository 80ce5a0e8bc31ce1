"""The dashboard on the day: several devices, bad input and faults never break the workshop.

Headless, with short runs (``run.weeks`` 30, 1-2 runs); each test is a situation from a workshop.
"""

from __future__ import annotations

import html
import os

import pandas as pd
import pytest

from buurtsim.widgets.dashboard import Dashboard
from buurtsim.widgets.dashboard.common import error_text
from buurtsim.workshop import LOG_NAME, WorkshopLog
from buurtsim.workshop.game_start import playable_game, replay_game
from buurtsim.workshop.server_state import (
    DEVICE_ENV,
    START_ENV,
    STATE_ENV,
    TRAINER_ENV,
    ServerState,
)

SHORT = {"run.weeks": 30}


def make(folder=None, **kwargs) -> Dashboard:
    kwargs.setdefault("runs", 1)
    return Dashboard(folder, fixed=SHORT, **kwargs)


def run_group(d: Dashboard, name: str, **settings) -> None:
    d.group_name.value = name
    for key, value in settings.items():
        d.controls[key].value = value
    d.run_button.click()


@pytest.mark.parametrize(
    ("field", "typed", "words"),
    [
        ("runs", "2.5", "'2.5' is geen geheel getal"),
        ("runs", "1e9", "'1e9' is geen geheel getal"),
        ("runs", "", "Aantal simulaties is leeg"),
        ("runs", "500", "500 ligt niet tussen 1 en 100"),
        ("seed", "-3", "ligt niet tussen 0 en 1000000"),
        ("seed", "drie", "'drie' is geen geheel getal"),
    ],
)
def test_number_fields_refuse_what_they_cannot_read(tmp_path, field, typed, words):
    d = make(tmp_path)
    getattr(d, field).value = typed
    run_group(d, "Groep A")
    shown = html.unescape(d.run_status.value)
    assert words in shown
    assert ("Aantal simulaties" if field == "runs" else "Startgetal") in shown  # names the field
    assert not (tmp_path / LOG_NAME).exists()  # nothing was guessed, nothing was run


def test_two_devices_choosing_one_name_are_told_before_they_save(tmp_path):
    laptop = make(tmp_path, session="laptop")
    phone = make(tmp_path, session="phone")
    laptop.group_name.value = "Groep Zon"  # claimed as it is typed
    phone.group_name.value = "groep zon"
    assert "ander toestel" in phone.name_status.value  # told before saving
    assert "groep zon 2" in html.unescape(phone.name_status.value)  # with a free name to use
    run_group(phone, "groep zon")  # Simuleer anyway: refused before anything runs
    assert "ander toestel" in phone.run_status.value and phone.unsaved is None
    run_group(laptop, "Groep Zon")
    log = WorkshopLog(tmp_path).load()
    assert log["group"].tolist() == ["Groep Zon"] and log["session"].tolist() == ["laptop"]
    run_group(phone, "Groep Zon 2")
    log = WorkshopLog(tmp_path).load()
    assert log["group"].tolist() == ["Groep Zon", "Groep Zon 2"]
    assert log["session"].tolist() == ["laptop", "phone"]


def test_a_failed_save_keeps_the_runs_on_screen_and_a_retry_saves_them_once(tmp_path):
    d = make(tmp_path, runs=2)
    run_group(d, "Groep A")
    log_path = tmp_path / LOG_NAME
    os.chmod(log_path, 0o444)  # the trainer write-protected the log
    try:
        run_group(d, "Groep A", **{"municipality.control": 0.9})
        status = d.run_status.value
        assert "alleen-lezen" in status and "niet</b> bewaard" in status
        assert "Mediaan van de 2 simulaties" in status  # the results stay on screen
        assert d.retry_box.layout.display == "flex"
        assert len(pd.read_csv(log_path)) == 2  # the log was respected
    finally:
        os.chmod(log_path, 0o644)
    d.retry_button.click()
    d.retry_button.click()  # a second click finds nothing waiting
    log = pd.read_csv(log_path)
    assert log["municipality.control"].tolist() == [0.3, 0.3, 0.9, 0.9]
    assert d.retry_box.layout.display == "none"


def test_new_group_resets_the_settings_and_starts_a_new_session(tmp_path):
    d = make(tmp_path)
    run_group(d, "Groep A", **{"municipality.control": 0.9, "facilitator.outreach": "door_to_door"})
    d.runs.value = "7"
    first = d.session
    d.new_group_button.click()
    assert d.controls["municipality.control"].value == 0.3
    assert d.controls["facilitator.outreach"].value == "core_group"
    assert d.group_name.value == "" and d.runs.value == "1" and d.session != first
    assert "Nieuwe groep" in d.run_status.value
    run_group(d, "Groep A")  # the old group's name belongs to the old session
    assert "ander toestel" in d.run_status.value


def test_pages_refresh_by_themselves_when_another_page_saves(tmp_path):
    projector = make(tmp_path, view="trainer", session="trainer")
    group = make(tmp_path, session="tablet")
    run_group(group, "Groep Maan")
    assert projector.comparison.empty
    beat = projector.heartbeat.value
    projector.tick()  # what the hidden Play widget does every few seconds
    assert list(projector.comparison.index) == ["Groep Maan"]
    assert projector.heartbeat.value != beat and "verbinding met de server" in beat


def test_the_server_folder_is_chosen_once_by_the_trainer_for_every_page(tmp_path, monkeypatch):
    monkeypatch.setenv(STATE_ENV, str(tmp_path / "state.json"))
    monkeypatch.setenv(START_ENV, str(tmp_path))  # where the trainer started the server
    monkeypatch.setenv(TRAINER_ENV, "sleutel")
    monkeypatch.setenv(DEVICE_ENV, "browser-1")
    ServerState(tmp_path / "state.json").set_folder(tmp_path / "eerst")
    group = make()
    assert group.log.folder == tmp_path / "eerst"
    assert not group.may_choose_folder
    group.folder.value = str(tmp_path / "elders")
    assert "alleen de trainer" in group.log_status.value
    monkeypatch.setenv("QUERY_STRING", "trainer=sleutel")
    trainer = make(session="trainer")
    assert trainer.trainer and trainer.may_choose_folder
    trainer.folder.value = "workshops/dag-1"  # relative: from where the trainer started
    chosen = tmp_path / "workshops" / "dag-1"
    assert trainer.log.folder == chosen and chosen.is_dir()
    group.tick()
    assert group.log.folder == chosen  # the open page follows
    monkeypatch.setenv("QUERY_STRING", "")
    assert make().log.folder == chosen  # a new page (F5, a restart) too


def test_after_f5_a_device_keeps_its_group(tmp_path, monkeypatch):
    monkeypatch.setenv(STATE_ENV, str(tmp_path / "state.json"))
    monkeypatch.setenv(DEVICE_ENV, "browser-7")
    first = make(tmp_path)
    run_group(first, "Groep Ster")
    again = make(tmp_path)  # F5: a new kernel, the same browser
    assert again.session == first.session and again.group_name.value == "Groep Ster"
    run_group(again, "Groep Ster")
    assert WorkshopLog(tmp_path).load()["group"].tolist() == ["Groep Ster"] * 2


@pytest.mark.parametrize(
    "rules", [[("max_cost", 1000)], [("min_supporters", 3)], [("min_supporters", 2)]]
)
def test_the_game_always_brings_proposals_to_judge(rules):
    """The guide's example rule and the dashboard's rules, from every seed 1-10."""
    for seed in range(1, 11):
        game = playable_game("scenarios/arendonk.yaml", seed, rules)
        assert game is not None and game.pending, (rules, seed)
        assert seed <= game.seed < seed + 20


def test_a_game_is_saved_under_the_group_and_reaches_comparison_and_debrief(tmp_path):
    d = make(tmp_path)
    d.game_start.click()
    assert "geef je groep eerst een naam" in d.game_status.value
    d.group_name.value = "Groep Raad"
    d.rule_max_cost.value = True
    d.rule_max_cost_value.value = "1000"
    d.game_seed.value = "1"  # seed 1 brings no proposal under this rule: the game moves on
    d.game_start.click()
    assert d.game.seed != 1 and "jullie spelen met startgetal" in d.game_status.value
    first = min(d.verdicts)
    d.verdicts[first].value = "veto"
    d.game_next.click()
    # a game that runs is never wiped silently
    d.game_start.click()
    assert d.game is not None and d.game_start.description == "Ja, begin opnieuw"
    while not d.game.finished:
        d.game_next.click()
    log = WorkshopLog(tmp_path).load()
    row = log.iloc[-1]
    assert row["group"] == "Groep Raad" and row["kind"] == "game"
    assert row["initiatives_vetoed"] == d.game.result().summary["initiatives_vetoed"] >= 1
    assert "Groep Raad (gemeente)" in d.comparison.index
    assert "Groep Raad (gemeente)" in d.game_saved.value
    d.show_debrief("Groep Raad (gemeente)")
    assert d.debrief_result.summary["initiatives_vetoed"] == row["initiatives_vetoed"]
    again = replay_game(d.game.scenario, d.game.seed, row["game"])
    assert again.summary["budget_spent"] == row["budget_spent"]
    assert d.debrief_points == d.game_points


def test_no_message_mixes_in_english_from_the_system(tmp_path):
    shown = error_text(PermissionError(1, "Operation not permitted", str(tmp_path)))
    assert "geen toestemming" in shown and "Operation" not in shown
    assert "er liep iets mis" in error_text(KeyError("x")) and "KeyError" not in error_text(
        KeyError("x")
    )
