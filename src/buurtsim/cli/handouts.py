"""``buurtsim handouts [--out MAP] [--lang nl|en]``: the paper pack for a workshop without
laptops.

The pack, its messages and its errors (``fout: ...`` / ``error: ...``) are in the command's
language, like everything the trainer reads; the pack itself is :mod:`buurtsim.handouts`.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from ..i18n import number, t, tf
from .common import UserError
from .options import processes_arg, seed_arg, whole_arg

#: the defaults, repeated here so that ``--help`` needs no import of the (slow) pack
DEFAULT_FOLDER = "papieren-werkmap"
DEFAULT_RUNS = 10


def add_handouts(commands) -> None:
    ho = commands.add_parser("handouts", help=t("ho_help"), description=t("ho_help"))
    ho.add_argument(
        "--out",
        default=DEFAULT_FOLDER,
        type=lambda text: Path(text).expanduser(),
        metavar=t("clih_mv_folder"),
        help=t("ho_help_out"),
    )
    whole_arg(ho, "--runs", 1, DEFAULT_RUNS, tf("ho_help_runs", runs=DEFAULT_RUNS))
    seed_arg(ho)
    processes_arg(ho)
    ho.add_argument("--no-pdf", action="store_true", help=t("ho_help_no_pdf"))
    ho.set_defaults(handler=cmd_handouts)


def cmd_handouts(args: argparse.Namespace, argv: Sequence[str]) -> int:
    from ..handouts import HandoutsError, make_handouts

    command = shlex.join(["buurtsim", *argv])
    try:
        made = make_handouts(
            args.out,
            runs=args.runs,
            seed=args.seed,
            processes=args.processes,
            pdf=not args.no_pdf,
            command=command,
        )
    except HandoutsError as exc:
        raise UserError(str(exc), prefix=t("ho_error")) from None
    if made.folder != args.out:
        print(
            f"{t('ho_note')}: " + tf("ho_folder_taken", requested=args.out, folder=made.folder),
            file=sys.stderr,
        )
    for note in made.notes:
        print(f"{t('ho_note')}: {note}", file=sys.stderr)
    names = ", ".join(p.name for p in made.files)
    print(tf("ho_written", folder=f"{made.folder}{os.sep}", files=names))
    print(tf("ho_took", seconds=number(made.seconds, 1)))
    return 0
