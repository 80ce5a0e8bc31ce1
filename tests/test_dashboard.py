"""The workshop dashboard, headless: set widgets, click buttons, check the log and what is shown.

Runs are short (``run.weeks`` 30 through ``fixed``, 2 runs per group) so the file takes seconds.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

import buurtsim
from buurtsim.widgets.dashboard import GROUP_KEYS, TAB_TITLES, Dashboard, default_folder
from buurtsim.workshop import LOG_NAME, VERDICTS, WorkshopLog

SHORT = {"run.weeks": 30}


def make(folder, **kwargs) -> Dashboard:
    return Dashboard(folder, runs=2, fixed=SHORT, **kwargs)


def run_group(d: Dashboard, name: str, **settings) -> None:
    """What a group does: type its name, move some controls, click Simuleer."""
    d.group_name.value = name
    for key, value in settings.items():
        d.controls[key].value = value
    d.run_button.click()


@pytest.fixture(scope="module")
def two_groups(tmp_path_factory):
    """A dashboard on a fresh folder after two groups ran: strict and hands-off."""
    folder = tmp_path_factory.mktemp("workshop")
    d = make(folder)
    run_group(d, "Groep Streng", **{"municipality.control": 0.9})
    run_group(
        d, "Groep Los", **{"municipality.control": 0.1, "facilitator.outreach": "door_to_door"}
    )
    return d, folder


def test_the_parts_and_the_generated_controls(tmp_path):
    d = make(tmp_path / "log")
    assert tuple(d.tabs.titles) == TAB_TITLES
    assert tuple(d.controls) == GROUP_KEYS
    info = buurtsim.parameters()
    for key, w in d.controls.items():
        assert w.description == info[key].nl  # the schema's label, not a second one
        assert f"buurtsim-control-{key.replace('.', '-').replace('_', '-')}" in w._dom_classes
    assert d.controls["municipality.control"].value == 0.3  # from scenarios/arendonk.yaml
    assert d.runs.value == "2" and d.run_button.description == "Simuleer"
    for w, cls in [
        (d.group_name, "buurtsim-group-name"),
        (d.run_button, "buurtsim-run"),
        (d.comparison_html, "buurtsim-comparison"),
        (d.folder, "buurtsim-log-folder"),
        (d.progress, "buurtsim-progress"),
    ]:
        assert cls in w._dom_classes
    # the default folder is not made until the first save (a headless run leaves nothing)
    assert not (tmp_path / "log").exists()
    assert "nog leeg" in d.log_status.value


def test_the_default_folder_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("BUURTSIM_WORKSHOP_DIR", str(tmp_path / "mine"))
    assert default_folder() == (tmp_path / "mine").resolve()
    monkeypatch.delenv("BUURTSIM_WORKSHOP_DIR")
    monkeypatch.chdir(tmp_path)
    assert default_folder() == (tmp_path / "workshop-log").resolve()
    assert Dashboard(fixed=SHORT).folder.value == str(tmp_path / "workshop-log")


def test_two_groups_appear_in_the_comparison_and_in_the_log(two_groups):
    d, folder = two_groups
    assert list(d.comparison.index) == ["Groep Streng", "Groep Los"]
    assert d.comparison["runs"].tolist() == [2, 2]
    assert d.comparison["seeds"].tolist() == ["1-2", "1-2"]
    html_table = d.comparison_html.value
    assert "data-group='Groep Streng'" in html_table and "data-group='Groep Los'" in html_table
    assert "gerealiseerde initiatieven" in html_table  # Dutch outcome labels
    assert "Manier om bewoners te bereiken: huis aan huis" in html_table  # settings in words
    assert d.progress.value == d.progress.max == 2

    log = pd.read_csv(folder / LOG_NAME)
    assert log["group"].tolist() == ["Groep Streng"] * 2 + ["Groep Los"] * 2
    assert log["seed"].tolist() == [1, 2, 1, 2]
    assert log["municipality.control"].tolist() == [0.9, 0.9, 0.1, 0.1]
    assert log["facilitator.outreach"].tolist() == ["core_group"] * 2 + ["door_to_door"] * 2
    assert (log["run.weeks"] == 30).all()  # `fixed` reached every run
    # the comparison shows the medians of exactly the logged runs
    for group, rows in log.groupby("group"):
        assert d.comparison.loc[group, "proposals"] == rows["proposals"].median()
    # and the bars were drawn from them, one colour per group
    counts = d.plot_data["counts"]
    assert list(dict.fromkeys(counts["group"])) == ["Groep Streng", "Groep Los"]
    strict = counts.query("group == 'Groep Streng' and outcome == 'initiatives_vetoed'")
    assert strict["median"].item() == log[log.group == "Groep Streng"].initiatives_vetoed.median()


def test_a_kernel_restart_reloads_the_comparison(two_groups):
    d, folder = two_groups
    again = make(folder)  # a new kernel: nothing in memory, only the file
    assert list(again.comparison.index) == ["Groep Streng", "Groep Los"]
    pd.testing.assert_frame_equal(again.comparison, d.comparison)
    assert "4 simulaties van 2 groepen" in again.log_status.value
    assert list(again.debrief_group.options) == ["Groep Streng", "Groep Los"]


def test_a_group_without_a_name_is_refused_in_dutch(tmp_path):
    d = make(tmp_path)
    run_group(d, "   ")
    assert "geef je groep eerst een naam" in d.run_status.value
    assert "Traceback" not in d.run_status.value
    assert not (tmp_path / LOG_NAME).exists()


def test_a_damaged_line_is_set_aside_and_every_other_run_still_shows(tmp_path):
    d = make(tmp_path)
    run_group(d, "Groep A")
    path = tmp_path / LOG_NAME
    text = path.read_text()
    path.write_text(text[:-40])  # a save cut off in the middle of line 3

    d2 = make(tmp_path)  # e.g. after a restart
    assert list(d2.comparison.index) == ["Groep A"]  # line 2 still counts
    assert d2.comparison["runs"].tolist() == [1]
    status = d2.log_status.value
    assert "regel 3" in status and "beschadigde-regels" in status
    assert "Traceback" not in status
    run_group(d2, "Groep B")  # and saving still works
    assert "bewaard in het logboek" in d2.run_status.value
    assert list(d2.comparison.index) == ["Groep A", "Groep B"]


def test_choosing_another_folder_creates_it_and_loads_its_log(two_groups, tmp_path):
    d0, folder = two_groups
    d = make(tmp_path / "first")
    target = tmp_path / "sub" / "workshop 2"
    d.folder.value = str(target)  # the trainer types a folder and presses Enter
    assert target.is_dir()
    assert d.log.folder == target.resolve()
    assert "nog leeg" in d.log_status.value
    d.folder.value = str(folder)
    assert list(d.comparison.index) == ["Groep Streng", "Groep Los"]
    file_there = tmp_path / "plain-file"
    file_there.write_text("x")
    d.folder.value = str(file_there)
    assert "geen map" in d.log_status.value
    assert d.log.folder == folder.resolve()  # the previous folder stays in use


def test_the_base_scenario_sets_the_controls(tmp_path):
    d = make(tmp_path)
    d.base.value = "olmen"
    olmen = buurtsim.load_scenario(d.files["olmen"])
    assert d.controls["neighbourhood.households"].value == olmen.neighbourhood.households
    assert d.scenario().neighbourhood.name == "Olmen"
    assert d.scenario().run.weeks == 30
    # the workshop's narrower budget slider never clips a scenario's own value
    assert d.controls["budget.amount"].max >= olmen.budget.amount


def test_the_debrief_reruns_the_groups_last_run(two_groups):
    d, folder = two_groups
    d.debrief_group.value = "Groep Los"
    d.debrief_button.click()
    assert 3 <= len(d.debrief_points) <= 5
    assert d.debrief_html.value.count("<li>") == len(d.debrief_points)
    log = WorkshopLog(folder).load()
    last = log[log.group == "Groep Los"].iloc[-1]
    rerun = d.debrief_result.summary
    assert rerun["seed"] == last["seed"] == 2
    for outcome in ("proposals", "initiatives_realised", "budget_spent", "ownership_end"):
        assert rerun[outcome] == pytest.approx(last[outcome], abs=1e-12), outcome


def test_the_report_is_written_in_the_log_folder_and_never_overwritten(two_groups):
    d, folder = two_groups
    d.report_groups.value = ("Groep Streng", "Groep Los")
    d.report_button.click()
    first = d.report_path
    assert first == folder.resolve() / "rapport.html"
    text = first.read_text(encoding="utf-8")
    assert "Groep Streng" in text and "Groep Los" in text
    assert "2 simulaties per scenario" in text  # the groups' own number of runs
    assert str(first) in d.report_status.value and "data:text/html;base64," in d.report_status.value
    d.report_button.click()
    assert d.report_path == folder.resolve() / "rapport-2.html"
    assert first.read_text(encoding="utf-8") == text
    d.report_groups.value = ()
    d.report_button.click()
    assert "kies één tot vier groepen" in d.report_status.value


def test_export_saves_csv_and_excel_next_to_the_log(two_groups):
    d, folder = two_groups
    d.export_button.click()
    csv_path, xlsx_path = d.exported
    assert csv_path.parent == folder.resolve() and xlsx_path.exists()
    assert pd.read_csv(csv_path)["group"].tolist() == WorkshopLog(folder).load()["group"].tolist()


def test_playing_the_municipality_through_the_widgets(tmp_path):
    d = make(tmp_path)
    d.rule_max_cost.value = True
    d.group_name.value = "Groep Gemeente"
    d.rule_max_cost_value.value = "2000"
    d.game_start.click()
    game = d.game
    assert [r.text for r in game.rules] == ["hoogstens € 2.000 per project"]
    rounds, vetoed = 0, []
    while not game.finished:
        assert d.verdicts and not d.game_next.disabled
        assert set(d.verdicts) == {p.id for p in game.pending}
        assert {v for _, v in next(iter(d.verdicts.values())).options} == set(VERDICTS)
        first = min(d.verdicts)
        d.verdicts[first].value = "veto"  # the first proposal of every review is vetoed
        vetoed.append(first)
        d.game_next.click()
        rounds += 1
        assert rounds < 60
    assert rounds >= 1
    assert [x["id"] for x in game.decisions if x["verdict"] == "veto"] == vetoed
    assert game.result().summary["initiatives_vetoed"] == len(vetoed)
    assert d.game_next.disabled and not d.verdicts
    table = d.game_table
    assert list(table.index) == ["jullie gemeente", "loslatende gemeente", "strenge gemeente"]
    assert (table["seed"] == 1).all()
    end = d.game_end.value
    assert "loslatende gemeente" in end and "hoogstens € 2.000 per project" in end
    assert 3 <= len(d.game_points) <= 5
    assert end.count("<li>") == len(d.game_points)
    assert re.search(rf"{len(vetoed)} tegengehouden", d.game_status.value)


def test_deciding_before_the_game_starts_is_a_dutch_message(tmp_path):
    d = make(tmp_path)
    d._safely("game_status", d.decide_game)
    assert "start het spel" in d.game_status.value
