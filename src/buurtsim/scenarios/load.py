"""Loading scenarios from YAML files or dicts, with one plain message per problem."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from .schema import SECTIONS, Scenario


class ScenarioError(ValueError):
    """A scenario that cannot be used. ``problems`` holds one plain sentence per problem."""

    def __init__(self, problems: Iterable[str], source: str = "scenario"):
        self.problems = list(problems)
        self.source = source
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{source}: {len(self.problems)} problem(s)\n{lines}")


@dataclass(frozen=True)
class ParamInfo:
    """What the schema says about one parameter, under its dotted key."""

    key: str
    default: Any
    kind: type
    ge: float | None
    le: float | None
    choices: tuple[str, ...] | None
    nl: str
    en: str
    unit: str
    symbol: str
    source: str
    step: float | None
    widget: bool
    slider_max: float | None = None

    def allowed(self) -> str:
        """The allowed values in plain words."""
        if self.choices:
            return "one of " + ", ".join(self.choices)
        if self.kind is str:
            return "text"
        noun = "a whole number" if self.kind is int else "a number"
        if self.ge is not None and self.le is not None:
            return f"{noun} from {_fmt(self.ge)} to {_fmt(self.le)}"
        return noun


def _fmt(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


def parameters() -> dict[str, ParamInfo]:
    """Every scenario parameter, keyed by its dotted name (``municipality.control``)."""
    out: dict[str, ParamInfo] = {}
    for section, cls in SECTIONS.items():
        for name, field in cls.model_fields.items():
            extra: dict[str, Any] = dict(field.json_schema_extra or {})  # type: ignore[arg-type]
            ge = le = None
            for meta in field.metadata:
                ge = getattr(meta, "ge", ge)
                le = getattr(meta, "le", le)
            kind = field.annotation
            choices = None
            if isinstance(kind, type) and issubclass(kind, Enum):
                choices = tuple(m.value for m in kind)
                kind = str
            default = field.default.value if isinstance(field.default, Enum) else field.default
            out[f"{section}.{name}"] = ParamInfo(
                key=f"{section}.{name}",
                default=default,
                kind=kind,  # type: ignore[arg-type]
                ge=ge,
                le=le,
                choices=choices,
                nl=extra["nl"],
                en=extra["en"],
                unit=extra.get("unit", ""),
                symbol=extra.get("symbol", ""),
                source=extra["source"],
                step=extra.get("step"),
                widget=bool(extra.get("widget", True)),
                slider_max=extra.get("slider_max"),
            )
    return out


def _describe(error: Mapping[str, Any], info: Mapping[str, ParamInfo]) -> str:
    loc = ".".join(str(p) for p in error["loc"])
    value = error.get("input")
    kind = error["type"]
    if kind == "extra_forbidden":
        return _describe_unknown_key(error, info, loc)
    if kind in ("model_type", "dict_type"):
        return f"`{loc or 'scenario'}` must be a mapping of keys to values, not {value!r}"
    p = info.get(loc)
    allowed = p.allowed() if p else error.get("msg", "")
    return f"`{loc}` has the value {value!r}, which is not allowed; allowed: {allowed}"


def _describe_unknown_key(error: Mapping[str, Any], info: Mapping[str, ParamInfo], loc: str) -> str:
    """An unknown key, with the keys its section (or the scenario) does allow."""
    parent = ".".join(str(p) for p in error["loc"][:-1])
    allowed = sorted(k.split(".", 1)[1] for k in info if k.startswith(parent + "."))
    if not parent:
        allowed = sorted(SECTIONS)
    where = f" in `{parent}`" if parent else ""
    return f"unknown key `{loc}`{where}; allowed keys: {', '.join(allowed)}"


def _validate(data: Any, source: str) -> Scenario:
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise ScenarioError(
            [f"the scenario must be a mapping of sections (such as `budget:`), not {data!r}"],
            source,
        )
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        info = parameters()
        raise ScenarioError([_describe(e, info) for e in exc.errors()], source) from None


def load_scenario(
    path_or_dict: str | os.PathLike[str] | Mapping[str, Any] | Scenario,
) -> Scenario:
    """Load and validate a scenario from a YAML file or a nested dict.

    Missing keys take their defaults. Any problem raises :class:`ScenarioError`, whose
    ``problems`` name the field, the bad value and what is allowed.
    """
    if isinstance(path_or_dict, Scenario):
        return path_or_dict
    if isinstance(path_or_dict, Mapping):
        return _validate(dict(path_or_dict), "scenario")
    path = Path(path_or_dict)
    source = str(path)
    if not path.exists():
        raise ScenarioError([f"the file {source} does not exist"], source)
    if path.is_dir():
        raise ScenarioError([f"{source} is a folder, not a scenario file"], source)
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = ""
        if mark:
            last = max(1, len(text.splitlines()))
            if mark.line + 1 > last:  # e.g. an unclosed bracket: the parser ran off the end
                where = f" at the end of the file (line {last})"
            else:
                where = f" at line {mark.line + 1}, column {mark.column + 1}"
        problem = getattr(exc, "problem", None) or str(exc)
        raise ScenarioError([f"YAML syntax error{where}: {problem}"], source) from None
    except UnicodeDecodeError:
        raise ScenarioError([f"{source} is not a text (UTF-8) file"], source) from None
    return _validate(data, source)


def flatten(scenario: Scenario) -> dict[str, Any]:
    """The scenario as one flat dict of dotted keys, enums as plain strings."""
    out: dict[str, Any] = {}
    for section in SECTIONS:
        for name, value in getattr(scenario, section).model_dump(mode="json").items():
            out[f"{section}.{name}"] = value
    return out


def unflatten(flat: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Turn ``{"budget.amount": 5000}`` into ``{"budget": {"amount": 5000}}``."""
    nested: dict[str, dict[str, Any]] = {}
    problems = []
    for key, value in flat.items():
        section, dot, name = key.partition(".")
        if not dot or not name:
            problems.append(
                f"`{key}` is not a dotted key; write it as section.name, e.g. municipality.control"
            )
            continue
        nested.setdefault(section, {})[name] = value
    if problems:
        raise ScenarioError(problems, "--set")
    return nested


def with_overrides(scenario: Scenario, overrides: Mapping[str, Any]) -> Scenario:
    """A new scenario with some dotted keys changed, validated like a file."""
    nested: dict[str, Any] = {k: dict(v) for k, v in scenario.model_dump(mode="json").items()}
    for section, values in unflatten(overrides).items():
        if section not in nested:
            nested[section] = values  # let validation name the unknown section
        else:
            nested[section].update(values)
    return _validate(nested, "overrides")


def parse_assignment(text: str) -> tuple[str, Any]:
    """Parse ``key=value`` from the command line; the value is read as YAML (0.9, true, text)."""
    key, eq, raw = text.partition("=")
    if not eq or not key.strip():
        raise ScenarioError(
            [f"`{text}` is not of the form key=value, e.g. municipality.control=0.9"], "--set"
        )
    try:
        value = yaml.safe_load(raw)
    except yaml.YAMLError:
        value = raw
    return key.strip(), value
