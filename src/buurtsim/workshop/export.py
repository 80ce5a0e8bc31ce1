"""Saving tables and reports without ever overwriting a file.

A name that is taken gets a number: ``resultaten.csv``, ``resultaten-2.csv``, ``resultaten-3.csv``.
Each file is claimed with an exclusive create (``open(path, "xb")``), so two programs saving at
the same moment cannot pick the same name either.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

#: the largest suffix tried before giving up (a folder with 9,999 reports is a mistake)
MAX_TRIES = 9999
#: a text cell starting with one of these is a formula to Excel and LibreOffice
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutral(value):
    """A text cell that a spreadsheet would run as a formula, with an apostrophe before it
    (``=1+1`` -> ``'=1+1``); numbers and other text as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralised(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with every text cell that starts with ``=``, ``+``, ``-`` or ``@`` made harmless
    (see :func:`neutral`), so an exported name like ``=HYPERLINK(...)`` is never a live formula
    in Excel. Columns of numbers are untouched."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(neutral)
    return out


def csv_bytes(df: pd.DataFrame) -> bytes:
    """``df`` as CSV, its formula-like cells neutralised (for exports and downloads)."""
    return neutralised(df).to_csv(index=False, lineterminator="\n").encode("utf-8")


_STEM = re.compile(r"^[^\\/:*?\"<>|\x00-\x1f]+$")


def numbered(path: Path, k: int) -> Path:
    """``name.html`` for k = 1, ``name-k.html`` after that."""
    return path if k == 1 else path.with_name(f"{path.stem}-{k}{path.suffix}")


def _write_exclusive(path: Path, data: bytes) -> None:
    with open(path, "xb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def write_new(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write ``data`` to ``path``, or to ``name-2.ext``, ``name-3.ext``... if it exists.

    Returns the path really written. The folder is created if needed.
    """
    return write_new_set([Path(path)], [data])[0]


def _claim(chosen: list[Path], blobs: list[bytes]) -> bool:
    """Write each blob to its name with an exclusive create; if someone took a name in between,
    remove the files written so far and return False."""
    written: list[Path] = []
    try:
        for p, blob in zip(chosen, blobs, strict=True):
            _write_exclusive(p, blob)
            written.append(p)
    except FileExistsError:  # someone took a name in between: undo ours, try the next
        for p in written:
            p.unlink(missing_ok=True)
        return False
    return True


def write_new_set(paths: Sequence[Path], contents: Sequence[bytes | str]) -> list[Path]:
    """Write several files that belong together under one free number (``x-2.csv``, ``x-2.xlsx``).

    The number is the smallest for which none of the names is taken.
    """
    paths = [Path(p) for p in paths]
    blobs = [c.encode("utf-8") if isinstance(c, str) else c for c in contents]
    for p in paths:
        p.parent.mkdir(parents=True, exist_ok=True)
    for k in range(1, MAX_TRIES + 1):
        chosen = [numbered(p, k) for p in paths]
        if not any(p.exists() for p in chosen) and _claim(chosen, blobs):
            return chosen
    raise FileExistsError(f"{paths[0]}: {MAX_TRIES} numbered versions exist already")


def export_results(
    df: pd.DataFrame, folder: str | os.PathLike[str], stem: str = "resultaten"
) -> tuple[Path, Path]:
    """Save a table as ``folder/stem.csv`` and ``folder/stem.xlsx``; never overwrite.

    If either name is taken, both get the next free number (``stem-2.csv`` and ``stem-2.xlsx``),
    so the pair stays together. The Excel file holds the same table on one sheet, ``resultaten``;
    ``pandas.read_excel`` gives back what ``pandas.read_csv`` gives for the CSV. A text cell
    that starts with ``=``, ``+``, ``-`` or ``@`` gets an apostrophe first in both files, so it
    is text and never a formula. Returns the two paths written.
    """
    stem = str(stem).strip()
    if not stem or not _STEM.match(stem) or stem in (".", ".."):
        raise ValueError(
            f"{stem!r} cannot be a file name; use letters, digits, '-' or '_', e.g. 'groep-1'"
        )
    folder = Path(folder)
    csv_text = csv_bytes(df)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        neutralised(df).to_excel(writer, index=False, sheet_name="resultaten", freeze_panes=(1, 0))
    csv_path, xlsx_path = write_new_set(
        [folder / f"{stem}.csv", folder / f"{stem}.xlsx"], [csv_text, buffer.getvalue()]
    )
    return csv_path, xlsx_path
