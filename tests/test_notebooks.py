"""The workbook's notebooks: built from one source each, stored without outputs, and each has
what a phase needs.

Running them is nbval's job (`make test` runs `pytest --nbval-lax notebooks/*.ipynb`); this file
checks how they are stored and built, which nbval does not.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
TRAINER = NOTEBOOKS / "trainer"
PHASES = [
    "00_welkom",
    "01_partners_en_buurt",
    "02_speelveld",
    "03_kerngroep_en_bewoners",
    "04_ideeen",
    "05_beslissen",
    "06_uitvoeren",
    "07_evalueren_en_duurzaamheid",
    "08_scenariolab",
    "09_onder_de_motorkap",
]
ALL = sorted([*NOTEBOOKS.glob("*.ipynb"), *TRAINER.glob("*.ipynb")])
MAX_CODE_LINES = 8  # code cells stay short: the machinery lives in src/buurtsim
NOTE_MARK = "> **Noot voor de trainer**"


def _build_module():
    spec = importlib.util.spec_from_file_location(
        "build_notebooks", ROOT / "scripts/build_notebooks.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _build_module()


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def text(cell: dict) -> str:
    return "".join(cell["source"])


def is_note(cell: dict) -> bool:
    return "trainer-note" in cell.get("metadata", {}).get("tags", [])


def test_every_phase_of_the_method_has_a_source_and_two_editions():
    assert [p.stem for p in build.sources() if p.stem[:2].isdigit()] == PHASES
    for name in [*PHASES, "workshop"]:
        assert (NOTEBOOKS / f"{name}.ipynb").is_file()
        assert (TRAINER / f"{name}.ipynb").is_file()


def test_committed_notebooks_are_what_the_build_makes():
    wrong = [str(p.relative_to(ROOT)) for p in build.stale()]
    assert not wrong, (
        "these notebooks differ from their source in notebooks/source/: edit the source "
        f"(not the .ipynb) and run `make notebooks`: {wrong}"
    )


def test_the_build_notices_an_edit_made_in_a_notebook(tmp_path):
    sources, root = tmp_path / "source", tmp_path / "notebooks"
    sources.mkdir()
    (sources / "x.md").write_text(
        '# Titel\n\n+++ {"tags": ["trainer-note"]}\n\n> **Noot voor de trainer**\n>\n> geheim\n'
        "\n+++\n\nNog tekst\n\n```{code-cell} ipython3\n1 + 1\n```\n",
        encoding="utf-8",
    )
    assert set(build.stale(sources, root)) == {root / "x.ipynb", root / "trainer" / "x.ipynb"}
    build.build(sources, root)
    assert build.stale(sources, root) == []
    participant, trainer = cells(root / "x.ipynb"), cells(root / "trainer" / "x.ipynb")
    assert [c["id"] for c in trainer] == ["c00", "c01", "c02", "c03"]
    assert [c["id"] for c in participant] == ["c00", "c02", "c03"]
    assert "geheim" not in (root / "x.ipynb").read_text("utf-8")
    edited = (root / "x.ipynb").read_text("utf-8").replace("Nog tekst", "Nog tkest")
    (root / "x.ipynb").write_text(edited, encoding="utf-8")
    (root / "y.ipynb").write_text("{}", encoding="utf-8")
    assert build.stale(sources, root) == [root / "x.ipynb", root / "y.ipynb"]


@pytest.mark.parametrize("path", ALL, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_stored_without_outputs_and_with_the_python3_kernel(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [], f"{path.name}: a code cell has stored outputs"
            assert cell["execution_count"] is None, f"{path.name}: an execution count is stored"


@pytest.mark.parametrize("name", [*PHASES, "workshop"])
def test_the_participant_edition_is_the_trainer_edition_without_its_notes(name):
    participant, trainer = cells(NOTEBOOKS / f"{name}.ipynb"), cells(TRAINER / f"{name}.ipynb")
    assert not any(is_note(c) or NOTE_MARK in text(c) for c in participant)
    assert participant == [c for c in trainer if not is_note(c)]


@pytest.mark.parametrize("name", PHASES)
def test_each_phase_has_goals_questions_an_exercise_a_panel_and_trainer_notes(name):
    nb = cells(TRAINER / f"{name}.ipynb")
    markdown = "\n".join(text(c) for c in nb if c["cell_type"] == "markdown")
    code = [text(c) for c in nb if c["cell_type"] == "code"]
    assert "Leerdoelen" in markdown
    assert "Vraag voor de groep" in markdown
    assert "Probeer zelf" in markdown
    assert any("buurtsim.exercises" in c for c in code), "no checking function for Probeer zelf"
    assert any("buurtsim.widgets" in c for c in code), "no interactive panel"
    notes = [c for c in nb if is_note(c)]
    assert notes, "no trainer note"
    assert all(text(c).lstrip().startswith(NOTE_MARK) for c in notes)
    for c in code:
        assert len(c.strip().splitlines()) <= MAX_CODE_LINES, f"long code cell in {name}:\n{c}"


BILINGUAL = (
    "---\nbuurtsim:\n  en_name: x_en\n---\n\n# Titel\n\n"
    '+++ {"lang": "en"}\n\n# Title\n\n'
    '+++ {"tags": ["trainer-note"]}\n\n> **Noot voor de trainer**\n>\n> geheim\n\n'
    '+++ {"lang": "en", "tags": ["trainer-note"]}\n\n> **Note for the trainer**\n>\n> secret\n\n'
    "+++\n\nNog tekst\n\n"
    '+++ {"lang": "en"}\n\nMore text\n\n'
    "```{code-cell} ipython3\n1 + 1\n```\n"
)


def test_one_source_gives_both_languages_with_the_same_cells(tmp_path):
    sources, root = tmp_path / "source", tmp_path / "notebooks"
    sources.mkdir()
    (sources / "x.md").write_text(BILINGUAL, encoding="utf-8")
    build.build(sources, root)
    assert build.stale(sources, root) == []
    nl, en = cells(root / "trainer" / "x.ipynb"), cells(root / "en" / "trainer" / "x_en.ipynb")
    assert [text(c) for c in en] == [
        "# Title",
        "> **Note for the trainer**\n>\n> secret",
        "More text",
        "1 + 1",
    ]
    strip = [{k: v for k, v in c.items() if k != "source"} for c in nl]
    assert strip == [{k: v for k, v in c.items() if k != "source"} for c in en]
    assert "lang" not in json.dumps(en)
    participant = cells(root / "en" / "x_en.ipynb")
    assert [c["id"] for c in participant] == ["c00", "c02", "c03"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('+++ {"lang": "en"}\n\nMore text\n\n', ""), "'Nog tekst' has no English twin"),
        (('"lang": "en", "tags": ["trainer-note"]', '"lang": "en"'), "has tags"),
        (("+++\n\nNog tekst\n\n", ""), "does not follow a Dutch Markdown cell"),
    ],
)
def test_a_source_whose_languages_do_not_line_up_is_named(tmp_path, change, message):
    sources = tmp_path / "source"
    sources.mkdir()
    (sources / "x.md").write_text(BILINGUAL.replace(*change), encoding="utf-8")
    with pytest.raises(build.SourceError, match=message):
        build.build(sources, tmp_path / "notebooks")
