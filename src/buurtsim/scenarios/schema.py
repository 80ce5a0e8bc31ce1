"""The scenario schema: the one place where every parameter is named.

Each parameter has a type, a range, a default, a Dutch and an English label, a unit and a
*source*. The source says where the default comes from: ``METHOD.md`` (the facts of the
2018-2019 pilot, see ``docs/odd.md``), a paper, or ``assumption`` with the reasoning. The model,
the scenario files, the command line, the widgets and the ODD table all read this schema; no
default is written anywhere else.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator


class Outreach(StrEnum):
    """How the facilitator reaches residents before the kick-off."""

    info_evening = "info_evening"
    door_to_door = "door_to_door"
    core_group = "core_group"


class DecisionRule(StrEnum):
    """How the residents (or the college) choose among proposals."""

    package = "package"
    majority = "majority"
    approval_greedy = "approval_greedy"
    equal_shares = "equal_shares"
    college = "college"


def param(
    default: Any,
    *,
    nl: str,
    en: str,
    source: str,
    unit: str = "",
    symbol: str = "",
    ge: float | None = None,
    le: float | None = None,
    step: float | None = None,
    widget: bool = True,
    slider_max: float | None = None,
) -> Any:
    """Declare one scenario parameter with its labels, range and source.

    ``step`` is the slider step for the widgets; ``widget=False`` keeps a parameter out of the
    generated panels (it can still be set in a file or with ``--set``). ``slider_max`` is the top
    of a slider when ``le`` is far beyond the usual values (a larger value widens the slider).
    """
    extra = {
        "nl": nl,
        "en": en,
        "source": source,
        "unit": unit,
        "symbol": symbol,
        "step": step,
        "widget": widget,
        "slider_max": slider_max,
    }
    return Field(default, ge=ge, le=le, description=en, json_schema_extra=extra)


class Section(BaseModel):
    """A group of parameters; unknown keys are an error, not silently ignored."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, frozen=True)

    @field_validator("*", mode="before")
    @classmethod
    def _no_yes_for_numbers(cls, value: Any, info: ValidationInfo) -> Any:
        """YAML reads ``yes``/``true`` as a boolean; for a number that is a mistake, not 1."""
        annotation = cls.model_fields[info.field_name].annotation
        if isinstance(value, bool) and annotation in (int, float):
            raise ValueError("a yes/no value is not a number")
        return value


class Neighbourhood(Section):
    name: str = param(
        "Voorbeeldbuurt",
        nl="Naam van de buurt",
        en="Name of the neighbourhood",
        source="label only",
        widget=False,
    )
    households: int = param(
        240,
        ge=1,
        le=10_000,
        step=5,
        slider_max=2_000,
        nl="Aantal gezinnen",
        en="Households",
        unit="households",
        symbol="H",
        source="METHOD.md: Arendonk about 240 households [8]",
    )
    streets: int = param(
        8,
        ge=1,
        le=200,
        step=1,
        nl="Aantal straten",
        en="Streets",
        unit="streets",
        symbol="S",
        source="METHOD.md: Arendonk 8 streets [5, 13]",
    )
    adults_per_household: float = param(
        1.8,
        ge=1.0,
        le=4.0,
        step=0.1,
        nl="Volwassenen per gezin",
        en="Adults per household",
        unit="adults",
        symbol="a",
        source="assumption: Flemish households hold about 2.3 persons, most of them adults",
        widget=False,
    )
    vulnerable_share: float = param(
        0.3,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Aandeel kwetsbare bewoners",
        en="Share of vulnerable residents",
        unit="share of adults",
        symbol="v",
        source="assumption: pilot areas were chosen for a below-average socio-economic status [8]; "
        "the share itself is unknown",
    )
    social_housing_share: float = param(
        0.3,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Aandeel sociale woningen",
        en="Share of social housing",
        unit="share of households",
        symbol="h_soc",
        source="assumption: Arendonk is 'partly social housing' [5, 13]; the share is unknown",
    )
    ses_mean: float = param(
        0.4,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Gemiddelde sociaaleconomische status",
        en="Mean socio-economic status",
        unit="index 0-1",
        symbol="SES",
        source="assumption: below the municipal average (0.5) [8]",
    )
    ties_per_resident: float = param(
        4.0,
        ge=0.0,
        le=30.0,
        step=0.5,
        nl="Bestaande contacten per bewoner",
        en="Existing ties per resident",
        unit="ties",
        symbol="k",
        source="assumption: a handful of neighbour contacts besides the household",
    )
    cross_street_ties: float = param(
        0.15,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Aandeel contacten met andere straten",
        en="Share of ties to other streets",
        unit="share",
        symbol="x",
        source="assumption: ties form mostly by proximity; lower where a busy road cuts the area",
    )
    free_time_mean: float = param(
        6.0,
        ge=0.0,
        le=40.0,
        step=0.5,
        nl="Vrije tijd per week (gemiddeld)",
        en="Mean free time per week",
        unit="hours/week",
        symbol="f",
        source="assumption: hours an adult could give to the neighbourhood in a week",
    )
    civic_propensity_mean: float = param(
        0.3,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Burgerzin (gemiddeld)",
        en="Mean civic propensity",
        unit="index 0-1",
        symbol="c",
        source="assumption: a civic-minded minority; the kick-off turnout (35 [9]) is calibrated "
        "with the participation threshold residents.join_bias, not with this mean",
    )
    tolerance_mean: float = param(
        0.6,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Verdraagzaamheid bij onenigheid (gemiddeld)",
        en="Mean tolerance for disagreement",
        unit="index 0-1",
        symbol="tau",
        source="assumption: most residents tolerate some disagreement; conflicts were reported "
        "[seed, 1] but no episode is documented",
    )


class Budget(Section):
    amount: float = param(
        8000.0,
        ge=0.0,
        le=1_000_000.0,
        step=500.0,
        slider_max=40_000.0,
        nl="Buurtbudget",
        en="Neighbourhood budget",
        unit="euro",
        symbol="B",
        source="METHOD.md: 8,000 euro in Arendonk and Olmen [8, 14]",
    )
    cost_scale: float = param(
        1.0,
        ge=0.2,
        le=5.0,
        step=0.1,
        nl="Prijsniveau van ideeën",
        en="Cost level of ideas",
        unit="factor",
        symbol="kappa",
        source="assumption: theme cost ranges are set so a typical Arendonk project costs "
        "1,000-1,500 euro (8,000 / 6-7 [METHOD.md]); this scales them",
    )
    ambitious_share: float = param(
        0.2,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Aandeel te ambitieuze ideeën",
        en="Share of over-ambitious ideas",
        unit="share",
        symbol="alpha",
        source="assumption: facilitators warn against over-ambitious projects [15]; share unknown",
    )
    max_project_share: float = param(
        0.5,
        ge=0.05,
        le=1.0,
        step=0.05,
        nl="Grootste deel van het budget voor één project",
        en="Largest share of the budget one project may take",
        unit="share",
        symbol="c_max",
        source="assumption: the 'cost' criterion of the framework [10]; the threshold is unknown",
    )
    max_trim: float = param(
        0.3,
        ge=0.0,
        le=0.9,
        step=0.05,
        nl="Maximale besparing per project",
        en="Largest cost trim per project",
        unit="share of cost",
        symbol="t_max",
        source="assumption: Arendonk trimmed the package 'where needed' [11]; how much is unknown",
    )


class Municipality(Section):
    control: float = param(
        0.3,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Controle door de gemeente",
        en="Municipal control",
        unit="0 = residents decide, 1 = the college decides",
        symbol="C",
        source="scenario choice: the method asks the municipality to let go [seed, 15]",
    )
    framework_clarity: float = param(
        0.8,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Duidelijkheid van het werkingskader",
        en="Clarity of the framework",
        unit="0 = vague, 1 = clear",
        symbol="F",
        source="scenario choice: the method asks for a clear framework (step 3) [5]",
    )
    review_weeks: float = param(
        12.0,
        ge=0.0,
        le=52.0,
        step=1.0,
        nl="Duur van de gemeentelijke controle (bij volledige controle)",
        en="Municipal review time at full control",
        unit="weeks",
        symbol="R",
        source="assumption: a review through the college takes about a quarter; one week at "
        "zero control",
    )
    veto_rate: float = param(
        0.4,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Kans op veto (bij volledige controle; schaalt met controle in het kwadraat)",
        en="Chance of a veto at full control",
        unit="probability",
        symbol="p_veto",
        source="assumption: reported difficulty of letting go of the reins [seed]; rate unknown",
    )
    trim_rate: float = param(
        0.5,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Kans op inkorting (bij volledige controle)",
        en="Chance of a trim at full control",
        unit="probability",
        symbol="p_trim",
        source="assumption: as the veto rate",
    )
    announced_control: float | None = param(
        None,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Beloofde controle (wat bewoners te horen krijgen)",
        en="Announced control (what residents are told)",
        unit="0 = residents decide, 1 = the college decides; empty = the same as control",
        symbol="C_a",
        source="scenario choice: 'the local government finds it hard to let go of the reins' "
        "[seed]; what is promised and what is practised can differ",
        widget=False,
    )
    support: float = param(
        0.5,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Ondersteuning door de gemeente (technische dienst, vergunningen, onderhoud)",
        en="Municipal support (technical service, permits, maintenance)",
        unit="0 = none, 1 = full",
        symbol="S_sup",
        source="assumption: 'handing over responsibility means more than giving money: process "
        "support is needed' [15]; Arendonk had a local official (OCMW / Sociaal Huis) [9]; the "
        "level is unknown",
    )
    trust_initial: float = param(
        0.45,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Vertrouwen in de gemeente bij de start",
        en="Initial trust in the municipality",
        unit="index 0-1",
        symbol="T0",
        source="assumption: middling trust in a below-average-SES area",
    )
    trust_loss_aversion: float = param(
        2.0,
        ge=1.0,
        le=5.0,
        step=0.25,
        nl="Gewicht van vertrouwensverlies t.o.v. winst",
        en="Weight of trust losses over gains",
        unit="factor",
        symbol="lambda",
        source="literature: trust asymmetry, losses weigh about twice the gains "
        "(METHOD.md, known ideas); the factor is an assumption",
    )


class Facilitator(Section):
    hours_per_week: float = param(
        6.0,
        ge=0.0,
        le=40.0,
        step=0.5,
        nl="Uren procesbegeleiding per week",
        en="Facilitator hours per week",
        unit="hours/week",
        symbol="h",
        source="assumption: a part-time Vormingplus facilitator with a local official [9, 15]; "
        "hours unknown",
    )
    outreach: Outreach = param(
        Outreach.core_group,
        nl="Manier om bewoners te bereiken",
        en="Outreach strategy",
        source="METHOD.md step 4: a core group, door-to-door visits, an information evening [5]",
    )
    visit_hours: float = param(
        0.5,
        ge=0.1,
        le=3.0,
        step=0.1,
        nl="Uren per huisbezoek",
        en="Hours per door-to-door visit",
        unit="hours",
        symbol="h_visit",
        source="assumption: door-to-door is 'costly in time, worth it' [5]",
    )
    mediation_hours: float = param(
        1.0,
        ge=0.5,
        le=10.0,
        step=0.5,
        nl="Benodigde uren bemiddeling per conflict per week",
        en="Hours one conflict's mediation takes per week",
        unit="hours",
        symbol="h_med",
        source="assumption: what one mediation costs; a conflict is only mediated in a week if "
        "the facilitator still has these hours left",
    )
    check_hours: float = param(
        1.5,
        ge=0.0,
        le=10.0,
        step=0.5,
        nl="Uren om een voorstel te toetsen",
        en="Hours to check one proposal against the framework",
        unit="hours",
        symbol="h_check",
        source="assumption: two work-out evenings for about 8 proposals in Arendonk [10]",
    )


class Residents(Section):
    join_bias: float = param(
        -5.4,
        ge=-10.0,
        le=5.0,
        step=0.25,
        nl="Drempel om mee te doen",
        en="Participation threshold (logistic intercept)",
        unit="log-odds",
        symbol="beta_0",
        source="calibrated (from -4.8 via -4.9; -5.4 once core-group recruitment stopped wasting "
        "facilitator hours): the median Arendonk kick-off draws 35 of about 430 adults, as "
        "observed [9]; see docs/validation.md",
        widget=False,
    )
    say_weight: float = param(
        2.0,
        ge=0.0,
        le=10.0,
        step=0.25,
        nl="Gewicht van inspraak",
        en="Weight of expected say",
        unit="log-odds",
        symbol="beta_say",
        source="assumption: ownership is the active ingredient [seed]",
        widget=False,
    )
    peer_weight: float = param(
        2.5,
        ge=0.0,
        le=10.0,
        step=0.25,
        nl="Gewicht van buren die meedoen",
        en="Weight of participating contacts",
        unit="log-odds",
        symbol="beta_peer",
        source="literature: participation thresholds (Granovetter); weight assumed",
        widget=False,
    )
    invite_weight: float = param(
        1.5,
        ge=0.0,
        le=10.0,
        step=0.25,
        nl="Gewicht van een persoonlijke uitnodiging",
        en="Weight of a personal invitation",
        unit="log-odds",
        symbol="beta_inv",
        source="assumption: door-to-door visits were 'worth it' [5]",
        widget=False,
    )
    vulnerable_barrier: float = param(
        1.0,
        ge=0.0,
        le=5.0,
        step=0.25,
        nl="Extra drempel voor kwetsbare bewoners",
        en="Extra threshold for vulnerable residents",
        unit="log-odds",
        symbol="beta_vul",
        source="assumption: the method pays attention to vulnerable residents because they are "
        "harder to reach [seed]",
        widget=False,
    )
    flyer_reach: float = param(
        0.55,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Bereik van de uitnodigingsbrief",
        en="Reach of the invitation letter",
        unit="share",
        symbol="r_flyer",
        source="assumption: a letter reaches about half; isolated residents less",
        widget=False,
    )
    word_of_mouth: float = param(
        0.15,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Mond-tot-mondreclame",
        en="Word of mouth per unit of tie strength",
        unit="probability/week",
        symbol="omega",
        source="assumption",
        widget=False,
    )
    propose_rate: float = param(
        0.25,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Kans dat een deelnemer een idee indient",
        en="Chance that a participant puts forward an idea",
        unit="probability",
        symbol="p_idea",
        source="calibrated (from 0.3): the median Arendonk kick-off writes about 8 ideas, as "
        "observed [9], with a working group of about 10 [10]",
        widget=False,
    )
    volunteer_share: float = param(
        0.25,
        ge=0.0,
        le=1.0,
        step=0.05,
        nl="Deel van de vrije tijd voor een project",
        en="Share of free time given to an initiative",
        unit="share",
        symbol="phi",
        source="assumption",
        widget=False,
    )


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
        nl="Beslissingsregel",
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
    capture: bool = mechanism(
        "Goed verbonden bewoners halen stemmen binnen via hun kennissen",
        "Well-connected proposers mobilise their ties to approve their idea",
        "elite capture in participatory budgeting (Wampler 2007; Olken 2010 [47]); off: "
        "everyone votes on taste alone",
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


class Scenario(Section):
    """A whole scenario: every parameter of one buurtbudget, grouped by actor."""

    neighbourhood: Neighbourhood = Neighbourhood()
    budget: Budget = Budget()
    municipality: Municipality = Municipality()
    facilitator: Facilitator = Facilitator()
    residents: Residents = Residents()
    conflict: Conflict = Conflict()
    process: Process = Process()
    mechanisms: Mechanisms = Mechanisms()
    run: Run = Run()


SECTIONS: dict[str, type[Section]] = {
    name: field.annotation  # type: ignore[misc]
    for name, field in Scenario.model_fields.items()
}
