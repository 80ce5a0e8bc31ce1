"""Backends: dask gives exactly the rows of local processes; bad input gives a plain error."""

from __future__ import annotations

import socket
import sys

import pandas as pd
import pytest

import buurtsim
from buurtsim.experiments.backends import (
    BackendError,
    DaskMissingError,
    check_address,
    map_distributed,
    map_runs,
)
from buurtsim.experiments.sensitivity import morris
from buurtsim.scenarios import with_overrides

needs_dask = pytest.mark.dask


@pytest.fixture(scope="module")
def short(arendonk):
    return with_overrides(arendonk, {"run.weeks": 40})


@pytest.fixture(scope="module")
def cluster():
    """A dask LocalCluster of 2 worker processes, used through its scheduler address."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as c:
        yield c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_local_processes_keep_job_order():
    jobs = list(range(23))
    assert map_runs(abs, [-j for j in jobs], processes=2) == jobs
    assert map_runs(abs, [-j for j in jobs], processes=1) == jobs


@needs_dask
def test_local_cluster_ensemble_equals_local_processes(short):
    pytest.importorskip("distributed")
    local = buurtsim.ensemble(short, runs=6, seed=40, processes=2)
    dask = buurtsim.ensemble(short, runs=6, seed=40, local_cluster=True, workers=2)
    pd.testing.assert_frame_equal(dask, local)
    assert list(dask["seed"]) == list(range(40, 46))


@needs_dask
def test_scheduler_address_gives_the_same_sweep_and_morris(short, cluster):
    address = cluster.scheduler_address
    local = buurtsim.sweep(short, "budget.amount", [2000, 8000], runs=3, seed=7, processes=1)
    remote = buurtsim.sweep(short, "budget.amount", [2000, 8000], runs=3, seed=7, scheduler=address)
    pd.testing.assert_frame_equal(remote, local)

    kw = {"trajectories": 2, "replicates": 2, "seed": 3, "progress": False,
          "params": ["budget.amount", "municipality.control"]}  # fmt: skip
    pd.testing.assert_frame_equal(
        morris(short, scheduler=address, **kw).table, morris(short, processes=1, **kw).table
    )


@needs_dask
def test_progress_callback_counts_every_run(cluster):
    seen = []
    out = map_runs(abs, [-1, -2, -3], scheduler=cluster.scheduler_address,
                   progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    assert out == [1, 2, 3]
    assert seen[-1] == (3, 3)


@needs_dask
def test_nothing_listening_gives_a_plain_error():
    pytest.importorskip("distributed")
    address = f"tcp://127.0.0.1:{_free_port()}"
    with pytest.raises(ValueError, match="no dask scheduler answers at") as info:
        map_runs(abs, [1, 2], scheduler=address)
    assert info.value.__cause__ is None and address in str(info.value)
    # the CLI catches OSError for connection problems: the same error is one
    assert isinstance(info.value, OSError)


@pytest.mark.parametrize("address", ["foo", "tcp://host", "http://x:80", "tcp://h:99999", ""])
def test_malformed_address_gives_a_plain_error(address):
    with pytest.raises(ValueError, match="tcp://HOST:PORT"):
        check_address(address)


def test_good_addresses_are_accepted():
    assert check_address("tcp://10.0.0.5:8786") == ("10.0.0.5", 8786)
    assert check_address("scheduler.local:8786") == ("scheduler.local", 8786)
    assert check_address("tcp://[::1]:8786") == ("::1", 8786)


def test_without_dask_the_error_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes `import distributed` fail
    with pytest.raises(DaskMissingError, match=r"pip install 'buurtsim\[dask\]'"):
        map_runs(abs, [1], local_cluster=True)
    with pytest.raises(ValueError, match="buurtsim"):
        buurtsim.ensemble({"run": {"weeks": 4}}, runs=2, scheduler="tcp://127.0.0.1:8786")


def test_contradictory_options_are_refused():
    with pytest.raises(BackendError, match="not both"):
        map_distributed(abs, [1], scheduler="tcp://127.0.0.1:8786", local_cluster=True)
    with pytest.raises(BackendError, match="processes"):
        map_runs(abs, [1], processes=0)
