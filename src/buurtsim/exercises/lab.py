"""The scenario lab and your own experiment (notebooks 08 and 09)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, cast

import pandas as pd

from .. import i18n
from ..experiments import OUTCOMES, simulate
from ..scenarios import Scenario, parameters, unflatten, with_overrides
from ..scenarios import load_scenario as _load
from .common import Feedback, _base, _needs_answer, _plain

#: the answers that mean yes (True) or no (False)
YES_NO = {"ja": True, "yes": True, "j": True, "y": True, "nee": False, "no": False, "n": False}
#: what overlapping (True) or separate (False) bands mean: keys of the translation table
OVERLAP_MEANING = {True: "ex_overlap_yes", False: "ex_overlap_no"}

#: names of code in the feedback on an experiment's table, filled into its templates
TABLE_CODE = {"seed": "seed", "ensemble": "buurtsim.ensemble", "sweep": "buurtsim.sweep"}


def lab_not_run(lang: str | None = None) -> Feedback:
    """The reply when the lab has nothing to judge yet."""
    return Feedback(False, i18n.t("ex_lab_not_run", lang))


# --- 08 scenariolab ---------------------------------------------------------------------------
@_needs_answer
def check_best_scenario(
    answer: Any, lab, outcome: str = "trust_municipality_end", lang: str | None = None
) -> Feedback:
    """08: which of the lab's scenarios gave the highest median ``outcome``? ``lab`` is a
    ScenarioLab that has run; the answer is a scenario's name as the lab shows it."""
    if getattr(lab, "result", None) is None:
        return lab_not_run(lang)
    med = lab.result.groupby("scenario", sort=False)[outcome].median()
    said = _plain(answer)
    matches = [name for name in med.index if _plain(name) == said]
    if not matches:
        names = ", ".join(f"'{n}'" for n in med.index)
        return Feedback(False, i18n.tf("ex_lab_choose", lang, names=names))
    best = med.max()
    facts = "; ".join(f"{name}: {i18n.number(v, 3, lang)}" for name, v in med.items())
    right = math.isclose(float(med[matches[0]]), float(best))
    verdict = "ex_lab_right" if right else "ex_lab_wrong"
    return Feedback(right, i18n.tf(verdict, lang, outcome=i18n.t(outcome, lang), facts=facts))


@_needs_answer
def check_bands_overlap(
    answer: Any,
    result: pd.DataFrame,
    outcome: str = "initiatives_realised",
    by: str = "scenario",
    lang: str | None = None,
) -> Feedback:
    """08: do the 10-90% bands of ``outcome`` of the scenarios in ``result`` (the ScenarioLab's
    ``result``, or the lab itself) overlap? 'ja' when one value lies inside every band."""
    if hasattr(result, "result"):
        result = result.result
    if result is None or outcome not in result or by not in result:
        return lab_not_run(lang)
    said = YES_NO.get(_plain(answer))
    if said is None:
        return Feedback(False, i18n.t("ex_yes_or_no", lang))
    from ..plots.outcomes import outcome_bars_data

    bands = outcome_bars_data(result, [outcome], by=by)
    if len(bands) < 2:
        return Feedback(False, i18n.t("ex_lab_two", lang))
    overlap = bool(bands["low"].max() <= bands["high"].min())
    verdict = i18n.t("ex_bands_right" if said == overlap else "ex_bands_again", lang)
    return Feedback(
        said == overlap,
        i18n.tf(
            "ex_bands",
            lang,
            verdict=verdict,
            outcome=i18n.t(outcome, lang),
            facts=_band_facts(bands, outcome, lang),
            meaning=i18n.t(OVERLAP_MEANING[overlap], lang),
        ),
    )


def _band_facts(bands: pd.DataFrame, outcome: str, lang: str | None = None) -> str:
    """Each group's band as "group: low tot high" (in euro for the budget spent)."""

    def fmt(x: float) -> str:
        if outcome == "budget_spent":
            return i18n.euro(x, lang=lang)
        return i18n.number(x, 1, lang)

    return "; ".join(
        i18n.tf("ex_band", lang, group=g, low=fmt(lo), high=fmt(hi))
        for g, lo, hi in zip(bands["group"], bands["low"], bands["high"], strict=True)
    )


# --- 09 onder de motorkap ---------------------------------------------------------------------
@_needs_answer
def check_experiment(
    answer: Any,
    overrides: Mapping[str, Any] | None = None,
    outcome: str = "conflicts_escalated",
    runs: int = 10,
    seed: int = 1,
    scenario: str | Scenario = "arendonk",
    min_runs: int = 5,
    lang: str | None = None,
) -> Feedback:
    """09: your own experiment, checked by doing it again.

    With a number: the median of ``outcome`` in ``buurtsim.ensemble`` of ``scenario`` with
    ``overrides``, ``runs`` runs from ``seed``; the same seeds give the same runs, so it must
    match exactly. With a table (from ``ensemble``/``sweep``): is it a fair experiment (see
    :func:`check_experiment_table`)?
    """
    if isinstance(answer, pd.DataFrame):
        return check_experiment_table(answer, min_runs, lang)
    from ..experiments import ensemble

    try:
        given = float(str(answer).replace(",", "."))
    except ValueError:
        return Feedback(False, i18n.tf("ex_median_number", lang, answer=answer))
    sc = with_overrides(_base(scenario), dict(overrides or {}))
    table = cast(pd.DataFrame, ensemble(sc, runs=runs, seed=seed, processes=1))
    truth = float(pd.to_numeric(table[outcome]).median())
    facts = i18n.tf(
        "ex_experiment_facts", lang, outcome=i18n.t(outcome, lang), runs=runs, seed=seed
    )
    what = _settings_text(overrides or {}, lang)
    facts += i18n.tf("ex_experiment_with", lang, what=what) if what else ""
    values = {"facts": facts, "truth": i18n.number(truth, 2, lang)}
    if math.isclose(given, truth, rel_tol=1e-9, abs_tol=1e-9):
        return Feedback(True, i18n.tf("ex_experiment_right", lang, **values))
    given_text = i18n.number(given, 2, lang)
    return Feedback(False, i18n.tf("ex_experiment_wrong", lang, given=given_text, **values))


def _settings_text(overrides: Mapping[str, Any], lang: str | None = None) -> str:
    """``control by the municipality = 0.90, ...``: the settings of an experiment, in words."""

    def value(v: Any) -> str:
        if isinstance(v, bool) or not isinstance(v, int | float):
            return i18n.t(str(v), lang)
        return i18n.number(v, 2 if isinstance(v, float) else 0, lang)

    return ", ".join(f"{i18n.label(k, lang)} = {value(v)}" for k, v in overrides.items())


def check_experiment_table(
    table: pd.DataFrame, min_runs: int = 5, lang: str | None = None
) -> Feedback:
    """09: is ``table`` (from ``buurtsim.ensemble``/``sweep``, concatenated) a fair experiment?

    It needs the outcomes, a ``seed`` column and the parameters; at least two values of the
    parameter you varied, each with ``min_runs`` runs; and its first row must come out the
    same when the model runs it again from the row's own parameters and seed.
    """
    if not isinstance(table, pd.DataFrame) or table.empty:
        return Feedback(False, i18n.tf("ex_table_give", lang, **TABLE_CODE))
    params = _parameters_in(table)
    if params is None:
        return Feedback(False, i18n.tf("ex_table_columns", lang, **TABLE_CODE))
    varied = [k for k in params if table[k].nunique(dropna=False) > 1]
    if not varied:
        return Feedback(False, i18n.t("ex_table_nothing_varied", lang))
    fewest = int(table.groupby(varied, dropna=False).size().min())
    if fewest < min_runs:
        return Feedback(False, i18n.tf("ex_table_too_few", lang, min_runs=min_runs, fewest=fewest))
    if not _first_row_again(table, params):
        return Feedback(False, i18n.t("ex_table_changed", lang))
    names = ", ".join(i18n.label(k, lang) for k in varied)
    return Feedback(True, i18n.tf("ex_table_fair", lang, names=names, fewest=fewest))


def _parameters_in(table: pd.DataFrame) -> list[str] | None:
    """The parameter columns of an ensemble table; None when it lacks the seed, the outcomes
    or every parameter."""
    params = [k for k in parameters() if k in table.columns]
    missing = [c for c in ("seed", "proposals") if c not in table.columns]
    if missing or not params:
        return None
    return params


def _first_row_again(table: pd.DataFrame, params: list[str]) -> bool:
    """Does the table's first row come out the same when the model runs it again from its own
    parameters and seed?"""
    row = table.iloc[0]
    flat = {k: row[k] for k in params}
    flat = {k: (v.item() if hasattr(v, "item") else v) for k, v in flat.items()}
    scenario = _load(unflatten(flat))
    again = simulate(scenario, seed=int(row["seed"])).summary
    return all(_same(row[o], again[o]) for o in OUTCOMES if o in table.columns)


def _same(before: Any, again: Any) -> bool:
    """Both missing, or the same number."""
    return (pd.isna(before) and pd.isna(again)) or math.isclose(float(before), float(again))
