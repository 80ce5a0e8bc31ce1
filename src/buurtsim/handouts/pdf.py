"""The pack as a PDF, printed by a headless Chromium (or Chrome, or Edge) when one is there.

No Playwright needed: Chromium's own ``--print-to-pdf`` prints the HTML file as the print CSS
says (A4, a page per section). ``BUURTSIM_CHROMIUM`` chooses the browser; without it the usual
names and places are tried. Without a browser the pack is the HTML alone, which any browser
prints with *Afdrukken → Opslaan als PDF*.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..i18n import tf
from ..workshop.logfile import os_reason

#: the names of a Chromium-like browser on PATH, and the usual places on macOS and Windows
NAMES = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
    "msedge",
)
PLACES = (
    "/usr/bin/chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
)
#: Chromium without network, first-run, sync or sandbox: the browser tests use the same
BROWSER_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)
FLAGS = ("--headless=new", *BROWSER_FLAGS, "--no-pdf-header-footer")


class PdfError(RuntimeError):
    """Chromium was there but could not print; the message says why, briefly."""


def find_chromium() -> str | None:
    """The path of a Chromium-like browser, or None."""
    chosen = os.environ.get("BUURTSIM_CHROMIUM")
    if chosen:
        return chosen if Path(chosen).is_file() else None
    for name in NAMES:
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in PLACES if Path(p).is_file()), None)


def print_pdf(html_file: Path, pdf_file: Path, chromium: str, timeout: float = 180) -> Path:
    """Print ``html_file`` to ``pdf_file`` (through a temporary name, so a half-written PDF is
    never left behind); raises :class:`PdfError`."""
    tmp = pdf_file.with_name(f".{pdf_file.stem}-{os.getpid()}.pdf.tmp")
    profile = tempfile.mkdtemp(prefix="buurtsim-chromium-")
    args = [chromium, *FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={tmp}"]
    try:
        done = subprocess.run(
            [*args, html_file.resolve().as_uri()],
            capture_output=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        if done.returncode != 0 or not tmp.is_file() or tmp.stat().st_size == 0:
            raise PdfError(tf("ho_pdf_exit", code=done.returncode))
        os.replace(tmp, pdf_file)
    except subprocess.TimeoutExpired:
        raise PdfError(tf("ho_pdf_timeout", seconds=f"{timeout:.0f}")) from None
    except OSError as exc:
        raise PdfError(os_reason(exc)) from None
    finally:
        tmp.unlink(missing_ok=True)
        shutil.rmtree(profile, ignore_errors=True)
    return pdf_file
