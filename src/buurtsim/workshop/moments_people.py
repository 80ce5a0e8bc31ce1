"""Moment-finders of the debrief: ideas turned away, who took part, the money, the slow measures.

Each finder takes a :class:`~.moment.RunView` and returns the moments of its kind, with the
score rule of thumb written in it (see :mod:`.debrief`).
"""

from __future__ import annotations

import math

import numpy as np

from ..i18n import euro, number
from .moment import Moment, RunView, column, rows_with


# --- ideas turned away or dropped ----------------------------------------------------------------
def redirected(run: RunView) -> list[Moment]:
    """Ideas passed on to the council or the OCMW: 1 + 3 times their share, +2 a wrong one."""
    passed_on = rows_with(run.ini, "week_redirected")
    if not len(passed_on):
        return []
    proposals = run.proposals
    n = len(passed_on)
    wrongly = int(passed_on["in_frame"].sum())
    week = int(passed_on["week_redirected"].max())
    fell, went = ("viel", "ging") if n == 1 else ("vielen", "gingen")
    was = "was" if n == 1 else "were"
    text = run.say(
        f"{n} van de {proposals} ideeën {fell} buiten het werkingskader en {went} naar de "
        "gemeenteraad of het OCMW",
        f"{n} of the {proposals} ideas fell outside the framework and {was} passed on to "
        "the council or the OCMW",
    )
    if wrongly:
        text += run.say(
            f"; {wrongly} daarvan {'voldeed' if wrongly == 1 else 'voldeden'} eigenlijk wel "
            "aan de criteria",
            f"; {wrongly} of them actually met the criteria",
        )
    score = 1 + 3 * n / max(proposals, 1) + 2 * wrongly
    values = {"redirected": n, "proposals": proposals, "wrongly": wrongly}
    return [Moment("redirected", week, score, text + ".", values)]


def no_trekker(run: RunView) -> list[Moment]:
    """Ideas withdrawn at the decision because nobody would lead them: 2 + 3 times their share."""
    ini, decision = run.ini, run.decision
    if not len(ini):
        return []
    escalation_weeks = {
        (c["initiative"], int(c["week_escalated"])) for _, c in run.escalated.iterrows()
    }
    by_escalation = np.array([(i, decision) in escalation_weeks for i in ini["id"]])
    no_lead = ini[
        (column(ini, "week_withdrawn") == decision).to_numpy()
        & ini["trekker"].isna().to_numpy()
        & ~by_escalation
    ]
    if not len(no_lead):
        return []
    n = len(no_lead)
    ideas, it = ("idee werd", "het") if n == 1 else ("ideeën werden", "ze")
    were, them = (" was", "it") if n == 1 else ("s were", "them")
    text = run.say(
        f"Week {decision}: {n} {ideas} ingetrokken omdat niemand {it} wilde trekken.",
        f"Week {decision}: {n} idea{were} withdrawn because nobody would lead {them}.",
    )
    score = 2 + 3 * n / max(run.proposals, 1)
    return [Moment("no_trekker", decision, score, text, {"withdrawn": n, "week": decision})]


# --- who took part (1-8) -------------------------------------------------------------------------
def vulnerable(run: RunView) -> list[Moment]:
    """Vulnerable residents' share among participants against their share among adults: 2.5
    times the log of the ratio, at most 8."""
    model = run.model
    ever = model.ever_active
    fragile = model.pop.vulnerable
    if not (ever.sum() and fragile.any()):
        return []
    share_part = float(fragile[ever].mean())
    share_pop = float(fragile.mean())
    part, pop = run.share(share_part), run.share(share_pop)
    text = run.say(
        f"Kwetsbare bewoners waren {part} van de deelnemers, terwijl "
        f"ze {pop} van de volwassen bewoners zijn.",
        f"Vulnerable residents were {part} of the participants, "
        f"while they are {pop} of the adult residents.",
    )
    score = min(8.0, 2.5 * abs(math.log((share_part + 0.01) / (share_pop + 0.01))))
    values = {"vulnerable_of_participants": share_part, "vulnerable_of_adults": share_pop}
    return [Moment("vulnerable", run.kick, score, text, values)]


def kickoff(run: RunView) -> list[Moment]:
    """Who came to the kick-off: 1 + 4 times the share of streets missing, +4 under five people."""
    model, kick = run.model, run.kick
    attended = model.attended
    n_streets = int(model.layout.street_length.size)
    came = int(attended.sum())
    streets_there = int(np.unique(model.pop.street[attended]).size) if came else 0
    if streets_there == n_streets:
        where = run.say(f"uit alle {n_streets} straten", f"from all {n_streets} streets")
    else:
        where = run.say(
            f"uit {streets_there} van de {n_streets} straten",
            f"from {streets_there} of the {n_streets} streets",
        )
    text = run.say(
        f"Week {kick}: op de startavond kwamen {came} bewoners, {where}.",
        f"Week {kick}: {came} residents came to the kick-off evening, {where}.",
    )
    score = 1 + 4 * (1 - streets_there / n_streets) + (4 if came < 5 else 0)
    values = {"week": kick, "attended": came, "streets": streets_there, "of_streets": n_streets}
    return [Moment("kickoff", kick, score, text, values)]


# --- the money (0-5) -----------------------------------------------------------------------------
def budget(run: RunView) -> list[Moment]:
    """Money left unused: 5 times the unspent share."""
    total = float(run.model.ledger.budget)
    if not total > 0:
        return []
    spent = float(run.summary["budget_spent"])
    lang = run.lang
    of, used, left = (euro(x, lang=lang) for x in (total, spent, total - spent))
    text = run.say(
        f"Van de {of} werd {used} uitgegeven; {left} bleef liggen.",
        f"Of the {of}, {used} was spent; {left} was left unused.",
    )
    unspent = 1 - spent / total
    values = {"budget": total, "spent": spent, "unspent": total - spent}
    return [Moment("budget", run.last, 5 * unspent, text, values)]


# --- the slow measures (0-3) ---------------------------------------------------------------------
#: kind, key in ``model.start``, the model's attribute at the end, as a share?, weight, subject
SLOW_MEASURES: tuple[tuple[str, str, str, bool, float, tuple[str, str]], ...] = (
    ("cohesion", "cohesion", "cohesion", False, 40, ("De sociale cohesie", "Social cohesion")),
    (
        "trust",
        "trust",
        "trust_municipality",
        False,
        40,
        ("Het vertrouwen in de gemeente", "Trust in the municipality"),
    ),
    (
        "loneliness",
        "lonely_vulnerable",
        "lonely_vulnerable",
        True,
        15,
        ("Het aandeel eenzame kwetsbare bewoners", "The share of lonely vulnerable residents"),
    ),
)


def _movement(run: RunView, a: str, b: str, start: float, end: float) -> str:
    if a == b:
        return run.say(f"bleef {a}", f"stayed at {a}")
    if end > start:
        return run.say(f"steeg van {a} naar {b}", f"rose from {a} to {b}")
    return run.say(f"daalde van {a} naar {b}", f"fell from {a} to {b}")


def _slow_measure(run: RunView, measure: tuple) -> list[Moment]:
    kind, start_key, end_attr, is_share, weight, subject = measure
    start, end = run.model.start[start_key], getattr(run.model, end_attr)
    if math.isnan(start) or math.isnan(end):
        return []
    fmt = run.share if is_share else (lambda x: number(x, 2, run.lang))
    body = _movement(run, fmt(start), fmt(end), start, end)
    scale = "" if is_share else run.say(" (schaal 0-1)", " (scale 0-1)")
    text = f"{run.pick(subject)} {body}{scale}."
    values = {"start": start, "end": end}
    return [Moment(kind, run.last, min(3.0, weight * abs(end - start)), text, values)]


def slow_measures(run: RunView) -> list[Moment]:
    """Cohesion, trust and loneliness from start to end: the change times a weight, at most 3."""
    return [m for measure in SLOW_MEASURES for m in _slow_measure(run, measure)]
