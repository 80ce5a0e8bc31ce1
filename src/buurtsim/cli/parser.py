"""The argument parser of ``buurtsim``: one small function per command."""

from __future__ import annotations

import argparse
import inspect
import os
from pathlib import Path

from .. import __version__
from ..ballots import command as ballots_command
from ..experiments import sweep
from ..i18n import t, tf
from ..language import ENV, current
from .commands import cmd_ballots, cmd_run, cmd_sweep, cmd_validate
from .common import UserError, _experiment, _Parser
from .handouts import add_handouts
from .lang import lang_arg
from .options import out_arg, processes_arg, scenario_arg, seed_arg, set_arg, whole_arg
from .reports import cmd_report, cmd_sensitivity, cmd_validate_pilot


def _command(commands, name: str, key: str) -> argparse.ArgumentParser:
    """The subcommand ``name``; its line in ``buurtsim --help`` and its description are the
    label ``key``."""
    text = t(key)
    return commands.add_parser(name, help=text, description=text)


def _add_run(commands) -> None:
    run = _command(commands, "run", "clih_run")
    scenario_arg(run)
    whole_arg(run, "--runs", 1, 1, tf("clih_runs", runs=1))
    seed_arg(run)
    set_arg(run)
    out_arg(run, "")
    processes_arg(run)
    run.add_argument(
        "--pb",
        action="store_true",
        help=t("clih_pb"),
    )
    run.set_defaults(handler=cmd_run)


def _add_sweep(commands) -> None:
    sw = _command(commands, "sweep", "clih_sweep")
    scenario_arg(sw)
    sw.add_argument("--param", required=True, metavar=t("clih_mv_key"), help=t("clih_param"))
    sw.add_argument("--values", required=True, metavar=t("clih_mv_values"), help=t("clih_values"))
    runs_default = inspect.signature(sweep).parameters["runs"].default
    whole_arg(sw, "--runs", 1, runs_default, tf("clih_runs_per_value", runs=runs_default))
    seed_arg(sw)
    set_arg(sw)
    out_arg(sw, "sweep-")
    processes_arg(sw)
    sw.set_defaults(handler=cmd_sweep)


def _add_validate(commands) -> None:
    val = _command(commands, "validate", "clih_validate")
    val.add_argument("scenarios", nargs="+", metavar="SCENARIO", help=t("clih_scenarios"))
    val.set_defaults(handler=cmd_validate)

    pilot = _command(commands, "validate-pilot", "clih_validate_pilot")
    whole_arg(pilot, "--runs", 1, 50, tf("clih_runs_per_pilot", runs=50))
    seed_arg(pilot)
    processes_arg(pilot)
    pilot.set_defaults(handler=cmd_validate_pilot)


def _add_sensitivity(commands) -> None:
    sens = _command(commands, "sensitivity", "clih_sensitivity")
    scenario_arg(sens)
    whole_arg(sens, "--trajectories", 2, None, t("clih_trajectories"))
    set_arg(sens)
    out_arg(sens, "sensitivity-")
    seed_arg(sens)
    processes_arg(sens)
    where = sens.add_mutually_exclusive_group()
    where.add_argument(
        "--scheduler",
        default=None,
        metavar="tcp://HOST:PORT",
        help=t("clih_scheduler"),
    )
    where.add_argument("--local-cluster", action="store_true", help=t("clih_local_cluster"))
    whole_arg(sens, "--workers", 1, None, t("clih_workers"))
    sens.set_defaults(handler=cmd_sensitivity)


def _add_report(commands) -> None:
    rep = _command(commands, "report", "clih_report")
    scenario_arg(rep)
    rep.add_argument(
        "--compare",
        nargs="+",
        action="extend",
        default=[],
        metavar=t("clih_mv_other"),
        help=t("clih_compare"),
    )
    rep.add_argument(
        "--out",
        required=True,
        type=lambda text: Path(text).expanduser(),
        metavar="FILE.html",
        help=t("clih_report_out"),
    )
    whole_arg(rep, "--runs", 1, None, t("clih_runs_report"))
    seed_arg(rep)
    processes_arg(rep)
    rep.set_defaults(handler=cmd_report)


def _add_ballots(commands) -> None:
    bal = _command(commands, "ballots", "clih_ballots")
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
    ws = _command(commands, "workshop", "clih_workshop")
    ws.add_argument("--lan", action="store_true", help=t("clih_lan"))
    ws.add_argument("--dir", default=None, metavar=t("clih_mv_folder"), help=t("clih_dir"))
    whole_arg(ws, "--port", 1, 8866, tf("clih_port", port=8866))
    whole_arg(ws, "--cull-minutes", 1, 10, tf("clih_cull", minutes=10))
    ws.add_argument("--token", default=None, help=t("clih_token"))
    ws.add_argument("--no-browser", action="store_true", help=t("clih_no_browser"))
    ws.set_defaults(handler=cmd_workshop)


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``buurtsim`` and its commands, in the current language: build it once the
    language is known (:func:`buurtsim.cli.main` reads ``--lang`` first)."""
    parser = _Parser(prog="buurtsim", description=t("clih_description"))
    parser.add_argument(
        "--version", action="version", version=f"buurtsim {__version__}", help=t("clih_version")
    )
    commands = parser.add_subparsers(dest="command", metavar=t("clih_mv_command"), required=True)
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
