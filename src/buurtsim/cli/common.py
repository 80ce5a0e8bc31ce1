"""What every ``buurtsim`` command shares: the user error, the parser, scenarios with ``--set``."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from typing import Any

from ..i18n import t, tf
from ..language import current
from ..scenarios import Scenario, ScenarioError, load_scenario, parse_assignment, with_overrides
from .lang import argparse_words


class UserError(Exception):
    """A mistake in what the user asked for: printed as ``fout:`` (``error:``) lines, exit code 2.

    ``prefix`` replaces the current language's word for an error when it is given."""

    def __init__(self, *lines: str, hint: str = "", prefix: str = ""):
        super().__init__("\n".join(lines))
        self.lines = list(lines)
        self.hint = hint
        self.prefix = prefix


class _Formatter(argparse.HelpFormatter):
    """argparse's layout, with the word before the usage line in the language of its parser."""

    lang: str | None = None

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        word = t("clih_usage", self.lang) if prefix is None else prefix
        super().add_usage(usage, actions, groups, word)


class _Parser(argparse.ArgumentParser):
    """An argument parser in the current language, that reports mistakes as a
    :class:`UserError` instead of exiting.

    The language is the one in force when the parser is made (``buurtsim --lang`` is read before
    that): the headings of its option lists, its ``-h`` and its usage line speak it. argparse
    itself is left as it is, so another parser in the same process keeps argparse's English.
    Subcommands (``add_parser``) are made with this class too.
    """

    def __init__(self, prog: str | None = None, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(prog, add_help=False, **kwargs)
        self.lang = current()
        self._positionals.title = t("clih_positionals", self.lang)
        self._optionals.title = t("clih_options", self.lang)
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=t("clih_help", self.lang),
            )

    def _get_formatter(self) -> argparse.HelpFormatter:
        formatter = super()._get_formatter()
        if isinstance(formatter, _Formatter):
            formatter.lang = self.lang
        return formatter

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(argparse_words(message), hint=tf("cli_see_help", prog=self.prog))


# --- scenarios and overrides ----------------------------------------------------------------


def _scenario_problems(exc: ScenarioError, source: str | None = None) -> UserError:
    source = source or exc.source
    lines = [p if source in p else f"{source}: {p}" for p in exc.problems]
    return UserError(*lines)


def _load(path: str) -> Scenario:
    try:
        return load_scenario(path)
    except ScenarioError as exc:
        raise _scenario_problems(exc) from None


def _overrides(assignments: Sequence[str]) -> dict[str, Any]:
    """The ``--set`` assignments as ``{dotted key: value}`` (already checked)."""
    return dict(parse_assignment(text) for text in assignments)


def _parse_sets(texts: Sequence[str], problems: list[str]) -> dict[str, Any]:
    """The ``--set`` assignments that parse; the problems of the others go to ``problems``."""
    overrides: dict[str, Any] = {}
    for text in texts:
        try:
            key, value = parse_assignment(text)
        except ScenarioError as exc:
            problems.extend(exc.problems)
            continue
        overrides[key] = value
    return overrides


def _apply_sets(scenario: Scenario, overrides: dict[str, Any], problems: list[str]) -> Scenario:
    """``scenario`` with ``overrides``; every problem goes to ``problems``."""
    # Keys without a dot fail before validation, so check them apart to report every problem.
    groups = [{k: v} for k, v in overrides.items() if "." not in k]
    groups.append({k: v for k, v in overrides.items() if "." in k})
    for group in groups:
        try:
            changed = with_overrides(scenario, group)
        except ScenarioError as exc:
            problems.extend(exc.problems)
            continue
        if len(groups) == 1:
            scenario = changed
    return scenario


def _scenario_with_sets(args: argparse.Namespace) -> Scenario:
    """The scenario file with every ``--set`` applied; all problems are reported at once."""
    scenario = _load(args.scenario)
    problems: list[str] = []
    overrides = _parse_sets(args.overrides, problems)
    scenario = _apply_sets(scenario, overrides, problems)
    if problems:
        raise UserError(*(f"--set: {p}" for p in problems))
    return scenario


def _experiment(name: str):
    """Import ``buurtsim.experiments.<name>`` when a command needs it."""
    import importlib

    module = f"buurtsim.experiments.{name}"
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name == module:
            raise UserError(tf("cli_no_module", module=module)) from None
        if exc.name and exc.name.split(".")[0] in ("dask", "distributed"):
            raise UserError(tf("cli_needs_dask", module=module)) from None
        raise
