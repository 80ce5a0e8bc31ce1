"""Debrief: the three to five most telling moments of one run, as talking points.

:func:`moments` looks through a finished run for candidate moments (an escalated conflict, a veto,
a long wait for the municipality, projects nobody kept up, who took part, what happened to trust
and cohesion, ...). Each gets a score for how unusual or consequential it is; :func:`debrief`
keeps the best few and tells them in the order they happened.

Every number in a talking point is read from the run (its tables and its model), and the
:class:`Moment` carries those numbers in ``values`` so that tests and curious trainers can check
them. The scores are rules of thumb, written next to each moment below:

* 6-9: something broke: an escalation without mediation, a veto, nothing realised;
* 3-6: a cost of the process: long reviews, decay, abandoned projects, unspent money,
  ideas turned away, a skewed turnout;
* 0-3: the slow measures (cohesion, trust, loneliness), scaled by how much they moved.

>>> import buurtsim
>>> result = buurtsim.simulate("scenarios/no-facilitator.yaml", seed=1, keep_model=True)
>>> points = debrief(result)
>>> 3 <= len(points) <= 5
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..experiments import Result
from ..i18n import euro, number, percent
from .words import idea_label, street_label

#: how many moments of one kind may appear among the talking points
PER_KIND = {"escalation": 2}


@dataclass
class Moment:
    """One candidate talking point: what kind, when, how telling, the text, and its numbers."""

    kind: str
    week: int
    score: float
    text: str
    values: dict[str, float] = field(default_factory=dict)


def _week(x) -> int | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else int(x)


def _col(df: pd.DataFrame, name: str) -> pd.Series:
    return df[name] if name in df.columns else pd.Series(np.nan, index=df.index)


def _fmt_share(x: float, lang: str) -> str:
    return percent(x, 0, lang)


def moments(result: Result, lang: str = "nl") -> list[Moment]:
    """Every candidate moment of a finished run, best first.

    Needs the model: run with ``simulate(..., keep_model=True)`` (or use a
    :class:`~buurtsim.workshop.MunicipalityGame` result).
    """
    model = result.model
    if model is None:
        raise ValueError(
            "the debrief needs the model of the run: use simulate(scenario, seed, keep_model=True)"
        )
    if lang not in ("nl", "en"):
        raise ValueError(f"lang must be 'nl' or 'en', not {lang!r}")
    nl = lang == "nl"
    ini = result.initiatives
    con = result.conflicts
    summary = result.summary
    kick = int(model.kickoff_week)
    decision = int(model.decision_week)
    last = int(model.week)
    out: list[Moment] = []
    add = out.append

    # --- escalated conflicts (score 6-9) -----------------------------------------------------
    hours = model.params.facilitator.hours_per_week
    escalated = con[con["escalated"]] if len(con) else con
    for _, c in escalated.iterrows():
        week = int(c["week_escalated"])
        mediated = int(c["mediated_weeks"])
        theme = c["theme"]
        about = {
            "burden": ("de overlast van {idea}", "the nuisance of {idea}"),
            "dispute": ("wat er mocht met {idea}", "what was allowed for {idea}"),
            "competition": ("het geld voor {idea}", "the money for {idea}"),
        }.get(c["kind"], ("{idea}", "{idea}"))[0 if nl else 1]
        about = about.format(idea=idea_label(theme, lang)) if theme else ""
        where = f" in {street_label(c['street'], lang)}" if theme else ""
        values: dict[str, float] = {"week": week, "mediated_weeks": mediated}
        if theme:
            values["street"] = int(c["street"]) + 1
        if mediated == 0 and hours == 0:
            why = (
                " omdat er geen procesbegeleider was om te bemiddelen"
                if nl
                else " because there was no facilitator to mediate"
            )
        elif mediated == 0:
            why = " omdat niemand bemiddelde" if nl else " because nobody mediated"
        else:
            why = (
                f" ondanks {mediated} weken bemiddeling"
                if nl
                else f" despite {mediated} weeks of mediation"
            )
        withdrawn = False
        if pd.notna(c["initiative"]) and len(ini):
            idea = ini[ini["id"] == c["initiative"]]
            withdrawn = bool(len(idea)) and _week(_col(idea, "week_withdrawn").iloc[0]) == week
        if nl:
            subject = f"het conflict over {about}{where}" if theme else "een burenconflict"
            text = f"Week {week}: {subject} escaleerde{why}."
            if withdrawn:
                text += " Het idee werd dezelfde week ingetrokken."
        else:
            subject = f"the conflict about {about}{where}" if theme else "a neighbours' quarrel"
            text = f"Week {week}: {subject} escalated{why}."
            if withdrawn:
                text += " The idea was withdrawn that same week."
        score = 6 + (1.5 if mediated == 0 else 0) + (1 if withdrawn else 0) - 0.01 * week
        add(Moment("escalation", week, score, text, values))

    # --- the municipality: vetoes (6-9), trims (2-5), review delays (0-6) ------------------------
    funded = int(summary["initiatives_funded"])
    vetoed = ini[_col(ini, "week_vetoed").notna()] if len(ini) else ini
    if len(vetoed):
        week = int(vetoed["week_vetoed"].min())
        n = len(vetoed)
        if n == 1:
            v = vetoed.iloc[0]
            what_nl = f"{idea_label(v['theme'], 'nl')} in {street_label(v['street'], 'nl')}"
            what_en = f"{idea_label(v['theme'], 'en')} in {street_label(v['street'], 'en')}"
            text = (
                f"Week {week}: de gemeente hield {what_nl} tegen, hoewel de bewoners het "
                f"gekozen hadden ({n} veto op {funded} gekozen voorstellen)."
                if nl
                else f"Week {week}: the municipality vetoed {what_en}, although the residents "
                f"had chosen it ({n} veto of {funded} chosen proposals)."
            )
            values = {"week": week, "vetoed": n, "funded": funded, "street": int(v["street"]) + 1}
        else:
            text = (
                f"Vanaf week {week} hield de gemeente "
                f"{f'alle {n}' if n == funded else f'{n} van de {funded}'} voorstellen tegen "
                f"die de bewoners gekozen hadden"
                if nl
                else f"From week {week} the municipality vetoed {n} of the {funded} proposals "
                f"the residents had chosen"
            )
            values = {"week": week, "vetoed": n, "funded": funded}
        outside = int((~vetoed["in_frame"].astype(bool)).sum())
        if n > 1 and outside:
            text += (
                f"; {outside} daarvan {'voldeed' if outside == 1 else 'voldeden'} niet aan "
                "de criteria van het kader"
                if nl
                else f"; {outside} of them did not meet the framework's criteria"
            )
            values["outside_frame"] = outside
        if n > 1:
            text += "."
        add(Moment("veto", week, min(9.0, 5.5 + 1.5 * n), text, values))

    trims = int(model.municipality.trims)
    if trims:
        week = int(_col(ini, "week_reviewed").dropna().min())
        if funded == 1:
            text = (
                "De gemeente kortte het enige gekozen voorstel in."
                if nl
                else "The municipality trimmed the only chosen proposal."
            )
        else:
            text = (
                f"De gemeente kortte {trims} van de {funded} gekozen voorstellen in."
                if nl
                else f"The municipality trimmed {trims} of the {funded} chosen proposals."
            )
        add(Moment("trim", week, min(5.0, 2 + trims), text, {"trimmed": trims, "funded": funded}))

    if len(ini):
        reviewed = ini[_col(ini, "week_reviewed").notna() & _col(ini, "week_decided").notna()]
        if len(reviewed):
            waits = reviewed["week_reviewed"] - reviewed["week_decided"]
            mean, longest = float(waits.mean()), int(waits.max())
            text = (
                f"De gemeente deed er gemiddeld {number(mean, 0, lang)} weken over om een gekozen "
                f"voorstel te beoordelen (het langste: {longest} weken)."
                if nl
                else f"The municipality took {number(mean, 0, lang)} weeks on average to review a "
                f"chosen proposal (the longest: {longest} weeks)."
            )
            values = {"mean_wait": mean, "longest_wait": longest}
            add(Moment("review_delay", decision + 1, min(6.0, mean / 2), text, values))

    # --- realisation and upkeep ------------------------------------------------------------------
    realised = int(summary["initiatives_realised"])
    if funded and not realised:
        text = (
            f"Geen van de {funded} gekozen voorstellen werd gerealiseerd."
            if nl
            else f"None of the {funded} chosen proposals was realised."
        )
        add(Moment("nothing_realised", last, 8.0, text, {"funded": funded}))
    if realised:
        first = ini.loc[_col(ini, "week_realised").idxmin()]
        week = int(first["week_realised"])
        after = week - kick
        text = (
            f"Week {week}: {idea_label(first['theme'], 'nl')} in "
            f"{street_label(first['street'], 'nl')} was als eerste klaar, {after} weken na de "
            "startavond."
            if nl
            else f"Week {week}: {idea_label(first['theme'], 'en')} in "
            f"{street_label(first['street'], 'en')} was the first to be finished, {after} weeks "
            "after the kick-off."
        )
        values = {"week": week, "weeks_after_kickoff": after, "street": int(first["street"]) + 1}
        add(Moment("first_realisation", week, min(4.0, 1 + after / 20), text, values))
    decayed = ini[_col(ini, "week_decayed").notna()] if len(ini) else ini
    if len(decayed):
        week = int(decayed["week_decayed"].max())
        n = len(decayed)
        were, fell = ("werd", "verviel") if n == 1 else ("werden", "vervielen")
        text = (
            f"{n} van de {realised} gerealiseerde initiatieven {were} niet onderhouden en "
            f"{fell} tegen week {week}."
            if nl
            else f"{n} of the {realised} realised initiatives were not kept up and had decayed "
            f"by week {week}."
        )
        score = 3 + 4 * n / max(realised, 1)
        add(Moment("decay", week, score, text, {"decayed": n, "realised": realised, "week": week}))
    abandoned = ini[_col(ini, "week_abandoned").notna()] if len(ini) else ini
    if len(abandoned):
        week = int(abandoned["week_abandoned"].max())
        n = len(abandoned)
        things = "goedgekeurd initiatief viel" if n == 1 else "goedgekeurde initiatieven vielen"
        given_up = "werd" if n == 1 else "werden"
        text = (
            f"{n} {things} stil zonder trekker en {given_up} tegen week {week} opgegeven."
            if nl
            else f"{n} approved initiatives stalled without a lead resident and were given up by "
            f"week {week}."
        )
        add(Moment("abandoned", week, min(7.0, 3 + 2 * n), text, {"abandoned": n, "week": week}))

    # --- ideas turned away or dropped ------------------------------------------------------------
    proposals = int(summary["proposals"])
    redirected = ini[_col(ini, "week_redirected").notna()] if len(ini) else ini
    if len(redirected):
        n = len(redirected)
        wrongly = int(redirected["in_frame"].sum())
        week = int(redirected["week_redirected"].max())
        fell, went = ("viel", "ging") if n == 1 else ("vielen", "gingen")
        text = (
            f"{n} van de {proposals} ideeën {fell} buiten het werkingskader en {went} naar de "
            "gemeenteraad of het OCMW"
            if nl
            else f"{n} of the {proposals} ideas fell outside the framework and were passed on to "
            "the council or the OCMW"
        )
        if wrongly:
            text += (
                f"; {wrongly} daarvan {'voldeed' if wrongly == 1 else 'voldeden'} eigenlijk wel "
                "aan de criteria"
                if nl
                else f"; {wrongly} of them actually met the criteria"
            )
        score = 1 + 3 * n / max(proposals, 1) + 2 * wrongly
        values = {"redirected": n, "proposals": proposals, "wrongly": wrongly}
        add(Moment("redirected", week, score, text + ".", values))
    if len(ini):
        escalation_weeks = {
            (c["initiative"], int(c["week_escalated"])) for _, c in escalated.iterrows()
        }
        by_escalation = np.array([(i, decision) in escalation_weeks for i in ini["id"]])
        no_lead = ini[
            (_col(ini, "week_withdrawn") == decision).to_numpy()
            & ini["trekker"].isna().to_numpy()
            & ~by_escalation
        ]
        if len(no_lead):
            n = len(no_lead)
            ideas = "idee werd" if n == 1 else "ideeën werden"
            it = "het" if n == 1 else "ze"
            text = (
                f"Week {decision}: {n} {ideas} ingetrokken omdat niemand {it} wilde trekken."
                if nl
                else f"Week {decision}: {n} idea{'s were' if n > 1 else ' was'} withdrawn because "
                f"nobody would lead {'them' if n > 1 else 'it'}."
            )
            score = 2 + 3 * n / max(proposals, 1)
            add(Moment("no_trekker", decision, score, text, {"withdrawn": n, "week": decision}))

    # --- who took part (1-8) ------------------------------------------------------------------
    ever = model.ever_active
    vulnerable = model.pop.vulnerable
    if ever.sum() and vulnerable.any():
        share_part = float(vulnerable[ever].mean())
        share_pop = float(vulnerable.mean())
        text = (
            f"Kwetsbare bewoners waren {_fmt_share(share_part, lang)} van de deelnemers, terwijl "
            f"ze {_fmt_share(share_pop, lang)} van de volwassen bewoners zijn."
            if nl
            else f"Vulnerable residents were {_fmt_share(share_part, lang)} of the participants, "
            f"while they are {_fmt_share(share_pop, lang)} of the adult residents."
        )
        score = min(8.0, 2.5 * abs(math.log((share_part + 0.01) / (share_pop + 0.01))))
        values = {"vulnerable_of_participants": share_part, "vulnerable_of_adults": share_pop}
        add(Moment("vulnerable", kick, score, text, values))
    attended = model.attended
    n_streets = int(model.layout.street_length.size)
    came = int(attended.sum())
    streets_there = int(np.unique(model.pop.street[attended]).size) if came else 0
    if streets_there == n_streets:
        where_nl, where_en = f"uit alle {n_streets} straten", f"from all {n_streets} streets"
    else:
        where_nl = f"uit {streets_there} van de {n_streets} straten"
        where_en = f"from {streets_there} of the {n_streets} streets"
    text = (
        f"Week {kick}: op de startavond kwamen {came} bewoners, {where_nl}."
        if nl
        else f"Week {kick}: {came} residents came to the kick-off evening, {where_en}."
    )
    score = 1 + 4 * (1 - streets_there / n_streets) + (4 if came < 5 else 0)
    values = {"week": kick, "attended": came, "streets": streets_there, "of_streets": n_streets}
    add(Moment("kickoff", kick, score, text, values))

    # --- the money (0-5) ------------------------------------------------------------------------
    budget = float(model.ledger.budget)
    if budget > 0:
        spent = float(summary["budget_spent"])
        text = (
            f"Van de {euro(budget, lang=lang)} werd {euro(spent, lang=lang)} uitgegeven; "
            f"{euro(budget - spent, lang=lang)} bleef liggen."
            if nl
            else f"Of the {euro(budget, lang=lang)}, {euro(spent, lang=lang)} was spent; "
            f"{euro(budget - spent, lang=lang)} was left unused."
        )
        unspent = 1 - spent / budget
        values = {"budget": budget, "spent": spent, "unspent": budget - spent}
        add(Moment("budget", last, 5 * unspent, text, values))

    # --- the slow measures (0-3) ----------------------------------------------------------------
    subjects = {
        "cohesion": ("De sociale cohesie", "Social cohesion"),
        "trust": ("Het vertrouwen in de gemeente", "Trust in the municipality"),
        "loneliness": (
            "Het aandeel eenzame kwetsbare bewoners",
            "The share of lonely vulnerable residents",
        ),
    }

    def change(kind: str, start: float, end: float, fmt, weight: float) -> None:
        if math.isnan(start) or math.isnan(end):
            return
        a, b = fmt(start), fmt(end)
        if a == b:
            body = f"bleef {a}" if nl else f"stayed at {a}"
        elif end > start:
            body = f"steeg van {a} naar {b}" if nl else f"rose from {a} to {b}"
        else:
            body = f"daalde van {a} naar {b}" if nl else f"fell from {a} to {b}"
        scale = "" if fmt is pct else (" (schaal 0-1)" if nl else " (scale 0-1)")
        text = f"{subjects[kind][0 if nl else 1]} {body}{scale}."
        values = {"start": start, "end": end}
        add(Moment(kind, last, min(3.0, weight * abs(end - start)), text, values))

    def two(x: float) -> str:
        return number(x, 2, lang)

    def pct(x: float) -> str:
        return _fmt_share(x, lang)

    change("cohesion", model.start["cohesion"], model.cohesion, two, 40)
    change("trust", model.start["trust"], model.trust_municipality, two, 40)
    change("loneliness", model.start["lonely_vulnerable"], model.lonely_vulnerable, pct, 15)
    out.sort(key=lambda m: -m.score)
    return out


def pick(candidates: list[Moment], max_points: int = 5) -> list[Moment]:
    """The best ``max_points`` moments (at most ``PER_KIND`` of a kind), in order of time."""
    chosen: list[Moment] = []
    per_kind: dict[str, int] = {}
    for m in sorted(candidates, key=lambda m: -m.score):
        if per_kind.get(m.kind, 0) >= PER_KIND.get(m.kind, 1):
            continue
        chosen.append(m)
        per_kind[m.kind] = per_kind.get(m.kind, 0) + 1
        if len(chosen) == max_points:
            break
    return sorted(chosen, key=lambda m: m.week)


def debrief(result: Result, lang: str = "nl", max_points: int = 5) -> list[str]:
    """Three to five talking points for the debrief of one finished run, in order of time.

    ``result`` must come from ``simulate(..., keep_model=True)`` (or a game's ``result()``).
    """
    if not 3 <= int(max_points) <= 5:
        raise ValueError(f"max_points must be 3, 4 or 5, not {max_points!r}")
    return [m.text for m in pick(moments(result, lang), int(max_points))]
