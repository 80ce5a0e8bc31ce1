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
    "log_cell_seed": ("de seed is {value!r} en dat is geen geheel getal",
                      "the `seed` is {value!r}, which is not a whole number"),
    "log_cell_number": ("`{column}` is {value!r} en dat is geen getal",
                        "`{column}` is {value!r}, which is not a number"),
    "log_row_fields": ("deze rij heeft {found} velden, de kopregel {header}",
                       "this row has {found} fields where the header has {header}"),
    "log_row_csv": ("deze regel is geen geldige CSV ({reason})",
                    "this line is not valid CSV ({reason})"),
    "log_damaged_aside": (
        "{count} beschadigde regel(s) ({lines}) staan nu apart in {side}; "
        "alle andere runs tellen gewoon mee",
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
