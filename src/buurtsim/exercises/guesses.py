"""The guesses of notebooks 00-04, 06 and 07: a number, a direction or a choice, checked by
running the model a few times."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from .. import i18n
from ..experiments import OUTCOMES, simulate
from ..scenarios import Scenario, with_overrides
from .common import (
    Feedback,
    _base,
    _direction_feedback,
    _needs_answer,
    _plain,
    _values,
)


# --- 00 welkom --------------------------------------------------------------------------------
@_needs_answer
def check_first_run(answer: Any, scenario: str | Scenario = "arendonk", seed: int = 1) -> Feedback:
    """00: how many ideas (proposals) came up in the run of ``scenario`` with this seed?"""
    truth = int(simulate(_base(scenario), seed=seed).summary["proposals"])
    try:
        given = int(round(float(str(answer).replace(",", "."))))
    except ValueError:
        return Feedback(False, f"Geef een getal, bijvoorbeeld 7 (niet '{answer}').")
    if given == truth:
        return Feedback(True, f"Juist: in deze run kwamen er {truth} ideeën op tafel.")
    hint = "meer" if truth > given else "minder"
    return Feedback(
        False,
        f"Niet helemaal: het waren er {hint} dan {given}. Kijk naar de statusregel onder de knop.",
    )


# --- 01 partners en buurt -----------------------------------------------------------------------
@_needs_answer
def check_neighbourhood_guess(
    answer: Any, feature: str = "isolated_share", seeds: Sequence[int] = (1, 2, 3)
) -> Feedback:
    """01: in which neighbourhood (Arendonk-like or Olmen-like) is ``feature`` larger?

    ``feature`` is one of the facts of :func:`buurtsim.widgets.neighbourhood.neighbourhood_facts`
    (isolated_share, vulnerable_share, ties_per_resident, adults, ...), averaged over ``seeds``.
    """
    from ..model import BuurtbudgetModel
    from ..widgets.neighbourhood import neighbourhood_facts

    means = {}
    for name in ("arendonk", "olmen"):
        facts = [neighbourhood_facts(BuurtbudgetModel(_base(name), rng=s)) for s in seeds]
        means[name] = float(np.mean([f[feature] for f in facts]))
    said = _plain(answer)
    said = "arendonk" if "arendonk" in said else "olmen" if "olmen" in said else None
    if said is None:
        return Feedback(False, f"Antwoord met 'Arendonk' of 'Olmen' (niet '{answer}').")
    truth = max(means, key=means.get)
    label = i18n.t(feature)
    shown = {
        k: (i18n.percent(v, 0) if feature.endswith("share") else i18n.number(v, 1))
        for k, v in means.items()
    }
    facts = f"{label}: Arendonk-achtig {shown['arendonk']}, Olmen-achtig {shown['olmen']}."
    if said == truth:
        return Feedback(True, f"Juist. {facts}")
    return Feedback(False, f"Nee. {facts}")


# --- 02 speelveld ---------------------------------------------------------------------------
@_needs_answer
def check_control_guess(
    answer: Any,
    outcome: str = "proposals",
    low: float = 0.3,
    high: float = 0.9,
    scenario: str | Scenario = "arendonk",
    runs: int = 8,
    seed: int = 1,
) -> Feedback:
    """02: does ``outcome`` go up ('meer'), down ('minder') or stay ('gelijk') when the
    municipality's control goes from ``low`` to ``high``? Checked over ``runs`` seeds."""
    if outcome not in OUTCOMES:
        return Feedback(False, f"'{outcome}' is geen uitkomst van het model.")
    base = _base(scenario)
    before = _values(with_overrides(base, {"municipality.control": low}), outcome, runs, seed)
    after = _values(with_overrides(base, {"municipality.control": high}), outcome, runs, seed)
    return _direction_feedback(
        answer,
        before,
        after,
        f"{i18n.t(outcome)} bij controle {i18n.percent(low, 0)}",
        f"bij controle {i18n.percent(high, 0)}",
        runs,
    )


# --- 03 kerngroep en bewoners -------------------------------------------------------------------
OUTREACH_WORDS = {
    "info_evening": ("info", "infoavond", "brief", "info evening", "information evening"),
    "door_to_door": ("huis aan huis", "deur aan deur", "huisbezoek", "door to door", "aanbellen"),
    "core_group": ("kerngroep", "core group", "via een kerngroep"),
}


def outreach_from(answer: Any) -> str | None:
    """The outreach key ('info_evening', 'door_to_door', 'core_group') of a free answer."""
    a = _plain(answer)
    for key, words in OUTREACH_WORDS.items():
        if a == _plain(key) or any(_plain(w) in a for w in words):
            return key
    return None


@_needs_answer
def check_outreach_guess(
    answer: Any, scenario: str | Scenario = "arendonk", runs: int = 4, seed: int = 1
) -> Feedback:
    """03: which outreach strategy brings the largest share of vulnerable residents to take
    part by the kick-off? Each strategy is run ``runs`` times up to the kick-off."""
    from ..widgets.outreach import participation, run_to_kickoff

    said = outreach_from(answer)
    if said is None:
        return Feedback(False, "Antwoord met 'infoavond', 'huis aan huis' of 'kerngroep'.")
    base = _base(scenario)
    shares = {}
    for key in OUTREACH_WORDS:
        sc = with_overrides(base, {"facilitator.outreach": key})
        shares[key] = float(
            np.mean(
                [participation(run_to_kickoff(sc, seed + k)[0])["vulnerable"] for k in range(runs)]
            )
        )
    truth = max(shares, key=shares.get)
    facts = ", ".join(f"{i18n.t(k)} {i18n.percent(v)}" for k, v in shares.items())
    if said == truth:
        return Feedback(True, f"Juist: {i18n.t(truth)}. Kwetsbare bewoners die meedoen: {facts}.")
    return Feedback(False, f"Nee. Kwetsbare bewoners die meedoen bij de startavond: {facts}.")


# --- 04 ideeën --------------------------------------------------------------------------------
@_needs_answer
def check_cost_guess(
    answer: Any,
    cost_scale: float = 4.0,
    scenario: str | Scenario = "arendonk",
    runs: int = 6,
    seed: int = 1,
) -> Feedback:
    """04: are there more or fewer ideas inside the framework when ideas cost ``cost_scale``
    times as much? Each run stops after the decision evening."""
    from ..experiments.runs import initiatives_table
    from ..widgets.ideas import fates, run_until

    base = _base(scenario)

    def in_frame(sc: Scenario) -> list[float]:
        return [
            fates(initiatives_table(run_until(sc, seed + k, "decision")))["in_frame"]
            for k in range(runs)
        ]

    before = in_frame(base)
    after = in_frame(with_overrides(base, {"budget.cost_scale": cost_scale}))
    return _direction_feedback(
        answer,
        before,
        after,
        "ideeën binnen het kader bij het gewone prijsniveau",
        f"als ideeën {i18n.number(cost_scale, 1)} keer zo duur zijn",
        runs,
    )


# --- 06 uitvoeren -----------------------------------------------------------------------------
@_needs_answer
def check_review_delay(
    answer: Any,
    control: float = 0.9,
    scenario: str | Scenario = "arendonk",
    runs: int = 5,
    seed: int = 1,
) -> Feedback:
    """06: how many weeks does a funded project wait for the municipality's review, on
    average, at this ``control``? Right within 2 weeks or 25%, whichever is larger."""
    from ..widgets.realisation import delays

    try:
        given = float(str(answer).replace(",", "."))
    except ValueError:
        return Feedback(False, f"Geef een aantal weken, bijvoorbeeld 6 (niet '{answer}').")
    sc = with_overrides(_base(scenario), {"municipality.control": control})
    d = pd.concat([delays(simulate(sc, seed=seed + k)) for k in range(runs)])
    if d.empty:
        return Feedback(False, "In deze runs werd geen enkel project nagekeken; kies een andere.")
    truth = float(d["review_delay"].mean())
    facts = (
        f"Bij controle {i18n.percent(control, 0)} wachtte een project gemiddeld "
        f"{i18n.number(truth, 1)} weken ({len(d)} projecten in {runs} runs)."
    )
    if abs(given - truth) <= max(2.0, 0.25 * truth):
        return Feedback(True, f"Goed geschat. {facts}")
    return Feedback(False, f"Niet goed geschat. {facts}")


# --- 07 evalueren en duurzaamheid -------------------------------------------------------------
@_needs_answer
def check_upkeep_guess(
    answer: Any,
    upkeep_hours: float = 8.0,
    scenario: str | Scenario = "arendonk",
    runs: int = 6,
    seed: int = 1,
) -> Feedback:
    """07: are more or fewer initiatives still kept up at the end when upkeep asks
    ``upkeep_hours`` a week instead of the base scenario's hours?"""
    base = _base(scenario)
    before = _values(base, "initiatives_sustained", runs, seed)
    heavy = with_overrides(base, {"process.upkeep_hours": upkeep_hours})
    after = _values(heavy, "initiatives_sustained", runs, seed)
    hours = i18n.number(base.process.upkeep_hours, 1)
    return _direction_feedback(
        answer,
        before,
        after,
        f"initiatieven nog onderhouden bij {hours} uur onderhoud per week",
        f"bij {i18n.number(upkeep_hours, 1)} uur",
        runs,
    )
