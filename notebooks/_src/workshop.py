"""Build ``notebooks/workshop.ipynb``, the trainer's dashboard (served with Voilà).

The notebook stays a few lines: the dashboard lives in :mod:`buurtsim.widgets.dashboard`, where
it is tested. Written without outputs, with the ``python3`` kernel. Run from the repository
root::

    .venv/bin/python notebooks/_src/workshop.py
"""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

NOTEBOOK = Path(__file__).resolve().parents[1] / "workshop.ipynb"

# Code only: Voilà hides the code and shows the dashboard, which carries its own title.
CELLS = [
    new_code_cell(
        dedent(
            """\
            # Het dashboard voor de trainer. Zonder code op het scherm start je het met
            #     voila notebooks/workshop.ipynb      (of: make workshop)
            # De uitleg voor de workshop staat in docs/trainer-guide.md.
            from buurtsim.widgets.dashboard import Dashboard"""
        )
    ),
    new_code_cell(
        dedent(
            """\
            # De map van het logboek: $BUURTSIM_WORKSHOP_DIR of ./workshop-log;
            # je kiest een andere map in het dashboard zelf.
            Dashboard()"""
        )
    ),
]


def build() -> nbformat.NotebookNode:
    nb = new_notebook(cells=CELLS)
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    }
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"workshop-{i}"
    nbformat.validate(nb)
    return nb


if __name__ == "__main__":
    nbformat.write(build(), NOTEBOOK)
    print(NOTEBOOK)
