"""What the dashboard's browser tests do on a page, written once: a browser context that only
reaches the test servers, a text field filled and sent, a slider moved with the arrow keys."""

from __future__ import annotations

from playwright.sync_api import Browser, BrowserContext, Page, expect


def local_only(route) -> None:
    """Let requests to the test servers, data:, file: and blob: through; abort anything else."""
    url = route.request.url
    if url.startswith(("http://127.0.0.1:", "ws://127.0.0.1:", "data:", "file:", "blob:")):
        route.continue_()
    else:
        route.abort()


def local_context(browser: Browser, locale: str, timeout_ms: float = 60_000) -> BrowserContext:
    """A new 1280x900 browser context (one device) that can reach nothing but the test servers."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=locale)
    context.set_default_timeout(timeout_ms)
    context.route("**/*", local_only)
    return context


def set_text(page: Page, widget_class: str, text: str) -> None:
    """Fill a text field and press Enter (text widgets send their value on Enter or blur)."""
    field = page.locator(f".{widget_class} input")
    field.fill(text)
    field.press("Enter")


def set_slider(
    page: Page, widget_class: str, value: float, step: float = 0.05, point: str = ","
) -> None:
    """Move a slider with the arrow keys to ``value``, as a trainee would (it applies on key
    release); the readout beside it shows the value with the language's decimal ``point``."""
    handle = page.locator(f".{widget_class} .noUi-handle")
    handle.focus()
    presses = round((value - float(handle.get_attribute("aria-valuenow"))) / step)
    for _ in range(abs(presses)):
        handle.press("ArrowRight" if presses > 0 else "ArrowLeft")
    expect(handle).to_have_attribute("aria-valuenow", str(value))
    row = page.locator(".buurtsim-slider-row", has=page.locator(f".{widget_class}"))
    expect(row.locator(".buurtsim-readout")).to_have_text(f"{value:.2f}".replace(".", point))
