"""Inputs for the scale tests: real stories, and short articles where one teaches a person that a
later one names by surname alone (so that coding in parallel must account for the registry)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from detente.ingest.readers import IngestOptions, make_document
from detente.model import Document
from detente.store import Store

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
VOA = SHARED / "corpus" / "voa_stories.jsonl"

# (id, text): "Velund" and "Korsgaard" are introduced, then named alone in later articles.
TEACHING = [
    ("teach-1", "Foreign Minister Zorak Velund of Norway met Chinese officials in Beijing on Monday to discuss trade."),
    ("plain-1", "Canada and Mexico signed a trade agreement on Tuesday."),
    ("named-1", "Velund criticized Russia on Wednesday over the detention of two fishermen."),
    ("teach-2", "Velund and Foreign Minister Anita Korsgaard of Denmark met in Oslo on Thursday."),
    ("named-2", "Korsgaard condemned the attack on the embassy in Kabul."),
    ("plain-2", "China imposed tariffs on Canadian canola on Friday. Canada protested to China."),
]
# What the store holds, table by table, in an order that does not depend on how it was written.
TABLES = {
    "documents": "SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY content_hash",
    "sentences": "SELECT * FROM sentences ORDER BY ALL",
    "events": "SELECT * EXCLUDE (date_added) FROM events ORDER BY global_event_id",
    "mentions": "SELECT * FROM mentions ORDER BY mention_id",
    "measures": "SELECT * FROM measures ORDER BY measure_id",
    "measure_products": "SELECT * FROM measure_products ORDER BY ALL",
    "actor_people": "SELECT * EXCLUDE (updated_at) FROM actor_people ORDER BY person_id",
    "actor_aliases": "SELECT * FROM actor_aliases ORDER BY ALL",
    "actor_roles": "SELECT * FROM actor_roles ORDER BY ALL",
    "actor_documents": "SELECT * FROM actor_documents ORDER BY ALL",
}


def voa_documents(count: int) -> list[Document]:
    records = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [make_document(r["text"], f"voa:{r['id']}", IngestOptions(), doc_id=str(r["id"]), url=r.get("url"),
                          title=r.get("title"), published=date.fromisoformat(r["published"][:10]))
            for r in records[:count]]


def teaching_documents() -> list[Document]:
    return [make_document(text, name, IngestOptions(check_language=False), doc_id=name, published=date(2026, 3, 2))
            for name, text in TEACHING]


def stored(store: Store) -> dict[str, list[Any]]:
    """Every table a run writes, as rows (the registry's only when it was written)."""
    return {table: store.query(sql) for table, sql in TABLES.items() if store.has_table(table)}


def records(results) -> list[tuple[Any, ...]]:
    """What a run yielded, document by document: errors, skips, events and measures as the contract has them."""
    return [(r.document.doc_id if r.document else None, str(r.error) if r.error else None, r.skipped, r.stored,
             [e.to_dict() for e in r.events], [m.to_dict() for m in r.measures], r.sentences) for r in results]
