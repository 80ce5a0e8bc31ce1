"""JupyterLab in Chromium: 00_welkom runs without errors and its panel reacts to a slider.

The notebook is opened in a real JupyterLab, every cell is run from the Run menu, and then the
first panel's first slider (municipal control) is moved with the keyboard, as a trainee would,
and the panel is run again: the plot image must change. Running without moving the slider must
leave it unchanged (the same seed gives the same picture), so the change is the slider's doing.
"""

from __future__ import annotations

import re
import time

from jupyter_servers import STDERR_MIME, hide_left_sidebar, kernel_idle, open_and_run_all
from playwright.sync_api import Page, expect

NOTEBOOK = "notebooks/00_welkom.ipynb"

# the plot image of the first code cell's panel, looked up afresh (each run makes a new <img>)
FIRST_PLOT_SRC = "() => document.querySelector('.jp-CodeCell .widget-output img')?.src ?? ''"


def status_line(cell):
    """The panel's status line: the HTML widget next to its run button."""
    return cell.locator(".widget-hbox:has(> button.widget-button) > .widget-html").first


# record every text put into an element (from the mutation records, so a text that is replaced
# at once is still seen)
WATCH = """el => {
    el.__seen = [];
    new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(
        n => el.__seen.push(n.textContent)))).observe(
        el, {subtree: true, childList: true, characterData: true});
}"""


def run_panel_and_wait(page: Page, cell) -> None:
    """Click the panel's run button; wait until its status said "Bezig" and then stopped."""
    status = status_line(cell)
    status.evaluate(WATCH)
    cell.locator("button.widget-button", has_text="Simuleer").click()
    page.wait_for_function(
        "el => el.__seen.some(t => t.includes('Bezig')) && !el.textContent.includes('Bezig')",
        arg=status.element_handle(),
        timeout=30_000,
    )
    kernel_idle(page, 30_000)


def test_00_welkom_runs_and_slider_changes_plot(lab, page: Page, tmp_path, keep_screenshot):
    started = time.monotonic()
    open_and_run_all(page, lab, NOTEBOOK)
    print(f"open and run all: {time.monotonic() - started:.1f} s")

    errors = page.locator(f'.jp-OutputArea-output[data-mime-type="{STDERR_MIME}"]')
    assert errors.count() == 0, "a cell wrote an error or warning:\n" + "\n---\n".join(
        errors.all_inner_texts()
    )

    # the first panel: its plot is there, its status line is a summary, not an error
    cell = page.locator(".jp-CodeCell").first
    slider = cell.locator(".widget-slider").first
    expect(slider).to_be_visible()
    expect(slider.locator(".widget-label")).to_have_text("Controle door de gemeente")
    expect(cell.locator(".widget-output img")).to_have_count(1)
    expect(status_line(cell)).to_contain_text(re.compile(r"\d+ ideeën, .* uitgegeven"))
    before = page.evaluate(FIRST_PLOT_SRC)
    assert before.startswith("data:image/png;base64,")

    # control: running again with the same settings draws the same picture
    run_panel_and_wait(page, cell)
    assert page.evaluate(FIRST_PLOT_SRC) == before, "the same settings gave a different plot"

    # move the slider with the keyboard (continuous_update=False: applies on key release)
    # its value beside it, with a decimal comma (ipywidgets' own readout has a point)
    readout = cell.locator(".buurtsim-readout").first
    old_text = readout.inner_text()
    assert re.fullmatch(r"\d,\d\d", old_text), old_text
    old_value = float(old_text.replace(",", "."))
    handle = slider.locator(".noUi-handle")
    handle.focus()
    for _ in range(4):
        handle.press("ArrowRight")
    expect(readout).not_to_have_text(old_text)
    new_value = float(readout.inner_text().replace(",", "."))
    assert new_value > old_value
    # the old plot stays, marked out of date until the panel runs again
    stale = cell.locator(".widget-html", has_text="hoort nog bij de vorige instellingen")
    expect(stale).to_be_visible()

    run_panel_and_wait(page, cell)
    page.wait_for_function(f"b => ({FIRST_PLOT_SRC})() !== b", arg=before, timeout=30_000)
    after = page.evaluate(FIRST_PLOT_SRC)
    assert after.startswith("data:image/png;base64,") and after != before
    expect(status_line(cell)).to_contain_text("uitgegeven")  # a summary, not "Dit kan niet"
    expect(stale).to_have_count(0)
    assert errors.count() == 0

    # Probeer zelf: read the number of ideas off the status line, type it, click Controleer
    ideas = re.match(r"\s*(\d+) ideeën", status_line(cell).inner_text()).group(1)
    exercise = page.locator(".jp-CodeCell", has=page.locator("button", has_text="Controleer"))
    exercise.locator("input[type=number]").fill(ideas)
    exercise.locator("input[type=number]").press("Enter")
    exercise.locator("button", has_text="Controleer").click()
    expect(exercise.locator(".widget-html", has_text="Juist")).to_contain_text(f"{ideas} ideeën")

    # screenshot of the panel after the change
    hide_left_sidebar(page)
    page.evaluate("() => document.querySelector('.jp-CodeCell').scrollIntoView({block: 'start'})")
    shot = tmp_path / "jupyterlab-00_welkom.png"
    page.screenshot(path=str(shot))
    keep_screenshot(shot)
    print(f"JupyterLab test: {time.monotonic() - started:.1f} s after the server was up")
