"""Ingest: files, folders, globs, stdin and URLs in; Documents (or per-record errors) out."""

from detente.ingest.options import IngestOptions
from detente.ingest.readers import iter_documents

__all__ = ["IngestOptions", "iter_documents"]
