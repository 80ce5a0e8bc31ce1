"""Every word a panel, a plot or an exercise shows comes from the one translation table (issue
10, item 9, and issue 11): no module in ``buurtsim.widgets``, ``buurtsim.plots`` or
``buurtsim.exercises`` compares ``lang`` with ``"nl"`` or ``"en"`` to pick a text of its own.
Words go into ``src/buurtsim/labels/*.py`` as a (Dutch, English) pair and are read with
``i18n.t(key, lang)`` or ``i18n.tf(key, lang, **fields)``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "buurtsim"
SCANNED = ("widgets", "exercises", "plots")
LANG_CODES = frozenset({"nl", "en"})

#: comparisons that do not pick a text, as (module, function): the reason
NOT_TEXT: dict[tuple[str, str], str] = {}
#: comparisons that do pick a text but live in modules another branch is editing (wt-readout
#: owns widgets/base.py and widgets/controls.py); move their words when that branch is merged
PENDING: dict[tuple[str, str], str] = {}


def _is_lang(node: ast.expr) -> bool:
    """``lang``, ``self.lang``, ``resolve(lang)`` or anything else named ``...lang``."""
    if isinstance(node, ast.Call) and node.args:
        return _is_lang(node.args[0])
    if isinstance(node, ast.Name):
        return node.id.endswith("lang")
    if isinstance(node, ast.Attribute):
        return node.attr.endswith("lang")
    return False


def _is_code(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value in LANG_CODES


def lang_choices(source: str) -> list[tuple[str, int]]:
    """(enclosing function, line) of every ``lang == "nl"``-like comparison in ``source``."""
    found: list[tuple[str, int]] = []

    def visit(node: ast.AST, function: str) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = node.name
        if isinstance(node, ast.Compare) and len(node.ops) == 1:
            left, right = node.left, node.comparators[0]
            if isinstance(node.ops[0], ast.Eq | ast.NotEq | ast.Is | ast.IsNot) and (
                (_is_lang(left) and _is_code(right)) or (_is_code(left) and _is_lang(right))
            ):
                found.append((function, node.lineno))
        for child in ast.iter_child_nodes(node):
            visit(child, function)

    visit(ast.parse(source), "<module>")
    return found


def scanned_modules() -> list[Path]:
    return sorted(p for part in SCANNED for p in (SRC / part).rglob("*.py"))


def _choices_by_module() -> dict[tuple[str, str], list[int]]:
    out: dict[tuple[str, str], list[int]] = {}
    for path in scanned_modules():
        module = path.relative_to(SRC).as_posix()
        for function, line in lang_choices(path.read_text(encoding="utf-8")):
            out.setdefault((module, function), []).append(line)
    return out


def test_the_scanner_finds_a_text_picked_by_language():
    source = (
        "def title(self, lang):\n"
        '    a = "ideeën" if self.lang == "nl" else "ideas"\n'
        '    if lang != "nl":\n'
        '        return "x"\n'
        '    b = "en" == lang\n'
        '    return i18n.t("ideas", lang) if lang else a\n'
    )
    assert lang_choices(source) == [("title", 2), ("title", 3), ("title", 5)]
    assert lang_choices('x = i18n.tf("lab_saved", lang, names=n)\nlang = "nl"\n') == []


@pytest.mark.parametrize("path", scanned_modules(), ids=lambda p: p.relative_to(SRC).as_posix())
def test_no_panel_or_exercise_picks_its_own_text_by_language(path):
    module = path.relative_to(SRC).as_posix()
    found = [
        f"{module}:{line} in {function}()"
        for function, line in lang_choices(path.read_text(encoding="utf-8"))
        if (module, function) not in NOT_TEXT | PENDING
    ]
    assert found == [], (
        "a text chosen by comparing lang: put it in src/buurtsim/labels/ as a (Dutch, English) "
        "pair and read it with i18n.t / i18n.tf"
    )


def test_the_allowed_and_pending_lists_are_not_stale():
    """An entry whose comparison is gone must leave the list, so the list only shrinks."""
    found = _choices_by_module()
    assert [k for k in (NOT_TEXT | PENDING) if k not in found] == []
