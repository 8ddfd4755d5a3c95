"""The questions the server asks of a store that the CLI never needed, in plain portable SQL.

Filtered, keyset-paginated mentions (``GET /v1/events`` and its exports), one document with its
sentences, events and measures, and forgetting stored documents so that they can be coded again
after an actor correction. Only Store's public methods are used, with ``?`` parameters and SQL
that DuckDB and PostgreSQL both read (no ``unnest`` of lists, no engine-specific functions).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from detente.model import PLACE_TONE_COLUMNS, Document, Measure
from detente.ontology.actor_codes import cameo_spelling
from detente.store import EVENT_COLUMNS, Store
from detente.store.measures import MEASURE_COLUMNS, measure_from_row, products_by_measure

LAST_DAY = "9999-12-31"  # stands in for a missing publication date: undated documents sort last
LAST_INT = 2_147_483_647
SORT_KEYS = (f"coalesce(published, DATE '{LAST_DAY}')", "doc_id", f"coalesce(sentence_index, {LAST_INT})",
             f"coalesce(trigger_start, {LAST_INT})", "mention_id")


class BadCursor(ValueError):
    """A cursor this server did not make."""


@dataclass(slots=True)
class EventFilter:
    """The filters of ``GET /v1/events``; every one given must hold."""

    actor: str | None = None  # source or target is this country or code (prefix)
    first: str | None = None  # a dyad: first and second, either way unless directed
    second: str | None = None
    directed: bool = False
    country: str | None = None  # ISO alpha-3 of the source or the target
    cameo: str | None = None
    root: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    since: date | None = None  # the event's own date
    until: date | None = None
    doc: str | None = None  # doc_id or content hash
    q: str | None = None  # words in the sentence, any case

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            code = cameo_spelling(self.actor)
            clauses.append(f"({_side('source')} OR {_side('target')})")
            params += [code, code, code, code]
        if self.first and self.second:
            a, b = cameo_spelling(self.first), cameo_spelling(self.second)
            forward = f"({_side('source')} AND {_side('target')})"
            backward = f"({_side('target')} AND {_side('source')})"
            clauses.append(forward if self.directed else f"({forward} OR {backward})")
            params += [a, a, b, b] + ([] if self.directed else [a, a, b, b])
        for column in ("cameo", "root", "plover", "quad_class"):
            value = getattr(self, column)
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.country:
            clauses.append("(source_country = ? OR target_country = ?)")
            params += [self.country, self.country]
        if self.since:
            clauses.append("date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("date <= ?")
            params.append(self.until)
        if self.doc:
            clauses.append("(doc_id = ? OR content_hash = ?)")
            params += [self.doc, self.doc]
        if self.q and self.q.strip():
            clauses.append("lower(sentence) LIKE ? ESCAPE '\\'")
            params.append(like_pattern(self.q))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def query_items(self) -> list[tuple[str, str]]:
        """The filters given, as query-string pairs (for links to the next page or an export)."""
        items = []
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value is False or value == "":
                continue
            items.append((f.name, "true" if value is True else str(value)))
        return items


def _side(side: str) -> str:
    return f"({side}_country = ? OR starts_with({side}_code, ?))"


def like_pattern(text: str) -> str:
    """``%text%`` for LIKE, lower-cased, with LIKE's own wildcards taken literally."""
    escaped = text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def encode_cursor(row: dict[str, Any]) -> str:
    published = row["published"].isoformat() if isinstance(row["published"], date) else (row["published"] or LAST_DAY)
    key = [published, row["doc_id"], row["sentence_index"] if row["sentence_index"] is not None else LAST_INT,
           row["trigger_start"] if row["trigger_start"] is not None else LAST_INT, row["event_id"]]
    return base64.urlsafe_b64encode(json.dumps(key, separators=(",", ":")).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> list[Any]:
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise BadCursor(cursor) from exc
    types = (str, str, int, int, str)
    if not isinstance(key, list) or len(key) != 5 or not all(
            isinstance(v, t) and not isinstance(v, bool) for v, t in zip(key, types, strict=True)):
        raise BadCursor(cursor)
    try:
        key[0] = date.fromisoformat(key[0])
    except ValueError as exc:
        raise BadCursor(cursor) from exc
    return key


def page_query(where: EventFilter, limit: int, cursor: str | None, columns: str) -> tuple[str, list[Any]]:
    """SQL and parameters for ``limit`` + 1 mentions after ``cursor`` in `detente export` order."""
    sql, params = where.where()
    if cursor is not None:
        sql += (" AND " if sql else " WHERE ") + f"({', '.join(SORT_KEYS)}) > (?, ?, ?, ?, ?)"
        params += decode_cursor(cursor)
    return f"SELECT {columns} FROM mentions{sql} ORDER BY {', '.join(SORT_KEYS)} LIMIT ?", [*params, limit + 1]


PAGE_COLUMNS = ", ".join(("mention_id AS event_id", *EVENT_COLUMNS[1:], *PLACE_TONE_COLUMNS, "global_event_id"))


def event_page(store: Store, where: EventFilter, limit: int, cursor: str | None = None
               ) -> tuple[list[dict[str, Any]], str | None]:
    """Up to ``limit`` stored mentions (contract columns plus global_event_id) after ``cursor``, in
    the order of `detente export`, and the cursor of the next page (None on the last)."""
    rows = store.dicts(*page_query(where, limit, cursor, PAGE_COLUMNS))
    if len(rows) <= limit:
        return rows, None
    return rows[:limit], encode_cursor(rows[limit - 1])


def find_document(store: Store, key: str) -> dict[str, Any] | None:
    """The stored document whose doc_id or content hash is ``key`` (the first by hash when several share an id)."""
    rows = store.dicts("SELECT content_hash, doc_id, url, title, published, source, origin, text FROM documents "
                       "WHERE doc_id = ? OR content_hash = ? ORDER BY content_hash LIMIT 1", [key, key])
    return rows[0] if rows else None


def sentences_of(store: Store, content_hash: str) -> list[tuple[int, str]]:
    return [(int(i), str(t)) for i, t in store.query(
        "SELECT sentence_index, text FROM sentences WHERE content_hash = ? ORDER BY sentence_index", [content_hash])]


def measures_of(store: Store, content_hash: str) -> list[Measure]:
    """The trade measures stored from one document, in the order of its sentences."""
    if not store.has_table("measures"):
        return []
    rows = store.dicts(f"SELECT {', '.join(MEASURE_COLUMNS)} FROM measures WHERE content_hash = ? "
                       "ORDER BY sentence_index, trigger_start, measure_id", [content_hash])
    products = products_by_measure(store, [r["measure_id"] for r in rows])
    return [measure_from_row(r, products.get(r["measure_id"], [])) for r in rows]


def _placeholders(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


def documents_naming(store: Store, names: Sequence[str], doc_ids: Sequence[str], limit: int) -> list[Document]:
    """Stored documents whose text names any of ``names`` (any case) or whose doc_id is listed."""
    clauses, params = [], []
    for name in names:
        if name.strip():
            clauses.append("lower(text) LIKE ? ESCAPE '\\'")
            params.append(like_pattern(name))
    if doc_ids:
        clauses.append(f"doc_id IN ({_placeholders(doc_ids)})")
        params += list(doc_ids)
    if not clauses:
        return []
    rows = store.dicts("SELECT content_hash, doc_id, url, title, published, source, origin, text FROM documents "
                       f"WHERE {' OR '.join(clauses)} ORDER BY published, content_hash LIMIT ?", [*params, limit])
    return [Document(doc_id=r["doc_id"], text=r["text"] or "", url=r["url"], title=r["title"],
                     published=r["published"], source=r["source"], origin=r["origin"] or r["doc_id"],
                     content_hash=r["content_hash"]) for r in rows]


def forget_documents(store: Store, hashes: Sequence[str]) -> None:
    """Remove documents with their sentences, mentions and measures (call inside a transaction).

    Event records left without mentions go; the others keep their record, with their GDELT
    counts recomputed and, when their first mention went, the evidence of the earliest one left.
    """
    if not hashes:
        return
    marks = _placeholders(hashes)
    hashes = list(hashes)
    touched = [r[0] for r in store.query(
        f"SELECT DISTINCT global_event_id FROM mentions WHERE content_hash IN ({marks})", hashes)]
    store.query(f"DELETE FROM mentions WHERE content_hash IN ({marks})", hashes)
    if touched:
        ids = _placeholders(touched)
        store.query(f"DELETE FROM events WHERE global_event_id IN ({ids}) AND global_event_id NOT IN "
                    "(SELECT global_event_id FROM mentions)", touched)
        _recount(store, touched)
    if store.has_table("measures"):
        store.query(f"DELETE FROM measure_products WHERE measure_id IN "
                    f"(SELECT measure_id FROM measures WHERE content_hash IN ({marks}))", hashes)
        store.query(f"DELETE FROM measures WHERE content_hash IN ({marks})", hashes)
    store.query(f"DELETE FROM sentences WHERE content_hash IN ({marks})", hashes)
    store.query(f"DELETE FROM documents WHERE content_hash IN ({marks})", hashes)


_EVIDENCE = ("doc_id", "content_hash", "url", "published", "sentence_index", "sentence", "trigger",
             "trigger_start", "trigger_end", "rule")


def _recount(store: Store, global_ids: list[int]) -> None:
    ids = _placeholders(global_ids)
    store.query(
        "UPDATE events SET "
        "num_mentions = (SELECT count(*) FROM mentions m WHERE m.global_event_id = events.global_event_id), "
        "num_articles = (SELECT count(DISTINCT content_hash) FROM mentions m "
        "WHERE m.global_event_id = events.global_event_id), "
        "num_sources = (SELECT count(DISTINCT site) FROM mentions m WHERE m.global_event_id = events.global_event_id), "
        "is_root_event = (SELECT bool_or(sentence_index = 0) FROM mentions m "
        "WHERE m.global_event_id = events.global_event_id) "
        f"WHERE global_event_id IN ({ids})", global_ids)
    orphans = store.query(f"SELECT global_event_id FROM events WHERE global_event_id IN ({ids}) AND first_mention_id "
                          "NOT IN (SELECT mention_id FROM mentions)", global_ids)
    for (global_id,) in orphans:
        first = store.dicts(f"SELECT mention_id, {', '.join(_EVIDENCE)} FROM mentions WHERE global_event_id = ? "
                            f"ORDER BY coalesce(published, DATE '{LAST_DAY}'), mention_id LIMIT 1", [global_id])[0]
        assignments = ", ".join(f"{column} = ?" for column in ("first_mention_id", *_EVIDENCE))
        store.query(f"UPDATE events SET {assignments} WHERE global_event_id = ?",
                    [first["mention_id"], *(first[c] for c in _EVIDENCE), global_id])


def forget_manual_roles(store: Store, name: str) -> None:
    """Drop the roles recorded by hand for the person called ``name`` (a PATCH replaces them)."""
    from detente.actors.registry import person_key

    if store.has_table("actor_roles"):
        store.query("DELETE FROM actor_roles WHERE person_id = ? AND origin = 'manual'", [person_key(name)])
