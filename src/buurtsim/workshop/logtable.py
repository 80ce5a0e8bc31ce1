"""A parsed workshop log as a pandas table: columns by name, typed, old and new logs alike."""

from __future__ import annotations

import math

import pandas as pd

from ..experiments import OUTCOMES
from ..scenarios import parameters
from .logfile import log_columns
from .logread import ParsedLog, number_or_nan, read_bool


def _numbers(column: pd.Series, comma: bool) -> pd.Series:
    return column.map(lambda v: number_or_nan(v, comma)).astype(float)


def _typed(column: pd.Series, comma: bool) -> pd.Series:
    """One column with its type: outcomes and numeric settings as numbers, flags as booleans."""
    p = parameters().get(column.name)
    if column.name in OUTCOMES:
        return _numbers(column, comma)
    if p is not None and p.choices is None and p.kind in (int, float):
        values = _numbers(column, comma)
        return values if values.isna().any() else values.astype(p.kind)
    if p is not None and p.kind is bool:
        return column.map(read_bool)
    return column


def table_of(parsed: ParsedLog) -> pd.DataFrame:
    """The rows of ``parsed`` as a table: every column of this version (empty where the log
    lacks it), then the columns it does not know, as text."""
    known = list(log_columns())
    extra = [c for c in parsed.header if c not in known]
    columns = known + extra
    records = [[r.cells.get(c, "") for c in columns] for r in parsed.rows]
    raw = pd.DataFrame(records, columns=columns, dtype=object)
    comma = parsed.dialect.comma_decimals
    df = pd.DataFrame({c: _typed(raw[c], comma) for c in columns}, index=raw.index)
    df["seed"] = df["seed"].map(lambda s: int(str(s).strip())).astype("int64")
    df["log_version"] = pd.to_numeric(df["log_version"].replace("", math.nan)).fillna(1)
    df["log_version"] = df["log_version"].astype("int64")
    df["kind"] = df["kind"].replace("", "ensemble")
    return df
