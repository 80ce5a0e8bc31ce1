"""Workshop mode: the group log, debrief talking points, playing the municipality, reports."""

from .debrief import Moment, debrief, moments
from .export import export_results, write_new
from .log import (
    GROUP_OUTCOMES,
    LOG_NAME,
    LOG_VERSION,
    META_COLUMNS,
    SIDE_NAME,
    NameTakenError,
    WorkshopLog,
    WorkshopLogError,
    batch_labels,
    compare_groups,
    log_columns,
)
from .play import VERDICTS, MunicipalityGame, Pending, Rule, make_rule
from .report import build_report, format_outcome, report_main, write_report
from .words import idea_label, settings_in_words, street_label

__all__ = [
    "GROUP_OUTCOMES",
    "LOG_NAME",
    "LOG_VERSION",
    "META_COLUMNS",
    "SIDE_NAME",
    "VERDICTS",
    "Moment",
    "MunicipalityGame",
    "NameTakenError",
    "Pending",
    "Rule",
    "WorkshopLog",
    "WorkshopLogError",
    "batch_labels",
    "build_report",
    "compare_groups",
    "debrief",
    "export_results",
    "format_outcome",
    "idea_label",
    "log_columns",
    "make_rule",
    "moments",
    "report_main",
    "settings_in_words",
    "street_label",
    "write_new",
    "write_report",
]
