"""The Dutch interface speaks Dutch: no English word leaks into the participant edition of the
notebooks, the Dutch labels, the sliders' tooltips or the workshop dashboard (issue 10, item 7).

A leak is a word from :data:`LEAKS`: English words that have no Dutch homograph and that the
workbook used to show (``run`` and ``seed`` above all; their Dutch words are *simulatie* and
*startgetal*, see the glossary). Code, inline code, links, the ``[seed]`` source tag and quoted
titles of sources are not prose and are skipped.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import ipywidgets as widgets
import pytest
from langscan import english_in as leaks

from buurtsim import i18n
from buurtsim.scenarios import parameters

ROOT = Path(__file__).resolve().parents[1]
PARTICIPANT = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_leak_finder_finds_english_and_skips_code_and_titles():
    assert leaks("Eén run is een anekdote; kies een andere seed.") == ["run", "seed"]
    assert leaks("De **baseline** toont de median.") == ["baseline", "median"]
    assert leaks("Zet `runs=30` in de cel. ```python\nx(seed=1)\n```") == []
    assert leaks("--runs: minstens 1 simulatie, niet 0") == []
    assert leaks('Olken (2010), "Direct Democracy and Local Public Goods" [47]; [seed]') == []
    assert leaks("Eén simulatie met startgetal 7, plots anders, of niet.") == []


def _markdown(notebook: Path) -> str:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


@pytest.mark.parametrize("notebook", PARTICIPANT, ids=lambda p: p.stem)
def test_the_participant_edition_has_no_english_prose(notebook):
    assert leaks(_markdown(notebook)) == [], notebook.name


def test_every_dutch_label_and_tooltip_is_dutch():
    found = {}
    for key, entry in i18n.LABELS.items():
        if words := leaks(entry["nl"]):
            found[key] = words
    for key, info in parameters().items():
        if words := leaks(info.nl + " " + i18n.tooltip(key)):
            found[key] = words
    for term, entry in i18n.GLOSSARY.items():
        if words := leaks(entry["nl"]):
            found[term] = words
    assert found == {}


def _texts(w: widgets.Widget) -> list[str]:
    """Every text a widget tree shows: descriptions, tooltips, HTML and labels of options."""
    out = []
    for attr in ("description", "tooltip", "placeholder"):
        value = getattr(w, attr, None)
        if isinstance(value, str):
            out.append(value)
    if isinstance(w, widgets.HTML | widgets.Label):
        body = re.sub(r"<style.*?</style>", " ", w.value, flags=re.S)
        out.append(re.sub(r"<[^>]+>", " ", body))
    for option in getattr(w, "options", ()) or ():
        out.append(option[0] if isinstance(option, tuple) else str(option))
    if isinstance(w, widgets.Tab):
        out += [w.get_title(i) or "" for i in range(len(w.children))]
    for child in getattr(w, "children", ()) or ():
        out += _texts(child)
    return out


def test_the_dashboard_shows_no_english(tmp_path):
    from buurtsim.widgets.dashboard import Dashboard

    board = Dashboard(tmp_path / "log", runs=2, fixed={"run.weeks": 30})
    shown = _texts(board.widget)
    assert len(shown) > 50  # the walk reaches the tabs' contents
    found = {text[:60]: leaks(text) for text in shown if leaks(text)}
    assert found == {}
