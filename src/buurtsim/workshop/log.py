"""The workshop log: every group's run, one CSV row each, in a folder the trainer chooses.

A row holds when it was saved, the group's name, the seed, every scenario setting under its dotted
key and every outcome of :data:`buurtsim.OUTCOMES`. The columns are always the same (the whole
schema and all outcomes), so a group that changed five settings and a group that changed one give
rows that line up.

>>> import tempfile, buurtsim
>>> folder = tempfile.mkdtemp()
>>> log = WorkshopLog(folder)
>>> result = buurtsim.simulate({"run": {"weeks": 20}}, seed=3)
>>> log.record("Groep A", result)
1
>>> df = WorkshopLog(folder).load()  # e.g. after a kernel restart
>>> df.loc[0, "group"], int(df.loc[0, "seed"])
('Groep A', 3)
"""

from __future__ import annotations

import json
import math
import os
import stat
import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from ..experiments import OUTCOMES, Result
from ..scenarios import Scenario, flatten, load_scenario, parameters, unflatten
from .groups import GROUP_OUTCOMES, batch_labels, compare_groups
from .logfile import (
    ID_COLUMNS,
    LOCK_NAME,
    LOG_NAME,
    LOG_VERSION,
    META_COLUMNS,
    SIDE_NAME,
    WorkshopLogError,
    locked,
    log_columns,
    os_reason,
    problem,
    replace_file,
    write_protected,
)
from .logtable import table_of
from .logwrite import appended, cell, new_log, reparse, set_aside, without_damage
from .names import NameTakenError, free_name, holder_of, name_key, read_claims, write_claims

__all__ = [
    "GROUP_OUTCOMES",
    "ID_COLUMNS",
    "LOCK_NAME",
    "LOG_NAME",
    "LOG_VERSION",
    "META_COLUMNS",
    "SIDE_NAME",
    "NameTakenError",
    "WorkshopLog",
    "WorkshopLogError",
    "batch_labels",
    "compare_groups",
    "log_columns",
]


def _clean_group(group: Any) -> str:
    text = " ".join(str(group).split())  # no newlines or tabs inside a name
    if not text:
        raise ValueError("the group name is empty; give each group a name, e.g. 'Groep 1'")
    if len(text) > 80:
        raise ValueError(f"the group name {text[:20]!r}... is {len(text)} characters; at most 80")
    return text


def new_batch() -> str:
    """A fresh batch id: one per save, so that a retried save is recognised."""
    return uuid.uuid4().hex[:16]


class WorkshopLog:
    """The log of one workshop: ``folder/workshop-log.csv``.

    Appending is atomic and never overwrites. Each save (:meth:`record`, :meth:`append`) takes the
    folder's lock file, reads the log as it is, writes *existing bytes + new rows* to a temporary
    file in the same folder, flushes and fsyncs it, and puts it in place with :func:`os.replace`.
    This was chosen over ``O_APPEND``:

    * a reader (the dashboard in another kernel, a trainer opening the file) sees either the old
      or the new file, never half a row, and a crash or power cut mid-write leaves the old log
      intact, where an interrupted ``O_APPEND`` write would leave a truncated last line;
    * the existing bytes are copied unchanged, so old rows are preserved byte for byte;
    * the cost, rewriting the file, is nothing at workshop sizes (hundreds of rows).

    The lock is still needed: without it two writers (two groups' kernels on the same folder)
    could both read the old file and the second ``os.replace`` would drop the first one's row.
    Every save carries a batch id: a save retried after an error that came *after* the write
    (say, a lost connection) finds its batch in the log and writes nothing twice.

    A log that a person or another program damaged still works: a damaged line (with its line
    number) moves to ``workshop-log-beschadigde-regels.csv`` beside the log, and every other row
    shows and takes new rows. A write-protected log (``chmod 444``, read-only in Windows) is
    read but never replaced. A log from another version of buurtsim loads and takes new rows:
    columns are matched by name (see :mod:`.logread`).

    A group is its name plus its device session: :meth:`record` with a ``session`` refuses a
    name that another session uses (:class:`NameTakenError`), so two devices choosing the same
    name never merge.
    """

    def __init__(self, folder: str | os.PathLike[str]):
        self.folder = Path(folder)
        self.path = self.folder / LOG_NAME
        #: the damaged lines the last :meth:`load` found: ``[(line, Dutch problem)]``
        self.damaged: list[tuple[int, str]] = []
        #: the same in English: ``[(line, English problem)]``
        self.damaged_en: list[tuple[int, str]] = []
        #: where they are kept (None when the log could not be changed, e.g. write-protected)
        self.set_aside_in: Path | None = None

    def __repr__(self) -> str:
        return f"WorkshopLog({str(self.folder)!r})"

    @property
    def columns(self) -> tuple[str, ...]:
        return log_columns()

    # --- writing ----------------------------------------------------------------------------------
    def record(
        self,
        group: str,
        runs: Result | pd.Series | pd.DataFrame | Mapping[str, Any] | Iterable[Mapping[str, Any]],
        scenario: Scenario | Mapping[str, Any] | str | None = None,
        timestamp: str | None = None,
        *,
        session: str | None = None,
        batch: str | None = None,
        kind: str = "ensemble",
        game: Mapping[str, Any] | None = None,
    ) -> int:
        """Append a group's run(s) and return how many rows were written.

        ``runs`` is a :class:`~buurtsim.Result`, a summary row (``result.summary`` or a row of
        :func:`buurtsim.ensemble`), a whole ensemble table, or mappings of the same shape. Each
        row needs ``seed`` and the outcomes; its settings are read from the row's dotted keys,
        or from ``scenario`` for rows that carry none. All rows go in with one atomic write.

        ``session`` is the device session of the group (None: no check of the name); ``batch``
        identifies this save (a retry with the same batch writes nothing and returns 0);
        ``kind`` is ``"ensemble"`` or ``"game"``, and ``game`` a game's rules and verdicts.
        """
        group = _clean_group(group)
        stamp = timestamp or datetime.now().astimezone().isoformat(timespec="seconds")
        meta = {
            "log_version": str(LOG_VERSION),
            "session": session or "",
            "batch": batch or new_batch(),
            "kind": kind,
            "game": json.dumps(game, sort_keys=True) if game else "",
        }
        rows = [self._row(group, stamp, r, scenario) | meta for r in _rows_of(runs)]
        if not rows:
            raise ValueError("there is no run to save: the table of runs is empty")
        return self._append(rows, group, session)

    def append(
        self,
        group: str,
        settings: Scenario | Mapping[str, Any],
        seed: int,
        outcomes: Mapping[str, Any],
        timestamp: str | None = None,
    ) -> None:
        """Append one run given as its parts: settings (a scenario or dotted keys), seed, outcomes.

        Dotted settings that are left out take the schema default.
        """
        if isinstance(settings, Scenario):
            row = {"seed": seed, **dict(outcomes)}
            self.record(group, row, scenario=settings, timestamp=timestamp)
        else:
            row = {**dict(settings), "seed": seed, **dict(outcomes)}
            self.record(group, row, scenario={}, timestamp=timestamp)

    def _row(self, group: str, stamp: str, run: Mapping[str, Any], scenario) -> dict[str, str]:
        run = dict(run)
        settings = _settings_of(run, scenario)
        _require_seed_and_outcomes(run)
        row = {"timestamp": stamp, "group": group, "seed": str(_whole_seed(run["seed"]))}
        row |= {k: cell(v) for k, v in settings.items()}
        row |= {o: cell(_outcome_number(o, run[o])) for o in OUTCOMES}
        return row

    def _append(self, rows: list[dict[str, str]], group: str, session: str | None) -> int:
        try:
            return self._write(rows, group, session)
        except OSError as exc:
            words = problem("log_not_saved", folder=self.folder, reason=os_reason(exc, "en"))
            nl = problem("log_not_saved", folder=self.folder, reason=os_reason(exc))[1]
            raise WorkshopLogError(self.path, None, words[0], nl) from exc

    def _refuse_if_protected(self) -> None:
        if write_protected(self.path):
            raise WorkshopLogError(self.path, None, *problem("log_read_only"))

    def _write(self, rows: list[dict[str, str]], group: str, session: str | None) -> int:
        self.folder.mkdir(parents=True, exist_ok=True)
        with locked(self.folder):
            self._refuse_if_protected()
            old = self.path.read_bytes() if self.path.exists() else b""
            parsed = reparse(self.path, old)
            if parsed is None:
                data, mode = new_log(rows), 0o644
            else:
                if any(r.cells.get("batch") == rows[0]["batch"] for r in parsed.rows):
                    return 0  # this very save is in the log already: a retry
                if parsed.damaged:
                    set_aside(self.folder, parsed.damaged)
                data, mode = appended(old, parsed, rows), stat.S_IMODE(self.path.stat().st_mode)
            if session is not None:
                self._check_name(group, session, parsed)
            replace_file(self.folder, self.path, data, mode)
        return len(rows)

    def _check_name(self, group: str, session: str, parsed) -> None:
        rows = parsed.rows if parsed else []
        holder = holder_of(group, rows, self.folder)
        if holder is not None and holder != session:
            raise NameTakenError(self.path, group, free_name(group, rows, self.folder))

    # --- names ------------------------------------------------------------------------------------
    def _rows_now(self) -> list:
        data = self.path.read_bytes() if self.path.exists() else b""
        try:
            parsed = reparse(self.path, data)
        except WorkshopLogError:
            return []
        return parsed.rows if parsed else []

    def claim_name(self, group: str, session: str) -> None:
        """Reserve ``group`` for ``session`` before it saves anything.

        Raises :class:`NameTakenError` (with a free name to suggest) when another session holds
        it; claiming a name twice, or one's own saved name, is fine. Creates the folder.
        """
        group = _clean_group(group)
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            with locked(self.folder):
                rows = self._rows_now()
                holder = holder_of(group, rows, self.folder)
                if holder is not None and holder != session:
                    raise NameTakenError(self.path, group, free_name(group, rows, self.folder))
                if holder is None:
                    write_claims(self.folder, read_claims(self.folder) | {name_key(group): session})
        except OSError as exc:
            nl = problem("log_not_saved", folder=self.folder, reason=os_reason(exc))[1]
            raise WorkshopLogError(self.path, None, str(exc), nl) from exc

    def release_name(self, group: str, session: str) -> None:
        """Give up a claim of ``session`` on ``group`` that no saved row uses (e.g. "Nieuwe
        groep" before the group saved anything). Saved names stay with their session."""
        key = name_key(group)
        if not key or read_claims(self.folder).get(key) != session:
            return
        try:
            with locked(self.folder):
                claims = read_claims(self.folder)
                used = any(name_key(r.cells.get("group", "")) == key for r in self._rows_now())
                if claims.get(key) == session and not used:
                    del claims[key]
                    write_claims(self.folder, claims)
        except (OSError, WorkshopLogError):
            pass  # a claim that stays is harmless: the name is just not offered to others

    def name_holder(self, group: str) -> str | None:
        """The session that holds ``group`` in this log (None: the name is free)."""
        return holder_of(_clean_group(group), self._rows_now(), self.folder)

    # --- reading ----------------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> pd.DataFrame:
        """All saved runs as a table (empty, with every column, when nothing is saved yet).

        Settings come back with their schema types, outcomes as floats (an empty cell is NaN),
        ``seed`` as an integer. Columns this version does not know are kept, as text; columns
        the log lacks are empty. Damaged lines are left out of the table, listed in
        :attr:`damaged` and set aside in the side file (unless the log is write-protected).
        A log whose header is not a workshop log's raises :class:`WorkshopLogError`.
        """
        data = self.path.read_bytes() if self.path.exists() else b""
        parsed = reparse(self.path, data)
        self.damaged, self.damaged_en, self.set_aside_in = [], [], None
        if parsed is None:  # nothing saved yet (an empty file is what the first save will fill)
            return pd.DataFrame(columns=list(log_columns()))
        if parsed.damaged:
            self.damaged = [(d.line, d.nl) for d in parsed.damaged]
            self.damaged_en = [(d.line, d.problem) for d in parsed.damaged]
            self.set_aside_in = self._set_aside()
        return table_of(parsed)

    def _set_aside(self) -> Path | None:
        """Move damaged lines to the side file, holding the lock; None when it cannot be done."""
        if write_protected(self.path):
            return None
        try:
            with locked(self.folder):
                parsed = reparse(self.path, self.path.read_bytes())
                if parsed is not None and parsed.damaged:
                    side = set_aside(self.folder, parsed.damaged)
                    mode = stat.S_IMODE(self.path.stat().st_mode)
                    replace_file(self.folder, self.path, without_damage(parsed), mode)
                    return side
        except (OSError, WorkshopLogError):
            return None
        return self.folder / SIDE_NAME

    def groups(self) -> list[str]:
        """The names of the groups in the log, in the order they first saved a run."""
        return list(dict.fromkeys(self.load()["group"]))

    def signature(self) -> tuple[int, int] | None:
        """The log file's (size, modification time): cheap to ask, changes with every save."""
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_size, st.st_mtime_ns


# --- one run as a row -----------------------------------------------------------------------------
def _settings_of(run: dict[str, Any], scenario) -> dict[str, Any]:
    """Every setting of the run, from its dotted keys or else ``scenario``, checked like a file."""
    keys = tuple(parameters())
    given = {k: run[k] for k in keys if k in run}
    if scenario is None and not given:
        raise ValueError(
            "this run carries no settings; pass the scenario it was run with "
            "(log.record(group, run, scenario=...))"
        )
    base = flatten(load_scenario(scenario if scenario is not None else {}))
    # validate like a scenario file: a bad value is refused before anything is written
    return flatten(load_scenario(unflatten(base | given)))


def _require_seed_and_outcomes(run: Mapping[str, Any]) -> None:
    if "seed" not in run:
        raise ValueError("this run has no `seed`; every saved run needs its seed")
    missing = [o for o in OUTCOMES if o not in run]
    if missing:
        raise ValueError(f"this run lacks the outcome(s) {', '.join(missing)}")


def _whole_seed(value: Any) -> int:
    try:
        seed = int(value)
        whole = float(value) == seed
    except (TypeError, ValueError):
        whole = False
    if not whole:
        raise ValueError(f"`seed` must be a whole number, not {value!r}")
    return seed


def _outcome_number(outcome: str, value: Any) -> float:
    try:
        return float(value) if value is not None else math.nan
    except (TypeError, ValueError):
        raise ValueError(f"the outcome `{outcome}` must be a number, not {value!r}") from None


def _rows_of(runs: Any) -> list[Mapping[str, Any]]:
    if isinstance(runs, Result):
        return [runs.summary.to_dict()]
    if isinstance(runs, pd.Series):
        return [runs.to_dict()]
    if isinstance(runs, pd.DataFrame):
        return runs.to_dict("records")
    if isinstance(runs, Mapping):
        return [runs]
    return [dict(r) for r in runs]
