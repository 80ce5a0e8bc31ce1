"""The panels, plots and exercises speak one language at a time (issue 11).

Under ``buurtsim.language.use("en")`` every panel of :mod:`buurtsim.widgets`, every plot of
:mod:`buurtsim.plots` and every exercise of :mod:`buurtsim.exercises` is built, run and answered;
every string it shows is collected (widget descriptions, labels, HTML, options, tooltips, the
texts of the figures and their alt texts, the feedback after *Check*) and scanned for Dutch words
(:func:`langscan.dutch_in`; the kept terms buurtbudget, speelveld, kerngroep and trekker are
allowed) and for labels of the translation table left in Dutch. Under ``use("nl")`` the same is
scanned for English words (:func:`langscan.english_in`) and English labels. Numbers follow the
language too: no decimal comma in English, no decimal point in Dutch.

The questions about the model are answered against made-up verdicts (a clear difference and
"about the same"), so that every sentence of their feedback is shown without running the model
hundreds of times; tests/test_exercises.py checks the verdicts themselves.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from ipywidgets import Widget
from langscan import dutch_in, english_in, prose
from matplotlib.figure import Figure
from matplotlib.text import Text

import buurtsim
from buurtsim import exercises as ex
from buurtsim import plots
from buurtsim.exercises import questions
from buurtsim.exercises.verdict import SAME, Verdict
from buurtsim.i18n import LABELS
from buurtsim.language import use
from buurtsim.plots import alt_of
from buurtsim.scenarios import with_overrides
from buurtsim.widgets import (
    ControlPanel,
    DecisionPanel,
    EvaluationPanel,
    IdeasPanel,
    NeighbourhoodPanel,
    OutreachPanel,
    RealisationPanel,
    RulesPanel,
    RunPanel,
    ScenarioLab,
    TradeoffPanel,
)

LANGS = ("en", "nl")
#: a decimal separator of the other language: ``0,5`` in English, ``0.5`` in Dutch
WRONG_DECIMAL = {"en": re.compile(r"\d,\d{1,2}(?!\d)"), "nl": re.compile(r"\d\.\d{1,2}(?!\d)")}


# --- collecting what is shown ---------------------------------------------------------------------
def _plain(text: str) -> str:
    """HTML as the reader sees it: tags dropped (an image keeps its alt text), entities read."""
    text = re.sub(r'<img[^>]*\balt="([^"]*)"[^>]*>', r" \1 ", str(text))
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def figure_texts(fig: Figure) -> list[str]:
    """Every text on a figure (titles, axis labels, tick labels, legends, notes) and its alt."""
    fig.draw_without_rendering()  # tick labels get their text when the figure is drawn
    hidden = {  # the tick labels of an axes drawn without axes (the map)
        id(label)
        for ax in fig.axes
        if not ax.axison
        for label in [*ax.get_xticklabels(which="both"), *ax.get_yticklabels(which="both")]
    }
    found = [
        t.get_text()
        for t in fig.findobj(Text)
        if t.get_visible() and t.get_text().strip() and id(t) not in hidden
    ]
    return [*found, alt_of(fig)]


def widget_texts(widget: Widget) -> Iterator[str]:
    """Every string a widget and its children show."""
    for name in ("description", "tooltip", "placeholder", "button_style_label"):
        value = getattr(widget, name, None)
        if isinstance(value, str) and value.strip():
            yield value
    value = getattr(widget, "value", None)
    if isinstance(value, str) and type(widget).__name__ in ("HTML", "Label", "HTMLMath"):
        yield _plain(value)
    yield from (str(o) for o in getattr(widget, "_options_labels", ()))
    yield from (str(t) for t in getattr(widget, "tooltips", None) or ())
    for output in getattr(widget, "outputs", ()):
        data = output.get("data", {})
        yield _plain(data.get("text/html", "")) if "text/html" in data else ""
        yield str(data.get("text/plain", ""))
    for child in getattr(widget, "children", ()):
        yield from widget_texts(child)


def panel_texts(panel) -> list[str]:
    return [*widget_texts(panel.widget), *figure_texts(panel.figure), panel.alt_text()]


@functools.cache
def other_labels(lang: str) -> re.Pattern[str]:
    """Every label of the translation table in the other language that is not also a label in
    ``lang`` (nor a template): an untranslated label is found even when none of its words is in
    langscan's lists."""
    other = "nl" if lang == "en" else "en"
    mine = {entry[lang].lower() for entry in LABELS.values()}
    texts = {
        entry[other]
        for entry in LABELS.values()
        if entry[other].lower() not in mine and "{" not in entry[other] and len(entry[other]) > 3
    }
    alternatives = "|".join(re.escape(t) for t in sorted(texts, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)


def leaks(texts: list[str], lang: str) -> list[tuple[str, str]]:
    """(word, text) for every word, label or number of the other language in ``texts``."""
    scan = dutch_in if lang == "en" else english_in
    found = [(w, t) for t in texts for w in scan(t)]
    found += [(m.group(), t) for t in texts for m in other_labels(lang).finditer(prose(t))]
    found += [(m.group(), t) for t in texts for m in WRONG_DECIMAL[lang].finditer(t)]
    return found


def assert_one_language(texts: list[str], lang: str) -> None:
    found = leaks([t for t in texts if t], lang)
    listed = "\n".join(f"  {word!r} in {text[:160]!r}" for word, text in found)
    assert not found, f"words of the other language in the {lang} interface:\n{listed}"


# --- the panels -----------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def no_png(monkeypatch):
    """Panels skip encoding their figure as PNG (the test reads the figure itself): half the
    time of this file."""
    monkeypatch.setattr("buurtsim.widgets.base.render_png", lambda _fig: b"png")


@pytest.fixture(scope="module")
def short(arendonk):
    """Arendonk over 30 weeks: past the decision (week 13) and the first realisations."""
    return with_overrides(arendonk, {"run.weeks": 30})


def _panels(short) -> list:
    """Every panel, run once with as few runs as it takes, and its extra views shown."""
    neighbourhood = NeighbourhoodPanel(base=short, seed=1)
    texts = [*panel_texts(neighbourhood)]
    neighbourhood.colour_by.value = "vulnerable"  # the other legend
    lab = ScenarioLab(base=short, runs=2, scenarios=("arendonk", "current"))
    lab.curve(values=(0.0, 1.0))
    lab.controls["municipality.control"].value = 0.5  # stale: the note above the figure
    outreach = OutreachPanel(base=short, runs=1)
    outreach.week.value = 1
    panels = [
        RunPanel(base=short, runs=1),
        RunPanel(base=short, runs=2),
        neighbourhood,
        ControlPanel(base=short, runs=2),
        outreach,
        IdeasPanel(base=short, runs=1),
        DecisionPanel(base=short, runs=1),
        RealisationPanel(base=short, runs=1),
        EvaluationPanel(base=short, runs=2),
        lab,
        TradeoffPanel(runs=10),  # the stored sweeps of the Arendonk pilot: no runs
        RulesPanel(base=short, runs=2),
    ]
    return [*texts, *(t for panel in panels for t in panel_texts(panel))]


@pytest.mark.parametrize("lang", LANGS)
def test_every_panel_speaks_one_language(lang, short):
    with use(lang):
        texts = _panels(short)
    assert len(texts) > 300
    assert_one_language(texts, lang)


def test_a_panel_that_cannot_run_says_so_in_its_language(short):
    for lang, head, label in (
        ("en", "This is not possible", "Municipal control: "),
        ("nl", "Dit kan niet", "Controle door de gemeente: "),
    ):
        with use(lang):
            panel = RunPanel(base=short, auto_run=False)
            panel.controls["municipality.control"].max = 5
            panel.controls["municipality.control"].value = 3  # above the schema's range
            assert panel.run() is None
            assert head in panel.status.value and label in panel.status.value
            assert "municipality.control" not in panel.status.value  # a label, not a key
            assert_one_language(list(widget_texts(panel.widget)), lang)


# --- the plots outside the panels -----------------------------------------------------------------
def _plots(short) -> list[str]:
    from buurtsim.ballots import compare, load, pabulib_file
    from buurtsim.model import BuurtbudgetModel

    result = buurtsim.simulate(short, seed=1)
    ts = result.timeseries
    table = buurtsim.ensemble(short, runs=2, seed=1, processes=1)
    curve = buurtsim.sweep(short, "municipality.control", [0.0, 1.0], runs=1, seed=1, processes=1)
    model = BuurtbudgetModel(short, rng=1)
    figures = [
        plots.timeseries(ts, ["cohesion", "trust_municipality"]),
        plots.timeseries(ts, ["budget_spent"]),
        plots.outcome_bars(table, ["proposals", "initiatives_realised"]),
        plots.control_curve(curve, "initiatives_realised"),
        plots.initiative_timeline(result.initiatives),
        plots.theme_votes(ideas=result.initiatives),
        plots.idea_costs(result.initiatives, limit=3000),
        plots.empty_handed(compare(load(pabulib_file("Netherlands_Amsterdam_522.pb")))),
        *(plots.neighbourhood_map(model, colour_by=c) for c in plots.neighbourhood.COLOUR_BY),
    ]
    return [t for fig in figures for t in figure_texts(fig)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_plot_and_its_alt_text_speak_one_language(lang, short):
    with use(lang):
        texts = _plots(short)
    assert len(texts) > 100
    assert_one_language(texts, lang)


# --- the exercises --------------------------------------------------------------------------------
def _fake_verdict(q: questions.Question, same: bool) -> Verdict:
    """A verdict with plausible figures: a clear difference, or 'about the same'."""
    options = [s.option for s in q.settings]
    if q.style == "direction":
        means = {"before": 4.0, "after": 2.5}
        answer = SAME if same else "minder"
    else:
        means = {o: 0.3 - 0.05 * k for k, o in enumerate(options)}
        answer = SAME if same else options[0]
    return Verdict(answer, means, diff=-1.5, se=0.2 if not same else 1.5, margin=q.margin, runs=20)


def _press(exercise: ex.Exercise, answers) -> list[str]:
    """Choose each answer, press the check button, and keep everything the exercise shows."""
    texts = list(widget_texts(exercise.widget))
    exercise.check_button.click()  # no answer yet
    texts += widget_texts(exercise.widget)
    for answer in answers:
        exercise.answer.value = answer
        exercise.check_button.click()
        texts += widget_texts(exercise.widget)
    return texts


def _exercises(short, monkeypatch) -> list[str]:
    texts: list[str] = []
    for key, q in ex.QUESTIONS.items():
        for same in (False, True):
            fake = _fake_verdict(q, same)
            monkeypatch.setattr(questions, "verdict", lambda *_a, _v=fake, **_k: _v)
            texts += _press(ex.ask(key), q.options())
            texts += [ex.check(key, "?").message]
    panel = RunPanel(base=short, runs=1)
    truth = int(panel.result.summary["proposals"])
    texts += _press(ex.ask_first_run(panel), [truth, truth + 2, max(truth - 2, 0)])
    decision = DecisionPanel(base=short, runs=1)
    texts += _press(ex.ask_rule(decision), list(buurtsim.rules.RULES))
    texts += _press(ex.ask_rule(decision, question="funded"), ["package"])
    empty = ex.ask_empty_handed()
    texts += _press(empty, empty.answer.options and [v for _, v in empty.answer.options])
    lab = ScenarioLab(base=short, runs=2, scenarios=("arendonk", "current"))
    bands = ex.ask_bands(lab)
    texts += _press(bands, [v for _, v in bands.answer.options])
    lab.controls["municipality.control"].value = 0.9
    texts += _press(bands, ["ja"])
    texts += [ex.check_bands_overlap("ja", SimpleNamespace(result=None)).message]
    experiment = ex.ask_experiment()  # notebook 09, on its fewest runs
    experiment.runs.value = experiment.runs.min
    texts += _press(experiment.exercise, ["meer", "gelijk"])
    experiment.value_a.value = "abc"  # refused, with a message naming the field
    texts += _press(experiment.exercise, ["meer"])
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_every_exercise_and_its_feedback_speak_one_language(lang, short, monkeypatch):
    with use(lang):
        texts = _exercises(short, monkeypatch)
    why = "Why:" if lang == "en" else "Waarom:"
    assert sum(why in t for t in texts) >= 2 * len(ex.QUESTIONS)
    assert_one_language(texts, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_checks_of_notebooks_05_08_and_09_speak_one_language(lang, short):
    problem = buurtsim.widgets.run_to_decision(short, 1).problem
    n = problem.n_proposals
    lab = SimpleNamespace(
        result=buurtsim.ensemble(short, runs=2, seed=1, processes=1).assign(scenario="A"),
    )
    with use(lang):
        messages = [
            ex.check_budget_split([0.0] * n, problem),
            ex.check_budget_split([problem.budget * 2] + [0.0] * (n - 1), problem),
            ex.check_budget_split([-1.0] * n, problem),
            ex.check_budget_split([1.0], problem),
            ex.check_budget_split({n + 3: 10.0}, problem),
            ex.check_decision_rules("xyz", problem),
            ex.check_best_scenario("A", lab),
            ex.check_best_scenario("Z", lab),
            ex.check_bands_overlap("xyz", lab),
            ex.check_bands_overlap("yes", lab),
            ex.check_experiment("x"),
            ex.check_experiment(lab.result.head(0)),
            ex.check_experiment(lab.result, min_runs=2),
            ex.check_first_run("xyz", short),
            ex.check_control_guess(None),
            ex.check_control_guess("xyz"),
        ]
    assert_one_language([m.message for m in messages], lang)


def test_a_panel_or_an_exercise_given_a_language_keeps_it_whatever_the_process_speaks(short):
    with use("nl"):
        panel = NeighbourhoodPanel(base=short, lang="en")
        lab = SimpleNamespace(result=None, stale=False)
        bands = ex.ask_bands(lab, lang="en")
        texts = [*panel_texts(panel), *_press(bands, ["ja"])]
        assert "Check" in texts and "Run the scenario lab first" in " ".join(texts)
        assert ex.check_control_guess(None, lang="en").message.startswith("Fill in your answer")
    assert_one_language(texts, "en")


@pytest.mark.parametrize(
    "module", ["ui", "model", "panels", "panel_texts", "figures", "exercises", "checks"]
)
def test_every_label_of_the_panels_plots_and_exercises_is_in_its_own_language(module):
    """Also the labels no test above happens to show: each English text without Dutch words,
    each Dutch text without English words."""
    import importlib

    labels = importlib.import_module(f"buurtsim.labels.{module}")
    groups = [v for v in vars(labels).values() if isinstance(v, dict) and v]
    pairs = [p for g in groups for p in g.values() if isinstance(p, tuple) and len(p) == 2]
    assert pairs
    found = [(nl, en, dutch_in(en), english_in(nl)) for nl, en in pairs]
    assert [f for f in found if f[2] or f[3]] == []
