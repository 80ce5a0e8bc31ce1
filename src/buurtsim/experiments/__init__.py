"""Experiments: single runs, ensembles over seeds and sweeps over a parameter."""

from .runs import OUTCOMES, Result, ensemble, run_seeds, simulate, sweep

__all__ = ["OUTCOMES", "Result", "ensemble", "run_seeds", "simulate", "sweep"]
