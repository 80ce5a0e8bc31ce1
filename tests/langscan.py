"""Find words of the wrong language in what the workbook shows (issues 10 and 11).

Shared by the scans of the Dutch interface (English leaks) and of the English interface (Dutch
leaks). :func:`prose` drops what is not prose: code, inline code, links, paths, command-line
options, template placeholders and quoted titles of sources.

The English interface keeps a few Dutch terms of the method on purpose (:data:`KEPT`): they are
explained on first use and in the English glossary.
"""

from __future__ import annotations

import re

#: English words that leaked into the Dutch interface before (none is also a Dutch word)
_ENGLISH = (
    "run runs seed seeds the and with without baseline default outcome outcomes framework "
    "slider sliders tooltip median trust ownership greedy approval approvals streets voters "
    "settings click computing saved save choose found error warning "
)
ENGLISH = frozenset(_ENGLISH.split())

#: common Dutch words that are not English words, to catch Dutch in the English interface
_DUTCH = (
    "de het een van voor niet zijn wordt worden wij jullie hoe wat waarom welke welk dit "
    "deze maar ook nog meer minder gelijk kies toon bewaar opslaan naar uit als dat geen "
    "alle elke weken straat straten bewoner bewoners buurt buurten gemeente voorstel "
    "voorstellen uitkomst uitkomsten simulatie simulaties startgetal startgetallen kwetsbare "
    "kwetsbaar vertrouwen eigenaarschap samenhang groep groepen beslisregel kader controle "
    "ondersteuning onderhoud conflicten initiatieven gerealiseerd mislukt geld jaar waarde "
    "waarden bedrag kosten opnieuw wacht klaar bestand gemiddeld mediaan uitleg "
    "vraag vragen antwoord juist fout waarom omdat wanneer hebben heeft kan kunnen moet "
    "moeten zal zullen blijft blijven krijgt krijgen "
)
DUTCH = frozenset(_DUTCH.split())

#: Dutch terms the English edition keeps, because they are the point of the method
KEPT = ("buurtbudget", "buurtbudgetten", "speelveld", "kerngroep", "trekker", "trekkers")

#: proper names that contain a word of either list, allowed as they are
NAMES = ("Equal Shares", "Run All Cells")


def prose(text: str) -> str:
    """``text`` without code blocks, inline code, links, the [seed] tag and quoted titles."""
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"https?://\S+|\w+\.(?:be|net|org)\S*", " ", text)
    text = re.sub(r"(?:[A-Za-z]:)?[/\\][\w./\\-]+", " ", text)  # a path on disk
    text = re.sub(r"\[seed[^\]]*\]", " ", text)
    text = re.sub(r"--[\w-]+", " ", text)  # a command-line option (--runs, --seed)
    text = re.sub(r"\{[^}]*\}", " ", text)  # placeholders of a template
    text = re.sub(r'"[^"]{0,200}"', " ", text)  # titles of sources, quoted speech
    text = re.sub(r"[“‘][^”’]{0,200}[”’]", " ", text)
    for name in NAMES:
        text = text.replace(name, " ")
    return text


def _found(text: str, words: frozenset[str]) -> list[str]:
    return sorted({w for w in re.findall(r"[A-Za-zÀ-ÿ']+", prose(text)) if w.lower() in words})


def english_in(text: str) -> list[str]:
    """The English words of :data:`ENGLISH` in the prose of Dutch ``text``."""
    return _found(text, ENGLISH)


def dutch_in(text: str) -> list[str]:
    """The Dutch words of :data:`DUTCH` in the prose of English ``text`` (kept terms allowed)."""
    return [w for w in _found(text, DUTCH) if w.lower() not in KEPT]
