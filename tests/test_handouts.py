"""The paper pack, ``buurtsim handouts``: written whole, in Dutch, never over saved files.

One pack of 3 runs per scenario is made once per module (about 8 s); the tests read it.
"""

from __future__ import annotations

import errno
import html
import json
import re
import shutil
from pathlib import Path

import pytest

from buurtsim.cli import main
from buurtsim.handouts import HTML_NAME, PDF_NAME, HandoutsError, make_handouts
from buurtsim.handouts.exercises import GROUP_SCENARIOS, run_exercise2, verdict_sets
from buurtsim.handouts.page import RECORD_NAME
from buurtsim.handouts.pdf import find_chromium
from buurtsim.handouts.sections import proposals_page
from buurtsim.i18n import t
from buurtsim.scenarios import load_scenario

RUNS = 3
SECTIONS = (
    "voorblad",
    "methode",
    "oefening-1-kaarten",
    "oefening-1-resultaten",
    "oefening-1-figuren",
    "oefening-1-gespreksstof",
    "oefening-2",
    "oefening-2-uitkomsten",
    "nabespreking",
)


@pytest.fixture(scope="module")
def pack(tmp_path_factory, scenario_dir):
    folder = tmp_path_factory.mktemp("pack") / "werkmap"
    made = make_handouts(folder, runs=RUNS, seed=0, processes=1, pdf=False, command="test")
    text = (made.folder / HTML_NAME).read_text(encoding="utf-8")
    record = json.loads((made.folder / RECORD_NAME).read_text(encoding="utf-8"))
    return made, text, record


def section_text(text: str, key: str) -> str:
    found = re.search(rf'<section class="page" id="{key}">(.*?)</section>', text, re.S)
    assert found, f"no section {key}"
    return html.unescape(found.group(1))


def test_the_pack_is_written_with_every_section_once(pack):
    made, text, _ = pack
    assert [p.name for p in made.files] == [HTML_NAME, RECORD_NAME]
    ids = re.findall(r'<section class="page" id="([^"]+)"', text)
    assert ids == list(SECTIONS)
    assert '<html lang="nl">' in text
    assert "@page { size: A4" in text and "break-after: page" in text
    # self-contained: no scripts, no links to fetch; the plots are data: images with alt text
    assert "<script" not in text and "http://" not in text and "https://" not in text
    images = re.findall(r'<img src="data:image/png;base64,[^"]+" alt="([^"]+)"', text)
    assert len(images) == 2 and all(images)


def test_exercise_1_shows_every_scenario_with_its_runs_and_seeds(pack, scenario_dir):
    _, text, record = pack
    names = [load_scenario(scenario_dir / f"{s}.yaml").neighbourhood.name for s in GROUP_SCENARIOS]
    results = section_text(text, "oefening-1-resultaten")
    for name in ["Arendonk", *names]:
        assert f"<th>{name}</th>" in results
    for outcome in ("proposals", "initiatives_realised", "trust_municipality_end"):
        assert t(outcome) in results
    assert f"{RUNS} simulaties met startgetallen 0 tot en met {RUNS - 1}" in results
    cards = section_text(text, "oefening-1-kaarten")
    assert cards.count('class="card"') == len(GROUP_SCENARIOS)
    assert "Controle door de gemeente: 0,9 (Arendonk: 0,3)" in cards
    talk = section_text(text, "oefening-1-gespreksstof")
    assert talk.count("<ol>") == 1 + len(GROUP_SCENARIOS)
    assert "één simulatie, startgetal 0" in talk
    saved = record["exercise_1"]
    assert saved["seeds"] == list(range(RUNS))
    assert [s["file"] for s in saved["scenarios"]][1:] == [f"{s}.yaml" for s in GROUP_SCENARIOS]
    strict = saved["scenarios"][1]["parameters"]
    assert strict["municipality.control"] == 0.9


def test_exercise_2_always_has_proposals_and_every_verdict_set(pack):
    _, text, record = pack
    game = record["exercise_2"]
    assert game["proposals"], "the paper game must bring proposals to judge"
    page = section_text(text, "oefening-2")
    assert page.count("class='proposal'") == len(game["proposals"])
    assert page.count("☐ goedkeuren") == len(game["proposals"])
    assert f"startgetal {game['seed']}" in page
    outcomes = section_text(text, "oefening-2-uitkomsten")
    rows = re.findall(r"<tr><td>(.*?)</td>", outcomes)
    assert len(rows) == len(verdict_sets(game["proposals"])) + 2 + 4  # + automatic, + rules
    assert "alles goedkeuren" in rows and "alleen voorstel A tegenhouden" in rows
    assert any(r.startswith("strenge gemeente (controle 0,9)") for r in rows)
    assert "hoogstens € 2.000 per project" in rows


def test_a_seed_without_proposals_moves_on_as_the_dashboard_does(scenario_dir):
    # in Arendonk, seed 29 brings no proposal to the municipality and seed 30 does
    game = run_exercise2(scenario_dir / "arendonk.yaml", 29, 1)
    assert (game.asked_seed, game.seed) == (29, 30) and game.proposals
    page = html.unescape(proposals_page(game))
    assert "Startgetal 29 bracht geen enkel voorstel tot bij de gemeente" in page
    assert "eerstvolgende startgetal dat dat wel doet (30)" in page


def test_the_debrief_and_the_method_summary_are_there_and_sourced(pack):
    _, text, _ = pack
    debrief = section_text(text, "nabespreking")
    assert debrief.count("<li>") == 7
    assert "[15]" in debrief and "[1]" in debrief
    assert "2019" not in debrief  # no invented date for the evaluation
    method = section_text(text, "methode")
    for fact in ("8.000 euro [8, 14]", "35 bewoners", "[10]", "Bronnen"):
        assert fact in method
    cover = section_text(text, "voorblad")
    assert "werkmap.json" in cover and "test" in cover  # where the settings are, the command


def test_a_second_call_never_overwrites(pack, tmp_path):
    made, _, _ = pack
    before = {p.name: p.read_bytes() for p in made.folder.iterdir()}
    again = make_handouts(made.folder, runs=1, seed=5, processes=1, pdf=False)
    assert again.folder == made.folder.with_name(made.folder.name + "-2")
    assert {p.name: p.read_bytes() for p in made.folder.iterdir()} == before
    # an existing empty folder is used as it is
    empty = tmp_path / "leeg"
    empty.mkdir()
    assert make_handouts(empty, runs=1, processes=1, pdf=False).folder == empty


def test_bad_out_gives_a_clear_dutch_error(tmp_path, capsys):
    a_file = tmp_path / "notities.txt"
    a_file.write_text("mijn notities", encoding="utf-8")
    assert main(["handouts", "--out", str(a_file), "--no-pdf", "--runs", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("fout: --out:") and "is een bestand, geen map" in err
    assert "Traceback" not in err and "error" not in err
    assert a_file.read_text(encoding="utf-8") == "mijn notities"
    with pytest.raises(HandoutsError, match="is een bestand"):
        make_handouts(a_file / "sub", runs=1, pdf=False)


def test_a_folder_that_cannot_be_made_is_refused_in_dutch(tmp_path, capsys, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)  # as a folder without write permission does
    assert main(["handouts", "--out", str(tmp_path / "werkmap"), "--runs", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("fout: --out: de map") and "kan niet gemaakt worden" in err
    assert "geen toestemming om hier te schrijven" in err and "Permission" not in err


def test_the_command_writes_the_pack_and_says_where(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BUURTSIM_CHROMIUM", str(tmp_path / "geen-chromium"))
    out = tmp_path / "werkmap"
    assert main(["handouts", "--out", str(out), "--runs", "1", "--processes", "1"]) == 0
    captured = capsys.readouterr()
    assert f"Werkmap geschreven in {out}" in captured.out and "werkmap.html" in captured.out
    assert "let op: geen PDF: Chromium is niet gevonden" in captured.err
    assert (out / HTML_NAME).is_file() and not (out / PDF_NAME).exists()


CHROMIUM = find_chromium()


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium to print the PDF")
def test_with_chromium_the_pack_is_also_a_pdf_of_one_page_per_section(tmp_path):
    made = make_handouts(tmp_path / "werkmap", runs=2, processes=1)
    pdf = made.folder / PDF_NAME
    assert pdf in made.files and not made.notes
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = max(int(n) for n in re.findall(rb"/Count (\d+)", data))
    assert pages == len(SECTIONS)
    assert not [p for p in made.folder.iterdir() if p.name.startswith(".")]  # no leftovers
    shutil.rmtree(made.folder)


# --- the English pack (issue 11) --------------------------------------------------------------


@pytest.fixture(scope="module")
def english_pack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pack-en") / "pack"
    made = make_handouts(folder, runs=2, seed=0, processes=1, pdf=False, command="x", lang="en")
    return (made.folder / HTML_NAME).read_text(encoding="utf-8")


def visible(page: str) -> str:
    """What a reader sees: the text and the alt texts, without CSS."""
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    alts = " ".join(re.findall(r'alt="([^"]*)"', page))
    return html.unescape(re.sub(r"<[^>]+>", " ", page) + " " + alts)


def test_the_english_pack_speaks_english(english_pack, scenario_dir):
    from langscan import dutch_in

    text = english_pack
    assert '<html lang="en">' in text
    assert "Exercise 1: the scenarios side by side" in text and "Debrief" in text
    assert "2 runs with seeds 0 to 1" in section_text(text, "oefening-1-resultaten")
    cards = section_text(text, "oefening-1-kaarten")
    assert "Municipal control: 0.9 (Arendonk: 0.3)" in cards
    page = section_text(text, "oefening-2")
    assert page.count("☐ approve") == page.count("class='proposal'") > 0
    names = [load_scenario(scenario_dir / f"{s}.yaml").neighbourhood.name for s in GROUP_SCENARIOS]
    seen = visible(text)
    for name in names:  # the scenarios' own names are data, like proper names
        seen = seen.replace(name, " ")
    assert dutch_in(seen) == []


def test_the_dutch_pack_has_no_english_words(pack, scenario_dir):
    from langscan import english_in

    _, text, _ = pack
    assert english_in(visible(text)) == []
