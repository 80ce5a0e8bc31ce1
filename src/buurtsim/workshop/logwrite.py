"""Composing what a save writes: new rows in the log's own dialect, and damaged lines set aside.

A save never rewrites a good row. When the log is as this version writes it, the new rows are
added after the existing bytes, which stay byte for byte. When the log lacks columns (it was
written by an older buurtsim) the header and every row are extended with empty cells for them;
when it has damaged lines, those move to the side file (with their line numbers) first.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from .logfile import SIDE_NAME, log_columns, replace_file
from .logread import Damaged, Dialect, ParsedLog, decode, numeric_columns, parse_log

#: the columns of the side file of damaged lines
SIDE_COLUMNS = ("regel", "apart_gezet", "probleem", "inhoud")


def cell(value: Any, comma: bool = False) -> str:
    """One value as CSV text: floats in full precision (a decimal comma for Excel's semicolon
    CSV), NaN and None as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        text = repr(value)
        return text.replace(".", ",") if comma else text
    if hasattr(value, "item"):  # numpy scalars
        return cell(value.item(), comma)
    return str(value)


def _csv_lines(records: list[list[str]], dialect: Dialect) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=dialect.delimiter, lineterminator=dialect.newline)
    writer.writerows(records)
    return buffer.getvalue()


def _encode(text: str, dialect: Dialect) -> bytes:
    data = text.encode(dialect.encoding, errors="replace")
    return (b"\xef\xbb\xbf" + data) if dialect.bom else data


def _in_dialect(value: str, dialect: Dialect) -> str:
    """A cell written by :func:`cell` with a decimal point, in the log's own dialect."""
    if not dialect.comma_decimals:
        return value
    try:
        float(value)
    except ValueError:
        return value
    return value.replace(".", ",")


def row_records(rows: Sequence[Mapping[str, str]], header: list[str], dialect: Dialect) -> str:
    """The CSV lines of ``rows`` under ``header`` (cells the header lacks are not written)."""
    numeric = numeric_columns()
    return _csv_lines(
        [
            [_in_dialect(r.get(c, ""), dialect) if c in numeric else r.get(c, "") for c in header]
            for r in rows
        ],
        dialect,
    )


def new_log(rows: Sequence[Mapping[str, str]]) -> bytes:
    """A new log: the header and the rows, as this version writes them."""
    header = list(log_columns())
    dialect = Dialect()
    return _encode(_csv_lines([header], dialect) + row_records(rows, header, dialect), dialect)


def _extended(raw: str, extra: list[str], dialect: Dialect) -> str:
    """A line with ``extra`` cells added at its end (its line end kept)."""
    body = raw.rstrip("\r\n")
    tail = "".join(dialect.delimiter + e for e in extra)
    return body + tail + dialect.newline


def appended(old: bytes, parsed: ParsedLog, rows: Sequence[Mapping[str, str]]) -> bytes:
    """The log ``old`` with ``rows`` added; see the module docstring."""
    dialect = parsed.dialect
    missing = [c for c in log_columns() if c not in parsed.header]
    header = parsed.header + missing
    new = row_records(rows, header, dialect)
    if not missing and not parsed.damaged:
        gap = b"" if parsed.ends_with_newline else dialect.newline.encode("ascii")
        return old + gap + new.encode(dialect.encoding, errors="replace")
    parts = [_extended(parsed.header_raw, missing, dialect)]
    parts += [_extended(r.raw, [""] * len(missing), dialect) for r in parsed.rows]
    return _encode("".join(parts) + new, dialect)


def without_damage(parsed: ParsedLog) -> bytes:
    """The log with its damaged lines taken out (to put in the side file first)."""
    dialect = parsed.dialect
    parts = [parsed.header_raw] + [r.raw if r.raw.endswith("\n") else r.raw + dialect.newline
                                   for r in parsed.rows]  # fmt: skip
    return _encode("".join(parts), dialect)


def set_aside(folder: Path, damaged: list[Damaged]) -> Path:
    """Append ``damaged`` to the folder's side file (created with a header); returns its path.

    Call it holding the folder's lock. The side file is only ever added to.
    """
    path = folder / SIDE_NAME
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    old = path.read_bytes() if path.exists() else b""
    records = [] if old else [list(SIDE_COLUMNS)]
    records += [[str(d.line), stamp, d.nl, d.raw.rstrip("\r\n")] for d in damaged]
    text = _csv_lines(records, Dialect())
    if old and not old.endswith(b"\n"):
        old += b"\n"
    replace_file(folder, path, old + text.encode("utf-8"), 0o644)
    return path


def reparse(path: Path, data: bytes) -> ParsedLog | None:
    """The log's bytes parsed, or None for an empty file."""
    return parse_log(path, data) if decode(data)[0].strip() else None
