"""The one-page report for the town hall, opened in Chromium from disk (file://).

The report of Arendonk compared with the strict municipality is generated (3 runs each, to
keep it quick), opened in the browser, and checked as a reader sees it: the title and both
scenario names are on screen, both plot images have loaded, and nothing needs the network.
"""

from __future__ import annotations

import time

from jupyter_servers import ROOT
from playwright.sync_api import Page, expect

from buurtsim.scenarios import load_scenario
from buurtsim.workshop import report_main
from buurtsim.workshop.report_plots import FIGURE_WIDTH_IN


def test_report_in_the_browser(page: Page, tmp_path, keep_screenshot, monkeypatch):
    started = time.monotonic()
    monkeypatch.chdir(ROOT)  # the footer repeats the command: relative paths read better
    base, other = "scenarios/arendonk.yaml", "scenarios/strict-municipality.yaml"
    out = report_main([base], [other], str(tmp_path / "report.html"), runs=3)
    assert out.is_file()

    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(out.as_uri())
    page.wait_for_load_state("load")

    expect(page).to_have_title("buurtsim – 2 scenario's vergeleken")
    expect(page.locator("h1")).to_have_text("Buurtbudget · 2 scenario's vergeleken")
    names = [load_scenario(p).neighbourhood.name for p in (base, other)]
    assert names[0] != names[1], names
    for name in names:  # each scenario heads a column of the settings and outcome tables
        expect(page.locator("th", has_text=name).first).to_be_visible()

    images = page.locator("figure img")
    expect(images).to_have_count(3)  # the legend both plots share, and the two plots
    for i in range(3):
        image = images.nth(i)
        image.scroll_into_view_if_needed()
        expect(image).to_be_visible()
        loaded = image.evaluate("img => img.complete && img.naturalWidth > 0")
        assert loaded, f"plot {i + 1} did not load"
        assert image.evaluate("img => img.naturalWidth") > 300
    # each plot is shown as wide as it is drawn, so its 11-point text shows at 11 points
    for i in (1, 2):
        shown = images.nth(i).evaluate("img => img.getBoundingClientRect().width")
        assert abs(shown - FIGURE_WIDTH_IN * 96) < 2, shown

    # self-contained: the only request is the file itself (images are data: URIs)
    outside = [u for u in requests if not u.startswith(("file:", "data:"))]
    assert not outside, f"the report fetched {outside}"

    page.evaluate("() => window.scrollTo(0, 0)")
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    keep_screenshot(shot)
    print(f"report test: {time.monotonic() - started:.1f} s")
