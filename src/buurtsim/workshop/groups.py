"""The groups side by side: the comparison view of a workshop log.

>>> import pandas as pd
>>> df = pd.DataFrame({"group": ["A", "A", "B"], "timestamp": ["t1", "t2", "t3"]})
>>> list(batch_labels(df))
['A (1)', 'A (2)', 'B']
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from ..experiments import OUTCOMES
from ..i18n import t
from ..language import resolve
from ..scenarios import Scenario, flatten, parameters
from .words import settings_in_words

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


def _batch_keys(df: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(group, kind, batch) of every row: a batch is one save (its id, or else its timestamp,
    for rows from before batch ids); a game is its own kind."""
    kinds = df["kind"] if "kind" in df else pd.Series("ensemble", index=df.index)
    ids = df["batch"] if "batch" in df else pd.Series("", index=df.index)
    stamps = [
        str(i) if isinstance(i, str) and i else str(when)
        for i, when in zip(ids, df["timestamp"], strict=True)
    ]
    kinds = ["game" if k == "game" else "ensemble" for k in kinds]
    return list(zip(df["group"], kinds, stamps, strict=True))


def batch_labels(df: pd.DataFrame) -> pd.Series:
    """A label per row: the group's name, numbered when the group saved more than one batch.

    A batch is one :meth:`WorkshopLog.record` call: ``Groep A``, or ``Groep A (1)``,
    ``Groep A (2)`` for a group that ran twice with other settings. A group's game of "speel de
    gemeente" is labelled apart: ``Groep A (gemeente)``, ``Groep A (gemeente 2)``.
    """
    keys = _batch_keys(df)
    batches: dict[tuple[str, str], list[str]] = {}
    for group, kind, stamp in dict.fromkeys(keys):
        batches.setdefault((group, kind), []).append(stamp)
    game = t("game_kind")
    labels = []
    for group, kind, stamp in keys:
        stamps = batches[(group, kind)]
        k = stamps.index(stamp) + 1
        if kind == "game":
            labels.append(f"{group} ({game})" if k == 1 else f"{group} ({game} {k})")
        else:
            labels.append(group if len(stamps) == 1 else f"{group} ({k})")
    return pd.Series(labels, index=df.index, name="label")


def _known_outcomes(outcomes: Iterable[str]) -> list[str]:
    outcomes = list(outcomes)
    unknown = [o for o in outcomes if o not in OUTCOMES]
    if unknown:
        raise ValueError(f"unknown outcome(s) {', '.join(unknown)}; see buurtsim.OUTCOMES")
    return outcomes


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def _seed_span(seeds: Iterable[Any]) -> str:
    """``"3"`` for one seed, ``"1-10"`` for several."""
    ordered = sorted(int(s) for s in seeds)
    return str(ordered[0]) if len(ordered) == 1 else f"{ordered[0]}-{ordered[-1]}"


def _batch_row(
    g: pd.DataFrame,
    keys: list[str],
    outcomes: list[str],
    base: Scenario,
    base_name: str,
    lang: str | None,
) -> dict[str, Any]:
    """One batch's row: its runs, seeds, settings in words and median outcomes."""
    first = g.iloc[0]
    # an optional setting left empty is NaN in the log and None in the scenario: the same
    settings = {k: None if _empty(first[k]) else first[k] for k in keys}
    words = settings_in_words(settings, flatten(base), base_name, lang)
    same = "zoals " + base_name if resolve(lang) == "nl" else "as " + base_name
    return {
        "runs": len(g),
        "seeds": _seed_span(g["seed"]),
        "settings": "; ".join(words) or same,
        **{o: float(g[o].median()) for o in outcomes},
    }


def compare_groups(
    df: pd.DataFrame,
    outcomes: Iterable[str] = GROUP_OUTCOMES,
    baseline: Scenario | Mapping[str, Any] | str | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """The groups side by side: one row per batch, with its runs, settings and median outcomes.

    ``df`` is :meth:`WorkshopLog.load`. Columns: ``runs``, ``seeds`` (``"1-10"``), ``settings``
    (what differs from ``baseline``, default the Arendonk scenario, in plain words) and the
    median of each outcome. For bars with their spread, pass the same ``df`` to
    ``buurtsim.plots.outcome_bars(df.assign(label=batch_labels(df)), outcomes, by="label")``.
    """
    outcomes = _known_outcomes(outcomes)
    from .report import baseline_of  # the report (and matplotlib) only when needed

    base, base_name = baseline_of(baseline)
    columns = ["runs", "seeds", "settings", *outcomes]
    if df.empty:
        return pd.DataFrame(columns=columns)
    labelled = df.assign(label=batch_labels(df))
    keys = [k for k in parameters() if k in df.columns]
    rows = {
        label: _batch_row(g, keys, outcomes, base, base_name, lang)
        for label, g in labelled.groupby("label", sort=False)
    }
    out = pd.DataFrame.from_dict(rows, orient="index", columns=columns)
    out.index.name = "groep" if resolve(lang) == "nl" else "group"
    return out
