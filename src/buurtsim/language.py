"""Which language the workbook speaks: Dutch (``nl``, the default) or English (``en``).

Every function that writes for people takes ``lang=None``; ``None`` means "the current
language", which is, in this order:

1. what :func:`use` set in this process (the dashboard's switch, a command's ``--lang``);
2. the environment variable ``BUURTSIM_LANG`` (``nl`` or ``en``);
3. a file ``.buurtsim-lang`` in the working folder or its parent. The English notebooks live
   in ``notebooks/en/``, which holds such a file, and Jupyter, Voilà and nbval start a
   notebook's kernel in the notebook's folder. That is how the two editions run the very same
   code and still speak their own language;
4. Dutch.

>>> resolve("en")
'en'
>>> with use("en"):
...     resolve(None)
'en'
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LANGS = ("nl", "en")
DEFAULT = "nl"
ENV = "BUURTSIM_LANG"
MARKER = ".buurtsim-lang"

_chosen: list[str] = []


class LanguageError(ValueError):
    """A language the workbook does not speak; the message names it and what is allowed."""


def check(lang: str | None, where: str = ENV) -> str:
    """``lang`` in lower case when it is ``nl`` or ``en``; otherwise a plain error in both."""
    value = str(lang).strip().lower()
    if value not in LANGS:
        raise LanguageError(
            f"{where}: '{lang}' is geen taal van buurtsim; kies nl of en. "
            f"/ '{lang}' is not a buurtsim language; choose nl or en."
        )
    return value


def _from_marker(folder: Path) -> str | None:
    for place in (folder, folder.parent):
        marker = place / MARKER
        if marker.is_file():
            return check(marker.read_text("utf-8").strip() or DEFAULT, str(marker))
    return None


def current() -> str:
    """The language now in force (see the module's docstring for the order)."""
    if _chosen:
        return _chosen[-1]
    env = os.environ.get(ENV, "").strip()
    if env:
        return check(env)
    try:
        here = Path.cwd()
    except OSError:  # the working folder was removed
        return DEFAULT
    return _from_marker(here) or DEFAULT


def resolve(lang: str | None) -> str:
    """``lang`` itself, or the current language when it is ``None``."""
    return current() if lang is None else check(lang, "lang")


def set_language(lang: str | None) -> None:
    """Make ``lang`` the language of this process from now on (``None``: back to the default
    order)."""
    _chosen.clear()
    if lang is not None:
        _chosen.append(check(lang, "--lang"))


@contextmanager
def use(lang: str | None) -> Iterator[str]:
    """Speak ``lang`` inside a ``with`` block (``None`` keeps the current language)."""
    value = resolve(lang)
    _chosen.append(value)
    try:
        yield value
    finally:
        _chosen.pop()
