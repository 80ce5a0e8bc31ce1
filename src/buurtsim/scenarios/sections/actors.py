"""The budget and the actors who steer it: the municipality and the facilitator."""

from __future__ import annotations

from .base import Outreach, Section, param


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
