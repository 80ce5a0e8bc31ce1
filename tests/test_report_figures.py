"""The figures of the report and of the paper pack print their text at 11 points or more
(issue 10): the point size on paper is the figure's font size times the width the page gives the
image (its CSS width) over the figure's own width in inches."""

from __future__ import annotations

import re

import pytest
from matplotlib.text import Text

import buurtsim
from buurtsim.handouts import figures as pack
from buurtsim.plots.style import MIN_FONT_PT
from buurtsim.workshop import report_plots
from buurtsim.workshop.report_plots import CSS as REPORT_CSS

MM_PER_INCH = 25.4


@pytest.fixture(scope="module")
def runs(scenario_dir):
    files = ["arendonk.yaml", "strict-municipality.yaml", "olmen.yaml"]
    summaries, weekly = [], []
    for f in files:
        scenario = buurtsim.load_scenario(scenario_dir / f)
        name = scenario.neighbourhood.name
        summary, ts = buurtsim.ensemble(scenario, runs=2, processes=1, timeseries=True)
        summaries.append(summary.assign(scenario=name))
        weekly.append(ts.assign(scenario=name))
    import pandas as pd

    return pd.concat(summaries, ignore_index=True), pd.concat(weekly, ignore_index=True)


def shown_sizes(fig, css_width_mm: float) -> list[tuple[str, float]]:
    """(text, points on paper) of every visible text of ``fig`` shown ``css_width_mm`` wide."""
    fig.canvas.draw()  # lays out ticks and legends, as saving does
    scale = css_width_mm / MM_PER_INCH / fig.get_figwidth()
    return [
        (text.get_text(), text.get_fontsize() * scale)
        for text in fig.findobj(Text)
        if text.get_visible() and text.get_text().strip()
    ]


def css_mm(css: str, pattern: str) -> float:
    found = re.search(pattern, css)
    assert found, pattern
    return float(found.group(1))


def test_the_report_lays_the_figures_out_at_the_width_they_are_drawn():
    css = REPORT_CSS + report_plots.plots_css()
    page = css_mm(css, r"body \{[^}]*width: ([\d.]+)mm")
    gap = css_mm(css, r"\.plots \{[^}]*gap: ([\d.]+)mm")
    figure = css_mm(css, r"\.plots figure \{[^}]*flex: 0 1 ([\d.]+)mm")
    assert page == report_plots.PAGE_WIDTH_MM
    assert figure == pytest.approx((page - gap) / 2)
    assert figure == pytest.approx(report_plots.FIGURE_WIDTH_IN * MM_PER_INCH)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_report_figures_print_their_text_at_11_points_or_more(runs, lang):
    summary, weekly = runs
    with buurtsim.language.use(lang):
        figures = [
            (report_plots.bar_figure(summary), report_plots.FIGURE_WIDTH_MM),
            (report_plots.band_figure(weekly), report_plots.FIGURE_WIDTH_MM),
            (report_plots.legend_figure(["Arendonk", "Olmen"]), report_plots.PAGE_WIDTH_MM),
        ]
    for fig, width in figures:
        sizes = shown_sizes(fig, width)
        assert sizes, "a figure with no text at all"
        small = [(text, round(pt, 1)) for text, pt in sizes if pt < MIN_FONT_PT - 1e-6]
        assert small == [], small


def test_the_pack_figures_fill_the_page_width_and_print_at_11_points(runs):
    from buurtsim.handouts.page import CSS as PACK_CSS

    page = css_mm(PACK_CSS, r"section\.page \{[^}]*width: ([\d.]+)mm")
    padding = css_mm(PACK_CSS, r"section\.page \{[^}]*padding: ([\d.]+)mm")
    assert re.search(r"\.figures img \{ width: 100%", PACK_CSS)
    shown = page - 2 * padding  # the image fills the page inside its padding
    assert shown == pytest.approx(pack.WIDTH * MM_PER_INCH)
    summary, weekly = runs
    for fig in (pack.bar_figure(summary), pack.band_figure(weekly)):
        small = [(text, round(pt, 1)) for text, pt in shown_sizes(fig, shown) if pt < MIN_FONT_PT]
        assert small == [], small


def test_a_figure_shown_smaller_than_it_is_drawn_is_caught():
    """The check itself: a 4.4-inch figure in a 91.5 mm column prints 11-point text at 9."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4.4, 2))
    fig.text(0.5, 0.5, "tekst", fontsize=11)
    ((_, points),) = shown_sizes(fig, 91.5)
    assert points == pytest.approx(11 * 91.5 / 25.4 / 4.4) and points < MIN_FONT_PT
