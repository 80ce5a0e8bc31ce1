"""Starting a game that always gives the group proposals to judge, and playing a game again.

With strict extra rules, or by chance, a neighbourhood may bring no proposal to the municipality
at all: the group would watch two years pass without a decision. :func:`playable_game` tries
the group's seed first and then the next ones, and starts the game on the first seed whose
neighbourhood brings a proposal to the review (the group is told which seed it plays). A game's
rules and verdicts (:func:`game_record`) are enough to play it again, to the same result
(:func:`replay_game`): the log keeps them, so the debrief of a game is that of the group's game.

>>> game = playable_game("scenarios/arendonk.yaml", 1, [("max_cost", 1000)])
>>> game.seed, len(game.pending) > 0
(3, True)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from ..experiments import Result
from ..scenarios import Scenario
from .play import MunicipalityGame

#: how many seeds, from the group's own, are tried for one that brings a proposal
SEED_TRIES = 20


def _started(
    scenario, seed: int, rules: Iterable[tuple[str, Any]], lang: str | None = None
) -> MunicipalityGame:
    game = MunicipalityGame(scenario, seed=seed, lang=lang)
    for kind, value in rules:
        game.add_rule(kind, value)
    game.advance()  # to the first review, or to the end when none comes
    return game


def playable_game(
    scenario: Scenario | Mapping | str,
    seed: int,
    rules: Iterable[tuple[str, Any]] = (),
    tries: int = SEED_TRIES,
    lang: str | None = None,
) -> MunicipalityGame | None:
    """A game at its first review, on ``seed`` or the first later seed that has one; None when
    none of ``tries`` seeds brings a proposal to the municipality (the rules hold them all).
    ``lang`` is the language the game describes its proposals and rules in."""
    rules = list(rules)
    for candidate in range(int(seed), int(seed) + tries):
        game = _started(scenario, candidate, rules, lang)
        if game.pending:
            return game
    return None


def game_record(game: MunicipalityGame) -> dict[str, Any]:
    """What the group chose: its extra rules and its verdict on every proposal."""
    return {
        "rules": [[r.kind, r.value] for r in game.rules],
        "verdicts": [[int(d["id"]), d["verdict"]] for d in game.decisions],
    }


def replay_game(scenario: Scenario | Mapping | str, seed: int, record: str | Mapping) -> Result:
    """The result of a logged game, played again with its rules and verdicts."""
    data = json.loads(record) if isinstance(record, str) else dict(record)
    game = _started(scenario, seed, [tuple(r) for r in data.get("rules", [])])
    verdicts = {int(k): v for k, v in data.get("verdicts", [])}
    return game.play_out(lambda p: verdicts.get(p.id, "approve"))
