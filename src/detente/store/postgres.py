"""PostgreSQL behind a Store (psycopg 3): one database many processes write to at once.

Readers never wait (MVCC). Writers each take a transaction-scoped advisory lock, keyed by
the database and schema, at the start of every write transaction: linking new mentions to
event records reads the events with the same key and then inserts or updates them, and
two writers doing that at once would each start the same event. Under the lock, a batch
sees everything committed before it (READ COMMITTED), so which documents are new and
which event a mention joins are decided on the latest data; a batch's transaction takes
milliseconds, while the parse that precedes it (the expensive part) runs in parallel.
Unique keys with ``ON CONFLICT`` back this up.

The schema SQL is DuckDB's; :func:`translate_types` turns its types into PostgreSQL's, and
text columns get the "C" collation so that sorting is by code point, as in DuckDB.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
import pyarrow as pa

from detente.errors import Errors, StoreError
from detente.store.backend import Backend, rewrite_code

# DuckDB type names (unambiguous ones: never column names) and their PostgreSQL spelling.
_TYPE_NAMES = {
    "VARCHAR": 'TEXT COLLATE "C"', "DOUBLE": "DOUBLE PRECISION", "FLOAT": "REAL", "TINYINT": "SMALLINT",
    "UTINYINT": "SMALLINT", "USMALLINT": "INTEGER", "UINTEGER": "BIGINT", "UBIGINT": "NUMERIC(20)",
    "HUGEINT": "NUMERIC(39)", "UHUGEINT": "NUMERIC(39)", "BLOB": "BYTEA", "DATETIME": "TIMESTAMP",
}
_TYPE = re.compile(r"\b(" + "|".join(_TYPE_NAMES) + r")\b(\s*\(\s*\d+\s*\))?(\s*\[\])?(?!\s+PRECISION)", re.I)

# Result column types (PostgreSQL type OIDs) as the Arrow types DuckDB gives for the same columns.
_ARROW_TYPES = {
    16: pa.bool_(), 20: pa.int64(), 21: pa.int16(), 23: pa.int32(), 25: pa.string(), 1043: pa.string(),
    700: pa.float32(), 701: pa.float64(), 1082: pa.date32(), 1114: pa.timestamp("us"),
    1184: pa.timestamp("us", tz="UTC"), 1009: pa.list_(pa.string()),
}
_SQL_TYPES = {pa.date32(): "DATE", pa.int32(): "INTEGER", pa.int64(): "BIGINT", pa.float64(): "DOUBLE PRECISION",
              pa.bool_(): "BOOLEAN", pa.string(): 'TEXT COLLATE "C"'}


def translate_types(sql: str) -> str:
    """Schema SQL written for DuckDB with PostgreSQL's type names (outside literals and comments)."""

    def one(match: re.Match[str]) -> str:
        name = _TYPE_NAMES[match.group(1).upper()]
        array = match.group(3) or ""
        if name.startswith("TEXT"):  # the collation follows the array brackets
            return f"TEXT{array.strip()} COLLATE \"C\""
        return name + array.strip()

    return rewrite_code(sql, lambda code: _TYPE.sub(one, code))


def placeholders(sql: str) -> str:
    """DuckDB's ``?`` placeholders as psycopg's ``%s`` (and a literal ``%`` doubled)."""
    return rewrite_code(sql, lambda code: code.replace("%", "%%").replace("?", "%s"))


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if parts.password is not None:
        netloc = netloc.replace(f":{parts.password}@", ":***@", 1)
    query = urlencode([(k, "***" if k == "password" else v) for k, v in parse_qsl(parts.query)], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _clean(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL characters (DuckDB's can); they are dropped."""
    return value.replace("\x00", "") if isinstance(value, str) else value


class PostgresBackend(Backend):
    """A PostgreSQL database: one connection per thread, autocommit outside transactions."""

    name = "postgresql"
    errors = (psycopg.Error,)

    def __init__(self, address: str, read_only: bool, lock_timeout: float) -> None:
        super().__init__(address, read_only, lock_timeout)
        self._local = threading.local()
        self._opened: list[psycopg.Connection[Any]] = []
        self._guard = threading.Lock()
        self._pid = os.getpid()
        self.lock_key = self._key(self._connect())

    @property
    def display(self) -> str:
        return redact(self.address)

    def _connect(self) -> psycopg.Connection[Any]:
        if self._pid != os.getpid():  # a forked child: the parent's connections are the parent's
            self._local, self._opened, self._pid = threading.local(), [], os.getpid()
        conn: psycopg.Connection[Any] | None = getattr(self._local, "conn", None)
        if conn is not None and not conn.closed and not conn.broken:
            return conn
        try:
            conn = psycopg.connect(self.address, autocommit=True, connect_timeout=10, application_name="detente")
            if self.read_only:
                conn.execute("SET default_transaction_read_only = on")
        except psycopg.Error as exc:
            raise StoreError(Errors.E012.format(path=self.display, detail=str(exc).strip())) from exc
        self._local.conn = conn
        with self._guard:
            self._opened.append(conn)
        return conn

    @staticmethod
    def _key(conn: psycopg.Connection[Any]) -> int:
        """The advisory lock's key: one per database and schema, the same in every process."""
        row = conn.execute("SELECT current_database(), current_schema()").fetchone()
        digest = hashlib.blake2b(f"detente:{row}".encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big", signed=True)

    @contextmanager
    def _connection(self) -> Iterator[psycopg.Connection[Any]]:
        yield self._connect()

    def connection(self) -> AbstractContextManager[psycopg.Connection[Any]]:
        return self._connection()

    @contextmanager
    def transaction(self, conn: psycopg.Connection[Any]) -> Iterator[None]:
        with conn.transaction():
            conn.execute(f"SET LOCAL lock_timeout = '{int(self.lock_timeout * 1000)}ms'")
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [self.lock_key])
            yield

    def execute(self, conn: psycopg.Connection[Any], sql: str,
                params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        cursor = conn.execute(placeholders(sql), list(params)) if params else conn.execute(sql)
        return cursor.fetchall() if cursor.description else []

    def executemany(self, conn: psycopg.Connection[Any], sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with conn.cursor() as cursor:
            cursor.executemany(placeholders(sql), [[_clean(v) for v in row] for row in rows])

    def arrow(self, conn: psycopg.Connection[Any], sql: str, params: Sequence[Any] | None = None) -> pa.Table:
        cursor = conn.execute(placeholders(sql), list(params)) if params else conn.execute(sql)
        description = cursor.description or []
        rows = cursor.fetchall()
        columns = list(zip(*rows, strict=True)) if rows else [() for _ in description]
        arrays = [pa.array(list(values), type=_ARROW_TYPES.get(column.type_code))
                  for values, column in zip(columns, description, strict=True)]
        return pa.Table.from_arrays(arrays, names=[column.name for column in description])

    @contextmanager
    def stage(self, conn: psycopg.Connection[Any], name: str, columns: Sequence[str], rows: list[list[Any]], *,
              like: str | None = None, types: dict[str, pa.DataType] | None = None) -> Iterator[None]:
        names = ", ".join(columns)
        if like:
            conn.execute(f"CREATE TEMP TABLE {name} ON COMMIT DROP AS SELECT {names} FROM {like} LIMIT 0")
        else:
            types = types or {}
            definition = ", ".join(f"{c} {_SQL_TYPES.get(types.get(c, pa.string()), 'TEXT')}" for c in columns)
            conn.execute(f"CREATE TEMP TABLE {name} ({definition}) ON COMMIT DROP")
        with conn.cursor() as cursor, cursor.copy(f"COPY {name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([_clean(v) for v in row])
        try:
            yield
        finally:
            with suppress(psycopg.Error):  # after a failed statement the rollback drops it
                conn.execute(f"DROP TABLE IF EXISTS {name}")

    def script(self, conn: psycopg.Connection[Any], sql: str) -> None:
        conn.execute(translate_types(sql))

    def close(self) -> None:
        with self._guard:
            for conn in self._opened:
                conn.close()
            self._opened.clear()
