"""The dashboard on a projector: 1280x720 at 150% browser zoom (853x480 CSS pixels, 1.5 device
pixels each). Nothing may need horizontal scrolling on any tab, the comparison chart is shown at
its full width so its smallest text keeps 11 points (as large as the table beside it), it is sharp
(rendered at twice its width) and it carries a Dutch alt text. The screenshot is kept as
``docs/img/dashboard-projector.png`` by ``make screenshots``."""

from __future__ import annotations

import time

from dashboard_page import set_text
from playwright.sync_api import Browser, expect

from buurtsim.plots.style import DISPLAY_DPI, MIN_FONT_PT, RENDER_DPI

ZOOM = 1.5
SCREEN = {"width": 1280, "height": 720}
VIEWPORT = {"width": round(SCREEN["width"] / ZOOM), "height": round(SCREEN["height"] / ZOOM)}

#: every visible element that is wider than its box and scrolls (or the page itself)
SCROLLING_SIDEWAYS = """() => {
  const out = [];
  const page = document.scrollingElement;
  if (page.scrollWidth > page.clientWidth + 1) {
    out.push(`page ${page.scrollWidth}>${page.clientWidth}`);
  }
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    if (!['auto', 'scroll'].includes(style.overflowX)) continue;
    if (el.offsetParent === null || el.clientWidth === 0) continue;
    if (el.scrollWidth > el.clientWidth + 1) {
      out.push(`${el.tagName}.${[...el.classList].join('.')} ${el.scrollWidth}>${el.clientWidth}`);
    }
  }
  return out;
}"""

CHART = """() => {
  const img = document.querySelector('.buurtsim-comparison-plot img');
  const cell = document.querySelector('.buurtsim-comparison-table td');
  return {alt: img.alt, shown: img.clientWidth, natural: img.naturalWidth,
          intended: Number(img.getAttribute('width')),
          table_px: parseFloat(getComputedStyle(cell).fontSize)};
}"""


def test_dashboard_at_150_percent_zoom(voila_workshop, browser: Browser, tmp_path, keep_screenshot):
    server, _log_dir = voila_workshop
    context = browser.new_context(viewport=VIEWPORT, device_scale_factor=ZOOM, locale="nl-BE")
    context.set_default_timeout(30_000)
    try:
        page = context.new_page()
        started = time.monotonic()
        page.goto(server.url(""))
        page.locator(".buurtsim-dashboard").wait_for(timeout=90_000)
        for k, group in enumerate(["Groep Zon", "Groep Maan"]):
            set_text(page, "buurtsim-group-name", group)
            set_text(page, "buurtsim-runs", "2")
            set_text(page, "buurtsim-seed", str(5 * (k + 1)))
            page.locator("button.buurtsim-run").click()
            expect(page.locator(".buurtsim-run-status")).to_contain_text(
                "bewaard in het logboek", timeout=90_000
            )
        tabs = page.get_by_role("tab")
        names = [t.strip() for t in tabs.all_inner_texts()]
        sideways = {}
        for name in names:
            page.get_by_role("tab", name=name).click()
            page.wait_for_timeout(300)
            found = page.evaluate(SCROLLING_SIDEWAYS)
            if found:
                sideways[name] = found
        assert not sideways, f"needs horizontal scrolling at 150% zoom: {sideways}"

        page.get_by_role("tab", name="Vergelijking").click()
        chart = page.locator(".buurtsim-comparison-plot img")
        expect(chart).to_have_count(1)
        expect(chart).to_be_visible()
        info = page.evaluate(CHART)
        # shown at its full width: 11 points stay 11 points (14.7 CSS px, 22 device px)
        scale = info["shown"] / info["intended"]
        text_px = MIN_FONT_PT * DISPLAY_DPI / 72 * scale
        assert scale >= 0.98, info
        assert text_px >= 0.95 * info["table_px"], (text_px, info)
        # sharp at 150%: at least 1.5 image pixels per CSS pixel
        assert info["natural"] >= ZOOM * info["shown"], info
        assert abs(info["natural"] - info["intended"] * RENDER_DPI / DISPLAY_DPI) <= 1, info
        assert info["alt"].startswith("Staven per uitkomst") and "Groep Zon" in info["alt"]

        chart.scroll_into_view_if_needed()
        shot = tmp_path / "dashboard-projector.png"
        page.screenshot(path=str(shot))
        keep_screenshot(shot)
        print(
            f"projector test: {time.monotonic() - started:.1f} s; chart text {text_px:.1f} px "
            f"against {info['table_px']:.1f} px table text (CSS px, x{ZOOM} on screen)"
        )
    finally:
        context.close()


FIRST_FIGURE = """() => {
  const img = document.querySelector('.jp-CodeCell .widget-output img');
  return {alt: img.alt, shown: img.clientWidth, natural: img.naturalWidth,
          intended: Number(img.getAttribute('width'))};
}"""


def test_notebook_panel_on_a_projector(lab, browser: Browser, tmp_path, keep_screenshot):
    """00_welkom in JupyterLab at 1280x720: the first panel's figure is shown at its own width
    (its text keeps 11 points), sharp, with a Dutch alt text."""
    from jupyter_servers import hide_left_sidebar, open_and_run_all

    context = browser.new_context(viewport=SCREEN, locale="nl-BE")
    context.set_default_timeout(30_000)
    try:
        page = context.new_page()
        open_and_run_all(page, lab, "notebooks/00_welkom.ipynb")
        hide_left_sidebar(page)
        figure = page.locator(".jp-CodeCell .widget-output img").first
        expect(figure).to_be_visible()
        info = page.evaluate(FIRST_FIGURE)
        assert info["shown"] >= 0.98 * info["intended"], info
        assert info["natural"] >= ZOOM * info["shown"], info
        assert info["alt"].startswith("Lijnen per week") and "uitgegeven" in info["alt"], info
        page.evaluate(
            "() => document.querySelector('.jp-CodeCell').scrollIntoView({block: 'start'})"
        )
        shot = tmp_path / "notebook-projector.png"
        page.screenshot(path=str(shot))
        keep_screenshot(shot)
    finally:
        context.close()
