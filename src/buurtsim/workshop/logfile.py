"""The workshop log's file: its columns, its lock, the atomic replace and the check of a log found.

:class:`~.log.WorkshopLog` reads and writes through these; see its docstring for why a save
replaces the whole file rather than appending to it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..experiments import OUTCOMES
from ..scenarios import parameters

LOG_NAME = "workshop-log.csv"
LOCK_NAME = ".workshop-log.lock"

#: the columns before the settings
ID_COLUMNS: tuple[str, ...] = ("timestamp", "group", "seed")


def log_columns() -> tuple[str, ...]:
    """Every column of a workshop log, in order: id columns, all settings, all outcomes."""
    return (*ID_COLUMNS, *parameters(), *OUTCOMES)


class WorkshopLogError(RuntimeError):
    """A workshop log that cannot be read or written.

    ``path`` is the file, ``line`` the line at fault (1 = the header; ``None`` when the problem is
    not one line) and ``problem`` what is wrong, in plain English; ``nl`` is the same in Dutch, for
    the dashboard's status line.
    """

    def __init__(self, path: Path, line: int | None, problem: str, nl: str | None = None):
        self.path = Path(path)
        self.line = line
        self.problem = problem
        where = f"{self.path}, line {line}" if line is not None else str(self.path)
        where_nl = f"{self.path}, regel {line}" if line is not None else str(self.path)
        self.nl = f"{where_nl}: {nl or problem}"
        super().__init__(f"{where}: {problem}")


# --- one lock per folder --------------------------------------------------------------------------
@contextlib.contextmanager
def locked(folder: Path, timeout: float = 10.0) -> Iterator[None]:
    """Hold the folder's lock file (``.workshop-log.lock``) while reading and replacing the log.

    An OS lock (``fcntl.flock`` on Linux/macOS, ``msvcrt.locking`` on Windows) is released by the
    operating system when the process dies, so a crashed kernel never leaves the log locked.
    """
    path = folder / LOCK_NAME
    handle = open(path, "a+b")  # noqa: SIM115 - closed in the finally below
    deadline = time.monotonic() + timeout
    try:
        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            import msvcrt

            while True:
                try:
                    handle.seek(0)
                    msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            while True:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise WorkshopLogError(
                            folder / LOG_NAME,
                            None,
                            f"another program has held {path.name} for {timeout:g} s",
                            f"een ander programma houdt {path.name} al {timeout:g} s vast",
                        ) from None
                    time.sleep(0.05)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    finally:
        handle.close()


def fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    if os.name == "nt":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_file(folder: Path, path: Path, data: bytes, mode: int) -> None:
    """Put ``data`` at ``path`` in one step: a temporary file in ``folder``, flushed, fsynced and
    renamed over ``path`` (with permissions ``mode``); on any failure the temporary file goes."""
    fd, tmp = tempfile.mkstemp(prefix=".workshop-log-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            # mkstemp makes the file private (0600); keep the log readable as before
            with contextlib.suppress(OSError):
                os.chmod(tmp, mode)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(folder)


# --- checking a log found on disk -----------------------------------------------------------------
def check_log(path: Path, data: bytes) -> list[str]:
    """Validate the whole file; return its header or raise with the first line at fault."""
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark (from Excel) is fine
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise WorkshopLogError(
            path,
            line,
            "this line is not UTF-8 text (was the file saved from another program?)",
            "deze regel is geen UTF-8-tekst (werd het bestand in een ander programma bewaard?)",
        ) from None
    if not text.strip():
        raise WorkshopLogError(
            path,
            1,
            "the file holds only blank lines: no header",
            "het bestand heeft geen kopregel",
        )
    last_line = text.count("\n") + (0 if text.endswith("\n") else 1)
    if not text.endswith("\n"):
        raise WorkshopLogError(
            path,
            last_line,
            "the last line is incomplete: the file ends in the middle of a row "
            "(was a save interrupted?)",
            "de laatste regel is onvolledig: het bestand stopt midden in een rij "
            "(werd het bewaren onderbroken?)",
        )
    reader = csv.reader(io.StringIO(text), strict=True)
    info = parameters()
    header: list[str] = []
    start = 1
    try:
        for record in reader:
            line = start
            start = reader.line_num + 1
            if not header:
                header = record
                _check_header(path, header)
                continue
            _check_record(path, record, header, line, info)
    except csv.Error as exc:
        raise WorkshopLogError(
            path, start, f"this line is not valid CSV ({exc})", f"geen geldige CSV ({exc})"
        ) from None
    return header


def _check_header(path: Path, header: list[str]) -> None:
    if tuple(header[: len(ID_COLUMNS)]) != ID_COLUMNS:
        raise WorkshopLogError(
            path,
            1,
            f"the header must start with {','.join(ID_COLUMNS)}, not {','.join(header[:3])}",
            f"de kopregel moet beginnen met {','.join(ID_COLUMNS)}",
        )
    dup = sorted({c for c in header if header.count(c) > 1})
    if dup:
        raise WorkshopLogError(
            path, 1, f"column(s) {', '.join(dup)} appear twice", f"dubbele kolom(men): {dup}"
        )
    missing = [o for o in OUTCOMES if o not in header]
    if missing:
        raise WorkshopLogError(
            path,
            1,
            f"the header lacks the outcome column(s) {', '.join(missing)}",
            f"de kopregel mist de kolom(men) {', '.join(missing)}",
        )


def _is_number_or_empty(text: str) -> bool:
    return text == "" or _is_number(text)


def _is_whole(text: str) -> bool:
    return text.strip().lstrip("-").isdigit()


def _cell_rule(column: str, info) -> tuple[Callable[[str], bool], str] | None:
    """How a cell of ``column`` is checked, and what it must be; None when any text will do."""
    if column == "seed":
        return _is_whole, "a whole number"
    if column in OUTCOMES:
        return _is_number_or_empty, "a number (or empty)"
    if column in info and info[column].choices is None and info[column].kind in (int, float):
        return _is_number, "a number"
    return None


def _check_record(path: Path, record: list[str], header: list[str], line: int, info) -> None:
    if len(record) != len(header):
        raise WorkshopLogError(
            path,
            line,
            f"this row has {len(record)} fields where the header has {len(header)}",
            f"deze rij heeft {len(record)} velden, de kopregel {len(header)}",
        )
    for column, value in zip(header, record, strict=True):
        rule = _cell_rule(column, info)
        if rule is not None and not rule[0](value):
            raise WorkshopLogError(
                path,
                line,
                f"`{column}` is {value!r}, which is not {rule[1]}",
                f"`{column}` is {value!r} en dat is geen getal",
            )


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
