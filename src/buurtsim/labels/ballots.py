"""Labels of real ballots (:mod:`buurtsim.ballots`) and their error messages."""

from __future__ import annotations

# fmt: off
# real ballots (buurtsim.ballots): the rules only a .pb file has, the metrics, the ballot sizes
BALLOTS: dict[str, tuple[str, str]] = {
    "greedy_welfare": ("meeste tevredenheid eerst (pabutools)",
                       "greedy utilitarian welfare (pabutools)"),
    "phragmen": ("Phragmén, stap voor stap (pabutools)", "sequential Phragmén (pabutools)"),
    "official": ("de echte uitslag", "official outcome"),
    "voters": ("kiezers", "voters"),
    "funded_projects": ("gefinancierde projecten", "funded projects"),
    "non_empty_handed": ("kiezers met minstens één project", "voters with a funded project"),
    "empty_handed": ("kiezers met lege handen", "voters left empty-handed"),
    "avg_satisfaction": ("gemiddelde tevredenheid", "average satisfaction"),
    "gini_satisfaction": ("Gini van de tevredenheid", "Gini of satisfaction"),
    "ballot_size_1": ("koos 1 project", "chose 1 project"),
    "ballot_size_2_3": ("koos 2 of 3 projecten", "chose 2 or 3 projects"),
    "ballot_size_4": ("koos 4 of meer projecten", "chose 4 or more projects"),
    "skipped": ("niet berekend", "skipped"),
}

# one plain line per bad .pb file; {file} is the path, {line} a line number in the file
BALLOT_ERRORS: dict[str, tuple[str, str]] = {
    "pb_not_found": ("{file}: dit bestand bestaat niet", "{file}: the file does not exist"),
    "pb_folder": ("{file}: dit is een map, geen .pb-bestand",
                  "{file}: this is a folder, not a .pb file"),
    "pb_empty": ("{file}: het bestand is leeg", "{file}: the file is empty"),
    "pb_binary": ("{file}: geen tekstbestand (UTF-8); een .pb-bestand is tekst",
                  "{file}: not a text (UTF-8) file; a .pb file is text"),
    "pb_no_section": ("{file}: de sectie {section} ontbreekt; een .pb-bestand heeft META, "
                      "PROJECTS en VOTES",
                      "{file}: the section {section} is missing; a .pb file has META, PROJECTS "
                      "and VOTES"),
    "pb_no_meta": ("{file}, META: {key} ontbreekt (een regel {key};...)",
                   "{file}, META: {key} is missing (a line {key};...)"),
    "pb_no_column": ("{file}, regel {line} ({section}): de kolom {column} ontbreekt",
                     "{file}, line {line} ({section}): the column {column} is missing"),
    "pb_vote_type": ("{file}, regel {line} (META): onbekend stemtype '{value}'; "
                     'buurtsim kent de stemtypes "approval", "choose-1", "cumulative" en "scoring"',
                     "{file}, line {line} (META): unknown vote type '{value}'; "
                     "buurtsim knows approval, choose-1, cumulative and scoring"),
    "pb_number": ("{file}, regel {line} ({section}): {field} '{value}' is geen getal",
                  "{file}, line {line} ({section}): {field} '{value}' is not a number"),
    "pb_cost": ("{file}, regel {line} (PROJECTS): project {project} kost {value}; "
                "een kostprijs moet boven nul liggen",
                "{file}, line {line} (PROJECTS): project {project} costs {value}; "
                "a cost must be above zero"),
    "pb_unknown_project": ("{file}, regel {line} (VOTES): kiezer {voter} stemt voor project "
                           "{project}, dat niet in PROJECTS staat",
                           "{file}, line {line} (VOTES): voter {voter} votes for project "
                           "{project}, which PROJECTS does not list"),
    "pb_no_projects": ("{file}, PROJECTS: er staat geen enkel project",
                       "{file}, PROJECTS: no project is listed"),
    "pb_unreadable": ("{file}: pabutools kan het niet lezen ({reason})",
                      "{file}: pabutools cannot read it ({reason})"),
}
# fmt: on
