"""One store connection per worker thread, and one writer at a time.

Request handlers run in a thread pool; a database connection is not shared between threads
(DuckDB connections are not thread-safe, and a PostgreSQL connection holds one transaction at a
time), so each thread opens its own ``detente.Store`` on first use and keeps it. Readers never
wait for each other; writes (coding a batch, correcting an actor) take ``write_lock`` so that
one writer works at a time, each batch still one transaction: readers see a batch whole or not.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from detente.errors import Errors, StoreError
from detente.store import Store


def is_database_url(db: str) -> bool:
    """``postgresql://...`` and other URLs are passed to Store as they are; anything else is a file."""
    return "://" in db


def display_name(db: str) -> str:
    """What pages and /healthz call the database: a file's name, or a URL's host and database
    (never its user name or password)."""
    if is_database_url(db):
        parts = urlsplit(db)
        return f"{parts.scheme}://{parts.hostname or ''}{parts.path}"
    return Path(db).name


class StorePool:
    """Thread-local stores on one database (a DuckDB file or a database URL)."""

    def __init__(self, db: str, *, read_only: bool) -> None:
        if not is_database_url(db) and not Path(db).exists():
            raise StoreError(Errors.E012.format(path=db, detail="no such file; run `detente code` or `detente demo` "
                                                "first"))
        self.db = db
        self.read_only = read_only
        self.write_lock = threading.Lock()
        self._local = threading.local()
        self._opened: list[Store] = []
        self._opened_lock = threading.Lock()
        self._closed = False
        with self.store() as store:  # fail at start, not at the first request, when it cannot be opened
            store.count("documents")

    @contextmanager
    def store(self) -> Iterator[Store]:
        """This thread's store (opened on first use)."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            if self._closed:
                raise StoreError(Errors.E012.format(path=self.db, detail="the server is shutting down"))
            store = Store(self.db, read_only=self.read_only)
            self._local.store = store
            with self._opened_lock:
                self._opened.append(store)
        yield store

    @contextmanager
    def writer(self) -> Iterator[Store]:
        """This thread's store, holding the write lock: one writer at a time."""
        with self.write_lock, self.store() as store:
            yield store

    def close(self) -> None:
        """Close every thread's store (at shutdown)."""
        self._closed = True
        with self._opened_lock:
            for store in self._opened:
                store.close()
            self._opened.clear()
