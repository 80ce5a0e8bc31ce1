"""``buurtsim ballots FILE.pb``: the comparison table, rules.csv and metrics.csv.

:mod:`buurtsim.cli` registers the command (:func:`add_arguments`) and writes the tables with its
own never-overwrite helpers; this module builds what is printed and written.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import numpy as np
import pandas as pd

from .. import i18n
from .compare import RULES, SATISFACTION, Comparison, compare
from .read import load

#: the files ``ballots`` writes; a folder holding either holds earlier results
BALLOT_FILES = ("rules.csv", "metrics.csv")

#: column headings of the printed table (short, so seven rules fit beside the names)
HEADINGS = {
    "official": "official",
    "majority": "majority",
    "approval_greedy": "approval",
    "package": "package",
    "equal_shares": "eq.shares",
    "greedy_welfare": "greedy",
    "phragmen": "phragmen",
}
NAME_WIDTH = 40


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``buurtsim ballots``."""
    from ..cli.options import out_arg

    parser.add_argument("file", metavar="FILE.pb", help=i18n.t("clih_ballots_file"))
    parser.add_argument(
        "--rules",
        nargs="+",
        choices=RULES,
        default=list(RULES),
        metavar=i18n.t("clih_mv_rule"),
        help=i18n.tf("clih_rules", rules="{" + ", ".join(RULES) + "}"),
    )
    out_arg(parser, "ballots-", source="file")


def holds_results(folder: Path) -> bool:
    return any((folder / name).exists() for name in BALLOT_FILES)


@dataclass(frozen=True)
class Report:
    text: str
    tables: dict[str, pd.DataFrame]


def report(file: str, rules: list[str] | None = None) -> Report:
    """Load ``file``, compare the rules, and make the printed table and the two CSV tables."""
    comparison = compare(load(file), rules)
    rules_csv = comparison.rules
    rules_csv["funded"] = rules_csv["funded"].map({True: "true", False: "false"})
    metrics = comparison.metrics.copy()
    for column in ("funded", "non_empty_handed"):
        if column in metrics:
            metrics[column] = metrics[column].astype("Int64")
    return Report(
        format_comparison(comparison),
        {"rules.csv": rules_csv, "metrics.csv": metrics},
    )


# --- the printed table -----------------------------------------------------------------------


def _name(text: str) -> str:
    return text if len(text) <= NAME_WIDTH else text[: NAME_WIDTH - 1] + "…"


def _metric_rows(c: Comparison, ran: list[str]) -> list[tuple[str, list[str]]]:
    m = c.metrics.set_index("rule")
    b = c.ballots
    measure = SATISFACTION["approval" if b.approval else "points"]
    unit = "€" if b.approval else "points"

    def row(label: str, column: str, fmt) -> tuple[str, list[str]]:
        return label, [fmt(m.at[r, column]) for r in ran]

    def yes_no(x) -> str:
        return "-" if x is None or pd.isna(x) else ("yes" if x else "no")

    rows = [
        row("projects funded", "funded", lambda x: f"{int(x)}"),
        row("euro spent", "spent", lambda x: i18n.euro(x, lang="en")),
        row(
            f"voters with a project (of {b.problem.n_voters})",
            "non_empty_handed",
            lambda x: f"{int(x)}",
        ),
        row(f"avg satisfaction ({measure}, {unit})", "avg_satisfaction", lambda x: f"{x:,.0f}"),
        row(f"Gini of satisfaction ({measure})", "gini_satisfaction", lambda x: f"{x:.3f}"),
    ]
    rows += [
        row(f"budget share: {col.removeprefix('share: ')}", col, lambda x: f"{x:.0%}")
        for col in m.columns
        if col.startswith("share: ")
    ]
    rows += [
        row("EJR up to one project", "ejr", yes_no),
        row("PJR up to one project", "pjr", yes_no),
    ]
    return rows


def _lines(rows: list[tuple[str, list[str]]], widths: list[int], label_width: int) -> list[str]:
    return [
        (
            f"  {label:<{label_width}}"
            + "".join(f"{cell:>{w}}" for cell, w in zip(cells, widths, strict=True))
        ).rstrip()
        for label, cells in rows
    ]


def format_comparison(c: Comparison) -> str:
    """Projects (names, euro) by rule with ✔ for funded, then the metrics and the notes."""
    b = c.ballots
    ran = [r for r, o in c.outcomes.items() if o.funded is not None]
    heads = [HEADINGS.get(r, r) for r in ran]
    widths = [max(len(h), 5) + 2 for h in heads]
    project_rows = [
        (
            f"{_name(name):<{NAME_WIDTH}}  {i18n.euro(cost, lang='en'):>9}",
            ["✔" if cast(np.ndarray, c.outcomes[r].funded)[p] else "" for r in ran],
        )
        for p, (name, cost) in enumerate(zip(b.names, b.costs, strict=True))
    ]
    metric_rows = _metric_rows(c, ran)
    label_width = max(len(label) for label, _ in project_rows + metric_rows) + 2
    title = (
        f"{b.description} ({b.source}): {b.problem.n_voters} voters, {b.problem.n_proposals} "
        f"projects, budget {i18n.euro(b.budget, lang='en')}, {b.vote_type} ballots"
    )
    header = (
        f"  {'project':<{NAME_WIDTH}}  {'cost':>9}{'':<{label_width - NAME_WIDTH - 11}}"
        + "".join(f"{h:>{w}}" for h, w in zip(heads, widths, strict=True))
    )
    rule_line = "  " + "-" * (label_width + sum(widths))
    out = [title, header, *_lines(project_rows, widths, label_width), rule_line]
    out += _lines(metric_rows, widths, label_width)
    out += _notes(c, ran)
    return "\n".join(out)


def _notes(c: Comparison, ran: list[str]) -> list[str]:
    legend = ", ".join(f"{HEADINGS.get(r, r)} = {r}" for r in ran)
    notes = [f"rules: {legend}"]
    notes += [f"{rule}: skipped, {o.skipped}" for rule, o in c.outcomes.items() if o.funded is None]
    jr = c.metrics.set_index("rule").loc[ran, "note"] if ran else pd.Series(dtype=str)
    notes += sorted({n for n in jr if isinstance(n, str) and n})
    return [f"note: {n}" for n in notes]


def funded_ids(c: Comparison, rule: str) -> list[str]:
    """The project ids a rule funds, in the order of the file."""
    funded = c.outcomes[rule].funded
    return [] if funded is None else list(np.array(c.ballots.project_ids)[funded])
