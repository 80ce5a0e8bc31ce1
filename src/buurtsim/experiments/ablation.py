"""Ablation as pattern-oriented modelling does it: switch mechanisms off, see which claims break.

Every mechanism of the model has a switch in the scenario (``mechanisms.mediation: false`` and so
on, see :class:`buurtsim.scenarios.schema.Mechanisms`). :func:`ablate` evaluates the patterns
(:mod:`buurtsim.experiments.patterns`) with every mechanism on, then with each one off in turn,
and gives a table mechanism x pattern of held / broken. A mechanism that no pattern needs is
either untested or superfluous; :data:`BREAKS` says which patterns each one should break.

    buurtsim ablate scenarios/arendonk.yaml --seeds 30 --out results/ablatie

The command prints the table in Dutch (every word from :mod:`buurtsim.i18n`) and writes it as
``ablatie.csv`` (the printed table), ``ablatie-waarden.csv`` (every measured value, long),
``scenario.yaml`` and ``run.json`` into a folder that never overwrites earlier results.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from ..i18n import label, t
from ..scenarios import Scenario, load_scenario, parameters
from .patterns import PATTERNS, RUNS, SEED, Ensembles, Pattern, by_key, evaluate

#: the row of the table with every mechanism on
ALL_ON = "all_on"

#: the mechanisms of issue 8, in case the schema does not list them (see :func:`mechanisms`)
MECHANISMS = (
    "breach_consequences", "street_taste", "expectation_trust", "support",
    "mediation", "scope_trim", "targeted_visits", "isolation", "disengagement", "habitual_ties",
)  # fmt: skip

#: the pattern(s) each mechanism should break when it is off, cheapest first (at least one must)
BREAKS: dict[str, tuple[str, ...]] = {
    "breach_consequences": ("1b",),  # nothing fails at control 0: the price of letting go goes
    "street_taste": ("6b", "6a"),  # one taste for all: every rule funds the same set
    "expectation_trust": ("2",),  # a broken promise costs no more than honest strictness
    "support": ("3a", "1b"),  # the support lever does nothing
    "mediation": ("4b", "4a"),  # every mediated conflict settles at once
    "scope_trim": ("5c",),  # a trim keeps the whole project for less money
    "targeted_visits": ("7",),  # visits at random reach the vulnerable no better
    "isolation": ("7b",),  # isolated residents meet as often as anyone at the meeting places
    "disengagement": ("8b",),  # once active, always active
    "habitual_ties": ("8a",),  # ties decay to nothing without the process
}

#: Mechanisms no pattern shows to be needed yet (issue 8 stays open until this is empty): their
#: pattern fails with every mechanism on (``patterns.NOT_YET``), or holds without them too.
NOT_SHOWN_YET: dict[str, str] = {}

FILES = ("ablatie.csv", "ablatie-waarden.csv", "scenario.yaml", "run.json")


def mechanisms() -> tuple[str, ...]:
    """The mechanism switches of the scenario schema (``mechanisms.*``), else :data:`MECHANISMS`."""
    found = tuple(k.split(".", 1)[1] for k in parameters() if k.startswith("mechanisms."))
    return found or MECHANISMS


@dataclass
class Ablation:
    """Held (True) or broken (False) per mechanism switched off (rows) and pattern (columns)."""

    table: pd.DataFrame  # index: ALL_ON, then each mechanism; columns: pattern keys
    values: pd.DataFrame  # long: mechanism, pattern, measure, value, held
    runs: int
    seed: int


def ablate(
    scenario: Scenario | str | Path,
    switched: Iterable[str] | None = None,
    patterns: Iterable[Pattern | str] = PATTERNS,
    runs: int = RUNS,
    seed: int = SEED,
    processes: int | None = 1,
    ensembles: Ensembles | None = None,
    report=None,
) -> Ablation:
    """Evaluate ``patterns`` with all mechanisms on, then with each of ``switched`` off.

    ``report(mechanism)`` is called before each row (for progress). Ensembles are shared
    between patterns through ``ensembles`` (a fresh :class:`Ensembles` by default).
    """
    base = load_scenario(scenario)
    chosen = [by_key(p) if isinstance(p, str) else p for p in patterns]
    ensembles = ensembles or Ensembles(runs=runs, seed=seed, processes=processes)
    rows: dict[str, dict[str, bool]] = {}
    values = []
    for mechanism in [ALL_ON, *(switched if switched is not None else mechanisms())]:
        if report is not None:
            report(mechanism)
        off = {} if mechanism == ALL_ON else {f"mechanisms.{mechanism}": False}
        rows[mechanism] = {}
        for p in chosen:
            e = evaluate(p, ensembles, base, off)
            rows[mechanism][p.key] = e.held
            values += [(mechanism, p.key, k, v, e.held) for k, v in e.values.items()]
    table = pd.DataFrame.from_dict(rows, orient="index")
    long = pd.DataFrame(values, columns=["mechanism", "pattern", "measure", "value", "held"])
    return Ablation(table, long, ensembles.runs, ensembles.seed)


def _row_label(mechanism: str) -> str:
    return t("ablation_all_on") if mechanism == ALL_ON else mechanism


def dutch_table(ablation: Ablation, lang: str | None = None) -> pd.DataFrame:
    """The table as words: one row per mechanism, a cell per pattern ("houdt" / "BREEKT")."""
    words = {True: t("pattern_held", lang), False: t("pattern_broken", lang)}
    table = ablation.table.map(lambda held: words[bool(held)])
    table.insert(0, t("ablation_mechanism", lang), [_row_label(m) for m in table.index])
    return table.reset_index(drop=True)


def format_ablation(ablation: Ablation, lang: str | None = None) -> str:
    """The table as aligned text, with a legend of the mechanisms and the patterns."""
    table = dutch_table(ablation, lang)
    cells = [list(table.columns)] + table.values.tolist()
    widths = [max(len(str(row[k])) for row in cells) for k in range(len(cells[0]))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in cells]  # fmt: skip
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines += ["", t("ablation_mechanisms", lang) + ":"]
    lines += [f"  {m}: {label(f'mechanisms.{m}', lang)}" for m in ablation.table.index[1:]]
    lines += ["", t("ablation_patterns", lang) + ":"]
    lines += [f"  {k}: {t(f'pattern_{k}', lang)}" for k in ablation.table.columns]
    lines += ["", t("ablation_seeds", lang).format(runs=ablation.runs, seed=ablation.seed)]
    return "\n".join(lines)


# --- the command line -------------------------------------------------------------------------


def _names(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def add_command(commands: Any) -> None:
    """Register ``buurtsim ablate`` on the subcommands of :func:`buurtsim.cli.build_parser`."""
    from ..cli.options import out_arg, processes_arg, scenario_arg, seed_arg, whole_arg

    text = t("ablation_help")
    p = commands.add_parser("ablate", help=text, description=text)
    scenario_arg(p)
    whole_arg(p, "--seeds", 2, RUNS, t("clih_seeds").format(runs=RUNS))
    seed_arg(p, default=SEED)
    p.add_argument(
        "--mechanisms",
        nargs="+",
        default=None,
        metavar=t("clih_mv_name"),
        help=t("clih_mechanisms"),
    )
    p.add_argument("--patterns", default=None, metavar="K1,K2", help=t("clih_patterns"))
    out_arg(p, "ablatie-")
    processes_arg(p)
    p.set_defaults(handler=cmd_ablate)


def _checked(asked: Sequence[str] | None, known: Sequence[str], what: str) -> list[str] | None:
    from ..cli.common import UserError

    if asked is None:
        return None
    names = [n for text in asked for n in _names(text)]
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise UserError(f"--{what}: " + t("ablation_unknown").format(
            names=", ".join(unknown) or "-", known=", ".join(known)))  # fmt: skip
    return names


def cmd_ablate(args: argparse.Namespace, argv: Sequence[str]) -> int:
    from ..cli import output
    from ..cli.common import _load

    scenario = _load(args.scenario)
    switched = _checked(args.mechanisms, mechanisms(), "mechanisms")
    wanted = _checked(args.patterns and [args.patterns], [p.key for p in PATTERNS], "patterns")
    folder = output._prepare_out(
        args.out or output._default_out(args.scenario, "ablatie-"),
        taken=lambda f: any((f / name).exists() for name in FILES),
    )

    def report(mechanism: str) -> None:
        print(t("ablation_running").format(mechanism=_row_label(mechanism)), file=sys.stderr)

    result = ablate(scenario, switched, wanted or PATTERNS, args.seeds, args.seed,
                    args.processes, report=report)  # fmt: skip
    texts = output._saved_texts(
        scenario,
        args.scenario,
        argv,
        runs=args.seeds,
        first_seed=args.seed,
        mechanisms=list(result.table.index[1:]),
        patterns=list(result.table.columns),
    )
    tables = {"ablatie-waarden.csv": result.values, "ablatie.csv": dutch_table(result)}
    output._write_results(folder, tables, texts)
    print(format_ablation(result))
    print(output._files_text(folder, FILES))
    return 0
