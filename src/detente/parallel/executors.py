"""Where partitions are coded: worker processes on this machine, or a Dask cluster.

Both give the writer the same three things: ``submit`` (a future of a coded partition),
``share`` (data every task needs, sent once: the registry snapshot) and ``slots`` (how many
partitions can be coded at once, to keep every worker busy without reading the whole input).
"""

from __future__ import annotations

import json
import multiprocessing
import multiprocessing.forkserver
import os
import signal
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import TYPE_CHECKING, Any, Protocol

from detente.errors import ConfigError, Errors

if TYPE_CHECKING:
    from detente.pipeline import CodingOptions

__all__ = ["DaskWorkers", "Executor", "LocalWorkers", "default_workers", "make_executor", "start_early",
           "stop_if_unused"]

CONNECT_TIMEOUT = "30s"  # to reach an existing scheduler
PRELOAD_OPTIONS = "DETENTE_WORKER_OPTIONS"  # read by detente.parallel.preload in the forkserver


def preload_options(options: CodingOptions) -> str:
    """The options a worker's pipeline depends on, as JSON for the server process to read."""
    return json.dumps({"model": options.model, "parse_batch": options.parse_batch,
                       "pattern_files": [str(p) for p in options.pattern_files],
                       "components": list(options.components)})


class Future(Protocol):
    def result(self) -> Any: ...


class Executor(Protocol):
    slots: int

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future: ...

    def share(self, data: bytes) -> Any: ...

    def close(self, abort: bool = False) -> None: ...


def default_workers() -> int:
    """The cores this process may use (its CPU affinity where the platform tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


_pools_started = 0  # LocalWorkers made in this process
_early: tuple[int, int] | None = None  # the server start_early started: (its pid, pools made before it)


def _context(options: CodingOptions) -> BaseContext:
    """A forkserver whose server process preloads the pipeline for ``options`` (spawn where
    there is no forkserver)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    server = multiprocessing.get_context("forkserver")
    os.environ[PRELOAD_OPTIONS] = preload_options(options)
    server.set_forkserver_preload(["detente.parallel.preload"])
    return server


def _server_pid() -> int | None:
    pid: int | None = getattr(multiprocessing.forkserver._forkserver, "_forkserver_pid", None)
    return pid


def start_early(options: CodingOptions) -> int | None:
    """Start the server process that local workers are forked from now, so that it loads the
    model while this process imports and reads the input (about a second of a run); its pid,
    or None when none was started (one runs already, or no forkserver here). Only for runs
    with much to code: ``stop_if_unused`` stops it if no run used it."""
    global _early
    if options.workers < 2 or options.scheduler or _server_pid() is not None \
            or _context(options).get_start_method() != "forkserver":
        return None
    multiprocessing.forkserver.ensure_running()
    pid = _server_pid()
    _early = (pid, _pools_started) if pid is not None else None
    return pid


def stop_if_unused() -> None:
    """Stop the server ``start_early`` started if no workers were made since (the input was all
    stored, or too little to share out), rather than let it finish loading a model for nothing."""
    global _early
    early, _early = _early, None
    if early is None or _pools_started > early[1] or _server_pid() != early[0]:
        return
    server: Any = multiprocessing.forkserver._forkserver  # (no public way to stop it)
    try:
        os.kill(early[0], signal.SIGTERM)
        server._stop()
    except (OSError, AttributeError):  # already gone, or a Python without these internals
        pass


class LocalWorkers:
    """Worker processes on this machine, started as the first partitions arrive.

    Not forked from the writer, which holds a database connection and may run threads: on
    Linux and macOS they are forked from a fresh server process that has already loaded the
    model and the dictionaries for these options (one load for all workers, and memory pages
    shared until written); elsewhere each is spawned and loads them itself.
    """

    def __init__(self, workers: int, options: CodingOptions) -> None:
        global _pools_started
        self.slots = workers
        _pools_started += 1
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(options))

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        return self.pool.submit(fn, *args)

    def share(self, data: bytes) -> Any:
        return data

    def close(self, abort: bool = False) -> None:
        """Wait for the workers to finish; ``abort`` (Ctrl-C, an error): stop them now."""
        if abort:  # a worker would finish the partitions already handed to it (Python < 3.14 has no API)
            processes: dict[int, Any] = getattr(self.pool, "_processes", None) or {}
            for process in list(processes.values()):
                process.terminate()
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskWorkers:
    """A Dask distributed cluster: an existing one (``tcp://host:8786``) or a LocalCluster
    of N worker processes (``local:N``), one thread each (spaCy's parse holds the GIL)."""

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise ConfigError(Errors.E050.format(address=address, detail=exc)) from exc
        self.cluster: Any = None
        try:
            if address.startswith("local:"):
                self.cluster = LocalCluster(n_workers=_local_workers(address), threads_per_worker=1,
                                            processes=True, dashboard_address=None)
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            self.close()
            raise ConfigError(Errors.E051.format(address=address, detail=exc)) from exc
        self.slots = max(1, sum(self.client.nthreads().values()))

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        future: Future = self.client.submit(fn, *args, pure=False)
        return future

    def share(self, data: bytes) -> Any:
        return self.client.scatter(data, broadcast=True, hash=False)

    def close(self, abort: bool = False) -> None:
        """Disconnect (and stop a LocalCluster this started); the cluster forgets our partitions."""
        if getattr(self, "client", None) is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _local_workers(address: str) -> int:
    text = address.removeprefix("local:")
    if not text.isdigit() or int(text) < 1:
        raise ValueError(f"local:N needs a number of workers, not {text!r}")
    return int(text)


def make_executor(options: CodingOptions) -> Executor:
    """A Dask cluster when a scheduler is named, else ``options.workers`` local processes."""
    if options.scheduler:
        return DaskWorkers(options.scheduler)
    return LocalWorkers(options.workers, options)
