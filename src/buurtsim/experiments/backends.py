"""Where the runs go: local processes (the default) or a ``dask.distributed`` cluster.

A run depends only on its scenario and its seed, so the backend changes how fast a table comes back,
never what is in it: every backend returns the results in job order, bit for bit the same.

- ``map_runs(func, jobs)``: local processes, as :func:`buurtsim.ensemble` always did;
- ``map_runs(func, jobs, local_cluster=True, workers=4)``: a dask ``LocalCluster`` on this machine,
  started and closed here (mostly useful to try the dask route before using a real cluster);
- ``map_runs(func, jobs, scheduler="tcp://10.0.0.5:8786")``: a running dask scheduler, e.g. one
  started with ``dask scheduler`` plus ``dask worker tcp://10.0.0.5:8786`` on each machine. Every
  worker needs buurtsim installed (the same version).

dask is an optional extra: ``pip install 'buurtsim[dask]'``. It is imported only when asked for.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
from collections.abc import Callable, Sequence
from typing import Any

from .pool import map_local

#: how to install the optional dask backend
DASK_INSTALL = "pip install 'buurtsim[dask]'"

#: ``tcp://HOST:PORT`` (also tls, ws, wss; the scheme may be left out, as dask allows)
_ADDRESS = re.compile(
    r"^(?:(?P<scheme>tcp|tls|ws|wss)://)?"
    r"(?P<host>\[[0-9a-fA-F:]+\]|[^\s:/\[\]]+)"
    r":(?P<port>\d{1,5})$"
)


class BackendError(ValueError):
    """A backend that cannot be used; the message says why in plain words."""


class DaskMissingError(BackendError, ImportError):
    """dask.distributed is not installed (it is the optional ``dask`` extra)."""


class SchedulerError(BackendError, OSError):
    """A scheduler address that is malformed or where no dask scheduler answers.

    Both a ``ValueError`` (bad input) and an ``OSError`` (a connection problem), so that callers
    catching either get the plain message.
    """


def _distributed():
    try:
        import distributed
    except ImportError:
        raise DaskMissingError(
            "the dask backend (--scheduler or --local-cluster) needs dask.distributed, which is "
            f"not installed; install it with: {DASK_INSTALL}"
        ) from None
    return distributed


def check_address(address: str) -> tuple[str, int]:
    """The host and port of a scheduler address, or a :class:`BackendError` saying what is wrong."""
    match = _ADDRESS.match(str(address).strip())
    port = int(match["port"]) if match else 0
    if not match or not 0 < port < 65536:
        raise SchedulerError(
            f"the scheduler address {address!r} is not of the form tcp://HOST:PORT "
            "(for example tcp://127.0.0.1:8786)"
        )
    return match["host"].strip("[]"), port


def _reachable(address: str, timeout: float) -> None:
    """Fail fast and plainly if nothing listens at the address (dask itself retries for long)."""
    host, port = check_address(address)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except socket.gaierror:
        raise SchedulerError(
            f"cannot find the host {host!r} of the scheduler address {address!r}"
        ) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise SchedulerError(
            f"no dask scheduler answers at {address} ({reason}); start one with `dask scheduler` "
            "and `dask worker ADDRESS`, or use a local cluster instead"
        ) from None


def _run_batch(func: Callable, batch: Sequence) -> list:
    """One dask task: a few runs in a row, which keeps the scheduler's overhead small."""
    return [func(job) for job in batch]


def _batches(jobs: Sequence, size: int) -> list[Sequence]:
    return [jobs[i : i + size] for i in range(0, len(jobs), size)]


def _check_choice(scheduler: str | None, local_cluster: bool, workers: int | None) -> None:
    if scheduler is not None and local_cluster:
        raise BackendError("give either a scheduler address or local_cluster=True, not both")
    if scheduler is None and not local_cluster:
        raise BackendError("map_distributed needs a scheduler address or local_cluster=True")
    if local_cluster and workers is not None and int(workers) < 1:
        raise BackendError(f"workers must be at least 1, not {workers}")


def _client(
    distributed,
    stack: contextlib.ExitStack,
    scheduler: str | None,
    local_cluster: bool,
    workers: int | None,
    timeout: float,
):
    """A dask client of a new local cluster or of the scheduler; ``stack`` closes both."""
    if local_cluster:
        cluster = distributed.LocalCluster(
            n_workers=int(workers or 2),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        stack.callback(cluster.close)
        client = distributed.Client(cluster, set_as_default=False)
    else:
        assert scheduler is not None  # _check_choice: a scheduler or a local cluster
        _reachable(scheduler, timeout)
        try:
            client = distributed.Client(scheduler, timeout=timeout, set_as_default=False)
        except (OSError, ValueError) as exc:
            raise SchedulerError(
                f"could not connect to a dask scheduler at {scheduler}: {exc}"
            ) from None
    stack.callback(client.close)
    return client


def _follow(
    distributed,
    client,
    futures: list,
    batches: list[Sequence],
    progress: bool | Callable[[int, int], None],
    stack: contextlib.ExitStack,
) -> None:
    """Report the runs done as the batches finish: a tqdm bar (``progress=True``) or a callback."""
    total = sum(len(b) for b in batches)
    bar = None
    if progress is True:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="run", leave=False)
        stack.callback(bar.close)
    lengths = {f.key: len(b) for f, b in zip(futures, batches, strict=True)}
    done = 0
    for future in distributed.as_completed(futures, loop=client.loop):
        done += lengths[future.key]
        if bar is not None:
            bar.update(lengths[future.key])
        elif callable(progress):
            progress(done, total)


def map_distributed(
    func: Callable,
    jobs: Sequence,
    scheduler: str | None = None,
    local_cluster: bool = False,
    workers: int | None = None,
    progress: bool | Callable[[int, int], None] = False,
    timeout: float = 10.0,
) -> list:
    """Apply ``func`` to ``jobs`` on a dask cluster; results keep job order.

    ``func`` must be importable by the workers (a module-level function of an installed package).
    """
    _check_choice(scheduler, local_cluster, workers)
    distributed = _distributed()
    jobs = list(jobs)
    if not jobs:
        return []
    # closes the bar, then the client, then the cluster
    with contextlib.ExitStack() as stack:
        client = _client(distributed, stack, scheduler, local_cluster, workers, timeout)
        size = max(1, min(25, len(jobs) // 100))
        batches = _batches(jobs, size)
        futures = [client.submit(_run_batch, func, b, pure=False) for b in batches]
        if progress:
            _follow(distributed, client, futures, batches, progress, stack)
        results = client.gather(futures)
    return [item for batch in results for item in batch]


def map_runs(
    func: Callable,
    jobs: Sequence,
    processes: int | None = None,
    scheduler: str | None = None,
    local_cluster: bool = False,
    workers: int | None = None,
    progress: bool | Callable[[int, int], None] = False,
) -> list[Any]:
    """Apply ``func`` to every job on the chosen backend; results keep job order.

    - default: local processes (``processes=None`` uses every core, ``1`` runs serially);
    - ``scheduler="tcp://HOST:PORT"``: a running dask scheduler;
    - ``local_cluster=True``: a dask ``LocalCluster`` of ``workers`` processes (default 2).

    ``progress=True`` shows a tqdm bar; a callable gets ``(done, total)``.
    """
    if scheduler is not None or local_cluster:
        return map_distributed(func, jobs, scheduler, local_cluster, workers, progress)
    if processes is not None and (not isinstance(processes, int) or processes < 1):
        raise BackendError(f"processes must be a whole number of at least 1, not {processes!r}")
    return map_local(func, jobs, processes, progress)


def describe(
    processes: int | None = None,
    scheduler: str | None = None,
    local_cluster: bool = False,
    workers: int | None = None,
) -> str:
    """The backend in a few words, for a report or a log line."""
    if scheduler is not None:
        return f"dask scheduler at {scheduler}"
    if local_cluster:
        return f"dask LocalCluster with {workers or 2} worker processes"
    if processes is None:
        return f"{os.cpu_count() or 1} local processes"
    return "1 local process" if processes == 1 else f"{processes} local processes"


__all__ = [
    "DASK_INSTALL",
    "BackendError",
    "DaskMissingError",
    "SchedulerError",
    "check_address",
    "describe",
    "map_distributed",
    "map_runs",
]
