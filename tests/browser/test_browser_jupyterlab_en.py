"""JupyterLab in Chromium: the English 00_welcome runs, and its panel and exercise speak English.

The English edition runs the same code as the Dutch one; it speaks English because
``notebooks/en/`` holds a ``.buurtsim-lang`` file and JupyterLab starts the kernel in the
notebook's folder (:mod:`buurtsim.language`). This test opens a copy of that folder in a real
JupyterLab, runs every cell, moves the first slider, runs the panel and answers the exercise, and
checks that what the trainee sees is English: the slider's label, its readout with a decimal
point, the status line, and the exercise's feedback.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest
from conftest import _server_fixture
from jupyter_servers import (
    ROOT,
    STDERR_MIME,
    copy_workbook,
    hide_left_sidebar,
    open_and_run_all,
    start_lab,
)
from langscan import dutch_in
from playwright.sync_api import Page, expect
from test_browser_jupyterlab import FIRST_PLOT_SRC, status_line

NOTEBOOK = "notebooks/en/00_welcome.ipynb"

# scroll the notebook (JupyterLab's own scroller, not the page) so the first panel's sliders
# are at the top of the screenshot
SCROLL_TO_SLIDER = """() => {
    const slider = document.querySelector('.jp-CodeCell .widget-slider');
    const scroller = slider.closest('.jp-WindowedPanel-outer') ?? document.scrollingElement;
    const top = slider.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTop += top - 80;
}"""


@pytest.fixture
def lab_en(request, tmp_path: Path):
    """JupyterLab on a copy of the English workbook folder, with its language file."""
    root = copy_workbook(tmp_path / "root", ["00_welkom.ipynb"])
    english = root / "notebooks" / "en"
    english.mkdir()
    for name in ("00_welcome.ipynb", ".buurtsim-lang"):
        shutil.copy2(ROOT / "notebooks" / "en" / name, english / name)
    return _server_fixture(request, start_lab(root, tmp_path / "jupyter"))


def run_panel(page: Page, cell) -> None:
    status = status_line(cell)
    before = status.inner_text()
    cell.locator("button.widget-button", has_text="Simulate").click()
    page.wait_for_function(
        "([el, b]) => el.textContent !== b && !el.textContent.includes('…')",
        arg=[status.element_handle(), before],
        timeout=30_000,
    )


def test_the_english_00_welcome_runs_in_english(lab_en, page: Page, tmp_path, keep_screenshot):
    started = time.monotonic()
    open_and_run_all(page, lab_en, NOTEBOOK)
    print(f"open and run all: {time.monotonic() - started:.1f} s")
    errors = page.locator(f'.jp-OutputArea-output[data-mime-type="{STDERR_MIME}"]')
    assert errors.count() == 0, "\n---\n".join(errors.all_inner_texts())

    cell = page.locator(".jp-CodeCell").first
    slider = cell.locator(".widget-slider").first
    expect(slider.locator(".widget-label")).to_have_text("Municipal control")
    readout = cell.locator(".buurtsim-readout").first
    expect(readout).to_have_text(re.compile(r"^\d\.\d\d$"))  # a decimal point in English
    expect(status_line(cell)).to_contain_text(re.compile(r"\d+ ideas, .* spent"))
    before = page.evaluate(FIRST_PLOT_SRC)

    handle = slider.locator(".noUi-handle")
    handle.focus()
    for _ in range(4):
        handle.press("ArrowRight")
    run_panel(page, cell)
    page.wait_for_function(f"b => ({FIRST_PLOT_SRC})() !== b", arg=before, timeout=30_000)

    ideas = re.match(r"\s*(\d+) ideas", status_line(cell).inner_text()).group(1)
    exercise = page.locator(".jp-CodeCell", has=page.locator("button", has_text="Check"))
    exercise.locator("input[type=number]").fill(ideas)
    exercise.locator("input[type=number]").press("Enter")
    exercise.locator("button", has_text="Check").click()
    expect(exercise.locator(".widget-html", has_text="Right")).to_contain_text(f"{ideas} ideas")

    # every output but the glossary, whose first column is the Dutch terms themselves
    texts = page.locator(".jp-OutputArea-output").all_inner_texts()
    outputs = "\n".join(t for t in texts if "Dutch term" not in t)
    assert dutch_in(outputs) == [], "Dutch words in the English notebook's outputs"
    assert errors.count() == 0

    hide_left_sidebar(page)
    slider.locator(".widget-label").click()  # makes the panel's cell the active one
    page.wait_for_timeout(300)
    page.evaluate(SCROLL_TO_SLIDER)
    page.wait_for_timeout(300)
    shot = tmp_path / "jupyterlab-en-00_welcome.png"
    page.screenshot(path=str(shot))
    keep_screenshot(shot)
    print(f"English JupyterLab test: {time.monotonic() - started:.1f} s after the server was up")
