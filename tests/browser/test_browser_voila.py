"""The trainer dashboard in Voilà: two groups run, and both show up on screen and on disk; and
the Dutch login page of ``buurtsim workshop`` for a device without the token.

Voilà serves a copy of ``notebooks/workshop.ipynb`` with ``BUURTSIM_WORKSHOP_DIR`` pointing
into the test's tmp dir. Two groups type their name, choose a different municipal control
(0,10 and 0,90, moved with the arrow keys; the readout beside the slider shows a decimal comma),
ask for 2 runs each and press "Simuleer". Both groups must then be columns of the comparison
table on the "Vergelijking" tab, and rows of ``workshop-log.csv`` with their own control value
and seeds. The CSS classes used are the ones the dashboard's module docstring lists.
"""

from __future__ import annotations

import re
import time

import pandas as pd
from dashboard_page import set_slider, set_text
from playwright.sync_api import Page, expect

from buurtsim.widgets.dashboard import LOG_NAME

RUNS = 2
GROUPS = {"Groep Zon": 0.1, "Groep Maan": 0.9}  # name -> municipality.control


def test_two_groups_in_comparison_and_log(voila_workshop, page: Page, tmp_path, keep_screenshot):
    server, log_dir = voila_workshop
    started = time.monotonic()
    page.goto(server.url(""))
    page.locator(".buurtsim-dashboard").wait_for(timeout=90_000)
    log_file = log_dir / LOG_NAME
    expect(page.locator(".buurtsim-log-status")).to_contain_text(str(log_file))
    assert not log_file.exists()

    run_status = page.locator(".buurtsim-run-status")
    for k, (group, control) in enumerate(GROUPS.items()):
        set_text(page, "buurtsim-group-name", group)
        set_text(page, "buurtsim-runs", str(RUNS))
        set_text(page, "buurtsim-seed", str(10 * (k + 1)))
        set_slider(page, "buurtsim-control-municipality-control", control)
        page.locator("button.buurtsim-run").click()
        expect(run_status).to_contain_text(f"{group}: {RUNS} simulaties", timeout=90_000)
        expect(run_status).to_contain_text("bewaard in het logboek")
        # the progress bar went all the way and turned green
        bar = page.locator(".buurtsim-progress .progress-bar")
        expect(bar).to_have_class(re.compile(r"progress-bar-success"))
        expect(bar).to_have_attribute("style", re.compile(r"width: 100%"))

    # on screen: both groups are columns of the comparison
    page.get_by_role("tab", name="Vergelijking").click()
    table = page.locator(".buurtsim-comparison table.buurtsim-comparison-table")
    expect(table).to_be_visible()
    for group in GROUPS:
        expect(table.locator(f'th[data-group="{group}"]')).to_be_visible()
    expect(table.locator('tr[data-outcome="proposals"]')).to_be_visible()
    expect(page.locator(".buurtsim-comparison .buurtsim-error")).to_have_count(0)
    expect(page.locator(".buurtsim-comparison-plot img")).to_have_count(1)

    # on disk: RUNS rows per group, with the group's control value and its own seeds
    assert log_file.is_file(), f"no workshop log at {log_file}"
    log = pd.read_csv(log_file)
    assert sorted(log["group"].unique()) == sorted(GROUPS)
    for k, (group, control) in enumerate(GROUPS.items()):
        rows = log[log["group"] == group]
        assert len(rows) == RUNS
        assert rows["municipality.control"].tolist() == [control] * RUNS
        first = 10 * (k + 1)
        assert sorted(rows["seed"]) == list(range(first, first + RUNS))

    page.set_viewport_size({"width": 1280, "height": 1400})  # Voilà scrolls inside the page
    shot = tmp_path / "voila-workshop.png"
    page.screenshot(path=str(shot))
    keep_screenshot(shot)
    print(f"Voilà test: {time.monotonic() - started:.1f} s after the server was up")


def test_a_device_without_the_token_gets_a_dutch_login_page(
    request, tmp_path, monkeypatch, page: Page
):
    """``buurtsim workshop`` (``--lan`` serves the same page): a phone that opens the address
    without the token gets the workshop's own login page in Dutch, not Jupyter's English one;
    it says to scan the QR code or type the token, and a wrong code is refused in Dutch."""
    from jupyter_servers import start_workshop
    from langscan import english_in

    monkeypatch.setenv("BUURTSIM_LANG", "nl")
    server = start_workshop(tmp_path, tmp_path / "jupyter", tmp_path / "log", "sleutel")
    request.addfinalizer(server.stop)
    page.goto(f"{server.base}/")
    expect(page).to_have_url(re.compile(r"/login"))
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator("h1")).to_have_text("Workshop buurtbudget: even aanmelden")
    expect(page.locator(".buurtsim-login-scan")).to_contain_text("scan de QR-code")
    expect(page.locator("#login_submit")).to_have_text("Ga naar het dashboard")
    assert english_in(page.locator("main").inner_text()) == []
    page.locator("#password_input").fill("fout")
    page.locator("#login_submit").click()
    expect(page.locator(".buurtsim-login-error")).to_contain_text("Die code klopt niet")
    assert "Invalid credentials" not in page.content()
