"""Ingest: files, folders, globs, stdin and URLs in; Documents (or per-record errors) out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from detente.ingest.options import DEFAULT_MAX_BYTES, IngestOptions

if TYPE_CHECKING:
    from detente.ingest.readers import iter_documents

__all__ = ["DEFAULT_MAX_BYTES", "IngestOptions", "iter_documents"]


def __getattr__(name: str) -> Any:
    """The readers on first use (the language check imports spaCy's stop words): the options
    alone stay light, for a CLI that starts its workers first."""
    if name != "iter_documents":
        raise AttributeError(f"module 'detente.ingest' has no attribute {name!r}")
    from detente.ingest.readers import iter_documents

    return iter_documents
