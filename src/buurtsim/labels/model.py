"""Labels of what the model produces: outcomes, weekly columns, phases, statuses, decision
rules, outreach strategies and the states of residents.

The weekly columns ``core_group`` and ``realised`` take their labels from OUTREACH and STATUSES.
"""

from __future__ import annotations

# fmt: off
OUTCOMES: dict[str, tuple[str, str]] = {
    "kickoff_attendance": ("aanwezigen op de startavond", "kick-off attendance"),
    "core_group_size": ("leden van de kerngroep", "members of the kerngroep"),
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
    "lonely_isolated_start": ("eenzame geïsoleerde bewoners bij de start",
                              "lonely isolated residents at the start"),
    "lonely_isolated_end": ("eenzame geïsoleerde bewoners op het einde",
                            "lonely isolated residents at the end"),
    "liveability_start": ("leefbaarheid bij de start", "liveability at the start"),
    "liveability_end": ("leefbaarheid op het einde", "liveability at the end"),
    "weeks_to_first_realisation": ("weken tot de eerste realisatie",
                                   "weeks to the first realisation"),
    "adults": ("volwassen bewoners", "adult residents"),
}

TIMESERIES: dict[str, tuple[str, str]] = {
    "seed": ("startgetal", "seed"),
    "week": ("week", "week"),
    "phase": ("fase", "phase"),
    "aware_share": ("aandeel dat ervan weet", "share aware"),
    "participants": ("deelnemers", "participants"),
    "funded": ("gefinancierd", "funded"),
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
PHASES: dict[str, tuple[str, str]] = {
    "voorbereiding": ("voorbereiding", "preparation"),
    "ideeën": ("ideeën", "ideas"),
    "uitvoering": ("uitvoering", "realisation"),
    "duurzaamheid": ("duurzaamheid", "sustainability"),
}

STATUSES: dict[str, tuple[str, str]] = {
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

RULES: dict[str, tuple[str, str]] = {
    "package": ("pakket (zoals Arendonk)", "package (as in Arendonk)"),
    "majority": ("meerderheid per voorstel", "majority per proposal"),
    "approval_greedy": ("meeste stemmen eerst", "most approvals first"),
    "equal_shares": ("gelijke delen (Equal Shares)", "equal shares"),
    "college": ("het college beslist", "the college decides"),
}

OUTREACH: dict[str, tuple[str, str]] = {
    "info_evening": ("infoavond en brief", "information evening and letter"),
    "door_to_door": ("huis aan huis", "door to door"),
    "core_group": ("via een kerngroep", "through a kerngroep"),
}

RESIDENT_STATES: dict[str, tuple[str, str]] = {
    "not_aware": ("weet van niets", "not aware"),
    "aware": ("weet ervan", "aware"),
    "invited": ("persoonlijk uitgenodigd", "invited in person"),
    "active": ("doet mee", "taking part"),
    "core": ("kerngroep", "kerngroep"),
    "vulnerable": ("kwetsbaar", "vulnerable"),
    "not_vulnerable": ("niet kwetsbaar", "not vulnerable"),
    "others": ("andere bewoners", "other residents"),
    "street": ("straat", "street"),
    "house": ("huis", "house"),
    "tie": ("contact", "tie"),
}
# fmt: on
