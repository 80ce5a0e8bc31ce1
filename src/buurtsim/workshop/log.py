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

import contextlib
import csv
import io
import math
import os
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from ..experiments import OUTCOMES, Result
from ..scenarios import Scenario, flatten, load_scenario, parameters, unflatten

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
def _locked(folder: Path, timeout: float = 10.0) -> Iterator[None]:
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


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    if os.name == "nt":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
        keys = tuple(parameters())
        given = {k: run[k] for k in keys if k in run}
        if scenario is None and not given:
            raise ValueError(
                "this run carries no settings; pass the scenario it was run with "
                "(log.record(group, run, scenario=...))"
            )
        base = flatten(load_scenario(scenario if scenario is not None else {}))
        # validate like a scenario file: a bad value is refused before anything is written
        settings = flatten(load_scenario(unflatten(base | given)))
        if "seed" not in run:
            raise ValueError("this run has no `seed`; every saved run needs its seed")
        missing = [o for o in OUTCOMES if o not in run]
        if missing:
            raise ValueError(f"this run lacks the outcome(s) {', '.join(missing)}")
        try:
            seed = int(run["seed"])
            whole = float(run["seed"]) == seed
        except (TypeError, ValueError):
            whole = False
        if not whole:
            raise ValueError(f"`seed` must be a whole number, not {run['seed']!r}")
        row = {"timestamp": stamp, "group": group, "seed": str(seed)}
        row |= {k: _cell(v) for k, v in settings.items()}
        for o in OUTCOMES:
            value = run[o]
            try:
                number = float(value) if value is not None else math.nan
            except (TypeError, ValueError):
                raise ValueError(f"the outcome `{o}` must be a number, not {value!r}") from None
            row[o] = _cell(number)
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
        with _locked(self.folder):
            old = self.path.read_bytes() if self.path.exists() else b""
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
            new = old + buffer.getvalue().encode("utf-8")
            fd, tmp = tempfile.mkstemp(prefix=".workshop-log-", suffix=".tmp", dir=self.folder)
            try:
                with os.fdopen(fd, "wb") as f:
                    # mkstemp makes the file private (0600); keep the log readable as before
                    mode = stat.S_IMODE(self.path.stat().st_mode) if old else 0o644
                    with contextlib.suppress(OSError):
                        os.chmod(tmp, mode)
                    f.write(new)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
            _fsync_dir(self.folder)

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
        path = self.path
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
                    self._check_header(header)
                    continue
                self._check_record(record, header, line, info)
        except csv.Error as exc:
            raise WorkshopLogError(
                path, start, f"this line is not valid CSV ({exc})", f"geen geldige CSV ({exc})"
            ) from None
        return header

    def _check_header(self, header: list[str]) -> None:
        path = self.path
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

    def _check_record(self, record: list[str], header: list[str], line: int, info) -> None:
        path = self.path
        if len(record) != len(header):
            raise WorkshopLogError(
                path,
                line,
                f"this row has {len(record)} fields where the header has {len(header)}",
                f"deze rij heeft {len(record)} velden, de kopregel {len(header)}",
            )
        for column, value in zip(header, record, strict=True):
            if column == "seed":
                ok = value.strip().lstrip("-").isdigit()
                what = "a whole number"
            elif column in OUTCOMES:
                ok = value == "" or _is_number(value)
                what = "a number (or empty)"
            elif (
                column in info
                and info[column].choices is None
                and info[column].kind
                in (
                    int,
                    float,
                )
            ):
                ok = _is_number(value)
                what = "a number"
            else:
                continue
            if not ok:
                raise WorkshopLogError(
                    path,
                    line,
                    f"`{column}` is {value!r}, which is not {what}",
                    f"`{column}` is {value!r} en dat is geen getal",
                )


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


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


# --- the comparison view ------------------------------------------------------------------------
#: the outcomes of the groups' comparison, by default
GROUP_OUTCOMES: tuple[str, ...] = (
    "participation_rate",
    "proposals",
    "initiatives_realised",
    "initiatives_vetoed",
    "budget_spent",
    "conflicts_escalated",
    "ownership_end",
    "trust_municipality_end",
    "cohesion_gain",
)


def batch_labels(df: pd.DataFrame) -> pd.Series:
    """A label per row: the group's name, numbered when the group saved more than one batch.

    A batch is one :meth:`WorkshopLog.record` call (same group, same timestamp): ``Groep A``,
    or ``Groep A (1)``, ``Groep A (2)`` for a group that ran twice with other settings.
    """
    keys = list(zip(df["group"], df["timestamp"], strict=True))
    batches: dict[str, list[str]] = {}
    for group, stamp in dict.fromkeys(keys):
        batches.setdefault(group, []).append(stamp)
    labels = []
    for group, stamp in keys:
        stamps = batches[group]
        labels.append(group if len(stamps) == 1 else f"{group} ({stamps.index(stamp) + 1})")
    return pd.Series(labels, index=df.index, name="label")


def compare_groups(
    df: pd.DataFrame,
    outcomes: Iterable[str] = GROUP_OUTCOMES,
    baseline: Scenario | Mapping[str, Any] | str | None = None,
    lang: str = "nl",
) -> pd.DataFrame:
    """The groups side by side: one row per batch, with its runs, settings and median outcomes.

    ``df`` is :meth:`WorkshopLog.load`. Columns: ``runs``, ``seeds`` (``"1-10"``), ``settings``
    (what differs from ``baseline``, default the Arendonk scenario, in plain words) and the
    median of each outcome. For bars with their spread, pass the same ``df`` to
    ``buurtsim.plots.outcome_bars(df.assign(label=batch_labels(df)), outcomes, by="label")``.
    """
    from .report import find_baseline
    from .words import settings_in_words

    outcomes = list(outcomes)
    unknown = [o for o in outcomes if o not in OUTCOMES]
    if unknown:
        raise ValueError(f"unknown outcome(s) {', '.join(unknown)}; see buurtsim.OUTCOMES")
    if baseline is None:
        base, base_name = find_baseline()
    else:
        base = load_scenario(baseline)
        base_name = base.neighbourhood.name
    columns = ["runs", "seeds", "settings", *outcomes]
    if df.empty:
        return pd.DataFrame(columns=columns)
    labelled = df.assign(label=batch_labels(df))
    keys = [k for k in parameters() if k in df.columns]
    rows = {}
    for label, g in labelled.groupby("label", sort=False):
        first = g.iloc[0]
        settings = {k: first[k] for k in keys}
        words = settings_in_words(settings, flatten(base), base_name, lang)
        seeds = sorted(int(s) for s in g["seed"])
        span = str(seeds[0]) if len(seeds) == 1 else f"{seeds[0]}-{seeds[-1]}"
        same = "zoals " + base_name if lang == "nl" else "as " + base_name
        rows[label] = {
            "runs": len(g),
            "seeds": span,
            "settings": "; ".join(words) or same,
            **{o: float(g[o].median()) for o in outcomes},
        }
    out = pd.DataFrame.from_dict(rows, orient="index", columns=columns)
    out.index.name = "groep" if lang == "nl" else "group"
    return out
