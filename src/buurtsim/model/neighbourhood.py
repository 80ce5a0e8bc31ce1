"""Building the neighbourhood: streets of houses, the residents living in them, and their ties.

The houses form a :class:`mesa.discrete_space.Network`: each street is a row of houses, next-door
houses are linked, and the streets meet at a junction (the school, the church square). Residents
live in a house (their household). Ties form mostly by proximity: within the household, with the
houses next door, and now and then across streets.

Every resident attribute is drawn here. The distributions are **assumptions** shaped by the
scenario's means; ``docs/odd.md`` ("Initialisation") lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np

from ..scenarios import Scenario
from .themes import PREFERENCE_PRIOR, theme_index
from .ties import Ties

OLDER_SHARE = 0.25  # assumption: share of adults over 65
SOCIAL_HOUSING_SES = 0.6  # assumption: SES multiplier for social-housing households
STREET_SIZES = 8.0  # assumption: how alike street lengths are (Dirichlet; higher = more alike)
STREET_CONCENTRATION = 1.0  # assumption: how alike street profiles are (higher = more alike)
GROUP_LEAN = 1.5  # assumption: extra Dirichlet weight of a group's favourite themes
ISOLATED_TIE_FACTOR = 0.3  # assumption: isolated residents have about a third of the usual ties
NEIGHBOUR_REACH = 4.0  # assumption: mean distance (in houses) of a tie within the street


def _beta(rng: np.random.Generator, mean: np.ndarray | float, k: float, size: int) -> np.ndarray:
    """Beta draws with a given mean and concentration ``k`` (means clipped into (0, 1))."""
    m = np.clip(mean, 0.02, 0.98)
    return rng.beta(m * k, (1 - m) * k, size)


@dataclass
class Layout:
    """Where the houses are."""

    street_of_house: np.ndarray  # street index per household
    position: np.ndarray  # house number along its street (0, 1, ...)
    street_length: np.ndarray  # houses per street
    xy: np.ndarray  # (H, 2) coordinates for drawing a map
    graph: nx.Graph  # houses as nodes; next-door links and street junctions as edges


def build_layout(households: int, streets: int, rng: np.random.Generator) -> Layout:
    """Split the households over the streets and lay the streets out like spokes of a village."""
    streets = max(1, min(streets, households))
    weights = rng.dirichlet(np.full(streets, STREET_SIZES))
    length = np.maximum(1, np.floor(weights * households).astype(int))
    while length.sum() > households:
        length[np.argmax(length)] -= 1
    while length.sum() < households:
        length[rng.integers(streets)] += 1
    street_of_house = np.repeat(np.arange(streets), length)
    position = np.concatenate([np.arange(n) for n in length])
    angle = 2 * np.pi * street_of_house / streets
    radius = 1.0 + position
    xy = np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])

    graph = nx.Graph()
    graph.add_nodes_from(range(households))
    start = np.concatenate([[0], np.cumsum(length)[:-1]])
    for s in range(streets):
        first = int(start[s])
        graph.add_edges_from((first + p, first + p + 1) for p in range(int(length[s]) - 1))
        if s:
            graph.add_edge(0, first)  # the streets meet at the junction near house 0
    return Layout(street_of_house, position, length, xy, graph)


@dataclass
class Population:
    """Resident attributes, one entry per adult. Fixed traits first, then changing state."""

    household: np.ndarray
    street: np.ndarray
    position: np.ndarray
    ses: np.ndarray
    older: np.ndarray
    low_income: np.ndarray
    isolated: np.ndarray
    vulnerable: np.ndarray
    free_time: np.ndarray
    civic: np.ndarray
    preferences: np.ndarray  # (N, themes), rows sum to 1
    tolerance: np.ndarray
    loneliness_base: np.ndarray
    # state
    trust: np.ndarray
    ownership: np.ndarray
    loneliness: np.ndarray

    @property
    def size(self) -> int:
        return len(self.household)


def draw_preferences(scenario: Scenario, layout: Layout, household, older, vulnerable, single,
                     rng: np.random.Generator) -> np.ndarray:  # fmt: skip
    """Each resident's taste for the themes (rows sum to 1).

    With ``mechanisms.street_taste``, tastes differ by street (each street has its own profile,
    as the sticker votes of a neighbourhood's tables differ [9]) and by group: older residents
    lean to rest and meeting, young families (two or more adults, not older) to play and sport,
    vulnerable residents to meeting and food. Without it, every resident draws alone from the
    Arendonk sticker-vote prior.
    """
    n = household.size
    if not scenario.mechanisms.street_taste:
        return rng.dirichlet(PREFERENCE_PRIOR, n)
    n_streets = layout.street_length.size
    street_profile = rng.dirichlet(PREFERENCE_PRIOR * STREET_CONCENTRATION, n_streets)
    street = layout.street_of_house[household]
    base = street_profile[street] * PREFERENCE_PRIOR.sum()
    family = ~older & ~single
    for mask, theme_keys in ((older, ("rest", "meeting")), (family, ("play_sport",)),
                             (vulnerable, ("meeting", "food"))):  # fmt: skip
        for key in theme_keys:
            base[mask, theme_index(key)] += GROUP_LEAN
    draws = rng.gamma(base)  # a Dirichlet draw per row, with the row's own weights
    return draws / draws.sum(axis=1, keepdims=True)


def build_population(scenario: Scenario, layout: Layout, rng: np.random.Generator) -> Population:
    nb = scenario.neighbourhood
    n_households = len(layout.street_of_house)
    adults = 1 + rng.poisson(max(nb.adults_per_household - 1.0, 0.0), n_households)
    adults = np.minimum(adults, 4)
    household = np.repeat(np.arange(n_households), adults)
    n = len(household)
    single = (adults == 1)[household]

    social = rng.random(n_households) < nb.social_housing_share
    ses_h = _beta(rng, nb.ses_mean, 6.0, n_households) * np.where(social, SOCIAL_HOUSING_SES, 1.0)
    ses = np.clip(ses_h[household] + rng.normal(0, 0.05, n), 0, 1)
    older = rng.random(n) < OLDER_SHARE
    low_income = ses < 0.25

    # Vulnerability: the given share of adults, chosen mostly among low SES, older and single.
    score = (1 - ses) + 0.4 * older + 0.3 * single + 0.6 * rng.random(n)
    n_vulnerable = int(round(nb.vulnerable_share * n))
    vulnerable = np.zeros(n, dtype=bool)
    if n_vulnerable:
        vulnerable[np.argsort(-score, kind="stable")[:n_vulnerable]] = True
    isolated = vulnerable & (single | (rng.random(n) < 0.3)) & (rng.random(n) < 0.6)

    free_time = rng.gamma(2.0, nb.free_time_mean / 2.0, n) * np.where(older, 1.4, 1.0)
    civic = np.clip(_beta(rng, nb.civic_propensity_mean, 5.0, n) + 0.2 * (ses - nb.ses_mean), 0, 1)
    preferences = draw_preferences(scenario, layout, household, older, vulnerable, single, rng)
    tolerance = _beta(rng, nb.tolerance_mean, 6.0, n)
    loneliness_base = np.where(vulnerable, rng.uniform(0.45, 0.85, n), rng.uniform(0.1, 0.45, n))
    trust = np.clip(
        scenario.municipality.trust_initial + rng.normal(0, 0.1, n) + 0.1 * (ses - 0.5), 0, 1
    )
    ownership = np.clip(0.1 + 0.2 * civic, 0, 1)
    return Population(
        household=household,
        street=layout.street_of_house[household],
        position=layout.position[household],
        ses=ses,
        older=older,
        low_income=low_income,
        isolated=isolated,
        vulnerable=vulnerable,
        free_time=free_time,
        civic=civic,
        preferences=preferences,
        tolerance=tolerance,
        loneliness_base=loneliness_base,
        trust=trust,
        ownership=ownership,
        loneliness=np.zeros(n),
    )


def build_ties(scenario: Scenario, pop: Population, rng: np.random.Generator) -> Ties:
    """Household ties, plus ties to nearby houses in the street and a few across streets."""
    nb = scenario.neighbourhood
    n = pop.size
    ties = Ties(n, capacity=max(64, int(n * (nb.ties_per_resident + 2))))
    # household: everyone is tied to the other adults in the house (pairs in the order i, then j)
    ties.add_many(*household_pairs(pop.household), 1.0, household=True)
    if nb.ties_per_resident <= 0 or n < 2:
        return ties

    # neighbours: each resident starts half of their ties (the other end starts the other half),
    # mostly with an adult in a house a few doors away, now and then with anyone in the area
    want = nb.ties_per_resident / 2 * np.where(pop.isolated, ISOLATED_TIE_FACTOR, 1.0)
    src = np.repeat(np.arange(n), rng.poisson(want))
    m = len(src)
    n_houses = int(pop.household.max()) + 1
    first_adult = np.searchsorted(pop.household, np.arange(n_houses))
    adults = np.bincount(pop.household, minlength=n_houses)
    house_street = pop.street[first_adult]  # houses are numbered street by street
    n_streets = int(house_street.max()) + 1
    lo = np.searchsorted(house_street, np.arange(n_streets))[pop.street[src]]
    hi = np.searchsorted(house_street, np.arange(n_streets), side="right")[pop.street[src]] - 1
    house = pop.household[src]
    offset = rng.geometric(1 / NEIGHBOUR_REACH, m) * rng.choice([-1, 1], m)
    target = np.where((house + offset < lo) | (house + offset > hi), house - offset, house + offset)
    target = np.clip(target, lo, hi)
    local = first_adult[target] + (rng.random(m) * adults[target]).astype(np.int64)
    across = rng.random(m) < nb.cross_street_ties
    dst = np.where(across, rng.integers(0, n, m), local)
    strength = rng.uniform(0.2, 0.7, m)
    other = pop.household[src] != pop.household[dst]
    ties.add_many(src[other], dst[other], strength[other])
    return ties


def household_pairs(household: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every pair ``i < j`` of residents in the same house (each house's residents numbered one
    after another), sorted by ``i`` and then ``j``."""
    idx = np.arange(household.size)
    i, j = [idx[:0]], [idx[:0]]
    for d in range(1, int(np.bincount(household).max(initial=1))):
        same = household[:-d] == household[d:]
        i.append(idx[:-d][same])
        j.append(idx[d:][same])
    first, second = np.concatenate(i), np.concatenate(j)
    order = np.lexsort((second, first))
    return first[order], second[order]
