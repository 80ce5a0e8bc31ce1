"""A group on the dashboard: its name plus its device session, and "Nieuwe groep".

Served by ``buurtsim workshop``, every browser is a device (a cookie) and the server remembers
which group uses it now (:class:`~buurtsim.workshop.server_state.ServerState`), so the group
keeps its name and session after F5 or a restart. Without a server (a notebook, plain Voilà) the
page is one device, ``local``. A name is claimed in the log folder as soon as it is typed, so a
second device that types the same name is told before it saves.
"""

from __future__ import annotations

import html
import os
import secrets

from ... import i18n
from ...workshop import NameTakenError, WorkshopLogError
from ...workshop.server_state import DEVICE_ENV, ServerState
from .common import DashboardError, error_text
from .speech import spoken
from .state import DashboardState


def clean_name(text: str) -> str:
    """The group's name as typed, without extra spaces; an error when empty or too long."""
    name = " ".join(str(text).split())
    if not name:
        raise DashboardError("group_missing")
    if len(name) > 80:
        raise DashboardError("group_long", n=len(name))
    return name


class GroupPart(DashboardState):
    """Who is using this page: the group's name, its session, and starting a new group."""

    def _init_identity(self, session: str | None) -> None:
        self.state = ServerState.from_env()
        self.device = os.environ.get(DEVICE_ENV, "").strip() or None
        if session is not None:
            self.session = session
        elif self.state is not None and self.device is not None:
            self.session = self.state.session(self.device)
        else:
            self.session = "local"
        self._claimed: str | None = None

    def _restore_group(self) -> None:
        """After F5 or a restart: the name this device's group chose, back in its field."""
        if self.state is not None and self.device is not None:
            name = self.state.group_of(self.device)
            if name:
                self._quietly_set_name(name)
                self._name_changed(name)

    def _quietly_set_name(self, name: str) -> None:
        self._setting_name = True
        try:
            self.group_name.value = name
        finally:
            self._setting_name = False

    def _name_changed(self, text: str) -> None:
        if getattr(self, "_setting_name", False):  # put back by the page itself, not typed
            return
        if not str(text).strip():
            self._say("name_status", None)
            return
        with self.speaking():
            try:
                self.group()
            except (DashboardError, WorkshopLogError) as exc:
                failure = exc
                self._say("name_status", lambda: error_text(failure))

    def group(self) -> str:
        """The group's name, claimed for this session in the log folder (or an error)."""
        name = clean_name(self.group_name.value)
        if name != self._claimed:
            self.log.claim_name(name, self.session)
            self._claimed = name
            if self.state is not None and self.device is not None:
                self.state.set_group(self.device, self.session, name)
        self._say("name_status", lambda: i18n.tf("group_is", group=html.escape(name)))
        return name

    @spoken
    def new_group(self) -> None:
        """ "Nieuwe groep": a new session on this device, every setting back to the start."""
        if self._claimed:
            self.log.release_name(self._claimed, self.session)
        if self.state is not None and self.device is not None:
            self.session = self.state.new_session(self.device)
        else:
            self.session = f"local-{secrets.token_hex(4)}"
        self._claimed = None
        self._quietly_set_name("")
        self._say("name_status", None)
        self._reset_settings()
        base = html.escape(self.base.label)
        self._say("run_status", lambda: i18n.tf("new_group_done", base=base))

    def _reset_settings(self) -> None:
        self.base.value = self.start_values["base"]
        self._base_changed(self.base.value)  # the controls, even when the base did not change
        self.runs.value = self.start_values["runs"]
        self.seed.value = self.start_values["seed"]
        self.progress.value = 0
        self.progress.bar_style = ""
        self.unsaved = None
        self.retry_box.layout.display = "none"
        self.reset_game()


def name_taken(exc: BaseException) -> bool:
    return isinstance(exc, NameTakenError)
