"""The neighbourhood and its residents."""

from __future__ import annotations

from .base import Section, param


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
