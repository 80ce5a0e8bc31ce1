"""The ``buurtsim`` command line: run, sweep and validate scenarios without a notebook.

    buurtsim run scenarios/arendonk.yaml --runs 30 --set municipality.control=0.9
    buurtsim sweep scenarios/arendonk.yaml --param municipality.control --values 0.1,0.5,0.9
    buurtsim validate scenarios/olmen.yaml
    buurtsim validate-pilot --runs 50
    buurtsim sensitivity scenarios/arendonk.yaml --trajectories 20
    buurtsim ablate scenarios/arendonk.yaml --seeds 30
    buurtsim report scenarios/arendonk.yaml --compare scenarios/strict-municipality.yaml \
        --out rapport.html
    buurtsim handouts --out papieren-werkmap      # the paper pack (buurtsim.handouts)
    buurtsim report scenarios/olmen.yaml --out report.html --lang en

Every command speaks the current language (``BUURTSIM_LANG``, else Dutch), or the one of its
``--lang nl|en`` (:mod:`.lang`): its messages, its output, and what it writes for people (the
report, the paper pack, the dashboard of ``workshop``). Every user error (a bad scenario file, a
bad ``--set``, ``--runs 0``, an output folder that cannot be written) is printed as ``fout: ...``
(``error: ...``) lines on stderr with exit code 2, never as a traceback.
Saved results are never overwritten: a run into a folder that already holds results goes to
``FOLDER-2``, ``FOLDER-3``, ... instead, and a report to ``FILE-2.html``, ``FILE-3.html``, ...
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from ..i18n import t
from ..language import LanguageError, use
from .commands import cmd_ballots, cmd_run, cmd_sweep, cmd_validate
from .common import UserError
from .lang import lang_in
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
    """Run the command line; returns the exit code (0 ok, 1 invalid scenario, 2 user error).

    ``--lang`` holds for this call only (:func:`buurtsim.language.use`), so a caller in the same
    process keeps its own language afterwards.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        with use(lang_in(argv)):
            return _main(argv)
    except LanguageError as exc:  # a bad --lang, or a bad BUURTSIM_LANG
        return _language_error(exc)


def _language_error(exc: LanguageError) -> int:
    """A bad ``--lang`` in the current language; a bad ``BUURTSIM_LANG`` in both."""
    try:
        word = t("cli_error")
    except LanguageError:
        word = f"{t('cli_error', 'nl')}/{t('cli_error', 'en')}"
    print(f"{word}: {exc}", file=sys.stderr)
    return 2


def _main(argv: list[str]) -> int:
    try:
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # --help and --version
            return exc.code if isinstance(exc.code, int) else 0
        _no_tqdm_monitor()
        return args.handler(args, argv)
    except UserError as exc:
        prefix = exc.prefix or t("cli_error")
        for line in exc.lines:
            print(f"{prefix}: {line}", file=sys.stderr)
        if exc.hint:
            print(exc.hint, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(t("cli_interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `buurtsim validate ... | head`: the reader went away
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
