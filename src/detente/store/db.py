"""The Store: the only class that writes SQL against the database, on DuckDB or PostgreSQL.

``Store("detente.duckdb")`` (or ``":memory:"``) is an embedded DuckDB file, the default;
``Store("postgresql://user@host/db")`` is a PostgreSQL database that many processes share.
The engine-specific parts live in store/backend.py, duck.py and postgres.py; everything
here, and every module that queries through a Store, is written once for both.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pyarrow as pa

from detente.errors import Errors, NoDetenteData, StoreError
from detente.model import PLACE_TONE_COLUMNS, Actor, CodedDocument, Document, Event
from detente.store.backend import open_backend
from detente.store.columns import DOCUMENT_COLUMNS, EVENT_COLUMNS
from detente.store.linking import link_mentions

# The tables and columns of this database, as ``information_schema`` lists them on both engines.
_CATALOG = "table_catalog = current_database() AND table_schema = current_schema()"


def _actor_columns(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [None] * 5
    return [actor.text, actor.code, actor.country, actor.sector, actor.name]


def event_row(event: Event, content_hash: str) -> list[Any]:
    """An event as a row of EVENT_COLUMNS."""
    return [
        event.event_id, event.doc_id, content_hash, event.url, event.published, event.date,
        event.date_precision, event.sentence_index, event.sentence,
        *_actor_columns(event.source), *_actor_columns(event.target),
        event.cameo, event.root, event.quad_class, event.goldstein, event.plover,
        event.trigger, event.trigger_start, event.trigger_end, event.rule,
    ]


def site_of(source: str | None, url: str | None, content_hash: str) -> str:
    """The outlet a document counts as for NumSources.

    The source name given with the document, else the URL's host (without "www."), else the
    document itself: with nothing to go on, two stories are not assumed to share an outlet.
    """
    if source and source.strip():
        return source.strip().casefold()
    host = (urlsplit(url).hostname or "") if url else ""
    if host:
        return host.removeprefix("www.")
    return f"doc:{content_hash}"


def mention_row(event: Event, document: Document) -> dict[str, Any]:
    row = dict(zip(EVENT_COLUMNS, event_row(event, document.content_hash), strict=True))
    row["mention_id"] = row.pop("event_id")
    row["site"] = site_of(document.source, document.url, document.content_hash)
    row["global_event_id"] = None
    row.update(event.place_and_tone_columns())  # store/geo.sql
    return row


class Store:
    """A database holding what detente has coded: a DuckDB file (the default, or ``":memory:"``)
    or a ``postgresql://`` URL.

    Several processes may use one database at once. On DuckDB a file is opened only for each
    query or transaction, so a long ``detente code`` run locks others out for milliseconds
    at a time; a process that finds it locked retries for up to ``lock_timeout`` seconds
    (default: 30 for reading, 120 for writing, which would lose a batch by giving up).
    """

    def __init__(self, path: str | Path = ":memory:", read_only: bool = False, *,
                 lock_timeout: float | None = None) -> None:
        self.backend = open_backend(str(path), read_only, lock_timeout)
        self.path = self.backend.display  # what messages name: a file, or the URL without its password
        self.read_only = read_only
        self._local = threading.local()  # the transaction in progress in this thread
        try:
            self._open()
        except BaseException:
            self.backend.close()
            raise

    def _open(self) -> None:
        old_layout = self._has_per_mention_events()
        if self.read_only:
            if old_layout:
                raise StoreError(Errors.E012.format(
                    path=self.path, detail="it was written by an older detente; open it once with "
                    "`detente code` (or `detente demo`) to upgrade it"))
            if not self.has_table("mentions"):
                raise NoDetenteData(Errors.E012.format(
                    path=self.path, detail="it holds no detente data; run `detente code` first"))
            return
        if old_layout:
            from detente.store.upgrade import upgrade_per_mention_events

            upgrade_per_mention_events(self)
        else:
            self.run_schema()

    @staticmethod
    def schema_sql() -> str:
        """schema.sql, then every other store/*.sql (e.g. measures.sql), all idempotent."""
        folder = resources.files("detente.store")
        extra = sorted(f.name for f in folder.iterdir() if f.name.endswith(".sql") and f.name != "schema.sql")
        return "\n".join(folder.joinpath(name).read_text() for name in ("schema.sql", *extra))

    def run_schema(self) -> None:
        """Create what is missing (tables, added columns), in one transaction that no other writer shares."""
        with self.transaction(), self._unit() as conn:
            self.backend.script(conn, self.schema_sql())

    @property
    def dialect(self) -> str:
        """``"duckdb"`` or ``"postgresql"``."""
        return self.backend.name

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------------------
    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        if not hashes:
            return set()
        rows = self.query("SELECT content_hash FROM documents WHERE content_hash = ANY(?)", [list(hashes)])
        return {r[0] for r in rows}

    def save_batch(self, batch: Iterable[CodedDocument]) -> int:
        """Store coded documents with their sentences, events and trade measures in one transaction.

        All of the batch is stored or none of it, so a crash never leaves documents without
        their measures. Documents already stored (same normalised text) are skipped, so coding
        an article again never adds mentions or inflates counts; their measures are still offered
        (stored only if missing), which repairs a database that lacks them. Records that failed
        (``error`` set) are skipped. Returns how many documents were new. Which documents are new
        is decided inside the transaction, which excludes other writers: two processes storing
        the same article at once store it once.
        """
        batch = [item for item in batch if item.ok and item.document is not None]
        if not batch:
            return 0
        from detente.store.measures import insert_measures  # measures.py imports this module

        with self.transaction():
            new_hashes = {item.document.content_hash for item in batch if item.document is not None}
            new_hashes -= self.known_hashes(sorted(new_hashes))
            docs: list[list[Any]] = []
            sentences: list[list[Any]] = []
            mentions: list[dict[str, Any]] = []
            for item in batch:
                document = item.document
                if document is None or document.content_hash not in new_hashes:
                    continue
                new_hashes.discard(document.content_hash)  # the same text twice in one batch
                docs.append([document.content_hash, document.doc_id, document.url, document.title,
                             document.published, document.source, document.origin, document.text,
                             len(item.sentences), document.tone, document.dateline])
                sentences.extend([document.doc_id, document.content_hash, i, s] for i, s in enumerate(item.sentences))
                mentions.extend(mention_row(e, document) for e in item.events)
            if docs:
                self.insert_rows("documents", DOCUMENT_COLUMNS, docs, conflict="ON CONFLICT DO NOTHING")
                self.insert_rows("sentences", ["doc_id", "content_hash", "sentence_index", "text"], sentences,
                                 conflict="ON CONFLICT DO NOTHING")
                link_mentions(self, mentions)
            # after the documents: a measure needs its document stored
            insert_measures(self, [(item.document, item.measures) for item in batch
                                   if item.document is not None and item.measures])
        return len(docs)

    def _has_per_mention_events(self) -> bool:
        """True for a database written before events were deduplicated (one row per mention)."""
        columns = self.columns("events")
        return bool(columns) and "global_event_id" not in columns

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside happen or none do; a database error becomes a StoreError.

        Any exception (not only a database error) rolls back, so the connection is never left
        inside a half-done transaction. A nested block joins the outer transaction, so a caller
        can make several saves (e.g. a batch and its learned actors) one all-or-nothing unit.
        Other writers of the same database wait until it ends; readers do not.
        """
        if getattr(self._local, "conn", None) is not None:
            yield
            return
        try:
            with self.backend.connection() as conn:
                self._local.conn = conn
                try:
                    with self.backend.transaction(conn):
                        yield
                finally:
                    self._local.conn = None
        except self.backend.errors as exc:
            raise StoreError(Errors.E012.format(path=self.path, detail=exc)) from exc

    def insert_rows(self, table: str, columns: Sequence[str], rows: list[list[Any]], *,
                    where: str | None = None, conflict: str = "",
                    types: dict[str, pa.DataType] | None = None) -> None:
        """Bulk insert (through Arrow on DuckDB, COPY on PostgreSQL).

        ``where`` keeps only rows that satisfy it; ``conflict`` is an ON CONFLICT clause;
        ``types`` fixes Arrow types for columns that may hold only nulls.
        """
        if not rows:
            return
        names = ", ".join(columns)
        condition = f" WHERE {where}" if where else ""
        with self.stage("_incoming", columns, rows, like=table, types=types):
            self.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming{condition} {conflict}")

    @contextmanager
    def stage(self, name: str, columns: Sequence[str], rows: list[list[Any]], *, like: str | None = None,
              types: dict[str, pa.DataType] | None = None) -> Iterator[None]:
        """``rows`` readable as a table called ``name`` inside the block (which joins or opens a
        transaction); column types from the table ``like``, else from ``types`` (text by default)."""
        with self.transaction(), self._unit() as conn, self.backend.stage(conn, name, columns, rows,
                                                                           like=like, types=types):
            yield

    # --- statements -------------------------------------------------------------------------
    @contextmanager
    def _unit(self) -> Iterator[Any]:
        """The connection of this thread's transaction, else one for a single statement."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            yield conn
            return
        with self.backend.connection() as conn:
            yield conn

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        """A statement's rows. SQL uses ``?`` placeholders; a list parameter matches with ``x = ANY(?)``."""
        with self._unit() as conn:
            return self.backend.execute(conn, sql, params)

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> None:
        """Run a statement for its effect."""
        self.query(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._unit() as conn:
            self.backend.executemany(conn, sql, rows)

    def arrow(self, sql: str, params: Sequence[Any] | None = None) -> pa.Table:
        """A query's result as an Arrow table (the same column types on both engines)."""
        with self._unit() as conn:
            return self.backend.arrow(conn, sql, params)

    def dicts(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """A query's rows as dicts keyed by column name."""
        rows: list[dict[str, Any]] = self.arrow(sql, params).to_pylist()
        return rows

    @property
    def conn(self) -> Statements:
        """``store.conn.execute(sql, params).fetchall()`` as before there were two engines."""
        return Statements(self)

    # --- reading ----------------------------------------------------------------------------
    def first_published(self) -> date | None:
        """The earliest publication date of a stored document (the corpus's start)."""
        first: date | None = self.query("SELECT min(published) FROM documents")[0][0]
        return first

    def count(self, table: str) -> int:
        counted: int = self.query(f"SELECT count(*) FROM {table}")[0][0]
        return int(counted)

    def has_table(self, table: str) -> bool:
        return bool(self.query(f"SELECT count(*) FROM information_schema.tables WHERE {_CATALOG} "
                               "AND table_name = ?", [table])[0][0])

    def column_list(self, table: str) -> list[str]:
        """The table's columns in their order (empty for a table that does not exist)."""
        return [r[0] for r in self.query(f"SELECT column_name FROM information_schema.columns WHERE {_CATALOG} "
                                         "AND table_name = ? ORDER BY ordinal_position", [table])]

    def columns(self, table: str) -> set[str]:
        return set(self.column_list(table))

    def select_list(self, table: str, exclude: Sequence[str] = (), alias: str = "") -> str:
        """Every column of ``table`` but ``exclude``, for a SELECT (``alias.`` before each when given)."""
        prefix = f"{alias}." if alias else ""
        return ", ".join(prefix + c for c in self.column_list(table) if c not in exclude)

    def events_arrow(self) -> pa.Table:
        """Every stored mention in the output contract's columns (``event_id`` = mention id)."""
        stored = self.columns("mentions")  # places and tone: absent from a database older than geo.sql
        places = (c for c in PLACE_TONE_COLUMNS if c in stored)
        columns = ", ".join(("mention_id AS event_id", *EVENT_COLUMNS[1:], *places))
        return self.arrow(
            f"SELECT {columns} FROM mentions "
            "ORDER BY published NULLS LAST, doc_id, sentence_index, trigger_start, mention_id"
        )

    def iter_event_dicts(self) -> Iterator[dict[str, Any]]:
        yield from self.events_arrow().to_pylist()

    def records_arrow(self) -> pa.Table:
        """The deduplicated event records with their counts, in GLOBALEVENTID order, plus the
        earliest publication date among their mentions (``first_published``) and that report's URL."""
        return self.arrow(
            f"SELECT {self.select_list('events', ('date_added', 'url'), 'e')}, coalesce(f.url, e.url) AS url, "
            "f.first_published FROM events e LEFT JOIN (SELECT global_event_id, min(published) AS first_published, "
            "(array_agg(url ORDER BY coalesce(published, DATE '9999-12-31'), mention_id) "
            "FILTER (WHERE url IS NOT NULL))[1] AS url FROM mentions GROUP BY global_event_id) f "
            "ON f.global_event_id = e.global_event_id ORDER BY e.global_event_id")

    def mentions_of(self, global_ids: Sequence[int]) -> list[dict[str, Any]]:
        """The mentions (with evidence and outlet) of these event records."""
        if not global_ids:
            return []
        return self.dicts(
            "SELECT * FROM mentions WHERE global_event_id = ANY(?) "
            "ORDER BY global_event_id, published NULLS LAST, doc_id, sentence_index, trigger_start, mention_id",
            [list(global_ids)])


class Statements:
    """The Store's statements in the shape of a DB-API connection: ``execute(...).fetchall()``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Rows:
        return Rows(self.store.query(sql, params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.store.executemany(sql, rows)


class Rows:
    """A statement's rows, fetched."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self.rows = rows

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self.rows

    def fetchone(self) -> tuple[Any, ...] | None:
        return self.rows[0] if self.rows else None
