"""``buurtsim workshop [--lan]``: serve the dashboard, for one laptop or for every group's device.

Voilà serves ``notebooks/workshop.ipynb`` with a token. With ``--lan`` it listens on every
network of the trainer's laptop (its hotspot, the room's wifi), so each group opens the dashboard
on its own phone or laptop; the terminal shows the address, the token and a QR code, and so does
the dashboard. The trainer view (the same page with ``&trainer=KEY``) is for the projector: it
chooses the log folder for every page and its comparison refreshes as groups save.

Every browser gets a cookie that names the device; the server hands it to the page's kernel
(:func:`device_hook`), so a group keeps its name and session after F5 or a restart. Kernels of
pages that were closed are shut down after ``--cull-minutes`` idle minutes. Nothing is fetched
from the internet: Voilà serves its own files.

**Language.** The server speaks :func:`buurtsim.language.current` (``--lang``, else
``BUURTSIM_LANG``, else Dutch): its terminal banner, its errors and the page a device sees when
it opens the address without the token (``templates/login.html``, which replaces Jupyter's
English login page and tells the group to scan the QR code or type the token shown on the
projector). In English it serves ``notebooks/en/workshop.ipynb``, whose kernels start in
``notebooks/en/`` beside its ``.buurtsim-lang`` file, and it puts ``BUURTSIM_LANG`` in the
environment every page's kernel inherits, so each dashboard starts in the server's language;
its NL | EN switch then changes one page only.
"""

from __future__ import annotations

import copy
import ipaddress
import os
import re
import secrets
import socket
import sys
import tempfile
import threading
import webbrowser
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..i18n import LABELS, t, tf
from ..language import ENV, check, current
from .server_state import (
    DEVICE_ENV,
    START_ENV,
    STATE_ENV,
    STATE_NAME,
    TOKEN_ENV,
    TRAINER_ENV,
    URL_ENV,
    ServerState,
)

DEVICE_COOKIE = "buurtsim_device"
_DEVICE = re.compile(r"^[a-z0-9]{8,40}$")
NOTEBOOK_CODE = "from buurtsim.widgets.dashboard import Dashboard\n\nDashboard()"
#: the workshop notebook of each language, under notebooks/
NOTEBOOKS = {"nl": Path("workshop.ipynb"), "en": Path("en") / "workshop.ipynb"}
#: the templates that replace Jupyter's own (the login page)
TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class Plan:
    """Where and how the dashboard is served."""

    notebook: Path
    host: str  # what the server listens on
    address: str  # what a device types (the LAN address, or localhost)
    port: int
    token: str
    trainer_key: str
    folder: Path
    cull_minutes: int
    lang: str = "nl"

    @property
    def group_url(self) -> str:
        return f"http://{self.address}:{self.port}/?token={self.token}"

    @property
    def trainer_url(self) -> str:
        return f"{self.group_url}&trainer={self.trainer_key}"


# --- the machine's addresses ----------------------------------------------------------------------
def _usable(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    return ip.version == 4 and not (ip.is_loopback or ip.is_link_local or ip.is_unspecified)


def lan_addresses() -> list[str]:
    """The laptop's IPv4 addresses on its networks (private ones first), never loopback."""
    found: list[str] = []
    try:
        import psutil

        for addrs in psutil.net_if_addrs().values():
            found += [a.address for a in addrs if a.family == socket.AF_INET]
    except ImportError:  # pragma: no cover - psutil comes with ipykernel
        found += socket.gethostbyname_ex(socket.gethostname())[2]
    usable = [a for a in dict.fromkeys(found) if _usable(a)]
    return sorted(usable, key=lambda a: not ipaddress.ip_address(a).is_private)


def port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


# --- the notebook ---------------------------------------------------------------------------------
def workshop_notebook(lang: str | None = None) -> Path:
    """``notebooks/workshop.ipynb`` of the project (``notebooks/en/workshop.ipynb`` in English);
    a generated copy where it is not installed beside the package (e.g. from a wheel), which
    speaks the server's language through ``BUURTSIM_LANG``."""
    lang = check(current() if lang is None else lang, "lang")
    here = Path(__file__).resolve().parents[3] / "notebooks" / NOTEBOOKS[lang]
    if here.is_file():
        return here
    import nbformat

    folder = Path(tempfile.mkdtemp(prefix="buurtsim-workshop-"))
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(NOTEBOOK_CODE)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    path = folder / "workshop.ipynb"
    nbformat.write(nb, path)
    return path


def device_hook(req: Any, notebook: Any, cwd: str) -> Any:
    """Voilà's prelaunch hook: name the browser's device (a cookie) and tell the page's kernel.

    The notebook gets one first cell that sets ``BUURTSIM_DEVICE``; the page shows no code.
    """
    import nbformat

    device = (req.get_cookie(DEVICE_COOKIE) or "").strip().lower()
    if not _DEVICE.match(device):
        device = secrets.token_hex(8)
    req.set_cookie(DEVICE_COOKIE, device, expires_days=60, httponly=True, samesite="Lax")
    nb = copy.deepcopy(notebook)
    code = f"import os\nos.environ[{DEVICE_ENV!r}] = {device!r}"
    nb.cells.insert(0, nbformat.v4.new_code_cell(code))
    return nb


# --- the plan and the banner ----------------------------------------------------------------------
def chosen_folder(given: str | None, state: ServerState) -> Path:
    """``--dir``, else ``$WORKSHOP_DIR`` / ``$BUURTSIM_WORKSHOP_DIR``, else the folder of the last
    session started here, else ``./workshop-log``; relative to where the trainer started."""
    env = os.environ.get("WORKSHOP_DIR") or os.environ.get("BUURTSIM_WORKSHOP_DIR")
    text = (given or env or "").strip()
    if text:
        return state.set_folder(text)
    return state.folder() or state.set_folder("workshop-log")


def served_language(args: Any) -> str:
    """The command's ``--lang`` when it has one, else :func:`buurtsim.language.current`."""
    chosen = getattr(args, "lang", None)
    return check(chosen, "--lang") if chosen else current()


def make_plan(args: Any) -> Plan:
    """The serving plan from the command's options (see :func:`buurtsim.cli` ``workshop``)."""
    lang = served_language(args)
    state = ServerState(Path.cwd() / STATE_NAME)
    folder = chosen_folder(args.dir, state)
    addresses = lan_addresses() if args.lan else []
    if args.lan and not addresses:
        raise ValueError(t("serve_no_network", lang))
    host = "0.0.0.0" if args.lan else "127.0.0.1"
    if not port_free(host, args.port):
        raise ValueError(tf("serve_port_busy", lang, port=args.port))
    return Plan(
        notebook=workshop_notebook(lang),
        host=host,
        address=addresses[0] if addresses else "localhost",
        port=args.port,
        token=args.token or secrets.token_hex(5),
        trainer_key=os.environ.get(TRAINER_ENV) or secrets.token_hex(8),
        folder=folder,
        cull_minutes=args.cull_minutes,
        lang=lang,
    )


def qr_text(text: str) -> str:
    """A QR code of ``text`` in block characters, for the terminal."""
    import io

    import qrcode

    code = qrcode.QRCode(border=2)
    code.add_data(text)
    out = io.StringIO()
    code.print_ascii(out=out, invert=True)
    return out.getvalue()


def banner(plan: Plan, lan: bool, others: list[str]) -> str:
    """What the terminal shows when the server runs, in the server's language."""
    lang = plan.lang

    def row(key: str, value: object) -> str:
        return f"  {t(key, lang):<15}{value}"

    lines = [
        "",
        t("serve_running", lang),
        row("serve_log", plan.folder),
        row("serve_trainer", plan.trainer_url),
        " " * 17 + t("serve_trainer_note", lang),
    ]
    if lan:
        lines += [
            row("serve_groups", plan.group_url),
            row("serve_token", plan.token),
            "  " + t("serve_scan", lang),
        ]
        lines += ["  " + tf("serve_also", lang, address=a) for a in others]
    else:
        lines += ["  " + t("serve_local", lang)]
    lines += ["  " + tf("serve_stop", lang, minutes=plan.cull_minutes), ""]
    return "\n".join(lines)


def _print_qr(url: str, lang: str) -> None:
    try:
        print(qr_text(url))
    except UnicodeEncodeError:  # a terminal that cannot show block characters
        print("  " + t("serve_qr_elsewhere", lang))


def login_words(lang: str) -> dict[str, str]:
    """The words of ``templates/login.html`` (its ``buurtsim.login_*``), in ``lang``."""
    return {key: t(key, lang) for key in LABELS if key.startswith("login_")}


def add_login_page(env: Any, lang: str) -> None:
    """Let the server's jinja2 environment find ``templates/login.html`` before Jupyter's own
    login page, with the words it needs in ``lang``."""
    import jinja2

    env.loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(TEMPLATES)), env.loader])
    env.globals["buurtsim"] = login_words(lang)
    env.globals["buurtsim_lang"] = lang


def voila_app(lang: str) -> Any:
    """A Voilà application whose login page speaks ``lang`` (see :func:`add_login_page`)."""
    from voila.app import Voila

    class WorkshopVoila(Voila):
        def init_settings(self) -> dict:
            settings = super().init_settings()
            add_login_page(settings["jinja2_env"], lang)
            return settings

    return WorkshopVoila()


def voila_argv(plan: Plan) -> list[str]:
    cull = plan.cull_minutes * 60
    return [
        str(plan.notebook),
        "--no-browser",
        f"--Voila.ip={plan.host}",
        f"--port={plan.port}",
        "--Voila.port_retries=0",
        f"--token={plan.token}",
        f"--MappingKernelManager.cull_idle_timeout={cull}",
        f"--MappingKernelManager.cull_interval={max(10, min(60, cull // 2))}",
        "--VoilaConfiguration.show_tracebacks=False",
    ]


def serve(args: Any) -> int:
    """Run the workshop server until Ctrl+C (``buurtsim workshop``)."""
    plan = make_plan(args)
    os.environ.update(
        {
            START_ENV: str(Path.cwd()),
            STATE_ENV: str(Path.cwd() / STATE_NAME),
            TRAINER_ENV: plan.trainer_key,
            TOKEN_ENV: plan.token,
            URL_ENV: plan.group_url if args.lan else "",
            "BUURTSIM_WORKSHOP_DIR": str(plan.folder),
            ENV: plan.lang,  # every page's kernel starts in the server's language
        }
    )
    plan.folder.mkdir(parents=True, exist_ok=True)
    others = lan_addresses()[1:] if args.lan else []
    print(banner(plan, args.lan, others), flush=True)
    if args.lan:
        _print_qr(plan.group_url, plan.lang)
    sys.stdout.flush()
    app = voila_app(plan.lang)
    app.initialize(voila_argv(plan))
    app.voila_configuration.prelaunch_hook = device_hook
    if not args.no_browser:
        local = f"http://localhost:{plan.port}/?token={plan.token}"
        url = f"{local}&trainer={plan.trainer_key}" if args.lan else local
        threading.Timer(2.0, webbrowser.open, [url]).start()
    app.start()
    return 0
