"""What every section is made of: the choices, :func:`param` and :class:`Section`."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator


class Outreach(StrEnum):
    """How the facilitator reaches residents before the kick-off."""

    info_evening = "info_evening"
    door_to_door = "door_to_door"
    core_group = "core_group"


class DecisionRule(StrEnum):
    """How the residents (or the college) choose among proposals."""

    package = "package"
    majority = "majority"
    approval_greedy = "approval_greedy"
    equal_shares = "equal_shares"
    college = "college"


def param(
    default: Any,
    *,
    nl: str,
    en: str,
    source: str,
    unit: str = "",
    symbol: str = "",
    ge: float | None = None,
    le: float | None = None,
    step: float | None = None,
    widget: bool = True,
    slider_max: float | None = None,
) -> Any:
    """Declare one scenario parameter with its labels, range and source.

    ``step`` is the slider step for the widgets; ``widget=False`` keeps a parameter out of the
    generated panels (it can still be set in a file or with ``--set``). ``slider_max`` is the top
    of a slider when ``le`` is far beyond the usual values (a larger value widens the slider).
    """
    extra: dict[str, Any] = {
        "nl": nl,
        "en": en,
        "source": source,
        "unit": unit,
        "symbol": symbol,
        "step": step,
        "widget": widget,
        "slider_max": slider_max,
    }
    return Field(default, ge=ge, le=le, description=en, json_schema_extra=extra)


class Section(BaseModel):
    """A group of parameters; unknown keys are an error, not silently ignored."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, frozen=True)

    @field_validator("*", mode="before")
    @classmethod
    def _no_yes_for_numbers(cls, value: Any, info: ValidationInfo) -> Any:
        """YAML reads ``yes``/``true`` as a boolean; for a number that is a mistake, not 1."""
        annotation = cls.model_fields[str(info.field_name)].annotation
        if isinstance(value, bool) and annotation in (int, float):
            raise ValueError("a yes/no value is not a number")
        return value
