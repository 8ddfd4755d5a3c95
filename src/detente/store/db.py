"""The DuckDB store. The only module that writes SQL against the database."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from detente.errors import Errors, StoreError
from detente.model import Actor, Document, Event

EVENT_COLUMNS = (
    "event_id", "doc_id", "content_hash", "url", "published", "date", "date_precision",
    "sentence_index", "sentence",
    "source_text", "source_code", "source_country", "source_sector", "source_name",
    "target_text", "target_code", "target_country", "target_sector", "target_name",
    "cameo", "root", "quad_class", "goldstein", "plover", "trigger", "trigger_start",
    "trigger_end", "rule",
)


def _actor_columns(actor: Actor | None) -> list[Any]:
    if actor is None:
        return [None] * 5
    return [actor.text, actor.code, actor.country, actor.sector, actor.name]


def event_row(event: Event, content_hash: str) -> list[Any]:
    return [
        event.event_id, event.doc_id, content_hash, event.url, event.published, event.date,
        event.date_precision, event.sentence_index, event.sentence,
        *_actor_columns(event.source), *_actor_columns(event.target),
        event.cameo, event.root, event.quad_class, event.goldstein, event.plover,
        event.trigger, event.trigger_start, event.trigger_end, event.rule,
    ]


class Store:
    """A DuckDB database file (or ``":memory:"``) holding what detente has coded."""

    def __init__(self, path: str | Path = ":memory:", read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.conn = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(Errors.E012.format(path=self.path, detail=exc)) from exc
        if not read_only:
            schema = resources.files("detente.store").joinpath("schema.sql").read_text()
            self.conn.execute(schema)

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

    def save_batch(self, batch: Iterable[tuple[Document, list[str], list[Event]]]) -> int:
        """Store documents with their sentences and events in one transaction.

        Documents already stored (same normalised text) are skipped; returns how many
        documents were new.
        """
        batch = list(batch)
        new_hashes = {d.content_hash for d, _, _ in batch} - self.known_hashes(
            [d.content_hash for d, _, _ in batch])
        docs, sentences, events = [], [], []
        for document, sents, doc_events in batch:
            if document.content_hash not in new_hashes:
                continue
            new_hashes.discard(document.content_hash)  # the same text twice in one batch
            docs.append([document.content_hash, document.doc_id, document.url, document.title,
                         document.published, document.source, document.origin, document.text,
                         len(sents)])
            sentences.extend([document.doc_id, document.content_hash, i, s] for i, s in enumerate(sents))
            events.extend(event_row(e, document.content_hash) for e in doc_events)
        if not docs:
            return 0
        try:
            self.conn.execute("BEGIN TRANSACTION")
            self._insert("documents", ["content_hash", "doc_id", "url", "title", "published",
                                       "source", "origin", "text", "n_sentences"], docs)
            self._insert("sentences", ["doc_id", "content_hash", "sentence_index", "text"], sentences)
            self._insert("events", list(EVENT_COLUMNS), events, on_conflict=True)
            self.conn.execute("COMMIT")
        except duckdb.Error as exc:
            self.conn.execute("ROLLBACK")
            raise StoreError(Errors.E012.format(path=self.path, detail=exc)) from exc
        return len(docs)

    def _insert(self, table: str, columns: list[str], rows: list[list[Any]],
                on_conflict: bool = False) -> None:
        if not rows:
            return
        arrow = pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)})
        self.conn.register("_incoming", arrow)
        try:
            names = ", ".join(columns)
            conflict = " ON CONFLICT DO NOTHING" if on_conflict else ""
            self.conn.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming{conflict}")
        finally:
            self.conn.unregister("_incoming")

    # --- reading ----------------------------------------------------------------------------
    def count(self, table: str) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # type: ignore[index]

    def arrow(self, sql: str, params: list[Any] | None = None) -> pa.Table:
        """A query's result as an Arrow table (DuckDB 2 renamed fetch_arrow_table)."""
        relation = self.conn.sql(sql, params=params or None)
        fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
        return fetch()

    def events_arrow(self) -> pa.Table:
        return self.arrow(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events "
            "ORDER BY published NULLS LAST, doc_id, sentence_index, trigger_start, event_id"
        )

    def iter_event_dicts(self) -> Iterator[dict[str, Any]]:
        yield from self.events_arrow().to_pylist()

    def query(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        return self.conn.execute(sql, params or []).fetchall()
