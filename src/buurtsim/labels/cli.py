"""Words of the ``buurtsim`` command line and of the scenario-file errors (issues 10 and 11).

:data:`CLI` holds the command line's messages, what ``run`` and ``sweep`` print, the Dutch and
English of argparse's own errors, and the words of the one-page report; :data:`SCENARIO` holds
the sentences a bad scenario file is refused with. :mod:`buurtsim.scenarios.load` reads
:data:`SCENARIO` directly (it cannot import :mod:`buurtsim.i18n`, which imports the scenarios);
everything else goes through :func:`buurtsim.i18n.t` and :func:`buurtsim.i18n.tf`.
"""

from __future__ import annotations

# fmt: off
CLI: dict[str, tuple[str, str]] = {
    # the prefixes of what goes to stderr
    "cli_error": ("fout", "error"),
    "cli_note": ("let op", "note"),
    "cli_interrupted": ("onderbroken", "interrupted"),
    "cli_see_help": ("(zie `{prog} --help`)", "(see `{prog} --help`)"),
    "cli_bad_lang": ("--lang: '{value}' is geen taal van buurtsim; kies nl of en",
                     "--lang: '{value}' is not a buurtsim language; choose nl or en"),
    "cli_help_lang": ("de taal van alles wat het commando schrijft: nl of en (standaard: "
                      "$BUURTSIM_LANG, anders nl)",
                      "the language of everything the command writes: nl or en (default: "
                      "$BUURTSIM_LANG, else nl)"),
    # argparse's own errors (the usage line above them stays argparse's English)
    "cli_ap_required": ("deze argumenten ontbreken: {names}",
                        "the following arguments are required: {names}"),
    "cli_ap_unknown": ("onbekende argumenten: {names}", "unrecognised arguments: {names}"),
    "cli_ap_argument": ("optie {name}: {message}", "argument {name}: {message}"),
    "cli_ap_choice": ("ongeldige keuze: {value} (kies uit {choices})",
                      "invalid choice: {value} (choose from {choices})"),
    "cli_ap_one": ("verwacht één waarde", "expected one argument"),
    "cli_ap_some": ("verwacht minstens één waarde", "expected at least one argument"),
    "cli_ap_with": ("gaat niet samen met {name}", "not allowed with argument {name}"),
    "cli_ap_one_of": ("een van deze opties is nodig: {names}",
                      "one of the arguments {names} is required"),
    "cli_ap_ambiguous": ("dubbelzinnige optie: {option} kan {matches} zijn",
                         "ambiguous option: {option} could match {matches}"),
    "cli_ap_invalid": ("ongeldige waarde: {value}", "invalid value: {value}"),
    "cli_whole": ("moet een geheel getal van minstens {minimum} zijn, niet {value}",
                  "must be a whole number of at least {minimum}, not {value}"),
    # installation
    "cli_no_module": ("deze installatie van buurtsim heeft geen {module}",
                      "this installation of buurtsim has no {module}"),
    "cli_needs_dask": ("{module} heeft Dask nodig; installeer het met: pip install "
                       "'buurtsim[dask]'",
                       "{module} needs Dask; install it with: pip install 'buurtsim[dask]'"),
    "cli_needs_voila": ("voor het dashboard zijn Voilà en JupyterLab nodig: pip install "
                        "'buurtsim[lab]'",
                        "the dashboard needs Voilà and JupyterLab: pip install 'buurtsim[lab]'"),
    # output folders and files
    "cli_out_create": ("de uitvoermap {folder} kan niet gemaakt worden: {reason}",
                       "cannot create the output folder {folder}: {reason}"),
    "cli_out_is_file": ("{folder} kan geen uitvoermap zijn: het is een bestand",
                        "cannot use {folder} as the output folder: it is a file"),
    "cli_out_write": ("in de uitvoermap {folder} kan niet geschreven worden: {reason}",
                      "cannot write to the output folder {folder}: {reason}"),
    "cli_out_taken": ("{requested} bevat al resultaten, dus deze gaan naar {folder}",
                      "{requested} already holds results, so these go to {folder} instead"),
    "cli_results_write": ("de resultaten kunnen niet in {folder} geschreven worden: {reason}",
                          "cannot write the results to {folder}: {reason}"),
    "cli_results_in": ("Resultaten in {folder}: {files}", "Results in {folder}: {files}"),
    "cli_bar_unit": ("simulatie", "run"),
    # run
    "cli_pb_write": ("de .pb-bestanden kunnen niet in {folder} geschreven worden: {reason}",
                     "cannot write the .pb files to {folder}: {reason}"),
    "cli_pb_undecided": ("geen beslissing (simulatie te kort) bij {seeds}",
                         "no decision (run too short) for {seeds}"),
    "cli_one_run": ("één simulatie", "one run"),
    "cli_runs": ("{runs} simulaties", "{runs} runs"),
    "cli_seed": ("startgetal {seed}", "seed {seed}"),
    "cli_seeds": ("startgetallen {first}-{last}", "seeds {first}-{last}"),
    "cli_median": ("mediaan", "median"),
    "cli_spread_head": ("10% tot 90% van de simulaties", "10% to 90% of runs"),
    "cli_range": ("{low} tot {high}", "{low} to {high}"),
    "cli_na": ("–", "n/a"),
    "cli_none": ("geen", "none"),
    "cli_none_in": ("(geen in {none} van {runs} simulaties)", "(none in {none} of {runs} runs)"),
    "cli_s_participation": ("deelname (ooit meegedaan)", "participation (ever took part)"),
    "cli_s_vulnerable": ("  bij kwetsbare bewoners", "  among vulnerable residents"),
    "cli_s_kickoff": ("opkomst op de startavond", "kick-off attendance"),
    "cli_s_proposals": ("voorstellen", "proposals"),
    "cli_s_funded": ("initiatieven met geld", "initiatives funded"),
    "cli_s_realised": ("initiatieven gerealiseerd", "initiatives realised"),
    "cli_s_sustained": ("initiatieven die blijven", "initiatives sustained"),
    "cli_s_spent": ("euro besteed van {budget}", "euro spent of {budget}"),
    "cli_s_escalated": ("geëscaleerde conflicten", "conflicts escalated"),
    "cli_s_cohesion": ("samenhang, begin -> einde", "cohesion, start -> end"),
    "cli_s_trust": ("vertrouwen in de gemeente op het einde",
                    "trust in the municipality at the end"),
    "cli_s_lonely": ("eenzame kwetsbare bewoners, begin -> einde",
                     "lonely vulnerable residents, start -> end"),
    "cli_s_weeks": ("weken van startavond tot eerste realisatie",
                    "weeks from kick-off to first realisation"),
    # sweep
    "cli_w_participation": ("deelname", "participation"),
    "cli_w_proposals": ("voorstellen", "proposals"),
    "cli_w_realised": ("gerealiseerd", "realised"),
    "cli_w_escalated": ("geëscaleerd", "escalated"),
    "cli_w_cohesion": ("winst samenhang", "cohesion gain"),
    "cli_w_ownership": ("eigenaarschap", "ownership"),
    "cli_w_trust": ("vertrouwen", "trust"),
    "cli_sweep_head": ("{name} ({source}): {param} gevarieerd, {runs} simulatie(s) per waarde, "
                       "{seeds}; medianen:",
                       "{name} ({source}): sweep over {param}, {runs} run(s) per value, {seeds}; "
                       "medians:"),
    "cli_sweep_replaces": ("de variatie van {param} vervangt zijn waarde uit --set",
                           "the sweep over {param} replaces its --set value"),
    "cli_unknown_param": ("--param: onbekende parameter `{param}`; {hint}",
                          "--param: unknown parameter `{param}`; {hint}"),
    "cli_did_you_mean": ("bedoel je {names}", "did you mean {names}"),
    "cli_or": ("of", "or"),
    "cli_allowed": ("toegestaan: {names}", "allowed: {names}"),
    "cli_empty_value": ("--values: in {text} ontbreekt een waarde; geef waarden gescheiden door "
                        "komma's, bv. 0.1,0.5",
                        "--values: {text} has an empty value; give values separated by commas, "
                        "e.g. 0.1,0.5"),
    # validate
    "cli_valid": ("OK: {path} is een geldig scenario", "OK: {path} is a valid scenario"),
    "cli_all_default": ("  elke waarde is de standaardwaarde", "  every value is the default"),
    "cli_differs": ("  waarden die van de standaard afwijken:",
                    "  values that differ from the defaults:"),
    "cli_default_was": ("standaard {value}; {label}", "default {value}; {label}"),
    # validate-pilot
    "cli_p_pilot": ("pilot", "pilot"),
    "cli_p_figure": ("uitkomst", "outcome"),
    "cli_p_observed": ("in de pilot", "observed"),
    "cli_p_band": ("band", "band"),
    "cli_p_median": ("mediaan", "median"),
    "cli_p_inside": ("binnen", "inside"),
    "cli_p_about": ("ongeveer {value}", "about {value}"),
    "cli_p_within": ("hoogstens {value} euro", "within {value} euro"),
    "cli_p_months": ("{value} maanden", "{value} months"),
    "cli_p_seeds": ("{runs} simulaties per pilot (startgetallen {first}-{last}); binnen = het "
                    "deel van de simulaties waarvan de uitkomst in de band ligt, grenzen "
                    "inbegrepen.",
                    "{runs} runs per pilot (seeds {first}-{last}); inside = share of runs whose "
                    "figure lies in the band, ends included."),
    # sensitivity
    "cli_workers_alone": ("--workers geldt alleen samen met --local-cluster",
                          "--workers only applies with --local-cluster"),
    "cli_scheduler": ("de Dask-planner op {address} is niet bruikbaar: {reason}",
                      "could not use the Dask scheduler at {address}: {reason}"),
    # report
    "cli_report_html": ("--out: het verslag is een HTML-bestand; geef een naam die op .html "
                        "eindigt, niet {out}",
                        "--out: the report is an HTML file; give a name ending in .html, "
                        "not {out}"),
    "cli_report_in_file": ("--out: het verslag kan niet in {folder}: dat is een bestand",
                           "--out: cannot write the report into {folder}: it is a file"),
    "cli_report_mkdir": ("--out: de map {folder} kan niet gemaakt worden: {reason}",
                         "--out: cannot create the folder {folder}: {reason}"),
    "cli_report_no_write": ("--out: in de map {folder} kan niet geschreven worden",
                            "--out: cannot write to the folder {folder}"),
    "cli_report_write": ("het verslag {out} kan niet geschreven worden: {reason}",
                         "cannot write the report {out}: {reason}"),
    "cli_report_exists": ("{out} bestaat al, dus het verslag staat in {written}",
                          "{out} already exists, so the report went to {written}"),
    "cli_report_written": ("Verslag geschreven in {written}", "Report written to {written}"),
    "cli_report_no_scenario": ("geef minstens één scenariobestand",
                               "give at least one scenario file"),
    "cli_report_runs": ("--runs: minstens 1, niet {runs}", "--runs must be at least 1, not {runs}"),
    "cli_report_not_html": (
        "het verslag is een HTML-bestand: geef --out een naam die op .html eindigt, niet {out}",
        "the report is an HTML file: give --out a name ending in .html, not {out}"),
}

#: the one-page report of :mod:`buurtsim.workshop.report`
REPORT: dict[str, tuple[str, str]] = {
    "rp_title_many": ("{n} scenario's vergeleken", "{n} scenarios compared"),
    "rp_question": ("Wat verandert er in de buurt als de gemeente meer of minder controle houdt? "
                    "Een simulatie met buurtsim.",
                    "What changes in the neighbourhood when the municipality keeps more or less "
                    "control? A simulation with buurtsim."),
    "rp_settings": ("Instellingen", "Settings"),
    "rp_outcomes": ("Belangrijkste uitkomsten", "Key outcomes"),
    "rp_median_head": ("mediaan over {runs} simulaties", "median over {runs} runs"),
    "rp_caveats_head": ("Lees dit met voorzichtigheid", "Read this with care"),
    "rp_setting": ("instelling", "setting"),
    "rp_baseline": ("basis", "baseline"),
    "rp_defaults": ("standaardwaarden", "the defaults"),
    "rp_same_one": ("Het scenario heeft dezelfde instellingen als {base} (de basis).",
                    "The scenario has the same settings as {base} (the baseline)."),
    "rp_same_all": ("Alle scenario's hebben dezelfde instellingen als {base} (de basis).",
                    "All scenarios have the same settings as {base} (the baseline)."),
    "rp_caveat_model": (
        "Dit is een model, geen voorspelling. Het toont wat volgt uit de aannames, niet wat in "
        "een echte buurt zal gebeuren: lees vooral de verschillen tussen scenario's, niet de "
        "getallen op zich.",
        "This is a model, not a forecast. It shows what follows from its assumptions, not what "
        "will happen in a real neighbourhood: read the differences between scenarios rather than "
        "the numbers themselves."),
    "rp_caveat_sources": (
        "Alleen de feiten van de pilots in Arendonk en Olmen (2018-2019) komen uit bronnen; de "
        "meeste getallen in het model zijn aannames, als zodanig gelabeld in het scenarioschema.",
        "Only the facts of the pilots in Arendonk and Olmen (2018-2019) come from sources; most "
        "numbers in the model are assumptions, labelled as such in the scenario schema."),
    "rp_caveat_spread": (
        "De spreiding (10-90%) komt van {runs} simulaties met een ander toeval (startgetallen "
        "{first} tot en met {last}). Ze zegt niets over hoe juist de aannames zelf zijn.",
        "The spread (10-90%) comes from {runs} runs with different chance (seeds {first} to "
        "{last}). It says nothing about how right the assumptions themselves are."),
    "rp_caveat_validation": (
        "Hoe goed het model de pilots nabootst en waar het tekortschiet, staat in {path}.",
        "How well the model reproduces the pilots, and where it falls short, is in {path}."),
    "rp_footer": ("Gemaakt met buurtsim {version} op {date} · {runs} simulaties per scenario, "
                  "startgetallen {first}–{last}",
                  "Made with buurtsim {version} on {date} · {runs} runs per scenario, seeds "
                  "{first}–{last}"),
    "rp_again": ("opnieuw maken", "make it again"),
    "rp_date_format": ("%d-%m-%Y", "%d %B %Y"),
    "rp_bars_alt": ("Staafdiagram: uitkomsten per scenario ({names})",
                    "Bar chart: outcomes per scenario ({names})"),
    "rp_bands_alt": ("Lijnen: sociale cohesie en deelnemers per week, per scenario",
                     "Lines: social cohesion and participants per week, per scenario"),
    "rp_legend_alt": ("Legende van beide figuren: {names}", "Key to both figures: {names}"),
    "rp_bars_caption": ("Mediaan over {runs} simulaties; de streepjes tonen 10-90% van de "
                        "simulaties.",
                        "Median over {runs} runs; the whiskers show 10-90% of the runs."),
    "rp_bands_caption": ("Sociale cohesie (0-1) en het aantal deelnemers, week per week: "
                         "mediaan en 10-90%-band; de kleuren zijn die van de staven.",
                         "Social cohesion (0-1) and the number of participants, week by week: "
                         "median and 10-90% band; the colours are those of the bars."),
}

#: what a bad scenario file (or ``--set``) is refused with; ``{key}`` is the dotted parameter
SCENARIO: dict[str, tuple[str, str]] = {
    "sc_count": ("{source}: aantal problemen: {count}", "{source}: {count} problem(s)"),
    "sc_bad_value": ("`{key}` kan niet {value} zijn; toegestaan is {allowed}",
                     "`{key}` has the value {value}, which is not allowed; allowed: {allowed}"),
    "sc_not_mapping": ("`{key}` moet sleutels met hun waarden bevatten, niet {value}",
                       "`{key}` must be a mapping of keys to values, not {value}"),
    "sc_unknown_key": ("onbekende sleutel `{key}`{where}; toegestane sleutels: {allowed}",
                       "unknown key `{key}`{where}; allowed keys: {allowed}"),
    "sc_in_section": (" in `{section}`", " in `{section}`"),
    "sc_top_not_mapping": (
        "het scenario moet uit onderdelen bestaan (zoals `budget:`), niet {value}",
        "the scenario must be a mapping of sections (such as `budget:`), not {value}"),
    "sc_no_file": ("het bestand {source} bestaat niet", "the file {source} does not exist"),
    "sc_folder": ("{source} is een map, geen scenariobestand",
                  "{source} is a folder, not a scenario file"),
    "sc_yaml": ("fout in de YAML-opmaak{where}: {problem}", "YAML syntax error{where}: {problem}"),
    "sc_yaml_end": (" aan het einde van het bestand (regel {line})",
                    " at the end of the file (line {line})"),
    "sc_yaml_at": (" op regel {line}, kolom {column}", " at line {line}, column {column}"),
    "sc_yaml_other": ('de YAML-lezer meldt "{problem}"', "{problem}"),
    "sc_not_text": ("{source} is geen tekstbestand (UTF-8)", "{source} is not a text (UTF-8) file"),
    "sc_not_dotted": (
        "`{key}` is geen sleutel met een punt; schrijf onderdeel.naam, bv. municipality.control",
        "`{key}` is not a dotted key; write it as section.name, e.g. municipality.control"),
    "sc_not_assignment": (
        "`{text}` heeft niet de vorm key=value, bv. municipality.control=0.9",
        "`{text}` is not of the form key=value, e.g. municipality.control=0.9"),
    "sc_one_of": ("een van {names}", "one of {names}"),
    "sc_text": ("tekst", "text"),
    "sc_whole": ("een geheel getal", "a whole number"),
    "sc_number": ("een getal", "a number"),
    "sc_range": ("{noun} van {low} tot {high}", "{noun} from {low} to {high}"),
    # what a panel shows, naming the parameter by its label rather than its key
    "sc_panel_bad_value": ("{label}: de waarde {value} kan niet; toegestaan is {allowed}.",
                           "{label}: the value {value} is not allowed; allowed is {allowed}."),
}

#: PyYAML's words for the usual slips in a scenario file, in plain words (a pattern, Dutch,
#: English); any other problem is quoted as PyYAML says it (``sc_yaml_other``)
YAML_PROBLEMS: tuple[tuple[str, str, str], ...] = (
    (r"^mapping values are not allowed", "hier mag geen ':' staan; controleer de inspringing",
     "a ':' is not allowed here; check the indentation"),
    (r"found character '\\t'", "een tab; spring in met spaties, niet met tabs",
     "a tab; indent with spaces, not tabs"),
    (r"^expected ',' or '[\]}]'", "een haakje is niet gesloten, of er ontbreekt een komma",
     "a bracket is not closed, or a comma is missing"),
    (r"^found unexpected end of stream", "het bestand houdt op midden in een waarde (een "
     "aanhalingsteken dat niet gesloten is?)",
     "the file ends in the middle of a value (a quote that is not closed?)"),
    (r"^expected <block end>", "de inspringing klopt niet", "the indentation is not right"),
)
# fmt: on
