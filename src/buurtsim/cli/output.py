"""Where ``buurtsim`` writes: output folders that never overwrite results, atomic files, records."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import secrets
import shlex
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from .. import __version__
from ..i18n import t, tf
from ..scenarios import Scenario
from .common import UserError

#: the files ``run`` and ``sweep`` write; a folder holding any of them holds saved results
RESULT_FILES = ("summary.csv", "timeseries.csv", "scenario.yaml", "run.json")


# --- output folder and files ----------------------------------------------------------------


def _default_out(scenario_path: str, what: str = "") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return Path("results") / f"{Path(scenario_path).stem}-{what}{stamp}"


def _holds_results(folder: Path) -> bool:
    return any((folder / name).exists() for name in RESULT_FILES)


def os_reason(exc: OSError) -> str:
    """Why the operating system refused, in words of the current language (never its English
    ``strerror``); imported when needed, as the workshop package is slow to import."""
    from ..workshop.logfile import os_reason as words

    return words(exc)


def _make_folder(folder: Path, failure: str = "cli_out_create") -> None:
    """Create ``folder``; if that fails, a :class:`UserError` from the label ``failure`` (with
    ``{folder}`` and ``{reason}``)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(tf(failure, folder=folder, reason=os_reason(exc))) from None


def _free_folder(requested: Path, taken: Callable[[Path], bool]) -> Path:
    """``requested``, or the first of ``FOLDER-2``, ``-3``, ... that is a folder free of results
    (created on the way)."""
    folder, k = requested, 1
    while True:
        if folder.exists() and not folder.is_dir():
            if folder == requested:
                raise UserError(tf("cli_out_is_file", folder=folder))
        else:
            _make_folder(folder)
            if not taken(folder):
                return folder
        k += 1
        folder = requested.with_name(f"{requested.name}-{k}")


def _check_writable(folder: Path) -> None:
    probe = folder / f".buurtsim-write-test-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise UserError(tf("cli_out_write", folder=folder, reason=os_reason(exc))) from None


def _prepare_out(requested: Path, taken: Callable[[Path], bool] = _holds_results) -> Path:
    """Create the output folder, or ``FOLDER-2``, ``-3``, ... if it already holds results."""
    folder = _free_folder(requested, taken)
    _check_writable(folder)
    if folder != requested:
        note(tf("cli_out_taken", requested=requested, folder=folder))
    return folder


def _write_atomic(path: Path, write: Callable[[Path], Any]) -> None:
    """Write through a temporary file in the same folder, then move it into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _write_text(path: Path, text: str) -> None:
    _write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _write_csv(path: Path, table: pd.DataFrame) -> None:
    # Missing values (no realisation yet) are empty cells.
    _write_atomic(path, lambda tmp: table.to_csv(tmp, index=False, na_rep=""))


def _scenario_yaml(scenario: Scenario, source: str, command: str) -> str:
    header = (
        f"# The fully resolved scenario of: {command}\n"
        f"# From {source}, written by buurtsim {__version__}; every parameter is listed,\n"
        "# so `buurtsim run` on this file redoes the run (with the seeds in run.json).\n"
    )
    body = yaml.safe_dump(
        scenario.model_dump(mode="json"), sort_keys=False, allow_unicode=True, width=100
    )
    return header + body


def _run_record(command: str, argv: Sequence[str], **fields: Any) -> str:
    import mesa

    record = {
        "buurtsim": __version__,
        "command": command,
        "argv": list(argv),
        **fields,
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "mesa": mesa.__version__,
        "numpy": np.__version__,
        "pandas": pd.__version__,
        "platform": platform.platform(),
    }
    return json.dumps(record, indent=2, ensure_ascii=False, default=str) + "\n"


def _saved_texts(
    scenario: Scenario, source: str, argv: Sequence[str], **fields: Any
) -> dict[str, str]:
    """``scenario.yaml`` and ``run.json``: what it takes to redo the command ``argv``."""
    command = shlex.join(["buurtsim", *argv])
    return {
        "scenario.yaml": _scenario_yaml(scenario, source, command),
        "run.json": _run_record(command, argv, scenario_file=source, **fields),
    }


def _write_results(folder: Path, tables: dict[str, pd.DataFrame], texts: dict[str, str]) -> None:
    try:
        for name, text in texts.items():
            _write_text(folder / name, text)
        for name, table in tables.items():  # summary.csv last: it marks a complete result
            _write_csv(folder / name, table)
    except OSError as exc:
        raise UserError(tf("cli_results_write", folder=folder, reason=os_reason(exc))) from None


def _progress(total: int, label: str):
    """A tqdm bar on stderr for more than one run, and the callback that drives it."""
    if total <= 1:
        return None, False
    from tqdm import tqdm

    bar = tqdm(total=total, unit=t("cli_bar_unit"), desc=label, file=sys.stderr, leave=False)

    def tick(done: int, _total: int) -> None:
        bar.update(done - bar.n)

    return bar, tick


def _files_text(folder: Path, names: Sequence[str]) -> str:
    return tf("cli_results_in", folder=f"{folder}{os.sep}", files=", ".join(names))


def note(text: str) -> None:
    """A note for the user on stderr: ``let op: ...`` (``note: ...``)."""
    print(f"{t('cli_note')}: {text}", file=sys.stderr)
