"""The ``buurtsim`` command line: run, sweep and validate scenarios without a notebook.

    buurtsim run scenarios/arendonk.yaml --runs 30 --set municipality.control=0.9
    buurtsim sweep scenarios/arendonk.yaml --param municipality.control --values 0.1,0.5,0.9
    buurtsim validate scenarios/olmen.yaml
    buurtsim validate-pilot --runs 50
    buurtsim sensitivity scenarios/arendonk.yaml --trajectories 20
    buurtsim ablate scenarios/arendonk.yaml --seeds 30
    buurtsim report scenarios/arendonk.yaml --compare scenarios/strict-municipality.yaml \
        --out rapport.html
    buurtsim handouts --out papieren-werkmap      # the paper pack, in Dutch (buurtsim.handouts)

Every user error (a bad scenario file, a bad ``--set``, ``--runs 0``, an output folder that cannot
be written) is printed as ``error: ...`` lines on stderr with exit code 2, never as a traceback.
Saved results are never overwritten: a run into a folder that already holds results goes to
``FOLDER-2``, ``FOLDER-3``, ... instead, and a report to ``FILE-2.html``, ``FILE-3.html``, ...
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from .commands import cmd_ballots, cmd_run, cmd_sweep, cmd_validate
from .common import UserError
from .output import RESULT_FILES
from .parser import build_parser
from .reports import cmd_report, cmd_sensitivity, cmd_validate_pilot
from .summary import SWEEP_COLUMNS, format_summary, format_sweep

__all__ = [
    "RESULT_FILES",
    "SWEEP_COLUMNS",
    "UserError",
    "build_parser",
    "cmd_ballots",
    "cmd_report",
    "cmd_run",
    "cmd_sensitivity",
    "cmd_sweep",
    "cmd_validate",
    "cmd_validate_pilot",
    "format_summary",
    "format_sweep",
    "main",
]


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
            print(f"{exc.prefix}: {line}", file=sys.stderr)
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
