"""The paper pack (``buurtsim handouts``) in Chromium: on a projector-sized screen, and printed.

The pack (3 runs per scenario) is opened from disk at 1280x720. On screen every sheet is there
and nothing needs horizontal scrolling; in print (A4 width, 186 mm between the margins) every
section fits on one page, so the PDF has one page per section. The screenshot is of the
comparison of exercise 1 as a projector shows it (``docs/img/handouts.png`` with
``make screenshots``).
"""

from __future__ import annotations

import time

from playwright.sync_api import Browser, expect

from buurtsim.handouts import HTML_NAME, make_handouts

#: A4 between the pack's 12 mm margins, in CSS pixels (96 per inch)
PRINT_WIDTH = round(186 / 25.4 * 96)
PRINT_HEIGHT = round(273 / 25.4 * 96)


def test_handouts_on_a_projector_and_on_paper(browser: Browser, tmp_path, keep_screenshot):
    started = time.monotonic()
    made = make_handouts(tmp_path / "werkmap", runs=3, processes=1, pdf=False)
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="nl-BE")
    try:
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto((made.folder / HTML_NAME).as_uri())
        expect(page.locator("h1")).to_have_text("Buurtbudget: de workshop op papier")
        sheets = page.locator("section.page")
        expect(sheets).to_have_count(9)
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 1280
        outside = [u for u in requests if not u.startswith(("file:", "data:"))]
        assert not outside, f"the pack fetched {outside}"

        results = page.locator("#oefening-1-resultaten")
        results.scroll_into_view_if_needed()
        expect(results.locator("th", has_text="Arendonk (strenge gemeente)").first).to_be_visible()
        page.evaluate("() => document.querySelector('#oefening-1-resultaten').scrollIntoView()")
        shot = tmp_path / "handouts.png"
        page.screenshot(path=str(shot))
        keep_screenshot(shot)

        page.set_viewport_size({"width": PRINT_WIDTH, "height": PRINT_HEIGHT})
        page.emulate_media(media="print")
        sizes = page.evaluate(
            "() => [...document.querySelectorAll('section.page')]"
            ".map(s => [s.id, s.getBoundingClientRect().height, s.scrollWidth])"
        )
        too_tall = [(key, round(h)) for key, h, _ in sizes if h > PRINT_HEIGHT]
        too_wide = [(key, w) for key, _, w in sizes if w > PRINT_WIDTH]
        assert not too_tall, f"sections longer than an A4 page ({PRINT_HEIGHT} px): {too_tall}"
        assert not too_wide, f"sections wider than an A4 page ({PRINT_WIDTH} px): {too_wide}"
    finally:
        context.close()
    print(f"handouts test: {time.monotonic() - started:.1f} s")
