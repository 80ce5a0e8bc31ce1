"""``--lang nl|en`` on every command, and argparse's own errors in the chosen language.

The language is read from the command line *before* the parser is built, so that the help texts,
argparse's errors and every message after them speak it. ``--lang`` may stand before or after the
command (``buurtsim --lang en report ...`` or ``buurtsim report ... --lang en``); without it the
current language holds (``BUURTSIM_LANG``, else Dutch: :func:`buurtsim.language.current`).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence

from ..i18n import t, tf
from ..language import LANGS, LanguageError

OPTION = "--lang"

#: argparse's error messages (Python 3.12 and 3.13) and the label that says them again
ARGPARSE: tuple[tuple[str, str], ...] = (
    (r"^argument (?P<name>[^:]+): (?P<message>.*)$", "cli_ap_argument"),
    (r"^the following arguments are required: (?P<names>.*)$", "cli_ap_required"),
    (r"^unrecognized arguments: (?P<names>.*)$", "cli_ap_unknown"),
    (r"^invalid choice: (?P<value>.*?) \(choose from (?P<choices>.*)\)$", "cli_ap_choice"),
    (r"^expected one argument$", "cli_ap_one"),
    (r"^expected at least one argument$", "cli_ap_some"),
    (r"^not allowed with argument (?P<name>.*)$", "cli_ap_with"),
    (r"^one of the arguments (?P<names>.*) is required$", "cli_ap_one_of"),
    (r"^ambiguous option: (?P<option>\S+) could match (?P<matches>.*)$", "cli_ap_ambiguous"),
    (r"^invalid .* value: (?P<value>.*)$", "cli_ap_invalid"),
)


def argparse_words(message: str) -> str:
    """One of argparse's error messages in the current language (unknown ones as they are)."""
    for pattern, label in ARGPARSE:
        found = re.match(pattern, message, re.S)
        if found:
            values = found.groupdict()
            if "message" in values:
                values["message"] = argparse_words(values["message"])
            return tf(label, **values)
    return message


def lang_in(argv: Sequence[str]) -> str | None:
    """The value of the last ``--lang`` in ``argv`` (checked), or ``None`` when there is none.

    A value that is not ``nl`` or ``en`` is a :class:`~buurtsim.language.LanguageError` naming
    the option and the value.
    """
    found: str | None = None
    for k, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == OPTION:
            found = argv[k + 1] if k + 1 < len(argv) else ""
        elif arg.startswith(OPTION + "="):
            found = arg.split("=", 1)[1]
    return None if found is None else checked(found)


def checked(value: str) -> str:
    """``value`` as a language code, or a :class:`~buurtsim.language.LanguageError` naming it."""
    code = str(value).strip().lower()
    if code not in LANGS:
        raise LanguageError(tf("cli_bad_lang", value=value))
    return code


def lang_arg(p: argparse.ArgumentParser) -> None:
    """``--lang nl|en``; read by :func:`lang_in` before parsing, so its default is left out."""
    p.add_argument(
        OPTION,
        default=argparse.SUPPRESS,
        metavar="{nl,en}",
        help=t("cli_help_lang"),
    )
