"""Start JupyterLab and Voilà on free ports for the browser tests, and find Chromium.

Shared by ``conftest.py`` and ``panel_screenshots.py``. Every server gets its own private
configuration, data, runtime, settings and workspace folders under a temporary directory, a
random token and ``127.0.0.1``; it runs in its own process group so :meth:`Server.stop` ends the
server and every kernel it started.

Playwright drives the system Chromium (``/usr/bin/chromium``); Playwright's own browser download
is never used. When Chromium is missing and we are root (CI), ``ensure_chromium`` installs it
with apt-get.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from buurtsim.handouts.pdf import BROWSER_FLAGS

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
CHROMIUM = Path(os.environ.get("BUURTSIM_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = list(BROWSER_FLAGS)  # no network, no first run (buurtsim.handouts.pdf)

# JupyterLab user settings for the tests: no news or update checks (no network), no autosave
# (the notebook is a copy anyway), no extension manager (it would query PyPI).
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
        "doNotDisturbMode": True,
    },
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/extensionmanager-extension/plugin.jupyterlab-settings": {"enabled": False},
}


def ensure_chromium(timeout: float = 900) -> Path:
    """The Chromium executable; installed with apt-get when missing and we are root.

    Raises RuntimeError with what to do when it is missing and cannot be installed.
    """
    if CHROMIUM.exists():
        return CHROMIUM
    apt = shutil.which("apt-get")
    if apt and hasattr(os, "geteuid") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        print(f"{CHROMIUM} is missing: apt-get install -y chromium", flush=True)
        subprocess.run([apt, "update"], check=True, timeout=timeout, env=env)
        subprocess.run(
            [apt, "install", "-y", "--no-install-recommends", "chromium"],
            check=True,
            timeout=timeout,
            env=env,
        )
    if not CHROMIUM.exists():
        raise RuntimeError(
            f"Chromium is not at {CHROMIUM}. Install it (`sudo apt-get install chromium`) or set "
            "BUURTSIM_CHROMIUM to its path; the browser tests do not use Playwright's download."
        )
    return CHROMIUM


def launch_chromium(playwright):
    """A headless system Chromium driven by Playwright."""
    return playwright.chromium.launch(
        executable_path=str(ensure_chromium()), args=CHROMIUM_ARGS, headless=True
    )


def free_port() -> int:
    """A TCP port that was free a moment ago (bind to port 0 and let the kernel choose)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A running Jupyter/Voilà server in its own process group."""

    name: str
    proc: subprocess.Popen
    port: int
    token: str
    log: Path
    home: Path
    stopped: bool = field(default=False)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str = "") -> str:
        """``path`` on this server with the token (``path`` may already hold a query)."""
        sep = "&" if "?" in path else "?"
        return f"{self.base}/{path.lstrip('/')}{sep}token={self.token}"

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return ""

    def stop(self, grace: float = 10) -> None:
        """Stop the server and its kernels.

        SIGTERM to the server's process group (the server then shuts its kernels down), SIGKILL
        after ``grace`` seconds; kernels run in sessions of their own (jupyter_client starts them
        so), so any that outlive the server are killed by their process id.
        """
        if self.stopped:
            return
        self.stopped = True
        try:
            kernels = psutil.Process(self.proc.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            kernels = []
        for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 5)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig)
            try:
                self.proc.wait(timeout=wait)
                break
            except subprocess.TimeoutExpired:
                continue
        for kernel in kernels:
            with contextlib.suppress(psutil.NoSuchProcess):
                kernel.kill()
        psutil.wait_procs(kernels, timeout=5)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)  # anything left in the server's group


def private_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment of a server: private Jupyter folders under ``home``, the venv first on PATH."""
    env = dict(os.environ)
    for var, sub in (
        ("JUPYTER_CONFIG_DIR", "config"),
        ("JUPYTER_DATA_DIR", "data"),
        ("JUPYTER_RUNTIME_DIR", "runtime"),
        ("IPYTHONDIR", "ipython"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / sub)
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env["MPLBACKEND"] = "Agg"
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("JUPYTER_PATH", None)
    env.update(extra or {})
    return env


def _wait_until_up(server: Server, timeout: float) -> None:
    """Poll ``/api/status`` until the server answers (any HTTP status: Voilà has no such API)."""
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise RuntimeError(
                f"{server.name} exited with {server.proc.returncode}:\n{server.log_tail()}"
            )
        try:
            with urllib.request.urlopen(server.url("api/status"), timeout=5) as response:
                if response.status == 200:
                    return
        except urllib.error.HTTPError:
            return  # it answered, if only with 404
        except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
            last = str(exc)
        time.sleep(0.3)
    server.stop()
    raise TimeoutError(
        f"{server.name} did not answer within {timeout:.0f} s ({last}):\n{server.log_tail()}"
    )


def _start(name: str, cmd: list[str], home: Path, port: int, token: str, env, cwd, timeout):
    log = home / f"{name}.log"
    with log.open("w", encoding="utf-8") as out:
        proc = subprocess.Popen(
            cmd,
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # own process group: stop() ends the kernels too
        )
    server = Server(name, proc, port, token, log, home)
    try:
        _wait_until_up(server, timeout)
    except BaseException:
        server.stop()
        raise
    return server


def copy_workbook(dest: Path, notebooks: list[str] | None = None) -> Path:
    """Copy ``notebooks/`` (the named ones, or all) and ``scenarios/`` into ``dest``.

    The servers work on the copy, so nothing they write (outputs, checkpoints, logs) lands in
    the repository.
    """
    (dest / "notebooks").mkdir(parents=True, exist_ok=True)
    names = notebooks or [p.name for p in (ROOT / "notebooks").glob("*.ipynb")]
    for name in names:
        shutil.copy2(ROOT / "notebooks" / name, dest / "notebooks" / name)
    shutil.copytree(ROOT / "scenarios", dest / "scenarios", dirs_exist_ok=True)
    return dest


def start_lab(root: Path, home: Path, timeout: float = 120) -> Server:
    """JupyterLab serving ``root``, with a private workspace and settings under ``home``."""
    port, token = free_port(), secrets.token_hex(16)
    settings = home / "lab-settings"
    for rel, values in LAB_SETTINGS.items():
        path = settings / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")
    (home / "lab-workspaces").mkdir(parents=True, exist_ok=True)
    cmd = [
        str(VENV_BIN / "jupyter"),
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        f"--LabApp.workspaces_dir={home / 'lab-workspaces'}",
        f"--LabApp.user_settings_dir={settings}",
        "--ServerApp.terminals_enabled=False",
        "--LabApp.extension_manager=readonly",  # no queries to PyPI
        "--allow-root",  # CI runs as root
    ]
    return _start("jupyterlab", cmd, home, port, token, private_env(home), root, timeout)


def start_voila(
    notebook: Path, home: Path, env: dict[str, str] | None = None, timeout: float = 120
) -> Server:
    """Voilà serving one notebook (``voila notebook.ipynb``), private folders under ``home``."""
    port, token = free_port(), secrets.token_hex(16)
    cmd = [
        str(VENV_BIN / "voila"),
        str(notebook),
        "--no-browser",
        "--Voila.ip=127.0.0.1",
        f"--port={port}",
        "--Voila.port_retries=0",
        f"--token={token}",
    ]
    return _start("voila", cmd, home, port, token, private_env(home, env), notebook.parent, timeout)


# --- JupyterLab in the browser ---------------------------------------------------------------
STDERR_MIME = "application/vnd.jupyter.stderr"  # JupyterLab renders errors (and warnings) so
#: the notebook in the current tab (other open notebooks stay in the DOM, hidden)
CURRENT = ".jp-NotebookPanel:not(.lm-mod-hidden)"


def kernel_idle(page, timeout: float = 60_000) -> None:
    """Wait until JupyterLab's status bar says the kernel is idle."""
    from playwright.sync_api import expect

    status = page.locator(".jp-StatusBar-TextItem", has_text=re.compile(r"\| (Idle|Busy)"))
    expect(status).to_contain_text("| Idle", timeout=timeout)


def open_and_run_all(page, server: Server, notebook: str, timeout: float = 120_000) -> None:
    """Open ``notebook`` in JupyterLab, run every cell (Run > Run All Cells) and wait.

    Returns when every code cell of the notebook shows an execution count and the kernel is
    idle again; raises AssertionError naming the cells that did not run.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect

    page.goto(server.url(f"lab/tree/{notebook}"))
    name = Path(notebook).name
    current_tab = page.locator(".jp-mod-current.lm-TabBar-tab .lm-TabBar-tabLabel")
    expect(current_tab).to_have_text(name, timeout=60_000)
    prompts = page.locator(f"{CURRENT} .jp-CodeCell .jp-InputArea-prompt")
    expect(prompts.first).to_be_attached(timeout=60_000)
    kernel_idle(page)
    all_ran = f"""() => {{
        const prompts = [...document.querySelectorAll(
            '{CURRENT} .jp-CodeCell .jp-InputArea-prompt')];
        return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
    }}"""
    for attempt in range(2):  # a click while the new tab's kernel still connects can get lost
        page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
        page.locator('li.lm-Menu-item[data-command="runmenu:run-all"]').click()
        try:
            expect(prompts.first).to_have_text(re.compile(r"\[(\*|\d+)\]"), timeout=15_000)
            break
        except AssertionError:
            if attempt:
                raise
            page.keyboard.press("Escape")
    try:
        page.wait_for_function(all_ran, timeout=timeout)
    except PlaywrightTimeout as exc:
        errors = page.locator(f'{CURRENT} .jp-OutputArea-output[data-mime-type="{STDERR_MIME}"]')
        raise AssertionError(
            f"{notebook}: not every cell ran within {timeout / 1000:.0f} s; prompts "
            f"{prompts.all_inner_texts()}; stderr outputs: {errors.all_inner_texts()}"
        ) from exc
    kernel_idle(page, timeout)


def hide_left_sidebar(page) -> None:
    """Collapse JupyterLab's file browser, so screenshots show the notebook wide."""
    if page.locator("#jp-left-stack:visible").count():
        page.keyboard.press("Control+b")
        page.locator("#jp-left-stack").wait_for(state="hidden", timeout=10_000)


def start_workshop(
    cwd: Path, home: Path, log_dir: Path, trainer_key: str, timeout: float = 120
) -> Server:
    """``python -m buurtsim workshop`` (Voilà with the device cookie, the server's state and
    idle culling) on 127.0.0.1, started in ``cwd``, with the log in ``log_dir``."""
    port, token = free_port(), secrets.token_hex(8)
    cmd = [
        str(VENV_BIN / "python"),
        "-m",
        "buurtsim",
        "workshop",
        "--no-browser",
        f"--port={port}",
        f"--token={token}",
        f"--dir={log_dir}",
    ]
    env = private_env(home, {"BUURTSIM_TRAINER_KEY": trainer_key})
    return _start("workshop", cmd, home, port, token, env, cwd, timeout)
