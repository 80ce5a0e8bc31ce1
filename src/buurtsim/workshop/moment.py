"""What the moment-finders of the debrief share: :class:`Moment` and a view of one finished run.

A moment-finder (see :mod:`.moments_process` and :mod:`.moments_people`) takes a :class:`RunView`
and returns the moments of one kind it finds: none, one, or (for escalations) several.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..experiments import Result
from ..i18n import percent
from ..language import resolve


@dataclass
class Moment:
    """One candidate talking point: what kind, when, how telling, the text, and its numbers."""

    kind: str
    week: int
    score: float
    text: str
    values: Mapping[str, float] = field(default_factory=dict)


def week_of(x) -> int | None:
    """A week from a table cell: ``None`` for an empty (NaN) cell."""
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else int(x)


def column(df: pd.DataFrame, name: str) -> pd.Series:
    """A column of ``df``, or all NaN when the table has no such column."""
    return df[name] if name in df.columns else pd.Series(np.nan, index=df.index)


def rows_with(ini: pd.DataFrame, name: str) -> pd.DataFrame:
    """The initiatives with a value in column ``name`` (e.g. the ones with a ``week_vetoed``)."""
    return ini[column(ini, name).notna()] if len(ini) else ini


class RunView:
    """A finished run as the moment-finders read it: its tables, its model and the language."""

    def __init__(self, result: Result, lang: str | None):
        model = result.model
        if model is None:
            raise ValueError(
                "the debrief needs the model of the run: "
                "use simulate(scenario, seed, keep_model=True)"
            )
        self.model: Any = model
        self.lang = resolve(lang)
        self.nl = resolve(lang) == "nl"
        self.ini = result.initiatives
        self.con = result.conflicts
        self.summary = result.summary
        self.kick = int(model.kickoff_week)
        self.decision = int(model.decision_week)
        self.last = int(model.week)
        con = self.con
        self.escalated = con[con["escalated"]] if len(con) else con

    def say(self, nl: str, en: str) -> str:
        """The Dutch or the English text, as the language of the debrief asks."""
        return nl if self.nl else en

    def pick(self, pair: tuple[str, str]) -> str:
        """The Dutch (first) or English (second) text of a pair."""
        return pair[0 if self.nl else 1]

    @property
    def funded(self) -> int:
        return int(self.summary["initiatives_funded"])

    @property
    def realised(self) -> int:
        return int(self.summary["initiatives_realised"])

    @property
    def proposals(self) -> int:
        return int(self.summary["proposals"])

    def share(self, x: float) -> str:
        """A share as a whole percentage: ``9%``."""
        return percent(x, 0, self.lang)
