"""Scenarios: the parameter schema and loading of scenario files."""

from .load import (
    ParamInfo,
    ScenarioError,
    flatten,
    load_scenario,
    parameters,
    parse_assignment,
    unflatten,
    with_overrides,
)
from .schema import DecisionRule, Outreach, Scenario

__all__ = [
    "DecisionRule",
    "Outreach",
    "ParamInfo",
    "Scenario",
    "ScenarioError",
    "flatten",
    "load_scenario",
    "parameters",
    "parse_assignment",
    "unflatten",
    "with_overrides",
]
