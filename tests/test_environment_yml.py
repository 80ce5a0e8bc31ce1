"""environment.yml (Binder) must stay in step with the runtime dependencies in pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]

# Where the conda-forge name differs from the PyPI name, list the accepted conda names here.
CONDA_ALIASES: dict[str, set[str]] = {
    "matplotlib": {"matplotlib", "matplotlib-base"},
}

# Versions to probe when checking that two specifiers agree.
PROBE_VERSIONS = {
    "mesa": ["3.4.2", "3.5.0", "3.5.1", "3.5.9", "3.6.0", "4.0.0"],
    "pulp": ["2.9.0", "3.0.0", "3.3.2", "4.0.0", "4.2.0", "5.0.0"],
}


def normalise(name: str) -> str:
    """PEP 503 normalisation: case-insensitive, runs of '-', '_' and '.' are equal."""
    return re.sub(r"[-_.]+", "-", name).lower()


_CONDA_SPEC = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*?)\s*$")


def conda_to_specifier(spec: str) -> SpecifierSet:
    """Turn a conda version spec ('=3.12', '>=1.26', '3.5.*', '>=3.5,<3.6') into a SpecifierSet."""
    spec = spec.strip()
    if not spec:
        return SpecifierSet()
    parts = []
    for part in spec.split(","):
        part = part.strip()
        if re.match(r"^=[^=]", part):  # conda '=3.12' means '3.12.*'
            version = part[1:].rstrip(".*")
            part = f"=={version}.*"
        elif re.match(r"^[0-9]", part):  # bare version: '3.12' or '3.12.*'
            part = f"=={part}" if part.endswith("*") else f"=={part}.*"
        parts.append(part)
    return SpecifierSet(",".join(parts))


def parse_environment(env: dict) -> dict[str, SpecifierSet]:
    """Map normalised package name -> version specifier, for conda and pip entries alike."""
    found: dict[str, SpecifierSet] = {}
    for dep in env.get("dependencies", []):
        if isinstance(dep, dict):
            for pip_dep in dep.get("pip", []):
                req = Requirement(pip_dep)
                found[normalise(req.name)] = req.specifier
        else:
            dep = str(dep).split("::")[-1]  # drop a 'channel::' prefix
            match = _CONDA_SPEC.match(dep)
            assert match, f"cannot parse conda dependency {dep!r}"
            name, spec = match.groups()
            found[normalise(name)] = conda_to_specifier(spec)
    return found


def missing_dependencies(runtime: list[str], env_deps: dict[str, SpecifierSet]) -> list[str]:
    """Names of runtime requirements with no entry (under any accepted alias) in the environment."""
    missing = []
    for line in runtime:
        name = normalise(Requirement(line).name)
        accepted = {normalise(n) for n in CONDA_ALIASES.get(name, {name})}
        if not accepted & env_deps.keys():
            missing.append(name)
    return missing


@pytest.fixture(scope="module")
def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def runtime(pyproject) -> list[str]:
    deps = pyproject["project"]["dependencies"]
    assert deps, "pyproject.toml lists no runtime dependencies"
    return deps


@pytest.fixture(scope="module")
def env_deps() -> dict[str, SpecifierSet]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert env["name"] == "buurtsim"
    assert "conda-forge" in env["channels"]
    return parse_environment(env)


def test_every_runtime_dependency_is_in_environment_yml(runtime, env_deps):
    missing = missing_dependencies(runtime, env_deps)
    assert not missing, f"environment.yml lacks these pyproject dependencies: {missing}"


def test_missing_dependency_is_reported():
    """The comparison itself can fail: a dependency absent from the environment is named."""
    env_deps = parse_environment({"dependencies": ["numpy>=1.26", {"pip": ["mesa>=3.5,<3.6"]}]})
    runtime = ["numpy>=1.26", "Mesa>=3.5,<3.6", "SALib>=1.5", "py_yaml>=6"]
    assert missing_dependencies(runtime, env_deps) == ["salib", "py-yaml"]


def test_python_312_is_pinned(pyproject, env_deps):
    assert "python" in env_deps, "environment.yml must pin python"
    python_spec = env_deps["python"]
    assert Version("3.12.1") in python_spec
    assert Version("3.11.9") not in python_spec
    assert Version("3.13.0") not in python_spec, "pin python=3.12 in environment.yml"
    requires = SpecifierSet(pyproject["project"]["requires-python"])
    assert Version("3.12.0") in requires


@pytest.mark.parametrize("name", sorted(PROBE_VERSIONS))
def test_pins_do_not_contradict_pyproject(name, runtime, env_deps):
    """environment.yml must allow only versions that pyproject.toml allows (mesa 3.5.x, pulp<4)."""
    project_specs = {normalise(Requirement(r).name): Requirement(r).specifier for r in runtime}
    assert name in project_specs, f"pyproject.toml no longer lists {name}; update this test"
    assert name in env_deps, f"environment.yml lacks {name}"
    project_spec = project_specs[name]
    env_spec = env_deps[name]
    probes = [Version(v) for v in PROBE_VERSIONS[name]]
    allowed_by_env = [v for v in probes if v in env_spec]
    assert allowed_by_env, f"environment.yml spec {name}{env_spec} allows none of {probes}"
    too_wide = [str(v) for v in allowed_by_env if v not in project_spec]
    assert not too_wide, (
        f"environment.yml allows {name} {too_wide}, which pyproject.toml ({name}{project_spec}) "
        "does not"
    )


def test_conda_spec_translation():
    assert Version("3.12.7") in conda_to_specifier("=3.12")
    assert Version("3.13.0") not in conda_to_specifier("=3.12")
    assert Version("1.26.4") in conda_to_specifier(">=1.26")
    assert Version("3.5.2") in conda_to_specifier("3.5.*")
    assert Version("3.6.0") not in conda_to_specifier(">=3.5,<3.6")
