"""The workbook's notebooks: stored without outputs, and each has what a phase needs.

Running them is nbval's job (`make test` runs `pytest --nbval-lax notebooks`); this file checks
how they are stored and built, which nbval does not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
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
ALL = sorted(NOTEBOOKS.glob("*.ipynb"))
MAX_CODE_LINES = 8  # code cells stay short: the machinery lives in src/buurtsim


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def text(cell: dict) -> str:
    return "".join(cell["source"])


def test_every_phase_of_the_method_has_a_notebook():
    assert [p.stem for p in ALL if p.stem[:2].isdigit()] == PHASES
    assert (NOTEBOOKS / "workshop.ipynb").exists()


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.stem)
def test_stored_without_outputs_and_with_the_python3_kernel(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [], f"{path.name}: a code cell has stored outputs"
            assert cell["execution_count"] is None, f"{path.name}: an execution count is stored"


@pytest.mark.parametrize("name", PHASES)
def test_each_phase_has_goals_questions_an_exercise_a_panel_and_trainer_notes(name):
    nb = cells(NOTEBOOKS / f"{name}.ipynb")
    markdown = "\n".join(text(c) for c in nb if c["cell_type"] == "markdown")
    code = [text(c) for c in nb if c["cell_type"] == "code"]
    assert "Leerdoelen" in markdown
    assert "Vraag voor de groep" in markdown
    assert "Probeer zelf" in markdown
    assert any("buurtsim.exercises" in c for c in code), "no checking function for Probeer zelf"
    assert any("buurtsim.widgets" in c for c in code), "no interactive panel"
    notes = [c for c in nb if "trainer-note" in c.get("metadata", {}).get("tags", [])]
    assert notes, "no trainer note"
    assert all(text(c).lstrip().startswith("> **Noot voor de trainer**") for c in notes)
    for c in code:
        assert len(c.strip().splitlines()) <= MAX_CODE_LINES, f"long code cell in {name}:\n{c}"
