"""Real ballots: who is left empty-handed under each rule (:mod:`buurtsim.ballots`)."""

from __future__ import annotations

from typing import Any

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ..i18n import number_formatter, t
from .describe import describe_empty_handed
from .style import MIN_FONT_PT, colour, hatch, new_axes, set_alt, styled, tidy

#: the groups of voters, by how many projects they chose (columns of ``empty_handed()``)
BALLOT_SIZES = ("ballot_size_1", "ballot_size_2_3", "ballot_size_4")


def empty_handed_data(comparison: Any, lang: str | None = None) -> pd.DataFrame:
    """One row per rule that ran and group of voters: how many got none of their projects.

    Columns: rule, label (the rule's name in ``lang``), group, group_label, voters. Rules keep
    the order of the comparison; groups are :data:`BALLOT_SIZES`.
    """
    table = comparison.empty_handed()
    rows = [
        {
            "rule": rule,
            "label": t(rule, lang),
            "group": group,
            "group_label": t(group, lang),
            "voters": int(table.at[rule, group]),
        }
        for rule in table.index
        for group in BALLOT_SIZES
    ]
    return pd.DataFrame(rows, columns=["rule", "label", "group", "group_label", "voters"])


@styled
def empty_handed(comparison: Any, ax: Axes | None = None, lang: str | None = None) -> Figure:
    """Horizontal bars, one per rule: voters left empty-handed, stacked by ballot size."""
    data = empty_handed_data(comparison, lang)
    rules = list(dict.fromkeys(data["label"]))
    fig, ax = new_axes(ax, figsize=(8, 0.5 * len(rules) + 1.5))
    left = pd.Series(0, index=rules)
    for k, group in enumerate(BALLOT_SIZES):
        part = data[data["group"] == group].set_index("label")["voters"].reindex(rules)
        ax.barh(
            rules,
            part,
            left=left,
            color=colour(k),
            hatch=hatch(k),
            edgecolor="white",
            linewidth=0,
            label=t(group, lang),
        )
        left = left + part
    for y, total in enumerate(left):
        ax.text(total, y, f" {total}", va="center", fontsize=MIN_FONT_PT)
    ax.invert_yaxis()
    b = comparison.ballots
    ax.set_xlabel(f"{t('empty_handed', lang)} ({t('voters', lang)}: {b.problem.n_voters})")
    ax.set_title(b.description)
    tidy(ax, lang)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color="#E5E5E5", linewidth=0.8)
    ax.xaxis.set_major_formatter(number_formatter(lang, decimals=0))
    ax.legend(frameon=False, loc="lower right")
    set_alt(fig, describe_empty_handed(data, lang))
    return fig
