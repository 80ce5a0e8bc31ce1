"""One small translation table (Dutch and English) and Dutch number formats.

Every word the workbook shows passes through here: outcome names, timeseries columns, phases,
statuses of initiatives, themes, decision rules, outreach strategies and axis titles. Parameter
labels are *not* repeated here: :func:`label` reads them from the scenario schema
(:func:`buurtsim.parameters`), so a label is written once.

>>> t("proposals")
'voorstellen'
>>> t("proposals", "en")
'proposals'
>>> euro(8000), euro(8000, lang="en")
('€ 8.000', '€8,000')
>>> number(1234.5, decimals=1), percent(0.125)
('1.234,5', '12,5%')
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

from .model.themes import THEMES

LANGS = ("nl", "en")

# fmt: off
_OUTCOMES = {
    "kickoff_attendance": ("aanwezigen op de startavond", "kick-off attendance"),
    "core_group_size": ("leden van de kerngroep", "core group size"),
    "participation_rate": ("aandeel bewoners dat meedeed", "participation rate"),
    "vulnerable_participation_rate": ("aandeel kwetsbare bewoners dat meedeed",
                                      "participation of vulnerable residents"),
    "proposals": ("voorstellen", "proposals"),
    "proposals_in_frame": ("voorstellen binnen het kader", "proposals within the framework"),
    "proposals_to_decision": ("voorstellen ter stemming", "proposals put to the decision"),
    "proposals_redirected": ("doorverwezen voorstellen", "proposals redirected"),
    "initiatives_funded": ("gefinancierde initiatieven", "initiatives funded"),
    "initiatives_vetoed": ("initiatieven met een veto", "initiatives vetoed"),
    "initiatives_trimmed": ("door de gemeente ingekort", "trimmed by the municipality"),
    "initiatives_trimmed_to_fit": ("ingekort om in het budget te passen", "trimmed to fit"),
    "initiatives_realised": ("gerealiseerde initiatieven", "initiatives realised"),
    "initiatives_sustained": ("initiatieven die nog onderhouden worden", "initiatives sustained"),
    "initiatives_failed": ("mislukte of weggehaalde initiatieven", "initiatives failed or removed"),
    "initiatives_breaching": ("gefinancierd buiten het kader", "funded outside the framework"),
    "streets_served": ("straten met een gefinancierd project", "streets with a funded project"),
    "voters_empty_handed": ("stemmers die met lege handen staan", "voters left empty-handed"),
    "demand_at_decision": ("gevraagd bedrag bij de beslissing", "amount asked at the decision"),
    "trust_municipality_start": ("vertrouwen in de gemeente bij de start",
                                 "trust in the municipality at the start"),
    "active_end": ("nog actief aan het einde", "still active at the end"),
    "info_evening_turnout": ("opkomst op de infoavond", "info evening turnout"),
    "failed": ("mislukt", "failed"),
    "removed": ("weggehaald", "removed"),
    "same_as_control": ("zoals de controle", "the same as control"),
    "budget_allocated": ("toegekend budget", "budget allocated"),
    "budget_spent": ("uitgegeven budget", "budget spent"),
    "budget_unspent": ("niet uitgegeven budget", "budget unspent"),
    "conflicts": ("conflicten", "conflicts"),
    "conflicts_escalated": ("geëscaleerde conflicten", "escalated conflicts"),
    "conflicts_resolved": ("opgeloste conflicten", "resolved conflicts"),
    "cohesion_start": ("sociale cohesie bij de start", "cohesion at the start"),
    "cohesion_end": ("sociale cohesie op het einde", "cohesion at the end"),
    "cohesion_gain": ("groei van de sociale cohesie", "gain in cohesion"),
    "ownership_end": ("eigenaarschap op het einde", "ownership at the end"),
    "trust_municipality_end": ("vertrouwen in de gemeente op het einde",
                               "trust in the municipality at the end"),
    "lonely_vulnerable_start": ("eenzame kwetsbare bewoners bij de start",
                                "lonely vulnerable residents at the start"),
    "lonely_vulnerable_end": ("eenzame kwetsbare bewoners op het einde",
                              "lonely vulnerable residents at the end"),
    "liveability_start": ("leefbaarheid bij de start", "liveability at the start"),
    "liveability_end": ("leefbaarheid op het einde", "liveability at the end"),
    "weeks_to_first_realisation": ("weken tot de eerste realisatie",
                                   "weeks to the first realisation"),
    "adults": ("volwassen bewoners", "adult residents"),
}

_TIMESERIES = {
    "seed": ("seed", "seed"),
    "week": ("week", "week"),
    "phase": ("fase", "phase"),
    "aware_share": ("aandeel dat ervan weet", "share aware"),
    "participants": ("deelnemers", "participants"),
    "core_group": ("kerngroep", "core group"),
    "funded": ("gefinancierd", "funded"),
    "realised": ("gerealiseerd", "realised"),
    "sustained": ("onderhouden", "sustained"),
    "open_conflicts": ("lopende conflicten", "open conflicts"),
    "escalated_conflicts": ("geëscaleerde conflicten", "escalated conflicts"),
    "cohesion": ("sociale cohesie", "social cohesion"),
    "ownership": ("eigenaarschap", "ownership"),
    "trust_municipality": ("vertrouwen in de gemeente", "trust in the municipality"),
    "lonely_vulnerable": ("eenzame kwetsbare bewoners", "lonely vulnerable residents"),
    "liveability": ("leefbaarheid", "liveability"),
}

# the model's phase names are Dutch (BuurtbudgetModel.phase)
_PHASES = {
    "voorbereiding": ("voorbereiding", "preparation"),
    "ideeën": ("ideeën", "ideas"),
    "uitvoering": ("uitvoering", "realisation"),
    "duurzaamheid": ("duurzaamheid", "sustainability"),
}

_STATUSES = {
    "idea": ("idee", "idea"),
    "redirected": ("doorverwezen", "redirected"),
    "withdrawn": ("ingetrokken", "withdrawn"),
    "not_chosen": ("niet gekozen", "not chosen"),
    "in_review": ("bij de gemeente", "in review"),
    "vetoed": ("veto van de gemeente", "vetoed"),
    "in_progress": ("in uitvoering", "in progress"),
    "abandoned": ("stilgevallen", "abandoned"),
    "realised": ("gerealiseerd", "realised"),
    "decayed": ("in verval", "decayed"),
    # events in an initiative's history
    "proposed": ("voorgesteld", "proposed"),
    "decided": ("beslist", "decided"),
    "reviewed": ("nagekeken", "reviewed"),
    "approved": ("goedgekeurd", "approved"),
}

_RULES = {
    "package": ("pakket (zoals Arendonk)", "package (as in Arendonk)"),
    "majority": ("meerderheid per voorstel", "majority per proposal"),
    "approval_greedy": ("meeste stemmen eerst", "most approvals first"),
    "equal_shares": ("gelijke delen (Equal Shares)", "equal shares"),
    "college": ("het college beslist", "the college decides"),
}

_OUTREACH = {
    "info_evening": ("infoavond en brief", "information evening and letter"),
    "door_to_door": ("huis aan huis", "door to door"),
    "core_group": ("via een kerngroep", "through a core group"),
}

_RESIDENT_STATES = {
    "not_aware": ("weet van niets", "not aware"),
    "aware": ("weet ervan", "aware"),
    "invited": ("persoonlijk uitgenodigd", "invited in person"),
    "active": ("doet mee", "taking part"),
    "core": ("kerngroep", "core group"),
    "vulnerable": ("kwetsbaar", "vulnerable"),
    "not_vulnerable": ("niet kwetsbaar", "not vulnerable"),
    "others": ("andere bewoners", "other residents"),
    "street": ("straat", "street"),
    "house": ("huis", "house"),
    "tie": ("contact", "tie"),
}

_UI = {
    "run": ("Simuleer", "Simulate"),
    "export": ("Bewaar als CSV en Excel", "Save as CSV and Excel"),
    "curve": ("Teken de controlecurve", "Draw the control curve"),
    "folder": ("Map", "Folder"),
    "scenario": ("scenario", "scenario"),
    "scenarios": ("Scenario's", "Scenarios"),
    "current": ("huidige schuifjes", "current sliders"),
    "baseline": ("Arendonk (basis)", "Arendonk (baseline)"),
    "this_run": ("jouw keuze", "your choice"),
    "own": ("eigen buurt", "own neighbourhood"),
    "arendonk": ("Arendonk-achtig", "Arendonk-like"),
    "olmen": ("Olmen-achtig", "Olmen-like"),
    "colour_by": ("Kleur volgens", "Colour by"),
    "measure": ("Maat", "Measure"),
    "runs": ("Aantal runs", "Runs"),
    "seed": ("Seed", "Seed"),
    "median": ("mediaan", "median"),
    "band": ("10-90% van de runs", "10-90% of runs"),
    "error": ("Dit kan niet", "This is not possible"),
    "busy": ("Bezig met rekenen …", "Computing …"),
    "households": ("gezinnen", "households"),
    "streets": ("straten", "streets"),
    "vulnerable_share": ("aandeel kwetsbare bewoners", "share of vulnerable residents"),
    "ties_per_resident": ("contacten per bewoner", "ties per resident"),
    "isolated_share": ("aandeel geïsoleerde bewoners", "share of isolated residents"),
    "ideas": ("ideeën", "ideas"),
    "spent": ("uitgegeven", "spent"),
    "approvals": ("goedkeuringen", "approvals"),
    "cost": ("kostprijs", "cost"),
    "theme": ("thema", "theme"),
    "stickers": ("stickers", "stickers"),
    "preferences": ("stickers (favoriete thema)", "stickers (favourite theme)"),
    "max_project": ("grens per project", "limit per project"),
    "in_frame": ("binnen het kader", "within the framework"),
    "to_decision": ("ter stemming", "put to the decision"),
    "review_delay": ("wachttijd op de gemeente (weken)", "review delay (weeks)"),
    "realisation_time": ("weken van beslissing tot realisatie",
                         "weeks from decision to realisation"),
    "opened": ("geopend", "opened"),
    "escalated": ("geëscaleerd", "escalated"),
    "resolved": ("opgelost", "resolved"),
    "proposal": ("voorstel", "proposal"),
    "rule": ("beslissingsregel", "decision rule"),
    "week_axis": ("week", "week"),
    "euro_axis": ("euro", "euro"),
    "share_axis": ("aandeel", "share"),
    "count_axis": ("aantal", "number"),
    "weeks_axis": ("weken", "weeks"),
    "kickoff": ("startavond", "kick-off"),
    "decision": ("beslissing", "decision"),
    "runs_label": ("runs", "runs"),
    "end": ("einde", "end"),
}
# real ballots (buurtsim.ballots): the rules only a .pb file has, the metrics, the ballot sizes
_BALLOTS = {
    "greedy_welfare": ("meeste tevredenheid eerst (pabutools)",
                       "greedy utilitarian welfare (pabutools)"),
    "phragmen": ("Phragmén, stap voor stap (pabutools)", "sequential Phragmén (pabutools)"),
    "official": ("de echte uitslag", "official outcome"),
    "voters": ("kiezers", "voters"),
    "funded_projects": ("gefinancierde projecten", "funded projects"),
    "non_empty_handed": ("kiezers met minstens één project", "voters with a funded project"),
    "empty_handed": ("kiezers met lege handen", "voters left empty-handed"),
    "avg_satisfaction": ("gemiddelde tevredenheid", "average satisfaction"),
    "gini_satisfaction": ("Gini van de tevredenheid", "Gini of satisfaction"),
    "ballot_size_1": ("koos 1 project", "chose 1 project"),
    "ballot_size_2_3": ("koos 2 of 3 projecten", "chose 2 or 3 projects"),
    "ballot_size_4": ("koos 4 of meer projecten", "chose 4 or more projects"),
    "skipped": ("niet berekend", "skipped"),
}

# one plain line per bad .pb file; {file} is the path, {line} a line number in the file
_BALLOT_ERRORS = {
    "pb_not_found": ("{file}: dit bestand bestaat niet", "{file}: the file does not exist"),
    "pb_folder": ("{file}: dit is een map, geen .pb-bestand",
                  "{file}: this is a folder, not a .pb file"),
    "pb_empty": ("{file}: het bestand is leeg", "{file}: the file is empty"),
    "pb_binary": ("{file}: geen tekstbestand (UTF-8); een .pb-bestand is tekst",
                  "{file}: not a text (UTF-8) file; a .pb file is text"),
    "pb_no_section": ("{file}: de sectie {section} ontbreekt; een .pb-bestand heeft META, "
                      "PROJECTS en VOTES",
                      "{file}: the section {section} is missing; a .pb file has META, PROJECTS "
                      "and VOTES"),
    "pb_no_meta": ("{file}, META: {key} ontbreekt (een regel {key};...)",
                   "{file}, META: {key} is missing (a line {key};...)"),
    "pb_no_column": ("{file}, regel {line} ({section}): de kolom {column} ontbreekt",
                     "{file}, line {line} ({section}): the column {column} is missing"),
    "pb_vote_type": ("{file}, regel {line} (META): onbekend stemtype '{value}'; "
                     "buurtsim kent approval, choose-1, cumulative en scoring",
                     "{file}, line {line} (META): unknown vote type '{value}'; "
                     "buurtsim knows approval, choose-1, cumulative and scoring"),
    "pb_number": ("{file}, regel {line} ({section}): {field} '{value}' is geen getal",
                  "{file}, line {line} ({section}): {field} '{value}' is not a number"),
    "pb_cost": ("{file}, regel {line} (PROJECTS): project {project} kost {value}; "
                "een kostprijs moet boven nul liggen",
                "{file}, line {line} (PROJECTS): project {project} costs {value}; "
                "a cost must be above zero"),
    "pb_unknown_project": ("{file}, regel {line} (VOTES): kiezer {voter} stemt voor project "
                           "{project}, dat niet in PROJECTS staat",
                           "{file}, line {line} (VOTES): voter {voter} votes for project "
                           "{project}, which PROJECTS does not list"),
    "pb_no_projects": ("{file}, PROJECTS: er staat geen enkel project",
                       "{file}, PROJECTS: no project is listed"),
    "pb_unreadable": ("{file}: pabutools kan het niet lezen ({reason})",
                      "{file}: pabutools cannot read it ({reason})"),
}
# ablation (buurtsim.experiments.ablation): the table of mechanism x pattern and the claims
_ABLATION = {
    "ablation_help": ("zet elk mechanisme om beurten uit en kijk welke patronen breken",
                      "switch each mechanism off in turn and see which patterns break"),
    "ablation_all_on": ("(alles aan)", "(all on)"),
    "ablation_mechanism": ("mechanisme uit", "mechanism off"),
    "ablation_mechanisms": ("Mechanismen", "Mechanisms"),
    "ablation_patterns": ("Patronen (beweringen van de methode, issue 8)",
                          "Patterns (claims of the method, issue 8)"),
    "ablation_seeds": ("{runs} seeds per instelling (vanaf seed {seed}); een patroon houdt als "
                       "het verschil zijn marge en twee standaardfouten haalt",
                       "{runs} seeds per setting (from seed {seed}); a pattern holds if the "
                       "difference clears its margin and two standard errors"),
    "ablation_running": ("bezig: {mechanism}", "running: {mechanism}"),
    "ablation_unknown": ("onbekend: {names}; kies uit {known}",
                         "unknown: {names}; choose from {known}"),
    "pattern_held": ("houdt", "holds"),
    "pattern_broken": ("BREEKT", "BREAKS"),
    "pattern_1a": ("loslaten binnen een duidelijk speelveld verhoogt eigenaarschap en cohesie",
                   "letting go inside a clear speelveld raises ownership and cohesion"),
    "pattern_1b": ("bij een vaag speelveld is een gemiddelde controle het best",
                   "with a vague speelveld a middle control is best"),
    "pattern_2": ("vrijheid beloven en dan terugfluiten kost meer vertrouwen dan eerlijk "
                  "streng zijn",
                  "promising freedom then overruling costs more trust than honest strictness"),
    "pattern_3a": ("ondersteuning door de gemeente versnelt de uitvoering en houdt ze overeind",
                   "municipal support speeds realisation and keeps initiatives up"),
    "pattern_3b": ("loslaten zonder ondersteuning of begeleiding mislukt",
                   "hands-off without support or facilitation fails"),
    "pattern_4a": ("conflicten escaleren in een zichtbaar deel van de runs",
                   "conflicts escalate in a visible share of runs"),
    "pattern_4b": ("meer uren begeleiding lossen meer conflicten op",
                   "more facilitator hours resolve more conflicts"),
    "pattern_5a": ("de voorstellen vragen meer dan het budget en het pakket wordt ingekort",
                   "proposals ask more than the budget and the package is trimmed"),
    "pattern_5b": ("meer budget helpt tot de ideeën op zijn",
                   "more budget helps until the ideas run out"),
    "pattern_5c": ("inkorten kost omvang en kwaliteit, geen tijd",
                   "a trim cuts scope and quality, not time"),
    "pattern_6a": ("Equal Shares bedient meer straten dan de gretige goedkeuringsregel",
                   "Equal Shares serves more streets than approval greedy"),
    "pattern_6b": ("Equal Shares en de gretige regel kiezen vaak andere projecten",
                   "Equal Shares and greedy often fund different sets"),
    "pattern_6c": ("bij een zwak kader halen goed verbonden bewoners geld binnen",
                   "with a weak frame well-connected residents capture money"),
    "pattern_7": ("huisbezoeken bereiken kwetsbare bewoners het best",
                  "door-to-door reaches vulnerable residents best"),
    "pattern_8a": ("zonder buurtbudget staat de buurt stil",
                   "without a buurtbudget the neighbourhood stands still"),
    "pattern_8b": ("wie niet meer meedoet, is niet meer actief",
                   "residents stop being active when they stop taking part"),
}
# fmt: on


def _theme_labels() -> dict[str, tuple[str, str]]:
    return {theme.key: (theme.nl, theme.en) for theme in THEMES}


def _build() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for group in (
        _RESIDENT_STATES,
        _UI,
        _OUTCOMES,
        _TIMESERIES,
        _PHASES,
        _STATUSES,
        _RULES,
        _OUTREACH,
        _BALLOTS,
        _BALLOT_ERRORS,
        _ABLATION,
        _theme_labels(),
    ):
        for key, (nl, en) in group.items():
            table[key] = {"nl": nl, "en": en}
    return table


LABELS: dict[str, dict[str, str]] = _build()
"""``{key: {"nl": ..., "en": ...}}`` for every word the workbook shows, except parameter labels."""

#: the groups of :data:`LABELS`, for dropdowns
PHASES: tuple[str, ...] = tuple(_PHASES)
STATUSES: tuple[str, ...] = tuple(_STATUSES)
RULE_NAMES: tuple[str, ...] = tuple(_RULES)
OUTREACH_NAMES: tuple[str, ...] = tuple(_OUTREACH)

# Each Dutch term once, with its English name and a one-line explanation (facts from METHOD.md).
# fmt: off
GLOSSARY: dict[str, dict[str, str]] = {
    "buurtbudget": {"en": "neighbourhood budget",
                    "nl": "een open krediet voor één afgebakende buurt; de bewoners bedenken en "
                          "doen zelf initiatieven (8.000 euro in Arendonk en Olmen)"},
    "open krediet": {"en": "open credit",
                     "nl": "een vast bedrag zonder subsidiedossiers of jury"},
    "werkingskader": {"en": "framework",
                      "nl": "de spelregels waarbinnen de bewoners beslissen, samen met de "
                            "gemeente en de partners vastgelegd"},
    "randvoorwaarden": {"en": "boundary conditions",
                        "nl": "de criteria waaraan een idee moet voldoen (bv. meerdere bewoners "
                              "hebben er baat bij, afspraken over onderhoud)"},
    "speelveld": {"en": "playing field",
                  "nl": "wat de bewoners zelf mogen beslissen en wat de gemeente in handen houdt"},
    "procesbegeleider": {"en": "facilitator",
                         "nl": "de professional die het proces begeleidt (in Arendonk iemand van "
                               "Vormingplus samen met een lokale ambtenaar)"},
    "kerngroep": {"en": "core group",
                  "nl": "een groep bewoners die de startavond mee voorbereidt en de buren "
                        "aanspreekt"},
    "trekker": {"en": "lead resident",
                "nl": "de bewoner die één project trekt, van plan tot uitvoering"},
    "startavond": {"en": "kick-off evening",
                   "nl": "de participatieavond waarop bewoners ideeën bedenken (Arendonk: "
                         "3 oktober 2018)"},
    "stickerstemming": {"en": "sticker vote",
                        "nl": "bewoners kleven stickers bij de thema's die ze belangrijk vinden"},
    "eigenaarschap": {"en": "ownership",
                      "nl": "het gevoel dat de buurt en de projecten van de bewoners zelf zijn; "
                            "volgens de methode het werkzame bestanddeel"},
    "sociale cohesie": {"en": "social cohesion",
                        "nl": "hoe goed buren elkaar kennen en op elkaar kunnen rekenen"},
    "leefbaarheid": {"en": "liveability", "nl": "hoe aangenaam en verzorgd de buurt is"},
    "kwetsbare bewoners": {"en": "vulnerable residents",
                           "nl": "bewoners met minder kansen of steun, bv. door armoede, "
                                 "ouderdom of eenzaamheid"},
    "college": {"en": "board of mayor and aldermen",
                "nl": "het college van burgemeester en schepenen, het dagelijks bestuur van de "
                      "gemeente"},
    "gemeenteraad": {"en": "municipal council", "nl": "het verkozen bestuur van de gemeente"},
    "OCMW": {"en": "public centre for social welfare",
             "nl": "het Openbaar Centrum voor Maatschappelijk Welzijn (nu vaak het Sociaal Huis); "
                   "ideeën buiten het kader kunnen daarheen"},
    "Sociaal Huis": {"en": "social services centre",
                     "nl": "het lokale loket voor welzijn en sociale dienstverlening"},
    "bemiddeling": {"en": "mediation",
                    "nl": "een neutrale derde helpt buren een conflict uit te praten"},
    "veto": {"en": "veto", "nl": "de gemeente houdt een gekozen project tegen"},
    "inkorting": {"en": "trimming",
                  "nl": "een project krijgt minder geld dan gevraagd, zodat het pakket past"},
    "pakket": {"en": "package",
               "nl": "alle voorstellen samen, zo nodig ingekort, in één keer goedgekeurd "
                     "(zoals in Arendonk)"},
}
# fmt: on


def t(key: str, lang: str = "nl") -> str:
    """The label of ``key`` in ``lang`` ("nl" or "en"); the key itself when it is unknown.

    Parameter keys (``municipality.control``) are looked up in the schema, like :func:`label`.
    """
    entry = LABELS.get(key)
    if entry is not None:
        return entry.get(lang) or entry["nl"]
    if "." in key:
        return label(key, lang)
    return key


@cache
def _params() -> dict[str, Any]:
    from .scenarios import parameters

    return parameters()


def label(key: str, lang: str = "nl") -> str:
    """The schema's label of a dotted parameter key, e.g. ``label("budget.amount")``.

    Falls back to the key itself for a key the schema does not know; never raises.
    """
    info = _params().get(key)
    if info is None:
        return key
    return info.en if lang == "en" else info.nl


def _group(digits: str, sep: str) -> str:
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


def number(x: float, decimals: int = 0, lang: str = "nl") -> str:
    """A number with thousands separators: ``1.234,5`` in Dutch, ``1,234.5`` in English.

    NaN and None give an en dash (–), the usual sign for "not available".
    """
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    text = f"{abs(float(x)):.{decimals}f}"
    whole, _, frac = text.partition(".")
    thousands, point = (".", ",") if lang == "nl" else (",", ".")
    out = _group(whole, thousands) + (point + frac if frac else "")
    negative = float(x) < 0 and float(text) != 0
    return ("-" if negative else "") + out


def euro(x: float, decimals: int = 0, lang: str = "nl") -> str:
    """An amount in euro: ``€ 8.000`` in Dutch, ``€8,000`` in English."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    body = number(abs(x), decimals, lang)
    sign = "-" if x < 0 and body.strip("0.,") else ""
    return f"{sign}€ {body}" if lang == "nl" else f"{sign}€{body}"


def percent(x: float, decimals: int = 1, lang: str = "nl") -> str:
    """A share as a percentage: ``percent(0.125) == "12,5%"``; English ``"12.5%"``."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return number(100 * x, decimals, lang) + "%"


def euro_formatter(lang: str = "nl", decimals: int = 0):
    """A matplotlib tick formatter that writes euro amounts (``€ 8.000``)."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: euro(x, decimals, lang))


def number_formatter(lang: str = "nl", decimals: int | None = None):
    """A matplotlib tick formatter with Dutch (or English) separators.

    ``decimals=None`` shows as few decimals as the tick needs (2,5 but 3, never 3,0).
    """
    from matplotlib.ticker import FuncFormatter

    def fmt(x: float, _pos) -> str:
        d = decimals
        if d is None:
            d = next((k for k in range(3) if abs(x * 10**k - round(x * 10**k)) < 1e-6), 2)
        return number(x, d, lang)

    return FuncFormatter(fmt)


def percent_formatter(lang: str = "nl", decimals: int | None = None):
    """A matplotlib tick formatter for shares (0.25 -> ``25%``, 0.025 -> ``2,5%``).

    ``decimals=None`` shows a decimal only where the tick needs one.
    """
    from matplotlib.ticker import FuncFormatter

    def fmt(x: float, _pos) -> str:
        d = decimals
        if d is None:
            d = 0 if abs(100 * x - round(100 * x)) < 1e-6 else 1
        return percent(x, d, lang)

    return FuncFormatter(fmt)


def glossary_table():
    """The glossary as a table: Dutch term, English name, explanation (in Dutch)."""
    import pandas as pd

    rows = [
        {"term": term, "English": entry["en"], "uitleg": entry["nl"]}
        for term, entry in sorted(GLOSSARY.items(), key=lambda kv: kv[0].lower())
    ]
    return pd.DataFrame(rows)
