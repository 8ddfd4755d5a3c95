"""What a Store needs of a database engine, and the one place where SQL is adapted to it.

The store's SQL is written once, in the dialect both engines share (DuckDB's ``?``
placeholders, ``x = ANY(?)`` for a list, ``starts_with``, ``bool_or``, ``UPDATE ... FROM``).
A :class:`Backend` binds it to one engine: how to get a connection for one unit of work
(DuckDB: attach the file only for that long, so other processes can use it in between;
PostgreSQL: a connection per thread), how to run a transaction that excludes other
writers, how to bulk-load rows (Arrow for DuckDB, COPY for PostgreSQL) and how to
translate the schema's types. :func:`open_backend` picks the engine from the address.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, ClassVar

import pyarrow as pa

# How long a unit of work waits for another process's lock before giving up with E012: a
# reader, and a writer (longer: giving up loses a batch of coding, and the run with it).
LOCK_TIMEOUT = 30.0
WRITE_LOCK_TIMEOUT = 120.0
URL_SCHEMES = ("postgresql://", "postgres://")

# A quoted string, a quoted identifier or a comment: the parts of SQL never rewritten.
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|/\*.*?\*/", re.S)


def is_url(address: str) -> bool:
    """True for a PostgreSQL address (``postgresql://user@host/db``), False for a DuckDB file."""
    return address.lower().startswith(URL_SCHEMES)


def rewrite_code(sql: str, rewrite: Callable[[str], str]) -> str:
    """Apply ``rewrite`` to the SQL outside string literals, quoted identifiers and comments."""
    out: list[str] = []
    position = 0
    for match in _QUOTED.finditer(sql):
        out.append(rewrite(sql[position:match.start()]))
        out.append(match.group())
        position = match.end()
    out.append(rewrite(sql[position:]))
    return "".join(out)


class Backend(ABC):
    """One database engine behind a Store. Connections are whatever the engine's driver gives;
    the Store never looks inside them, it only passes them back here."""

    name: ClassVar[str]
    errors: tuple[type[Exception], ...]  # the driver's exceptions, turned into StoreError on writes

    def __init__(self, address: str, read_only: bool, lock_timeout: float) -> None:
        self.address = address
        self.read_only = read_only
        self.lock_timeout = lock_timeout

    @property
    def display(self) -> str:
        """The address as messages show it (never a password)."""
        return self.address

    @abstractmethod
    def connection(self) -> AbstractContextManager[Any]:
        """A connection for one unit of work; other processes may be locked out only while inside."""

    @abstractmethod
    def transaction(self, conn: Any) -> AbstractContextManager[None]:
        """BEGIN ... COMMIT on ``conn``, excluding every other writer of the same database until
        it ends (rolled back when the block raises)."""

    @abstractmethod
    def execute(self, conn: Any, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        """Run one statement; its rows (empty for a statement that returns none)."""

    @abstractmethod
    def executemany(self, conn: Any, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement once per parameter row."""

    @abstractmethod
    def arrow(self, conn: Any, sql: str, params: Sequence[Any] | None = None) -> pa.Table:
        """A query's result as an Arrow table, with the same column types on every engine."""

    @abstractmethod
    def stage(self, conn: Any, name: str, columns: Sequence[str], rows: list[list[Any]], *,
              like: str | None = None, types: dict[str, pa.DataType] | None = None) -> AbstractContextManager[None]:
        """Rows readable as a table called ``name`` while inside (call within a transaction).

        ``like`` names a table whose column types the rows take; otherwise ``types`` (Arrow
        types, text where missing) say them.
        """

    @abstractmethod
    def script(self, conn: Any, sql: str) -> None:
        """Run schema SQL (several statements), with its types translated for this engine."""

    def close(self) -> None:  # noqa: B027 - most engines hold nothing between units of work
        """Let go of whatever the backend holds between units of work."""


def open_backend(address: str, read_only: bool, lock_timeout: float | None = None) -> Backend:
    """The backend for a DuckDB file (or ``:memory:``) or a ``postgresql://`` URL."""
    if lock_timeout is None:
        lock_timeout = LOCK_TIMEOUT if read_only else WRITE_LOCK_TIMEOUT
    if is_url(address):
        from detente.store.postgres import PostgresBackend

        return PostgresBackend(address, read_only, lock_timeout)
    from detente.store.duck import DuckDBBackend

    return DuckDBBackend(address, read_only, lock_timeout)


def retry_delays(first: float = 0.002, longest: float = 0.05) -> Iterator[float]:
    """Waits between attempts to take a lock: short at first (a batch's transaction takes
    milliseconds), then steady, so a waiting reader gets in soon after the writer commits."""
    delay = first
    while True:
        yield delay
        delay = min(delay * 2, longest)
