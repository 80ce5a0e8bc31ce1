"""The pages of the two exercises: the group cards, the comparison, the talking points, the
proposals to judge and what the verdicts did. Every page says which runs and seeds it shows."""

from __future__ import annotations

import html
import string

import pandas as pd

from ..experiments import run_seeds
from ..i18n import number, t, tf
from ..language import current
from ..workshop.play import HANDS_OFF, STRICT, VERDICTS
from ..workshop.report import format_outcome, outcome_rows, settings_table
from ..workshop.words import settings_in_words
from .exercises import GROUP_SCENARIOS, Exercise1, Exercise2
from .figures import figures_html

#: the outcomes of exercise 2's tables
VERDICT_OUTCOMES: tuple[str, ...] = (
    "initiatives_vetoed",
    "initiatives_realised",
    "budget_spent",
    "ownership_end",
    "trust_municipality_end",
    "cohesion_gain",
)
RULE_OUTCOMES: tuple[str, ...] = (
    "proposals_redirected",
    "initiatives_funded",
    "initiatives_realised",
    "budget_spent",
    "trust_municipality_end",
)


def esc(text: str) -> str:
    return html.escape(str(text))


def section(key: str, title: str, body: str, params: str = "") -> str:
    """One A4 page of the pack: ``<section class="page" id="key">``."""
    foot = f'<p class="params">{esc(params)}</p>' if params else ""
    return f'<section class="page" id="{key}"><h2>{esc(title)}</h2>{body}{foot}</section>'


def ensemble_params(ex1: Exercise1) -> str:
    seeds = run_seeds(ex1.seed, ex1.runs)
    files = ", ".join(f"scenarios/{f.name}" for f in ex1.files)
    return tf("ho_runs_params", runs=ex1.runs, first=seeds[0], last=seeds[-1], files=files)


# --- exercise 1 -------------------------------------------------------------------------------


def _card(n: int, stem: str, ex1: Exercise1) -> str:
    k = 1 + n
    scenario = ex1.scenarios[k]
    words = settings_in_words(scenario, ex1.scenarios[0], ex1.names[0])
    settings = "".join(f"<li>{esc(w)}</li>" for w in words)
    rows = "".join(
        f"<tr><td>{esc(row)}</td><td class='choice'>{esc(t('ho_more_less'))}</td></tr>"
        for row in t("ho_predict_rows").split("|")
    )
    return (
        f'<div class="card" data-scenario="{esc(stem)}">'
        f"<h3>{esc(tf('ho_card_group', n=n + 1))}: {esc(ex1.names[k])}</h3>"
        f'<p class="task">{esc(t(f"ho_task_{stem}"))}</p>'
        f"<p>{esc(t('ho_card_settings'))}</p><ul>{settings}</ul>"
        f"<p>{esc(t('ho_card_predict'))}</p><table class='predict'>{rows}</table></div>"
    )


def cards_page(ex1: Exercise1) -> str:
    cards = "".join(_card(n, stem, ex1) for n, stem in enumerate(GROUP_SCENARIOS))
    body = f"<p>{esc(t('ho_ex1_cards_intro'))}</p><div class='cards'>{cards}</div>"
    return section("oefening-1-kaarten", t("ho_ex1_cards"), body)


def results_page(ex1: Exercise1) -> str:
    base = ex1.scenarios[0]
    settings = settings_table(ex1.scenarios, ex1.names, base, ex1.names[0])
    head = "".join(f"<th>{esc(n)}</th>" for n in ex1.names)
    rows = "\n".join(outcome_rows(ex1.names, ex1.summary))
    outcomes = (
        f"<table class='outcomes'><thead><tr><th>{esc(tf('ho_median_head', runs=ex1.runs))}"
        f"</th>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )
    body = (
        f"<h3>{esc(t('ho_ex1_settings'))}</h3>{settings}"
        f"<h3>{esc(t('ho_ex1_outcomes'))}</h3>{outcomes}"
    )
    return section("oefening-1-resultaten", t("ho_ex1_results"), body, ensemble_params(ex1))


def figures_page(ex1: Exercise1) -> str:
    body = (
        f"<div class='figures'>{figures_html(ex1.summary, ex1.weekly, ex1.runs, ex1.names)}</div>"
    )
    return section("oefening-1-figuren", t("ho_ex1_results"), body, ensemble_params(ex1))


def talk_page(ex1: Exercise1) -> str:
    blocks = []
    for name in ex1.names:
        points = "".join(f"<li>{esc(p)}</li>" for p in ex1.talk[name])
        blocks.append(
            f"<div class='talk'><h3>{esc(name)} <span class='seed'>"
            f"({esc(tf('ho_one_run', seed=ex1.seed))})</span></h3><ol>{points}</ol></div>"
        )
    body = f"<p>{esc(t('ho_ex1_talk_intro'))}</p>{''.join(blocks)}"
    return section("oefening-1-gespreksstof", t("ho_ex1_talk"), body, ensemble_params(ex1))


# --- exercise 2 -------------------------------------------------------------------------------


def letters(ex2: Exercise2) -> dict[int, str]:
    """A letter for every proposal (A, B, ...), easier on paper than the model's numbers."""
    ids = [p.id for _, p in ex2.proposals]
    return {i: string.ascii_uppercase[k % 26] * (1 + k // 26) for k, i in enumerate(ids)}


def _proposal_card(week: int, p, letter: str) -> str:
    lang = current()
    boxes = "".join(f"<span class='box'>☐ {esc(words[lang])}</span>" for words in VERDICTS.values())
    return (
        f"<div class='proposal' data-id='{p.id}'><h3>{esc(tf('ho_proposal', id=letter))} "
        f"<span class='seed'>({esc(tf('ho_review_week', week=week))})</span></h3>"
        f"<p>{esc(p.text)}</p><p class='boxes'>{boxes}</p>"
        f"<p class='why'>{esc(t('ho_ex2_questions'))}</p></div>"
    )


def proposals_page(ex2: Exercise2) -> str:
    names = letters(ex2)
    intro = tf("ho_ex2_intro", name=ex2.scenario.neighbourhood.name)
    seed = tf("ho_ex2_seed", seed=ex2.seed)
    moved = (
        f"<p class='note'>{esc(tf('ho_ex2_moved', asked=ex2.asked_seed, seed=ex2.seed))}</p>"
        if ex2.seed != ex2.asked_seed
        else ""
    )
    cards = "".join(_proposal_card(w, p, names[p.id]) for w, p in ex2.proposals)
    body = f"<p>{esc(intro)}</p><p>{esc(seed)}</p>{moved}<div class='proposals'>{cards}</div>"
    return section("oefening-2", t("ho_ex2"), body)


def _row_label(key: str, names: dict[int, str]) -> str:
    if key.startswith("veto_"):
        return tf("ho_one_veto", id=names[int(key.removeprefix("veto_"))])
    if key == "hands_off":
        return tf("ho_hands_off", control=number(HANDS_OFF, 1))
    if key == "strict":
        return tf("ho_strict", control=number(STRICT, 1))
    return t(f"ho_{key}")


def _table(rows: list[tuple[str, pd.Series]], outcomes: tuple[str, ...], first: str) -> str:
    head = "".join(f"<th>{esc(t(o))}</th>" for o in outcomes)
    body = "".join(
        f"<tr><td>{esc(label)}</td>"
        + "".join(f"<td>{format_outcome(o, float(row[o]))}</td>" for o in outcomes)
        + "</tr>"
        for label, row in rows
    )
    return f"<table class='small'><thead><tr><th>{esc(first)}</th>{head}</tr></thead>{body}</table>"


def outcomes_page(ex2: Exercise2) -> str:
    names = letters(ex2)
    weeks = int(ex2.scenario.run.weeks)
    verdicts = [(_row_label(k, names), row) for k, row in ex2.verdicts.iterrows()]
    rules = [(str(row["rule_text"]) or t("ho_no_rule"), row) for _, row in ex2.rules.iterrows()]
    seeds = ex2.rule_seeds
    body = (
        f"<p>{esc(tf('ho_ex2_outcomes_intro', seed=ex2.seed, weeks=weeks))}</p>"
        f"{_table(verdicts, VERDICT_OUTCOMES, t('ho_verdicts'))}"
        f"<p class='note'>{esc(t('ho_auto_note'))}</p>"
        f"<h3>{esc(t('ho_rules'))}</h3>"
        f"<p>{esc(tf('ho_rules_intro', runs=len(seeds), first=seeds[0], last=seeds[-1]))}</p>"
        f"{_table(rules, RULE_OUTCOMES, t('ho_rule'))}"
    )
    params = tf(
        "ho_ex2_params",
        name=ex2.scenario.neighbourhood.name,
        seed=ex2.seed,
        weeks=weeks,
        first=seeds[0],
        last=seeds[-1],
    )
    return section("oefening-2-uitkomsten", t("ho_ex2_outcomes"), body, params)
