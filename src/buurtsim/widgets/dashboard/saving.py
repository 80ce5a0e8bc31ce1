"""A group's runs: simulate, save in the log, and never lose them when saving fails.

A failed save (a damaged header, a write-protected log, a full disk, a name another device
holds) keeps the runs on screen with their medians, a button to try again and a CSV download.
The retry saves the same batch, so a save that did land before the error is never written twice.
"""

from __future__ import annotations

import base64
import html
from typing import cast

import pandas as pd

from ... import i18n
from ...experiments import ensemble
from ...workshop import WorkshopLogError
from ...workshop.export import csv_bytes
from ...workshop.log import new_batch
from ...workshop.report import format_outcome
from .common import DashboardError, error_text, whole_number
from .speech import spoken
from .state import DashboardState


def medians_text(table: pd.DataFrame) -> str:
    med = table[["proposals", "initiatives_realised", "budget_spent"]].median()
    return i18n.tf(
        "kept_medians",
        runs=len(table),
        proposals=format_outcome("proposals", med["proposals"]),
        realised=format_outcome("initiatives_realised", med["initiatives_realised"]),
        spent=i18n.euro(med["budget_spent"]),
    )


def download_link(table: pd.DataFrame, name: str) -> str:
    """A link that downloads ``table`` as CSV from the page itself (no server needed)."""
    data = base64.b64encode(csv_bytes(table)).decode("ascii")
    stem = "".join(c if c.isalnum() else "-" for c in name).strip("-") or "groep"
    return (
        f"<a class='buurtsim-download-link' download='{stem}-runs.csv' "
        f"href='data:text/csv;base64,{data}'>{i18n.t('download_runs')}</a>"
    )


def saved_text(name: str, table: pd.DataFrame) -> str:
    """``Groep 1: 10 simulaties (startgetallen 1-10) bewaard in het logboek. Mediaan ...``"""
    seed, runs = int(table["seed"].min()), len(table)
    words = {"group": html.escape(name), "medians": medians_text(table)}
    if runs == 1:
        return i18n.tf("db_saved_one", seed=seed, **words)
    return i18n.tf("db_saved_many", runs=runs, first=seed, last=seed + runs - 1, **words)


class SavePart(DashboardState):
    """Simulating a group's ensemble, saving it, and the retry after a failed save."""

    @spoken
    def simulate_group(self) -> pd.DataFrame | None:
        """Run the group's ensemble with a progress bar, append it to the log, reload.

        Returns the runs, or None when the log could not take them (the status says why, and
        the runs wait on screen for :meth:`retry_save`).
        """
        name = self.group()
        runs = whole_number(self.runs.value, "field_runs", 1, 100)
        seed = whole_number(self.seed.value, "field_seed", 0, 1_000_000)
        scenario = self.scenario()
        self.progress.max = runs
        self.progress.value = 0
        self.progress.bar_style = "info"
        self._say("run_status", lambda: f"<i>{i18n.tf('busy_runs', runs=runs)}</i>")

        def tick(done: int, total: int) -> None:
            self.progress.max = total
            self.progress.value = done

        table = ensemble(scenario, runs=runs, seed=seed, processes=self.processes, progress=tick)
        self.unsaved = (name, table, new_batch())
        return table if self._save_unsaved() else None

    @spoken
    def retry_save(self) -> bool:
        """Try again to save the runs that wait on screen; True when they are in the log now."""
        if self.unsaved is None:
            raise DashboardError("nothing_to_retry")
        name = self.group()  # the group may have chosen another name meanwhile
        self.unsaved = (name, *self.unsaved[1:])
        return self._save_unsaved()

    def _save_unsaved(self) -> bool:
        name, table, batch = cast(tuple[str, pd.DataFrame, str], self.unsaved)  # runs waiting
        try:
            self.log.record(name, table, session=self.session, batch=batch)
        except WorkshopLogError as exc:
            failure = exc
            self.progress.bar_style = "danger"
            self.reload()
            self._say(
                "run_status",
                lambda: (
                    error_text(failure)
                    + f"<p>{i18n.t('not_saved')}</p><p>{medians_text(table)}</p>"
                ),
            )
            self.download.value = download_link(table, name)
            self.retry_box.layout.display = "flex"
            return False
        self.unsaved = None
        self.retry_box.layout.display = "none"
        self.download.value = ""
        self.progress.bar_style = "success"
        self.reload()
        self._say("run_status", lambda: saved_text(name, table))
        return True
