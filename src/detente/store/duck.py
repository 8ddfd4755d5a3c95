"""DuckDB behind a Store: the file is attached only for each unit of work.

DuckDB lets one process write a database file, and no other process open it at all while
it does. Holding a connection for a whole ``detente code`` run would lock everyone else
out for hours, so a file is attached to one in-memory DuckDB instance per process only for
a unit of work (a query, or one batch's transaction) and detached right after; a process
that finds it locked retries for a few milliseconds at a time until the other one lets go.
Attaching costs about 4 ms (opening a new DuckDB instance costs ten times that).
"""

from __future__ import annotations

import os
import random
import shutil
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

try:
    import fcntl
except ImportError:  # Windows: no turnstile (see _Turnstile)
    fcntl = None  # type: ignore[assignment]

from detente.errors import Errors, StoreError
from detente.store.backend import Backend, retry_delays

MEMORY = ":memory:"
CHECKPOINT_MARGIN = 64 * 2**20  # bytes free beyond the log's size before a checkpoint is tried


def is_lock_conflict(exc: BaseException) -> bool:
    """True for DuckDB's refusal to open a file another process holds."""
    text = str(exc)
    return isinstance(exc, duckdb.IOException) and ("Could not set lock" in text or "Conflicting lock" in text)


@dataclass(slots=True)
class _Attachment:
    alias: str
    read_only: bool
    users: int = 0


class _Host:
    """The process's in-memory DuckDB instance and the files attached to it right now.

    Units of work on the same file share one attachment (a writer's serves readers too);
    the file is detached, and its lock released, when the last of them ends.
    """

    def __init__(self) -> None:
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._changed = threading.Condition()
        self._attached: dict[str, _Attachment] = {}
        self._writers: dict[str, threading.Lock] = {}
        self._count = 0
        self._abandoned: object = None

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._changed:
            if self._conn is None:
                self._conn = duckdb.connect(MEMORY)
                # Checkpoints only where _detach decides (DuckDB's own, on DETACH or when the log
                # grows, can hang when the disk fills up).
                self._conn.execute("PRAGMA disable_checkpoint_on_shutdown")
                self._conn.execute("SET wal_autocheckpoint = '1000TB'")
            return self._conn.cursor()

    def writer_lock(self, path: str) -> threading.Lock:
        """One writing transaction per file at a time in this process (other processes are
        kept out by the file lock itself)."""
        with self._changed:
            return self._writers.setdefault(path, threading.Lock())

    def acquire(self, path: str, read_only: bool, deadline: float) -> str:
        """Attach ``path`` (or join its attachment); the alias to USE. Waits for other
        processes' locks until ``deadline`` (time.monotonic), then raises StoreError.

        A writer queues at the turnstile first, so that a stream of readers cannot starve it.
        """
        with _Turnstile(path, create=not read_only) as turnstile:
            if not read_only:
                turnstile.wait(deadline, exclusive=True)
            return self._acquire(path, read_only, deadline, turnstile)

    def _acquire(self, path: str, read_only: bool, deadline: float, turnstile: _Turnstile) -> str:
        delays = retry_delays()
        while True:
            if read_only:  # a writer waiting at the turnstile goes first
                turnstile.wait(deadline, exclusive=False)
                turnstile.leave()
            with self._changed:
                attachment = self._attached.get(path)
                if attachment is not None and (read_only or not attachment.read_only):
                    attachment.users += 1
                    return attachment.alias
                if attachment is not None and attachment.users:  # readers here; a writer waits for them
                    self._changed.wait(max(0.0, min(0.05, deadline - time.monotonic())))
                    _check(deadline, path, "readers in this process still hold it")
                    continue
                if attachment is not None:
                    self._detach(path)
                try:
                    return self._attach(path, read_only)
                except duckdb.Error as exc:
                    if not is_lock_conflict(exc):
                        raise StoreError(Errors.E012.format(path=path, detail=exc)) from exc
                    _check(deadline, path, f"another process holds it ({exc})")
            time.sleep(next(delays) * random.uniform(0.5, 1.0))

    def release(self, path: str) -> None:
        with self._changed:
            attachment = self._attached[path]
            attachment.users -= 1
            try:
                if not attachment.users:
                    self._detach(path)
            finally:
                self._changed.notify_all()

    def forget(self) -> None:
        """In a child process after fork: start afresh (the parent's DuckDB instance is not
        usable here, and the child holds none of the parent's file locks)."""
        self._abandoned = (self._conn, self._attached)  # never closed here: that would touch the parent's
        self._conn, self._attached, self._writers = None, {}, {}
        self._changed = threading.Condition()

    def _attach(self, path: str, read_only: bool) -> str:
        assert self._conn is not None
        self._count += 1
        alias = f"detente_{os.getpid()}_{self._count}"
        mode = " (READ_ONLY)" if read_only else ""
        quoted = path.replace("'", "''")
        self._conn.execute(f"ATTACH '{quoted}' AS {alias}{mode}")
        self._attached[path] = _Attachment(alias, read_only, users=1)
        return alias

    def _detach(self, path: str) -> None:
        """Write what was committed into the file (a checkpoint) and detach it.

        A checkpoint that fails (a full disk, say) is left for later: the committed data is
        safe in the write-ahead log, which the next attach replays.
        """
        assert self._conn is not None
        attachment = self._attached[path]
        if not attachment.read_only and _room_to_checkpoint(path):
            with suppress(duckdb.Error):
                self._conn.execute(f"CHECKPOINT {attachment.alias}")
        self._conn.execute(f"DETACH {attachment.alias}")
        del self._attached[path]



def _room_to_checkpoint(path: str) -> bool:
    """Whether the disk has room to write the log into the file, with a wide margin: DuckDB's
    checkpoint can hang instead of failing when it runs out of space."""
    try:
        pending = os.path.getsize(f"{path}.wal")
    except OSError:
        return False  # no log: nothing to write
    return shutil.disk_usage(os.path.dirname(path) or ".").free > 4 * pending + CHECKPOINT_MARGIN


def _check(deadline: float, path: str, why: str) -> None:
    if time.monotonic() >= deadline:
        raise StoreError(Errors.E012.format(
            path=path, detail=f"it is in use and was not released in time: {why}. "
            "Try again when the other program has finished"))


class _Turnstile:
    """``FILE.lock`` beside a database file: a writer waiting for the database holds it, and
    readers pass through it before each attempt, so they wait while a writer is queued.

    DuckDB's own lock is all or nothing and never queues: without this, readers taking turns
    could keep a writer out for good. Where the lock file cannot be had (a read-only folder,
    a system without flock), there is no queue and nothing else changes.
    """

    def __init__(self, path: str, create: bool) -> None:
        self.path = path
        self.fd: int | None = None
        if fcntl is None:
            return
        with suppress(OSError):  # readers never create it: no lock file, no writer waiting
            self.fd = os.open(f"{path}.lock", os.O_RDONLY | (os.O_CREAT if create else 0), 0o666)

    def __enter__(self) -> _Turnstile:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # releases a lock still held
            self.fd = None

    def wait(self, deadline: float, exclusive: bool) -> None:
        """Take the lock, waiting until ``deadline`` at most."""
        if self.fd is None or fcntl is None:
            return
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        delays = retry_delays()
        while True:
            try:
                fcntl.flock(self.fd, mode | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                _check(deadline, self.path, "another process is waiting to write to it")
            time.sleep(next(delays) * random.uniform(0.5, 1.0))

    def leave(self) -> None:
        if self.fd is not None and fcntl is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)



_HOST = _Host()
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_HOST.forget)


class DuckDBBackend(Backend):
    """A DuckDB file (attached per unit of work) or ``:memory:`` (one connection for the Store's life)."""

    name = "duckdb"
    errors = (duckdb.Error,)

    def __init__(self, address: str, read_only: bool, lock_timeout: float) -> None:
        super().__init__(address, read_only, lock_timeout)
        self.memory: duckdb.DuckDBPyConnection | None = None
        if address == MEMORY:
            self.memory = duckdb.connect(MEMORY)
        self.path = address if address == MEMORY else os.path.abspath(address)
        self.writer_lock = threading.Lock() if self.memory is not None else _HOST.writer_lock(self.path)

    @contextmanager
    def _attached(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self.memory is not None:
            yield self.memory
            return
        cursor = _HOST.cursor()
        try:
            alias = _HOST.acquire(self.path, self.read_only, time.monotonic() + self.lock_timeout)
        except BaseException:
            cursor.close()
            raise
        try:
            cursor.execute(f"USE {alias}")
            yield cursor
        finally:
            cursor.close()
            _HOST.release(self.path)

    def connection(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
        return self._attached()

    @contextmanager
    def transaction(self, conn: duckdb.DuckDBPyConnection) -> Iterator[None]:
        with self.writer_lock:
            conn.execute("BEGIN TRANSACTION")
            try:
                yield
            except BaseException:
                with suppress(duckdb.Error):  # a failed statement may have ended the transaction
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def execute(self, conn: duckdb.DuckDBPyConnection, sql: str,
                params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        return conn.execute(sql, list(params) if params else []).fetchall()

    def executemany(self, conn: duckdb.DuckDBPyConnection, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        conn.executemany(sql, [list(row) for row in rows])

    def arrow(self, conn: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] | None = None) -> pa.Table:
        relation = conn.sql(sql, params=list(params) if params else None)
        fetch = getattr(relation, "to_arrow_table", None) or relation.arrow  # DuckDB 2 renamed fetch_arrow_table
        return fetch()

    @contextmanager
    def stage(self, conn: duckdb.DuckDBPyConnection, name: str, columns: Sequence[str], rows: list[list[Any]], *,
              like: str | None = None, types: dict[str, pa.DataType] | None = None) -> Iterator[None]:
        types = types or {}
        default = None if like else pa.string()
        conn.register(name, pa.table({c: pa.array([r[i] for r in rows], type=types.get(c, default))
                                      for i, c in enumerate(columns)}))
        try:
            yield
        finally:
            conn.unregister(name)

    def script(self, conn: duckdb.DuckDBPyConnection, sql: str) -> None:
        conn.execute(sql)

    def close(self) -> None:
        if self.memory is not None:
            self.memory.close()
