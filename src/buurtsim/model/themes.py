"""Initiative themes: the seven photo themes of Arendonk's participation evening.

METHOD.md, step 5 [9]: the evening showed photos by theme (green, food, meeting, rest, sport/play,
culture, alternative mobility); residents voted with stickers and meeting, sport and relaxation won.

Every number in this table is an **assumption** unless its comment says otherwise. The cost ranges
are what residents *ask*: a typical idea asks about 1,300-1,800 euro, so that the 6-7 proposals
at Arendonk's decision ask for more than the 8,000 euro and the package has to be trimmed, as it
was [11]; after the trim a project gets about 1,100-1,300 euro (8,000 over 6-7 projects,
METHOD.md). ``cost_scale`` in the scenario multiplies them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Theme:
    key: str
    nl: str
    en: str
    cost_low: float  # euro, assumption (see module docstring)
    cost_high: float  # euro, assumption
    burden: float  # 0-1: how much it can bother the residents next to it (a bench at the door)
    meeting: float  # 0-1: how much it makes residents meet once realised
    liveability: float  # 0-1: how much it makes the neighbourhood more pleasant
    college_taste: float  # 0-1: how much a cautious college likes it (tidy, low-risk)
    preference_prior: float  # Dirichlet weight of residents' taste; Arendonk sticker vote [9]
    neighbourhood_wide: bool  # serves the whole neighbourhood rather than one street


# fmt: off
THEMES: tuple[Theme, ...] = (
    # meeting, play/sport and rest won Arendonk's sticker vote [9]: larger preference priors
    Theme("meeting", "ontmoeting", "meeting", 900, 2600, 1.0, 1.0, 0.3, 0.4, 2.0, False),
    Theme("green", "groen", "green", 400, 2000, 0.2, 0.2, 1.0, 0.9, 1.2, False),
    Theme("play_sport", "spel en sport", "play and sport",
          1000, 2800, 0.9, 0.7, 0.4, 0.5, 1.6, False),
    Theme("rest", "rust", "rest", 700, 2100, 0.5, 0.5, 0.6, 0.6, 1.6, False),
    Theme("culture", "cultuur", "culture", 400, 2100, 0.4, 0.6, 0.2, 0.4, 0.9, True),
    Theme("mobility", "zachte mobiliteit", "mobility and walking",
          600, 2200, 0.3, 0.3, 0.8, 0.8, 0.9, True),
    Theme("food", "eten", "food", 400, 1700, 0.6, 0.8, 0.3, 0.3, 1.0, False),
)
# fmt: on

THEME_KEYS: tuple[str, ...] = tuple(t.key for t in THEMES)
N_THEMES = len(THEMES)

COST_LOW = np.array([t.cost_low for t in THEMES])
COST_HIGH = np.array([t.cost_high for t in THEMES])
BURDEN = np.array([t.burden for t in THEMES])
MEETING = np.array([t.meeting for t in THEMES])
LIVEABILITY = np.array([t.liveability for t in THEMES])
COLLEGE_TASTE = np.array([t.college_taste for t in THEMES])
PREFERENCE_PRIOR = np.array([t.preference_prior for t in THEMES])
NEIGHBOURHOOD_WIDE = np.array([t.neighbourhood_wide for t in THEMES])


def theme_index(key: str) -> int:
    """The position of a theme in :data:`THEMES`."""
    return THEME_KEYS.index(key)
