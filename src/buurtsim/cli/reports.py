"""The commands that study the model: ``validate-pilot``, ``sensitivity`` and ``report``."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..i18n import tf
from ..scenarios import Scenario, ScenarioError, load_scenario
from .common import UserError, _experiment, _scenario_problems, _scenario_with_sets
from .output import _default_out, _files_text, _make_folder, _prepare_out, note, os_reason
from .pilot import pilot_text


def cmd_validate_pilot(args: argparse.Namespace, argv: Sequence[str]) -> int:
    validation = _experiment("validation")
    table = validation.pilot_table(
        runs=args.runs, seed=args.seed, processes=args.processes, progress=True
    )
    print(pilot_text(table))
    return 0


# --- sensitivity ----------------------------------------------------------------------------


def _check_scheduler(args: argparse.Namespace, backends) -> None:
    if args.scheduler is not None:
        try:
            backends.check_address(args.scheduler)
        except backends.BackendError as exc:
            raise UserError(f"--scheduler: {exc}") from None


def _morris(args: argparse.Namespace, scenario: Scenario, sensitivity, backends):
    """Run :func:`buurtsim.experiments.sensitivity.morris` as the options ask."""
    options: dict[str, Any] = {}
    if args.trajectories is not None:
        options["trajectories"] = args.trajectories
    try:
        return sensitivity.morris(
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
        raise UserError(tf("cli_scheduler", address=args.scheduler, reason=exc)) from None


def cmd_sensitivity(args: argparse.Namespace, argv: Sequence[str]) -> int:
    if args.workers is not None and not args.local_cluster:
        raise UserError(tf("cli_workers_alone"))
    scenario = _scenario_with_sets(args)
    sensitivity = _experiment("sensitivity")
    backends = _experiment("backends")
    _check_scheduler(args, backends)
    # morris' save() never overwrites its own files, so any existing folder will do.
    folder = _prepare_out(
        args.out or _default_out(args.scenario, "sensitivity-"), taken=lambda _: False
    )
    result = _morris(args, scenario, sensitivity, backends)
    print(result.summary_text())
    try:
        paths = result.save(folder)
    except OSError as exc:
        raise UserError(tf("cli_results_write", folder=folder, reason=os_reason(exc))) from None
    print(_files_text(folder, [Path(p).name for p in paths]))
    return 0


# --- report ---------------------------------------------------------------------------------


def _report_main():
    """:func:`buurtsim.workshop.report_main`, imported only when a report is made (it is slow
    to import: plots)."""
    from ..workshop import report_main

    return report_main


def _check_scenarios(paths: Sequence[str]) -> None:
    """Every scenario file checked before any run; all problems at once."""
    problems: list[str] = []
    for path in paths:
        try:
            load_scenario(path)
        except ScenarioError as exc:
            problems.extend(_scenario_problems(exc).lines)
    if problems:
        raise UserError(*problems)


def _report_folder(folder: Path) -> None:
    """Create the folder of the report file, or say why it cannot be used."""
    if folder.exists() and not folder.is_dir():
        raise UserError(tf("cli_report_in_file", folder=folder))
    _make_folder(folder, "cli_report_mkdir")
    if not os.access(folder, os.W_OK):
        raise UserError(tf("cli_report_no_write", folder=folder))


def _make_report(args: argparse.Namespace, out: Path) -> Path:
    try:
        options = {} if args.runs is None else {"runs": args.runs}
        return _report_main()(
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
        raise UserError(tf("cli_report_write", out=out, reason=os_reason(exc))) from None


def cmd_report(args: argparse.Namespace, argv: Sequence[str]) -> int:
    out: Path = args.out
    if out.suffix.lower() not in (".html", ".htm"):
        raise UserError(tf("cli_report_html", out=out))
    _check_scenarios([args.scenario, *args.compare])
    _report_folder(out.parent)
    written = _make_report(args, out)
    if written != out:
        note(tf("cli_report_exists", out=out, written=written))
    print(tf("cli_report_written", written=written))
    return 0
