"""'Probeer zelf': exercises that check an answer against the model and reply in Dutch.

Each function returns a :class:`Feedback` (``.ok``, ``.message``), shown as a green or red box in
a notebook. The right answer is never a hard-coded string: every check runs the model (a few
seeds, so it takes a second at most) and compares. One function per notebook:

======  ==============================  ====================================================
nb      function                        question
======  ==============================  ====================================================
00      :func:`check_first_run`         how many ideas came up in the first Arendonk run?
01      :func:`check_neighbourhood_guess`  which neighbourhood has more isolated residents?
02      :func:`check_control_guess`     more or fewer proposals when control goes up?
03      :func:`check_outreach_guess`    which outreach brings most vulnerable residents?
04      :func:`check_cost_guess`        more or fewer ideas in the frame when ideas cost more?
05      :func:`check_decision_rules`    which rule leaves the most money unspent here?
05      :func:`check_budget_split`      is your split of the budget allowed, and whose is it?
06      :func:`check_review_delay`      how many weeks does the review take at high control?
07      :func:`check_upkeep_guess`      more or fewer initiatives kept up with heavy upkeep?
08      :func:`check_bands_overlap`     do the 10-90% bands of your lab's scenarios overlap?
08      :func:`check_best_scenario`     which scenario of your lab gave the most trust?
09      :func:`check_experiment`        your experiment's median, or your experiment table
======  ==============================  ====================================================
"""

from __future__ import annotations

import functools
import html
import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from . import i18n
from .experiments import OUTCOMES, simulate
from .scenarios import Scenario, parameters, unflatten, with_overrides
from .scenarios import load_scenario as _load

ANSWERS = {
    "meer": ("meer", "hoger", "groter", "stijgt", "stijging", "toename", "more", "higher", "+"),
    "minder": ("minder", "lager", "kleiner", "daalt", "daling", "afname", "less", "fewer", "-"),
    "gelijk": ("gelijk", "hetzelfde", "even veel", "evenveel", "geen verschil", "same", "="),
}


@dataclass(frozen=True)
class Feedback:
    """The verdict on an answer: ``ok`` and a Dutch ``message``; shows as a coloured box."""

    ok: bool
    message: str

    def __bool__(self) -> bool:
        return self.ok

    def __str__(self) -> str:
        return ("✔ " if self.ok else "✘ ") + self.message

    def _repr_html_(self) -> str:
        colour, background, sign = (
            ("#1b5e20", "#e8f5e9", "✔") if self.ok else ("#b71c1c", "#fdecea", "✘")
        )
        return (
            f"<div style='border-left:4px solid {colour};background:{background};"
            f"padding:6px 10px;color:{colour}'><b>{sign}</b> {html.escape(self.message)}</div>"
        )


# --- helpers --------------------------------------------------------------------------------
NO_ANSWER = Feedback(
    False, "Vul eerst je antwoord in (in plaats van None) en voer de cel opnieuw uit."
)


def _missing(answer: Any) -> bool:
    if isinstance(answer, pd.DataFrame):
        return answer.empty
    if isinstance(answer, list | tuple | dict):
        return len(answer) == 0
    return answer is None or (isinstance(answer, str) and not answer.strip())


def _needs_answer(check):
    """An empty answer (None, "", []) gets a friendly reminder instead of a verdict."""

    @functools.wraps(check)
    def wrapper(answer, *args, **kwargs):
        if _missing(answer):
            return NO_ANSWER
        return check(answer, *args, **kwargs)

    return wrapper


def _plain(text: Any) -> str:
    s = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    s = "".join(c if c.isalnum() or c in "+-=" else " " for c in s.replace("_", " "))
    words = s.replace("-", " ").split() if len(s.strip()) > 1 else s.split()
    return " ".join(words)


def direction(answer: Any) -> str | None:
    """'meer', 'minder' or 'gelijk' from a free answer (None when it is none of them)."""
    a = _plain(answer)
    for key, words in ANSWERS.items():
        if a in {_plain(w) for w in words} or a == key:
            return key
    for key, words in ANSWERS.items():
        if any(_plain(w) in a.split() for w in words if len(w) > 1):
            return key
    return None


def compare(before: Sequence[float], after: Sequence[float], margin: float = 0.1) -> str:
    """'meer', 'minder' or 'gelijk': the mean of ``after`` against ``before``, with a relative
    margin (a change smaller than ``margin`` times the larger mean counts as 'gelijk')."""
    a, b = float(np.nanmean(before)), float(np.nanmean(after))
    scale = max(abs(a), abs(b), 1e-9)
    if abs(b - a) <= margin * scale:
        return "gelijk"
    return "meer" if b > a else "minder"


@lru_cache(maxsize=64)
def _scenario(name: str) -> Scenario:
    from .widgets.controls import load_base

    return load_base(name)


def _base(scenario: str | Scenario) -> Scenario:
    return _scenario(scenario) if isinstance(scenario, str) else _load(scenario)


def _values(scenario: Scenario, outcome: str, runs: int, seed: int) -> list[float]:
    return [float(simulate(scenario, seed=seed + k).summary[outcome]) for k in range(runs)]


def _unknown_direction(answer: Any) -> Feedback:
    return Feedback(
        False,
        f"Ik begrijp '{answer}' niet. Antwoord met 'meer', 'minder' of 'gelijk'.",
    )


def _direction_feedback(
    answer: Any, truth: str, before: float, after: float, what: str, change: str, runs: int, fmt
) -> Feedback:
    said = direction(answer)
    if said is None:
        return _unknown_direction(answer)
    facts = f"Gemiddeld over {runs} runs: {fmt(before)} {what} eerst, {fmt(after)} {change}."
    if said == truth:
        return Feedback(True, f"Juist: {truth}. {facts}")
    return Feedback(False, f"Niet wat het model laat zien. {facts} Kijk nog eens naar het paneel.")


def _num(x: float) -> str:
    return i18n.number(x, 0 if float(x).is_integer() else 1)


# --- 00 welkom --------------------------------------------------------------------------------
@_needs_answer
def check_first_run(answer: Any, scenario: str | Scenario = "arendonk", seed: int = 1) -> Feedback:
    """00: how many ideas (proposals) came up in the run of ``scenario`` with this seed?"""
    truth = int(simulate(_base(scenario), seed=seed).summary["proposals"])
    try:
        given = int(round(float(str(answer).replace(",", "."))))
    except ValueError:
        return Feedback(False, f"Geef een getal, bijvoorbeeld 7 (niet '{answer}').")
    if given == truth:
        return Feedback(True, f"Juist: in deze run kwamen er {truth} ideeën op tafel.")
    hint = "meer" if truth > given else "minder"
    return Feedback(
        False,
        f"Niet helemaal: het waren er {hint} dan {given}. Kijk naar de statusregel onder de knop.",
    )


# --- 01 partners en buurt -----------------------------------------------------------------------
@_needs_answer
def check_neighbourhood_guess(
    answer: Any, feature: str = "isolated_share", seeds: Sequence[int] = (1, 2, 3)
) -> Feedback:
    """01: in which neighbourhood (Arendonk-like or Olmen-like) is ``feature`` larger?

    ``feature`` is one of the facts of :func:`buurtsim.widgets.neighbourhood.neighbourhood_facts`
    (isolated_share, vulnerable_share, ties_per_resident, adults, ...), averaged over ``seeds``.
    """
    from .model import BuurtbudgetModel
    from .widgets.neighbourhood import neighbourhood_facts

    means = {}
    for name in ("arendonk", "olmen"):
        facts = [neighbourhood_facts(BuurtbudgetModel(_base(name), rng=s)) for s in seeds]
        means[name] = float(np.mean([f[feature] for f in facts]))
    said = _plain(answer)
    said = "arendonk" if "arendonk" in said else "olmen" if "olmen" in said else None
    if said is None:
        return Feedback(False, f"Antwoord met 'Arendonk' of 'Olmen' (niet '{answer}').")
    truth = max(means, key=means.get)
    label = i18n.t(feature)
    shown = {
        k: (i18n.percent(v, 0) if feature.endswith("share") else i18n.number(v, 1))
        for k, v in means.items()
    }
    facts = f"{label}: Arendonk-achtig {shown['arendonk']}, Olmen-achtig {shown['olmen']}."
    if said == truth:
        return Feedback(True, f"Juist. {facts}")
    return Feedback(False, f"Nee. {facts}")


# --- 02 speelveld ---------------------------------------------------------------------------
@_needs_answer
def check_control_guess(
    answer: Any,
    outcome: str = "proposals",
    low: float = 0.3,
    high: float = 0.9,
    scenario: str | Scenario = "arendonk",
    runs: int = 8,
    seed: int = 1,
) -> Feedback:
    """02: does ``outcome`` go up ('meer'), down ('minder') or stay ('gelijk') when the
    municipality's control goes from ``low`` to ``high``? Checked over ``runs`` seeds."""
    if outcome not in OUTCOMES:
        return Feedback(False, f"'{outcome}' is geen uitkomst van het model.")
    base = _base(scenario)
    before = _values(with_overrides(base, {"municipality.control": low}), outcome, runs, seed)
    after = _values(with_overrides(base, {"municipality.control": high}), outcome, runs, seed)
    truth = compare(before, after)
    return _direction_feedback(
        answer,
        truth,
        np.mean(before),
        np.mean(after),
        f"{i18n.t(outcome)} bij controle {i18n.percent(low, 0)}",
        f"bij controle {i18n.percent(high, 0)}",
        runs,
        _num,
    )


# --- 03 kerngroep en bewoners -------------------------------------------------------------------
OUTREACH_WORDS = {
    "info_evening": ("info", "infoavond", "brief", "info evening", "information evening"),
    "door_to_door": ("huis aan huis", "deur aan deur", "huisbezoek", "door to door", "aanbellen"),
    "core_group": ("kerngroep", "core group", "via een kerngroep"),
}


def outreach_from(answer: Any) -> str | None:
    """The outreach key ('info_evening', 'door_to_door', 'core_group') of a free answer."""
    a = _plain(answer)
    for key, words in OUTREACH_WORDS.items():
        if a == _plain(key) or any(_plain(w) in a for w in words):
            return key
    return None


@_needs_answer
def check_outreach_guess(
    answer: Any, scenario: str | Scenario = "arendonk", runs: int = 4, seed: int = 1
) -> Feedback:
    """03: which outreach strategy brings the largest share of vulnerable residents to take
    part by the kick-off? Each strategy is run ``runs`` times up to the kick-off."""
    from .widgets.outreach import participation, run_to_kickoff

    said = outreach_from(answer)
    if said is None:
        return Feedback(False, "Antwoord met 'infoavond', 'huis aan huis' of 'kerngroep'.")
    base = _base(scenario)
    shares = {}
    for key in OUTREACH_WORDS:
        sc = with_overrides(base, {"facilitator.outreach": key})
        shares[key] = float(
            np.mean(
                [participation(run_to_kickoff(sc, seed + k)[0])["vulnerable"] for k in range(runs)]
            )
        )
    truth = max(shares, key=shares.get)
    facts = ", ".join(f"{i18n.t(k)} {i18n.percent(v)}" for k, v in shares.items())
    if said == truth:
        return Feedback(True, f"Juist: {i18n.t(truth)}. Kwetsbare bewoners die meedoen: {facts}.")
    return Feedback(False, f"Nee. Kwetsbare bewoners die meedoen bij de startavond: {facts}.")


# --- 04 ideeën --------------------------------------------------------------------------------
@_needs_answer
def check_cost_guess(
    answer: Any,
    cost_scale: float = 4.0,
    scenario: str | Scenario = "arendonk",
    runs: int = 6,
    seed: int = 1,
) -> Feedback:
    """04: are there more or fewer ideas inside the framework when ideas cost ``cost_scale``
    times as much? Each run stops after the decision evening."""
    from .experiments.runs import initiatives_table
    from .widgets.ideas import fates, run_until

    base = _base(scenario)

    def in_frame(sc: Scenario) -> list[float]:
        return [
            fates(initiatives_table(run_until(sc, seed + k, "decision")))["in_frame"]
            for k in range(runs)
        ]

    before = in_frame(base)
    after = in_frame(with_overrides(base, {"budget.cost_scale": cost_scale}))
    truth = compare(before, after)
    return _direction_feedback(
        answer,
        truth,
        np.mean(before),
        np.mean(after),
        "ideeën binnen het kader bij het gewone prijsniveau",
        f"als ideeën {i18n.number(cost_scale, 1)} keer zo duur zijn",
        runs,
        _num,
    )


# --- 05 beslissen -----------------------------------------------------------------------------
@_needs_answer
def check_budget_split(
    split: Mapping[int, float] | Sequence[float],
    panel=None,
    scenario: str | Scenario = "arendonk",
    seed: int = 1,
) -> Feedback:
    """05: is your split of the budget over the proposals allowed, and which rule agrees?

    ``split`` gives euro per proposal, in the order of the DecisionPanel's table (a list) or as
    ``{row number: euro}``. Allowed: no more than the budget in total, no proposal more than it
    costs, and a funded proposal trimmed by at most ``budget.max_trim`` (as in Arendonk). The
    proposals are those of ``panel`` (a DecisionPanel, its ``setup`` or its ``problem``) or of
    the scenario's run with ``seed``.
    """
    from .widgets.decision import all_rules, run_to_decision

    if panel is None:
        problem = run_to_decision(_base(scenario), seed).problem
    else:  # a DecisionPanel, a DecisionSetup or a DecisionProblem
        problem = getattr(panel, "problem", panel)
    n = problem.n_proposals
    if isinstance(split, Mapping):
        amounts = np.zeros(n)
        for k, v in split.items():
            if not (isinstance(k, int | np.integer) and 0 <= k < n):
                return Feedback(
                    False, f"Voorstel {k} bestaat niet; kies een rij van 0 tot {n - 1}."
                )
            amounts[int(k)] = float(v)
    else:
        amounts = np.asarray(list(split), dtype=float)
        if amounts.shape != (n,):
            return Feedback(
                False,
                f"Geef één bedrag per voorstel: er zijn {n} voorstellen, je gaf er {amounts.size}.",
            )
    problems = []
    if np.any(amounts < 0) or not np.all(np.isfinite(amounts)):
        problems.append("bedragen moeten 0 of meer zijn")
    if amounts.sum() > problem.budget + 0.5:
        problems.append(
            f"samen {i18n.euro(amounts.sum())}, meer dan het budget van {i18n.euro(problem.budget)}"
        )
    for k in range(n):
        cost, a = float(problem.costs[k]), float(amounts[k])
        if a > cost + 0.5:
            problems.append(f"voorstel {k} krijgt {i18n.euro(a)} maar kost maar {i18n.euro(cost)}")
        elif 0 < a < (1 - problem.max_trim) * cost - 0.5:
            problems.append(
                f"voorstel {k} wordt met meer dan {i18n.percent(problem.max_trim, 0)} ingekort "
                f"({i18n.euro(a)} van {i18n.euro(cost)}); dan lukt het project niet meer"
            )
    if problems:
        return Feedback(False, "Dit kan niet: " + "; ".join(problems) + ".")
    chosen = set(np.flatnonzero(amounts > 0))
    rules = all_rules(problem)
    same = [i18n.t(r) for r in rules if set(np.flatnonzero(rules[r].to_numpy() > 0)) == chosen]
    agree = (
        f"Dezelfde projecten als: {', '.join(same)}."
        if same
        else "Geen van de vijf regels kiest precies deze projecten."
    )
    left = problem.budget - amounts.sum()
    return Feedback(
        True,
        f"Dit past: {len(chosen)} projecten voor {i18n.euro(amounts.sum())}, "
        f"{i18n.euro(left)} blijft over. {agree}",
    )


# --- 06 uitvoeren -----------------------------------------------------------------------------
@_needs_answer
def check_review_delay(
    answer: Any,
    control: float = 0.9,
    scenario: str | Scenario = "arendonk",
    runs: int = 5,
    seed: int = 1,
) -> Feedback:
    """06: how many weeks does a funded project wait for the municipality's review, on
    average, at this ``control``? Right within 2 weeks or 25%, whichever is larger."""
    from .widgets.realisation import delays

    try:
        given = float(str(answer).replace(",", "."))
    except ValueError:
        return Feedback(False, f"Geef een aantal weken, bijvoorbeeld 6 (niet '{answer}').")
    sc = with_overrides(_base(scenario), {"municipality.control": control})
    d = pd.concat([delays(simulate(sc, seed=seed + k)) for k in range(runs)])
    if d.empty:
        return Feedback(False, "In deze runs werd geen enkel project nagekeken; kies een andere.")
    truth = float(d["review_delay"].mean())
    facts = (
        f"Bij controle {i18n.percent(control, 0)} wachtte een project gemiddeld "
        f"{i18n.number(truth, 1)} weken ({len(d)} projecten in {runs} runs)."
    )
    if abs(given - truth) <= max(2.0, 0.25 * truth):
        return Feedback(True, f"Goed geschat. {facts}")
    return Feedback(False, f"Niet goed geschat. {facts}")


# --- 07 evalueren en duurzaamheid -------------------------------------------------------------
@_needs_answer
def check_upkeep_guess(
    answer: Any,
    upkeep_hours: float = 8.0,
    scenario: str | Scenario = "arendonk",
    runs: int = 6,
    seed: int = 1,
) -> Feedback:
    """07: are more or fewer initiatives still kept up at the end when upkeep asks
    ``upkeep_hours`` a week instead of the base scenario's hours?"""
    base = _base(scenario)
    before = _values(base, "initiatives_sustained", runs, seed)
    heavy = with_overrides(base, {"process.upkeep_hours": upkeep_hours})
    after = _values(heavy, "initiatives_sustained", runs, seed)
    truth = compare(before, after)
    hours = i18n.number(base.process.upkeep_hours, 1)
    return _direction_feedback(
        answer,
        truth,
        np.mean(before),
        np.mean(after),
        f"initiatieven nog onderhouden bij {hours} uur onderhoud per week",
        f"bij {i18n.number(upkeep_hours, 1)} uur",
        runs,
        _num,
    )


# --- 08 scenariolab ---------------------------------------------------------------------------
@_needs_answer
def check_best_scenario(answer: Any, lab, outcome: str = "trust_municipality_end") -> Feedback:
    """08: which of the lab's scenarios gave the highest median ``outcome``? ``lab`` is a
    ScenarioLab that has run; the answer is a scenario's name as the lab shows it."""
    if getattr(lab, "result", None) is None:
        return Feedback(False, "Laat het scenariolab eerst rekenen (knop Simuleer).")
    med = lab.result.groupby("scenario", sort=False)[outcome].median()
    said = _plain(answer)
    matches = [name for name in med.index if _plain(name) == said]
    if not matches:
        names = ", ".join(f"'{n}'" for n in med.index)
        return Feedback(False, f"Kies een van de scenario's in je lab: {names}.")
    best = med.max()
    facts = "; ".join(f"{name}: {i18n.number(v, 3)}" for name, v in med.items())
    if math.isclose(float(med[matches[0]]), float(best)):
        return Feedback(True, f"Juist. Mediaan van {i18n.t(outcome)} — {facts}.")
    return Feedback(False, f"Nee. Mediaan van {i18n.t(outcome)} — {facts}.")


# --- 09 onder de motorkap ---------------------------------------------------------------------
RULE_WORDS = {
    "package": ("pakket", "package"),
    "majority": ("meerderheid", "majority"),
    "approval_greedy": ("meeste stemmen", "approval", "approval greedy", "goedkeuring"),
    "equal_shares": ("gelijke delen", "equal shares", "mes"),
    "college": ("college", "gemeente", "college beslist"),
}


def rule_from(answer: Any) -> str | None:
    """The rule key of a free answer ("pakket", "equal_shares", "het college beslist", ...)."""
    a = _plain(answer)
    for key, words in RULE_WORDS.items():
        if a == _plain(key) or any(_plain(w) == a for w in words):
            return key
    for key, words in RULE_WORDS.items():
        if any(_plain(w) in a for w in words):
            return key
    return None


@_needs_answer
def check_decision_rules(answer: Any, problem, question: str = "unspent") -> Feedback:
    """05: which rule leaves the most money unspent (``question="unspent"``) or funds the most
    proposals (``question="funded"``) on this DecisionProblem (``panel.problem``)? Every rule is
    applied to the same proposals; any rule tied for the top counts as right."""
    from .rules import RULES

    if hasattr(problem, "problem"):  # a DecisionPanel or DecisionSetup
        problem = problem.problem
    said = rule_from(answer)
    if said is None:
        names = ", ".join(f"'{k}'" for k in RULES)
        return Feedback(False, f"Kies een van de regels: {names}.")
    if question not in ("unspent", "funded"):
        raise ValueError("question must be 'unspent' or 'funded'")
    decisions = {name: rule(problem) for name, rule in RULES.items()}
    if question == "unspent":
        score = {k: problem.budget - d.total for k, d in decisions.items()}
        facts = "; ".join(f"{i18n.t(k)}: {i18n.euro(v)} over" for k, v in score.items())
    else:
        score = {k: float(len(d.funded)) for k, d in decisions.items()}
        facts = "; ".join(f"{i18n.t(k)}: {int(v)} voorstellen" for k, v in score.items())
    best = max(score.values())
    winners = [k for k, v in score.items() if math.isclose(v, best, abs_tol=0.5)]
    if said in winners:
        also = [i18n.t(k) for k in winners if k != said]
        tie = f" (even veel als {', '.join(also)})" if also else ""
        return Feedback(True, f"Juist: {i18n.t(said)}{tie}. {facts}.")
    return Feedback(False, f"Nee, dat is {', '.join(i18n.t(k) for k in winners)}. {facts}.")


#: words for the rules that only real ballots have (buurtsim.ballots), besides RULE_WORDS
BALLOT_RULE_WORDS = {
    "phragmen": ("phragmen", "phragmén"),
    "greedy_welfare": ("tevredenheid", "greedy welfare", "meeste tevredenheid"),
}


@_needs_answer
def check_empty_handed(answer: Any, comparison) -> Feedback:
    """05: under which rule are the fewest voters left empty-handed, on these real ballots
    (a :class:`buurtsim.ballots.Comparison`)? Any rule tied for the fewest counts as right."""
    counts = comparison.empty_handed()["total"].to_dict()
    words = {k: v for k, v in RULE_WORDS.items() if k in counts} | BALLOT_RULE_WORDS
    key = rule_from(answer)
    said = key if key in counts else None
    said = said or next((k for k, w in words.items() if _plain(answer) in map(_plain, w)), None)
    if said is None:
        names = ", ".join(f"'{k}'" for k in counts)
        return Feedback(False, f"Kies een van de regels: {names}.")
    fewest = min(counts.values())
    winners = [k for k, v in counts.items() if v == fewest]
    facts = "; ".join(f"{i18n.t(k)}: {v}" for k, v in counts.items())
    if said in winners:
        return Feedback(True, f"Juist: {i18n.t(said)}. Kiezers met lege handen: {facts}.")
    best = ", ".join(i18n.t(k) for k in winners)
    return Feedback(False, f"Nee, dat is {best}. Kiezers met lege handen: {facts}.")


@_needs_answer
def check_bands_overlap(
    answer: Any, result: pd.DataFrame, outcome: str = "initiatives_realised", by: str = "scenario"
) -> Feedback:
    """08: do the 10-90% bands of ``outcome`` of the scenarios in ``result`` (the ScenarioLab's
    ``result``, or the lab itself) overlap? 'ja' when one value lies inside every band."""
    if hasattr(result, "result"):
        result = result.result
    if result is None or outcome not in result or by not in result:
        return Feedback(False, "Laat het scenariolab eerst rekenen (knop Simuleer).")
    said = _plain(answer)
    said = (
        True if said in ("ja", "yes", "j", "y") else False if said in ("nee", "no", "n") else None
    )
    if said is None:
        return Feedback(False, "Antwoord met 'ja' of 'nee'.")
    from .plots.outcomes import outcome_bars_data

    bands = outcome_bars_data(result, [outcome], by=by)
    if len(bands) < 2:
        return Feedback(False, "Vergelijk minstens twee scenario's in het lab.")
    overlap = bool(bands["low"].max() <= bands["high"].min())
    fmt = (lambda x: i18n.number(x, 1)) if outcome not in ("budget_spent",) else i18n.euro
    facts = "; ".join(
        f"{g}: {fmt(lo)} tot {fmt(hi)}"
        for g, lo, hi in zip(bands["group"], bands["low"], bands["high"], strict=True)
    )
    meaning = (
        "Ze overlappen: het verschil tussen de scenario's is kleiner dan wat het toeval tussen "
        "runs al geeft. Wees voorzichtig met conclusies."
        if overlap
        else "Ze overlappen niet: het verschil is groter dan de spreiding tussen runs."
    )
    verdict = "Juist." if said == overlap else "Kijk nog eens."
    return Feedback(said == overlap, f"{verdict} 10-90% van {i18n.t(outcome)} — {facts}. {meaning}")


@_needs_answer
def check_experiment(
    answer: Any,
    overrides: Mapping[str, Any] | None = None,
    outcome: str = "conflicts_escalated",
    runs: int = 10,
    seed: int = 1,
    scenario: str | Scenario = "arendonk",
    min_runs: int = 5,
) -> Feedback:
    """09: your own experiment, checked by doing it again.

    With a number: the median of ``outcome`` in ``buurtsim.ensemble`` of ``scenario`` with
    ``overrides``, ``runs`` runs from ``seed``; the same seeds give the same runs, so it must
    match exactly. With a table (from ``ensemble``/``sweep``): is it a fair experiment (see
    :func:`check_experiment_table`)?
    """
    if isinstance(answer, pd.DataFrame):
        return check_experiment_table(answer, min_runs)
    from .experiments import ensemble

    try:
        given = float(str(answer).replace(",", "."))
    except ValueError:
        return Feedback(False, f"Geef de mediaan als getal (niet '{answer}').")
    sc = with_overrides(_base(scenario), dict(overrides or {}))
    table = ensemble(sc, runs=runs, seed=seed, processes=1)
    truth = float(pd.to_numeric(table[outcome]).median())
    what = ", ".join(
        f"{i18n.label(k)} = {i18n.number(v, 2) if isinstance(v, float) else v}"
        for k, v in (overrides or {}).items()
    )
    facts = f"de mediaan van {i18n.t(outcome)} over {runs} runs vanaf seed {seed}"
    facts += f" met {what}" if what else ""
    if math.isclose(given, truth, rel_tol=1e-9, abs_tol=1e-9):
        return Feedback(
            True, f"Juist: {facts} is {i18n.number(truth, 2)}. Zelfde seeds, zelfde runs."
        )
    return Feedback(
        False,
        f"Niet helemaal: {facts} is {i18n.number(truth, 2)}, niet {i18n.number(given, 2)}. "
        "Gebruik je dezelfde instellingen, runs en seed?",
    )


def check_experiment_table(table: pd.DataFrame, min_runs: int = 5) -> Feedback:
    """09: is ``table`` (from ``buurtsim.ensemble``/``sweep``, concatenated) a fair experiment?

    It needs the outcomes, a ``seed`` column and the parameters; at least two values of the
    parameter you varied, each with ``min_runs`` runs; and its first row must come out the
    same when the model runs it again from the row's own parameters and seed.
    """
    if not isinstance(table, pd.DataFrame) or table.empty:
        return Feedback(False, "Geef de tabel die buurtsim.ensemble of buurtsim.sweep teruggaf.")
    params = [k for k in parameters() if k in table.columns]
    missing = [c for c in ("seed", "proposals") if c not in table.columns]
    if missing or not params:
        return Feedback(
            False,
            "De tabel mist de kolommen seed, de uitkomsten of de parameters; gebruik "
            "de tabel van buurtsim.ensemble of buurtsim.sweep zoals hij is.",
        )
    varied = [k for k in params if table[k].nunique(dropna=False) > 1]
    if not varied:
        return Feedback(False, "Je vergeleek niets: geen enkele parameter heeft twee waarden.")
    counts = table.groupby(varied, dropna=False).size()
    if counts.min() < min_runs:
        return Feedback(
            False,
            f"Te weinig runs: minstens {min_runs} per waarde, je hebt er soms maar "
            f"{int(counts.min())}. Eén run zegt weinig; het toeval speelt mee.",
        )
    row = table.iloc[0]
    flat = {k: row[k] for k in params}
    flat = {k: (v.item() if hasattr(v, "item") else v) for k, v in flat.items()}
    scenario = _load(unflatten(flat))
    again = simulate(scenario, seed=int(row["seed"])).summary
    same = all(
        (pd.isna(row[o]) and pd.isna(again[o])) or math.isclose(float(row[o]), float(again[o]))
        for o in OUTCOMES
        if o in table.columns
    )
    if not same:
        return Feedback(False, "De eerste rij komt er niet opnieuw uit: is de tabel aangepast?")
    names = ", ".join(i18n.label(k) for k in varied)
    return Feedback(
        True,
        f"Een eerlijk experiment: je varieerde {names} met {int(counts.min())} of meer runs per "
        f"waarde, en de eerste rij komt er bij een nieuwe run precies zo uit.",
    )


__all__ = [
    "Feedback",
    "check_bands_overlap",
    "check_decision_rules",
    "check_experiment_table",
    "check_best_scenario",
    "check_budget_split",
    "check_control_guess",
    "check_cost_guess",
    "check_experiment",
    "check_first_run",
    "check_neighbourhood_guess",
    "check_outreach_guess",
    "check_review_delay",
    "check_upkeep_guess",
    "compare",
    "direction",
]
