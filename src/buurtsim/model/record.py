"""The weekly record: Mesa's DataCollector, without deep copies of numbers.

Mesa's ``DataCollector.collect`` deep-copies every value a model reporter returns, so that a list
or an array cannot change after it was recorded. Every weekly measure of buurtsim is a number or a
string, which cannot change; copying them cost about a third of the time of collecting.
:class:`WeeklyRecord` stores such values as they are (the very objects ``deepcopy`` would have
returned) and still copies anything else, so the table is the same, value for value.
"""

from __future__ import annotations

import types
from copy import deepcopy
from functools import partial

import mesa

IMMUTABLE = (str, int, float, bool, type(None))


def report(model: mesa.Model, reporter):
    """What one model reporter gives, called the way Mesa's DataCollector calls it."""
    if isinstance(reporter, str):
        return getattr(model, reporter, None)
    if isinstance(reporter, types.LambdaType | partial):
        return reporter(model)
    if isinstance(reporter, list):
        return reporter[0](*reporter[1])
    return reporter()


class WeeklyRecord(mesa.DataCollector):
    """A DataCollector that does not copy immutable values (see the module's docstring)."""

    def collect(self, model: mesa.Model) -> None:
        if not self._validated or self.agent_reporters or self.agenttype_reporters:
            super().collect(model)  # the first week validates the reporters, as Mesa does
            return
        if hasattr(self, "_collection_steps"):
            self._collection_steps.append(model.time)
        for var, reporter in self.model_reporters.items():
            value = report(model, reporter)
            self.model_vars[var].append(value if isinstance(value, IMMUTABLE) else deepcopy(value))
