"""Four groups at once, each in its own browser context (its own device), on ``buurtsim workshop``.

The trainer's projector page (``&trainer=KEY``) is open throughout and must show every group
without anyone clicking "Herlaad". Each group types its name, its runs and seed, and presses
"Simuleer" while the others compute too. Then every group's rows must be in the log exactly once,
a page reloaded with F5 must keep its group, and a page whose server stopped must say so.
The timings are printed (``make test-browser`` shows them with ``-s`` or on failure).
"""

from __future__ import annotations

import time

import pandas as pd
import pytest
from conftest import _server_fixture
from dashboard_page import local_context, set_text
from jupyter_servers import start_workshop
from playwright.sync_api import Browser, expect

from buurtsim.workshop import LOG_NAME

RUNS = 2
GROUPS = ["Groep Noord", "Groep Oost", "Groep Zuid", "Groep West"]
TRAINER_KEY = "sleutel-van-de-trainer"


@pytest.fixture
def workshop(request, tmp_path):
    log_dir = tmp_path / "log"
    server = start_workshop(tmp_path, tmp_path / "jupyter", log_dir, TRAINER_KEY)
    return _server_fixture(request, server), log_dir


def _page(browser: Browser):
    context = local_context(browser, "nl-BE")
    return context, context.new_page()


def test_four_groups_at_once_each_row_once(workshop, browser: Browser):
    server, log_dir = workshop
    timings: dict[str, float] = {}
    t0 = time.monotonic()
    projector_ctx, projector = _page(browser)
    projector.goto(server.url(f"?trainer={TRAINER_KEY}"))
    projector.locator(".buurtsim-dashboard").wait_for(timeout=120_000)
    expect(projector.get_by_role("tab", name="Vergelijking")).to_have_attribute(
        "aria-selected", "true"
    )
    timings["trainer page"] = time.monotonic() - t0

    t1 = time.monotonic()
    groups = [_page(browser) for _ in GROUPS]
    for _, page in groups:  # four devices load their pages, one kernel each
        page.goto(server.url(""), wait_until="commit")
    for _, page in groups:
        page.locator(".buurtsim-dashboard").wait_for(timeout=180_000)
    timings["four pages loaded"] = time.monotonic() - t1

    t2 = time.monotonic()
    for k, (name, (_, page)) in enumerate(zip(GROUPS, groups, strict=True)):
        set_text(page, "buurtsim-group-name", name)
        expect(page.locator(".buurtsim-name-status")).to_contain_text(name)
        set_text(page, "buurtsim-runs", str(RUNS))
        set_text(page, "buurtsim-seed", str(10 * (k + 1)))
    for _, page in groups:  # all four press Simuleer, then wait together
        page.locator("button.buurtsim-run").click()
    for name, (_, page) in zip(GROUPS, groups, strict=True):
        status = page.locator(".buurtsim-run-status")
        expect(status).to_contain_text(f"{name}: {RUNS} simulaties", timeout=180_000)
        expect(status).to_contain_text("bewaard in het logboek")
    timings["four groups simulated and saved"] = time.monotonic() - t2

    t3 = time.monotonic()  # the projector refreshes by itself: no one clicks "Herlaad"
    table = projector.locator(".buurtsim-comparison table.buurtsim-comparison-table")
    for name in GROUPS:
        expect(table.locator(f'th[data-group="{name}"]')).to_be_visible(timeout=60_000)
    timings["projector shows all four"] = time.monotonic() - t3

    log = pd.read_csv(log_dir / LOG_NAME)
    assert sorted(log["group"]) == sorted(g for g in GROUPS for _ in range(RUNS))
    assert log["batch"].nunique() == len(GROUPS) and log["session"].nunique() == len(GROUPS)
    assert not log.duplicated(["group", "seed"]).any()
    for k, name in enumerate(GROUPS):
        assert sorted(log.loc[log.group == name, "seed"]) == [10 * (k + 1), 10 * (k + 1) + 1]

    t4 = time.monotonic()  # F5 on one device: the same group, the same folder
    _, first = groups[0]
    first.reload()
    first.locator(".buurtsim-dashboard").wait_for(timeout=120_000)
    expect(first.locator(".buurtsim-group-name input")).to_have_value(GROUPS[0])
    expect(first.locator(".buurtsim-log-status")).to_contain_text(str(log_dir / LOG_NAME))
    timings["F5 keeps the group"] = time.monotonic() - t4

    t5 = time.monotonic()  # the server stops: the page says so, in Dutch
    server.stop()
    expect(first.locator(".buurtsim-lost")).to_be_visible(timeout=40_000)
    expect(first.locator(".buurtsim-lost")).to_contain_text("verbinding met de server is weg")
    timings["lost server shown"] = time.monotonic() - t5

    for context, _ in [(projector_ctx, None), *groups]:
        context.close()
    print("\nfour-group browser test (s): " + ", ".join(f"{k} {v:.1f}" for k, v in timings.items()))
