"""The store, on DuckDB (a file, the default) or PostgreSQL (a URL): documents, sentences,
deduplicated events and their mentions, trade measures and the actor registry.

``mentions`` has one row per coded event mention (what ``detente code`` prints, keyed by its
``event_id``); ``events`` has one row per real-world event with GDELT's NumMentions,
NumSources and NumArticles (see store/dedup.py for when two mentions are one event).
"""

from detente.store.columns import EVENT_COLUMNS
from detente.store.db import Store

__all__ = ["EVENT_COLUMNS", "Store"]
