"""The ledger's bookings and the tie graph's operations, with exact expected numbers."""

from __future__ import annotations

import doctest

import numpy as np
import pytest

import buurtsim.model.ledger
from buurtsim.model.ledger import Ledger, LedgerError
from buurtsim.model.ties import HABIT_SHARE, Ties


# --- Ledger ------------------------------------------------------------------------------------
def snapshot(book: Ledger) -> tuple:
    return dict(book.allocations), dict(book.spending)


def test_allocate_within_the_budget():
    book = Ledger(8000)
    book.allocate(1, 1200)
    book.allocate(2, 6800)  # exactly the rest
    assert book.allocated == 8000
    assert book.free == 0
    assert book.spent == 0
    assert book.unspent == 8000


def test_refuses_over_allocation():
    book = Ledger(8000)
    book.allocate(1, 5000)
    before = snapshot(book)
    with pytest.raises(LedgerError, match="exceeds the free budget"):
        book.allocate(2, 3000.01)
    assert snapshot(book) == before  # a refused booking leaves no trace
    with pytest.raises(LedgerError):
        book.allocate(1, 3001)  # also when topping up an existing allocation


def test_nothing_can_be_allocated_from_a_zero_budget():
    book = Ledger(0)
    book.allocate(1, 0)
    with pytest.raises(LedgerError):
        book.allocate(1, 0.01)


def test_refuses_negative_amounts():
    book = Ledger(8000)
    with pytest.raises(LedgerError, match="negative"):
        book.allocate(1, -1)
    book.allocate(1, 100)
    with pytest.raises(LedgerError):
        book.spend(1, -1)
    assert book.spent == 0
    assert book.allocated == 100


def test_refuses_over_spending():
    book = Ledger(8000)
    book.allocate(1, 1000)
    book.spend(1, 600)
    before = snapshot(book)
    with pytest.raises(LedgerError, match="exceeds its allocation"):
        book.spend(1, 400.5)  # 600 + 400.5 > 1000
    assert snapshot(book) == before
    book.spend(1, 400)
    assert book.spent == 1000
    with pytest.raises(LedgerError):
        book.spend(2, 1)  # nothing allocated to initiative 2


def test_trim_lowers_the_allocation_but_not_below_what_is_spent():
    book = Ledger(8000)
    book.allocate(1, 1000)
    book.spend(1, 300)
    book.reduce(1, 700)
    assert book.allocated == 700
    assert book.free == 7300
    with pytest.raises(LedgerError):
        book.reduce(1, 299)  # below the 300 already spent
    with pytest.raises(LedgerError):
        book.reduce(1, 800)  # a trim cannot raise the allocation
    assert book.allocated == 700
    book.reduce(1, 300)  # exactly what is spent is fine
    assert book.allocated == 300


def test_release_returns_the_unspent_money():
    book = Ledger(8000)
    book.allocate(1, 1200)
    book.allocate(2, 2000)
    book.spend(1, 1100)
    book.release(1)  # finished under cost: 100 euro back
    book.release(2)  # vetoed before any spending: all back
    assert book.allocations == {1: 1100, 2: 0}
    assert book.allocated == 1100
    assert book.spent == 1100
    assert book.free == 6900
    assert book.unspent == 6900
    book.allocate(3, 6900)  # the released money can be allocated again
    assert book.free == 0


def test_ledger_doctest():
    failures, tried = doctest.testmod(buurtsim.model.ledger, verbose=False)
    assert tried > 0
    assert failures == 0


# --- Ties --------------------------------------------------------------------------------------
@pytest.fixture
def square() -> Ties:
    """Four residents: 0-1 neighbours (0.5), 1-2 one household (1.0), 2-3 neighbours (0.3)."""
    ties = Ties(4)
    ties.add(0, 1, 0.5)
    ties.add(2, 1, 1.0, household=True)
    ties.add(3, 2, 0.3)
    return ties


def tie(ties: Ties, i: int, j: int) -> float:
    k = ties.index.get((min(i, j), max(i, j)))
    return 0.0 if k is None else float(ties.strength[k])


def test_add(square):
    assert square.count() == 3
    assert tie(square, 1, 0) == 0.5
    square.add(1, 0, 0.2)  # adding a weaker tie keeps the stronger one
    assert tie(square, 0, 1) == 0.5
    square.add(0, 1, 0.9)
    assert tie(square, 0, 1) == 0.9
    square.add(3, 3, 1.0)  # no tie with oneself
    assert square.count() == 3
    u, v, s = square.edges()
    assert sorted(zip(u.tolist(), v.tolist(), s.tolist(), strict=True)) == [
        (0, 1, 0.9),
        (1, 2, 1.0),
        (2, 3, 0.3),
    ]


def test_strength_sum_leaves_out_household_ties_unless_asked(square):
    np.testing.assert_allclose(square.strength_sum(), [0.5, 0.5, 0.3, 0.3])
    np.testing.assert_allclose(square.strength_sum(include_household=True), [0.5, 1.5, 1.3, 0.3])


def test_neighbour_sum(square):
    x = np.array([1.0, 10.0, 100.0, 1000.0])
    # 0: 0.5*10; 1: 0.5*1 + 1.0*100; 2: 1.0*10 + 0.3*1000; 3: 0.3*100
    np.testing.assert_allclose(square.neighbour_sum(x), [5.0, 100.5, 310.0, 30.0])
    active = np.array([0.0, 0.0, 1.0, 0.0])
    np.testing.assert_allclose(square.neighbour_sum(active), [0.0, 1.0, 0.0, 0.3])


def test_strengthen_grows_toward_one_or_forms_a_tie(square):
    assert square.strengthen(0, 1, 0.5) is False
    assert tie(square, 0, 1) == pytest.approx(0.75)  # 0.5 + 0.5 * (1 - 0.5)
    assert square.strengthen(1, 0, 0.5) is False
    assert tie(square, 0, 1) == pytest.approx(0.875)
    assert square.strengthen(0, 3, 0.15) is True  # a new tie
    assert tie(square, 0, 3) == pytest.approx(0.15)
    assert square.count() == 4
    assert square.strengthen(2, 2, 0.5) is False  # not with oneself
    assert square.count() == 4


def test_break_tie(square):
    assert square.break_tie(1, 0) is True
    assert tie(square, 0, 1) == 0.0
    assert square.count() == 2
    assert square.break_tie(0, 1) is False  # already broken
    assert square.break_tie(1, 2) is False  # a household tie does not break
    assert tie(square, 1, 2) == 1.0
    assert square.break_tie(0, 3) is False  # there was no tie
    np.testing.assert_allclose(square.strength_sum(), [0.0, 0.0, 0.3, 0.3])
    # meeting again re-forms a broken tie from scratch
    assert square.strengthen(0, 1, 0.15) is True
    assert tie(square, 0, 1) == pytest.approx(0.15)


def test_decay_without_habit_weakens_and_breaks_the_weakest(square):
    square.add(0, 3, 0.11)
    broke = square.decay(0.1, to_habit=False)
    assert broke == 1  # 0.11 - 0.1 is below the 0.02 at which a tie breaks
    assert tie(square, 0, 3) == 0.0
    assert tie(square, 0, 1) == pytest.approx(0.4)
    assert tie(square, 2, 3) == pytest.approx(0.2)
    assert tie(square, 1, 2) == 1.0  # household ties do not decay
    assert square.count() == 3
    assert square.decay(0.1, to_habit=False) == 0
    assert tie(square, 2, 3) == pytest.approx(0.1)
    assert square.decay(0.1, to_habit=False) == 1  # 0.1 - 0.1 = 0 breaks
    assert square.count() == 2
    # broken ties stay broken (they do not go negative or come back)
    square.decay(0.1, to_habit=False)
    assert tie(square, 2, 3) == 0.0
    assert (square.strength[: square.size] >= 0).all()


def test_ties_grow_beyond_their_first_capacity():
    ties = Ties(200, capacity=4)
    for i in range(199):
        ties.add(i, i + 1, 0.5)
    assert ties.count() == 199
    sums = ties.strength_sum()
    assert sums[0] == 0.5 and sums[199] == 0.5
    np.testing.assert_allclose(sums[1:199], 1.0)
    u, v, _ = ties.edges()
    assert (v - u == 1).all()


def test_ties_fade_to_their_habit_and_shared_activity_lifts_the_habit(square):
    """Everyday contact keeps a tie at its habitual strength (its strength when the run began);
    meeting lifts it above, it fades back, and a share of the lift stays as a new habit."""
    start = tie(square, 0, 1)
    for _ in range(50):
        square.decay(0.1)
    assert tie(square, 0, 1) == pytest.approx(start)  # no contact, no change
    square.strengthen(0, 1, 0.5)
    lifted = tie(square, 0, 1)
    assert lifted > start
    for _ in range(50):
        square.decay(0.1)
    after = tie(square, 0, 1)
    assert start < after < lifted  # part of it lasts
    assert after == pytest.approx(start + HABIT_SHARE * (lifted - start))
    # a meeting that does not last fades back entirely
    square.strengthen(2, 3, 0.5, lasting=False)
    before = tie(square, 2, 3)
    for _ in range(50):
        square.decay(0.1)
    assert tie(square, 2, 3) < before
    # an escalation breaks the habit too
    square.break_tie(0, 1)
    square.decay(0.1)
    assert tie(square, 0, 1) == 0.0


# --- the batch operations give what the one-at-a-time ones give, bit for bit ---------------------
def _state(ties: Ties) -> tuple:
    arrays = tuple(getattr(ties, f)[: ties.size].tobytes() for f in ("u", "v", "strength", "habit"))
    return arrays, ties.household[: ties.size].tobytes(), list(ties.index.items()), ties.plain_from


@pytest.mark.parametrize("household", [False, True])
def test_add_many_is_add_in_turn(household):
    rng = np.random.default_rng(5)
    for _ in range(50):
        one, many = Ties(20, capacity=4), Ties(20, capacity=4)
        for i, j in rng.integers(0, 20, (4, 2)).tolist():  # some ties exist already
            one.add(i, j, 0.4)
            many.add(i, j, 0.4)
        i, j, s = rng.integers(0, 20, 30), rng.integers(0, 20, 30), rng.random(30)
        for a, b, x in zip(i.tolist(), j.tolist(), s.tolist(), strict=True):
            one.add(a, b, x, household=household)
        many.add_many(i, j, s, household=household)
        assert _state(many) == _state(one)


def test_strengthen_all_is_strengthen_in_turn():
    rng = np.random.default_rng(6)
    for lasting in (True, False):
        one, many = Ties(15, capacity=4), Ties(15, capacity=4)
        ends, strength = rng.integers(0, 15, (2, 10)).tolist(), rng.random(10).tolist()
        for i, j, x in zip(*ends, strength, strict=True):
            one.add(i, j, x)
            many.add(i, j, x)
        pairs = rng.integers(0, 15, (60, 2)).tolist()  # repeated pairs and new ties included
        for i, j in pairs:
            one.strengthen(i, j, 0.15, lasting)
        many.strengthen_all(pairs, 0.15, lasting)
        assert _state(many) == _state(one)


def test_household_ties_first_make_the_plain_slice():
    """Household ties added first: fading and support skip them as a slice, with the same sums as
    masking them out; a household tie after a plain one switches the slice off."""
    ties = Ties(6)
    ties.add_many([0, 2], [1, 3], 1.0, household=True)
    ties.add_many([1, 3, 0], [2, 4, 5], [0.5, 0.3, 0.2])
    assert ties.plain_from == 2
    masked = np.where(ties.household[: ties.size], 0.0, ties.strength[: ties.size])
    expected = np.bincount(ties.u[: ties.size], masked, 6) + np.bincount(
        ties.v[: ties.size], masked, 6
    )
    assert ties.strength_sum().tobytes() == expected.tobytes()
    ties.add(4, 5, 1.0, household=True)
    assert ties.plain_from is None
    assert ties.strength_sum()[5] == pytest.approx(0.2)
