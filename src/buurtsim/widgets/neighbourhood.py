"""NeighbourhoodPanel: the simulated neighbourhood on a map, with a table of its make-up."""

from __future__ import annotations

import ipywidgets as widgets
import pandas as pd
from matplotlib.figure import Figure

from .. import i18n
from ..model import BuurtbudgetModel
from ..plots.neighbourhood import draw_map, neighbourhood_map_data
from ..scenarios import Scenario
from .base import Panel, table_html
from .controls import load_base, set_values

PRESET_CHOICES: tuple[str, ...] = ("arendonk", "olmen", "own")


def neighbourhood_facts(model: BuurtbudgetModel) -> dict[str, float]:
    """Households, adults, streets, vulnerable share, ties per resident, isolated share.

    Ties per resident count living ties to people outside one's own household.
    """
    u, v, _ = model.ties.edges()
    between = model.pop.household[u] != model.pop.household[v]
    n = max(model.n, 1)
    return {
        "households": len(model.layout.xy),
        "adults": model.n,
        "streets": int(model.layout.street_length.size),
        "vulnerable_share": float(model.pop.vulnerable.mean()) if model.n else 0.0,
        "ties_per_resident": 2 * int(between.sum()) / n,
        "isolated_share": float(model.pop.isolated.mean()) if model.n else 0.0,
    }


def facts_table(facts: dict[str, dict[str, float]], lang: str | None = None) -> pd.DataFrame:
    """Facts of one or more neighbourhoods side by side, formatted in ``lang``."""
    rows = []
    for key in (
        "households",
        "adults",
        "streets",
        "vulnerable_share",
        "ties_per_resident",
        "isolated_share",
    ):
        row = {i18n.t("facts_feature", lang): i18n.t(key, lang)}
        for name, f in facts.items():
            x = f[key]
            if key.endswith("_share"):
                row[name] = i18n.percent(x, 0, lang)
            elif key == "ties_per_resident":
                row[name] = i18n.number(x, 1, lang)
            else:
                row[name] = i18n.number(x, 0, lang)
        rows.append(row)
    return pd.DataFrame(rows)


class NeighbourhoodPanel(Panel):
    """A scenario dropdown (Arendonk-like / Olmen-like / own) and a map of its neighbourhood.

    Choosing a preset loads its scenario file and puts its values into the sliders; moving a
    slider makes it "own". ``result`` is the model at week 0 (only the neighbourhood is built).
    ``plot_data``: ``houses`` and ``ties`` (see :func:`buurtsim.plots.neighbourhood_map_data`)
    and ``table`` (the facts as numbers, one column per neighbourhood, the shown one first).
    With ``compare=True`` the table also shows both presets, so the two pilot neighbourhoods can
    be compared at a glance.
    """

    default_keys = (
        "neighbourhood.households",
        "neighbourhood.streets",
        "neighbourhood.vulnerable_share",
        "neighbourhood.ties_per_resident",
        "neighbourhood.cross_street_ties",
    )
    figsize = (7.5, 5.5)
    alt_key = "alt_panel_neighbourhood"

    def __init__(
        self,
        base="scenarios/arendonk.yaml",
        keys=None,
        seed=1,
        runs=None,
        lang=None,
        auto_run=True,
        colour_by: str = "street",
        compare: bool = True,
    ):
        self.choice = widgets.Dropdown(
            options=[(i18n.t(c, lang), c) for c in PRESET_CHOICES],
            value="arendonk",
            description=i18n.t("scenario", lang).capitalize(),
        )
        self.colour_by = widgets.Dropdown(
            options=[(i18n.t(c, lang), c) for c in ("street", "vulnerable")],
            value=colour_by,
            description=i18n.t("colour_by", lang),
        )
        self.compare = compare
        self.table = widgets.HTML()
        self._preset_facts: dict[str, dict[str, float]] = {}
        self._loading = False
        super().__init__(base, keys, seed, runs, lang, auto_run)
        name = self.base.neighbourhood.name.lower()
        if name in PRESET_CHOICES:
            self.choice.value = name
        else:
            self.choice.value = "own"
        self.choice.observe(self._on_choice, names="value")
        self.colour_by.observe(lambda _change: self.redraw_if_ready(), names="value")
        for w in self.controls.values():
            w.observe(self._on_slider, names="value")

    def extra_controls(self):
        return [self.choice, self.colour_by]

    def extra_outputs(self):
        return [self.table]

    def _on_choice(self, change) -> None:
        if change["new"] == "own":
            return
        self.base = load_base(change["new"])
        self._loading = True
        try:
            set_values(self.controls, self.base)
        finally:
            self._loading = False
        self.run()

    def _on_slider(self, _change) -> None:
        if not self._loading:
            self.choice.value = "own"

    def redraw_if_ready(self) -> None:
        if self.result is not None:
            self.redraw()

    def compute(self, scenario: Scenario) -> BuurtbudgetModel:
        if self.compare and not self._preset_facts:
            for name in ("arendonk", "olmen"):
                model = BuurtbudgetModel(load_base(name), rng=self.seed)
                self._preset_facts[i18n.t(name, self.lang)] = neighbourhood_facts(model)
        return BuurtbudgetModel(scenario, rng=self.seed)

    def facts(self) -> dict[str, dict[str, float]]:
        """Facts per neighbourhood: the presets (with ``compare``) and, for "own", the
        sliders' neighbourhood first. A chosen preset is its own column."""
        here = neighbourhood_facts(self.result)
        if self.choice.value != "own" and self._preset_facts:
            name = i18n.t(self.choice.value, self.lang)
            return {name: here, **{k: v for k, v in self._preset_facts.items() if k != name}}
        return {i18n.t("own", self.lang): here, **self._preset_facts}

    def draw(self, fig: Figure) -> None:
        ax = fig.add_subplot()
        colour_by = self.colour_by.value
        data = neighbourhood_map_data(self.result, colour_by)
        draw_map(ax, data, colour_by, show_ties=True, lang=self.lang)
        self.plot_data.update(data)
        facts = self.facts()
        self.plot_data["table"] = pd.DataFrame(facts)
        self.table.value = table_html(facts_table(facts, self.lang))

    def summary(self) -> str:
        f = neighbourhood_facts(self.result)
        n, lang = i18n.number, self.lang
        return i18n.tf(
            "neighbourhood_summary",
            lang,
            households=n(f["households"], lang=lang),
            adults=n(f["adults"], lang=lang),
            streets=n(f["streets"], lang=lang),
            vulnerable=i18n.percent(f["vulnerable_share"], 0, lang),
            ties=n(f["ties_per_resident"], 1, lang),
        )
