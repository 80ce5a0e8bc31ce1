"""What ``buurtsim validate-pilot`` prints: the pilot table in the current language.

The same rows as :func:`buurtsim.experiments.validation.format_pilot_table` (which stays the
English Markdown of ``docs/validation.md``), for people: outcome labels instead of column names,
the observed figures in words, numbers with the language's separators.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from ..i18n import number, percent, t, tf

#: the observed figures of :data:`buurtsim.experiments.validation.TARGETS`, in words
_OBSERVED = (
    (r"^about (\S+)$", "cli_p_about"),
    (r"^within ([\d,]+) euro$", "cli_p_within"),
    (r"^(\S+) months$", "cli_p_months"),
)


def observed_words(text: str) -> str:
    """``about 10`` -> ``ongeveer 10``; ``within 8,000 euro`` -> ``hoogstens € 8.000``."""
    for pattern, label in _OBSERVED:
        found = re.match(pattern, str(text))
        if found:
            value = found.group(1)
            if label == "cli_p_within":
                value = number(float(value.replace(",", "")))
            return tf(label, value=value)
    return str(text)


def _num(x: float) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return number(x, 0 if float(x).is_integer() or abs(x) >= 1000 else 1)


def _row(r) -> tuple[str, ...]:
    inside = percent(r.share_inside, 0) if not math.isnan(r.share_inside) else "–"
    return (
        str(r.scenario).capitalize(),
        t(str(r.figure)),
        observed_words(r.observed),
        f"{_num(r.band_low)}-{_num(r.band_high)}",
        _num(r.median),
        f"{_num(r.p10)}-{_num(r.p90)}",
        inside,
    )


def pilot_text(table: pd.DataFrame) -> str:
    """The pilot table as aligned text, with a line on the runs and seeds."""
    head = tuple(t(f"cli_p_{k}") for k in ("pilot", "figure", "observed", "band", "median"))
    head += ("10-90%", t("cli_p_inside"))
    rows = [head, *(_row(r) for r in table.itertuples(index=False))]
    widths = [max(len(row[k]) for row in rows) for k in range(len(head))]
    lines = []
    for row in rows:
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [c.ljust(w) if k < 3 else c.rjust(w) for k, (c, w) in pairs]
        lines.append("  ".join(cells).rstrip())
    runs, seed = table.attrs.get("runs"), table.attrs.get("seed")
    if runs is not None:
        lines += ["", tf("cli_p_seeds", runs=runs, first=seed, last=seed + runs - 1)]
    return "\n".join(lines)
