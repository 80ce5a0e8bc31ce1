"""The ``buurtsim`` command line: run, sweep and validate scenarios without a notebook.

    buurtsim run scenarios/arendonk.yaml --runs 30 --set municipality.control=0.9
    buurtsim sweep scenarios/arendonk.yaml --param municipality.control --values 0.1,0.5,0.9
    buurtsim validate scenarios/olmen.yaml
    buurtsim validate-pilot --runs 50
    buurtsim sensitivity scenarios/arendonk.yaml --trajectories 20
    buurtsim ablate scenarios/arendonk.yaml --seeds 30
    buurtsim report scenarios/arendonk.yaml --compare scenarios/strict-municipality.yaml \
        --out rapport.html

Every user error (a bad scenario file, a bad ``--set``, ``--runs 0``, an output folder that cannot
be written) is printed as ``error: ...`` lines on stderr with exit code 2, never as a traceback.
Saved results are never overwritten: a run into a folder that already holds results goes to
``FOLDER-2``, ``FOLDER-3``, ... instead, and a report to ``FILE-2.html``, ``FILE-3.html``, ...
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import inspect
import json
import math
import os
import platform
import secrets
import shlex
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from . import __version__
from .ballots import BallotError
from .ballots import command as ballots_command
from .experiments import ensemble, run_seeds, sweep
from .scenarios import (
    Scenario,
    ScenarioError,
    flatten,
    load_scenario,
    parameters,
    parse_assignment,
    with_overrides,
)

#: the files ``run`` and ``sweep`` write; a folder holding any of them holds saved results
RESULT_FILES = ("summary.csv", "timeseries.csv", "scenario.yaml", "run.json")

#: the outcomes in the table that ``sweep`` prints: column, heading, format
SWEEP_COLUMNS = (
    ("participation_rate", "participation", "{:.1%}"),
    ("proposals", "proposals", "{:g}"),
    ("initiatives_realised", "realised", "{:g}"),
    ("conflicts_escalated", "escalated", "{:g}"),
    ("cohesion_gain", "cohesion gain", "{:+.3f}"),
    ("ownership_end", "ownership", "{:.2f}"),
    ("trust_municipality_end", "trust", "{:.2f}"),
)


class UserError(Exception):
    """A mistake in what the user asked for: printed as ``error:`` lines, exit code 2."""

    def __init__(self, *lines: str, hint: str = ""):
        super().__init__("\n".join(lines))
        self.lines = list(lines)
        self.hint = hint


class _Parser(argparse.ArgumentParser):
    """An argument parser that reports mistakes as a :class:`UserError` instead of exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(message, hint=f"(see `{self.prog} --help`)")


# --- argument types -------------------------------------------------------------------------


def _whole(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"must be a whole number of at least {minimum}, not {text!r}"
            ) from None
        if value < minimum:
            raise argparse.ArgumentTypeError(
                f"must be a whole number of at least {minimum}, not {value}"
            )
        return value

    parse.__name__ = f"whole number >= {minimum}"
    return parse


# --- the parser -----------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="buurtsim",
        description="Simulate a Flemish buurtbudget (neighbourhood budget) with an agent-based "
        "model.",
    )
    parser.add_argument("--version", action="version", version=f"buurtsim {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def scenario_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "scenario", metavar="SCENARIO", help="a scenario file, e.g. scenarios/arendonk.yaml"
        )

    def seed_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--seed",
            type=_whole(0),
            default=0,
            metavar="S",
            help="seed of the first run; run k uses seed S + k (default: 0)",
        )

    def processes_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--processes",
            type=_whole(1),
            default=None,
            metavar="P",
            help="worker processes (default: every core); results do not depend on it",
        )

    def set_arg(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--set",
            dest="overrides",
            action="append",
            default=[],
            metavar="KEY=VALUE",
            help="change one parameter, e.g. --set municipality.control=0.9 (repeatable)",
        )

    def out_arg(p: argparse.ArgumentParser, what: str) -> None:
        p.add_argument(
            "--out",
            type=lambda text: Path(text).expanduser(),
            default=None,
            metavar="DIR",
            help=f"output folder (default: results/<scenario>-{what}<date>-<time>); "
            "a folder that already holds results is never overwritten",
        )

    run = commands.add_parser("run", help="run an ensemble of one scenario")
    scenario_arg(run)
    run.add_argument("--runs", type=_whole(1), default=1, metavar="N", help="runs (default: 1)")
    seed_arg(run)
    set_arg(run)
    out_arg(run, "")
    processes_arg(run)
    run.add_argument(
        "--pb",
        action="store_true",
        help="also write each run's decision stage as a Pabulib file, decision-seed<S>.pb",
    )
    run.set_defaults(handler=cmd_run)

    sw = commands.add_parser("sweep", help="an ensemble for each value of one parameter")
    scenario_arg(sw)
    sw.add_argument("--param", required=True, metavar="KEY", help="dotted key, e.g. budget.amount")
    sw.add_argument(
        "--values",
        required=True,
        metavar="V1,V2,...",
        help="comma-separated values, read like --set values",
    )
    runs_default = inspect.signature(sweep).parameters["runs"].default
    sw.add_argument(
        "--runs",
        type=_whole(1),
        default=runs_default,
        metavar="N",
        help=f"runs per value (default: {runs_default})",
    )
    seed_arg(sw)
    set_arg(sw)
    out_arg(sw, "sweep-")
    processes_arg(sw)
    sw.set_defaults(handler=cmd_sweep)

    val = commands.add_parser("validate", help="check scenario files and show what they change")
    val.add_argument("scenarios", nargs="+", metavar="SCENARIO", help="one or more scenario files")
    val.set_defaults(handler=cmd_validate)

    pilot = commands.add_parser(
        "validate-pilot", help="compare the model with the 2018-2019 pilots in Arendonk and Olmen"
    )
    pilot.add_argument(
        "--runs", type=_whole(1), default=50, metavar="N", help="runs per pilot (default: 50)"
    )
    seed_arg(pilot)
    processes_arg(pilot)
    pilot.set_defaults(handler=cmd_validate_pilot)

    sens = commands.add_parser("sensitivity", help="Morris screening of every parameter")
    scenario_arg(sens)
    sens.add_argument(
        "--trajectories",
        type=_whole(2),
        default=None,
        metavar="N",
        help="Morris trajectories (default: that of buurtsim.experiments.sensitivity.morris)",
    )
    set_arg(sens)
    out_arg(sens, "sensitivity-")
    seed_arg(sens)
    processes_arg(sens)
    where = sens.add_mutually_exclusive_group()
    where.add_argument(
        "--scheduler",
        default=None,
        metavar="tcp://HOST:PORT",
        help="run on an existing Dask cluster",
    )
    where.add_argument(
        "--local-cluster", action="store_true", help="start a Dask cluster on this machine"
    )
    sens.add_argument(
        "--workers",
        type=_whole(1),
        default=None,
        metavar="N",
        help="workers of the --local-cluster",
    )
    sens.set_defaults(handler=cmd_sensitivity)

    rep = commands.add_parser(
        "report", help="a one-page HTML report of a scenario, or of a comparison of scenarios"
    )
    scenario_arg(rep)
    rep.add_argument(
        "--compare",
        nargs="+",
        action="extend",
        default=[],
        metavar="OTHER",
        help="scenario files to set beside SCENARIO (repeatable)",
    )
    rep.add_argument(
        "--out",
        required=True,
        type=lambda text: Path(text).expanduser(),
        metavar="FILE.html",
        help="the report file; if it exists, the report goes to FILE-2.html, ... instead",
    )
    rep.add_argument(
        "--runs",
        type=_whole(1),
        default=None,
        metavar="N",
        help="runs per scenario (default: that of buurtsim.workshop.report_main)",
    )
    seed_arg(rep)
    processes_arg(rep)
    rep.set_defaults(handler=cmd_report)

    bal = commands.add_parser("ballots", help="compare decision rules on real ballots (.pb file)")
    ballots_command.add_arguments(bal)
    bal.set_defaults(handler=cmd_ballots)

    _experiment("ablation").add_command(commands)  # buurtsim ablate SCENARIO: its own module
    return parser


# --- scenarios and overrides ----------------------------------------------------------------


def _scenario_problems(exc: ScenarioError, source: str | None = None) -> UserError:
    source = source or exc.source
    lines = [p if source in p else f"{source}: {p}" for p in exc.problems]
    return UserError(*lines)


def _load(path: str) -> Scenario:
    try:
        return load_scenario(path)
    except ScenarioError as exc:
        raise _scenario_problems(exc) from None


def _overrides(assignments: Sequence[str]) -> dict[str, Any]:
    """The ``--set`` assignments as ``{dotted key: value}`` (already checked)."""
    return dict(parse_assignment(text) for text in assignments)


def _scenario_with_sets(args: argparse.Namespace) -> Scenario:
    """The scenario file with every ``--set`` applied; all problems are reported at once."""
    scenario = _load(args.scenario)
    overrides: dict[str, Any] = {}
    problems: list[str] = []
    for text in args.overrides:
        try:
            key, value = parse_assignment(text)
        except ScenarioError as exc:
            problems.extend(exc.problems)
            continue
        overrides[key] = value
    # Keys without a dot fail before validation, so check them apart to report every problem.
    groups = [{k: v} for k, v in overrides.items() if "." not in k]
    groups.append({k: v for k, v in overrides.items() if "." in k})
    for group in groups:
        try:
            changed = with_overrides(scenario, group)
        except ScenarioError as exc:
            problems.extend(exc.problems)
            continue
        if len(groups) == 1:
            scenario = changed
    if problems:
        raise UserError(*(f"--set: {p}" for p in problems))
    return scenario


# --- output folder and files ----------------------------------------------------------------


def _default_out(scenario_path: str, what: str = "") -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return Path("results") / f"{Path(scenario_path).stem}-{what}{stamp}"


def _holds_results(folder: Path) -> bool:
    return any((folder / name).exists() for name in RESULT_FILES)


def _prepare_out(requested: Path, taken: Callable[[Path], bool] = _holds_results) -> Path:
    """Create the output folder, or ``FOLDER-2``, ``-3``, ... if it already holds results."""
    folder, k = requested, 1
    while True:
        if folder.exists() and not folder.is_dir():
            if folder == requested:
                raise UserError(f"cannot use {folder} as the output folder: it is a file")
            k += 1
            folder = requested.with_name(f"{requested.name}-{k}")
            continue
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                f"cannot create the output folder {folder}: {exc.strerror or exc}"
            ) from None
        if not taken(folder):
            break
        k += 1
        folder = requested.with_name(f"{requested.name}-{k}")
    probe = folder / f".buurtsim-write-test-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise UserError(
            f"cannot write to the output folder {folder}: {exc.strerror or exc}"
        ) from None
    if folder != requested:
        print(
            f"note: {requested} already holds results, so these go to {folder} instead",
            file=sys.stderr,
        )
    return folder


def _write_atomic(path: Path, write: Callable[[Path], Any]) -> None:
    """Write through a temporary file in the same folder, then move it into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _write_text(path: Path, text: str) -> None:
    _write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def _write_csv(path: Path, table: pd.DataFrame) -> None:
    # Missing values (no realisation yet) are empty cells.
    _write_atomic(path, lambda tmp: table.to_csv(tmp, index=False, na_rep=""))


def _scenario_yaml(scenario: Scenario, source: str, command: str) -> str:
    header = (
        f"# The fully resolved scenario of: {command}\n"
        f"# From {source}, written by buurtsim {__version__}; every parameter is listed,\n"
        "# so `buurtsim run` on this file redoes the run (with the seeds in run.json).\n"
    )
    body = yaml.safe_dump(
        scenario.model_dump(mode="json"), sort_keys=False, allow_unicode=True, width=100
    )
    return header + body


def _run_record(command: str, argv: Sequence[str], **fields: Any) -> str:
    import mesa

    record = {
        "buurtsim": __version__,
        "command": command,
        "argv": list(argv),
        **fields,
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "mesa": mesa.__version__,
        "numpy": np.__version__,
        "pandas": pd.__version__,
        "platform": platform.platform(),
    }
    return json.dumps(record, indent=2, ensure_ascii=False, default=str) + "\n"


def _write_results(folder: Path, tables: dict[str, pd.DataFrame], texts: dict[str, str]) -> None:
    try:
        for name, text in texts.items():
            _write_text(folder / name, text)
        for name, table in tables.items():  # summary.csv last: it marks a complete result
            _write_csv(folder / name, table)
    except OSError as exc:
        raise UserError(f"cannot write the results to {folder}: {exc.strerror or exc}") from None


def _progress(total: int, label: str):
    """A tqdm bar on stderr for more than one run, and the callback that drives it."""
    if total <= 1:
        return None, False
    from tqdm import tqdm

    bar = tqdm(total=total, unit="run", desc=label, file=sys.stderr, leave=False)

    def tick(done: int, _total: int) -> None:
        bar.update(done - bar.n)

    return bar, tick


# --- the readable summary -------------------------------------------------------------------


def _num(x: float) -> str:
    """A count or a median of counts: 12, 12.5, 1,234."""
    return f"{x:,.1f}".removesuffix(".0")


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _two(x: float) -> str:
    return f"{x:.2f}"


def _stats(values: pd.Series, fmt: Callable[[float], str]) -> tuple[str, str]:
    """The median (or the value of a single run) and the 10-90% range over runs."""
    v = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
    v = v[~np.isnan(v)]
    if len(v) == 0:
        return "n/a", ""
    if len(values) == 1:
        return fmt(v[0]), ""
    lo, hi = np.percentile(v, [10, 90], method="nearest")
    return fmt(float(np.median(v))), f"{fmt(lo)} to {fmt(hi)}"


def _start_end(
    table: pd.DataFrame, start: str, end: str, fmt: Callable[[float], str]
) -> tuple[str, str]:
    first = fmt(float(table[start].median()))
    value, spread = _stats(table[end], fmt)
    return f"{first} -> {value}", spread


def _seeds_text(seeds: Sequence[int]) -> str:
    if len(seeds) == 1:
        return f"seed {seeds[0]}"
    return f"seeds {seeds[0]}-{seeds[-1]}"


def format_summary(table: pd.DataFrame, scenario: Scenario, source: str) -> str:
    """A few lines a trainer can read aloud: the key outcomes of one run or an ensemble."""
    runs = len(table)
    weeks_value, weeks_spread = _stats(table["weeks_to_first_realisation"], _num)
    none = int(table["weeks_to_first_realisation"].isna().sum())
    if none == runs:
        weeks_value = "none"
    elif none:
        weeks_spread = f"{weeks_spread}  (none in {none} of {runs} runs)".lstrip()
    euro = lambda x: f"{x:,.0f}"  # noqa: E731
    lines = [
        ("participation (ever took part)", *_stats(table["participation_rate"], _pct)),
        ("  among vulnerable residents", *_stats(table["vulnerable_participation_rate"], _pct)),
        ("kick-off attendance", *_stats(table["kickoff_attendance"], _num)),
        ("proposals", *_stats(table["proposals"], _num)),
        ("initiatives funded", *_stats(table["initiatives_funded"], _num)),
        ("initiatives realised", *_stats(table["initiatives_realised"], _num)),
        ("initiatives sustained", *_stats(table["initiatives_sustained"], _num)),
        (f"euro spent of {euro(scenario.budget.amount)}", *_stats(table["budget_spent"], euro)),
        ("conflicts escalated", *_stats(table["conflicts_escalated"], _num)),
        ("cohesion, start -> end", *_start_end(table, "cohesion_start", "cohesion_end", _two)),
        ("trust in the municipality at the end", *_stats(table["trust_municipality_end"], _two)),
        (
            "lonely vulnerable residents, start -> end",
            *_start_end(table, "lonely_vulnerable_start", "lonely_vulnerable_end", _pct),
        ),
        ("weeks from kick-off to first realisation", weeks_value, weeks_spread),
    ]
    seeds = [int(s) for s in table["seed"]]
    runs_text = "one run" if runs == 1 else f"{runs} runs"
    out = [f"{scenario.neighbourhood.name} ({source}): {runs_text}, {_seeds_text(seeds)}"]
    label_w = max(len(label) for label, _, _ in lines) + 2
    value_w = max(len(value) for _, value, _ in lines)
    if runs > 1:
        out.append(f"  {'':<{label_w}}{'median':>{value_w}}   10% to 90% of runs")
    for label, value, spread in lines:
        out.append(f"  {label:<{label_w}}{value:>{value_w}}   {spread}".rstrip())
    return "\n".join(out)


def format_sweep(table: pd.DataFrame, key: str) -> str:
    """Medians per swept value for a few key outcomes."""
    columns = [c for c, _, _ in SWEEP_COLUMNS]
    medians = table.groupby(key, sort=False)[columns].median()
    rows = [[str(key)] + [heading for _, heading, _ in SWEEP_COLUMNS]]
    for value, row in medians.iterrows():
        cells = [_value_text(value)]
        for column, _, fmt in SWEEP_COLUMNS:
            cells.append("n/a" if math.isnan(row[column]) else fmt.format(row[column]))
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)
        ]
        lines.append("  " + "  ".join(cells))
    return "\n".join(lines)


def _value_text(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _files_text(folder: Path, names: Sequence[str]) -> str:
    return f"Results in {folder}{os.sep}: " + ", ".join(names)


# --- commands -------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace, argv: Sequence[str]) -> int:
    scenario = _scenario_with_sets(args)
    folder = _prepare_out(args.out or _default_out(args.scenario))
    command = shlex.join(["buurtsim", *argv])
    bar, tick = _progress(args.runs, scenario.neighbourhood.name)
    try:
        summary, timeseries = ensemble(
            scenario,
            runs=args.runs,
            seed=args.seed,
            processes=args.processes,
            progress=tick,
            timeseries=True,
        )
    finally:
        if bar is not None:
            bar.close()
    seeds = run_seeds(args.seed, args.runs)
    texts = {
        "scenario.yaml": _scenario_yaml(scenario, args.scenario, command),
        "run.json": _run_record(
            command,
            argv,
            scenario_file=args.scenario,
            overrides=_overrides(args.overrides),
            runs=args.runs,
            seeds=seeds,
            processes=args.processes,
        ),
    }
    _write_results(folder, {"timeseries.csv": timeseries, "summary.csv": summary}, texts)
    print(format_summary(summary, scenario, args.scenario))
    print(_files_text(folder, RESULT_FILES))
    if args.pb:
        _write_pb(scenario, seeds, folder, args.scenario)
    return 0


def _write_pb(scenario: Scenario, seeds: Sequence[int], folder: Path, source: str) -> None:
    from .ballots.export import export_decisions

    try:
        written, undecided = export_decisions(scenario, seeds, folder, source)
    except OSError as exc:
        raise UserError(f"cannot write the .pb files to {folder}: {exc.strerror or exc}") from None
    if undecided:
        print(f"note: no decision (run too short) for {_seeds_text(undecided)}", file=sys.stderr)
    print(_files_text(folder, [path.name for path in written]))


def cmd_ballots(args: argparse.Namespace, argv: Sequence[str]) -> int:
    try:
        made = ballots_command.report(args.file, args.rules)
    except BallotError as exc:
        raise UserError(str(exc)) from None
    out = args.out or _default_out(args.file, "ballots-")
    folder = _prepare_out(out, taken=ballots_command.holds_results)
    _write_results(folder, made.tables, {})
    print(made.text)
    print(_files_text(folder, list(made.tables)))
    return 0


def _sweep_values(base: Scenario, key: str, text: str) -> list[Any]:
    info = parameters()
    if key not in info:
        close = difflib.get_close_matches(key, info, n=3)
        hint = (
            ("did you mean " + " or ".join(f"`{c}`" for c in close))
            if close
            else ("allowed: " + ", ".join(info))
        )
        raise UserError(f"--param: unknown parameter `{key}`; {hint}")
    items = [item.strip() for item in text.split(",")]
    if any(item == "" for item in items):
        raise UserError(
            f"--values: {text!r} has an empty value; give values separated by commas, e.g. 0.1,0.5"
        )
    values, problems = [], []
    for item in items:
        _, value = parse_assignment(f"{key}={item}")
        try:
            checked = with_overrides(base, {key: value})
        except ScenarioError as exc:
            problems.extend(f"--values: {p}" for p in exc.problems)
            continue
        values.append(flatten(checked)[key])
    if problems:
        raise UserError(*problems)
    return values


def cmd_sweep(args: argparse.Namespace, argv: Sequence[str]) -> int:
    base = _scenario_with_sets(args)
    key = args.param
    values = _sweep_values(base, key, args.values)
    if key in _overrides(args.overrides):
        print(f"note: the sweep over {key} replaces its --set value", file=sys.stderr)
    folder = _prepare_out(args.out or _default_out(args.scenario, "sweep-"))
    command = shlex.join(["buurtsim", *argv])
    bar, tick = _progress(args.runs * len(values), f"{base.neighbourhood.name}: {key}")
    try:
        table = sweep(
            base,
            key,
            values,
            runs=args.runs,
            seed=args.seed,
            processes=args.processes,
            progress=tick,
        )
    finally:
        if bar is not None:
            bar.close()
    table = table[[key] + [c for c in table.columns if c != key]]
    texts = {
        "scenario.yaml": _scenario_yaml(base, args.scenario, command),
        "run.json": _run_record(
            command,
            argv,
            scenario_file=args.scenario,
            overrides=_overrides(args.overrides),
            param=key,
            values=values,
            runs_per_value=args.runs,
            seeds=run_seeds(args.seed, args.runs),
            processes=args.processes,
        ),
    }
    _write_results(folder, {"summary.csv": table}, texts)
    seeds = run_seeds(args.seed, args.runs)
    print(
        f"{base.neighbourhood.name} ({args.scenario}): sweep over {key}, "
        f"{args.runs} run(s) per value, {_seeds_text(seeds)}; medians:"
    )
    print(format_sweep(table, key))
    print(_files_text(folder, ("summary.csv", "scenario.yaml", "run.json")))
    return 0


def cmd_validate(args: argparse.Namespace, argv: Sequence[str]) -> int:
    info = parameters()
    status = 0
    for path in args.scenarios:
        try:
            scenario = load_scenario(path)
        except ScenarioError as exc:
            for line in _scenario_problems(exc).lines:
                print(f"error: {line}", file=sys.stderr)
            status = 1
            continue
        print(f"OK: {path} is a valid scenario")
        changed = {k: v for k, v in flatten(scenario).items() if v != info[k].default}
        if not changed:
            print("  every value is the default")
            continue
        print("  values that differ from the defaults:")
        width = max(len(k) for k in changed) + 2
        for key, value in changed.items():
            p = info[key]
            unit = f" {p.unit}" if p.unit else ""
            print(
                f"    {key:<{width}}{_value_text(value)}{unit}"
                f"  (default {_value_text(p.default)}; {p.en})"
            )
    return status


def cmd_validate_pilot(args: argparse.Namespace, argv: Sequence[str]) -> int:
    validation = _experiment("validation")
    table = validation.pilot_table(
        runs=args.runs, seed=args.seed, processes=args.processes, progress=True
    )
    print(validation.format_pilot_table(table))
    return 0


def cmd_sensitivity(args: argparse.Namespace, argv: Sequence[str]) -> int:
    if args.workers is not None and not args.local_cluster:
        raise UserError("--workers only applies with --local-cluster")
    scenario = _scenario_with_sets(args)
    sensitivity = _experiment("sensitivity")
    backends = _experiment("backends")
    if args.scheduler is not None:
        try:
            backends.check_address(args.scheduler)
        except backends.BackendError as exc:
            raise UserError(f"--scheduler: {exc}") from None
    # morris' save() never overwrites its own files, so any existing folder will do.
    folder = _prepare_out(
        args.out or _default_out(args.scenario, "sensitivity-"), taken=lambda _: False
    )
    options: dict[str, Any] = {}
    if args.trajectories is not None:
        options["trajectories"] = args.trajectories
    try:
        result = sensitivity.morris(
            scenario,
            seed=args.seed,
            processes=args.processes,
            scheduler=args.scheduler,
            local_cluster=args.local_cluster,
            workers=args.workers,
            progress=True,
            **options,
        )
    except backends.BackendError as exc:
        raise UserError(str(exc)) from None
    except (OSError, TimeoutError) as exc:
        if args.scheduler is None:
            raise
        raise UserError(f"could not use the Dask scheduler at {args.scheduler}: {exc}") from None
    print(result.summary_text())
    try:
        paths = result.save(folder)
    except OSError as exc:
        raise UserError(f"cannot write the results to {folder}: {exc.strerror or exc}") from None
    print(_files_text(folder, [Path(p).name for p in paths]))
    return 0


def _report_main():
    """:func:`buurtsim.workshop.report_main`, imported only when a report is made (it is slow
    to import: plots)."""
    from .workshop import report_main

    return report_main


def cmd_report(args: argparse.Namespace, argv: Sequence[str]) -> int:
    out: Path = args.out
    if out.suffix.lower() not in (".html", ".htm"):
        raise UserError(
            f"--out: the report is an HTML file; give a name ending in .html, not {out}"
        )
    problems: list[str] = []
    for path in [args.scenario, *args.compare]:  # every file checked before any run
        try:
            load_scenario(path)
        except ScenarioError as exc:
            problems.extend(_scenario_problems(exc).lines)
    if problems:
        raise UserError(*problems)
    folder = out.parent
    if folder.exists() and not folder.is_dir():
        raise UserError(f"--out: cannot write the report into {folder}: it is a file")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            f"--out: cannot create the folder {folder}: {exc.strerror or exc}"
        ) from None
    if not os.access(folder, os.W_OK):
        raise UserError(f"--out: cannot write to the folder {folder}")
    try:
        options = {} if args.runs is None else {"runs": args.runs}
        written = _report_main()(
            [args.scenario],
            args.compare,
            str(out),
            seed=args.seed,
            processes=args.processes,
            **options,
        )
    except ScenarioError as exc:
        raise _scenario_problems(exc) from None
    except ValueError as exc:
        raise UserError(str(exc)) from None
    except OSError as exc:
        raise UserError(f"cannot write the report {out}: {exc.strerror or exc}") from None
    if written != out:
        print(f"note: {out} already exists, so the report went to {written}", file=sys.stderr)
    print(f"Report written to {written}")
    return 0


def _experiment(name: str):
    """Import ``buurtsim.experiments.<name>`` when a command needs it."""
    import importlib

    module = f"buurtsim.experiments.{name}"
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name == module:
            raise UserError(f"this installation of buurtsim has no {module}") from None
        if exc.name and exc.name.split(".")[0] in ("dask", "distributed"):
            raise UserError(
                f"{module} needs Dask; install it with: pip install 'buurtsim[dask]'"
            ) from None
        raise


def _no_tqdm_monitor() -> None:
    """Keep tqdm from starting its monitor thread.

    Ensembles fork worker processes, and forking a process that runs threads can deadlock
    (Python 3.12+ warns about it). The thread only corrects the refresh rate of slow bars.
    """
    from tqdm import tqdm

    tqdm.monitor_interval = 0
    if tqdm.monitor is not None:  # started by an earlier bar in this process
        tqdm.monitor.exit()
        tqdm.monitor = None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 invalid scenario, 2 user error)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # --help and --version
            return exc.code if isinstance(exc.code, int) else 0
        _no_tqdm_monitor()
        return args.handler(args, argv)
    except UserError as exc:
        for line in exc.lines:
            print(f"error: {line}", file=sys.stderr)
        if exc.hint:
            print(exc.hint, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `buurtsim validate ... | head`: the reader went away
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
