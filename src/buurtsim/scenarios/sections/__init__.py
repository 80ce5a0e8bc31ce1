"""The sections of the scenario schema, by subject; :mod:`buurtsim.scenarios.schema` joins them
into :class:`~buurtsim.scenarios.schema.Scenario` and exports every name."""
