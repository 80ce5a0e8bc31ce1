"""ScenarioLab: scenarios side by side, the loosening-control curve, and export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import cast

import ipywidgets as widgets
import pandas as pd
from matplotlib.figure import Figure

from .. import i18n
from ..experiments import OUTCOMES, sweep
from ..plots.outcomes import control_curve, control_curve_data, draw_bars, outcome_bars_data
from ..plots.series import ensemble_bands, ensemble_bands_data
from ..scenarios import Scenario, ScenarioError, load_scenario
from .base import Panel, error_html, panel_ensemble
from .controls import scenario_files, scenario_name, with_readout

CURRENT = "current"
#: weekly measures offered for the bands
MEASURES: tuple[str, ...] = (
    "cohesion",
    "ownership",
    "trust_municipality",
    "liveability",
    "lonely_vulnerable",
    "participants",
    "proposals",
    "realised",
    "open_conflicts",
    "budget_spent",
)
BAR_OUTCOMES: tuple[str, ...] = (
    "proposals",
    "initiatives_realised",
    "initiatives_sustained",
    "conflicts",
    "conflicts_escalated",
)
CONTROL_VALUES: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


def free_paths(folder: Path, stem: str, suffixes: Sequence[str]) -> list[Path]:
    """Paths ``folder/stem.suffix`` for every suffix, numbered (``stem-2``, ``stem-3``, ...)
    until none of them exists yet, so nothing is ever overwritten."""
    k = 1
    while True:
        name = stem if k == 1 else f"{stem}-{k}"
        paths = [folder / f"{name}{s}" for s in suffixes]
        if not any(p.exists() for p in paths):
            return paths
        k += 1


def _scenario_options(files: dict[str, Path], lang: str | None) -> list[tuple[str, str]]:
    """(display name, key) of every scenario file, and the current sliders last."""
    options = [(scenario_name(load_scenario(path), lang), name) for name, path in files.items()]
    options.append((i18n.t("current", lang), CURRENT))
    return options


def _chosen_scenarios(scenarios: Sequence[str], files: dict[str, Path]) -> tuple[str, ...]:
    """The chosen scenario keys; a ScenarioError names any key that is not a file or current."""
    chosen = tuple(s for s in scenarios)
    unknown = [s for s in chosen if s not in files and s != CURRENT]
    if unknown:
        raise ScenarioError(
            [f"unknown scenario(s) {', '.join(unknown)}; known: {', '.join(files)}, current"],
            "ScenarioLab",
        )
    return chosen


def _curve_options(lang: str | None) -> list[tuple[str, str]]:
    """The outcomes offered for the control curve (all but the number of adults)."""
    return [(i18n.t(o, lang), o) for o in OUTCOMES if o != "adults"]


class ScenarioLab(Panel):
    """Pick 1-4 scenarios (files in ``scenarios/`` and the current sliders) and compare them.

    ``run()`` runs an ensemble per scenario (``runs_slider`` runs, default 10) and draws the
    weekly ``measure`` with its 10-90% band per scenario next to bars of a few outcomes.
    ``curve()`` sweeps ``municipality.control`` over 0..1 for the current sliders and adds the
    loosening-control curve of ``curve_outcome``. ``export(folder)`` writes CSV and .xlsx.
    Switching ``measure`` or ``curve_outcome`` only redraws; ensembles are remembered per
    scenario (``cache``), so only new or changed scenarios run again.

    ``result`` is the summary table of all runs with a ``scenario`` column; ``timeseries`` the
    weekly tables; ``sweep_table`` the curve's runs. ``plot_data``: ``bands``, ``bars`` and,
    after ``curve()``, ``curve`` (value, median, low, high, mean, runs).
    """

    default_keys = (
        "municipality.control",
        "municipality.framework_clarity",
        "facilitator.hours_per_week",
    )
    default_runs = 10
    figsize = (10.0, 4.8)
    alt_key = "alt_panel_lab"

    def __init__(
        self,
        base="scenarios/arendonk.yaml",
        keys=None,
        seed=1,
        runs=None,
        lang=None,
        auto_run=True,
        scenarios: Sequence[str] = ("arendonk", "strict-municipality"),
        folder: str | Path | None = None,
    ):
        files = scenario_files()
        self.files = files
        options = _scenario_options(files, lang)
        chosen = _chosen_scenarios(scenarios, files)
        self.choice = widgets.SelectMultiple(
            options=options,
            value=chosen,
            rows=min(len(options), 7),
            description=i18n.t("scenarios", lang),
        )
        self.runs_slider = widgets.IntSlider(
            value=runs or self.default_runs,
            min=2,
            max=100,
            step=1,
            continuous_update=False,
            readout=False,  # shown beside it in the panel's language (with_readout)
            description=i18n.t("runs", lang),
        )
        self.measure = widgets.Dropdown(
            options=[(i18n.t(m, lang), m) for m in MEASURES],
            value="cohesion",
            description=i18n.t("measure", lang),
        )
        self.curve_outcome = widgets.Dropdown(
            options=_curve_options(lang),
            value="ownership_end",
            description=i18n.t("measure", lang),
        )
        self.curve_button = widgets.Button(description=i18n.t("curve", lang), icon="line-chart")
        self.curve_button.on_click(lambda _b: self.curve())
        folder = i18n.t("lab_folder", lang) if folder is None else folder
        self.folder = widgets.Text(value=str(folder), description=i18n.t("folder", lang))
        self.export_button = widgets.Button(description=i18n.t("export", lang), icon="save")
        self.export_button.on_click(lambda _b: self._export_clicked())
        self.export_status = widgets.HTML()
        self.timeseries: pd.DataFrame | None = None
        self.sweep_table: pd.DataFrame | None = None
        self.exported: list[Path] = []
        self.cache: dict[tuple, tuple[pd.DataFrame, pd.DataFrame]] = {}
        super().__init__(base, keys, seed, runs, lang, auto_run)
        self.measure.observe(lambda _change: self._redraw_if_ready(), names="value")
        self.curve_outcome.observe(lambda _change: self._redraw_if_ready(), names="value")

    def stale_controls(self):
        return [self.choice, self.runs_slider]

    def _redraw_if_ready(self) -> None:
        if self.result is not None:
            self.redraw()

    def extra_controls(self):
        return [self.choice, with_readout(self.runs_slider, self.lang), self.measure]

    def extra_outputs(self):
        return [
            widgets.HBox([self.curve_outcome, self.curve_button]),
            widgets.HBox([self.folder, self.export_button]),
            self.export_status,
        ]

    def named_scenarios(self, current: Scenario) -> dict[str, Scenario]:
        """The chosen scenarios under their display names."""
        chosen = tuple(self.choice.value)
        if not 1 <= len(chosen) <= 4:
            raise ValueError(i18n.t("lab_choose_scenarios", self.lang))
        out: dict[str, Scenario] = {}
        for name in chosen:
            if name == CURRENT:
                out[i18n.t("current", self.lang)] = current
            else:
                sc = load_scenario(self.files[name])
                out[scenario_name(sc, self.lang)] = sc
        return out

    def ensemble(self, scenario: Scenario) -> tuple[pd.DataFrame, pd.DataFrame]:
        """The ensemble of one scenario (summary, weekly), remembered for this panel: adding a
        scenario or switching the measure does not run the others again."""
        key = (scenario.model_dump_json(), self.runs, self.seed)
        if key not in self.cache:
            if len(self.cache) >= 16:
                self.cache.pop(next(iter(self.cache)))
            self.cache[key] = panel_ensemble(
                scenario, runs=self.runs, seed=self.seed, timeseries=True
            )
        return self.cache[key]

    def compute(self, scenario: Scenario) -> pd.DataFrame:
        self.runs = int(self.runs_slider.value)
        summaries, weekly = [], []
        for name, sc in self.named_scenarios(scenario).items():
            summary, ts = self.ensemble(sc)
            summaries.append(summary.assign(scenario=name))
            weekly.append(ts.assign(scenario=name))
        self.timeseries = pd.concat(weekly, ignore_index=True)
        result = pd.concat(summaries, ignore_index=True)
        return result[["scenario", *[c for c in result.columns if c != "scenario"]]]

    def draw(self, fig: Figure) -> None:
        with_curve = self.sweep_table is not None
        ratios = [1.4, 1.2, 1.0] if with_curve else [1.4, 1.2]
        axes = fig.subplots(1, len(ratios), width_ratios=ratios)
        measure = self.measure.value
        bands = ensemble_bands_data(self.timeseries, measure, by="scenario")
        ensemble_bands(
            self.timeseries, measure, by="scenario", ax=axes[0], lang=self.lang, data=bands
        )
        bars = outcome_bars_data(self.result, BAR_OUTCOMES, by="scenario")
        draw_bars(axes[1], bars, self.lang, legend=False)
        axes[1].set_title(i18n.t("lab_bars_title", self.lang))
        self.plot_data["bands"] = bands
        self.plot_data["bars"] = bars
        if with_curve:
            outcome = self.curve_outcome.value
            curve = control_curve_data(self.sweep_table, outcome)
            control_curve(self.sweep_table, outcome, ax=axes[2], lang=self.lang, data=curve)
            axes[2].set_title(i18n.t("lab_curve_title", self.lang))
            self.plot_data["curve"] = curve

    def summary(self) -> str:
        med = self.result.groupby("scenario", sort=False)["initiatives_realised"].median()
        parts = "; ".join(f"{name}: {i18n.number(v, 1, self.lang)}" for name, v in med.items())
        return i18n.tf("lab_summary", self.lang, runs=self.runs, parts=parts)

    def curve(self, values: Sequence[float] = CONTROL_VALUES) -> pd.DataFrame | None:
        """Sweep ``municipality.control`` over ``values`` for the current sliders (the same
        number of runs per value as the ensembles) and draw the curve next to the comparison."""
        self.status.value = f"<i>{i18n.t('busy', self.lang)}</i>"
        try:
            current = self.scenario()
            table = sweep(
                current,
                "municipality.control",
                list(values),
                runs=int(self.runs_slider.value),
                seed=self.seed,
                processes=1,
            )
        except Exception as exc:
            self.status.value = error_html(exc, self.lang)
            return None
        self.sweep_table = table
        if self.result is None:
            if self.run() is None:
                return None
        else:
            self.redraw()
        curve = self.plot_data["curve"]
        lo, hi = cast(pd.DataFrame, curve).iloc[0], cast(pd.DataFrame, curve).iloc[-1]
        name = i18n.t(self.curve_outcome.value, self.lang)
        self.status.value = i18n.tf(
            "lab_curve_status",
            self.lang,
            name=name,
            low=self._fmt(lo["median"]),
            high=self._fmt(hi["median"]),
        )
        return table

    def _fmt(self, value: float) -> str:
        from .base import format_outcome

        return format_outcome(self.curve_outcome.value, value, self.lang)

    def export(self, folder: str | Path | None = None) -> list[Path]:
        """Write the runs as ``scenariolab.csv`` and ``scenariolab.xlsx`` (sheets: runs, weeks
        and, after ``curve()``, the control curve's runs, named in the panel's language) into
        ``folder``; an existing file is never overwritten, the new files get the next free
        number (``scenariolab-2.csv``)."""
        if self.result is None:
            raise ValueError(i18n.t("lab_nothing_to_save", self.lang))
        target = Path(folder if folder is not None else self.folder.value).expanduser()
        target.mkdir(parents=True, exist_ok=True)
        csv_path, xlsx_path = free_paths(target, "scenariolab", (".csv", ".xlsx"))
        self.result.to_csv(csv_path, index=False)
        sheet = {k: i18n.t(f"lab_sheet_{k}", self.lang) for k in ("runs", "weeks", "curve")}
        with pd.ExcelWriter(xlsx_path, engine="openpyxl") as writer:
            self.result.to_excel(writer, sheet_name=sheet["runs"], index=False)
            weekly = cast(pd.DataFrame, self.timeseries)
            weekly.to_excel(writer, sheet_name=sheet["weeks"], index=False)
            if self.sweep_table is not None:
                self.sweep_table.to_excel(writer, sheet_name=sheet["curve"], index=False)
        self.exported = [csv_path, xlsx_path]
        return self.exported

    def _export_clicked(self) -> None:
        try:
            paths = self.export()
        except Exception as exc:
            self.export_status.value = error_html(exc, self.lang)
            return
        names = f" {i18n.t('lab_saved_and', self.lang)} ".join(str(p) for p in paths)
        self.export_status.value = i18n.tf("lab_saved", self.lang, names=names)
