"""The DuckDB store. The only module that writes SQL against the database."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb
import pyarrow as pa

from detente.errors import Errors, StoreError
from detente.model import PLACE_TONE_COLUMNS, Actor, CodedDocument, Document, Event
from detente.store.columns import EVENT_COLUMNS
from detente.store.linking import link_mentions


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
    """A DuckDB database file (or ``":memory:"``) holding what detente has coded."""

    def __init__(self, path: str | Path = ":memory:", read_only: bool = False) -> None:
        self.path = str(path)
        self._tx_depth = 0  # > 0 inside transaction(); nested blocks join the outer transaction
        try:
            self.conn = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(Errors.E012.format(path=self.path, detail=exc)) from exc
        old_layout = self._has_per_mention_events()
        if read_only:
            if old_layout:
                raise StoreError(Errors.E012.format(
                    path=self.path, detail="it was written by an older detente; open it once with "
                    "`detente code` (or `detente demo`) to upgrade it"))
            if not self.has_table("mentions"):
                raise StoreError(Errors.E012.format(
                    path=self.path, detail="it holds no detente data; run `detente code` first"))
            return
        if old_layout:
            self._upgrade()
        else:
            self.conn.execute(self._schema())

    @staticmethod
    def _schema() -> str:
        """schema.sql, then every other store/*.sql (e.g. measures.sql), all idempotent."""
        folder = resources.files("detente.store")
        extra = sorted(f.name for f in folder.iterdir() if f.name.endswith(".sql") and f.name != "schema.sql")
        return "\n".join(folder.joinpath(name).read_text() for name in ("schema.sql", *extra))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ----------------------------------------------------------------------------
    def known_hashes(self, hashes: Sequence[str]) -> set[str]:
        if not hashes:
            return set()
        rows = self.conn.execute(
            "SELECT content_hash FROM documents WHERE content_hash IN (SELECT unnest(?))",
            [list(hashes)],
        ).fetchall()
        return {r[0] for r in rows}

    def save_batch(self, batch: Iterable[CodedDocument]) -> int:
        """Store coded documents with their sentences, events and trade measures in one transaction.

        All of the batch is stored or none of it, so a crash never leaves documents without
        their measures. Documents already stored (same normalised text) are skipped, so coding
        an article again never adds mentions or inflates counts; their measures are still offered
        (stored only if missing), which repairs a database that lacks them. Records that failed
        (``error`` set) are skipped. Returns how many documents were new.
        """
        batch = [item for item in batch if item.ok]
        hashes = [item.document.content_hash for item in batch if item.document is not None]
        new_hashes = set(hashes) - self.known_hashes(hashes)
        docs: list[list[Any]] = []
        sentences: list[list[Any]] = []
        mentions: list[dict[str, Any]] = []
        measures = [(item.document, item.measures) for item in batch if item.document is not None and item.measures]
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
        if not docs and not measures:
            return 0
        from detente.store.measures import insert_measures  # measures.py imports this module

        with self.transaction():
            if docs:
                self.insert_rows("documents", ["content_hash", "doc_id", "url", "title", "published",
                                               "source", "origin", "text", "n_sentences", "tone", "dateline"], docs,
                                 types={"tone": pa.float64(), "dateline": pa.string()})
                self.insert_rows("sentences", ["doc_id", "content_hash", "sentence_index", "text"], sentences)
                link_mentions(self, mentions)
            insert_measures(self, measures)  # after the documents: a measure needs its document stored
        return len(docs)

    def _has_per_mention_events(self) -> bool:
        """True for a database written before events were deduplicated (one row per mention)."""
        columns = {r[0] for r in self.conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
        return bool(columns) and "global_event_id" not in columns

    def _upgrade(self) -> None:
        """Turn an old per-mention events table into events + mentions, in one transaction."""
        with self.transaction():
            self.conn.execute("ALTER TABLE events RENAME TO events_v0")
            self.conn.execute(self._schema())
            rows = self.arrow(
                f"SELECT e.{', e.'.join(EVENT_COLUMNS)}, d.source AS doc_source, d.url AS doc_url "
                "FROM events_v0 e LEFT JOIN documents d USING (content_hash) "
                "ORDER BY e.published NULLS LAST, e.doc_id, e.sentence_index, e.trigger_start").to_pylist()
            for row in rows:
                row["mention_id"] = row.pop("event_id")
                row["site"] = site_of(row.pop("doc_source"), row.pop("doc_url"), row["content_hash"])
                row.update(dict.fromkeys(PLACE_TONE_COLUMNS))  # an old database knew no places or tone
            link_mentions(self, rows)
            self.conn.execute("DROP TABLE events_v0")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside happen or none do; a database error becomes a StoreError.

        Any exception (not only a database error) rolls back, so the connection is never left
        inside a half-done transaction. A nested block joins the outer transaction, so a caller
        can make several saves (e.g. a batch and its learned actors) one all-or-nothing unit.
        """
        if self._tx_depth:
            self._tx_depth += 1
            try:
                yield
            finally:
                self._tx_depth -= 1
            return
        self.conn.execute("BEGIN TRANSACTION")
        self._tx_depth = 1
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException as exc:
            with suppress(duckdb.Error):  # a failed COMMIT has already ended the transaction
                self.conn.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                raise StoreError(Errors.E012.format(path=self.path, detail=exc)) from exc
            raise
        finally:
            self._tx_depth = 0

    def insert_rows(self, table: str, columns: Sequence[str], rows: list[list[Any]], *,
                    where: str | None = None, conflict: str = "",
                    types: dict[str, pa.DataType] | None = None) -> None:
        """Bulk insert through Arrow.

        ``where`` keeps only rows that satisfy it; ``conflict`` is an ON CONFLICT clause;
        ``types`` fixes Arrow types for columns that may hold only nulls.
        """
        if not rows:
            return
        types = types or {}
        arrow = pa.table({c: pa.array([r[i] for r in rows], type=types.get(c)) for i, c in enumerate(columns)})
        self.conn.register("_incoming", arrow)
        try:
            names = ", ".join(columns)
            condition = f" WHERE {where}" if where else ""
            self.conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming{condition} {conflict}")
        finally:
            self.conn.unregister("_incoming")

    # --- reading ----------------------------------------------------------------------------
    def first_published(self) -> date | None:
        """The earliest publication date of a stored document (the corpus's start)."""
        first: date | None = self.query("SELECT min(published) FROM documents")[0][0]
        return first

    def count(self, table: str) -> int:
        counted: int = self.query(f"SELECT count(*) FROM {table}")[0][0]
        return counted

    def has_table(self, table: str) -> bool:
        return bool(self.conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]).fetchall()[0][0])

    def columns(self, table: str) -> set[str]:
        return {r[0] for r in self.conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}

    def dicts(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """A query's rows as dicts keyed by column name."""
        rows: list[dict[str, Any]] = self.arrow(sql, params).to_pylist()
        return rows

    def arrow(self, sql: str, params: list[Any] | None = None) -> pa.Table:
        """A query's result as an Arrow table (DuckDB 2 renamed fetch_arrow_table)."""
        relation = self.conn.sql(sql, params=params or None)
        fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
        return fetch()

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
            "SELECT e.* EXCLUDE (date_added, url), coalesce(f.url, e.url) AS url, f.first_published "
            "FROM events e LEFT JOIN (SELECT global_event_id, min(published) AS first_published, "
            "arg_min(url, coalesce(published, DATE '9999-12-31')) FILTER (WHERE url IS NOT NULL) AS url "
            "FROM mentions GROUP BY 1) f USING (global_event_id) ORDER BY e.global_event_id")

    def mentions_of(self, global_ids: Sequence[int]) -> list[dict[str, Any]]:
        """The mentions (with evidence and outlet) of these event records."""
        if not global_ids:
            return []
        return self.dicts(
            "SELECT * FROM mentions WHERE global_event_id IN (SELECT unnest(?)) "
            "ORDER BY global_event_id, published NULLS LAST, doc_id, sentence_index, trigger_start",
            [list(global_ids)])

    def query(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params or []).fetchall()
