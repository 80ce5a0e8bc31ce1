"""The English dashboard for one group, end to end, on ``buurtsim workshop`` in Chromium (issue 11).

The server runs with ``BUURTSIM_LANG=en`` (what ``buurtsim workshop --lang en`` passes on), so
it serves ``notebooks/en/workshop.ipynb``. The group's device opens the address *without* the
token first: it must get the workshop's own login page in English (scan the QR code, or type the
token), refuse a wrong code, and let the right one in. Then the group names itself, moves a
slider (the readout shows a decimal point), simulates, finds itself in the comparison, reads the
debrief and makes the report. The NL | EN switch shows the page in Dutch and back, keeping the
group's name and results. Every text the page shows on the way is scanned for Dutch words
(``tests/langscan.py``; the kept terms of the method are allowed).

With ``BUURTSIM_SCREENSHOT_DIR`` set, the comparison tab is kept as ``dashboard-en.png``.
"""

from __future__ import annotations

import re
import time

import pandas as pd
import pytest
from conftest import _server_fixture
from dashboard_page import local_context, set_slider, set_text
from jupyter_servers import start_workshop
from langscan import dutch_in
from playwright.sync_api import Browser, Page, expect

from buurtsim.workshop import LOG_NAME

GROUP = "Group Sun"
RUNS = 2
SEED = 5
TRAINER_KEY = "trainer-key-for-the-test"


@pytest.fixture
def english_workshop(request, tmp_path, monkeypatch):
    monkeypatch.setenv("BUURTSIM_LANG", "en")
    log_dir = tmp_path / "log"
    server = start_workshop(tmp_path, tmp_path / "jupyter", log_dir, TRAINER_KEY)
    return _server_fixture(request, server), log_dir


def _no_dutch(page: Page, where: str) -> None:
    """Every text the dashboard shows now (the open tab) is free of Dutch words."""
    shown = page.locator(".buurtsim-dashboard").inner_text()
    alts = " ".join(
        a or ""
        for a in page.locator(".buurtsim-dashboard img").evaluate_all(
            "imgs => imgs.map(i => i.alt)"
        )
    )
    assert dutch_in(shown + " " + alts) == [], where


def _sign_in(page: Page, server) -> None:
    """A device without the token: the English login page, a wrong code, then the right one."""
    page.goto(f"{server.base}/")
    expect(page).to_have_url(re.compile(r"/login"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("Buurtbudget workshop: sign in")
    expect(page.locator(".buurtsim-login-scan")).to_contain_text("scan the QR code")
    assert dutch_in(page.locator("main").inner_text()) == []
    page.locator("#password_input").fill("not-the-code")
    page.locator("#login_submit").click()
    expect(page.locator(".buurtsim-login-error")).to_contain_text("That code is not right")
    page.locator("#password_input").fill(server.token)
    page.locator("#login_submit").click()
    page.locator(".buurtsim-dashboard").wait_for(timeout=120_000)


def test_one_group_end_to_end_in_english(
    english_workshop, browser: Browser, keep_screenshot, tmp_path
):
    server, log_dir = english_workshop
    started = time.monotonic()
    context = local_context(browser, "en-GB")
    page = context.new_page()
    try:
        _sign_in(page, server)
        switch = page.locator(".buurtsim-lang")
        expect(switch.get_by_role("button", name="EN")).to_have_class(re.compile("mod-active"))
        expect(page.get_by_role("tab", name="Groups choose settings")).to_be_visible()
        _no_dutch(page, "the settings tab")

        # the group: name, runs, seed, a slider, Simulate
        set_text(page, "buurtsim-group-name", GROUP)
        expect(page.locator(".buurtsim-name-status")).to_contain_text(f"Your group: {GROUP}")
        set_text(page, "buurtsim-runs", str(RUNS))
        set_text(page, "buurtsim-seed", str(SEED))
        set_slider(page, "buurtsim-control-municipality-control", 0.7, point=".")
        page.locator("button.buurtsim-run").click()
        status = page.locator(".buurtsim-run-status")
        expect(status).to_contain_text(f"{GROUP}: {RUNS} runs", timeout=120_000)
        expect(status).to_contain_text(f"seeds {SEED}-{SEED + RUNS - 1}")
        expect(status).to_contain_text("saved in the log")
        _no_dutch(page, "after the run")

        # the comparison
        page.get_by_role("tab", name="Comparison").click()
        table = page.locator(".buurtsim-comparison table.buurtsim-comparison-table")
        expect(table.locator(f'th[data-group="{GROUP}"]')).to_be_visible()
        expect(table.locator('tr[data-outcome="proposals"] td').first).to_have_text("proposals")
        expect(page.locator(".buurtsim-comparison-plot img")).to_have_count(1)
        _no_dutch(page, "the comparison")
        page.set_viewport_size({"width": 1280, "height": 1560})  # the whole chart
        shot = tmp_path / "dashboard-en.png"
        page.screenshot(path=str(shot))
        keep_screenshot(shot)
        page.set_viewport_size({"width": 1280, "height": 900})

        # the debrief
        page.get_by_role("tab", name="Debrief").click()
        expect(page.locator(".buurtsim-debrief-group select")).to_have_value(GROUP)
        page.locator("button.buurtsim-debrief-button").click()
        points = page.locator(".buurtsim-debrief-points li")
        expect(page.locator(".buurtsim-debrief-points")).to_contain_text(f"{GROUP}, last run")
        assert 3 <= points.count() <= 5
        _no_dutch(page, "the debrief")

        # the report
        page.get_by_role("tab", name="Report").click()
        page.locator(".buurtsim-report-groups select").select_option(label=GROUP)
        page.locator("button.buurtsim-report-button").click()
        report = page.locator(".buurtsim-report-status")
        expect(report).to_contain_text("Report saved", timeout=120_000)
        expect(report.locator("a")).to_have_text("download")
        _no_dutch(page, "the report tab")

        # NL | EN: the same page in Dutch, the group and its results kept, and back
        switch.get_by_role("button", name="NL").click()
        expect(page.get_by_role("tab", name="Vergelijking")).to_be_visible()
        expect(page.locator(".buurtsim-report-status")).to_contain_text("Rapport bewaard")
        expect(page.locator(".buurtsim-group-name input")).to_have_value(GROUP)
        page.locator(".buurtsim-lang").get_by_role("button", name="EN").click()
        expect(page.get_by_role("tab", name="Comparison")).to_be_visible()
        page.get_by_role("tab", name="Comparison").click()
        expect(page.locator(f'th[data-group="{GROUP}"]')).to_be_visible()
        _no_dutch(page, "back in English")
    finally:
        context.close()

    log = pd.read_csv(log_dir / LOG_NAME)
    assert log["group"].tolist() == [GROUP] * RUNS
    assert log["municipality.control"].tolist() == [0.7] * RUNS
    assert sorted(log["seed"]) == list(range(SEED, SEED + RUNS))
    assert len(list(log_dir.glob("*.html"))) == 1  # the report, in the log folder
    print(f"English dashboard: {time.monotonic() - started:.1f} s after the server was up")
