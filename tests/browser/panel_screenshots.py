"""Screenshots of two workbook panels for the README: ``docs/img/panel-*.png``.

Not a test (it does not run in CI): run it with ``make screenshots`` or

    .venv/bin/python tests/browser/panel_screenshots.py [--out docs/img]

It starts JupyterLab on a copy of the workbook (free port, token, private folders under a tmp
dir), runs each notebook in Chromium and photographs the output of its first panel: the
ControlPanel of ``02_speelveld`` and the OutreachPanel of ``03_kerngroep_en_bewoners``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from jupyter_servers import (  # noqa: E402
    CURRENT,
    ROOT,
    STDERR_MIME,
    copy_workbook,
    hide_left_sidebar,
    kernel_idle,
    launch_chromium,
    open_and_run_all,
    start_lab,
)
from playwright.sync_api import expect, sync_playwright  # noqa: E402

#: (notebook, name of the PNG, right-arrow presses on the first slider before the photo): the
#: first panel of each notebook is photographed; in 02 the municipality first takes control
#: (0,3 -> 0,9), so "your choice" differs from the baseline in the picture
PANELS = (
    ("02_speelveld.ipynb", "panel-speelveld.png", 12),
    ("03_kerngroep_en_bewoners.ipynb", "panel-kerngroep.png", 0),
)


def move_first_slider(page, cell, presses: int) -> None:
    """Press the right arrow on the panel's first slider, run it, wait for the new status."""
    status = cell.locator(".widget-hbox:has(> button.widget-button) > .widget-html").first
    before = status.inner_text()
    handle = cell.locator(".widget-slider .noUi-handle").first
    handle.focus()
    for _ in range(presses):
        handle.press("ArrowRight")
    cell.locator("button.widget-button").first.click()
    expect(status).not_to_have_text(before, timeout=60_000)
    expect(status).not_to_contain_text("Bezig", timeout=60_000)
    kernel_idle(page)


def photograph(page, server, notebook: str, out: Path, presses: int = 0) -> Path:
    """Run ``notebook`` and save a screenshot of its first panel (the cell's output area)."""
    open_and_run_all(page, server, f"notebooks/{notebook}")
    errors = page.locator(f'{CURRENT} .jp-OutputArea-output[data-mime-type="{STDERR_MIME}"]')
    if errors.count():
        raise RuntimeError(f"{notebook} wrote to stderr:\n" + "\n".join(errors.all_inner_texts()))
    hide_left_sidebar(page)
    cell = page.locator(f"{CURRENT} .jp-CodeCell", has=page.locator(".widget-output img")).first
    if presses:
        move_first_slider(page, cell, presses)
    output = cell.locator(".jp-Cell-outputArea")
    output.scroll_into_view_if_needed()
    time.sleep(0.5)  # let the layout settle after the scroll
    output.screenshot(path=str(out))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "img"), help="folder of the PNGs")
    args = parser.parse_args(argv)
    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="buurtsim-shots-") as tmp:
        home = Path(tmp)
        root = copy_workbook(home / "root", [nb for nb, _, _ in PANELS])
        server = start_lab(root, home / "jupyter")
        try:
            with sync_playwright() as playwright:
                browser = launch_chromium(playwright)
                # tall enough that a whole panel fits in the viewport
                context = browser.new_context(viewport={"width": 1280, "height": 1500})
                context.set_default_timeout(30_000)
                page = context.new_page()
                for notebook, name, presses in PANELS:
                    started = time.monotonic()
                    try:
                        shot = photograph(page, server, notebook, out_dir / name, presses)
                    except Exception:
                        failure = out_dir / f"failure-{name}"
                        page.screenshot(path=str(failure))
                        print(f"screenshot of the failure: {failure}", file=sys.stderr)
                        raise
                    print(f"{shot} ({time.monotonic() - started:.1f} s)")
                browser.close()
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
