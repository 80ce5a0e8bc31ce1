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

**Two languages from the same source.** Every Dutch Markdown cell is followed by its English
twin: the same cell, translated, with ``"lang": "en"`` in its metadata (in MyST: a line
``+++ {"lang": "en"}`` before it, or ``+++ {"lang": "en", "tags": ["trainer-note"]}`` for a
trainer note). Code cells have no twin: both languages run the same code, and the kernel knows
its language from the ``.buurtsim-lang`` file in ``notebooks/en/`` (see
:mod:`buurtsim.language`). The English editions go to ``notebooks/en/`` and
``notebooks/en/trainer/``, under the name in the source's front matter
(``buurtsim: {en_name: 00_welcome}``). A source with one English cell must have them all; the
build names the first Dutch cell that has no twin.
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
ENGLISH = NOTEBOOKS / "en"
TRAINER_TAG = "trainer-note"
LANG_KEY = "lang"
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


class SourceError(ValueError):
    """A source whose two languages do not line up; the message names the file and the cell."""


def _tags(cell: nbformat.NotebookNode) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def _first_line(cell: nbformat.NotebookNode) -> str:
    return (cell.source.strip().splitlines() or [""])[0][:60]


def _pair(source: Path, read: list[nbformat.NotebookNode]) -> dict[str, list]:
    """The Dutch and English cell lists of one source: English twins replace their Dutch cell."""
    nl: list[nbformat.NotebookNode] = []
    en: list[nbformat.NotebookNode | None] = []
    for cell in read:
        if cell.get("metadata", {}).get(LANG_KEY) != "en":
            nl.append(cell)
            en.append(cell if cell.cell_type == "code" else None)
            continue
        if not nl or nl[-1].cell_type != "markdown" or en[-1] is not None:
            raise SourceError(
                f"{source.name}: the English cell '{_first_line(cell)}' does not follow a Dutch "
                "Markdown cell of its own"
            )
        if _tags(cell) != _tags(nl[-1]):
            raise SourceError(
                f"{source.name}: the English cell '{_first_line(cell)}' has tags {_tags(cell)}, "
                f"its Dutch cell {_tags(nl[-1])}"
            )
        en[-1] = cell
    missing = [nl[i] for i, cell in enumerate(en) if cell is None]
    if missing and len(missing) < sum(c.cell_type == "markdown" for c in nl):
        raise SourceError(
            f"{source.name}: the Dutch cell '{_first_line(missing[0])}' has no English twin "
            '(a cell after it, with +++ {"lang": "en"})'
        )
    out: dict[str, list] = {"nl": nl}
    if not missing:
        out["en"] = en
    return out


def _notebook(cells: list[nbformat.NotebookNode]) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata = {"kernelspec": dict(KERNEL), "language_info": {"name": "python"}}
    nbformat.validate(nb)
    return nb


def editions(source: Path) -> dict[str, nbformat.NotebookNode]:
    """The notebooks of one source, keyed ``(language, edition)`` as ``"nl/trainer"``,
    ``"nl/participant"``, and the English ones when the source has its English twins."""
    read = jupytext.read(source, fmt="md:myst")
    out = {}
    for lang, raw in _pair(source, read.cells).items():
        cells = [_clean(cell, i) for i, cell in enumerate(raw)]
        out[f"{lang}/trainer"] = _notebook(cells)
        out[f"{lang}/participant"] = _notebook([c for c in cells if not is_trainer_note(c)])
    return out


def english_name(source: Path) -> str:
    """The English edition's file name (without ``.ipynb``), from the source's front matter."""
    meta = jupytext.read(source, fmt="md:myst").metadata.get("buurtsim", {})
    return str(meta.get("en_name", source.stem))


def targets(source: Path, root: Path = NOTEBOOKS) -> dict[str, Path]:
    """Where the editions of ``source`` go, keyed like :func:`editions`."""
    name, en = f"{source.stem}.ipynb", f"{english_name(source)}.ipynb"
    return {
        "nl/participant": root / name,
        "nl/trainer": root / "trainer" / name,
        "en/participant": root / "en" / en,
        "en/trainer": root / "en" / "trainer" / en,
    }


def expected(source: Path, root: Path = NOTEBOOKS) -> dict[Path, str]:
    """The text the build writes, per file, for one source."""
    made = editions(source)
    return {
        path: nbformat.writes(made[e]) + "\n"
        for e, path in targets(source, root).items()
        if e in made
    }


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
    folders = [root, root / "trainer", root / "en", root / "en" / "trainer"]
    orphans = [p for folder in folders for p in folder.glob("*.ipynb") if p not in want]
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
