"""``buurtsim ballots FILE.pb``: the comparison table, rules.csv and metrics.csv.

:mod:`buurtsim.cli` registers the command (:func:`add_arguments`) and writes the tables with its
own never-overwrite helpers; this module builds what is printed and written.

The printed table speaks the current language (or ``lang``): its title, headings, row labels,
legend and notes come from :mod:`buurtsim.labels.ballots_table`, its numbers are written the
way the language writes them, and the reasons :mod:`.compare` gives for a skipped rule or
check (:class:`~.compare.Reason`) are said in it. Names from the file (projects, categories)
stay as they are. ``rules.csv`` and ``metrics.csv`` are data: English identifiers and English
notes, whatever the language.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import numpy as np
import pandas as pd

from .. import i18n
from ..language import resolve
from .compare import RULES, SATISFACTION, Comparison, ballots_words, compare, jr_reason
from .read import load

#: the files ``ballots`` writes; a folder holding either holds earlier results
BALLOT_FILES = ("rules.csv", "metrics.csv")

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


def report(file: str, rules: list[str] | None = None, lang: str | None = None) -> Report:
    """Load ``file``, compare the rules, and make the printed table (in ``lang``; ``None``: the
    current language) and the two CSV tables (English identifiers, whatever the language)."""
    comparison = compare(load(file), rules)
    rules_csv = comparison.rules
    rules_csv["funded"] = rules_csv["funded"].map({True: "true", False: "false"})
    metrics = comparison.metrics.copy()
    for column in ("funded", "non_empty_handed"):
        if column in metrics:
            metrics[column] = metrics[column].astype("Int64")
    return Report(
        format_comparison(comparison, lang),
        {"rules.csv": rules_csv, "metrics.csv": metrics},
    )


# --- the printed table -----------------------------------------------------------------------


def heading(rule: str, lang: str | None = None) -> str:
    """The short column heading of ``rule`` (at most 9 characters), e.g. ``eq.shares``."""
    key = f"bt_h_{rule}"
    return i18n.t(key, lang) if key in i18n.LABELS else rule


def _name(text: str) -> str:
    return text if len(text) <= NAME_WIDTH else text[: NAME_WIDTH - 1] + "…"


def _metric_rows(c: Comparison, ran: list[str], lang: str) -> list[tuple[str, list[str]]]:
    m = c.metrics.set_index("rule")
    b = c.ballots
    measure = SATISFACTION["approval" if b.approval else "points"]
    unit = "€" if b.approval else i18n.t("bt_points", lang)

    def row(label: str, column: str, fmt) -> tuple[str, list[str]]:
        return label, [fmt(m.at[r, column]) for r in ran]

    def count(x) -> str:
        return i18n.number(int(x), lang=lang)

    def yes_no(x) -> str:
        return "–" if x is None or pd.isna(x) else i18n.t("bt_yes" if x else "bt_no", lang)

    voters = i18n.number(b.problem.n_voters, lang=lang)
    rows = [
        row(i18n.t("bt_funded", lang), "funded", count),
        row(i18n.t("bt_spent", lang), "spent", lambda x: i18n.euro(x, lang=lang)),
        row(i18n.tf("bt_with_project", lang, voters=voters), "non_empty_handed", count),
        row(
            i18n.tf("bt_avg_satisfaction", lang, measure=measure, unit=unit),
            "avg_satisfaction",
            lambda x: i18n.number(x, 0, lang),
        ),
        row(
            i18n.tf("bt_gini", lang, measure=measure),
            "gini_satisfaction",
            lambda x: i18n.number(x, 3, lang),
        ),
    ]
    rows += [
        row(
            i18n.tf("bt_share", lang, category=col.removeprefix("share: ")),
            col,
            lambda x: i18n.percent(x, 0, lang),
        )
        for col in m.columns
        if col.startswith("share: ")
    ]
    rows += [
        row(i18n.t("bt_ejr", lang), "ejr", yes_no),
        row(i18n.t("bt_pjr", lang), "pjr", yes_no),
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


def _title(c: Comparison, lang: str) -> str:
    b = c.ballots
    return i18n.tf(
        "bt_title",
        lang,
        description=b.description,
        source=b.source,
        voters=i18n.number(b.problem.n_voters, lang=lang),
        projects=i18n.number(b.problem.n_proposals, lang=lang),
        budget=i18n.euro(b.budget, lang=lang),
        ballots=ballots_words(b.vote_type, lang),
    )


def _project_rows(
    c: Comparison, ran: list[str], lang: str
) -> tuple[str, list[tuple[str, list[str]]]]:
    """The headings of the first columns (project, cost) and a row per project: its name (cut
    to :data:`NAME_WIDTH`), its cost and a ✔ under each rule that funds it."""
    b = c.ballots
    costs = [i18n.euro(cost, lang=lang) for cost in b.costs]
    cost_head = i18n.t("bt_cost", lang)
    width = max(len(text) for text in [cost_head, *costs])
    rows = [
        (
            f"{_name(name):<{NAME_WIDTH}}  {cost:>{width}}",
            ["✔" if cast(np.ndarray, c.outcomes[r].funded)[p] else "" for r in ran],
        )
        for p, (name, cost) in enumerate(zip(b.names, costs, strict=True))
    ]
    return f"{i18n.t('bt_project', lang):<{NAME_WIDTH}}  {cost_head:>{width}}", rows


def _widths(heads: list[str], rows: list[tuple[str, list[str]]]) -> list[int]:
    """Each rule's column: as wide as its heading or its widest value, and two spaces."""
    columns = zip(heads, *(cells for _, cells in rows), strict=True)
    return [max(5, *(len(text) for text in column)) + 2 for column in columns]


def format_comparison(c: Comparison, lang: str | None = None) -> str:
    """Projects (names, euro) by rule with ✔ for funded, then the metrics and the notes, in
    ``lang`` (``None``: the current language). Names from the file stay as they are."""
    lang = resolve(lang)
    ran = [r for r, o in c.outcomes.items() if o.funded is not None]
    heads = [heading(r, lang) for r in ran]
    first, project_rows = _project_rows(c, ran, lang)
    metric_rows = _metric_rows(c, ran, lang)
    widths = _widths(heads, metric_rows)
    label_width = max(len(label) for label, _ in project_rows + metric_rows) + 2
    header = f"  {first}".ljust(label_width + 2) + "".join(
        f"{h:>{w}}" for h, w in zip(heads, widths, strict=True)
    )
    rule_line = "  " + "-" * (label_width + sum(widths))
    out = [_title(c, lang), header, *_lines(project_rows, widths, label_width), rule_line]
    out += _lines(metric_rows, widths, label_width)
    out += _notes(c, ran, lang)
    return "\n".join(out)


def _legend(ran: list[str], lang: str) -> list[str]:
    """Under the table, one line per rule: its heading, its name in the CSV and ``--rules``, and
    its full name from the translation table."""
    heads = [heading(r, lang) for r in ran]
    ids = [f"`{r}`" for r in ran]
    head_width = max(map(len, heads), default=0)
    id_width = max(map(len, ids), default=0)
    return [i18n.t("bt_legend", lang)] + [
        f"  {h:<{head_width}}  {i:<{id_width}}  {i18n.t(r, lang)}"
        for h, i, r in zip(heads, ids, ran, strict=True)
    ]


def _notes(c: Comparison, ran: list[str], lang: str) -> list[str]:
    notes = [
        i18n.tf("bt_skipped", lang, rule=heading(rule, lang), reason=o.reason.text(lang))
        for rule, o in c.outcomes.items()
        if o.reason is not None
    ]
    jr = jr_reason(c.ballots)
    if ran and jr is not None:
        notes.append(jr.text(lang))
    prefix = i18n.t("cli_note", lang)
    return _legend(ran, lang) + [f"{prefix}: {n}" for n in notes]


def funded_ids(c: Comparison, rule: str) -> list[str]:
    """The project ids a rule funds, in the order of the file."""
    funded = c.outcomes[rule].funded
    return [] if funded is None else list(np.array(c.ballots.project_ids)[funded])
