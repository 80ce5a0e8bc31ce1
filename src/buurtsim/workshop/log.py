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

import csv
import io
import math
import os
import stat
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
    WorkshopLogError,
    check_log,
    locked,
    log_columns,
    replace_file,
)

__all__ = [
    "GROUP_OUTCOMES",
    "ID_COLUMNS",
    "LOCK_NAME",
    "LOG_NAME",
    "WorkshopLog",
    "WorkshopLogError",
    "batch_labels",
    "compare_groups",
    "log_columns",
]


# --- values in cells ------------------------------------------------------------------------------
def _cell(value: Any) -> str:
    """One value as CSV text: floats in full precision, NaN and None as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "" if math.isnan(value) else repr(value)
    if hasattr(value, "item"):  # numpy scalars
        return _cell(value.item())
    return str(value)


def _clean_group(group: Any) -> str:
    text = " ".join(str(group).split())  # no newlines or tabs inside a name
    if not text:
        raise ValueError("the group name is empty; give each group a name, e.g. 'Groep 1'")
    if len(text) > 80:
        raise ValueError(f"the group name {text[:20]!r}... is {len(text)} characters; at most 80")
    return text


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
    A log found damaged is never appended to: the error names the line, so the trainer can mend
    it first rather than bury it under new rows.
    """

    def __init__(self, folder: str | os.PathLike[str]):
        self.folder = Path(folder)
        self.path = self.folder / LOG_NAME

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
    ) -> int:
        """Append a group's run(s) and return how many rows were written.

        ``runs`` is a :class:`~buurtsim.Result`, a summary row (``result.summary`` or a row of
        :func:`buurtsim.ensemble`), a whole ensemble table, or mappings of the same shape. Each
        row needs ``seed`` and the outcomes; its settings are read from the row's dotted keys,
        or from ``scenario`` for rows that carry none. All rows go in with one atomic write.
        """
        group = _clean_group(group)
        stamp = timestamp or datetime.now().astimezone().isoformat(timespec="seconds")
        rows = [self._row(group, stamp, r, scenario) for r in _rows_of(runs)]
        if not rows:
            raise ValueError("there is no run to save: the table of runs is empty")
        self._append(rows)
        return len(rows)

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
        row |= {k: _cell(v) for k, v in settings.items()}
        row |= {o: _cell(_outcome_number(o, run[o])) for o in OUTCOMES}
        return row

    def _append(self, rows: list[dict[str, str]]) -> None:
        try:
            self._write(rows)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise WorkshopLogError(
                self.path,
                None,
                f"could not save in {self.folder}: {reason}; nothing was changed",
                f"bewaren in {self.folder} lukte niet: {reason}; er is niets veranderd",
            ) from exc

    def _write(self, rows: list[dict[str, str]]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        with locked(self.folder):
            old = self.path.read_bytes() if self.path.exists() else b""
            new = old + self._new_lines(old, rows)
            # keep the log's permissions (a new log is readable by all, as files usually are)
            mode = stat.S_IMODE(self.path.stat().st_mode) if old else 0o644
            replace_file(self.folder, self.path, new, mode)

    def _new_lines(self, old: bytes, rows: list[dict[str, str]]) -> bytes:
        """The CSV lines that ``rows`` add to the log ``old`` (with the header for a new log)."""
        # never bury a damaged log under new rows: check it first
        header = self._check(old) if old else list(log_columns())
        unknown = sorted({k for r in rows for k in r} - set(header))
        if unknown:
            raise WorkshopLogError(
                self.path,
                1,
                f"the log has no column(s) {', '.join(unknown)}; it was written by another "
                "version of buurtsim. Choose a new folder for this workshop.",
                f"het logboek heeft geen kolom(men) {', '.join(unknown)}; het komt van een "
                "andere versie van buurtsim. Kies een nieuwe map voor deze workshop.",
            )
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if not old:
            writer.writerow(header)
        for r in rows:
            writer.writerow([r.get(c, "") for c in header])
        return buffer.getvalue().encode("utf-8")

    # --- reading ----------------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> pd.DataFrame:
        """All saved runs as a table (empty, with every column, when nothing is saved yet).

        Settings come back with their schema types, outcomes as floats (an empty cell is NaN),
        ``seed`` as an integer. A damaged log raises :class:`WorkshopLogError` with the line.
        """
        data = self.path.read_bytes() if self.path.exists() else b""
        if not data:  # nothing saved yet (an empty file is what the first save will fill)
            return pd.DataFrame(columns=list(log_columns()))
        header = self._check(data)
        records = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[1:]
        df = pd.DataFrame(records, columns=header)
        df["seed"] = df["seed"].astype("int64")
        info = parameters()
        for col in df.columns:
            if col in OUTCOMES:
                df[col] = pd.to_numeric(df[col].replace("", math.nan)).astype(float)
            elif col in info and info[col].choices is None and info[col].kind in (int, float):
                df[col] = pd.to_numeric(df[col]).astype(info[col].kind)
            elif col in info and info[col].kind is bool:
                df[col] = df[col].map({"true": True, "false": False})
        return df

    def groups(self) -> list[str]:
        """The names of the groups in the log, in the order they first saved a run."""
        return list(dict.fromkeys(self.load()["group"]))

    def _check(self, data: bytes) -> list[str]:
        """Validate the whole file; return its header or raise with the first line at fault."""
        return check_log(self.path, data)


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
