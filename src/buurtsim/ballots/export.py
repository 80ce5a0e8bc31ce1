"""A simulated decision stage as a Pabulib ``.pb`` file, for study with the field's own tools.

The file holds the proposals that reached the decision (``project_id`` is the initiative's
``unique_id``, ``category`` its theme, ``selected`` 1 for funded), the residents' approval ballots
with their street and whether they are vulnerable, and the decision rule in META (``rule``).

It is written by hand in the documented format (https://pabulib.org/format) rather than with
pabutools' ``write_pabulib``: in pabutools 1.2.3 that function puts extra voter fields (street,
vulnerable) into the PROJECTS header instead of VOTES, so they would be lost. The result is read
back with ``parse_pabulib`` in the tests.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from .. import __version__, i18n


def _num(x: float) -> str:
    """The shortest text that reads back as the same float (``8000``, ``1234.56``)."""
    return np.format_float_positional(float(x), trim="-")


def _cell(text: object) -> str:
    """A value without the separator or line breaks of the format."""
    return str(text).replace(";", ",").replace("\n", " ")


def _meta_lines(model: Any, source: str, seed: int, n_projects: int, n_voters: int) -> list[str]:
    sc = model.params
    name = sc.neighbourhood.name
    meta = {
        "description": f"buurtsim: {name}, seed {seed}",
        "country": "Belgium (simulated)",
        "unit": name,
        "instance": f"seed-{seed}",
        "num_projects": n_projects,
        "num_votes": n_voters,
        "budget": _num(model.decision_inputs[2].budget),
        "vote_type": "approval",
        "rule": sc.process.decision_rule,
        "language": "nl",
        "currency": "EUR",
        "comment": f"Simulated by buurtsim {__version__} from {source} with seed {seed}; "
        "not real votes. Voter fields: street (index), vulnerable (1 = yes).",
    }
    return ["META", "key;value", *(f"{k};{_cell(v)}" for k, v in meta.items())]


def _project_lines(options: list, costs: np.ndarray, funded: np.ndarray) -> list[str]:
    lines = ["PROJECTS", "project_id;cost;name;category;selected"]
    for idea, cost, yes in zip(options, costs, funded, strict=True):
        name = f"{i18n.t(idea.theme_key)} ({i18n.t('street')} {idea.street + 1})"
        lines.append(f"{idea.unique_id};{_num(cost)};{_cell(name)};{idea.theme_key};{int(yes)}")
    return lines


def _vote_lines(model: Any, options: list, voters: np.ndarray, approvals: np.ndarray) -> list[str]:
    pop = model.pop
    lines = ["VOTES", "voter_id;vote;street;vulnerable"]
    for row, resident in enumerate(voters):
        vote = ",".join(
            str(o.unique_id) for o, yes in zip(options, approvals[row], strict=True) if yes
        )
        street = int(pop.street[resident])
        vulnerable = int(bool(pop.vulnerable[resident]))
        lines.append(f"{int(resident)};{vote};{street};{vulnerable}")
    return lines


def decision_pb(model: Any, source: str = "scenario", seed: int = 0) -> str:
    """The decision stage of ``model`` (after its decision week) as the text of a ``.pb`` file."""
    if model.decision_inputs is None or model.decision is None:
        raise ValueError("the model has not reached its decision week yet")
    options, voters, problem = model.decision_inputs
    funded = model.decision.amounts > 0
    lines = [
        *_meta_lines(model, source, seed, len(options), len(voters)),
        *_project_lines(options, problem.costs, funded),
        *_vote_lines(model, options, voters, problem.approvals),
    ]
    return "\n".join(lines) + "\n"


def run_to_decision(scenario: Any, seed: int) -> Any:
    """A fresh model of ``scenario`` and ``seed``, stepped until it has decided (or ended)."""
    from ..model import BuurtbudgetModel

    model = BuurtbudgetModel(scenario, rng=seed)
    while model.running and model.decision is None:
        model.step()
    return model


def export_decisions(
    scenario: Any, seeds: Iterable[int], folder: Path, source: str = "scenario"
) -> tuple[list[Path], list[int]]:
    """Write ``decision-seed<S>.pb`` into ``folder`` for each seed; never over an existing file.

    Each run is redone up to its decision week (same scenario and seed give the same decision).
    Returns the files written and the seeds whose run ended before deciding (nothing written).
    """
    written, undecided = [], []
    for seed in seeds:
        model = run_to_decision(scenario, seed)
        if model.decision is None:
            undecided.append(int(seed))
            continue
        path = folder / f"decision-seed{seed}.pb"
        with path.open("x", encoding="utf-8", newline="\n") as f:  # "x": never overwrite
            f.write(decision_pb(model, source, seed))
        written.append(path)
    return written, undecided
