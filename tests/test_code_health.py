"""Code a newcomer can live in: small functions, short modules, no import cycles, and nothing
that points at notes outside the repository (the project's standards, README)."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from radon.complexity import cc_visit

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "buurtsim"
MAX_COMPLEXITY = 10  # cyclomatic complexity as radon counts it
MAX_LINES = 400


def modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_every_function_is_simple_enough(path):
    blocks = cc_visit(path.read_text(encoding="utf-8"))
    too_complex = [f"{b.name} ({b.complexity})" for b in blocks if b.complexity > MAX_COMPLEXITY]
    assert not too_complex, f"{path.name}: {too_complex}"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_every_module_is_short(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines"


def _imports(path: Path) -> set[str]:
    """The buurtsim modules ``path`` imports at run time (not under ``if TYPE_CHECKING``)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {
        id(n)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for n in ast.walk(node)
    }
    found = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("buurtsim")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            if base.startswith("buurtsim"):
                found.add(base)
                found |= {f"{base}.{a.name}" for a in node.names}
    return found


def test_there_are_no_import_cycles():
    known = {module_name(p): p for p in modules()}
    graph = nx.DiGraph()
    for name, path in known.items():
        for target in _imports(path) & set(known):
            package_of = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
            if target != name and not package_of.startswith(target):  # a parent package
                graph.add_edge(name, target)
    cycles = list(nx.simple_cycles(graph))
    assert not cycles, cycles[:5]


def test_no_file_points_at_notes_users_do_not_have():
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()  # fmt: skip
    pointing = [
        f for f in files
        if (ROOT / f).is_file() and f != Path(__file__).relative_to(ROOT).as_posix()
        and "../shared" in (ROOT / f).read_text(encoding="utf-8", errors="ignore")
    ]  # fmt: skip
    assert not pointing, pointing
