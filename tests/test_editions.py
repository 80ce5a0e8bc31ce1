"""The Dutch and English editions of the workbook are one notebook in two languages (issue 11).

Both come from one source (``notebooks/source/*.md``, see ``scripts/build_notebooks.py``): the
same cells, in the same order, with the same kinds, ids, tags and code; only the words of the
Markdown cells differ. The English edition speaks English (no Dutch words beyond the terms of the
method it keeps) and has the same parts as the Dutch one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from langscan import dutch_in
from test_notebooks import build, cells

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
ENGLISH = NOTEBOOKS / "en"
SOURCES = sorted((NOTEBOOKS / "source").glob("*.md"))


def pairs() -> list[tuple[Path, Path]]:
    """(Dutch, English) notebook of every edition and language, for sources with an English
    edition."""
    out = []
    for source in SOURCES:
        where = build.targets(source)
        for edition in ("participant", "trainer"):
            nl, en = where[f"nl/{edition}"], where[f"en/{edition}"]
            if en.is_file():
                out.append((nl, en))
    return out


def _id(pair: tuple[Path, Path]) -> str:
    return str(pair[1].relative_to(NOTEBOOKS))


def _shape(cell: dict) -> dict:
    """A cell without its words: kind, id, tags, and the code of a code cell."""
    shape = {k: v for k, v in cell.items() if k != "source"}
    if cell["cell_type"] == "code":
        shape["code"] = "".join(cell["source"])
    return shape


@pytest.mark.parametrize("pair", pairs(), ids=_id)
def test_both_languages_have_the_same_cells_tags_and_code(pair):
    nl, en = (cells(p) for p in pair)
    assert [c["cell_type"] for c in en] == [c["cell_type"] for c in nl]
    assert [_shape(c) for c in en] == [_shape(c) for c in nl]


@pytest.mark.parametrize("pair", pairs(), ids=_id)
def test_every_markdown_cell_is_translated(pair):
    nl, en = (cells(p) for p in pair)
    same = [
        "".join(a["source"])[:60]
        for a, b in zip(nl, en, strict=True)
        if a["cell_type"] == "markdown" and a["source"] == b["source"]
    ]
    assert not same, f"{pair[1].name}: cells left in Dutch: {same}"


PARTICIPANT_EN = sorted(ENGLISH.glob("*.ipynb"))


@pytest.mark.parametrize("path", PARTICIPANT_EN, ids=lambda p: p.stem)
def test_the_english_participant_edition_has_no_dutch_words(path):
    found = {}
    for i, cell in enumerate(cells(path)):
        if cell["cell_type"] == "markdown":
            words = dutch_in("".join(cell["source"]))
            if words:
                found[f"cell {i}"] = words
    assert not found, f"{path.name}: Dutch words in the English edition: {found}"


@pytest.mark.parametrize(
    "path", sorted((ENGLISH / "trainer").glob("[0-9]*.ipynb")), ids=lambda p: p.stem
)
def test_each_english_phase_has_goals_questions_an_exercise_and_trainer_notes(path):
    nb = cells(path)
    markdown = "\n".join("".join(c["source"]) for c in nb if c["cell_type"] == "markdown")
    assert "Learning goals" in markdown
    assert "Question for the group" in markdown
    assert "Try it yourself" in markdown
    notes = [c for c in nb if "trainer-note" in c.get("metadata", {}).get("tags", [])]
    assert notes and all(
        "".join(c["source"]).lstrip().startswith("> **Note for the trainer**") for c in notes
    )


def test_every_notebook_has_its_english_edition():
    missing = [
        str(path.relative_to(ROOT))
        for source in SOURCES
        for key, path in build.targets(source).items()
        if key.startswith("en/") and not path.is_file()
    ]
    assert not missing, f"English editions missing (translate the source): {missing}"
    assert len(pairs()) == 2 * len(SOURCES)
