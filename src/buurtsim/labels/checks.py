# ruff: noqa: E501  (one sentence per line reads and diffs better than wrapped pieces)
"""Feedback of the checks of notebooks 05, 08 and 09 (:mod:`buurtsim.exercises.decisions` and
:mod:`buurtsim.exercises.lab`): your own split of the budget, the decision rules, the scenario
lab and your own experiment.

Entries with ``{name}`` placeholders are filled with :func:`buurtsim.i18n.tf`. Names of code
(columns, functions) are placeholders too, so that the Dutch text is checked as prose without them.
"""

from __future__ import annotations

# fmt: off
CHECKS: dict[str, tuple[str, str]] = {
    # 05: your own split of the budget
    "ex_split_not_allowed": ("Dit kan niet: {problems}.", "This is not allowed: {problems}."),
    "ex_split_fits": ("Dit past: {count} projecten voor {total}, {left} blijft over. {agree}",
                      "This fits: {count} projects for {total}, {left} is left over. {agree}"),
    "ex_split_one_each": ("Geef één bedrag per voorstel: er zijn {n} voorstellen, je gaf er {given}.",
                          "Give one amount per proposal: there are {n} proposals, you gave {given}."),
    "ex_split_no_row": ("Voorstel {k} bestaat niet; kies een rij van 0 tot {last}.",
                        "Proposal {k} does not exist; choose a row from 0 to {last}."),
    "ex_split_negative": ("bedragen moeten 0 of meer zijn", "amounts must be 0 or more"),
    "ex_split_over_budget": ("samen {total}, meer dan het budget van {budget}",
                             "{total} together, more than the budget of {budget}"),
    "ex_split_over_cost": ("voorstel {k} krijgt {amount} maar kost maar {cost}",
                           "proposal {k} gets {amount} but costs only {cost}"),
    "ex_split_trimmed": ("voorstel {k} wordt met meer dan {trim} ingekort ({amount} van {cost}); dan lukt het project niet meer",
                         "proposal {k} is trimmed by more than {trim} ({amount} of {cost}); then the project no longer works"),
    "ex_split_same_rules": ("Dezelfde projecten als: {rules}.", "The same projects as: {rules}."),
    "ex_split_no_rule": ("Geen van de vijf regels kiest precies deze projecten.",
                         "None of the five rules picks exactly these projects."),
    # 05: which rule does what
    "ex_rule_unspent": ("{rule}: {amount} over", "{rule}: {amount} left over"),
    "ex_rule_funded": ("{rule}: {count} voorstellen", "{rule}: {count} proposals"),
    "ex_rule_tie": (" (even veel als {rules})", " (as many as {rules})"),
    "ex_rule_right": ("Juist: {rule}{tie}. {facts}.", "Right: {rule}{tie}. {facts}."),
    "ex_rule_wrong": ("Nee, dat is {rules}. {facts}.", "No, that is {rules}. {facts}."),
    "ex_rule_choose": ("Kies een van de regels: {names}.", "Choose one of the rules: {names}."),
    "ex_empty_right": ("Juist: {rule}. Kiezers met lege handen: {facts}.",
                       "Right: {rule}. Voters left empty-handed: {facts}."),
    "ex_empty_wrong": ("Nee, dat is {rules}. Kiezers met lege handen: {facts}.",
                       "No, that is {rules}. Voters left empty-handed: {facts}."),
    # 08: the scenario lab
    "ex_overlap_yes": ("Ze overlappen: het verschil tussen de scenario's is kleiner dan wat het toeval tussen simulaties al geeft. Wees voorzichtig met conclusies.",
                       "They overlap: the difference between the scenarios is smaller than what chance already gives between runs. Be careful with conclusions."),
    "ex_overlap_no": ("Ze overlappen niet: het verschil is groter dan de spreiding tussen simulaties.",
                      "They do not overlap: the difference is larger than the spread between runs."),
    "ex_lab_choose": ("Kies een van de scenario's in je lab: {names}.",
                      "Choose one of the scenarios in your lab: {names}."),
    "ex_lab_right": ("Juist. Mediaan van {outcome} — {facts}.", "Right. Median of {outcome} — {facts}."),
    "ex_lab_wrong": ("Nee. Mediaan van {outcome} — {facts}.", "No. Median of {outcome} — {facts}."),
    "ex_yes_or_no": ("Antwoord met 'ja' of 'nee'.", "Answer with 'yes' or 'no'."),
    "ex_lab_two": ("Vergelijk minstens twee scenario's in het lab.",
                   "Compare at least two scenarios in the lab."),
    "ex_bands_right": ("Juist.", "Right."),
    "ex_bands_again": ("Kijk nog eens.", "Look again."),
    "ex_bands": ("{verdict} 10-90% van {outcome} — {facts}. {meaning}",
                 "{verdict} 10-90% of {outcome} — {facts}. {meaning}"),
    "ex_band": ("{group}: {low} tot {high}", "{group}: {low} to {high}"),
    # 09: your own experiment
    "ex_median_number": ("Geef de mediaan als getal (niet '{answer}').",
                         "Give the median as a number (not '{answer}')."),
    "ex_experiment_facts": ("de mediaan van {outcome} over {runs} simulaties vanaf startgetal {seed}",
                            "the median of {outcome} over {runs} runs from seed {seed}"),
    "ex_experiment_with": (" met {what}", " with {what}"),
    "ex_experiment_right": ("Juist: {facts} is {truth}. Zelfde startgetallen, zelfde simulaties.",
                            "Right: {facts} is {truth}. Same seeds, same runs."),
    "ex_experiment_wrong": ("Niet helemaal: {facts} is {truth}, niet {given}. Gebruik je dezelfde instellingen, simulaties en startgetallen?",
                            "Not quite: {facts} is {truth}, not {given}. Do you use the same settings, runs and seeds?"),
    "ex_table_give": ("Geef de tabel die {ensemble} of {sweep} teruggaf.",
                      "Give the table that {ensemble} or {sweep} returned."),
    "ex_table_columns": ("De tabel mist de kolommen {seed} (het startgetal), de uitkomsten of de parameters; gebruik de tabel van {ensemble} of {sweep} zoals hij is.",
                         "The table lacks the columns {seed} (the seed), the outcomes or the parameters; use the table of {ensemble} or {sweep} as it is."),
    "ex_table_nothing_varied": ("Je vergeleek niets: geen enkele parameter heeft twee waarden.",
                                "You compared nothing: no parameter has two values."),
    "ex_table_too_few": ("Te weinig simulaties: minstens {min_runs} per waarde, je hebt er soms maar {fewest}. Eén simulatie zegt weinig; het toeval speelt mee.",
                         "Too few runs: at least {min_runs} per value, you sometimes have only {fewest}. One run says little; chance plays a part."),
    "ex_table_changed": ("De eerste rij komt er niet opnieuw uit: is de tabel aangepast?",
                         "The first row does not come out again: was the table changed?"),
    "ex_table_fair": ("Een eerlijk experiment: je varieerde {names} met {fewest} of meer simulaties per waarde, en de eerste rij komt er bij een nieuwe simulatie precies zo uit.",
                      "A fair experiment: you varied {names} with {fewest} or more runs per value, and the first row comes out exactly the same in a new run."),
}
# fmt: on
