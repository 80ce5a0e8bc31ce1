"""Labels of the ablation (:mod:`buurtsim.experiments.ablation`)."""

from __future__ import annotations

# fmt: off
# ablation (buurtsim.experiments.ablation): the table of mechanism x pattern and the claims
ABLATION: dict[str, tuple[str, str]] = {
    "ablation_help": ("zet elk mechanisme om beurten uit en kijk welke patronen breken",
                      "switch each mechanism off in turn and see which patterns break"),
    "ablation_all_on": ("(alles aan)", "(all on)"),
    "ablation_mechanism": ("mechanisme uit", "mechanism off"),
    "ablation_mechanisms": ("Mechanismen", "Mechanisms"),
    "ablation_patterns": ("Patronen (beweringen van de methode, issue 8)",
                          "Patterns (claims of the method, issue 8)"),
    "ablation_seeds": ("{runs} startgetallen per instelling (vanaf startgetal {seed}); een patroon "
                       "houdt als het verschil zijn marge en twee standaardfouten haalt",
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
    "pattern_4a": ("conflicten escaleren in een zichtbaar deel van de simulaties",
                   "conflicts escalate in a visible share of runs"),
    "pattern_4b": ("meer uren begeleiding lossen meer conflicten op",
                   "more facilitator hours resolve more conflicts"),
    "pattern_5a": ("de voorstellen vragen meer dan het budget en het pakket wordt ingekort",
                   "proposals ask more than the budget and the package is trimmed"),
    "pattern_5b": ("meer budget helpt tot de ideeën op zijn",
                   "more budget helps until the ideas run out"),
    "pattern_5c": ("inkorten kost omvang en kwaliteit, geen tijd",
                   "a trim cuts scope and quality, not time"),
    "pattern_6a": ("bij een zwak kader bedient Equal Shares meer straten",
                   "where the speelveld is weak, Equal Shares serves more streets"),
    "pattern_6b": ("Equal Shares en de gretige regel kiezen vaak andere projecten",
                   "Equal Shares and greedy often fund different sets"),
    "pattern_6c": ("bij een zwak kader gaat geld naar een persoonlijk doel",
                   "with a weak frame money goes to a personal purpose"),
    "pattern_7": ("huisbezoeken bereiken kwetsbare bewoners het best",
                  "door-to-door reaches vulnerable residents best"),
    "pattern_7b": ("geïsoleerde bewoners ontmoeten minder mensen en hebben er het minst aan",
                   "isolated residents meet fewer people and profit least"),
    "pattern_8a": ("zonder buurtbudget staat de buurt stil",
                   "without a buurtbudget the neighbourhood stands still"),
    "pattern_8b": ("wie niet meer meedoet, is niet meer actief",
                   "residents stop being active when they stop taking part"),
}
# fmt: on
