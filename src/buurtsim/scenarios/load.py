"""Loading scenarios from YAML files or dicts, with one plain message per problem.

The messages are in the current language (:func:`buurtsim.language.current`), from
:data:`buurtsim.labels.cli.SCENARIO`. Each names the field, the value and what is allowed; a
message about one parameter is a :class:`Problem`, which also carries the key and the value, so
a panel can say it again around the parameter's label.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..labels.cli import SCENARIO, YAML_PROBLEMS
from ..language import LANGS, resolve
from .schema import SECTIONS, Scenario


def say(label: str, lang: str | None = None, /, **values: Any) -> str:
    """The sentence ``label`` of :data:`~buurtsim.labels.cli.SCENARIO` in ``lang`` (``None``: the
    current language), its ``{placeholders}`` filled."""
    return SCENARIO[label][LANGS.index(resolve(lang))].format(**values)


class Problem(str):
    """One problem sentence; ``key`` and ``value`` say which parameter and value it is about
    (empty for a problem that is not about one parameter's value)."""

    key: str = ""
    value: Any = None

    def __new__(cls, text: str, key: str = "", value: Any = None) -> Problem:
        made = super().__new__(cls, text)
        made.key = key
        made.value = value
        return made


class ScenarioError(ValueError):
    """A scenario that cannot be used. ``problems`` holds one plain sentence per problem."""

    def __init__(self, problems: Iterable[str], source: str = "scenario"):
        self.problems = list(problems)
        self.source = source
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{say('sc_count', source=source, count=len(self.problems))}\n{lines}")


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

    def allowed(self, lang: str | None = None) -> str:
        """The allowed values in plain words (``None``: in the current language)."""
        if self.choices:
            return say("sc_one_of", lang, names=", ".join(self.choices))
        if self.kind is str:
            return say("sc_text", lang)
        noun = say("sc_whole" if self.kind is int else "sc_number", lang)
        if self.ge is not None and self.le is not None:
            low, high = _fmt(self.ge, lang), _fmt(self.le, lang)
            return say("sc_range", lang, noun=noun, low=low, high=high)
        return noun


def _fmt(x: float, lang: str | None = None) -> str:
    """A bound: ``10,000`` and ``0.2`` in English, ``10.000`` and ``0,2`` in Dutch."""
    text = f"{int(x):,}" if float(x).is_integer() else f"{x:g}"
    if resolve(lang) == LANGS[0]:  # Dutch: swap the separators
        text = text.translate(str.maketrans(",.", ".,"))
    return text


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
        return say("sc_not_mapping", key=loc or "scenario", value=repr(value))
    p = info.get(loc)
    allowed = p.allowed() if p else error.get("msg", "")
    return Problem(
        say("sc_bad_value", key=loc, value=repr(value), allowed=allowed), key=loc, value=value
    )


def _describe_unknown_key(error: Mapping[str, Any], info: Mapping[str, ParamInfo], loc: str) -> str:
    """An unknown key, with the keys its section (or the scenario) does allow."""
    parent = ".".join(str(p) for p in error["loc"][:-1])
    allowed = sorted(k.split(".", 1)[1] for k in info if k.startswith(parent + "."))
    if not parent:
        allowed = sorted(SECTIONS)
    where = say("sc_in_section", section=parent) if parent else ""
    return say("sc_unknown_key", key=loc, where=where, allowed=", ".join(allowed))


def _validate(data: Any, source: str) -> Scenario:
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise ScenarioError([say("sc_top_not_mapping", value=repr(data))], source)
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
        raise ScenarioError([say("sc_no_file", source=source)], source)
    if path.is_dir():
        raise ScenarioError([say("sc_folder", source=source)], source)
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ScenarioError([_yaml_problem(exc, text)], source) from None
    except UnicodeDecodeError:
        raise ScenarioError([say("sc_not_text", source=source)], source) from None
    return _validate(data, source)


def _yaml_problem(exc: yaml.YAMLError, text: str) -> str:
    """A YAML syntax error with its line and what is wrong."""
    mark = getattr(exc, "problem_mark", None)
    where = ""
    if mark:
        last = max(1, len(text.splitlines()))
        if mark.line + 1 > last:  # e.g. an unclosed bracket: the parser ran off the end
            where = say("sc_yaml_end", line=last)
        else:
            where = say("sc_yaml_at", line=mark.line + 1, column=mark.column + 1)
    return say("sc_yaml", where=where, problem=_yaml_words(getattr(exc, "problem", None) or ""))


def _yaml_words(problem: str) -> str:
    """PyYAML's problem in plain words of the current language, or quoted as it says it."""
    for pattern, *words in YAML_PROBLEMS:
        if re.search(pattern, problem):
            return words[LANGS.index(resolve(None))]
    return say("sc_yaml_other", problem=problem)


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
            problems.append(say("sc_not_dotted", key=key))
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
        raise ScenarioError([say("sc_not_assignment", text=text)], "--set")
    try:
        value = yaml.safe_load(raw)
    except yaml.YAMLError:
        value = raw
    return key.strip(), value
