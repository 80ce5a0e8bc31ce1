"""Words of the table ``buurtsim ballots FILE.pb`` prints (:mod:`buurtsim.ballots.command`).

The column headings (``bt_h_<rule>``) are short, so that seven rules fit beside the project names;
the legend under the table gives each rule's full name (:data:`buurtsim.labels.model.RULES`,
:data:`buurtsim.labels.ballots.BALLOTS`). The ``bt_note_*`` sentences say again, in the chosen
language, why :mod:`buurtsim.ballots.compare` skipped a rule or a check (``metrics.csv`` keeps
its English note). Names from the ``.pb`` file (projects, categories, the description) stay as
they are.
"""

from __future__ import annotations

# fmt: off
BALLOTS_TABLE: dict[str, tuple[str, str]] = {
    # the title line; {ballots} is one of the bt_vote_* labels
    "bt_title": ("{description} ({source}): {voters} kiezers, {projects} projecten, "
                 "budget {budget}, {ballots}",
                 "{description} ({source}): {voters} voters, {projects} projects, "
                 "budget {budget}, {ballots}"),
    "bt_vote_approval": ("ja/nee-stemmen", "approval ballots"),
    "bt_vote_choose-1": ("stemmen op één project", "choose-1 ballots"),
    "bt_vote_cumulative": ("stemmen met punten om te verdelen", "cumulative ballots"),
    "bt_vote_scoring": ("stemmen met een score per project", "scoring ballots"),
    # column headings: at most 9 characters
    "bt_project": ("project", "project"),
    "bt_cost": ("kostprijs", "cost"),
    "bt_h_official": ("officieel", "official"),
    "bt_h_majority": ("meerderh.", "majority"),
    "bt_h_approval_greedy": ("stemmen", "approval"),
    "bt_h_package": ("pakket", "package"),
    "bt_h_equal_shares": ("gel.delen", "eq.shares"),
    "bt_h_greedy_welfare": ("tevreden", "greedy"),
    "bt_h_phragmen": ("Phragmén", "Phragmén"),
    # the rows under the projects
    "bt_funded": ("gefinancierde projecten", "projects funded"),
    "bt_spent": ("euro besteed", "euro spent"),
    "bt_with_project": ("kiezers met een project (van {voters})",
                        "voters with a project (of {voters})"),
    "bt_avg_satisfaction": ("gemiddelde tevredenheid ({measure}, {unit})",
                            "avg satisfaction ({measure}, {unit})"),
    "bt_points": ("punten", "points"),
    "bt_gini": ("Gini van de tevredenheid ({measure})", "Gini of satisfaction ({measure})"),
    "bt_share": ("budgetaandeel: {category}", "budget share: {category}"),
    "bt_ejr": ("EJR op één project na", "EJR up to one project"),
    "bt_pjr": ("PJR op één project na", "PJR up to one project"),
    "bt_yes": ("ja", "yes"),
    "bt_no": ("nee", "no"),
    # the legend and the notes under the table; {rule} is the rule's column heading
    "bt_legend": ("de regels (kolom, naam in de CSV en bij --rules, uitleg):",
                  "the rules (column, name in the CSV and for --rules, in words):"),
    "bt_skipped": ("{rule}: niet berekend, {reason}", "{rule}: skipped, {reason}"),
    # why compare() skipped a rule or a check (compare.Reason; metrics.csv keeps the English)
    "bt_note_no_outcome": ("het bestand vermeldt de echte uitslag niet (geen kolom `selected`; "
                           "META noemt de regel `{rule}`)",
                           "the file does not record the outcome (no `selected` column; "
                           "META says rule {rule})"),
    "bt_note_package_points": ("bij {ballots} geeft een kiezer punten, geen ja of nee die als "
                               "stem over één pakket kan gelden",
                               "{vote_type} ballots give points, not a yes or no that could be "
                               "read as a vote on one package"),
    "bt_note_phragmen_points": ("Phragmén stap voor stap vraagt ja/nee-stemmen, geen {ballots}",
                                "sequential Phragmén needs yes/no ballots, not {vote_type}"),
    "bt_note_jr_points": ("EJR/PJR alleen nagegaan bij ja/nee-stemmen",
                          "EJR/PJR checked for yes/no ballots only"),
    "bt_note_jr_too_big": ("EJR/PJR niet berekend: pabutools probeert elke groep van de "
                           "{groups} verschillende stembiljetten met elke combinatie van de "
                           "{projects} projecten, 2^{size} gevallen (nagegaan tot 2^{limit})",
                           "EJR/PJR skipped: pabutools tries every group of the {groups} "
                           "different ballots with every set of the {projects} projects, "
                           "2^{size} cases (checked up to 2^{limit})"),
}
# fmt: on
