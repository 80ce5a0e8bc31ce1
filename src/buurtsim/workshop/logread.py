"""Reading a workshop log found on disk, whatever happened to it since it was written.

A log is read line by line. The header must be there (it starts with ``timestamp,group,seed``);
every other line is a row. A row that cannot be read (a wrong number of cells, a seed or a number
that is not one, a broken quote, a line cut off by an interrupted save) is *damaged*: it is
reported with its line number and set aside, and every other row still counts. Columns are
matched by name, so a log written by an older or a newer buurtsim loads too: a column it lacks is
empty, a column this version does not know is kept.

Excel is welcome: a byte-order mark, Windows line ends, a semicolon as separator with a decimal
comma (as Excel writes CSV in Belgium and the Netherlands), and text saved as Windows-1252 are
all read.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..experiments import OUTCOMES
from ..scenarios import parameters
from .logfile import ID_COLUMNS, WorkshopLogError, problem

#: a whole number, with an optional sign (a seed)
_WHOLE = re.compile(r"^[+-]?\d+$")
_BOOLS = {"true": True, "false": False, "waar": True, "onwaar": False, "1": True, "0": False}


@dataclass(frozen=True)
class Dialect:
    """How a log file is written: separator, decimal mark, line end and text encoding."""

    delimiter: str = ","
    newline: str = "\n"
    encoding: str = "utf-8"
    bom: bool = False

    @property
    def comma_decimals(self) -> bool:
        """Excel's semicolon CSV writes 0,3 for 0.3."""
        return self.delimiter == ";"


@dataclass(frozen=True)
class Row:
    """A readable row: its first line number, its text as found, and its cells by column."""

    line: int
    raw: str
    cells: dict[str, str]


@dataclass(frozen=True)
class Damaged:
    """A line that cannot be read: its number, its text as found, and what is wrong with it."""

    line: int
    raw: str
    problem: str
    nl: str


@dataclass
class ParsedLog:
    """A whole log: its dialect, header and rows, and the damaged lines set apart."""

    dialect: Dialect
    header: list[str]
    header_raw: str
    rows: list[Row] = field(default_factory=list)
    damaged: list[Damaged] = field(default_factory=list)
    blank: int = 0
    ends_with_newline: bool = True


# --- the text of the file -------------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str, bool]:
    """The file as text, its encoding and whether it had a byte-order mark.

    UTF-8 first (with or without Excel's byte-order mark); a file that is not UTF-8 was saved by
    a program that writes Windows-1252 (Excel's "CSV" on Windows), and Latin-1 reads anything.
    """
    bom = data.startswith(b"\xef\xbb\xbf")
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            text = data.decode("utf-8-sig" if encoding == "utf-8" else encoding)
        except UnicodeDecodeError:
            continue
        return text, encoding, bom and encoding == "utf-8"
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def physical_lines(text: str) -> list[str]:
    """The lines of ``text``, each with its line end (the last may have none)."""
    return [line for line in re.split(r"(?<=\n)", text) if line]


def _dialect_of(header_line: str, encoding: str, bom: bool) -> Dialect:
    newline = "\r\n" if header_line.endswith("\r\n") else "\n"
    first = header_line.rstrip("\r\n")
    semicolon = first.count(";") > first.count(",")
    return Dialect(";" if semicolon else ",", newline, encoding, bom)


def _reader(lines: list[str], dialect: Dialect):
    return csv.reader(iter(lines), delimiter=dialect.delimiter, strict=True)


# --- the header -----------------------------------------------------------------------------------
def _header(path: Path, lines: list[str], dialect: Dialect) -> list[str]:
    try:
        header = next(_reader(lines[:1], dialect))
    except (csv.Error, StopIteration):
        header = []
    header = [h.strip() for h in header]
    if tuple(header[: len(ID_COLUMNS)]) != ID_COLUMNS:
        start = ",".join(ID_COLUMNS)
        raise WorkshopLogError(path, 1, *problem("log_header_start", start=start))
    dup = sorted({c for c in header if header.count(c) > 1})
    if dup:
        raise WorkshopLogError(path, 1, *problem("log_header_twice", columns=", ".join(dup)))
    return header


# --- the cells ------------------------------------------------------------------------------------
def read_number(text: str, comma: bool = False) -> float:
    """A number as the log writes it (``0.3``), or as Excel's semicolon CSV does (``0,3``).

    Raises ValueError for anything else: a number is never guessed.
    """
    text = text.strip()
    if comma and text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    return float(text)


def read_bool(text: str) -> bool | None:
    """``true``/``false`` (also Excel's Dutch ``WAAR``/``ONWAAR``); None when empty or unknown."""
    return _BOOLS.get(text.strip().lower())


def numeric_columns() -> set[str]:
    """Columns that hold a number or nothing (an empty cell: a column added to an older log,
    an outcome that does not apply)."""
    info = parameters()
    numeric = set(OUTCOMES)
    numeric |= {k for k, p in info.items() if p.choices is None and p.kind in (int, float)}
    return numeric


def _cell_problem(column: str, value: str, dialect: Dialect, numeric: set[str]):
    """What is wrong with one cell, as (English, Dutch); None when it is fine."""
    if column == "seed":
        if not _WHOLE.match(value.strip()):
            return problem("log_cell_seed", value=value)
        return None
    if column not in numeric or not value.strip():
        return None
    try:
        read_number(value, dialect.comma_decimals)
    except ValueError:
        return problem("log_cell_number", column=column, value=value)
    return None


def _row_problem(record: list[str], header: list[str], dialect: Dialect, numeric):
    if len(record) != len(header):
        return problem("log_row_fields", found=len(record), header=len(header))
    for column, value in zip(header, record, strict=True):
        found = _cell_problem(column, value, dialect, numeric)
        if found is not None:
            return found
    return None


# --- the rows -------------------------------------------------------------------------------------
def _next_record(lines: list[str], pos: int, dialect: Dialect):
    """The record that starts at line ``pos``: (cells or None, lines used, csv problem)."""
    reader = _reader(lines[pos:], dialect)
    try:
        record = next(reader)
    except csv.Error as exc:
        return None, 1, problem("log_row_csv", reason=str(exc))
    return record, max(1, reader.line_num), None


def _parse_rows(parsed: ParsedLog, lines: list[str]) -> None:
    numeric = numeric_columns()
    header, dialect = parsed.header, parsed.dialect
    pos = 1
    while pos < len(lines):
        if not lines[pos].strip():  # a blank line is no row, and no damage either
            parsed.blank += 1
            pos += 1
            continue
        record, used, fault = _next_record(lines, pos, dialect)
        if fault is None:
            fault = _row_problem(record, header, dialect, numeric)
        if fault is not None and used > 1:
            used = 1  # one broken quote must not swallow the lines after it
        raw = "".join(lines[pos : pos + used])
        if fault is None:
            parsed.rows.append(Row(pos + 1, raw, dict(zip(header, record, strict=True))))
        else:
            parsed.damaged.append(Damaged(pos + 1, raw, *fault))
        pos += used


def parse_log(path: Path, data: bytes) -> ParsedLog:
    """Read a whole log: header, rows and damaged lines. Raises only for a header at fault."""
    text, encoding, bom = decode(data)
    lines = physical_lines(text)
    while lines and not lines[0].strip():  # blank lines before the header (a hand edit)
        lines = lines[1:]
    if not lines:
        raise WorkshopLogError(path, 1, *problem("log_no_header"))
    dialect = _dialect_of(lines[0], encoding, bom)
    header = _header(path, lines, dialect)
    parsed = ParsedLog(dialect, header, lines[0], ends_with_newline=text.endswith("\n"))
    _parse_rows(parsed, lines)
    return parsed


def number_or_nan(text: Any, comma: bool) -> float:
    """A cell of a number column as a float; an empty cell is NaN."""
    text = "" if text is None else str(text)
    return float("nan") if not text.strip() else read_number(text, comma)
