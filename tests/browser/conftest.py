"""Fixtures of the browser tests: Chromium through Playwright, JupyterLab and Voilà servers.

Run with ``make test-browser`` (``make test`` calls it). Every server runs on a free port with a
token, private Jupyter folders and a copy of the workbook under the test's tmp dir, and is
stopped (with its kernels) when the test ends, whatever happens. When a test fails, a screenshot
of the page and the tail of the server log are printed with the failure.

Set ``BUURTSIM_SCREENSHOT_DIR=docs/img`` (``make screenshots``) to also copy the screenshots the
tests take into that folder; without it they stay under the pytest tmp dir.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from dashboard_page import local_only
from jupyter_servers import (
    ROOT,
    Server,
    copy_workbook,
    launch_chromium,
    start_lab,
    start_voila,
)
from playwright.sync_api import Browser, Page, sync_playwright

#: the longest any single wait in a test may take (ms); Playwright's default for every action
WAIT_MS = 30_000


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so fixtures know whether the test failed."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def failed(request: pytest.FixtureRequest) -> bool:
    report = getattr(request.node, "rep_call", None)
    return report is None or report.failed


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Page]:
    """A fresh browser page (1280x900); on failure its screenshot is saved and its path printed."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-BE")
    context.set_default_timeout(WAIT_MS)
    context.route("**/*", local_only)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(f"{m.type}: {m.text}") if m.type == "error" else 0)
    try:
        yield page
    finally:
        if failed(request):
            shot = tmp_path / "failure.png"
            try:
                page.screenshot(path=str(shot), full_page=True, timeout=10_000)
                print(f"\nscreenshot of the page at the failure: {shot}")
            except Exception as exc:  # the page may be gone; the report still matters
                print(f"\nno screenshot of the failure: {exc}")
            if console:
                print("browser console errors:\n  " + "\n  ".join(console[-20:]))
        context.close()


def _server_fixture(request: pytest.FixtureRequest, server: Server) -> Server:
    def finish() -> None:
        if failed(request):
            print(f"\n--- {server.name} log ({server.log}) ---\n{server.log_tail()}")
        server.stop()

    request.addfinalizer(finish)
    return server


@pytest.fixture
def lab(request, tmp_path: Path) -> Server:
    """JupyterLab on a copy of the workbook (so outputs never land in the repository)."""
    root = copy_workbook(tmp_path / "root", ["00_welkom.ipynb"])
    return _server_fixture(request, start_lab(root, tmp_path / "jupyter"))


@pytest.fixture
def voila_workshop(request, tmp_path: Path) -> tuple[Server, Path]:
    """Voilà on a copy of ``notebooks/workshop.ipynb``; the workshop log goes under tmp."""
    if not (ROOT / "notebooks" / "workshop.ipynb").is_file():
        pytest.fail("notebooks/workshop.ipynb (the trainer dashboard) is missing")
    root = copy_workbook(tmp_path / "root", ["workshop.ipynb"])
    log_dir = tmp_path / "workshop-log"
    server = start_voila(
        root / "notebooks" / "workshop.ipynb",
        tmp_path / "jupyter",
        env={"BUURTSIM_WORKSHOP_DIR": str(log_dir)},
    )
    return _server_fixture(request, server), log_dir


@pytest.fixture
def keep_screenshot(tmp_path: Path):
    """``keep_screenshot(path)``: copy a screenshot to ``$BUURTSIM_SCREENSHOT_DIR``, if set."""

    def keep(shot: Path) -> Path:
        target_dir = os.environ.get("BUURTSIM_SCREENSHOT_DIR")
        print(f"\nscreenshot: {shot}")
        if not target_dir:
            return shot
        folder = Path(target_dir)
        if not folder.is_absolute():
            folder = ROOT / folder
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / shot.name
        shutil.copy2(shot, target)
        print(f"copied to {target}")
        return target

    return keep
