"""Words of the panels added for Model 2, and of the sliders' tooltips.

Entries with ``{name}`` placeholders are filled with :func:`buurtsim.i18n.tf`.
"""

from __future__ import annotations

# fmt: off
PANELS: dict[str, tuple[str, str]] = {
    # TradeoffPanel (notebooks 02 and 08): the curve at a vague and at a clear framework
    "tradeoff_vague": ("vaag kader (duidelijkheid {clarity})",
                       "vague framework (clarity {clarity})"),
    "tradeoff_clear": ("duidelijk kader (duidelijkheid {clarity})",
                       "clear framework (clarity {clarity})"),
    "tradeoff_title": ("gemiddelde (lijn) en 10-90% (band) van {runs} simulaties per punt, "
                       "dezelfde startgetallen bij beide kaders",
                       "mean (line) and 10-90% (band) of {runs} runs a point, "
                       "the same seeds for both frameworks"),
    "tradeoff_best": ("{where}: gemiddeld het hoogst bij controle {control} ({value})",
                      "{where}: highest on average at control {control} ({value})"),
    # RulesPanel (notebook 05): who gets something under each rule, at a weak speelveld
    "rules_streets": ("straten met een gekozen project", "streets with a funded project"),
    "rules_empty": ("stemmers met lege handen", "voters left empty-handed"),
    "rules_title": ("gemiddelde over {runs} simulaties, telkens dezelfde voorstellen en "
                    "stemmen voor elke regel",
                    "mean over {runs} runs, the same proposals and votes for every rule"),
    "rules_summary": ("In {differ} van de {runs} simulaties kiezen gelijke delen en meeste "
                      "stemmen eerst andere projecten. Straten met een project (gemiddeld): "
                      "{streets}.",
                      "In {differ} of the {runs} runs, equal shares and most approvals first "
                      "fund different projects. Streets with a project (mean): {streets}."),
    "rules_none": ("geen enkele simulatie kwam tot een beslissing; zet meer weken of andere "
                   "instellingen",
                   "no run reached a decision; set more weeks or other settings"),
    # the sliders' tooltips: where a default comes from, in words
    "tip_pilot": ("uit de pilot {refs}", "from the pilot {refs}"),
    "tip_literature": ("uit de literatuur", "from the literature"),
    "tip_calibrated": ("afgesteld op de pilot", "calibrated on the pilot"),
    "tip_assumption": ("een aanname van het model", "an assumption of the model"),
    "tip_assumption_refs": ("een aanname van het model, gegrond op {refs}",
                            "an assumption of the model, grounded in {refs}"),
    "tip_choice": ("een keuze van het scenario", "a choice of the scenario"),
    "tip_sources": ("De bronnen staan in docs/bronnen.md", "The sources are in docs/bronnen.md"),
    "tip_start": ("Beginwaarde: {origin}.", "Default: {origin}."),
    "tip_unit": ("Eenheid: {unit}.", "Unit: {unit}."),
}

#: the schema's units (English, as written in the schema) in Dutch
UNITS: dict[str, str] = {
    "share of adults": "aandeel van de volwassenen",
    "index 0-1": "index van 0 tot 1",
    "0 = none, 1 = full": "0 = geen, 1 = volledig",
    "0 = residents decide, 1 = the college decides; empty = the same as control":
        "0 = de bewoners beslissen, 1 = het college beslist; leeg = zoals de controle",
    "0 = residents decide, 1 = the college decides":
        "0 = de bewoners beslissen, 1 = het college beslist",
    "0 = vague, 1 = clear": "0 = vaag, 1 = duidelijk",
    "factor": "factor",
    "weeks": "weken",
    "week": "week",
    "households": "gezinnen",
    "euro": "euro",
    "probability/week": "kans per week",
    "severity/week": "ernst per week",
    "hours/week": "uren per week",
    "hours": "uren",
    "streets": "straten",
    "ties": "contacten",
    "share of cost": "aandeel van de kostprijs",
    "probability": "kans",
    "share of households": "aandeel van de gezinnen",
    "log-odds": "logaritme van de kansverhouding",
    "adults": "volwassenen",
    "share": "aandeel",
}
# fmt: on
