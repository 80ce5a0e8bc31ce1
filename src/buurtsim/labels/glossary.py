"""The glossary of the method's Dutch terms (:data:`buurtsim.i18n.GLOSSARY`)."""

from __future__ import annotations

# Each Dutch term once, with its English name and a one-line explanation (facts from METHOD.md;
# the sources are listed in docs/bronnen.md). The workbook uses these words and no others.
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
    "beslisregel": {"en": "decision rule",
                    "nl": "de manier waarop de stemmen van de bewoners bepalen welke "
                          "voorstellen geld krijgen (pakket, meerderheid, meeste stemmen eerst, "
                          "gelijke delen)"},
    "gelijke delen (Equal Shares)": {"en": "Method of Equal Shares",
                                     "nl": "een beslisregel: elke stemmer krijgt een gelijk deel "
                                           "van het budget en koopt samen met wie hetzelfde wil"},
    "onderhoudsafspraak": {"en": "maintenance agreement",
                           "nl": "wie een project na de uitvoering onderhoudt; zonder afspraak "
                                 "houdt de technische dienst het niet mee in stand"},
    "ondersteuning door de gemeente": {"en": "municipal support",
                                       "nl": "wat de technische dienst, vergunningen en "
                                             "onderhoud bijdragen; iets anders dan controle"},
    "controle door de gemeente": {"en": "municipal control",
                                  "nl": "hoeveel het college zelf in handen houdt: hoe streng het "
                                        "toetst, hoe vaak het inkort of tegenhoudt, wie beslist"},
    "simulatie": {"en": "run",
                  "nl": "één keer de nagebootste buurt laten lopen, week na week; één simulatie "
                        "is één mogelijk verloop, geen voorspelling"},
    "startgetal": {"en": "seed",
                   "nl": "het getal waarmee het toeval van een simulatie begint; hetzelfde "
                         "startgetal en dezelfde instellingen geven precies dezelfde simulatie"},
    "mediaan": {"en": "median",
                "nl": "de middelste simulatie: de helft ligt erboven, de helft eronder"},
    "band (10-90%)": {"en": "band (10-90%)",
                      "nl": "waar acht op de tien simulaties liggen: zonder de 10% laagste en "
                            "de 10% hoogste"},
    "pakket": {"en": "package",
               "nl": "alle voorstellen samen, zo nodig ingekort, in één keer goedgekeurd "
                     "(zoals in Arendonk)"},
}
# fmt: on
