"""How claims 6-8 are measured (who benefits, who is reached, what the process changes).

Claims 1-5 are in :mod:`buurtsim.experiments.measures`; the conventions are the same.

Each function takes the ensembles of a pattern's settings (``frames``: summary tables by setting
name, and ``NAME/initiatives`` for the initiatives of every run) and the pattern's margins, and
returns the measured values and whether the claim held. Its docstring states the claim, its
source in ``METHOD.md`` (the numbers in brackets) and why the margin is what it is. The settings
themselves are in :data:`buurtsim.experiments.patterns.PATTERNS`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
import pandas as pd

from .patternkit import Frames, Margin, col, exceeds, gap, mean


def _per_run(frames: Frames, name: str, mask) -> pd.Series:
    """Per run of setting ``name``: how many of its initiatives satisfy ``mask(table)``."""
    seeds = frames[name]["seed"]
    table = frames[f"{name}/initiatives"]
    if table.empty:  # not one initiative in any run
        return pd.Series(0.0, index=seeds)
    if "seed" not in table:
        return pd.Series(math.nan, index=seeds)
    hits = mask(table)
    counts = table[hits.fillna(False).astype(bool)].groupby("seed").size()
    return counts.reindex(seeds, fill_value=0).astype(float)


def _funded(table: pd.DataFrame) -> pd.Series:
    return col(table, "week_funded").notna()


# --- 6: who benefits ------------------------------------------------------------------------


def equal_shares_spreads(frames: Frames, margin: Margin) -> tuple[dict[str, float], bool]:
    """6a. Equal Shares spreads the money over more streets than approval greedy and majority.

    Claim: preferences differ by street and group; where the framework and the review are
    weak (criteria [10, 14]), money can go to a few, and the decision rules must then differ
    visibly (issue 8, item 6; rules as in pabutools). The settings are that weak
    speelveld (control 0.1, clarity 0.2, as in 6c), the same proposals for every rule.

    Where Equal Shares and greedy fund the same set (most runs, as on the real Diamantbuurt
    ballots: ``buurtsim ballots``) there is nothing to compare, so the claim is read on the runs
    where the sets differ: there Equal Shares must serve at least 0.5 street more (Arendonk has
    8 streets, about 4.7 bring a proposal), in at least ``min_runs`` runs. And Equal Shares must
    serve at least 0.3 street more than majority (one project per run, whatever the votes).
    """
    seeds = [int(s) for s in frames["equal_shares"]["seed"]]
    es = _funded_sets(frames["equal_shares/initiatives"], seeds)
    greedy = _funded_sets(frames["greedy/initiatives"], seeds)
    differ = pd.Series([es.get(s) != greedy.get(s) for s in seeds], dtype=bool)
    es_streets = col(frames["equal_shares"], "streets_served").reset_index(drop=True)
    extra = (es_streets - col(frames["greedy"], "streets_served").reset_index(drop=True))[differ]
    se = float(extra.std(ddof=1) / math.sqrt(len(extra))) if len(extra) > 1 else math.nan
    over_majority, maj_se = gap(col(frames["equal_shares"], "streets_served"),
                                col(frames["majority"], "streets_served"))  # fmt: skip
    held = (
        int(differ.sum()) >= margin["min_runs"]
        and exceeds(mean(extra), se, margin["streets"])
        and exceeds(over_majority, maj_se, margin["over_majority"])
    )
    empty, _ = gap(col(frames["greedy"], "voters_empty_handed"),
                   col(frames["equal_shares"], "voters_empty_handed"))  # fmt: skip
    return {
        "runs_with_different_sets": float(differ.mean()),
        "extra_streets_where_sets_differ": mean(extra),
        "extra_streets_over_majority": over_majority,
        "fewer_empty_handed": empty,
    }, held


def _funded_sets(table: pd.DataFrame, seeds: Iterable[int]) -> dict[int, frozenset]:
    if table.empty or "id" not in table:
        return {}
    funded = table[_funded(table)]
    sets = {int(s): frozenset(g["id"]) for s, g in funded.groupby("seed")}
    return {int(s): sets.get(int(s), frozenset()) for s in seeds}


def rules_differ(frames: Frames, margin: Margin) -> tuple[dict[str, float], bool]:
    """6b. Equal Shares and approval greedy fund different sets in a stated share of runs.

    Claim: as 6a (issue 8, item 6). The same seed gives the same proposals under both rules; in
    at least 30% of runs the funded sets must differ (the model before issue 8: 2 of 20 runs).
    """
    seeds = [int(s) for s in frames["equal_shares"]["seed"]]
    es = _funded_sets(frames["equal_shares/initiatives"], seeds)
    greedy = _funded_sets(frames["greedy/initiatives"], seeds)
    if not es or not greedy:
        return {"runs_with_different_sets": math.nan}, False
    differ = float(np.mean([es[s] != greedy[s] for s in seeds]))
    return {"runs_with_different_sets": differ}, differ >= margin["share"]


def capture_with_weak_frame(frames: Frames, margin: Margin) -> tuple[dict[str, float], bool]:
    """6c. Where framework and review are weak, money goes to a personal purpose.

    Claim: Balen's criterion "no commercial or personal purpose" [14] and Arendonk's "several
    residents clearly benefit" [10] exist because a few can otherwise take the money. At
    control 0.1 under approval greedy, a vague framework (clarity 0.2) must fund at least 0.3
    more ideas for a personal purpose or a few residents (``personal``) per run than a clear
    one (clarity 0.9). Voters cannot tell such an idea from another; only the working
    sessions' check and the review stop it.
    """
    personal = lambda t: _funded(t) & (col(t, "personal") > 0)  # noqa: E731
    breach = lambda t: _funded(t) & (col(t, "breach") > 0)  # noqa: E731
    if any("personal" not in frames[f"{k}/initiatives"] for k in ("vague", "clear")):
        return {"extra_funded_personal": math.nan}, False
    diff, se = gap(_per_run(frames, "vague", personal), _per_run(frames, "clear", personal))
    breaches, _ = gap(_per_run(frames, "vague", breach), _per_run(frames, "clear", breach))
    streets, _ = gap(col(frames["clear"], "streets_served"), col(frames["vague"], "streets_served"))
    return {
        "extra_funded_personal": diff,
        "extra_funded_breaches": breaches,
        "fewer_streets_served": streets,
    }, exceeds(diff, se, margin["personal"])


# --- 7 and 8 --------------------------------------------------------------------------------


def door_to_door_reaches(frames: Frames, margin: Margin) -> tuple[dict[str, float], bool]:
    """7. Door-to-door visits reach vulnerable residents better than the other outreach.

    Claim: step 4: door-to-door visits are costly in time and worth it [5]. Their
    ``vulnerable_participation_rate`` must beat both the core group and the info evening by at
    least 0.015 (about two of Arendonk's 130 vulnerable adults).
    """
    door = col(frames["door"], "vulnerable_participation_rate")
    values, held = {}, True
    for other in ("core", "info"):
        diff, se = gap(door, col(frames[other], "vulnerable_participation_rate"))
        values[f"over_{other}"] = diff
        held = held and exceeds(diff, se, margin["rate"])
    return values, held


def _change(frame: pd.DataFrame, start: str, end: str) -> float:
    return mean(col(frame, end) - col(frame, start))


def isolated_profit_least(frames: Frames, margin: Margin) -> tuple[dict[str, float], bool]:
    """7b. Isolated residents meet fewer people by chance, so they profit least.

    Claim: issue 8, item 7 ("isolated residents meet fewer people by chance"); the evaluation
    found that *some* vulnerable residents felt less lonely [7]. Over the default runs, the
    share of lonely residents must fall at least 0.01 less among isolated residents (few ties,
    few outings) than among vulnerable residents as a whole (who include them): the meeting
    places the buurtbudget makes reach them least.
    """
    frame = frames["default"]
    iso = col(frame, "lonely_isolated_end") - col(frame, "lonely_isolated_start")
    vul = col(frame, "lonely_vulnerable_end") - col(frame, "lonely_vulnerable_start")
    less, se = gap(iso, vul)
    return {
        "lonely_change_isolated": mean(iso),
        "lonely_change_vulnerable": mean(vul),
        "isolated_fall_less_by": less,
    }, exceeds(less, se, margin["less"])


def stands_still(frames: Frames, margin: Margin) -> tuple[dict[str, float], bool]:
    """8a. A neighbourhood without a buurtbudget stands still.

    Claim: every change the workbook shows must come from the process (issue 8, item 8;
    the evaluation measured change against before [7]). ``scenarios/no-buurtbudget.yaml`` over
    520 weeks: the mean change of cohesion, lonely vulnerable residents, trust in the
    municipality and liveability must each stay within 0.02 of the start.
    """
    none = frames["none"]
    values = {
        "cohesion_change": _change(none, "cohesion_start", "cohesion_end"),
        "lonely_vulnerable_change": _change(
            none, "lonely_vulnerable_start", "lonely_vulnerable_end"
        ),
        "trust_change": _change(none, "trust_municipality_start", "trust_municipality_end"),
        "liveability_change": _change(none, "liveability_start", "liveability_end"),
    }
    held = all(abs(v) <= margin["drift"] for v in values.values())  # NaN fails
    return values, held


def disengage(frames: Frames, margin: Margin) -> tuple[dict[str, float], bool]:
    """8b. Residents stop being active when they stop taking part.

    Claim: as 8a; 26 active residents were surveyed in Arendonk against 35 at the kick-off
    [7, 9]. In the default, ``active_end`` must lie clearly below ``participation_rate``: by at
    least a fifth of the participation rate and two standard errors of the paired difference.
    """
    d = frames["default"]
    part = col(d, "participation_rate")
    drop = part - col(d, "active_end")
    n = len(drop)
    se = float(drop.std(ddof=1)) / math.sqrt(n) if n > 1 else math.nan
    diff = mean(drop)
    held = exceeds(diff, se, margin["relative"] * mean(part))
    return {"participation": mean(part), "active_end": mean(col(d, "active_end"))}, held
