"""Upgrading a database written by an older detente (kept apart from the Store's daily work)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.model import PLACE_TONE_COLUMNS
from detente.store.columns import EVENT_COLUMNS
from detente.store.linking import link_mentions

if TYPE_CHECKING:
    from detente.store.db import Store


def upgrade_per_mention_events(store: Store) -> None:
    """Turn an old per-mention events table into events + mentions, in one transaction."""
    from detente.store.db import site_of

    with store.transaction():
        store.execute("ALTER TABLE events RENAME TO events_v0")
        store.run_schema()
        rows = store.dicts(
            f"SELECT e.{', e.'.join(EVENT_COLUMNS)}, d.source AS doc_source, d.url AS doc_url "
            "FROM events_v0 e LEFT JOIN documents d ON d.content_hash = e.content_hash "
            "ORDER BY e.published NULLS LAST, e.doc_id, e.sentence_index, e.trigger_start")
        for row in rows:
            row["mention_id"] = row.pop("event_id")
            row["site"] = site_of(row.pop("doc_source"), row.pop("doc_url"), row["content_hash"])
            row.update(dict.fromkeys(PLACE_TONE_COLUMNS))  # an old database knew no places or tone
        link_mentions(store, rows)
        store.execute("DROP TABLE events_v0")
