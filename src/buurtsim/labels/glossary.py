"""The glossary of the method's Dutch terms (:data:`buurtsim.i18n.GLOSSARY`).

Each Dutch term once, with three texts:

- ``"en"``: its English name (what the English literature and the code call it);
- ``"nl"``: a one-line explanation in Dutch;
- ``"en_explanation"``: the same explanation in English.

The facts come from ``docs/METHOD.md``; the sources are listed in ``docs/bronnen.md``. The
workbook uses these words and no others. The English edition keeps four of the terms in Dutch,
because they are the point of the method (:data:`KEPT`); their English explanation says so.

:func:`buurtsim.i18n.glossary_table` shows the glossary in either language, with the column
headers of :data:`HEADERS`.
"""

from __future__ import annotations

#: the Dutch terms the English edition keeps as they are (explained on first use and here)
KEPT: tuple[str, ...] = ("buurtbudget", "speelveld", "kerngroep", "trekker")

_KEPT_NOTE = "; the English edition keeps the Dutch word"

# fmt: off
GLOSSARY: dict[str, dict[str, str]] = {
    "buurtbudget": {
        "en": "neighbourhood budget",
        "nl": "een open krediet voor één afgebakende buurt; de bewoners bedenken en doen zelf "
              "initiatieven (8.000 euro in Arendonk en Olmen)",
        "en_explanation": "an open credit for one clearly bounded neighbourhood; the residents "
                          "think up and carry out initiatives themselves (€8,000 in Arendonk "
                          "and Olmen)" + _KEPT_NOTE},
    "open krediet": {
        "en": "open credit",
        "nl": "een vast bedrag zonder subsidiedossiers of jury",
        "en_explanation": "a fixed sum, with no grant applications and no jury"},
    "werkingskader": {
        "en": "framework",
        "nl": "de spelregels waarbinnen de bewoners beslissen, samen met de gemeente en de "
              "partners vastgelegd",
        "en_explanation": "the rules within which the residents decide, agreed together with "
                          "the municipality and the partners"},
    "randvoorwaarden": {
        "en": "boundary conditions",
        "nl": "de criteria waaraan een idee moet voldoen (bv. meerdere bewoners hebben er baat "
              "bij, afspraken over onderhoud)",
        "en_explanation": "the criteria an idea has to meet (e.g. several residents benefit "
                          "from it, there are agreements about upkeep)"},
    "speelveld": {
        "en": "playing field",
        "nl": "wat de bewoners zelf mogen beslissen en wat de gemeente in handen houdt",
        "en_explanation": "what the residents may decide themselves and what the municipality "
                          "keeps in its own hands" + _KEPT_NOTE},
    "procesbegeleider": {
        "en": "facilitator",
        "nl": "de professional die het proces begeleidt (in Arendonk iemand van Vormingplus "
              "samen met een lokale ambtenaar)",
        "en_explanation": "the professional who guides the process (in Arendonk someone from "
                          "Vormingplus together with a local civil servant)"},
    "kerngroep": {
        "en": "core group",
        "nl": "een groep bewoners die de startavond mee voorbereidt en de buren aanspreekt",
        "en_explanation": "a group of residents who help to prepare the kick-off evening and "
                          "talk to their neighbours" + _KEPT_NOTE},
    "trekker": {
        "en": "lead resident",
        "nl": "de bewoner die één project trekt, van plan tot uitvoering",
        "en_explanation": "the resident who leads one project, from plan to completion"
                          + _KEPT_NOTE},
    "startavond": {
        "en": "kick-off evening",
        "nl": "de participatieavond waarop bewoners ideeën bedenken (Arendonk: 3 oktober 2018)",
        "en_explanation": "the participation evening at which residents come up with ideas "
                          "(Arendonk: 3 October 2018)"},
    "stickerstemming": {
        "en": "sticker vote",
        "nl": "bewoners kleven stickers bij de thema's die ze belangrijk vinden",
        "en_explanation": "residents put stickers next to the themes they find important"},
    "eigenaarschap": {
        "en": "ownership",
        "nl": "het gevoel dat de buurt en de projecten van de bewoners zelf zijn; volgens de "
              "methode het werkzame bestanddeel",
        "en_explanation": "the feeling that the neighbourhood and the projects belong to the "
                          "residents themselves; according to the method, its active "
                          "ingredient"},
    "sociale cohesie": {
        "en": "social cohesion",
        "nl": "hoe goed buren elkaar kennen en op elkaar kunnen rekenen",
        "en_explanation": "how well neighbours know each other and can count on each other"},
    "leefbaarheid": {
        "en": "liveability",
        "nl": "hoe aangenaam en verzorgd de buurt is",
        "en_explanation": "how pleasant and well kept the neighbourhood is"},
    "kwetsbare bewoners": {
        "en": "vulnerable residents",
        "nl": "bewoners met minder kansen of steun, bv. door armoede, ouderdom of eenzaamheid",
        "en_explanation": "residents with fewer opportunities or less support, e.g. because "
                          "of poverty, old age or loneliness"},
    "college": {
        "en": "board of mayor and aldermen",
        "nl": "het college van burgemeester en schepenen, het dagelijks bestuur van de gemeente",
        "en_explanation": "the mayor and aldermen, who run the municipality from day to day"},
    "gemeenteraad": {
        "en": "municipal council",
        "nl": "het verkozen bestuur van de gemeente",
        "en_explanation": "the elected council of the municipality"},
    "OCMW": {
        "en": "public centre for social welfare",
        "nl": "het Openbaar Centrum voor Maatschappelijk Welzijn (nu vaak het Sociaal Huis); "
              "ideeën buiten het kader kunnen daarheen",
        "en_explanation": "the local public centre for social welfare (now often called the "
                          "Sociaal Huis); ideas outside the framework can be passed on to it"},
    "Sociaal Huis": {
        "en": "social services centre",
        "nl": "het lokale loket voor welzijn en sociale dienstverlening",
        "en_explanation": "the local one-stop office for welfare and social services"},
    "bemiddeling": {
        "en": "mediation",
        "nl": "een neutrale derde helpt buren een conflict uit te praten",
        "en_explanation": "a neutral third party helps neighbours to talk a conflict through"},
    "veto": {
        "en": "veto",
        "nl": "de gemeente houdt een gekozen project tegen",
        "en_explanation": "the municipality stops a project the residents chose"},
    "inkorting": {
        "en": "trimming",
        "nl": "een project krijgt minder geld dan gevraagd, zodat het pakket past",
        "en_explanation": "a project gets less money than it asked for, so that the package "
                          "fits the budget"},
    "beslisregel": {
        "en": "decision rule",
        "nl": "de manier waarop de stemmen van de bewoners bepalen welke voorstellen geld "
              "krijgen (pakket, meerderheid, meeste stemmen eerst, gelijke delen)",
        "en_explanation": "how the residents' votes decide which proposals get money "
                          "(package, majority, most votes first, equal shares)"},
    "gelijke delen (Equal Shares)": {
        "en": "Method of Equal Shares",
        "nl": "een beslisregel: elke stemmer krijgt een gelijk deel van het budget en koopt "
              "samen met wie hetzelfde wil",
        "en_explanation": "a decision rule: every voter gets an equal part of the budget and "
                          "pays for projects together with the voters who want the same"},
    "onderhoudsafspraak": {
        "en": "maintenance agreement",
        "nl": "wie een project na de uitvoering onderhoudt; zonder afspraak houdt de technische "
              "dienst het niet mee in stand",
        "en_explanation": "who looks after a project once it is built; without an agreement "
                          "the municipality's works department does not maintain it"},
    "ondersteuning door de gemeente": {
        "en": "municipal support",
        "nl": "wat de technische dienst, vergunningen en onderhoud bijdragen; iets anders dan "
              "controle",
        "en_explanation": "what the works department, permits and upkeep contribute; not the "
                          "same thing as control"},
    "controle door de gemeente": {
        "en": "municipal control",
        "nl": "hoeveel het college zelf in handen houdt: hoe streng het toetst, hoe vaak het "
              "inkort of tegenhoudt, wie beslist",
        "en_explanation": "how much the mayor and aldermen keep in their own hands: how "
                          "strictly they review, how often they trim or stop a project, who "
                          "decides"},
    "simulatie": {
        "en": "run",
        "nl": "één keer de nagebootste buurt laten lopen, week na week; één simulatie is één "
              "mogelijk verloop, geen voorspelling",
        "en_explanation": "the simulated neighbourhood played through once, week by week; "
                          "one run is one possible course of events, not a forecast"},
    "startgetal": {
        "en": "seed",
        "nl": "het getal waarmee het toeval van een simulatie begint; hetzelfde startgetal en "
              "dezelfde instellingen geven precies dezelfde simulatie",
        "en_explanation": "the number a run's chance events start from; the same seed and "
                          "the same settings give exactly the same run"},
    "mediaan": {
        "en": "median",
        "nl": "de middelste simulatie: de helft ligt erboven, de helft eronder",
        "en_explanation": "the middle run: half of the runs lie above it, half below"},
    "band (10-90%)": {
        "en": "band (10-90%)",
        "nl": "waar acht op de tien simulaties liggen: zonder de 10% laagste en de 10% hoogste",
        "en_explanation": "where eight runs in ten lie: leaving out the lowest 10% and the "
                          "highest 10%"},
    "pakket": {
        "en": "package",
        "nl": "alle voorstellen samen, zo nodig ingekort, in één keer goedgekeurd (zoals in "
              "Arendonk)",
        "en_explanation": "all the proposals together, trimmed where needed, approved in one "
                          "go (as in Arendonk)"},
}

#: the column headers of :func:`buurtsim.i18n.glossary_table`, merged into the translation table
HEADERS: dict[str, tuple[str, str]] = {
    "glossary_term": ("term", "Dutch term"),
    "glossary_name": ("Engels", "English"),
    "glossary_explanation": ("uitleg", "explanation"),
}
# fmt: on
