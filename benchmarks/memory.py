"""Peak memory of the workbook, as on Binder: every notebook in a fresh kernel.

    .venv/bin/python benchmarks/memory.py [notebooks/02_speelveld.ipynb ...] [--no-server]

Each notebook runs with nbclient in a new ``python3`` kernel (as when a student opens it on
Binder), in its own folder. A thread samples the resident memory (RSS) of the kernel process
and all its children every 20 ms; the table gives the peak per notebook and the memory the kernel
still holds at the end (JupyterLab keeps a kernel running until you shut it down).

Binder's limit is 2 GB for everything in the container. Besides the largest single kernel (plus
the JupyterLab server, started once on a free port with private folders and measured after one
request for ``/lab``), the script prints a pessimistic total: every notebook's kernel as it is at
the end of its run, all at once, as if a student opened every notebook and closed none. That
total counts the shared libraries once (the unique memory, USS, of all kernels but the largest);
the plain RSS sum, which counts them in every kernel, is printed as an upper bound.
"""

from __future__ import annotations

import argparse
import contextlib
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import nbformat
import psutil
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
BINDER_LIMIT_MB = 2048
MB = 1024 * 1024


class PeakSampler(threading.Thread):
    """Samples the RSS of a process and its descendants until stopped; keeps the peak."""

    def __init__(self, pid: int, interval: float = 0.02):
        super().__init__(daemon=True)
        self.process = psutil.Process(pid)
        self.interval = interval
        self.peak = 0
        self.last = 0
        self._stop_event = threading.Event()

    def rss(self) -> int:
        try:
            procs = [self.process, *self.process.children(recursive=True)]
        except psutil.NoSuchProcess:
            return 0
        total = 0
        for proc in procs:
            with contextlib.suppress(psutil.NoSuchProcess):
                total += proc.memory_info().rss
        return total

    def uss(self) -> int:
        """Unique memory of the process and its descendants: what closing them would free."""
        total = 0
        for proc in [self.process, *self.process.children(recursive=True)]:
            with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                total += proc.memory_full_info().uss
        return total

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.last = self.rss()
            self.peak = max(self.peak, self.last)
            self._stop_event.wait(self.interval)

    def stop(self) -> int:
        self.last = self.rss() or self.last
        self.peak = max(self.peak, self.last)
        self._stop_event.set()
        self.join(timeout=5)
        return self.peak


def run_notebook(path: Path, timeout: int = 600) -> dict:
    """Execute ``path`` in a fresh kernel; the peak and final RSS of the kernel, and the time."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    started = time.perf_counter()
    with client.setup_kernel(stderr=subprocess.DEVNULL):  # no "running over TCP" warnings
        sampler = PeakSampler(client.km.provisioner.pid)
        sampler.start()
        baseline = sampler.rss()
        try:
            for index, cell in enumerate(nb.cells):
                client.execute_cell(cell, index)
        finally:
            time.sleep(0.1)
            peak = sampler.stop()
            final = sampler.last
            unique = sampler.uss()
    return {
        "notebook": path.name,
        "seconds": time.perf_counter() - started,
        "start_mb": baseline / MB,
        "peak_mb": peak / MB,
        "end_mb": final / MB,
        "end_uss_mb": unique / MB,
    }


def server_rss_mb() -> float | None:
    """RSS of an idle JupyterLab server (with its extensions) after one request for /lab."""
    sys.path.insert(0, str(ROOT / "tests" / "browser"))
    try:
        from jupyter_servers import start_lab
    except ImportError as exc:
        print(f"(no server measurement: {exc})")
        return None
    with tempfile.TemporaryDirectory(prefix="buurtsim-mem-") as tmp:
        server = start_lab(Path(tmp), Path(tmp) / "jupyter")
        try:
            with urllib.request.urlopen(server.url("lab"), timeout=30) as response:
                response.read()
            time.sleep(1)
            sampler = PeakSampler(server.proc.pid)
            return sampler.rss() / MB
        finally:
            server.stop()


def measure(paths: list[Path]) -> list[dict]:
    """Run every notebook and print its row as soon as it is done."""
    print(f"Memory of {len(paths)} notebooks, each in a fresh python3 kernel (nbclient)\n")
    print(f"{'notebook':<36} {'time':>7} {'start':>8} {'peak':>8} {'end':>8} {'unique':>8}")
    rows = []
    for path in paths:
        row = run_notebook(path)
        rows.append(row)
        print(
            f"{row['notebook']:<36} {row['seconds']:6.1f}s {row['start_mb']:6.0f}MB "
            f"{row['peak_mb']:6.0f}MB {row['end_mb']:6.0f}MB {row['end_uss_mb']:6.0f}MB",
            flush=True,
        )
    print("(start/peak/end: RSS of the kernel; unique: its USS at the end, not shared with others)")
    return rows


def print_totals(rows: list[dict], top: dict, server: float | None) -> None:
    """One notebook at a time, and every kernel left open, against Binder's limit."""
    others = [r for r in rows if r is not top]
    base = server or 0
    one = base + top["peak_mb"]
    # every kernel left open: shared libraries once (in the largest), the others' unique memory
    all_open = base + top["peak_mb"] + sum(r["end_uss_mb"] for r in others)
    all_open_rss = base + top["peak_mb"] + sum(r["end_mb"] for r in others)
    print(f"one notebook at a time (server + largest peak): {one:.0f} MB of {BINDER_LIMIT_MB} MB")
    print(
        f"every kernel left open (server + largest peak + the others' unique memory): "
        f"{all_open:.0f} MB of {BINDER_LIMIT_MB} MB"
    )
    print(
        f"  the same counting shared libraries in every kernel (RSS, an upper bound): "
        f"{all_open_rss:.0f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", help="default: every notebooks/*.ipynb")
    parser.add_argument("--no-server", action="store_true", help="skip the JupyterLab server")
    args = parser.parse_args(argv)
    paths = [Path(p) for p in args.notebooks] or sorted((ROOT / "notebooks").glob("*.ipynb"))

    rows = measure(paths)
    top = max(rows, key=lambda r: r["peak_mb"])
    print(f"\nlargest kernel peak: {top['peak_mb']:.0f} MB ({top['notebook']})")
    server = None if args.no_server else server_rss_mb()
    if server is not None:
        print(f"JupyterLab server, idle after loading /lab: {server:.0f} MB")
    print_totals(rows, top, server)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
