"""Words of the workshop dashboard's tabs, buttons and messages, and of its server and login page.

The dashboard speaks Dutch or English (its NL | EN switch); every word it shows comes from here,
from :mod:`.workshop` (the log and the sessions) or from the outcome labels. Entries with
``{name}`` placeholders are filled with :func:`buurtsim.i18n.tf`. The group and tab names are
the ones ``docs/trainer-guide.md`` (and ``docs/en/trainer-guide.md``) use.
"""

from __future__ import annotations

# fmt: off
PAGE: dict[str, tuple[str, str]] = {
    # the header
    "db_title": ("Workshop buurtbudget", "Buurtbudget workshop"),
    "db_intro": (
        "Elke groep kiest instellingen voor haar buurtbudget en laat de simulatie lopen. Elke "
        "simulatie komt in het logboek hieronder en verschijnt in de <b>Vergelijking</b> naast "
        "die van de andere groepen. Daarna speelt elke groep zelf de gemeente. Het model is een "
        "oefenterrein, geen voorspelling: de getallen volgen uit aannames.",
        "Each group chooses settings for its <i>buurtbudget</i> (neighbourhood budget) and runs "
        "the simulation. Every run goes into the log below and appears in the "
        "<b>Comparison</b> beside the other groups' runs. Then each group plays the "
        "municipality itself. The model is a practice ground, not a forecast: its numbers "
        "follow from assumptions."),
    "db_language": ("Taal van het dashboard", "Language of the dashboard"),
    "db_folder": ("Map van het logboek", "Log folder"),
    "db_folder_hint": ("bv. workshops/2025-03-12-gemeente", "e.g. workshops/2025-03-12-council"),
    "db_folder_tip": ("De simulaties van alle groepen komen in workshop-log.csv in deze map",
                      "Every group's runs go into workshop-log.csv in this folder"),
    "db_folder_use": ("Gebruik deze map", "Use this folder"),
    "db_folder_empty": ("geef een map voor het logboek, bv. workshops/mijn-workshop",
                        "type a folder for the log, e.g. workshops/my-workshop"),
    "db_folder_file": ("{path} is een bestand, geen map; kies een andere map",
                       "{path} is a file, not a folder; choose another folder"),
    "db_group_hint": ("bv. Groep 1", "e.g. Group 1"),
    # the tabs (as in the trainer guide)
    "tab_settings": ("Groepen kiezen instellingen", "Groups choose settings"),
    "tab_comparison": ("Vergelijking", "Comparison"),
    "tab_game": ("Speel de gemeente", "Play the municipality"),
    "tab_debrief": ("Nabespreking", "Debrief"),
    "tab_report": ("Rapport", "Report"),
    # the scenario files of scenarios/, by file name (a trainer's own file shows its own name)
    "scenario_arendonk": ("Arendonk", "Arendonk"),
    "scenario_olmen": ("Olmen", "Olmen"),
    "scenario_door-to-door": ("Arendonk (huis aan huis)", "Arendonk (door to door)"),
    "scenario_hands-off-no-framework": ("Arendonk (loslaten zonder kader)",
                                        "Arendonk (hands off, no framework)"),
    "scenario_no-buurtbudget": ("Arendonk zonder buurtbudget", "Arendonk without a buurtbudget"),
    "scenario_no-facilitator": ("Arendonk (zonder procesbegeleider)",
                                "Arendonk (no facilitator)"),
    "scenario_strict-municipality": ("Arendonk (strenge gemeente)",
                                     "Arendonk (strict municipality)"),
    # groups choose settings
    "db_base": ("Basisscenario", "Base scenario"),
    "db_base_unknown": ("het basisscenario {base!r} bestaat niet; kies uit {names}",
                        "there is no base scenario {base!r}; choose from {names}"),
    "db_runs_tip": ("Eén simulatie is een anekdote: neem er meerdere (bv. 10)",
                    "One run is an anecdote: take several (e.g. 10)"),
    "db_seed_tip": ("Hetzelfde startgetal: dezelfde buurt en dezelfde bewoners bij de start",
                    "The same seed: the same neighbourhood and the same residents at the start"),
    "db_progress": ("Voortgang", "Progress"),
    "db_settings_hint": (
        "Vul de naam van je groep in, kies je instellingen en klik op <b>Simuleer</b>. De "
        "andere instellingen komen uit het basisscenario.",
        "Type your group's name, choose your settings and click <b>Simulate</b>. The other "
        "settings come from the base scenario."),
    "db_saved_one": ("<b>{group}</b>: 1 simulatie (startgetal {seed}) bewaard in het logboek. "
                     "{medians} Zie de <b>Vergelijking</b>.",
                     "<b>{group}</b>: 1 run (seed {seed}) saved in the log. {medians} See the "
                     "<b>Comparison</b>."),
    "db_saved_many": ("<b>{group}</b>: {runs} simulaties (startgetallen {first}-{last}) bewaard "
                      "in het logboek. {medians} Zie de <b>Vergelijking</b>.",
                      "<b>{group}</b>: {runs} runs (seeds {first}-{last}) saved in the log. "
                      "{medians} See the <b>Comparison</b>."),
    # errors
    "db_cannot": ("Dit kan niet:", "This is not possible:"),
    "db_log_problem": ("Probleem met het logboek:", "Problem with the log:"),
    # the comparison
    "db_comparison_hint": (
        "Per groep: de mediaan over haar simulaties, met tussen haakjes 10% – 90% van de "
        "simulaties. Een groep die twee keer simuleerde, staat er twee keer (1), (2).",
        "Per group: the median over its runs, with 10% – 90% of the runs in brackets. A group "
        "that ran twice appears twice, as (1) and (2)."),
    "db_reload": ("Herlaad het logboek", "Reload the log"),
    "db_log_empty": ("Logboek: <code>{path}</code> · nog leeg{where}",
                     "Log: <code>{path}</code> · still empty{where}"),
    "db_log_made_later": (" (de map wordt gemaakt bij de eerste simulatie)",
                          " (the folder is made at the first run)"),
    "db_no_runs_yet": ("Nog geen simulaties in het logboek. Laat een groep simuleren in "
                       "<b>Groepen kiezen instellingen</b>.",
                       "No runs in the log yet. Let a group run the simulation in <b>Groups "
                       "choose settings</b>."),
    "db_log_counts_one": ("Logboek: <code>{path}</code> · {runs} simulaties van 1 groep",
                          "Log: <code>{path}</code> · {runs} runs of 1 group"),
    "db_log_counts": ("Logboek: <code>{path}</code> · {runs} simulaties van {groups} groepen",
                      "Log: <code>{path}</code> · {runs} runs of {groups} groups"),
    "db_damaged_line": ("regel {line}: {problem}", "line {line}: {problem}"),
    "db_row_group": ("groep", "group"),
    "db_row_settings": ("instellingen", "settings"),
    "db_row_runs": ("simulaties (startgetallen)", "runs (seeds)"),
    "db_plot_counts": ("aantallen: mediaan en 10-90% per groep",
                       "counts: median and 10-90% per group"),
    "db_plot_shares": ("aandeel", "share"),
    "db_plot_indexes": ("schaal 0-1", "scale 0-1"),
    "db_export_unread": ("het logboek kan niet gelezen worden; zie de melding hierboven",
                         "the log cannot be read; see the message above"),
    "db_export_empty": ("er is nog niets om te bewaren: laat eerst een groep simuleren",
                        "there is nothing to save yet: let a group run the simulation first"),
    "db_exported": ("Bewaard: {csv} en {xlsx}", "Saved: {csv} and {xlsx}"),
    "db_no_runs": ("er zijn nog geen simulaties in het logboek",
                   "there are no runs in the log yet"),
    "db_no_group": ("er is geen groep {label!r} in het logboek",
                    "there is no group {label!r} in the log"),
    # play the municipality
    "game_intro": (
        "Jullie zijn het college. De bewoners doen voorstellen, werken ze uit en beslissen; bij "
        "elke beoordeling pauzeert de simulatie en kiezen jullie per voorstel: goedkeuren, "
        "inkorten of tegenhouden (veto).",
        "You are the municipal executive. The residents make proposals, work them out and "
        "decide; at each review the simulation pauses and you choose for every proposal: "
        "approve, trim or veto."),
    "game_with": ("Speel met", "Play with"),
    "game_with_current": ("de instellingen van 'Groepen kiezen instellingen'",
                          "the settings of 'Groups choose settings'"),
    "game_rules_head": ("<b>Extra regels in het kader</b> (kies ze vóór de start):",
                        "<b>Extra rules in the framework</b> (choose them before the start):"),
    "game_rule_max_cost": ("hoogstens dit bedrag per project (euro):",
                           "at most this amount a project (euro):"),
    "game_rule_no_theme": ("geen ideeën rond het thema:", "no ideas on the theme:"),
    "game_rule_min_supporters": ("minstens zoveel bewoners steunen het idee:",
                                 "at least this many residents back the idea:"),
    "game_rules_note": (
        "De regels werken via de toets van de procesbegeleider: zonder uren procesbegeleiding "
        "wordt geen idee getoetst, en dan hebben ze geen effect.",
        "The rules act through the facilitator's check: without facilitator hours no idea is "
        "checked, and then they have no effect."),
    "game_start": ("Start het spel", "Start the game"),
    "game_next": ("Beslis en speel verder", "Decide and play on"),
    "game_no_rules": ("geen extra regels", "no extra rules"),
    "game_proposal": ("Voorstel {id}", "Proposal {id}"),
    "game_waiting_one": ("Week {week}: 1 voorstel wacht op jullie oordeel. Tot nu toe {counts}. "
                         "Kader: {rules}.",
                         "Week {week}: 1 proposal awaits your verdict. So far {counts}. "
                         "Framework: {rules}."),
    "game_waiting": ("Week {week}: {n} voorstellen wachten op jullie oordeel. Tot nu toe "
                     "{counts}. Kader: {rules}.",
                     "Week {week}: {n} proposals await your verdict. So far {counts}. "
                     "Framework: {rules}."),
    "game_counts": ("{approve} goedgekeurd, {trim} ingekort, {veto} tegengehouden",
                    "{approve} approved, {trim} trimmed, {veto} vetoed"),
    "game_nothing_waiting": ("er wacht geen voorstel op jullie oordeel; start het spel",
                             "no proposal awaits your verdict; start the game"),
    "game_over": ("Het spel is afgelopen na week {week}: {counts}.",
                  "The game ended after week {week}: {counts}."),
    "game_end_head": ("Wat deden jullie keuzes? Dezelfde buurt, hetzelfde startgetal ({seed})",
                      "What did your choices do? The same neighbourhood, the same seed ({seed})"),
    "game_end_points": ("Gespreksstof uit jullie simulatie", "Talking points from your run"),
    "game_row_rules": ("extra regels", "extra rules"),
    "game_row_control": ("controle door de gemeente", "control by the municipality"),
    "game_your_verdicts": ("jullie beslissingen", "your decisions"),
    "game_yours": ("jullie gemeente", "your municipality"),
    "game_hands_off": ("loslatende gemeente", "hands-off municipality"),
    "game_strict": ("strenge gemeente", "strict municipality"),
    # the debrief
    "debrief_intro": (
        "De drie tot vijf opvallendste momenten uit de laatste simulatie van een groep, als "
        "opstap voor de nabespreking. De straten in het model hebben een nummer, geen naam.",
        "The three to five most telling moments of a group's last run, to start the debrief. "
        "The streets in the model have a number, not a name."),
    "debrief_group": ("Groep", "Group"),
    "debrief_button": ("Toon de gespreksstof", "Show the talking points"),
    "debrief_choose": ("kies eerst een groep; nog geen simulaties in het logboek?",
                       "choose a group first; are there no runs in the log yet?"),
    "debrief_head": ("<b>{group}</b>, laatste simulatie (startgetal {seed}):",
                     "<b>{group}</b>, last run (seed {seed}):"),
    # the report
    "report_intro": (
        "Een rapport van één pagina (HTML, druk af als PDF) met de instellingen van de gekozen "
        "groepen (één tot vier), hun uitkomsten met de spreiding, twee grafieken en de "
        "beperkingen van het model. Het komt in de map van het logboek; een bestaand rapport "
        "wordt nooit overschreven.",
        "A one-page report (HTML, print it as PDF) with the settings of the chosen groups (one "
        "to four), their outcomes with their spread, two charts and the limits of the model. "
        "It goes into the log folder; an existing report is never overwritten."),
    "report_groups": ("Groepen", "Groups"),
    "report_button": ("Maak het rapport", "Make the report"),
    "report_count": ("kies één tot vier groepen voor het rapport (nu {n}); houd Ctrl ingedrukt "
                     "om er meer te kiezen",
                     "choose one to four groups for the report (now {n}); hold Ctrl to choose "
                     "more than one"),
    "report_busy": ("Bezig met rekenen … ({runs} simulaties per groep)",
                    "Computing … ({runs} runs per group)"),
    "report_saved": ("Rapport bewaard: <code>{path}</code> · {link} ({runs} simulaties per groep, "
                     "startgetallen {first}-{last}). Open het in een browser en kies Afdrukken → "
                     "Opslaan als PDF.",
                     "Report saved: <code>{path}</code> · {link} ({runs} runs per group, seeds "
                     "{first}-{last}). Open it in a browser and choose Print → Save as PDF."),
    "report_download": ("download", "download"),
}

#: the terminal of ``buurtsim workshop`` and the page a device sees without the token
SERVER: dict[str, tuple[str, str]] = {
    "serve_running": ("Workshop buurtbudget: het dashboard draait.",
                      "Buurtbudget workshop: the dashboard is running."),
    "serve_log": ("Logboek:", "Log:"),
    "serve_trainer": ("Trainer:", "Trainer:"),
    "serve_trainer_note": ("(voor de projector: kies hier de map, de vergelijking vernieuwt "
                           "vanzelf)",
                           "(for the projector: choose the folder here; the comparison "
                           "refreshes by itself)"),
    "serve_groups": ("Groepen:", "Groups:"),
    "serve_token": ("Token (code):", "Token (code):"),
    "serve_scan": ("Elke groep verbindt met hetzelfde netwerk en scant de QR-code hieronder.",
                   "Each group joins the same network and scans the QR code below."),
    "serve_also": ("Ook bereikbaar op {address}", "Also reachable at {address}"),
    "serve_local": ("Alleen op deze laptop. Voor elke groep een eigen toestel: --lan.",
                    "On this laptop only. For every group on its own device: --lan."),
    "serve_stop": ("Stoppen: Ctrl+C. Gesloten pagina's stoppen na {minutes} minuten.",
                   "To stop: Ctrl+C. Closed pages stop after {minutes} minutes."),
    "serve_qr_elsewhere": ("(de QR-code staat ook op het trainersscherm)",
                           "(the QR code is on the trainer view too)"),
    "serve_no_network": ("deze laptop zit op geen enkel netwerk: zet de hotspot aan of verbind "
                         "met de wifi van de zaal, en start opnieuw",
                         "this laptop is on no network: switch its hotspot on or join the "
                         "room's wifi, then start again"),
    "serve_port_busy": ("poort {port} is al in gebruik; kies een andere met --port",
                        "port {port} is already in use; choose another with --port"),
    # the login page (a device that opened the address without the token)
    "login_title": ("Workshop buurtbudget: even aanmelden", "Buurtbudget workshop: sign in"),
    "login_lead": ("Deze pagina vraagt de code van de workshop.",
                   "This page asks for the workshop's code."),
    "login_scan": ("Het makkelijkst: scan de QR-code op het scherm van de trainer (de projector) "
                   "met de camera van je gsm of tablet. Dan ben je meteen binnen.",
                   "The easiest way: scan the QR code on the trainer's screen (the projector) "
                   "with the camera of your phone or tablet. That brings you straight in."),
    "login_type": ("Of typ hieronder de code (token) die bij <i>Token (code)</i> op het scherm "
                   "van de trainer staat, en klik op <b>Ga naar het dashboard</b>.",
                   "Or type below the code (token) shown next to <i>Token (code)</i> on the "
                   "trainer's screen, and click <b>Go to the dashboard</b>."),
    "login_label": ("Code (token)", "Code (token)"),
    "login_button": ("Ga naar het dashboard", "Go to the dashboard"),
    "login_wrong": ("Die code klopt niet. Kijk nog eens naar het scherm van de trainer: de code "
                    "staat bij <i>Token (code)</i>.",
                    "That code is not right. Look again at the trainer's screen: the code is "
                    "next to <i>Token (code)</i>."),
    "login_wifi": ("Lukt het niet? Controleer of je op de wifi van de trainer zit, en vraag de "
                   "trainer om hulp.",
                   "Still stuck? Check that you are on the trainer's wifi, and ask the trainer "
                   "for help."),
}
# fmt: on
