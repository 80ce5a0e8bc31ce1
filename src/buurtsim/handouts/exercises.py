"""The simulations behind the paper pack: exercise 1 (the groups' scenarios side by side) and
exercise 2 (playing the municipality on paper).

Exercise 1 runs the trainer guide's four group scenarios beside Arendonk, on the same seeds, and
keeps the debrief's talking points of one run of each. Exercise 2 starts the game as the
dashboard does (:func:`~buurtsim.workshop.game_start.playable_game`: the group's seed, or the
next one that brings proposals), lists every proposal that comes to review, and plays the game
out under a few sets of verdicts, and under each of the dashboard's extra rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..experiments import ensemble, run_seeds, simulate
from ..scenarios import Scenario, flatten, load_scenario, with_overrides
from ..workshop import MunicipalityGame, Pending, debrief
from ..workshop.game_start import playable_game, replay_game
from ..workshop.play import HANDS_OFF, STRICT

#: the base of every comparison, and the four group cards of the trainer guide's exercise 1
BASE = "arendonk"
GROUP_SCENARIOS: tuple[str, ...] = (
    "strict-municipality",
    "hands-off-no-framework",
    "no-facilitator",
    "door-to-door",
)
#: the extra framework rules the dashboard offers, with the trainer guide's example values
PAPER_RULES: tuple[tuple[str, Any], ...] = (
    ("max_cost", 2000),
    ("no_theme", "food"),
    ("min_supporters", 2),
)


class HandoutsError(ValueError):
    """A problem with what ``buurtsim handouts`` was asked to do, in Dutch."""


@dataclass
class Exercise1:
    """The scenarios of exercise 1, run on the same seeds."""

    files: list[Path]
    scenarios: list[Scenario]
    names: list[str]
    summary: pd.DataFrame  # one row per run, with a ``scenario`` column (the name)
    weekly: pd.DataFrame  # the weekly measures, likewise
    talk: dict[str, list[str]]  # the debrief's talking points of one run per scenario
    runs: int
    seed: int


@dataclass
class Exercise2:
    """The game of exercise 2: its proposals, and what sets of verdicts and rules did."""

    scenario: Scenario
    asked_seed: int
    seed: int
    proposals: list[tuple[int, Pending]]  # (week of the review, the proposal)
    verdicts: pd.DataFrame  # one row per set of verdicts (index: its key), summary columns
    rules: pd.DataFrame = field(default_factory=pd.DataFrame)  # one row per extra rule
    rule_seeds: list[int] = field(default_factory=list)


def scenario_paths(folder: Path) -> list[Path]:
    """The base and the four group scenarios in ``folder``; a Dutch error names what is missing."""
    paths = [folder / f"{stem}.yaml" for stem in (BASE, *GROUP_SCENARIOS)]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        from ..i18n import tf

        raise HandoutsError(tf("ho_no_scenarios", missing=", ".join(missing)))
    return paths


def run_exercise1(
    files: list[Path], runs: int, seed: int, processes: int | None = None
) -> Exercise1:
    """Every scenario's ensemble on seeds ``seed`` ... ``seed + runs - 1``, and the talking
    points of its first run."""
    scenarios = [load_scenario(f) for f in files]
    names = [sc.neighbourhood.name for sc in scenarios]
    summaries, weekly, talk = [], [], {}
    for name, sc in zip(names, scenarios, strict=True):
        summary, ts = ensemble(sc, runs=runs, seed=seed, processes=processes, timeseries=True)
        summaries.append(summary.assign(scenario=name))
        weekly.append(ts.assign(scenario=name))
        talk[name] = debrief(simulate(sc, seed=seed, keep_model=True))
    return Exercise1(
        files=files,
        scenarios=scenarios,
        names=names,
        summary=pd.concat(summaries, ignore_index=True),
        weekly=pd.concat(weekly, ignore_index=True),
        talk=talk,
        runs=runs,
        seed=seed,
    )


def _proposals(game: MunicipalityGame) -> list[tuple[int, Pending]]:
    """Every proposal of the game that comes to review, with the week of its review (the game is
    played out, approving all)."""
    found: list[tuple[int, Pending]] = []
    while not game.finished:
        pending = game.advance()
        if pending:
            found += [(game.week + 1, p) for p in pending]
            game.decide({p.id: "approve" for p in pending})
    return found


def verdict_sets(ids: list[int]) -> dict[str, dict[int, str]]:
    """The sets of verdicts played out on paper: all approved, all trimmed, all vetoed, and
    each proposal vetoed on its own (the others approved)."""
    sets = {
        "all_approve": dict.fromkeys(ids, "approve"),
        "all_trim": dict.fromkeys(ids, "trim"),
        "all_veto": dict.fromkeys(ids, "veto"),
    }
    if len(ids) > 1:
        for i in ids:
            sets[f"veto_{i}"] = {k: ("veto" if k == i else "approve") for k in ids}
    return sets


def _verdict_table(scenario: Scenario, seed: int, ids: list[int]) -> pd.DataFrame:
    rows = {}
    for key, verdicts in verdict_sets(ids).items():
        record = {"rules": [], "verdicts": [[i, v] for i, v in verdicts.items()]}
        rows[key] = replay_game(scenario, seed, record).summary
    for key, control in (("hands_off", HANDS_OFF), ("strict", STRICT)):
        other = with_overrides(scenario, {"municipality.control": control})
        rows[key] = simulate(other, seed=seed).summary
    return pd.DataFrame(rows).T


def _rule_table(scenario: Scenario, seeds: list[int]) -> pd.DataFrame:
    """Median outcomes of the game, every proposal approved, without and with each extra rule."""
    rows = {}
    for rule in (None, *PAPER_RULES):
        runs, text = [], ""
        for s in seeds:
            game = MunicipalityGame(scenario, seed=s)
            if rule is not None:
                text = game.add_rule(*rule).text
            runs.append(game.play_out(lambda p: "approve").summary)
        table = pd.DataFrame(runs).apply(pd.to_numeric, errors="coerce")
        key = "none" if rule is None else rule[0]
        rows[key] = {**table.median(numeric_only=True).to_dict(), "rule_text": text}
    return pd.DataFrame.from_dict(rows, orient="index")


def run_exercise2(base: Path, seed: int, runs: int) -> Exercise2:
    """The paper game on the base scenario, from ``seed`` (or the next seed with proposals)."""
    scenario = load_scenario(base)
    game = playable_game(scenario, seed)
    if game is None:  # the base scenario without extra rules: never seen, but say it plainly
        from ..i18n import tf

        raise HandoutsError(tf("ho_no_game", seed=seed))
    proposals = _proposals(game)
    ids = [p.id for _, p in proposals]
    seeds = run_seeds(seed, runs)
    return Exercise2(
        scenario=scenario,
        asked_seed=int(seed),
        seed=game.seed,
        proposals=proposals,
        verdicts=_verdict_table(scenario, game.seed, ids),
        rules=_rule_table(scenario, seeds),
        rule_seeds=seeds,
    )


def parameters_record(ex1: Exercise1, ex2: Exercise2) -> dict[str, Any]:
    """Every setting and seed behind the pack, for ``werkmap.json``."""
    return {
        "exercise_1": {
            "runs": ex1.runs,
            "seeds": run_seeds(ex1.seed, ex1.runs),
            "talking_points_seed": ex1.seed,
            "scenarios": [
                {"file": f.name, "name": n, "parameters": flatten(sc)}
                for f, n, sc in zip(ex1.files, ex1.names, ex1.scenarios, strict=True)
            ],
        },
        "exercise_2": {
            "asked_seed": ex2.asked_seed,
            "seed": ex2.seed,
            "proposals": [p.id for _, p in ex2.proposals],
            "verdict_sets": verdict_sets([p.id for _, p in ex2.proposals]),
            "automatic_controls": {"hands_off": HANDS_OFF, "strict": STRICT},
            "rules": [list(r) for r in PAPER_RULES],
            "rule_seeds": ex2.rule_seeds,
            "parameters": flatten(ex2.scenario),
        },
    }
