"""The tables of ``docs/odd.md``, written from the code so that they cannot drift.

:func:`parameter_table_markdown` (every scenario parameter, from :func:`buurtsim.parameters`),
:func:`constants_table_markdown` (the capitalised submodel constants, with the reasoning in
:data:`~buurtsim.experiments.constant_reasons.CONSTANT_REASONS`) and
:func:`themes_table_markdown`. :func:`buurtsim.experiments.validation.refresh_tables` pastes them
between their markers.
"""

from __future__ import annotations

import ast
import importlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model.themes import THEMES
from ..scenarios import parameters
from .constant_reasons import CONSTANT_REASONS

_GREEK = {"alpha", "beta", "tau", "kappa", "lambda", "omega", "phi", "epsilon", "mu"}


def symbol_tex(symbol: str) -> str:
    """A schema symbol (``beta_0``, ``h_soc``, ``T0``) as inline Markdown math (``$\\beta_0$``).

    >>> symbol_tex("beta_say"), symbol_tex("T0"), symbol_tex("SES"), symbol_tex("")
    ('$\\\\beta_{\\\\mathrm{say}}$', '$T_0$', '$\\\\mathrm{SES}$', '')
    """
    if not symbol:
        return ""

    def part(s: str) -> str:
        if s in _GREEK:
            return "\\" + s
        return s if len(s) == 1 or s.isdigit() else "\\mathrm{" + s + "}"

    base, _, sub = symbol.partition("_")
    if not sub and (m := re.fullmatch(r"([A-Za-z])(\d+)", base)):
        base, sub = m.groups()
    tex = part(base)
    if sub:
        tex += "_" + (part(sub) if len(sub) == 1 else "{" + part(sub) + "}")
    return f"${tex}$"


def _value(x: Any) -> str:
    if isinstance(x, bool):
        return str(x).lower()
    if isinstance(x, float):
        return f"{x:,.0f}" if x.is_integer() and abs(x) >= 1000 else f"{x:g}"
    if isinstance(x, int):
        return f"{x:,}" if abs(x) >= 10_000 else str(x)
    return str(x)


def _range(p) -> str:
    if p.choices:
        return ", ".join(f"`{c}`" for c in p.choices)
    if p.ge is not None and p.le is not None:
        return f"{_value(p.ge)} - {_value(p.le)}"
    return "text" if p.kind is str else "any"


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def parameter_table_markdown() -> str:
    """One Markdown row per scenario parameter: key, symbol, unit, default, range, source."""
    head = "| parameter | symbol | unit | default | range | source |"
    rule = "|---|---|---|---|---|---|"
    rows = [
        f"| `{p.key}` | {symbol_tex(p.symbol)} | {_cell(p.unit)} | {_value(p.default)} | "
        f"{_range(p)} | {_cell(p.source)} |"
        for p in parameters().values()
    ]
    return "\n".join([head, rule, *rows])


#: the phase modules of ``buurtsim.model``, in the order of the calendar (``model.step``)
PHASE_MODULES = (
    "outreach",
    "ideas",
    "framework",
    "conflicts",
    "decision",
    "review",
    "realisation",
    "upkeep",
    "wellbeing",
    "trust",
)


def _model_modules() -> tuple[str, ...]:
    """Every module of ``buurtsim.model``: the phases first, then the state and the set-up, then
    any other (so a new module's constants cannot be missed)."""
    import pkgutil

    from .. import model

    found = sorted(m.name for m in pkgutil.iter_modules(model.__path__))
    first = [*PHASE_MODULES, "model", "neighbourhood", "ties"]
    order = [m for m in first if m in found] + [m for m in found if m not in first]
    return tuple(f"buurtsim.model.{m}" for m in order)


#: the modules whose capitalised constants are submodel assumptions
CONSTANT_MODULES = _model_modules()


@dataclass(frozen=True)
class Constant:
    name: str
    module: str
    value: Any
    meaning: str  # the comment beside it in the code


def _literal(node: ast.expr) -> Any:
    """The value of a literal number (``0.3``, ``-1.0``), or None for anything else (an alias
    such as ``LONELY_FROM = wb.LONELY_FROM`` is listed once, where it is defined)."""
    try:
        value = ast.literal_eval(node)
    except ValueError:
        return None
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _comment(lines: list[str], end: int) -> str:
    """The comment after a constant, with the comment lines that continue it."""
    line = lines[end - 1]
    if "#" not in line:
        return ""
    parts = [line.split("#", 1)[1].strip()]
    k = end
    while k < len(lines) and lines[k].lstrip().startswith("#") and not lines[k].startswith("#:"):
        parts.append(lines[k].lstrip()[1:].strip())
        k += 1
    return re.sub(r"^assumption:\s*", "", " ".join(parts))


def submodel_constants() -> list[Constant]:
    """The capitalised number constants defined at the top level of :data:`CONSTANT_MODULES`."""
    out = []
    for name in CONSTANT_MODULES:
        module = importlib.import_module(name)
        source = Path(str(module.__file__)).read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.parse(source).body:
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
                continue
            target = node.targets[0]
            if not (isinstance(target, ast.Name) and re.fullmatch(r"[A-Z][A-Z0-9_]*", target.id)):
                continue
            if _literal(node.value) is None:
                continue
            value = getattr(module, target.id)
            meaning = _comment(lines, node.end_lineno or node.lineno)
            out.append(Constant(target.id, name.rsplit(".", 1)[1], value, meaning))
    return out


def constants_table_markdown() -> str:
    """One Markdown row per submodel constant: name, file, value, meaning, reasoning."""
    head = "| constant | file | value | meaning | reasoning |"
    rule = "|---|---|---|---|---|"
    rows = [
        f"| `{c.name}` | `{c.module}.py` | {_value(c.value)} | {_cell(c.meaning)} | "
        f"{_cell(CONSTANT_REASONS.get(c.name, 'MISSING'))} |"
        for c in submodel_constants()
    ]
    return "\n".join([head, rule, *rows])


def themes_table_markdown() -> str:
    """The seven themes with their cost range and effects (``model/themes.py``)."""
    head = (
        "| theme | nl | cost (euro) | burden | meeting | liveability | college taste | "
        "preference prior | whole neighbourhood |"
    )
    rule = "|---|---|---|---|---|---|---|---|---|"
    rows = [
        f"| `{t.key}` | {t.nl} | {t.cost_low:,.0f}-{t.cost_high:,.0f} | {t.burden:g} | "
        f"{t.meeting:g} | {t.liveability:g} | {t.college_taste:g} | {t.preference_prior:g} | "
        f"{'yes' if t.neighbourhood_wide else 'no'} |"
        for t in THEMES
    ]
    return "\n".join([head, rule, *rows])
