"""The DuckDB store: documents, sentences and events, written in transactions."""

from detente.store.db import EVENT_COLUMNS, Store

__all__ = ["EVENT_COLUMNS", "Store"]
