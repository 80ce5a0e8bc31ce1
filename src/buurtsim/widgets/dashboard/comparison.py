"""The comparison tab of the dashboard: all groups side by side, read back from the log."""

from __future__ import annotations

import html
import traceback
from pathlib import Path
from typing import cast

import pandas as pd
from matplotlib.ticker import MaxNLocator

from ... import i18n
from ...plots.describe import describe_bars
from ...plots.outcomes import draw_bars, outcome_bars_data
from ...plots.style import projector
from ...workshop import (
    GROUP_OUTCOMES,
    WorkshopLogError,
    batch_labels,
    compare_groups,
    export_results,
)
from ...workshop.report import format_outcome, spread
from .common import (
    COUNT_OUTCOMES,
    EXPORT_STEM,
    INDEX_OUTCOMES,
    SHARE_OUTCOMES,
    DashboardError,
    error_text,
    show_figure,
    show_png,
)
from .speech import spoken
from .state import DashboardState

#: the comparison chart's size in inches, shown at 96 pixels an inch: 730 px fits the dashboard
#: at 1280x720 with 150% zoom (853 CSS pixels wide), so its text keeps its 11 points or more
COMPARISON_SIZE = (7.6, 6.4)


class ComparisonPart(DashboardState):
    """Reloading the log, the comparison table and bars, the export, and a group's runs."""

    @spoken
    def reload(self) -> pd.DataFrame | None:
        """Read the log again and redraw the comparison; a damaged log shows its error."""
        try:
            df = self.log.load()
            self._seen = self.log.signature()
        except WorkshopLogError as exc:
            self._seen = self.log.signature()
            self.log_df = None
            self.comparison = None
            self.plot_data = {}
            message = error_text(exc)
            self.comparison_html.value = message
            self.log_status.value = message
            show_png(self.comparison_plot, None)
            self._set_group_options([])
            return None
        except Exception as exc:  # e.g. a folder that cannot be read
            self.error = traceback.format_exc()
            self.log_status.value = error_text(exc)
            return None
        self.log_df = df
        path = html.escape(str(self.log.path))
        labels = list(dict.fromkeys(batch_labels(df))) if len(df) else []
        self._set_group_options(labels)
        if df.empty:
            self.comparison = compare_groups(df)
            self.plot_data = {}
            where = "" if self.log.folder.exists() else i18n.t("db_log_made_later")
            self.log_status.value = i18n.tf("db_log_empty", path=path, where=where)
            self.comparison_html.value = f"<p>{i18n.t('db_no_runs_yet')}</p>"
            show_png(self.comparison_plot, None)
            return df
        self.comparison = compare_groups(df)
        groups = df["group"].nunique()
        counts = "db_log_counts_one" if groups == 1 else "db_log_counts"
        self.log_status.value = (
            i18n.tf(counts, path=path, runs=len(df), groups=groups) + self._damage_note()
        )
        self.comparison_html.value = self._comparison_table(df)
        self._draw_comparison(df)
        return df

    def _damage_note(self) -> str:
        """What the last load set aside (or skipped), in one line; empty when nothing."""
        if not self.log.damaged:
            return ""
        lines = ", ".join(str(line) for line, _ in self.log.damaged)
        count = len(self.log.damaged)
        if self.log.set_aside_in is not None:
            side = html.escape(str(self.log.set_aside_in))
            text = i18n.tf("log_damaged_aside", count=count, lines=lines, side=side)
        else:
            text = i18n.tf("log_damaged_skipped", count=count, lines=lines)
        line, problem = {"nl": self.log.damaged, "en": self.log.damaged_en}[self.lang][0]
        first = i18n.tf("db_damaged_line", line=line, problem=html.escape(problem))
        note = i18n.tf("damaged_note", text=text)
        return f"<p class='buurtsim-warning'>{note} ({first})</p>"

    def _set_group_options(self, labels: list[str]) -> None:
        keep = self.debrief_group.value
        self.debrief_group.options = labels
        if labels:
            self.debrief_group.value = keep if keep in labels else labels[-1]
        chosen = tuple(v for v in self.report_groups.value if v in labels)
        self.report_groups.options = labels
        self.report_groups.value = chosen

    def _comparison_table(self, df: pd.DataFrame) -> str:
        comp = cast(pd.DataFrame, self.comparison)  # reload compared the groups just now
        labelled = df.assign(label=batch_labels(df))
        spreads = {
            label: spread(g, GROUP_OUTCOMES) for label, g in labelled.groupby("label", sort=False)
        }
        head = "".join(
            f"<th data-group='{html.escape(str(g), quote=True)}'>{html.escape(str(g))}</th>"
            for g in comp.index
        )
        rows = []
        cells = "".join(
            "<td class='settings'>"
            + "<br>".join(html.escape(s) for s in str(comp.loc[g, "settings"]).split("; "))
            + "</td>"
            for g in comp.index
        )
        rows.append(f"<tr data-outcome='settings'><td>{i18n.t('db_row_settings')}</td>{cells}</tr>")
        cells = "".join(
            f"<td>{int(comp.loc[g, 'runs'])} ({html.escape(str(comp.loc[g, 'seeds']))})</td>"
            for g in comp.index
        )
        rows.append(f"<tr data-outcome='runs'><td>{i18n.t('db_row_runs')}</td>{cells}</tr>")
        for o in GROUP_OUTCOMES:
            outcome_cells = []
            for g in comp.index:
                s = spreads[g].loc[o]
                mid = format_outcome(o, comp.loc[g, o])
                if s["runs"] > 1 and s["low"] != s["high"]:
                    lo, hi = format_outcome(o, s["low"]), format_outcome(o, s["high"])
                    mid += f" <span class='range'>({lo} – {hi})</span>"
                outcome_cells.append(f"<td>{mid}</td>")
            rows.append(f"<tr data-outcome='{o}'><td>{i18n.t(o)}</td>{''.join(outcome_cells)}</tr>")
        return (
            f"<table class='buurtsim-comparison-table'><thead><tr>"
            f"<th>{i18n.t('db_row_group')}</th>{head}</tr>"
            f"</thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def _draw_comparison(self, df: pd.DataFrame) -> None:
        """Bars per outcome for every group: counts on top, the share and the 0-1 indexes under
        them, narrow enough for a projector at 150% zoom (:data:`COMPARISON_SIZE`)."""
        labelled = df.assign(label=batch_labels(df))
        fig = self.figure
        fig.clear()
        fig.set_size_inches(*COMPARISON_SIZE)
        counts = outcome_bars_data(labelled, COUNT_OUTCOMES, by="label")
        shares = outcome_bars_data(labelled, SHARE_OUTCOMES, by="label")
        indexes = outcome_bars_data(labelled, INDEX_OUTCOMES, by="label")
        with projector():
            axes = fig.subplot_mosaic(
                [["counts", "counts"], ["shares", "indexes"]], width_ratios=[0.4, 1.1]
            )
            draw_bars(axes["counts"], counts, legend=False)
            draw_bars(axes["shares"], shares, legend=False)
            draw_bars(axes["indexes"], indexes, legend=False)
            axes["indexes"].yaxis.set_major_formatter(i18n.number_formatter(decimals=2))
            # counts are whole numbers: ticks at 2.5 would be written (rounded) as 2
            axes["counts"].yaxis.set_major_locator(MaxNLocator(integer=True))
            axes["counts"].set_title(i18n.t("db_plot_counts"))
            axes["shares"].set_title(i18n.t("db_plot_shares"))
            axes["indexes"].set_title(i18n.t("db_plot_indexes"))
            handles, names = axes["counts"].get_legend_handles_labels()
            if len(names) > 1:
                fig.legend(
                    handles,
                    names,
                    loc="outside upper center",
                    ncols=min(len(names), 3),
                    frameon=False,
                )
        self.plot_data = {"counts": counts, "shares": shares, "indexes": indexes}
        alt = i18n.tf(
            "alt_panel", kind=i18n.t("alt_panel_comparison"), summary=describe_bars(counts)[:-1]
        )
        show_figure(self.comparison_plot, fig, alt)

    @spoken
    def export(self) -> tuple[Path, Path]:
        """Save every run of the log as CSV and Excel in the log folder (never overwriting)."""
        df = self.reload()
        if df is None:
            raise DashboardError("db_export_unread")
        if df.empty:
            raise DashboardError("db_export_empty")
        self.exported = export_results(df, self.log.folder, EXPORT_STEM)
        csv, xlsx = (f"<code>{html.escape(str(p))}</code>" for p in self.exported)
        self._say("export_status", lambda: i18n.tf("db_exported", csv=csv, xlsx=xlsx))
        return self.exported

    # --- the groups' runs, back from the log ----------------------------------------------------
    def _batch(self, label: str) -> pd.DataFrame:
        if self.log_df is None or self.log_df.empty:
            raise DashboardError("db_no_runs")
        labels = batch_labels(self.log_df)
        rows = self.log_df[labels == label]
        if rows.empty:
            raise DashboardError("db_no_group", label=label)
        return rows
