"""Moment-finders of the debrief: conflicts, the municipality, realisation and upkeep.

Each finder takes a :class:`~.moment.RunView` and returns the moments of its kind, with the
score rule of thumb written in it (see :mod:`.debrief`).
"""

from __future__ import annotations

import pandas as pd

from ..i18n import number
from .moment import Moment, RunView, column, rows_with, week_of
from .words import idea_label, street_label

#: what an escalated conflict was about, by its kind (Dutch, English)
CONFLICT_ABOUT: dict[str, tuple[str, str]] = {
    "burden": ("de overlast van {idea}", "the nuisance of {idea}"),
    "dispute": ("wat er mocht met {idea}", "what was allowed for {idea}"),
    "competition": ("het geld voor {idea}", "the money for {idea}"),
}


# --- escalated conflicts (score 6-9) -------------------------------------------------------------
def _conflict_subject(run: RunView, c: pd.Series) -> str:
    theme = c["theme"]
    if not theme:
        return run.say("een burenconflict", "a neighbours' quarrel")
    about = run.pick(CONFLICT_ABOUT.get(c["kind"], ("{idea}", "{idea}")))
    about = about.format(idea=idea_label(theme, run.lang))
    where = f" in {street_label(c['street'], run.lang)}"
    return run.say(f"het conflict over {about}{where}", f"the conflict about {about}{where}")


def _why_escalated(run: RunView, mediated: int) -> str:
    if mediated == 0 and run.model.params.facilitator.hours_per_week == 0:
        return run.say(
            " omdat er geen procesbegeleider was om te bemiddelen",
            " because there was no facilitator to mediate",
        )
    if mediated == 0:
        return run.say(" omdat niemand bemiddelde", " because nobody mediated")
    return run.say(
        f" ondanks {mediated} weken bemiddeling", f" despite {mediated} weeks of mediation"
    )


def _withdrawn_in(run: RunView, c: pd.Series, week: int) -> bool:
    """Whether the conflict's idea was withdrawn in the week the conflict escalated."""
    ini = run.ini
    if not (pd.notna(c["initiative"]) and len(ini)):
        return False
    idea = ini[ini["id"] == c["initiative"]]
    return bool(len(idea)) and week_of(column(idea, "week_withdrawn").iloc[0]) == week


def _escalation(run: RunView, c: pd.Series) -> Moment:
    week = int(c["week_escalated"])
    mediated = int(c["mediated_weeks"])
    values: dict[str, float] = {"week": week, "mediated_weeks": mediated}
    if c["theme"]:
        values["street"] = int(c["street"]) + 1
    withdrawn = _withdrawn_in(run, c, week)
    verb = run.say("escaleerde", "escalated")
    text = f"Week {week}: {_conflict_subject(run, c)} {verb}{_why_escalated(run, mediated)}."
    if withdrawn:
        text += run.say(
            " Het idee werd dezelfde week ingetrokken.", " The idea was withdrawn that same week."
        )
    score = 6 + (1.5 if mediated == 0 else 0) + (1 if withdrawn else 0) - 0.01 * week
    return Moment("escalation", week, score, text, values)


def escalations(run: RunView) -> list[Moment]:
    """Every escalated conflict: 6, +1.5 without mediation, +1 when the idea was withdrawn."""
    return [_escalation(run, c) for _, c in run.escalated.iterrows()]


# --- the municipality: vetoes (6-9), trims (2-5), review delays (0-6) ---------------------------
def _one_veto(run: RunView, vetoed: pd.DataFrame, week: int) -> tuple[str, dict[str, float]]:
    v, funded = vetoed.iloc[0], run.funded
    what = f"{idea_label(v['theme'], run.lang)} in {street_label(v['street'], run.lang)}"
    text = run.say(
        f"Week {week}: de gemeente hield {what} tegen, hoewel de bewoners het "
        f"gekozen hadden (1 veto op {funded} gekozen voorstellen).",
        f"Week {week}: the municipality vetoed {what}, although the residents "
        f"had chosen it (1 veto of {funded} chosen proposals).",
    )
    return text, {"week": week, "vetoed": 1, "funded": funded, "street": int(v["street"]) + 1}


def _vetoes(run: RunView, vetoed: pd.DataFrame, week: int) -> tuple[str, dict[str, float]]:
    n, funded = len(vetoed), run.funded
    how_many = f"alle {n}" if n == funded else f"{n} van de {funded}"
    text = run.say(
        f"Vanaf week {week} hield de gemeente {how_many} voorstellen tegen "
        "die de bewoners gekozen hadden",
        f"From week {week} the municipality vetoed {n} of the {funded} proposals "
        "the residents had chosen",
    )
    values: dict[str, float] = {"week": week, "vetoed": n, "funded": funded}
    outside = int((~vetoed["in_frame"].astype(bool)).sum())
    if outside:
        text += run.say(
            f"; {outside} daarvan {'voldeed' if outside == 1 else 'voldeden'} niet aan "
            "de criteria van het kader",
            f"; {outside} of them did not meet the framework's criteria",
        )
        values["outside_frame"] = outside
    return text + ".", values


def veto(run: RunView) -> list[Moment]:
    """The municipality vetoed what the residents chose: 5.5 + 1.5 a veto, at most 9."""
    vetoed = rows_with(run.ini, "week_vetoed")
    if not len(vetoed):
        return []
    week = int(vetoed["week_vetoed"].min())
    n = len(vetoed)
    text, values = (_one_veto if n == 1 else _vetoes)(run, vetoed, week)
    return [Moment("veto", week, min(9.0, 5.5 + 1.5 * n), text, values)]


def trim(run: RunView) -> list[Moment]:
    """The municipality trimmed chosen proposals: 2 + 1 a trim, at most 5."""
    trims = int(run.model.municipality.trims)
    if not trims:
        return []
    week = int(column(run.ini, "week_reviewed").dropna().min())
    funded = run.funded
    if funded == 1:
        text = run.say(
            "De gemeente kortte het enige gekozen voorstel in.",
            "The municipality trimmed the only chosen proposal.",
        )
    else:
        text = run.say(
            f"De gemeente kortte {trims} van de {funded} gekozen voorstellen in.",
            f"The municipality trimmed {trims} of the {funded} chosen proposals.",
        )
    values = {"trimmed": trims, "funded": funded}
    return [Moment("trim", week, min(5.0, 2 + trims), text, values)]


def review_delay(run: RunView) -> list[Moment]:
    """How long the reviews took: half the mean wait in weeks, at most 6."""
    ini = run.ini
    if not len(ini):
        return []
    reviewed = ini[column(ini, "week_reviewed").notna() & column(ini, "week_decided").notna()]
    if not len(reviewed):
        return []
    waits = reviewed["week_reviewed"] - reviewed["week_decided"]
    mean, longest = float(waits.mean()), int(waits.max())
    shown = number(mean, 0, run.lang)
    weeks = [
        run.say(*(("week", "week") if x == "1" else ("weken", "weeks")))
        for x in (shown, str(longest))
    ]
    text = run.say(
        f"De gemeente deed er gemiddeld {shown} {weeks[0]} over om een gekozen "
        f"voorstel te beoordelen (het langste: {longest} {weeks[1]}).",
        f"The municipality took {shown} {weeks[0]} on average to review a "
        f"chosen proposal (the longest: {longest} {weeks[1]}).",
    )
    values = {"mean_wait": mean, "longest_wait": longest}
    return [Moment("review_delay", run.decision + 1, min(6.0, mean / 2), text, values)]


# --- realisation and upkeep ----------------------------------------------------------------------
def nothing_realised(run: RunView) -> list[Moment]:
    """Proposals were chosen but none was realised: 8."""
    funded = run.funded
    if not (funded and not run.realised):
        return []
    text = run.say(
        f"Geen van de {funded} gekozen voorstellen werd gerealiseerd.",
        f"None of the {funded} chosen proposals was realised.",
    )
    return [Moment("nothing_realised", run.last, 8.0, text, {"funded": funded})]


def first_realisation(run: RunView) -> list[Moment]:
    """The first finished project: 1 + a point per 20 weeks after the kick-off, at most 4."""
    if not run.realised:
        return []
    ini = run.ini
    first = ini.loc[column(ini, "week_realised").idxmin()]
    week = int(first["week_realised"])
    after = week - run.kick
    what = f"{idea_label(first['theme'], run.lang)} in {street_label(first['street'], run.lang)}"
    text = run.say(
        f"Week {week}: {what} was als eerste klaar, {after} weken na de startavond.",
        f"Week {week}: {what} was the first to be finished, {after} weeks after the kick-off.",
    )
    values = {"week": week, "weeks_after_kickoff": after, "street": int(first["street"]) + 1}
    return [Moment("first_realisation", week, min(4.0, 1 + after / 20), text, values)]


def decay(run: RunView) -> list[Moment]:
    """Realised projects nobody kept up: 3 + 4 times the share of the realised ones."""
    decayed = rows_with(run.ini, "week_decayed")
    if not len(decayed):
        return []
    week = int(decayed["week_decayed"].max())
    n, realised = len(decayed), run.realised
    were, fell = ("werd", "verviel") if n == 1 else ("werden", "vervielen")
    was = "was" if n == 1 else "were"
    text = run.say(
        f"{n} van de {realised} gerealiseerde initiatieven {were} niet onderhouden en "
        f"{fell} tegen week {week}.",
        f"{n} of the {realised} realised initiatives {was} not kept up and had decayed "
        f"by week {week}.",
    )
    score = 3 + 4 * n / max(realised, 1)
    values = {"decayed": n, "realised": realised, "week": week}
    return [Moment("decay", week, score, text, values)]


def abandoned(run: RunView) -> list[Moment]:
    """Approved projects that stalled without a lead resident: 3 + 2 each, at most 7."""
    given_up = rows_with(run.ini, "week_abandoned")
    if not len(given_up):
        return []
    week = int(given_up["week_abandoned"].max())
    n = len(given_up)
    things = "goedgekeurd initiatief viel" if n == 1 else "goedgekeurde initiatieven vielen"
    were = "werd" if n == 1 else "werden"
    initiatives, was = ("initiative", "was") if n == 1 else ("initiatives", "were")
    text = run.say(
        f"{n} {things} stil zonder trekker en {were} tegen week {week} opgegeven.",
        f"{n} approved {initiatives} stalled without a lead resident (a trekker) and "
        f"{was} given up by week {week}.",
    )
    values = {"abandoned": n, "week": week}
    return [Moment("abandoned", week, min(7.0, 3 + 2 * n), text, values)]


def _gone_text(run: RunView, idea: pd.Series, week: int, removed: bool) -> str:
    what = f"{idea_label(idea['theme'], run.lang)} in {street_label(idea['street'], run.lang)}"
    if removed:
        text = run.say(
            f"Week {week}: {what} werd weggehaald na ruzie met de buren.",
            f"Week {week}: {what} was removed after a quarrel with the neighbours.",
        )
    else:
        text = run.say(
            f"Week {week}: {what} mislukte bij de uitvoering: het bleek niet haalbaar.",
            f"Week {week}: {what} failed in realisation: it was not feasible after all.",
        )
    if bool(idea.get("breach", False)):
        text += run.say(
            " Het brak een criterium van het kader, en niemand had het tegengehouden.",
            " It broke a criterion of the framework, and nobody had stopped it.",
        )
    return text


def failed(run: RunView) -> list[Moment]:
    """A funded project that failed in realisation or was removed after a quarrel (Model 2: an
    idea that broke the criteria slipped through): 5.5 + 1 for each further one, at most 8."""
    ini = run.ini
    if not len(ini):
        return []
    weeks = pd.concat([column(ini, "week_failed"), column(ini, "week_removed")], axis=1)
    gone = ini[weeks.notna().any(axis=1)]
    if not len(gone):
        return []
    first_week = weeks.loc[gone.index].min(axis=1)
    idea = gone.loc[first_week.idxmin()]
    week = int(first_week.min())
    removed = pd.notna(column(gone, "week_removed").loc[idea.name])
    text = _gone_text(run, idea, week, removed)
    n = len(gone)
    if n > 1:
        text += run.say(
            f" In totaal gingen {n} gekozen projecten zo verloren.",
            f" In all, {n} chosen projects were lost this way.",
        )
    values = {"week": week, "failed_or_removed": n, "street": int(idea["street"]) + 1}
    return [Moment("failed", week, min(8.0, 4.5 + n), text, values)]
