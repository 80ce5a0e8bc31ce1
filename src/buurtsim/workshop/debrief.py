"""Debrief: the three to five most telling moments of one run, as talking points.

:func:`moments` looks through a finished run for candidate moments (an escalated conflict, a veto,
a long wait for the municipality, projects nobody kept up, who took part, what happened to trust
and cohesion, ...). Each gets a score for how unusual or consequential it is; :func:`debrief`
keeps the best few and tells them in the order they happened.

Every number in a talking point is read from the run (its tables and its model), and the
:class:`Moment` carries those numbers in ``values`` so that tests and curious trainers can check
them. Each kind of moment has its own finder (:data:`FINDERS`, in :mod:`.moments_process` and
:mod:`.moments_people`). The scores are rules of thumb, written in each finder's docstring:

* 6-9: something broke: an escalation without mediation, a veto, nothing realised, a funded
  project that failed or was removed (5.5 for one);
* 3-6: a cost of the process: long reviews, decay, abandoned projects, unspent money,
  ideas turned away, a skewed turnout;
* 0-3: the slow measures (cohesion, trust, loneliness), scaled by how much they moved.

>>> import buurtsim
>>> result = buurtsim.simulate("scenarios/no-facilitator.yaml", seed=1, keep_model=True)
>>> points = debrief(result)
>>> 3 <= len(points) <= 5
True
"""

from __future__ import annotations

from collections.abc import Callable

from ..experiments import Result
from .moment import Moment, RunView
from .moments_people import budget, kickoff, no_trekker, redirected, slow_measures, vulnerable
from .moments_process import (
    abandoned,
    decay,
    escalations,
    failed,
    first_realisation,
    nothing_realised,
    review_delay,
    trim,
    veto,
)

#: how many moments of one kind may appear among the talking points
PER_KIND = {"escalation": 2}

#: the moment-finders, in the order their moments are listed before sorting by score (which
#: keeps that order among equal scores)
FINDERS: tuple[Callable[[RunView], list[Moment]], ...] = (
    escalations,
    veto,
    trim,
    review_delay,
    nothing_realised,
    failed,
    first_realisation,
    decay,
    abandoned,
    redirected,
    no_trekker,
    vulnerable,
    kickoff,
    budget,
    slow_measures,
)


def moments(result: Result, lang: str | None = None) -> list[Moment]:
    """Every candidate moment of a finished run, best first.

    Needs the model: run with ``simulate(..., keep_model=True)`` (or use a
    :class:`~buurtsim.workshop.MunicipalityGame` result).
    """
    run = RunView(result, lang)
    out = [m for find in FINDERS for m in find(run)]
    out.sort(key=lambda m: -m.score)
    return out


def pick(candidates: list[Moment], max_points: int = 5) -> list[Moment]:
    """The best ``max_points`` moments (at most ``PER_KIND`` of a kind), in order of time."""
    chosen: list[Moment] = []
    per_kind: dict[str, int] = {}
    for m in sorted(candidates, key=lambda m: -m.score):
        if per_kind.get(m.kind, 0) >= PER_KIND.get(m.kind, 1):
            continue
        chosen.append(m)
        per_kind[m.kind] = per_kind.get(m.kind, 0) + 1
        if len(chosen) == max_points:
            break
    return sorted(chosen, key=lambda m: m.week)


def debrief(result: Result, lang: str | None = None, max_points: int = 5) -> list[str]:
    """Three to five talking points for the debrief of one finished run, in order of time.

    ``result`` must come from ``simulate(..., keep_model=True)`` (or a game's ``result()``).
    """
    if not 3 <= int(max_points) <= 5:
        raise ValueError(f"max_points must be 3, 4 or 5, not {max_points!r}")
    return [m.text for m in pick(moments(result, lang), int(max_points))]
