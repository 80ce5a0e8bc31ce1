"""How the process runs: conflicts, the process and its decision, the mechanism switches and the
length of a run."""

from __future__ import annotations

from typing import Any

from .base import DecisionRule, Section, param


class Conflict(Section):
    conflict_rate: float = param(
        0.35,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Kans op bezwaar tegen een voorstel",
        en="Chance of an objection to a burdening proposal",
        unit="probability",
        symbol="p_obj",
        source="assumption: conflicts between residents were reported [seed]; episodes unknown",
    )
    dispute_rate: float = param(
        0.5,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Kans op onenigheid over wat mag (bij een vaag kader)",
        en="Chance of a dispute about what is allowed (vague framework)",
        unit="probability",
        symbol="p_disp",
        source="assumption: the method's call for a clear framework (step 3) [5]",
    )
    escalation_rate: float = param(
        0.2,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Escalatiesnelheid zonder bemiddeling",
        en="Weekly escalation without mediation",
        unit="severity/week",
        symbol="epsilon",
        source="assumption",
    )
    dropout_on_escalation: float = param(
        0.5,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Kans om af te haken na escalatie",
        en="Chance of dropping out after an escalation",
        unit="probability",
        symbol="p_drop",
        source="assumption",
        widget=False,
    )


class Process(Section):
    decision_rule: DecisionRule = param(
        DecisionRule.package,
        nl="Beslisregel",
        en="Decision rule",
        source="METHOD.md step 7: Arendonk adopted the whole package, trimmed where needed [11]",
    )
    held: bool = param(
        True,
        nl="Er is een buurtbudgetproces (brief, startavond, beslissing)",
        en="A buurtbudget process takes place (letter, kick-off, decision)",
        source="scenario choice: false gives the neighbourhood without a buurtbudget, the "
        "baseline every change is measured against",
        widget=False,
    )
    kickoff_week: int = param(
        8,
        ge=1,
        le=52,
        step=1,
        nl="Week van de startavond",
        en="Week of the kick-off",
        unit="week",
        symbol="w_k",
        source="assumption: weeks of core-group work and outreach before the kick-off",
    )
    workout_weeks: int = param(
        4,
        ge=0,
        le=26,
        step=1,
        nl="Weken om ideeën uit te werken",
        en="Weeks to work out ideas",
        unit="weeks",
        symbol="w_w",
        source="METHOD.md: kick-off 3 Oct, decision 7 Nov 2018 in Arendonk [9, 11]",
    )
    preparation_weeks: int = param(
        10,
        ge=0,
        le=52,
        step=1,
        nl="Voorbereidingsweken na goedkeuring",
        en="Weeks of planning and ordering after approval",
        unit="weeks",
        symbol="w_p",
        source="assumption: Arendonk decided on 7 Nov 2018, showed the plan on 5 Dec 2018 and "
        "realised in 2019 [11-13]",
        widget=False,
    )
    hours_per_1000_euro: float = param(
        25.0,
        ge=0.0,
        le=500.0,
        step=5.0,
        nl="Vrijwilligersuren per 1.000 euro",
        en="Volunteer hours per 1,000 euro",
        unit="hours",
        symbol="eta",
        source="assumption: realisations came months after the decision [12, 13]",
        widget=False,
    )
    personal_share: float = param(
        0.1,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Aandeel ideeën met een persoonlijk of commercieel doel",
        en="Share of ideas with a personal or commercial purpose",
        unit="share",
        symbol="p_pers",
        source="assumption: Balen added this criterion [14]; the share is unknown",
        widget=False,
    )
    meeting_boost: float = param(
        0.08,
        ge=0.0,
        le=1.0,
        step=0.01,
        nl="Extra ontmoetingskans door een ontmoetingsplek",
        en="Extra weekly chance to meet per meeting place",
        unit="probability/week",
        symbol="mu",
        source="assumption: the 2019 evaluation found residents got to know each other [7]",
        widget=False,
    )
    upkeep_hours: float = param(
        1.0,
        ge=0.0,
        le=20.0,
        step=0.5,
        nl="Onderhoudsuren per initiatief per week",
        en="Upkeep hours per initiative per week",
        unit="hours/week",
        symbol="u",
        source="assumption: residents committed to maintenance, e.g. of the bench [12]",
        widget=False,
    )


def mechanism(nl: str, en: str, source: str) -> Any:
    """A mechanism switch: on by default; off replaces it by its simplest neutral form."""
    return param(
        True,
        nl=nl,
        en=en,
        source=f"scenario choice (ablation switch); grounded in {source}",
        widget=False,
    )


class Mechanisms(Section):
    """Switches for ablation (pattern-oriented modelling): each mechanism can be turned off."""

    breach_consequences: bool = mechanism(
        "Ideeën buiten het kader hebben gevolgen",
        "Funded ideas outside the framework fail, burden neighbours or serve a few",
        "Arendonk's and Balen's criteria [10, 14]; off: a funded idea behaves as if in frame",
    )
    street_taste: bool = mechanism(
        "Voorkeuren verschillen per straat en groep",
        "Preferences differ by street and by group",
        "Arendonk's sticker vote differed by theme [9]; Olmen had more young families [8]; "
        "off: tastes are drawn for each resident alone",
    )
    expectation_trust: bool = mechanism(
        "Vertrouwen volgt de kloof tussen belofte en ervaring",
        "Trust follows the gap between what was promised and what is experienced",
        "'the local government finds it hard to let go of the reins' [seed]; expectation-"
        "disconfirmation (Oliver 1980); off: experiences are measured against a neutral 0.5 and "
        "teach nothing (the announcement still shapes who joins)",
    )
    support: bool = mechanism(
        "Gemeentelijke ondersteuning helpt uitvoeren en onderhouden",
        "Municipal support speeds realisation and keeps initiatives up",
        "'process support is needed' [15]; off: the support lever has no effect",
    )
    mediation: bool = mechanism(
        "Bemiddelen kost uren en weken en kan mislukken",
        "Mediation takes facilitator hours and weeks, and can fail",
        "conflicts between residents were the first reported challenge [seed, 1]; off: a "
        "mediated conflict settles at once",
    )
    scope_trim: bool = mechanism(
        "Inkorten kost omvang en kwaliteit, geen tijd",
        "A trim cuts scope and quality, not time",
        "Arendonk trimmed the package where needed [11]; off: a trim also cuts the work",
    )
    targeted_visits: bool = mechanism(
        "Huisbezoeken gaan eerst naar wie nog niet bereikt is",
        "Door-to-door visits go first to those not yet reached",
        "step 4: door-to-door visits are costly in time and worth it [5]; off: visits at random",
    )
    isolation: bool = mechanism(
        "Geïsoleerde bewoners ontmoeten minder mensen toevallig",
        "Isolated residents meet fewer people by chance",
        "some vulnerable residents felt less lonely [7]; off: isolated residents meet as often "
        "as anyone",
    )
    disengagement: bool = mechanism(
        "Wie niet meer meedoet, is niet meer actief",
        "Residents stop being active when they stop taking part",
        "26 active residents in Arendonk against 35 at the kick-off [7, 9]; off: once active, "
        "always active",
    )
    habitual_ties: bool = mechanism(
        "Alledaags contact houdt banden op hun gewone sterkte",
        "Everyday contact keeps ties at their habitual strength",
        "a neighbourhood without a buurtbudget stands still; off: ties without extra contact "
        "fade to nothing",
    )


class Run(Section):
    weeks: int = param(
        104,
        ge=1,
        le=520,
        step=4,
        nl="Aantal weken",
        en="Weeks to simulate",
        unit="weeks",
        symbol="T",
        source="scenario choice: the pilot ran about two years (2018-2019)",
    )
