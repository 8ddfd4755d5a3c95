"""What the GDELT and PLOVER exports read from a store: each event with its first report, and every report.

An event's *first report* is its earliest-published mention (undated ones last; among
equals, the mention the record was made from, then document, sentence and trigger order).
GDELT's SOURCEURL, DATEADDED, IsRootEvent and the event's geography all come from it, so
they always describe one and the same article. AvgTone is the mean tone of every distinct
document that reports the event. The SQL is portable (DuckDB and PostgreSQL); a database
written before places and tone were stored reads with those fields empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from detente.model import PLACE_TONE_COLUMNS
from detente.store import Store

# A paragraph that ends like a sentence: the first one is the lead (a headline does not end so).
_PROSE_END = re.compile(r"""[.!?:"'”’)\]]\s*$""")
PARAGRAPH_BREAK = "\n\n"
MENTION_ORDER = ("m.published ASC NULLS LAST, CASE WHEN m.mention_id = e.first_mention_id THEN 0 ELSE 1 END, "
                 "m.doc_id, m.sentence_index, m.trigger_start, m.mention_id")


def _present(store: Store, table: str, columns: Iterable[str], alias: str) -> list[str]:
    """``alias.column`` for the columns the table has, ``NULL AS column`` for the others."""
    stored = store.columns(table)
    return [f"{alias}.{c}" if c in stored else f"NULL AS {c}" for c in columns]


def event_reports(store: Store) -> list[dict[str, Any]]:
    """Every event record with its counts, its first report's evidence, place and URL, and its AvgTone.

    Keys: the ``events`` columns, then ``first_*`` for the first report (``first_url``,
    ``first_published``, ``first_doc_id``, ``first_content_hash``, ``first_sentence_index``,
    ``first_sentence_offset``, ``first_title``), its place and tone columns as stored
    (``action_geo_name``, ...), and ``avg_tone``.
    """
    places = _present(store, "mentions", PLACE_TONE_COLUMNS, "m")
    tone = "d.tone" if "tone" in store.columns("documents") else "NULL"
    return store.dicts(
        "WITH ranked AS (SELECT m.global_event_id, m.mention_id, m.url, m.published, m.doc_id, m.content_hash, "
        f"m.sentence_index, {', '.join(places)}, "
        f"ROW_NUMBER() OVER (PARTITION BY m.global_event_id ORDER BY {MENTION_ORDER}) AS report "
        "FROM mentions m JOIN events e ON e.global_event_id = m.global_event_id), "
        f"tones AS (SELECT x.global_event_id, AVG({tone}) AS avg_tone FROM (SELECT DISTINCT global_event_id, "
        "content_hash FROM mentions) x JOIN documents d ON d.content_hash = x.content_hash GROUP BY x.global_event_id) "
        "SELECT e.global_event_id, e.date, e.date_precision, e.published, e.date_added, "
        "e.source_text, e.source_code, e.source_country, e.source_sector, e.source_name, "
        "e.target_text, e.target_code, e.target_country, e.target_sector, e.target_name, "
        "e.cameo, e.root, e.quad_class, e.goldstein, e.plover, e.num_mentions, e.num_sources, e.num_articles, "
        "e.first_mention_id, e.rule, r.mention_id AS first_report_id, r.url AS first_url, "
        "r.published AS first_published, r.doc_id AS first_doc_id, r.content_hash AS first_content_hash, "
        "r.sentence_index AS first_sentence_index, r.sentence_offset AS first_sentence_offset, "
        f"d.title AS first_title, d.source AS first_source, t.avg_tone, "
        f"{', '.join(f'r.{c}' for c in PLACE_TONE_COLUMNS if c not in ('sentence_offset',))} "
        "FROM events e JOIN ranked r ON r.global_event_id = e.global_event_id AND r.report = 1 "
        "LEFT JOIN documents d ON d.content_hash = r.content_hash "
        "LEFT JOIN tones t ON t.global_event_id = e.global_event_id ORDER BY e.global_event_id")


def mention_reports(store: Store) -> list[dict[str, Any]]:
    """Every mention with its event's DATEADDED source (``event_published``, ``event_added``) and its
    document's length and tone, in GLOBALEVENTID order and, within an event, report order."""
    places = _present(store, "mentions", PLACE_TONE_COLUMNS, "m")
    doc_tone = "d.tone" if "tone" in store.columns("documents") else "NULL"
    return store.dicts(
        "WITH first AS (SELECT m.global_event_id, m.published, ROW_NUMBER() OVER (PARTITION BY m.global_event_id "
        f"ORDER BY {MENTION_ORDER}) AS report FROM mentions m JOIN events e ON e.global_event_id = m.global_event_id) "
        "SELECT m.mention_id, m.global_event_id, m.site, m.url, m.published, m.doc_id, m.content_hash, m.date, "
        "m.date_precision, m.sentence_index, m.sentence, m.source_text, m.source_code, m.target_text, m.target_code, "
        f"m.cameo, m.trigger, m.trigger_start, m.trigger_end, m.rule, {', '.join(places)}, "
        "f.published AS event_published, e.date_added AS event_added, d.ingested_at AS doc_added, "
        f"LENGTH(d.text) AS doc_length, {doc_tone} AS doc_tone "
        "FROM mentions m JOIN events e ON e.global_event_id = m.global_event_id "
        "JOIN first f ON f.global_event_id = m.global_event_id AND f.report = 1 "
        "LEFT JOIN documents d ON d.content_hash = m.content_hash "
        f"ORDER BY m.global_event_id, {MENTION_ORDER}")


def lead_ends(store: Store, hashes: Iterable[str]) -> dict[str, int]:
    """Where each document's lead ends (character offset): after its first paragraph of prose,
    the headline and any other opening lines that do not end like a sentence included."""
    wanted = sorted(set(hashes))
    if not wanted:
        return {}
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in store.dicts(f"SELECT content_hash, text FROM documents WHERE content_hash IN ({marks})", chunk):
            found[row["content_hash"]] = lead_end(row["text"] or "")
    return found


def lead_end(text: str) -> int:
    """The end of the first paragraph that ends like a sentence (the whole text when none does)."""
    position = 0
    for paragraph in text.split(PARAGRAPH_BREAK):
        position += len(paragraph)
        if _PROSE_END.search(paragraph):
            return position
        position += len(PARAGRAPH_BREAK)
    return len(text)


def first_report_places(store: Store, global_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """For these events: their first report's place columns (``action_geo_*``) and their AvgTone
    (``avg_tone``), by global_event_id; what the report's map and tone column show."""
    ids = sorted(set(global_ids))
    if not ids:
        return {}
    places = _present(store, "mentions", [c for c in PLACE_TONE_COLUMNS if c.startswith("action_geo_")], "m")
    tone = "d.tone" if "tone" in store.columns("documents") else "NULL"
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = store.dicts(
            f"WITH ranked AS (SELECT m.global_event_id, {', '.join(places)}, ROW_NUMBER() OVER (PARTITION BY "
            f"m.global_event_id ORDER BY {MENTION_ORDER}) AS report FROM mentions m JOIN events e "
            f"ON e.global_event_id = m.global_event_id WHERE m.global_event_id IN ({marks})), "
            f"tones AS (SELECT x.global_event_id, AVG({tone}) AS avg_tone FROM (SELECT DISTINCT global_event_id, "
            f"content_hash FROM mentions WHERE global_event_id IN ({marks})) x JOIN documents d "
            "ON d.content_hash = x.content_hash GROUP BY x.global_event_id) "
            "SELECT r.*, t.avg_tone FROM ranked r LEFT JOIN tones t ON t.global_event_id = r.global_event_id "
            "WHERE r.report = 1", [*chunk, *chunk])
        found.update((row["global_event_id"], row) for row in rows)
    return found
