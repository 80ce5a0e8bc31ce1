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

LAB_NOT_RUN = Feedback(False, "Laat het scenariolab eerst rekenen (knop Simuleer).")
#: the answers that mean yes (True) or no (False)
YES_NO = {"ja": True, "yes": True, "j": True, "y": True, "nee": False, "no": False, "n": False}
#: what overlapping (True) or separate (False) bands mean
OVERLAP_MEANING = {
    True: "Ze overlappen: het verschil tussen de scenario's is kleiner dan wat het toeval tussen "
    "simulaties al geeft. Wees voorzichtig met conclusies.",
    False: "Ze overlappen niet: het verschil is groter dan de spreiding tussen simulaties.",
}


# --- 08 scenariolab ---------------------------------------------------------------------------
@_needs_answer
def check_best_scenario(answer: Any, lab, outcome: str = "trust_municipality_end") -> Feedback:
    """08: which of the lab's scenarios gave the highest median ``outcome``? ``lab`` is a
    ScenarioLab that has run; the answer is a scenario's name as the lab shows it."""
    if getattr(lab, "result", None) is None:
        return LAB_NOT_RUN
    med = lab.result.groupby("scenario", sort=False)[outcome].median()
    said = _plain(answer)
    matches = [name for name in med.index if _plain(name) == said]
    if not matches:
        names = ", ".join(f"'{n}'" for n in med.index)
        return Feedback(False, f"Kies een van de scenario's in je lab: {names}.")
    best = med.max()
    facts = "; ".join(f"{name}: {i18n.number(v, 3)}" for name, v in med.items())
    if math.isclose(float(med[matches[0]]), float(best)):
        return Feedback(True, f"Juist. Mediaan van {i18n.t(outcome)} — {facts}.")
    return Feedback(False, f"Nee. Mediaan van {i18n.t(outcome)} — {facts}.")


@_needs_answer
def check_bands_overlap(
    answer: Any, result: pd.DataFrame, outcome: str = "initiatives_realised", by: str = "scenario"
) -> Feedback:
    """08: do the 10-90% bands of ``outcome`` of the scenarios in ``result`` (the ScenarioLab's
    ``result``, or the lab itself) overlap? 'ja' when one value lies inside every band."""
    if hasattr(result, "result"):
        result = result.result
    if result is None or outcome not in result or by not in result:
        return LAB_NOT_RUN
    said = YES_NO.get(_plain(answer))
    if said is None:
        return Feedback(False, "Antwoord met 'ja' of 'nee'.")
    from ..plots.outcomes import outcome_bars_data

    bands = outcome_bars_data(result, [outcome], by=by)
    if len(bands) < 2:
        return Feedback(False, "Vergelijk minstens twee scenario's in het lab.")
    overlap = bool(bands["low"].max() <= bands["high"].min())
    facts = _band_facts(bands, outcome)
    verdict = "Juist." if said == overlap else "Kijk nog eens."
    return Feedback(
        said == overlap,
        f"{verdict} 10-90% van {i18n.t(outcome)} — {facts}. {OVERLAP_MEANING[overlap]}",
    )


def _band_facts(bands: pd.DataFrame, outcome: str) -> str:
    """Each group's band as "group: low tot high" (in euro for the budget spent)."""
    fmt = (lambda x: i18n.number(x, 1)) if outcome not in ("budget_spent",) else i18n.euro
    return "; ".join(
        f"{g}: {fmt(lo)} tot {fmt(hi)}"
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
) -> Feedback:
    """09: your own experiment, checked by doing it again.

    With a number: the median of ``outcome`` in ``buurtsim.ensemble`` of ``scenario`` with
    ``overrides``, ``runs`` runs from ``seed``; the same seeds give the same runs, so it must
    match exactly. With a table (from ``ensemble``/``sweep``): is it a fair experiment (see
    :func:`check_experiment_table`)?
    """
    if isinstance(answer, pd.DataFrame):
        return check_experiment_table(answer, min_runs)
    from ..experiments import ensemble

    try:
        given = float(str(answer).replace(",", "."))
    except ValueError:
        return Feedback(False, f"Geef de mediaan als getal (niet '{answer}').")
    sc = with_overrides(_base(scenario), dict(overrides or {}))
    table = cast(pd.DataFrame, ensemble(sc, runs=runs, seed=seed, processes=1))
    truth = float(pd.to_numeric(table[outcome]).median())
    what = ", ".join(
        f"{i18n.label(k)} = {i18n.number(v, 2) if isinstance(v, float) else v}"
        for k, v in (overrides or {}).items()
    )
    facts = f"de mediaan van {i18n.t(outcome)} over {runs} simulaties vanaf startgetal {seed}"
    facts += f" met {what}" if what else ""
    if math.isclose(given, truth, rel_tol=1e-9, abs_tol=1e-9):
        return Feedback(
            True,
            f"Juist: {facts} is {i18n.number(truth, 2)}. Zelfde startgetallen, zelfde simulaties.",
        )
    return Feedback(
        False,
        f"Niet helemaal: {facts} is {i18n.number(truth, 2)}, niet {i18n.number(given, 2)}. "
        "Gebruik je dezelfde instellingen, simulaties en startgetallen?",
    )


def check_experiment_table(table: pd.DataFrame, min_runs: int = 5) -> Feedback:
    """09: is ``table`` (from ``buurtsim.ensemble``/``sweep``, concatenated) a fair experiment?

    It needs the outcomes, a ``seed`` column and the parameters; at least two values of the
    parameter you varied, each with ``min_runs`` runs; and its first row must come out the
    same when the model runs it again from the row's own parameters and seed.
    """
    if not isinstance(table, pd.DataFrame) or table.empty:
        return Feedback(False, "Geef de tabel die buurtsim.ensemble of buurtsim.sweep teruggaf.")
    params = _parameters_in(table)
    if params is None:
        return Feedback(
            False,
            "De tabel mist de kolommen seed (het startgetal), de uitkomsten of de parameters; "
            "gebruik de tabel van buurtsim.ensemble of buurtsim.sweep zoals hij is.",
        )
    varied = [k for k in params if table[k].nunique(dropna=False) > 1]
    if not varied:
        return Feedback(False, "Je vergeleek niets: geen enkele parameter heeft twee waarden.")
    counts = table.groupby(varied, dropna=False).size()
    if counts.min() < min_runs:
        return Feedback(
            False,
            f"Te weinig simulaties: minstens {min_runs} per waarde, je hebt er soms maar "
            f"{int(counts.min())}. Eén simulatie zegt weinig; het toeval speelt mee.",
        )
    if not _first_row_again(table, params):
        return Feedback(False, "De eerste rij komt er niet opnieuw uit: is de tabel aangepast?")
    names = ", ".join(i18n.label(k) for k in varied)
    return Feedback(
        True,
        f"Een eerlijk experiment: je varieerde {names} met {int(counts.min())} of meer simulaties "
        f"per waarde, en de eerste rij komt er bij een nieuwe simulatie precies zo uit.",
    )


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
