"""Build the workbook's two editions from its one source per notebook (``make notebooks``).

Each notebook has one source: ``notebooks/source/NAME.md``, a Jupytext MyST Markdown file. Edit
that file (in any editor, or in JupyterLab: right-click, *Open With*, *Jupytext Notebook*), then
run ``make notebooks``. The build writes two editions of every notebook, without outputs:

- ``notebooks/NAME.ipynb``, the **participant** edition: every cell except trainer notes;
- ``notebooks/trainer/NAME.ipynb``, the **trainer** edition: every cell.

A trainer note is a cell tagged ``trainer-note`` (in MyST: a ``+++ {"tags": ["trainer-note"]}``
line before it) that starts with ``> **Noot voor de trainer**``. Cell ids are the cell's place
in the source (``c00``, ``c01``, ...), the same in both editions.

``tests/test_notebooks.py`` fails when a committed notebook is not what this build makes, so a
change made in an ``.ipynb`` is never lost silently: move it into the source. Run from the
repository root::

    .venv/bin/python scripts/build_notebooks.py           # write both editions
    .venv/bin/python scripts/build_notebooks.py --check   # list the stale notebooks, exit 1
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import jupytext
import nbformat

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
SOURCES = NOTEBOOKS / "source"
TRAINER = NOTEBOOKS / "trainer"
TRAINER_TAG = "trainer-note"
KERNEL = {"display_name": "Python 3", "language": "python", "name": "python3"}


def sources(folder: Path = SOURCES) -> list[Path]:
    """Every notebook source, sorted by name."""
    return sorted(folder.glob("*.md"))


def is_trainer_note(cell: nbformat.NotebookNode) -> bool:
    return TRAINER_TAG in cell.get("metadata", {}).get("tags", [])


def _clean(cell: nbformat.NotebookNode, index: int) -> nbformat.NotebookNode:
    """A cell as the editions store it: a stable id, no outputs, no Jupytext leftovers."""
    metadata = {"tags": list(cell.metadata["tags"])} if cell.metadata.get("tags") else {}
    if cell.cell_type == "code":
        new = nbformat.v4.new_code_cell(cell.source, metadata=metadata)
    else:
        new = nbformat.v4.new_markdown_cell(cell.source, metadata=metadata)
    new["id"] = f"c{index:02d}"
    return new


def editions(source: Path) -> dict[str, nbformat.NotebookNode]:
    """The trainer and participant notebooks of one source, keyed by edition."""
    read = jupytext.read(source, fmt="md:myst")
    cells = [_clean(cell, i) for i, cell in enumerate(read.cells)]
    out = {}
    for edition, kept in (
        ("trainer", cells),
        ("participant", [c for c in cells if not is_trainer_note(c)]),
    ):
        nb = nbformat.v4.new_notebook(cells=kept)
        nb.metadata = {"kernelspec": dict(KERNEL), "language_info": {"name": "python"}}
        nbformat.validate(nb)
        out[edition] = nb
    return out


def targets(source: Path, root: Path = NOTEBOOKS) -> dict[str, Path]:
    """Where the editions of ``source`` go."""
    name = f"{source.stem}.ipynb"
    return {"participant": root / name, "trainer": root / "trainer" / name}


def expected(source: Path, root: Path = NOTEBOOKS) -> dict[Path, str]:
    """The text the build writes, per file, for one source."""
    made = editions(source)
    return {path: nbformat.writes(made[e]) + "\n" for e, path in targets(source, root).items()}


def everything(folder: Path = SOURCES, root: Path = NOTEBOOKS) -> dict[Path, str]:
    """The text of every notebook the build writes."""
    out: dict[Path, str] = {}
    for source in sources(folder):
        out.update(expected(source, root))
    return out


def stale(folder: Path = SOURCES, root: Path = NOTEBOOKS) -> list[Path]:
    """Committed notebooks that differ from the build (missing, changed, or without a source)."""
    want = everything(folder, root)
    wrong = [p for p, text in want.items() if not p.is_file() or p.read_text("utf-8") != text]
    orphans = [
        p for p in [*root.glob("*.ipynb"), *(root / "trainer").glob("*.ipynb")] if p not in want
    ]
    return sorted(wrong + orphans)


def build(folder: Path = SOURCES, root: Path = NOTEBOOKS) -> list[Path]:
    """Write both editions of every source; returns the files written."""
    written = []
    for path, text in everything(folder, root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.is_file() or path.read_text("utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list stale notebooks")
    args = parser.parse_args(argv)
    if args.check:
        wrong = stale()
        for path in wrong:
            print(f"stale: {path.relative_to(ROOT)} (edit notebooks/source/, run make notebooks)")
        return 1 if wrong else 0
    for path in build():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
