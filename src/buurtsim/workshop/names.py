"""Group names in a workshop log: a group is its name plus its device session.

A name belongs to the session that claimed it first: by typing it (the dashboard claims it in
``.workshop-names.json`` beside the log) or by saving under it. Another device that picks the
same name is told before it saves, and its save is refused, so two groups never merge into one
column of the comparison. Names are compared without regard to case or extra spaces
(``"Groep 1"`` and ``"groep  1"`` are one name).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .logfile import WorkshopLogError, problem, replace_file
from .logread import Row

CLAIMS_NAME = ".workshop-names.json"


def name_key(group: str) -> str:
    """The form in which two names are compared."""
    return " ".join(str(group).split()).casefold()


class NameTakenError(WorkshopLogError):
    """Another session uses this group name; ``suggestion`` is a free name to offer instead."""

    def __init__(self, path: Path, group: str, suggestion: str):
        self.group = group
        self.suggestion = suggestion
        super().__init__(path, None, *problem("log_name_taken", group=group, suggestion=suggestion))


def read_claims(folder: Path) -> dict[str, str]:
    """``{name key: session}`` of the names claimed in ``folder`` (empty when none)."""
    try:
        data = json.loads((folder / CLAIMS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def write_claims(folder: Path, claims: dict[str, str]) -> None:
    """Replace the claims file (hold the folder's lock)."""
    text = json.dumps(claims, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    replace_file(folder, folder / CLAIMS_NAME, text.encode("utf-8"), 0o644)


def holder_of(group: str, rows: Iterable[Row], folder: Path) -> str | None:
    """The session that holds ``group``: its claim, else the session of its saved rows (``""``
    for rows saved without one). None when the name is free."""
    key = name_key(group)
    claims = read_claims(folder)
    if key in claims:
        return claims[key]
    for row in rows:
        if name_key(row.cells.get("group", "")) == key:
            return row.cells.get("session", "")
    return None


def free_name(group: str, rows: list[Row], folder: Path) -> str:
    """``group 2``, ``group 3``, ...: the first that nobody holds."""
    k = 2
    while holder_of(f"{group} {k}", rows, folder) is not None:
        k += 1
    return f"{group} {k}"
