"""The scenario schema: the one place where every parameter is named.

Each parameter has a type, a range, a default, a Dutch and an English label, a unit and a
*source*. The source says where the default comes from: ``METHOD.md`` (the facts of the
2018-2019 pilot, see ``docs/odd.md``), a paper, or ``assumption`` with the reasoning. The model,
the scenario files, the command line, the widgets and the ODD table all read this schema; no
default is written anywhere else.

The parameters are declared by subject in :mod:`buurtsim.scenarios.sections`; this module joins
the sections into :class:`Scenario` and exports every name.
"""

from __future__ import annotations

from .sections.actors import Budget, Facilitator, Municipality
from .sections.base import DecisionRule, Outreach, Section, param
from .sections.neighbourhood import Neighbourhood, Residents
from .sections.process import Conflict, Mechanisms, Process, Run, mechanism


class Scenario(Section):
    """A whole scenario: every parameter of one buurtbudget, grouped by actor."""

    neighbourhood: Neighbourhood = Neighbourhood()
    budget: Budget = Budget()
    municipality: Municipality = Municipality()
    facilitator: Facilitator = Facilitator()
    residents: Residents = Residents()
    conflict: Conflict = Conflict()
    process: Process = Process()
    mechanisms: Mechanisms = Mechanisms()
    run: Run = Run()


SECTIONS: dict[str, type[Section]] = {
    name: field.annotation  # type: ignore[misc]
    for name, field in Scenario.model_fields.items()
}


__all__ = [
    "SECTIONS",
    "Budget",
    "Conflict",
    "DecisionRule",
    "Facilitator",
    "Mechanisms",
    "Municipality",
    "Neighbourhood",
    "Outreach",
    "Process",
    "Residents",
    "Run",
    "Scenario",
    "Section",
    "mechanism",
    "param",
]
