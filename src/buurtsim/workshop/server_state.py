"""What a served workshop remembers for all its pages: the log folder and each device's group.

``buurtsim workshop`` keeps a small JSON file where the trainer started it
(``.buurtsim-workshop.json``) and tells every page where it is (``BUURTSIM_WORKSHOP_STATE``).
It holds the log folder the trainer chose, so every group's page writes there, after F5 and
after a restart of the server too, and for each device (a browser, known by a cookie) the
session of the group that uses it now, that group's name, and the language its page
switched to (the dashboard's NL | EN switch).

>>> import tempfile, pathlib
>>> state = ServerState(pathlib.Path(tempfile.mkdtemp()) / STATE_NAME)
>>> state.set_folder("/tmp/workshop") == pathlib.Path("/tmp/workshop").resolve()
True
>>> first = state.session("toestel-a")
>>> state.session("toestel-a") == first, state.new_session("toestel-a") != first
(True, True)
"""

from __future__ import annotations

import json
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..language import LANGS, check
from .logfile import locked, replace_file

STATE_NAME = ".buurtsim-workshop.json"
STATE_LOCK = ".buurtsim-workshop.lock"
#: the environment variables a served page reads
STATE_ENV = "BUURTSIM_WORKSHOP_STATE"
START_ENV = "BUURTSIM_START_DIR"
DEVICE_ENV = "BUURTSIM_DEVICE"
TRAINER_ENV = "BUURTSIM_TRAINER_KEY"
URL_ENV = "BUURTSIM_WORKSHOP_URL"
TOKEN_ENV = "BUURTSIM_WORKSHOP_TOKEN"


def start_dir() -> Path:
    """Where the trainer started the server: relative folders count from here."""
    return Path(os.environ.get(START_ENV) or os.getcwd())


def resolve_folder(text: str | os.PathLike[str]) -> Path:
    """A folder the trainer typed, made absolute from :func:`start_dir` (``~`` expanded)."""
    path = Path(text).expanduser()
    return (path if path.is_absolute() else start_dir() / path).resolve()


class ServerState:
    """The state file of a served workshop; every change is made under a lock, atomically."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)

    @classmethod
    def from_env(cls) -> ServerState | None:
        """The state of the server this page runs on; None outside ``buurtsim workshop``."""
        chosen = os.environ.get(STATE_ENV, "").strip()
        return cls(chosen) if chosen else None

    def read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _update(self, change: Callable[[dict[str, Any]], Any]) -> Any:
        folder = self.path.parent
        folder.mkdir(parents=True, exist_ok=True)
        with locked(folder, name=STATE_LOCK):
            data = self.read()
            answer = change(data)
            text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
            replace_file(folder, self.path, text.encode("utf-8"), 0o644)
        return answer

    # --- the log folder ---------------------------------------------------------------------------
    def folder(self) -> Path | None:
        chosen = self.read().get("folder")
        return Path(chosen) if chosen else None

    def set_folder(self, folder: str | os.PathLike[str]) -> Path:
        path = resolve_folder(folder)
        self._update(lambda data: data.__setitem__("folder", str(path)))
        return path

    # --- devices ----------------------------------------------------------------------------------
    def session(self, device: str) -> str:
        """The session of the group on ``device`` now (made the first time)."""
        known = self.read().get("devices", {}).get(device, {}).get("session")
        return known or self.new_session(device)

    def new_session(self, device: str) -> str:
        """A new group on ``device`` ("Nieuwe groep"): a new session, no name yet."""
        session = f"{device}-{secrets.token_hex(4)}"

        def change(data: dict[str, Any]) -> None:
            data.setdefault("devices", {})[device] = {"session": session, "group": ""}

        self._update(change)
        return session

    def group_of(self, device: str) -> str:
        """The name the group on ``device`` chose (to show it again after F5)."""
        return str(self.read().get("devices", {}).get(device, {}).get("group", ""))

    def language_of(self, device: str) -> str | None:
        """The language the page on ``device`` last switched to (None: never switched)."""
        chosen = self.read().get("languages", {}).get(device)
        return chosen if chosen in LANGS else None

    def set_language(self, device: str, lang: str) -> None:
        """Remember the language of ``device``'s page, for after F5 or a restart."""
        lang = check(lang, "lang")
        self._update(lambda data: data.setdefault("languages", {}).__setitem__(device, lang))

    def set_group(self, device: str, session: str, group: str) -> None:
        def change(data: dict[str, Any]) -> None:
            entry = data.setdefault("devices", {}).setdefault(device, {"session": session})
            if entry.get("session") == session:
                entry["group"] = group

        self._update(change)
