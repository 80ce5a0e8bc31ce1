"""Writing the pack into a folder of its own, never over what is already there.

The folder asked for is used only when it is new or empty; otherwise the pack goes to
``FOLDER-2``, ``FOLDER-3``, ... (the first that is new or empty), as ``buurtsim run`` does with a
folder that holds results. A user's saved files are never overwritten or lost.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

from ..i18n import tf
from ..workshop.logfile import os_reason
from .exercises import HandoutsError


def _usable(folder: Path) -> bool:
    """True for an empty folder we may write in; False for one with anything in it."""
    try:
        if any(folder.iterdir()):
            return False
    except OSError as exc:
        raise HandoutsError(tf("ho_out_write", folder=folder, reason=os_reason(exc))) from None
    probe = folder / f".buurtsim-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise HandoutsError(tf("ho_out_write", folder=folder, reason=os_reason(exc))) from None
    return True


def _created(folder: Path) -> bool:
    """Create ``folder``; False when someone else made it first."""
    try:
        folder.mkdir(parents=True)
    except FileExistsError:
        return False
    except OSError as exc:
        raise HandoutsError(tf("ho_out_cannot", folder=folder, reason=os_reason(exc))) from None
    return True


def free_folder(requested: Path) -> Path:
    """``requested`` when it is new or empty, else the first new or empty ``requested-k``."""
    if requested.exists() and not requested.is_dir():
        raise HandoutsError(tf("ho_out_is_file", folder=requested))
    folder, k = requested, 1
    while True:
        if not folder.exists():
            if _created(folder):
                return folder
            continue  # made by someone else meanwhile: look at it again
        if folder.is_dir() and _usable(folder):
            return folder
        k += 1
        folder = requested.with_name(f"{requested.name}-{k}")


def write_new(path: Path, data: str | bytes) -> Path:
    """Write a file that does not exist yet, through a temporary name in the same folder."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        tmp.write_bytes(raw)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise HandoutsError(tf("ho_out_write", folder=path.parent, reason=os_reason(exc))) from None
    return path


def write_json(path: Path, record: dict) -> Path:
    text = json.dumps(record, indent=2, ensure_ascii=False, default=str) + "\n"
    return write_new(path, text)
