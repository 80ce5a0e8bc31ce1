"""The method's five golden claims, each over 30 seeds of the Arendonk scenario.

Each claim is asserted on the ensemble means with a margin of about half the gap we observed,
and, where the runs pair up by seed, on the share of seeds that go the expected way. A model
without the mechanism behind a claim has no gap and fails; a small change in the random stream
does not. The patterns must come from the mechanisms: nothing in the model checks the regime.

Means observed (30 seeds from 2024, ``scenarios/arendonk.yaml``, residents.join_bias -5.4 and
propose_rate 0.25 after the core-group recruitment fix, conditional cooperation among helpers):

1. control 0.2 vs 0.9 (clarity 0.9): proposals 8.47 vs 3.67, paired 87%;
   ownership_end 0.239 vs 0.168, paired 100%.
2. control 0.2, clarity 0.1 vs 0.9: conflicts_escalated 2.10 vs 0.00; runs with an escalation
   20% vs 0%.
3. door_to_door vs info_evening: vulnerable_participation_rate 0.072 vs 0.018, paired 100%.
4. no facilitator vs default: conflicts_escalated 0.53 vs 0.00, paired 43%;
   initiatives_realised 0.97 vs 4.03, paired 80%.
5. method regime vs college: cohesion gain 0.103 vs 0.030, paired 93%.

Earlier versions of the model (join_bias -4.8 and -4.9) gave larger escalation gaps for claim 4
(1.23 vs 0.00); with fewer residents drawn in without a facilitator, fewer conflicts start at
all, so the margin there was set from the current gap. All other margins are unchanged.

Reproduce with ``.venv/bin/pytest tests/test_golden.py -s`` (the means are printed).
"""

from __future__ import annotations

import pandas as pd
import pytest

import buurtsim
from buurtsim.scenarios import with_overrides

RUNS = 30
SEED = 2024

LOOSE_CLEAR = {"municipality.control": 0.2, "municipality.framework_clarity": 0.9}
MIDDLE_CLEAR = {"municipality.control": 0.55, "municipality.framework_clarity": 0.9}
TIGHT_CLEAR = {"municipality.control": 0.9, "municipality.framework_clarity": 0.9}
LOOSE_VAGUE = {"municipality.control": 0.2, "municipality.framework_clarity": 0.1}
DEFAULT: dict = {}
DOOR_TO_DOOR = {"facilitator.outreach": "door_to_door"}
INFO_EVENING = {"facilitator.outreach": "info_evening"}
NO_FACILITATOR = {"facilitator.hours_per_week": 0}
METHOD = {
    "municipality.control": 0.2,
    "municipality.framework_clarity": 0.8,
    "process.decision_rule": "package",
}
COLLEGE = {"municipality.control": 1.0, "process.decision_rule": "college"}


@pytest.fixture(scope="module")
def ensemble_of(arendonk):
    """Run each scenario's 30-seed ensemble once per module; rows sorted by seed."""
    cache: dict[tuple, pd.DataFrame] = {}

    def run(overrides: dict) -> pd.DataFrame:
        key = tuple(sorted(overrides.items()))
        if key not in cache:
            scenario = with_overrides(arendonk, overrides) if overrides else arendonk
            df = buurtsim.ensemble(scenario, runs=RUNS, seed=SEED, processes=2)
            cache[key] = df.sort_values("seed").reset_index(drop=True)
        return cache[key]

    return run


def compare(ensemble_of, a: dict, b: dict, column: str) -> tuple[float, float, float]:
    """Means of ``column`` under a and b, and the share of seeds where a > b."""
    x, y = ensemble_of(a), ensemble_of(b)
    assert (x["seed"] == y["seed"]).all()
    paired = float((x[column] > y[column]).mean())
    print(f"\n{column}: {x[column].mean():.4f} vs {y[column].mean():.4f}, a > b in {paired:.0%}")
    return float(x[column].mean()), float(y[column].mean()), paired


def test_claim_1_tighter_control_gives_fewer_proposals_and_lower_ownership(ensemble_of):
    loose, tight, paired = compare(ensemble_of, LOOSE_CLEAR, TIGHT_CLEAR, "proposals")
    assert loose - tight >= 2.0  # observed 8.47 vs 3.67
    assert paired >= 0.75  # observed 87%
    loose, tight, paired = compare(ensemble_of, LOOSE_CLEAR, TIGHT_CLEAR, "ownership_end")
    assert loose - tight >= 0.035  # observed 0.239 vs 0.168
    assert paired >= 0.9  # observed 100%


def test_claim_1_is_gradual_not_a_switch(ensemble_of):
    """A middle control level lands in between: the effect grows with control."""
    for column in ("proposals", "ownership_end"):
        loose = ensemble_of(LOOSE_CLEAR)[column].mean()
        middle = ensemble_of(MIDDLE_CLEAR)[column].mean()
        tight = ensemble_of(TIGHT_CLEAR)[column].mean()
        print(f"\n{column}: {loose:.4f} > {middle:.4f} > {tight:.4f}")
        assert loose > middle > tight, column


def test_claim_2_no_framework_gives_more_escalated_conflicts(ensemble_of):
    vague, clear, _ = compare(ensemble_of, LOOSE_VAGUE, LOOSE_CLEAR, "conflicts_escalated")
    assert vague - clear >= 0.9  # observed 2.10 vs 0.00
    # escalation is bursty (a few runs escalate a lot), so also count runs with any escalation
    any_vague = (ensemble_of(LOOSE_VAGUE)["conflicts_escalated"] > 0).mean()
    any_clear = (ensemble_of(LOOSE_CLEAR)["conflicts_escalated"] > 0).mean()
    assert any_vague >= any_clear + 0.1  # observed 20% vs 0%
    # and the vague frame gives more conflicts to begin with (disputes about what is allowed)
    assert (
        ensemble_of(LOOSE_VAGUE)["conflicts"].mean() > ensemble_of(LOOSE_CLEAR)["conflicts"].mean()
    )


def test_claim_3_door_to_door_reaches_more_vulnerable_residents(ensemble_of):
    door, info, paired = compare(
        ensemble_of, DOOR_TO_DOOR, INFO_EVENING, "vulnerable_participation_rate"
    )
    assert door - info >= 0.035  # observed 0.072 vs 0.018
    assert paired >= 0.8  # observed 100%


def test_claim_4_no_facilitator_gives_more_escalations_and_fewer_realisations(ensemble_of):
    none, default, paired = compare(ensemble_of, NO_FACILITATOR, DEFAULT, "conflicts_escalated")
    assert none - default >= 0.25  # observed 0.53 vs 0.00 (1.23 before recalibration)
    assert paired >= 0.3  # observed 43%
    default, none, paired = compare(ensemble_of, DEFAULT, NO_FACILITATOR, "initiatives_realised")
    assert default - none >= 1.7  # observed 4.03 vs 0.97
    assert paired >= 0.7  # observed 80%


def test_claim_5_the_method_regime_gives_a_larger_cohesion_gain(ensemble_of):
    method, college, paired = compare(ensemble_of, METHOD, COLLEGE, "cohesion_gain")
    assert method - college >= 0.035  # observed 0.103 vs 0.030
    assert paired >= 0.7  # observed 93%
    # the gain is what the summary says it is
    for overrides in (METHOD, COLLEGE):
        df = ensemble_of(overrides)
        pd.testing.assert_series_equal(
            df["cohesion_gain"], df["cohesion_end"] - df["cohesion_start"], check_names=False
        )
