"""Argument types and the options that several ``buurtsim`` commands share.

A small module (:mod:`argparse`, :mod:`pathlib` and the translation table), so that the commands
registered from other packages (``buurtsim ablate``, ``buurtsim ballots``) declare their options
in the same words. Every help text is a label of :mod:`buurtsim.labels.cli_help`, read when the
parser is built, so in the current language.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ..i18n import t, tf


def _whole(minimum: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                tf("cli_whole", minimum=minimum, value=repr(text))
            ) from None
        if value < minimum:
            raise argparse.ArgumentTypeError(tf("cli_whole", minimum=minimum, value=value))
        return value

    parse.__name__ = f"whole number >= {minimum}"
    return parse


def scenario_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("scenario", metavar="SCENARIO", help=t("clih_scenario"))


def whole_arg(
    p: argparse.ArgumentParser, flag: str, minimum: int, default: int | None, help: str
) -> None:
    """An option that takes a whole number of at least ``minimum``, shown as ``N``."""
    p.add_argument(flag, type=_whole(minimum), default=default, metavar="N", help=help)


def seed_arg(p: argparse.ArgumentParser, default: int = 0) -> None:
    p.add_argument(
        "--seed",
        type=_whole(0),
        default=default,
        metavar="S",
        help=tf("clih_seed", default=default),
    )


def processes_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--processes",
        type=_whole(1),
        default=None,
        metavar="P",
        help=t("clih_processes"),
    )


def set_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar=t("clih_mv_assignment"),
        help=t("clih_set"),
    )


def out_arg(p: argparse.ArgumentParser, what: str, source: str = "scenario") -> None:
    """``--out DIR``; the default folder is ``results/<source>-<what><date>-<time>``, where
    ``source`` is ``scenario`` or ``file``."""
    p.add_argument(
        "--out",
        type=lambda text: Path(text).expanduser(),
        default=None,
        metavar=t("clih_mv_dir"),
        help=tf("clih_out", source=t(f"clih_source_{source}"), what=what),
    )
