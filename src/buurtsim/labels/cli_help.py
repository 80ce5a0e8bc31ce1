"""The ``--help`` of the ``buurtsim`` command line, in Dutch and English (issue 11).

:data:`CLI_HELP` holds argparse's own words (the ``usage:`` line, the headings of the option
lists, ``-h`` and ``--version``), the names that stand for a value (metavars that are words:
``COMMAND``, ``KEY``, ...; file names such as ``FILE.html`` and the letters ``N``, ``S``, ``P``
stay as they are), the description of every command and the help of every option. The command
line builds its parser in the current language (:mod:`buurtsim.cli.parser`).

Option names, file names, parameter keys and defaults are the same in both languages; only the
prose is translated. No text here holds a ``%``: argparse fills ``%(...)s`` in help texts.
"""

from __future__ import annotations

# fmt: off
CLI_HELP: dict[str, tuple[str, str]] = {
    # argparse's own words
    "clih_usage": ("gebruik: ", "usage: "),
    "clih_positionals": ("argumenten", "positional arguments"),
    "clih_options": ("opties", "options"),
    "clih_help": ("toon deze hulp en stop", "show this help message and exit"),
    "clih_version": ("toon het versienummer en stop", "show the version number and exit"),
    # the names that stand for a value
    "clih_mv_command": ("COMMANDO", "COMMAND"),
    "clih_mv_key": ("SLEUTEL", "KEY"),
    "clih_mv_assignment": ("SLEUTEL=WAARDE", "KEY=VALUE"),
    "clih_mv_values": ("W1,W2,...", "V1,V2,..."),
    "clih_mv_other": ("ANDER", "OTHER"),
    "clih_mv_dir": ("MAP", "DIR"),
    "clih_mv_folder": ("MAP", "FOLDER"),
    "clih_mv_name": ("NAAM", "NAME"),
    "clih_mv_rule": ("REGEL", "RULE"),
    # the program and its commands
    "clih_description": ("Bootst een Vlaams buurtbudget na met een agentgebaseerd model.",
                         "Simulate a Flemish buurtbudget (neighbourhood budget) with an "
                         "agent-based model."),
    "clih_run": ("een reeks simulaties van één scenario", "run an ensemble of one scenario"),
    "clih_sweep": ("een reeks simulaties voor elke waarde van één parameter",
                   "an ensemble for each value of one parameter"),
    "clih_validate": ("controleer scenariobestanden en toon wat ze veranderen",
                      "check scenario files and show what they change"),
    "clih_validate_pilot": ("vergelijk het model met de pilots van 2018-2019 in Arendonk en "
                            "Olmen",
                            "compare the model with the 2018-2019 pilots in Arendonk and Olmen"),
    "clih_sensitivity": ("gevoeligheidsanalyse van elke parameter (methode van Morris)",
                         "Morris screening of every parameter"),
    "clih_report": ("een verslag van één pagina (HTML) over een scenario, of een vergelijking "
                    "van scenario's",
                    "a one-page HTML report of a scenario, or of a comparison of scenarios"),
    "clih_ballots": ("vergelijk beslisregels op echte stemmen (een .pb-bestand)",
                     "compare decision rules on real ballots (.pb file)"),
    "clih_workshop": ("start het dashboard van de workshop (Voilà); --lan: elke groep op een "
                      "eigen toestel",
                      "serve the workshop dashboard (Voilà); --lan: every group on its own "
                      "device"),
    # options that several commands share (buurtsim.cli.options)
    "clih_scenario": ("een scenariobestand, bv. scenarios/arendonk.yaml",
                      "a scenario file, e.g. scenarios/arendonk.yaml"),
    "clih_seed": ("startgetal van de eerste simulatie; simulatie k krijgt startgetal S + k "
                  "(standaard: {default})",
                  "seed of the first run; run k uses seed S + k (default: {default})"),
    "clih_processes": ("aantal processen dat tegelijk rekent (standaard: één per kern); de "
                       "resultaten hangen er niet van af",
                       "worker processes (default: every core); results do not depend on it"),
    "clih_set": ("verander één parameter, bv. --set municipality.control=0.9 (mag meermaals)",
                 "change one parameter, e.g. --set municipality.control=0.9 (repeatable)"),
    "clih_out": ("uitvoermap (standaard: results/<{source}>-{what}<datum>-<tijd>); een map die "
                 "al resultaten bevat, wordt nooit overschreven",
                 "output folder (default: results/<{source}>-{what}<date>-<time>); a folder "
                 "that already holds results is never overwritten"),
    "clih_source_scenario": ("scenario", "scenario"),
    "clih_source_file": ("bestand", "file"),
    # run, sweep, validate, validate-pilot
    "clih_runs": ("aantal simulaties (standaard: {runs})", "runs (default: {runs})"),
    "clih_pb": ("schrijf ook de stemming van elke simulatie weg als Pabulib-bestand, "
                "`decision-seed<S>.pb`",
                "also write each run's decision stage as a Pabulib file, "
                "`decision-seed<S>.pb`"),
    "clih_param": ("de parameter, als sleutel met een punt, bv. budget.amount",
                   "dotted key, e.g. budget.amount"),
    "clih_values": ("waarden gescheiden door komma's, gelezen zoals bij --set",
                    "comma-separated values, read like --set values"),
    "clih_runs_per_value": ("simulaties per waarde (standaard: {runs})",
                            "runs per value (default: {runs})"),
    "clih_scenarios": ("een of meer scenariobestanden", "one or more scenario files"),
    "clih_runs_per_pilot": ("simulaties per pilot (standaard: {runs})",
                            "runs per pilot (default: {runs})"),
    # sensitivity
    "clih_trajectories": ("aantal trajecten van Morris (standaard: dat van "
                          "buurtsim.experiments.sensitivity.morris)",
                          "Morris trajectories (default: that of "
                          "buurtsim.experiments.sensitivity.morris)"),
    "clih_scheduler": ("reken op een bestaande Dask-cluster", "run on an existing Dask cluster"),
    "clih_local_cluster": ("start een Dask-cluster op deze computer",
                           "start a Dask cluster on this machine"),
    "clih_workers": ("aantal rekenprocessen van de --local-cluster",
                     "workers of the --local-cluster"),
    # report
    "clih_compare": ("scenariobestanden om naast SCENARIO te zetten (mag meermaals)",
                     "scenario files to set beside SCENARIO (repeatable)"),
    "clih_report_out": ("het verslag; bestaat het bestand al, dan gaat het verslag naar "
                        "FILE-2.html, ...",
                        "the report file; if it exists, the report goes to FILE-2.html, ... "
                        "instead"),
    "clih_runs_report": ("simulaties per scenario (standaard: dat van "
                         "buurtsim.workshop.report_main)",
                         "runs per scenario (default: that of buurtsim.workshop.report_main)"),
    # ballots
    "clih_ballots_file": ("een Pabulib-bestand, bv. data/pabulib/...",
                          "a Pabulib file, e.g. data/pabulib/..."),
    "clih_rules": ("de beslisregels om te vergelijken (standaard: alle): {rules}",
                   "rules to compare (default: all): {rules}"),
    # workshop
    "clih_lan": ("bereikbaar op het lokale netwerk (de hotspot van de trainer of de wifi van de "
                 "zaal): toont het adres, de code (token) en een QR-code",
                 "serve on the local network (the trainer's hotspot or the room's wifi): shows "
                 "the address, the token and a QR code"),
    "clih_dir": ("de map van het logboek van de workshop, vanaf hier (standaard: $WORKSHOP_DIR, "
                 "anders de map van de laatste workshop die hier startte, anders "
                 "./workshop-log)",
                 "the folder of the workshop log, relative to here (default: $WORKSHOP_DIR, "
                 "else the folder of the last workshop started here, else ./workshop-log)"),
    "clih_port": ("de poort (standaard: {port})", "the port (default: {port})"),
    "clih_cull": ("stop de kernel van een gesloten pagina na zoveel minuten stilte "
                  "(standaard: {minutes})",
                  "shut down the kernel of a closed page after this many idle minutes "
                  "(default: {minutes})"),
    "clih_token": ("de code (token) (standaard: een nieuwe, willekeurige)",
                   "the token (default: a new random one)"),
    "clih_no_browser": ("open geen browser", "do not open a browser"),
    # ablate (buurtsim.experiments.ablation)
    "clih_seeds": ("startgetallen per instelling (standaard: {runs}; de opdracht vraagt er "
                   "minstens 30)",
                   "seeds per setting (default: {runs}; the issue asks for at least 30)"),
    "clih_mechanisms": ("de mechanismen om uit te zetten, bv. support mediation (standaard: "
                        "alle)",
                        "mechanisms to switch off, e.g. support mediation (default: all)"),
    "clih_patterns": ("alleen deze patronen, bv. 2,8b (standaard: alle)",
                      "only these patterns, e.g. 2,8b (default: all)"),
}
# fmt: on
