"""The weekly record: Mesa's DataCollector, without deep copies of numbers.

Mesa's ``DataCollector.collect`` deep-copies every value a model reporter returns, so that a list
or an array cannot change after it was recorded, and works out each week again what kind of
reporter each one is. Every weekly measure of buurtsim is a number or a string, which cannot
change; copying them cost about a third of the time of collecting. :class:`WeeklyRecord` works
out once how to call each reporter, stores immutable values as they are (the very objects
``deepcopy`` would have returned) and still copies anything else, so the table is the same,
value for value.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from copy import deepcopy
from functools import partial
from typing import Any

import mesa

IMMUTABLE = (str, int, float, bool, type(None))


def getter(reporter) -> Callable[[mesa.Model], Any]:
    """How to read one model reporter, called the way Mesa's DataCollector calls it."""
    if isinstance(reporter, str):
        return lambda model: getattr(model, reporter, None)
    if isinstance(reporter, types.LambdaType | partial):
        return reporter
    if isinstance(reporter, list):
        return lambda model: reporter[0](*reporter[1])
    return lambda model: reporter()


def getters(record: mesa.DataCollector) -> list[tuple[list, Callable[[mesa.Model], Any]]]:
    """Each model reporter's column and how to read it."""
    return [(record.model_vars[var], getter(rep)) for var, rep in record.model_reporters.items()]


class WeeklyRecord(mesa.DataCollector):
    """A DataCollector that does not copy immutable values (see the module's docstring)."""

    _getters: list[tuple[list, Callable[[mesa.Model], Any]]] | None = None

    def collect(self, model: mesa.Model) -> None:
        if not self._validated or self.agent_reporters or self.agenttype_reporters:
            super().collect(model)  # the first week validates the reporters, as Mesa does
            return
        if self._getters is None or len(self._getters) != len(self.model_reporters):
            self._getters = getters(self)
        if hasattr(self, "_collection_steps"):
            self._collection_steps.append(model.time)
        for column, get in self._getters:
            value = get(model)
            column.append(value if type(value) in IMMUTABLE else deepcopy(value))
