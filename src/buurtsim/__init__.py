"""buurtsim: a simulation and workbook of the Flemish buurtbudget method.

>>> import buurtsim
>>> result = buurtsim.simulate(buurtsim.load_scenario({"run": {"weeks": 10}}), seed=1)
>>> int(result.summary["seed"])
1
"""

from .experiments import OUTCOMES, Result, ensemble, simulate, sweep
from .model import BuurtbudgetModel
from .scenarios import Scenario, ScenarioError, load_scenario, parameters

__all__ = [
    "OUTCOMES",
    "BuurtbudgetModel",
    "Result",
    "Scenario",
    "ScenarioError",
    "ensemble",
    "load_scenario",
    "parameters",
    "simulate",
    "sweep",
]
__version__ = "0.1.0"
