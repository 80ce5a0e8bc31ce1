"""Local worker processes: apply a function to jobs serially or over a process pool, in order.

:func:`buurtsim.experiments.backends.map_runs` sends jobs here unless they go to dask.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

#: ``None``: tell a script from an interactive process by ``__main__.__file__``; a benchmark
#: sets ``True`` to measure what a Jupyter kernel gets
INTERACTIVE: bool | None = None

#: worker pools kept for the process's life, by size, in interactive processes only
_KEPT: dict[int, ProcessPoolExecutor] = {}


def _interactive() -> bool:
    if INTERACTIVE is not None:
        return INTERACTIVE
    return getattr(sys.modules.get("__main__"), "__file__", None) is None


def _pool_context() -> multiprocessing.context.BaseContext:
    """How to start worker processes.

    A script (the ``buurtsim`` command, ``python my_experiment.py``) forks: fast, and no
    ``if __name__ == "__main__"`` guard is needed. Its only other threads are BLAS workers, which
    are fork-safe, and tqdm's monitor, which :func:`map_local` switches off. An interactive
    process (a Jupyter kernel, a REPL) runs threads of its own and must not fork; its workers
    come from a fork server that has imported buurtsim once, a clean single-threaded process. It
    has no script file to re-run, so no guard is needed there either.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and not _interactive():
        return multiprocessing.get_context("fork")
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["buurtsim.experiments.runs"])
    return ctx


def map_local(
    func: Callable,
    jobs: Sequence,
    processes: int | None,
    progress: bool | Callable[[int, int], None] = False,
) -> list:
    """Apply ``func`` to ``jobs`` in order, serially or over processes; results keep job order.

    ``processes=None`` uses every core (at most one per job); ``progress=True`` shows a tqdm bar,
    a callable gets ``(done, total)`` after each job.
    """
    if processes is None:
        processes = min(len(jobs), os.cpu_count() or 1)
    bar, tick = _ticker(len(jobs), progress)
    if processes <= 1 or len(jobs) <= 1:
        out = _map_serial(func, jobs, tick)
    else:
        out = _map_pool(func, jobs, processes, tick)
    if bar is not None:
        bar.close()
    return out


def _ticker(total: int, progress: bool | Callable[[int, int], None]):
    """A tqdm bar (``progress=True``) or none, and the callback to call after each job."""
    bar = None
    if progress is True:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="run", leave=False)

    def tick(done: int) -> None:
        if bar is not None:
            bar.update(1)
        elif callable(progress):
            progress(done, total)

    return bar, tick


def _map_serial(func: Callable, jobs: Sequence, tick: Callable[[int], None]) -> list:
    out = []
    for k, job in enumerate(jobs, 1):
        out.append(func(job))
        tick(k)
    return out


def _map_pool(func: Callable, jobs: Sequence, processes: int, tick: Callable[[int], None]) -> list:
    out = []
    chunks = max(1, len(jobs) // (processes * 4))
    from tqdm import tqdm as _tqdm

    _tqdm.monitor_interval = 0  # no monitor thread in a process that may fork
    if _tqdm.monitor is not None:
        _tqdm.monitor.exit()
        _tqdm.monitor = None
    if _interactive():  # a kernel: keep the workers, so a panel's next update need not wait
        pool = _kept_pool(processes)
        for k, item in enumerate(pool.map(func, jobs, chunksize=chunks), 1):
            out.append(item)
            tick(k)
        return out
    with (
        warnings.catch_warnings(),
        ProcessPoolExecutor(max_workers=processes, mp_context=_pool_context()) as pool,
    ):
        # see _pool_context: a script's remaining threads are fork-safe BLAS workers
        warnings.filterwarnings("ignore", message=".*use of fork\\(\\) may lead to deadlocks")
        for k, item in enumerate(pool.map(func, jobs, chunksize=chunks), 1):
            out.append(item)
            tick(k)
    return out


def _kept_pool(processes: int) -> ProcessPoolExecutor:
    """The interactive process's pool of ``processes`` workers, started on first use.

    Its workers come from the fork server (:func:`_pool_context`), so they never carry the
    kernel's state, and keeping them changes no result: only the wait. A broken pool (a worker
    killed) is replaced.
    """
    pool = _KEPT.get(processes)
    if pool is None or getattr(pool, "_broken", False):
        pool = ProcessPoolExecutor(max_workers=processes, mp_context=_pool_context())
        _KEPT[processes] = pool
        atexit.register(pool.shutdown, wait=False, cancel_futures=True)
    return pool
