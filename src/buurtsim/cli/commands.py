"""The commands that run scenarios: ``run``, ``sweep``, ``validate`` and ``ballots``."""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..ballots import BallotError
from ..ballots import command as ballots_command
from ..experiments import ensemble, run_seeds, sweep
from ..i18n import label, t, tf, unit
from ..scenarios import (
    Scenario,
    ScenarioError,
    flatten,
    load_scenario,
    parameters,
    parse_assignment,
    with_overrides,
)
from .common import UserError, _overrides, _scenario_problems, _scenario_with_sets
from .output import (
    RESULT_FILES,
    _default_out,
    _files_text,
    _prepare_out,
    _progress,
    _saved_texts,
    _write_results,
    note,
    os_reason,
)
from .summary import _seeds_text, _value_text, format_summary, format_sweep


def cmd_run(args: argparse.Namespace, argv: Sequence[str]) -> int:
    scenario = _scenario_with_sets(args)
    folder = _prepare_out(args.out or _default_out(args.scenario))
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
    texts = _saved_texts(
        scenario,
        args.scenario,
        argv,
        overrides=_overrides(args.overrides),
        runs=args.runs,
        seeds=seeds,
        processes=args.processes,
    )
    _write_results(folder, {"timeseries.csv": timeseries, "summary.csv": summary}, texts)
    print(format_summary(summary, scenario, args.scenario))
    print(_files_text(folder, RESULT_FILES))
    if args.pb:
        _write_pb(scenario, seeds, folder, args.scenario)
    return 0


def _write_pb(scenario: Scenario, seeds: Sequence[int], folder: Path, source: str) -> None:
    from ..ballots.export import export_decisions

    try:
        written, undecided = export_decisions(scenario, seeds, folder, source)
    except OSError as exc:
        raise UserError(tf("cli_pb_write", folder=folder, reason=os_reason(exc))) from None
    if undecided:
        note(tf("cli_pb_undecided", seeds=_seeds_text(undecided)))
    print(_files_text(folder, [path.name for path in written]))


def cmd_ballots(args: argparse.Namespace, argv: Sequence[str]) -> int:
    try:
        made = ballots_command.report(args.file, args.rules)
    except BallotError as exc:
        raise UserError(exc.message()) from None
    out = args.out or _default_out(args.file, "ballots-")
    folder = _prepare_out(out, taken=ballots_command.holds_results)
    _write_results(folder, made.tables, {})
    print(made.text)
    print(_files_text(folder, list(made.tables)))
    return 0


def _check_param(key: str) -> None:
    """A :class:`UserError` naming the closest parameters if ``key`` is not one."""
    info = parameters()
    if key in info:
        return
    close = difflib.get_close_matches(key, info, n=3)
    hint = (
        tf("cli_did_you_mean", names=f" {t('cli_or')} ".join(f"`{c}`" for c in close))
        if close
        else tf("cli_allowed", names=", ".join(info))
    )
    raise UserError(tf("cli_unknown_param", param=key, hint=hint))


def _value_items(text: str) -> list[str]:
    items = [item.strip() for item in text.split(",")]
    if any(item == "" for item in items):
        raise UserError(tf("cli_empty_value", text=repr(text)))
    return items


def _sweep_values(base: Scenario, key: str, text: str) -> list[Any]:
    _check_param(key)
    items = _value_items(text)
    values: list[Any] = []
    problems: list[str] = []
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
        note(tf("cli_sweep_replaces", param=key))
    folder = _prepare_out(args.out or _default_out(args.scenario, "sweep-"))
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
    texts = _saved_texts(
        base,
        args.scenario,
        argv,
        overrides=_overrides(args.overrides),
        param=key,
        values=values,
        runs_per_value=args.runs,
        seeds=run_seeds(args.seed, args.runs),
        processes=args.processes,
    )
    _write_results(folder, {"summary.csv": table}, texts)
    seeds = run_seeds(args.seed, args.runs)
    name, source = base.neighbourhood.name, args.scenario
    print(tf("cli_sweep_head", name=name, source=source, param=key, runs=args.runs,
             seeds=_seeds_text(seeds)))  # fmt: skip
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
                print(f"{t('cli_error')}: {line}", file=sys.stderr)
            status = 1
            continue
        print(tf("cli_valid", path=path))
        _print_changed({k: v for k, v in flatten(scenario).items() if v != info[k].default}, info)
    return status


def _print_changed(changed: dict[str, Any], info: dict[str, Any]) -> None:
    """The values of a scenario that differ from the defaults, one line each."""
    if not changed:
        print(t("cli_all_default"))
        return
    print(t("cli_differs"))
    width = max(len(k) for k in changed) + 2
    for key, value in changed.items():
        p = info[key]
        unit_text = f" {unit(p.unit)}" if p.unit else ""
        was = tf("cli_default_was", value=_value_text(p.default), label=label(key))
        print(f"    {key:<{width}}{_value_text(value)}{unit_text}  ({was})")
