"""Read inputs into Documents: text, HTML (through trafilatura), JSON Lines, URLs.

Every record either becomes a Document or a RecordError naming it; one bad record
never stops the batch, and nothing an input contains escapes as an exception.
"""

from __future__ import annotations

import glob
import io
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from detente.errors import Errors, InputError
from detente.ingest.checks import check_size, choose_encoding, decode_bytes, is_ascii_compatible
from detente.ingest.documents import make_document, parse_date, read_html
from detente.ingest.jsonl import bounded_lines, iter_jsonl
from detente.ingest.options import DEFAULT_MAX_BYTES, IngestOptions
from detente.model import Document, RecordError

__all__ = ["DEFAULT_MAX_BYTES", "IngestOptions", "iter_documents", "make_document", "parse_date", "read_html"]

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")  # any scheme, any case: fetch_url refuses all but http(s)

Item = Document | RecordError


def _published_from_name(name: str) -> date | None:
    match = _DATE_PREFIX.match(Path(name).name)
    return parse_date(match.group(1)) if match else None


def _jsonl_as_utf8(raw: bytes, codec: str) -> list[bytes]:
    """Lines of a JSON Lines input in UTF-16 or UTF-32, which cannot be split before decoding."""
    return [line.encode("utf-8") for line in decode_bytes(raw, codec).split("\n")]


def iter_bytes(raw: bytes, name: str, kind: str, options: IngestOptions) -> Iterator[Item]:
    """Records of one input whose kind ('text', 'html' or 'jsonl') is known."""
    try:
        if kind == "jsonl":
            codec = choose_encoding(raw[:4], options.encoding)
            if is_ascii_compatible(codec):
                yield from iter_jsonl(raw.splitlines(), name, options, options.encoding)
            else:
                yield from iter_jsonl(_jsonl_as_utf8(raw, codec), name, options, "utf-8")
            return
        check_size(len(raw), options.max_bytes)
        text = decode_bytes(raw, options.encoding)
        published = _published_from_name(name)
        if kind == "html":
            yield read_html(text, name, options, published=published)
        else:
            yield make_document(text, name, options, published=published)
    except InputError as exc:
        yield RecordError(name, str(exc))


def sniff_kind(raw: bytes) -> str:
    head = raw[:800]
    codec = choose_encoding(head[:4], None)
    if not is_ascii_compatible(codec):
        head = head.decode(codec, errors="ignore").encode("utf-8")
    head = head.lstrip()[:200].lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<article")):
        return "html"
    return "text"


def kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def fetch_url(url: str, options: IngestOptions) -> Iterator[Item]:
    """The page at an http(s) URL, fetched within the options' limits (see :mod:`detente.ingest.fetch`)."""
    from detente.ingest.fetch import FetchPolicy, fetch_page

    policy = FetchPolicy(max_bytes=options.max_bytes, deadline=options.fetch_deadline,
                         max_redirects=options.max_redirects, allow_private=options.allow_private)
    try:
        raw = fetch_page(url, policy)
    except InputError as exc:
        yield RecordError(url, str(exc))
        return
    for item in iter_bytes(raw, url, "html", options):
        if isinstance(item, Document) and not item.url:
            item.url = url
        yield item


def expand_paths(argument: str) -> list[Path] | None:
    """Files named by an argument: a file, a folder (recursively) or a glob; None if nothing."""
    path = Path(argument)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
    if path.is_file():
        return [path]
    matches = sorted(Path(p) for p in glob.glob(argument, recursive=True))
    files = [p for p in matches if p.is_file()]
    return files or None


def iter_documents(inputs: list[str], options: IngestOptions | None = None) -> Iterator[Item]:
    """Every record of every input, in order, as a Document or a RecordError."""
    options = options or IngestOptions()
    for argument in inputs:
        if argument == "-":
            raw = sys.stdin.buffer.read()
            yield from iter_bytes(raw, "<stdin>", sniff_kind(raw), options)
            continue
        if _URL.match(argument):
            yield from fetch_url(argument, options)
            continue
        files = expand_paths(argument)
        if files is None:
            yield RecordError(argument, Errors.E008.format(path=argument))
            continue
        for path in files:
            yield from read_file(path, options)


def read_jsonl_file(path: Path, options: IngestOptions) -> Iterator[Item]:
    """A JSON Lines file, streamed line by line (UTF-16 and UTF-32 files through a decoder)."""
    with path.open("rb") as handle:
        try:
            codec = choose_encoding(handle.peek(4)[:4], options.encoding)
        except InputError as exc:
            yield RecordError(str(path), str(exc))
            return
        if is_ascii_compatible(codec):
            yield from iter_jsonl(bounded_lines(handle.readline, options.max_bytes), str(path), options,
                                  options.encoding)
            return
        text = io.TextIOWrapper(handle, encoding=codec, errors="strict", newline="")
        try:
            lines = bounded_lines(lambda size: text.readline(size).encode("utf-8"), options.max_bytes)
            yield from iter_jsonl(lines, str(path), options, "utf-8")
        except UnicodeDecodeError as exc:
            detail = f"{exc.reason}, somewhere after the last record read"
            yield RecordError(str(path), Errors.E031.format(encoding=codec, detail=detail))


def read_file(path: Path, options: IngestOptions) -> Iterator[Item]:
    kind = kind_of(path)
    if kind == "jsonl":
        try:
            yield from read_jsonl_file(path, options)
        except OSError as exc:
            yield RecordError(str(path), Errors.E008.format(path=f"{path} ({exc.strerror})"))
        return
    try:
        check_size(path.stat().st_size, options.max_bytes)
        raw = path.read_bytes()
    except InputError as exc:
        yield RecordError(str(path), str(exc))
        return
    except OSError as exc:
        yield RecordError(str(path), Errors.E008.format(path=f"{path} ({exc.strerror})"))
        return
    yield from iter_bytes(raw, str(path), kind or sniff_kind(raw), options)
