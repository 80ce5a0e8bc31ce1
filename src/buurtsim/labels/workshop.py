"""Words of the workshop: the log's messages, the served dashboard and its sessions.

Entries with ``{name}`` placeholders are filled with :func:`buurtsim.i18n.tf`.
"""

from __future__ import annotations

# fmt: off
LOG: dict[str, tuple[str, str]] = {
    # a log found on disk
    "log_no_header": ("het bestand heeft geen kopregel",
                      "the file has no header"),
    "log_header_start": ("de kopregel moet beginnen met {start}; dit is geen logboek van buurtsim",
                         "the header must start with {start}; this is not a buurtsim log"),
    "log_header_twice": ("de kolom(men) {columns} staan twee keer in de kopregel",
                         "column(s) {columns} appear twice in the header"),
    "log_cell_seed": ("het startgetal (kolom `seed`) is {value!r} en dat is geen geheel getal",
                      "the `seed` is {value!r}, which is not a whole number"),
    "log_cell_number": ("`{column}` is {value!r} en dat is geen getal",
                        "`{column}` is {value!r}, which is not a number"),
    "log_row_fields": ("deze rij heeft {found} velden, de kopregel {header}",
                       "this row has {found} fields where the header has {header}"),
    "log_row_csv": ("deze regel is geen geldige CSV ({reason})",
                    "this line is not valid CSV ({reason})"),
    "log_damaged_aside": (
        "{count} beschadigde regel(s) ({lines}) staan nu apart in {side}; "
        "alle andere simulaties tellen gewoon mee",
        "{count} damaged line(s) ({lines}) are set aside in {side}; "
        "every other run still counts"),
    "log_damaged_skipped": (
        "{count} beschadigde regel(s) ({lines}) worden overgeslagen; "
        "het logboek is alleen-lezen, dus ze blijven staan",
        "{count} damaged line(s) ({lines}) are skipped; the log is read-only, so they stay"),
    # saving
    "log_read_only": (
        "het logboek is beveiligd tegen schrijven (alleen-lezen); er is niets veranderd. "
        "Maak het bestand weer schrijfbaar of kies een andere map",
        "the log is write-protected (read-only); nothing was changed. "
        "Make the file writable again or choose another folder"),
    "log_not_saved": ("bewaren in {folder} lukte niet: {reason}; er is niets veranderd",
                      "could not save in {folder}: {reason}; nothing was changed"),
    "log_locked": ("een ander programma houdt {name} al {seconds} s vast",
                   "another program has held {name} for {seconds} s"),
    "log_name_taken": (
        "de naam {group!r} wordt al gebruikt door een andere groep (op een ander toestel); "
        "kies een andere naam, bv. {suggestion!r}",
        "the name {group!r} is already used by another group (on another device); "
        "choose another name, e.g. {suggestion!r}"),
    # an operating system's refusal, in words
    "os_EACCES": ("geen toestemming om hier te schrijven", "no permission to write here"),
    "os_EPERM": ("geen toestemming om hier te schrijven", "no permission to write here"),
    "os_ENOSPC": ("de schijf is vol", "the disk is full"),
    "os_EDQUOT": ("de schijf is vol", "the disk is full"),
    "os_EROFS": ("de schijf is alleen-lezen (bv. een beveiligde USB-stick)",
                 "the disk is read-only (e.g. a locked USB stick)"),
    "os_ENOENT": ("de map bestaat niet (meer)", "the folder does not exist (any more)"),
    "os_ENOTDIR": ("een deel van het pad is een bestand, geen map",
                   "part of the path is a file, not a folder"),
    "os_EISDIR": ("er staat een map met die naam", "a folder has that name"),
    "os_EBUSY": ("het bestand is in gebruik door een ander programma (bv. Excel)",
                 "the file is in use by another program (e.g. Excel)"),
    "os_EIO": ("de schijf gaf een leesfout of schrijffout", "the disk gave an input/output error"),
    "os_other": ("het besturingssysteem weigerde (foutcode {code})",
                 "the operating system refused (error {code})"),
}
# fmt: on

# fmt: off
DASHBOARD: dict[str, tuple[str, str]] = {
    # number fields
    "field_empty": ("{field} is leeg; typ een geheel getal van {lo} tot {hi}",
                    "{field} is empty; type a whole number from {lo} to {hi}"),
    "field_whole": ("{field}: {value!r} is geen geheel getal; typ een geheel getal van {lo} tot "
                    "{hi}, zonder punt of komma",
                    "{field}: {value!r} is not a whole number; type a whole number from {lo} to "
                    "{hi}, without a point or comma"),
    "field_range": ("{field}: {value} ligt niet tussen {lo} en {hi}",
                    "{field}: {value} is not between {lo} and {hi}"),
    "field_runs": ("Aantal simulaties", "Runs"),
    "field_seed": ("Startgetal van de eerste simulatie", "Seed of the first run"),
    "field_game_seed": ("Startgetal", "Seed"),
    "field_max_cost": ("Hoogstens dit bedrag per project", "At most this amount a project"),
    "field_min_supporters": ("Minstens zoveel bewoners", "At least this many residents"),
    # the group and its device
    "group_name": ("Naam van de groep", "Group name"),
    "group_missing": ("geef je groep eerst een naam, bv. Groep 1",
                      "give your group a name first, e.g. Group 1"),
    "group_long": ("de naam van de groep is {n} tekens lang; hoogstens 80",
                   "the group name is {n} characters long; at most 80"),
    "group_is": ("Jullie groep: <b>{group}</b>", "Your group: <b>{group}</b>"),
    "new_group": ("Nieuwe groep", "New group"),
    "new_group_done": ("Nieuwe groep: de instellingen staan terug zoals in {base}. Geef jullie "
                       "naam in.",
                       "New group: the settings are back as in {base}. Type your name."),
    # saving
    "busy_runs": ("Bezig met rekenen … ({runs} simulaties)", "Computing … ({runs} runs)"),
    "not_saved": ("De simulaties zijn <b>niet</b> bewaard, maar ze zijn niet weg: ze staan "
                  "hieronder. Los het probleem op en klik op <b>Probeer opnieuw te bewaren</b>, of "
                  "download ze.",
                  "The runs were <b>not</b> saved, but they are not lost: they are below. "
                  "Solve the problem and click <b>Try saving again</b>, or download them."),
    "retry": ("Probeer opnieuw te bewaren", "Try saving again"),
    "download_runs": ("download de simulaties (CSV)", "download the runs (CSV)"),
    "nothing_to_retry": ("er wachten geen simulaties om bewaard te worden",
                         "no runs are waiting to be saved"),
    "kept_medians": ("Mediaan van de {runs} simulaties: {proposals} voorstellen, {realised} "
                     "gerealiseerd, {spent} uitgegeven.",
                     "Median of the {runs} runs: {proposals} proposals, {realised} realised, "
                     "{spent} spent."),
    "unexpected": ("er liep iets mis; probeer het opnieuw. Blijft het misgaan, herlaad dan de "
                   "pagina (F5): wat bewaard is, blijft bewaard",
                   "something went wrong; try again. If it keeps failing, reload the page (F5): "
                   "what was saved stays saved"),
    # a page and its server
    "lost_server": ("<b>De verbinding met de server is weg.</b> Wat nu: zit je nog op de wifi van "
                    "de trainer? Vraag de trainer of het dashboard nog draait, en herlaad dan "
                    "deze pagina (F5). Wat jullie bewaarden, staat veilig in het logboek.",
                    "<b>The connection to the server is lost.</b> What now: are you still on the "
                    "trainer's wifi? Ask the trainer whether the dashboard still runs, then "
                    "reload this page (F5). What you saved is safe in the log."),
    "served_folder": ("Logboek: <code>{path}</code> · de trainer kiest de map",
                      "Log: <code>{path}</code> · the trainer chooses the folder"),
    "folder_for_all": ("Alle pagina's bewaren nu in <code>{path}</code>.",
                       "Every page now saves in <code>{path}</code>."),
    "folder_trainer_only": ("alleen de trainer kan de map van het logboek kiezen",
                            "only the trainer can choose the log folder"),
    "join_title": ("Doe mee met je eigen toestel", "Join with your own device"),
    "join_text": ("Verbind met de wifi van de trainer, scan de QR-code of open "
                  "<code>{url}</code>. De code (token) zit al in de link: <code>{token}</code>.",
                  "Connect to the trainer's wifi, scan the QR code or open <code>{url}</code>. "
                  "The code (token) is in the link already: <code>{token}</code>."),
    "trainer_view": ("Trainersscherm: de vergelijking vernieuwt zichzelf als een groep bewaart.",
                     "Trainer view: the comparison refreshes itself when a group saves."),
    "damaged_note": ("Let op: {text}.", "Note: {text}."),
    # playing the municipality
    "game_seed_moved": ("Met startgetal {asked} kwam geen enkel voorstel tot bij de gemeente; "
                        "jullie spelen met startgetal {used}, waar dat wel gebeurt.",
                        "With seed {asked} no proposal reached the municipality; you play with "
                        "seed {used}, where one does."),
    "game_no_proposals": ("met deze extra regels ({rules}) komt bij geen enkel startgetal van "
                          "{first} tot {last} een voorstel tot bij de gemeente; kies een ruimere "
                          "regel",
                          "with these extra rules ({rules}) no proposal reaches the municipality "
                          "for any seed from {first} to {last}; choose a looser rule"),
    "game_saved": ("Het spel van <b>{group}</b> staat in het logboek en in de vergelijking "
                   "(als <b>{label}</b>).",
                   "The game of <b>{group}</b> is in the log and in the comparison "
                   "(as <b>{label}</b>)."),
    "game_confirm": ("Het spel is nog bezig ({n} beslissingen). Het wordt pas bewaard als het "
                     "af is. Klik op <b>Ja, begin opnieuw</b> om het toch te stoppen.",
                     "The game is still running ({n} decisions). It is saved only when it "
                     "ends. Click <b>Yes, start again</b> to stop it anyway."),
    "game_confirm_button": ("Ja, begin opnieuw", "Yes, start again"),
    "game_restart": ("Begin opnieuw", "Start again"),
    "game_kind": ("gemeente", "municipality"),
}
# fmt: on
