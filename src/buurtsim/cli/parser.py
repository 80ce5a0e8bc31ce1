"""The argument parser of ``buurtsim``: one small function per command."""

from __future__ import annotations

import argparse
import inspect
import os
from pathlib import Path

from .. import __version__
from ..ballots import command as ballots_command
from ..experiments import sweep
from ..i18n import t
from ..language import ENV, current
from .commands import cmd_ballots, cmd_run, cmd_sweep, cmd_validate
from .common import UserError, _experiment, _Parser
from .handouts import add_handouts
from .lang import lang_arg
from .options import out_arg, processes_arg, scenario_arg, seed_arg, set_arg, whole_arg
from .reports import cmd_report, cmd_sensitivity, cmd_validate_pilot


def _add_run(commands) -> None:
    run = commands.add_parser("run", help="run an ensemble of one scenario")
    scenario_arg(run)
    whole_arg(run, "--runs", 1, 1, "runs (default: 1)")
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


def _add_sweep(commands) -> None:
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
    whole_arg(sw, "--runs", 1, runs_default, f"runs per value (default: {runs_default})")
    seed_arg(sw)
    set_arg(sw)
    out_arg(sw, "sweep-")
    processes_arg(sw)
    sw.set_defaults(handler=cmd_sweep)


def _add_validate(commands) -> None:
    val = commands.add_parser("validate", help="check scenario files and show what they change")
    val.add_argument("scenarios", nargs="+", metavar="SCENARIO", help="one or more scenario files")
    val.set_defaults(handler=cmd_validate)

    pilot = commands.add_parser(
        "validate-pilot", help="compare the model with the 2018-2019 pilots in Arendonk and Olmen"
    )
    whole_arg(pilot, "--runs", 1, 50, "runs per pilot (default: 50)")
    seed_arg(pilot)
    processes_arg(pilot)
    pilot.set_defaults(handler=cmd_validate_pilot)


def _add_sensitivity(commands) -> None:
    sens = commands.add_parser("sensitivity", help="Morris screening of every parameter")
    scenario_arg(sens)
    whole_arg(
        sens,
        "--trajectories",
        2,
        None,
        "Morris trajectories (default: that of buurtsim.experiments.sensitivity.morris)",
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
    whole_arg(sens, "--workers", 1, None, "workers of the --local-cluster")
    sens.set_defaults(handler=cmd_sensitivity)


def _add_report(commands) -> None:
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
    whole_arg(
        rep, "--runs", 1, None, "runs per scenario (default: that of buurtsim.workshop.report_main)"
    )
    seed_arg(rep)
    processes_arg(rep)
    rep.set_defaults(handler=cmd_report)


def _add_ballots(commands) -> None:
    bal = commands.add_parser("ballots", help="compare decision rules on real ballots (.pb file)")
    ballots_command.add_arguments(bal)
    bal.set_defaults(handler=cmd_ballots)


def cmd_workshop(args: argparse.Namespace, argv) -> int:
    """Serve the workshop dashboard (see :mod:`buurtsim.workshop.serve`) in the current language:
    the Voilà kernels are child processes, so they read it from ``BUURTSIM_LANG``, which is set
    while the server runs (and put back afterwards, for a caller in the same process)."""
    from ..workshop.serve import serve

    before = os.environ.get(ENV)
    os.environ[ENV] = current()
    try:
        return serve(args)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    except ImportError:
        raise UserError(t("cli_needs_voila")) from None
    finally:
        if before is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = before


def _add_workshop(commands) -> None:
    ws = commands.add_parser(
        "workshop",
        help="serve the workshop dashboard (Voila); --lan: every group on its own device",
    )
    ws.add_argument(
        "--lan",
        action="store_true",
        help="serve on the local network (the trainer's hotspot or the room's wifi): shows the "
        "address, the token and a QR code",
    )
    ws.add_argument(
        "--dir",
        default=None,
        metavar="FOLDER",
        help="the folder of the workshop log, relative to here (default: $WORKSHOP_DIR, else the "
        "folder of the last workshop started here, else ./workshop-log)",
    )
    whole_arg(ws, "--port", 1, 8866, "the port (default: 8866)")
    whole_arg(
        ws,
        "--cull-minutes",
        1,
        10,
        "shut down the kernel of a closed page after this many idle minutes (default: 10)",
    )
    ws.add_argument("--token", default=None, help="the token (default: a new random one)")
    ws.add_argument("--no-browser", action="store_true", help="do not open a browser")
    ws.set_defaults(handler=cmd_workshop)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="buurtsim",
        description="Simulate a Flemish buurtbudget (neighbourhood budget) with an agent-based "
        "model.",
    )
    parser.add_argument("--version", action="version", version=f"buurtsim {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    adders = (
        _add_run,
        _add_sweep,
        _add_validate,
        _add_sensitivity,
        _add_report,
        _add_ballots,
        _add_workshop,
        add_handouts,
    )
    for add in adders:
        add(commands)
    _experiment("ablation").add_command(commands)  # buurtsim ablate SCENARIO: its own module
    lang_arg(parser)
    for command in commands.choices.values():
        lang_arg(command)
    return parser
