"""The workshop log's file: its columns, its lock, the atomic replace and its errors in words.

:class:`~.log.WorkshopLog` reads and writes through these; see its docstring for why a save
replaces the whole file rather than appending to it. :mod:`.logread` reads a log found on disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from ..experiments import OUTCOMES
from ..i18n import tf
from ..language import resolve
from ..scenarios import parameters

LOG_NAME = "workshop-log.csv"
LOCK_NAME = ".workshop-log.lock"
#: damaged lines set aside from the log, with their line numbers (never overwritten)
SIDE_NAME = "workshop-log-beschadigde-regels.csv"

#: the version of the log's format, written in every row (column ``log_version``). A row
#: without it was written before the column existed: version 1.
LOG_VERSION = 2

#: the columns before the settings
ID_COLUMNS: tuple[str, ...] = ("timestamp", "group", "seed")
#: the columns after the outcomes: the format version; the device session that saved the row
#: (a group is its name plus its session); the batch (one save, so a retry is never saved
#: twice); what kind of run it is ("ensemble" or "game"); and a game's rules and verdicts (JSON)
META_COLUMNS: tuple[str, ...] = ("log_version", "session", "batch", "kind", "game")


def log_columns() -> tuple[str, ...]:
    """Every column of a workshop log, in order: id columns, all settings, all outcomes and the
    meta columns. A log written by another version may have fewer or more: columns are matched
    by name (see :mod:`.logread`)."""
    return (*ID_COLUMNS, *parameters(), *OUTCOMES, *META_COLUMNS)


def problem(key: str, **values) -> tuple[str, str]:
    """A problem in English and in Dutch, from the translation table."""
    return tf(key, "en", **values), tf(key, "nl", **values)


def os_reason(exc: OSError, lang: str | None = None) -> str:
    """What an operating system's refusal means, in words (never its English message)."""
    name = errno.errorcode.get(exc.errno or 0, "")
    key = f"os_{name}"
    from ..i18n import LABELS

    if key in LABELS:
        return tf(key, lang)
    return tf("os_other", lang, code=name or exc.errno or "?")


def write_protected(path: Path) -> bool:
    """True when ``path`` exists and nobody may write it (e.g. ``chmod 444``, or read-only on
    Windows). Checked on the mode bits, so it holds for an administrator too."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


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

    def text(self, lang: str | None = None) -> str:
        """The problem in ``lang`` (Dutch for the Dutch dashboard, else the English message)."""
        return self.nl if resolve(lang) == "nl" else str(self)


# --- one lock per folder --------------------------------------------------------------------------
@contextlib.contextmanager
def locked(folder: Path, timeout: float = 10.0, name: str = LOCK_NAME) -> Iterator[None]:
    """Hold the folder's lock file (``.workshop-log.lock``) while reading and replacing the log.

    An OS lock (``fcntl.flock`` on Linux/macOS, ``msvcrt.locking`` on Windows) is released by the
    operating system when the process dies, so a crashed kernel never leaves the log locked.
    """
    path = folder / name
    handle = open(path, "a+b")  # noqa: SIM115 - closed in the finally below
    deadline = time.monotonic() + timeout
    try:
        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            import msvcrt

            while True:
                try:
                    handle.seek(0)
                    msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            while True:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        words = problem("log_locked", name=path.name, seconds=f"{timeout:g}")
                        raise WorkshopLogError(folder / LOG_NAME, None, *words) from None
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
