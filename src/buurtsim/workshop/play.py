"""Play the municipality: the simulation pauses at each review and the group gives the verdict.

The residents still act through the model: they propose, work out, decide and build, and they
react to the group's verdicts exactly as they react to a simulated college (a veto costs the
supporters ownership and trust, a long wait costs trust, an approval lets the volunteers start).
Before the ideas are checked the group may add plain extra framework rules; an idea that breaks
one is passed on to the council or the OCMW at the framework check.

>>> game = MunicipalityGame("scenarios/arendonk.yaml", seed=2)
>>> game.add_rule("max_cost", 1500).text
'hoogstens € 1.500 per project'
>>> pending = game.advance()              # runs until reviews are due
>>> game.decide({p.id: "approve" for p in pending})
>>> result = game.play_out(lambda p: "approve")  # the rest of the game, one verdict for all
>>> game.finished, len(game.compare())
(True, 3)

The rules act only through the framework check in the work-out weeks: the facilitator checks
each idea once, so a rule added after an idea was checked does not touch that idea; an idea the
facilitator has no hours for, or one put forward in the last work-out week, reaches the decision
unchecked; and without facilitator hours no idea is checked at all (a lesson in itself). The
group sees "niet getoetst" for those at the review and can still trim or veto them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..experiments import OUTCOMES, Result, simulate
from ..experiments.runs import conflicts_table, initiatives_table, summarise
from ..i18n import euro, t
from ..language import resolve
from ..model import BuurtbudgetModel
from ..model.agents import Initiative
from ..scenarios import Scenario, flatten, load_scenario, with_overrides
from .game_rules import Rule, make_rule
from .words import idea_label, street_label

#: the verdicts a group can give, with their Dutch and English names
VERDICTS: dict[str, dict[str, str]] = {
    "approve": {"nl": "goedkeuren", "en": "approve"},
    "trim": {"nl": "inkorten", "en": "trim"},
    "veto": {"nl": "tegenhouden (veto)", "en": "veto"},
}

#: the automatic municipalities of :meth:`MunicipalityGame.compare`
HANDS_OFF = 0.1
STRICT = 0.9

#: the outcomes :meth:`MunicipalityGame.compare` shows by default
COMPARE_OUTCOMES: tuple[str, ...] = (
    "proposals_redirected",
    "initiatives_funded",
    "initiatives_vetoed",
    "initiatives_realised",
    "budget_spent",
    "conflicts_escalated",
    "ownership_end",
    "trust_municipality_end",
    "cohesion_gain",
)

_CRITERIA = {
    "several_benefit": ("niet genoeg bewoners hebben er baat bij", "few residents benefit"),
    "pleasant": ("maakt de buurt niet aangenamer", "does not make the area more pleasant"),
    "feasible": ("te ambitieus, niet haalbaar", "over-ambitious, not feasible"),
    "cost_ok": ("te duur voor het kader", "too expensive for the framework"),
    "maintenance": ("geen afspraken over onderhoud", "no maintenance agreement"),
    "not_personal": ("persoonlijk of commercieel doel", "personal or commercial purpose"),
}


#: the rows of :meth:`MunicipalityGame.compare` (Dutch, English)
_COMPARED: tuple[tuple[str, str, str], tuple[str, str, str]] = (
    ("jullie gemeente", "loslatende gemeente", "strenge gemeente"),
    ("your municipality", "hands-off municipality", "strict municipality"),
)


def _judged(idea: Initiative, problems: tuple[str, ...], nl: bool) -> str:
    """What the municipality can see in the dossier: the framework's criteria, met or not."""
    if idea.judged_in_frame is None:
        return "niet getoetst aan het kader" if nl else "not checked against the framework"
    if not problems:
        return "voldoet aan alle criteria" if nl else "meets every criterion"
    return "voldoet niet aan het kader" if nl else "does not meet the framework"


def _money(idea: Initiative, lang: str | None) -> str:
    """The amount granted, with the cost when the idea was trimmed."""
    money = euro(idea.amount, lang=lang)
    if idea.amount < idea.cost - 0.5:
        money += (
            f" (van {euro(idea.cost)})"
            if resolve(lang) == "nl"
            else f" (of {euro(idea.cost, lang=lang)})"
        )
    return money


def _compare_table(
    rows: list[pd.Series], outcomes: tuple[str, ...], rules: str, nl: bool
) -> pd.DataFrame:
    """The table of :meth:`MunicipalityGame.compare` from the three runs' summaries."""
    table = pd.DataFrame(
        [{"seed": int(r["seed"]), "municipality.control": r["municipality.control"]} for r in rows]
    )
    for o in outcomes:
        table[o] = [float(r[o]) for r in rows]
    table.insert(1, "rules", [rules, "–", "–"])
    table.index = pd.Index(_COMPARED[0 if nl else 1], name="gemeente" if nl else "municipality")
    return table


@dataclass(frozen=True)
class Pending:
    """A funded proposal waiting for the group's verdict, described for the room."""

    id: int
    theme: str
    street: int
    cost: float
    amount: float
    supporters: int
    helpers: int
    judged_in_frame: bool | None
    problems: tuple[str, ...]
    text: str


class MunicipalityGame:
    """A buurtbudget in which the group plays the municipality's review.

    ``advance()`` runs weeks until reviews are due next week (or the end) and returns the waiting
    proposals; ``decide({id: "approve" | "trim" | "veto"})`` gives the verdicts and runs that
    week; ``finished``, ``result()`` and ``compare()`` show what the group's choices did.
    """

    def __init__(self, scenario: Scenario | Mapping | str, seed: int = 0, lang: str | None = None):
        self.scenario = load_scenario(scenario)
        self.seed = int(seed)
        self.lang = resolve(lang)
        self.model = BuurtbudgetModel(self.scenario, rng=self.seed)
        self.rules: list[Rule] = []
        self.decisions: list[dict[str, Any]] = []
        self._verdicts: dict[int, str] = {}
        self._pending: list[Pending] = []
        self._due: list[Initiative] = []
        self.model.municipality.policy = self._verdict
        self.model.municipality.extra_rules = self.rules  # the model reads this same list

    # --- the framework ----------------------------------------------------------------------------
    def add_rule(self, kind: str, value: Any) -> Rule:
        """Add an extra framework rule (see :func:`make_rule`) before the ideas are checked."""
        if self.model.week >= self.model.decision_week:
            raise ValueError(
                f"the framework can change only before the decision (week "
                f"{self.model.decision_week}); it is week {self.model.week} now"
            )
        rule = make_rule(kind, value, self.lang)
        self.rules.append(rule)
        return rule

    # --- the game loop ----------------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        return not self.model.running

    @property
    def week(self) -> int:
        return int(self.model.week)

    @property
    def pending(self) -> list[Pending]:
        """The proposals waiting for a verdict (empty between decision points)."""
        return list(self._pending)

    def advance(self) -> list[Pending]:
        """Run weeks until reviews are due next week, or to the end; return what waits.

        Calling it again while proposals wait returns the same list.
        """
        if self._pending:
            return self.pending
        model = self.model
        while model.running:
            due = model.reviews_due_next_week()
            if due:
                self._due = list(due)
                self._pending = [self._describe(i) for i in due]
                return self.pending
            model.step()
        return []

    def relabel(self, lang: str | None) -> None:
        """Speak ``lang`` from now on: the rules and the waiting proposals are described again
        (the dashboard's language switch); nothing in the game itself changes."""
        self.lang = resolve(lang)
        self.rules[:] = [make_rule(r.kind, r.value, self.lang) for r in self.rules]
        if self._pending:
            self._pending = [self._describe(i) for i in self._due]

    def decide(self, verdicts: Mapping[int, str]) -> None:
        """Give a verdict for every waiting proposal and run the week in which they take effect."""
        if not self._pending:
            raise ValueError("no proposal is waiting for a verdict; call advance() first")
        waiting = {p.id for p in self._pending}
        given = {int(k): v for k, v in verdicts.items()}
        problems = []
        if missing := sorted(waiting - set(given)):
            problems.append(f"no verdict for proposal(s) {', '.join(map(str, missing))}")
        if unknown := sorted(set(given) - waiting):
            problems.append(f"proposal(s) {', '.join(map(str, unknown))} are not waiting")
        for key, verdict in given.items():
            if verdict not in VERDICTS:
                problems.append(
                    f"the verdict for {key} is {verdict!r}; allowed: approve, trim, veto"
                )
        if problems:
            raise ValueError("; ".join(problems))
        week = self.model.week + 1
        for p in self._pending:
            self.decisions.append({"week": week, "id": p.id, "verdict": given[p.id]})
        self._verdicts.update(given)
        self._pending, self._due = [], []
        self.model.step()

    def play_out(self, policy: Callable[[Pending], str]) -> Result:
        """Play to the end, giving each waiting proposal ``policy(pending)``; return the result."""
        while not self.finished:
            pending = self.advance()
            if pending:
                self.decide({p.id: policy(p) for p in pending})
        return self.result()

    def _verdict(self, initiative: Initiative) -> str:
        # the model asks only for reviews due this week, which advance() showed the group
        return self._verdicts[initiative.unique_id]

    def _describe(self, idea: Initiative) -> Pending:
        nl, lang = self.lang == "nl", self.lang
        problems = tuple(
            _CRITERIA[name][0 if nl else 1] for name, ok in vars(idea.criteria).items() if not ok
        )
        who = len(idea.supporters)
        where = f"{idea_label(idea.theme_key, lang)} in {street_label(idea.street, lang)}"
        if nl:
            backing = f"{who} {'bewoner steunt' if who == 1 else 'bewoners steunen'} het"
        else:
            backing = f"{who} supporter{'s' if who != 1 else ''}"
        text = f"{where}: {_money(idea, lang)}, {backing}, {_judged(idea, problems, nl)}"
        if problems:
            text += ": " + ", ".join(problems)
        return Pending(
            id=int(idea.unique_id),
            theme=t(idea.theme_key, lang),
            street=int(idea.street) + 1,
            cost=float(idea.cost),
            amount=float(idea.amount),
            supporters=who,
            helpers=len(idea.helpers),
            judged_in_frame=idea.judged_in_frame,
            problems=problems,
            text=text,
        )

    def pending_table(self) -> pd.DataFrame:
        """The waiting proposals as a table for the dashboard (Dutch column names by default)."""
        nl = self.lang == "nl"
        rows = [
            {
                "id": p.id,
                ("thema" if nl else "theme"): p.theme,
                ("straat" if nl else "street"): p.street,
                ("kostprijs" if nl else "cost"): euro(p.cost, lang=self.lang),
                ("toegekend" if nl else "allocated"): euro(p.amount, lang=self.lang),
                ("steun" if nl else "supporters"): p.supporters,
                ("opmerkingen" if nl else "remarks"): ", ".join(p.problems) or "–",
            }
            for p in self._pending
        ]
        return pd.DataFrame(rows)

    # --- the outcome ------------------------------------------------------------------------------
    def result(self) -> Result:
        """The finished run, like :func:`buurtsim.simulate` with ``keep_model=True``."""
        if not self.finished:
            raise ValueError(f"the game is still running (week {self.week}); play it to the end")
        model = self.model
        ts = model.datacollector.get_model_vars_dataframe()
        ts.insert(0, "week", np.arange(1, len(ts) + 1))
        ts.insert(0, "seed", self.seed)
        ts = ts.reset_index(drop=True)
        row = summarise(model, self.seed) | flatten(self.scenario)
        return Result(
            seed=self.seed,
            scenario=self.scenario,
            summary=pd.Series(row),
            timeseries=ts,
            initiatives=initiatives_table(model),
            conflicts=conflicts_table(model),
            model=model,
        )

    def compare(self, outcomes: tuple[str, ...] = COMPARE_OUTCOMES) -> pd.DataFrame:
        """The group's outcome beside a hands-off (control 0.1) and a strict (0.9) municipality.

        Both automatic runs use the same scenario and the same seed, so the neighbourhood and its
        residents start out identical; from the first choice on, chance takes its own course.
        One row each, indexed by a Dutch (or English) name.
        """
        rows = [self.result().summary]
        for control in (HANDS_OFF, STRICT):
            other = with_overrides(self.scenario, {"municipality.control": control})
            rows.append(simulate(other, seed=self.seed).summary)
        unknown = [o for o in outcomes if o not in OUTCOMES]
        if unknown:
            raise ValueError(f"unknown outcome(s) {', '.join(unknown)}; see buurtsim.OUTCOMES")
        rules = "; ".join(r.text for r in self.rules) or "–"
        return _compare_table(rows, outcomes, rules, self.lang == "nl")

    def summary_text(self) -> str:
        """A one-line summary of the group's verdicts so far, in the game's language."""
        counts = {v: sum(d["verdict"] == v for d in self.decisions) for v in VERDICTS}
        if self.lang == "en":
            return (
                f"week {self.week}: {counts['approve']} approved, {counts['trim']} trimmed, "
                f"{counts['veto']} vetoed"
            )
        return (
            f"week {self.week}: {counts['approve']} goedgekeurd, {counts['trim']} ingekort, "
            f"{counts['veto']} tegengehouden"
        )


__all__ = [
    "COMPARE_OUTCOMES",
    "VERDICTS",
    "MunicipalityGame",
    "Pending",
    "Rule",
    "make_rule",
]
