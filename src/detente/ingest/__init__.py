"""Ingest: files, folders, globs, stdin and URLs in; Documents (or per-record errors) out."""

from detente.ingest.readers import IngestOptions, iter_documents

__all__ = ["IngestOptions", "iter_documents"]
