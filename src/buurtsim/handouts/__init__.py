"""The paper pack for a workshop without laptops: ``buurtsim handouts [--out MAP]``.

One folder with

* ``werkmap.html``: a self-contained, printable A4 document (print CSS, a page per section):
  a cover with how to use it; the method on one page, with its sources; exercise 1 (the group
  cards, the scenarios side by side with their tables and plots, the talking points of one run
  each); exercise 2 (the proposals of a game to judge on paper, and what sets of verdicts and
  the dashboard's extra rules did); the debrief questions;
* ``werkmap.pdf``: the same, printed by a headless Chromium, when one is found;
* ``werkmap.json``: every setting and seed behind every number, to make the pack again.

The folder is new or empty: an existing one with files in it is never written into (the pack
goes to ``MAP-2``, ``MAP-3``, ...).

>>> from buurtsim.handouts import make_handouts   # doctest: +SKIP
>>> made = make_handouts("papieren-werkmap", runs=10, seed=0)   # doctest: +SKIP
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..i18n import tf
from ..language import use
from .exercises import HandoutsError, parameters_record, run_exercise1, run_exercise2
from .exercises import scenario_paths as scenario_paths
from .page import RECORD_NAME, document
from .pdf import PdfError, find_chromium, print_pdf
from .write import free_folder, write_json, write_new

HTML_NAME = "werkmap.html"
PDF_NAME = "werkmap.pdf"
#: the folder of the pack when ``--out`` is not given (relative to the working directory)
DEFAULT_FOLDER = "papieren-werkmap"
#: runs per scenario by default: as many as the trainer guide asks of every group
DEFAULT_RUNS = 10


@dataclass
class Written:
    """What :func:`make_handouts` wrote, and any note for the trainer (in its language)."""

    folder: Path
    files: list[Path]
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _scenarios_folder() -> Path:
    from ..widgets.controls import scenarios_dir

    folder = scenarios_dir()
    return folder if folder is not None else Path("scenarios")


def _pdf(html_file: Path, chromium: str | None) -> tuple[list[Path], list[str]]:
    if chromium is None:
        return [], [tf("ho_no_pdf", html=html_file)]
    try:
        return [print_pdf(html_file, html_file.with_name(PDF_NAME), chromium)], []
    except PdfError as exc:
        return [], [tf("ho_pdf_failed", html=html_file, reason=exc)]


def make_handouts(
    out: str | os.PathLike[str] = DEFAULT_FOLDER,
    runs: int = DEFAULT_RUNS,
    seed: int = 0,
    processes: int | None = None,
    pdf: bool = True,
    command: str | None = None,
    lang: str | None = None,
) -> Written:
    """Run every simulation of the pack and write it into a new (or empty) folder.

    The folder is chosen first, so a bad ``out`` fails before any simulation runs. Raises
    :class:`HandoutsError` for a folder that cannot be made or written. The pack, its notes and
    its errors are in ``lang`` (``None``: the current language).
    """
    with use(lang):
        return _make(Path(out), int(runs), int(seed), processes, pdf, command)


def _make(
    out: Path, runs: int, seed: int, processes: int | None, pdf: bool, command: str | None
) -> Written:
    if int(runs) < 1:
        raise HandoutsError(tf("ho_runs_min", runs=runs))
    started = time.monotonic()
    files = scenario_paths(_scenarios_folder())
    folder = free_folder(Path(out).expanduser())
    ex1 = run_exercise1(files, int(runs), int(seed), processes)
    ex2 = run_exercise2(files[0], int(seed), int(runs))
    record = {
        "buurtsim": __version__,
        "command": command,
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        **parameters_record(ex1, ex2),
    }
    written = [
        write_new(folder / HTML_NAME, document(ex1, ex2, command)),
        write_json(folder / RECORD_NAME, record),
    ]
    notes: list[str] = []
    if pdf:
        made, notes = _pdf(written[0], find_chromium())
        written += made
    return Written(folder, written, notes, time.monotonic() - started)


__all__ = [
    "DEFAULT_FOLDER",
    "DEFAULT_RUNS",
    "HTML_NAME",
    "PDF_NAME",
    "HandoutsError",
    "Written",
    "make_handouts",
]
