"""Tiny helpers that turn the cell lists of notebooks 05-09 into ``.ipynb`` files.

Each ``nbXX.py`` beside this file defines ``NAME`` and ``CELLS`` (a list built with :func:`md`,
:func:`code` and :func:`trainer`) and calls :func:`write` when run::

    .venv/bin/python notebooks/_src/nb05.py

The notebooks are written without outputs, with the ``python3`` kernel, so they can be committed
as they are. Run ``--all`` on this file to rebuild 05-09 at once.
"""

from __future__ import annotations

import importlib.util
import sys
import textwrap
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent
NOTEBOOKS = HERE.parent
MINE = ("nb05", "nb06", "nb07", "nb08", "nb09")


def _clean(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


def md(text: str):
    """A markdown cell."""
    return new_markdown_cell(_clean(text))


def code(text: str):
    """A code cell, stored without outputs."""
    cell = new_code_cell(_clean(text))
    cell.execution_count = None
    cell.outputs = []
    return cell


def trainer(text: str):
    """A trainer note: a blockquote that starts with the bold marker, tagged ``trainer-note``."""
    lines = ["**Noot voor de trainer**", "", *_clean(text).splitlines()]
    body = "\n".join(f"> {line}".rstrip() for line in lines)
    return new_markdown_cell(body, metadata={"tags": ["trainer-note"]})


def write(name: str, cells: list) -> Path:
    """Write ``notebooks/<name>.ipynb`` with the ``python3`` kernel and no outputs."""
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.metadata["language_info"] = {"name": "python"}
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"{name[:2]}-{i:02d}"
    nbformat.validate(nb)
    path = NOTEBOOKS / f"{name}.ipynb"
    nbformat.write(nb, path)
    return path


def build(module: str) -> Path:
    """Import ``notebooks/_src/<module>.py`` and write its notebook."""
    spec = importlib.util.spec_from_file_location(module, HERE / f"{module}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return write(mod.NAME, mod.CELLS)


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for name in sys.argv[1:] if len(sys.argv) > 1 and sys.argv[1] != "--all" else MINE:
        print(build(name))
