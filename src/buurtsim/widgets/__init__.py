"""Interactive panels of the workbook: sliders from the schema, a run button, a plot, all in
the current language (Dutch or English, :mod:`buurtsim.language`).

API
---
Deviations from the workbook contract (issue 4), so notebooks can rely on what is here:

- ``.result`` is not always a Result: the OutreachPanel and IdeasPanel keep one row per run
  (their runs stop at the kick-off or the decision), the NeighbourhoodPanel the model at week 0,
  the DecisionPanel its allocation table; see each panel below.
- The DecisionPanel has no separate rule dropdown: ``process.decision_rule`` is one of its
  generated controls (it sets the rule of the full runs that count conflicts).
- Notebook exercises live in :mod:`buurtsim.exercises`; its docstring lists one check per
  notebook (``check_review_delay``, ``check_decision_rules``, ``check_bands_overlap`` and
  ``check_experiment(median, overrides=..., outcome=..., runs=..., seed=...)`` included).

Controls are generated from the scenario schema (:func:`buurtsim.parameters`):

- ``controls_for(keys, base_scenario, lang="nl") -> dict[str, Widget]``: FloatSlider/IntSlider
  with the schema's ge/le/step and label, Dropdown with translated names for choices; value =
  the base scenario's value; ``continuous_update=False``; tooltip = label, unit and where the
  default comes from, in the panel's language (``buurtsim.i18n.tooltip``).
- ``find_scenario(name_or_path) -> Path``: ``"arendonk"``, ``"scenarios/arendonk.yaml"`` or a
  path; works from ``notebooks/`` too (it looks for the project's ``scenarios/`` folder).
- ``scenario_files() -> {name: Path}``.

Every panel: ``Panel(base="scenarios/arendonk.yaml", keys=None, seed=1, runs=None, lang="nl",
auto_run=True)``. ``keys=None`` takes the panel's own default keys; ``runs=None`` its default.
Attributes: ``.controls`` (dotted key -> widget), ``.run_button``, ``.run()`` (returns the
result, or None after showing an error in words in ``.status``), ``.result``, ``.figure``,
``.plot_data`` (dict of DataFrames/arrays: exactly what was plotted), ``.status`` (HTML widget
with a one-line summary), ``.widget`` (the container; the panel itself displays too),
``.scenario()`` (the scenario the controls describe), ``.output`` (the Output with the figure),
``.stale`` (True while a control moved since the figure was drawn: ``.stale_note`` then says so
above the figure and the run button turns orange, until the next successful run).

Panels, their default keys and their extras (``plot_data`` keys in brackets):

- ``RunPanel(..., measures=("cohesion", "ownership", "trust_municipality", "liveability"))``:
  keys control, framework_clarity, facilitator hours, budget; ``.result`` a Result (runs=1) or
  the ensemble table; ``.table`` (HTML widget, summary table) [``timeseries``, ``summary``].
- ``NeighbourhoodPanel(..., colour_by="street", compare=True)``: ``.choice`` dropdown (arendonk
  / olmen / own), ``.colour_by`` dropdown (street / vulnerable); keys households, streets,
  vulnerable_share, ties_per_resident, cross_street_ties; ``.result`` the BuurtbudgetModel at
  week 0; ``.table`` (HTML: this neighbourhood next to both presets) [``houses``, ``ties``,
  ``table`` (facts: one column per neighbourhood)]. Choosing a preset puts its values into the
  sliders; moving a slider switches the dropdown to "own".
- ``ControlPanel`` (runs=8): keys control, framework_clarity; ``.result`` the ensemble table of
  the chosen settings, ``.baseline`` that of the base scenario [``bars`` (group, outcome,
  median, low, high), ``runs``].
- ``OutreachPanel`` (runs=4): keys outreach, facilitator hours; ``.play`` (Play) jslinked to
  ``.week`` (IntSlider, with a readout in the panel's language); moving ``.week`` only
  redraws; ``.frames`` (weeks+1, houses) state codes 0 not aware .. 4 core [``houses``,
  ``participation`` (group, share)]. ``.result`` is a DataFrame with one row per run: seed,
  vulnerable and others' participation at the kick-off.
- ``IdeasPanel`` (runs=4): keys framework_clarity, cost_scale, ambitious_share; each run
  stops right after the decision evening. ``.result`` one row per run (seed, ideas, in_frame,
  redirected, withdrawn, to_decision, mean_cost); ``.ideas`` the first run's ideas, ``.model``
  its model [``stickers`` (theme, label, stickers, ideas: one sticker per kick-off attendee on
  the favourite theme), ``ideas`` (id, label, theme, cost, in_frame, fate), ``fates`` (fate,
  mean over runs)].
- ``DecisionPanel(..., scarce=False)`` (runs=4): keys mediation_hours, facilitator hours,
  ``process.decision_rule``
  (the rule of the full runs that count conflicts; the bars always show all five rules).
  With ``scarce=True`` its proposals come from the first run from ``seed`` on that asks more than
  the budget (``.proposal_seed``), found again at every run.
  ``.result`` the allocation table (one row per proposal: label, theme, street, cost,
  approvals, then one euro column per rule in ``buurtsim.rules.RULES``); ``.setup`` (see
  ``run_to_decision``), ``.problem`` the DecisionProblem, ``.conflicts`` (seed, opened,
  escalated, resolved per run), ``.table`` (HTML) [``allocations`` (proposal, label, rule,
  euro), ``totals`` (rule, euro, funded), ``conflicts``].
- ``RealisationPanel`` (runs=3): keys control, hours_per_1000_euro, facilitator hours;
  ``.result`` the first run's Result, ``.results`` all runs [``timeline`` (id, row, label,
  stage, start, end), ``markers`` (id, row, event, week), ``delays`` (seed, id, review_delay,
  realisation_time)].
- ``EvaluationPanel`` (runs=5): keys control, facilitator hours, upkeep_hours; ``.result`` the
  runs' summary table, ``.timeseries`` their weekly tables [``bands`` (group, measure, week,
  median, low, high, runs), ``end`` (seed, realised, sustained, decayed, abandoned)].
- ``ScenarioLab(..., scenarios=("arendonk", "strict-municipality"), runs=10,
  folder=None)`` (``resultaten``, ``results`` in English): ``.choice`` (SelectMultiple of
  scenario files and "current" = the sliders), ``.runs_slider`` (with a readout in the panel's
  language), ``.measure`` dropdown; ``.result`` the summary table of all runs with a
  ``scenario`` column (the name of each file in the panel's language, "huidige schuifjes" for
  the sliders); ``.timeseries``; ``.curve()`` sweeps ``municipality.control`` over 0..1 for the
  sliders (``.curve_button``, outcome from ``.curve_outcome``) [``bands``, ``bars``,
  ``curve``]; ``.export(folder=None) -> [csv_path, xlsx_path]`` never overwrites (numbered
  ``scenariolab-2.csv`` ...; ``.export_button``, ``.folder`` Text widget, ``.export_status``).

- ``TradeoffPanel(..., outcome="initiatives_sustained")`` (runs=10): keys support, facilitator
  hours; sweeps control over 0..1 at a vague (0.2) and a clear (0.9) framework with the same
  seeds (a sweep, like the lab's ``curve()``: seconds, not half a second); ``.outcome`` dropdown
  only redraws; ``.result`` every run [``curves`` (clarity, value, mean, median, low, high,
  runs)].
- ``RulesPanel(..., start=WEAK)`` (runs=20): keys control, framework_clarity, starting at a weak
  speelveld (control 0.1, clarity 0.2); every run up to its decision, the same proposals put to
  Equal Shares, approval greedy and majority; ``.result`` one row per run and rule (seed, rule,
  streets_served, voters_empty_handed, funded), ``.differ`` the seeds where Equal Shares and
  greedy fund different projects [``means``, ``runs``].

Helpers: ``run_to_decision(scenario, seed) -> DecisionSetup`` (model run through its decision
week, with the ``options``, ``voters`` and ``problem`` its rule saw, and its ``decision``) and
``all_rules(problem) -> DataFrame`` (euro per proposal under each rule), for notebooks 05 and 09.

A panel's figure is a plain matplotlib Figure, rendered as PNG into ``.output``; ``.png()``
gives the bytes (for screenshots in ``docs/img/``).
"""

from .base import Panel
from .control import ControlPanel
from .controls import controls_for, find_scenario, scenario_files, widget_keys
from .decision import DecisionPanel, DecisionSetup, all_rules, run_to_decision
from .evaluation import EvaluationPanel
from .ideas import IdeasPanel
from .lab import ScenarioLab
from .neighbourhood import NeighbourhoodPanel
from .outreach import OutreachPanel
from .realisation import RealisationPanel
from .rules import RulesPanel
from .run import RunPanel
from .tradeoff import TradeoffPanel

__all__ = [
    "ControlPanel",
    "DecisionPanel",
    "DecisionSetup",
    "EvaluationPanel",
    "IdeasPanel",
    "NeighbourhoodPanel",
    "OutreachPanel",
    "Panel",
    "RealisationPanel",
    "RulesPanel",
    "RunPanel",
    "ScenarioLab",
    "TradeoffPanel",
    "all_rules",
    "controls_for",
    "find_scenario",
    "run_to_decision",
    "scenario_files",
    "widget_keys",
]
