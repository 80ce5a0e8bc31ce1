"""Build notebooks 00-04 of the Dutch workbook from their sources ``nb00.py`` ... ``nb04.py``.

Each source module holds ``NAME`` (the notebook file name) and ``CELLS``, a list made with
:func:`md`, :func:`code` and :func:`note`. The notebooks are written without outputs, with the
``python3`` kernel. Run from the repository root::

    .venv/bin/python notebooks/_src/nb00_04_build.py            # all five
    .venv/bin/python notebooks/_src/nb00_04_build.py nb02       # just one
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from textwrap import dedent

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent
NOTEBOOKS = HERE.parent
SOURCES = ("nb00", "nb01", "nb02", "nb03", "nb04")
TRAINER_TAG = "trainer-note"


def _clean(text: str) -> str:
    return dedent(text).strip("\n")


def md(text: str) -> nbformat.NotebookNode:
    """A narrative cell."""
    return new_markdown_cell(_clean(text))


def code(text: str) -> nbformat.NotebookNode:
    """A short code cell (a few lines: create a panel, call a function, set a value)."""
    return new_code_cell(_clean(text))


def note(text: str) -> nbformat.NotebookNode:
    """A trainer note: a tagged blockquote that starts with **Noot voor de trainer**."""
    lines = ["**Noot voor de trainer**", "", *_clean(text).splitlines()]
    body = "\n".join(f"> {line}".rstrip() for line in lines)
    return new_markdown_cell(body, metadata={"tags": [TRAINER_TAG]})


def build(cells: list[nbformat.NotebookNode]) -> nbformat.NotebookNode:
    nb = new_notebook(cells=cells)
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"c{i:02d}"
    nbformat.validate(nb)
    return nb


def write(source: str) -> Path:
    module = importlib.import_module(source)
    path = NOTEBOOKS / module.NAME
    nbformat.write(build(module.CELLS), path)
    return path


def main(argv: list[str]) -> None:
    sys.path.insert(0, str(HERE))
    for source in argv or SOURCES:
        print(write(source).relative_to(NOTEBOOKS.parent))


if __name__ == "__main__":
    main(sys.argv[1:])
