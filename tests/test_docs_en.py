"""The English documentation (issue 11): English prose, the same sources as the Dutch guide,
links that lead somewhere, and the English notebooks' names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from langscan import dutch_in

ROOT = Path(__file__).resolve().parents[1]
DOCS_EN = ROOT / "docs" / "en"
GUIDE_EN = DOCS_EN / "trainer-guide.md"
GUIDE_NL = ROOT / "docs" / "trainer-guide.md"

#: the English edition's notebooks, as the guide names them (the sources' ``en_name``)
EN_NOTEBOOKS = (
    "00_welcome",
    "01_partners_and_neighbourhood",
    "02_speelveld",
    "03_kerngroep_and_residents",
    "04_ideas",
    "05_deciding",
    "06_carrying_out",
    "07_evaluation_and_sustainability",
    "08_scenario_lab",
    "09_under_the_bonnet",
)

PAGES = sorted(DOCS_EN.glob("*.md"))


def _sources_cited(text: str) -> set[str]:
    """Every source number in square brackets: [9], [seed, 8], [15, 16], [20-41]."""
    found: set[str] = set()
    for group in re.findall(r"\[((?:seed|\d+)(?:[-–]\d+)?(?:,\s*(?:seed|\d+))*)\]", text):
        found.update(part.strip() for part in group.split(","))
    return found


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_english_docs_have_no_dutch_prose(page):
    assert dutch_in(page.read_text("utf-8")) == []


def test_the_english_guide_cites_the_same_sources_as_the_dutch_one():
    english = _sources_cited(GUIDE_EN.read_text("utf-8"))
    dutch = _sources_cited(GUIDE_NL.read_text("utf-8"))
    assert "seed" in english
    assert english == dutch


def test_the_english_sources_list_has_every_number_of_the_dutch_one():
    bronnen = (ROOT / "docs" / "bronnen.md").read_text("utf-8")
    sources = (DOCS_EN / "sources.md").read_text("utf-8")
    rows = r"^\| (\[[^|]*\]|Pabulib) \|"
    assert re.findall(rows, sources, flags=re.M) == re.findall(rows, bronnen, flags=re.M)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_link_of_the_english_docs_leads_somewhere(page):
    text = page.read_text("utf-8")
    anchors = {_slug(h) for h in re.findall(r"^#+ (.+)$", text, flags=re.M)}
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if target.startswith("http"):
            continue
        path, _, anchor = target.partition("#")
        found = (page.parent / path).resolve().exists() if path else anchor in anchors
        if not found:
            broken.append(target)
    assert broken == []


def test_the_english_guide_names_the_english_notebooks():
    named = set(re.findall(r"`(\d\d_\w+)`", GUIDE_EN.read_text("utf-8")))
    assert named
    assert named <= set(EN_NOTEBOOKS), named - set(EN_NOTEBOOKS)


def test_the_english_notebook_names_are_those_the_build_writes():
    for source in sorted((ROOT / "notebooks" / "source").glob("[0-9][0-9]_*.md")):
        front = source.read_text("utf-8").split("---", 2)[1]
        name = (yaml.safe_load(front).get("buurtsim") or {}).get("en_name")
        if name is not None:  # a source not yet translated has no English edition
            assert name == EN_NOTEBOOKS[int(source.name[:2])], source.name


def test_the_guide_shows_how_to_start_the_english_edition():
    text = GUIDE_EN.read_text("utf-8")
    for command in (
        "python -m buurtsim workshop --lang en",
        "BUURTSIM_LANG=en make workshop",
        "python -m buurtsim handouts --lang en",
        "notebooks/en/00_welcome.ipynb",
        "voila notebooks/en/workshop.ipynb",
    ):
        assert command in text, command
