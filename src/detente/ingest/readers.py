"""Read inputs into Documents: text, HTML (through trafilatura), JSON Lines, URLs.

Every record either becomes a Document or a RecordError naming it; one bad record
never stops the batch.
"""

from __future__ import annotations

import glob
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from detente.errors import Errors, InputError
from detente.ingest.checks import check_english, check_size, decode_bytes
from detente.model import Document, RecordError, stable_hash
from detente.text import clean_text, normalise_for_hash

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 10_000_000
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(slots=True)
class IngestOptions:
    """How to read inputs (one object instead of long keyword lists)."""

    published: date | None = None  # overrides what the record says
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    check_language: bool = True


Item = Document | RecordError


def parse_date(value: object) -> date | None:
    """A YYYY-MM-DD prefix of a string (ISO timestamps included), else None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.search(value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def make_document(text: str, origin: str, options: IngestOptions, *, doc_id: str | None = None,
                  url: str | None = None, title: str | None = None,
                  published: date | None = None, source: str | None = None) -> Document:
    """Clean the text, check it, and key the document by a hash of its normalised text."""
    cleaned = clean_text(text)
    if not cleaned.strip():
        raise InputError(Errors.E001)
    if options.check_language:
        check_english(cleaned)
    content_hash = stable_hash(normalise_for_hash(cleaned), length=32)
    return Document(
        doc_id=str(doc_id) if doc_id not in (None, "") else content_hash[:16],
        text=cleaned,
        url=url,
        title=title,
        published=options.published or published,
        source=source,
        origin=origin,
        content_hash=content_hash,
    )


def read_html(html: str, origin: str, options: IngestOptions, **meta: object) -> Document:
    """Main text and metadata of a web page, through trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    if extracted is None:
        raise InputError(Errors.E011)
    found = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = found.get("text") or ""
    if not text.strip():
        raise InputError(Errors.E011)
    paragraphs = "\n\n".join(line for line in text.split("\n") if line.strip())
    return make_document(
        paragraphs, origin, options,
        doc_id=meta.get("doc_id"),  # type: ignore[arg-type]
        url=meta.get("url") or found.get("url"),  # type: ignore[arg-type]
        title=meta.get("title") or found.get("title"),  # type: ignore[arg-type]
        published=parse_date(meta.get("published")) or parse_date(found.get("date")),
        source=meta.get("source") or found.get("sitename"),  # type: ignore[arg-type]
    )


def read_jsonl_line(line: str, origin: str, options: IngestOptions) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(Errors.E003.format(detail=exc.msg + f" (column {exc.colno})")) from exc
    if not isinstance(record, dict):
        raise InputError(Errors.E014)
    meta = {
        "doc_id": record.get("id"),
        "url": record.get("url"),
        "title": record.get("title"),
        "published": record.get("published") or record.get("date"),
        "source": record.get("source"),
    }
    if isinstance(record.get("text"), str) and record["text"].strip():
        check_size(len(record["text"].encode("utf-8")), options.max_bytes)
        return make_document(record["text"], origin, options,
                             doc_id=meta["doc_id"], url=meta["url"], title=meta["title"],
                             published=parse_date(meta["published"]), source=meta["source"])
    if isinstance(record.get("html"), str) and record["html"].strip():
        check_size(len(record["html"].encode("utf-8")), options.max_bytes)
        return read_html(record["html"], origin, options, **meta)
    if "text" in record or "html" in record:
        raise InputError(Errors.E001)
    raise InputError(Errors.E004)


def iter_jsonl(lines: Iterable[bytes], name: str, options: IngestOptions) -> Iterator[Item]:
    """One record per line, streamed: a bad line is one error, the others are read."""
    seen_any = False
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        seen_any = True
        origin = f"{name}:{number}"
        try:
            yield read_jsonl_line(decode_bytes(raw, options.encoding).rstrip("\r\n"), origin, options)
        except InputError as exc:
            if str(exc) == Errors.E002:  # a binary file: one error for the file, not per line
                yield RecordError(name, str(exc))
                return
            yield RecordError(origin, str(exc))
    if not seen_any:
        yield RecordError(name, Errors.E001)


def _published_from_name(name: str) -> date | None:
    match = _DATE_PREFIX.match(Path(name).name)
    return parse_date(match.group(1)) if match else None


def iter_bytes(raw: bytes, name: str, kind: str, options: IngestOptions) -> Iterator[Item]:
    """Records of one input whose kind ('text', 'html' or 'jsonl') is known."""
    if kind == "jsonl":
        yield from iter_jsonl(raw.splitlines(), name, options)
        return
    try:
        check_size(len(raw), options.max_bytes)
        text = decode_bytes(raw, options.encoding)
        if kind == "html":
            yield read_html(text, name, options, published=_published_from_name(name))
        else:
            yield make_document(text, name, options, published=_published_from_name(name))
    except InputError as exc:
        yield RecordError(name, str(exc))


def sniff_kind(raw: bytes) -> str:
    head = raw.lstrip()[:200].lower()
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
    import httpx

    try:
        response = httpx.get(url, follow_redirects=True, timeout=20.0,
                             headers={"User-Agent": "detente/0.1 (+event coding)"})
        response.raise_for_status()
    except httpx.HTTPError as exc:
        yield RecordError(url, Errors.E009.format(url=url, detail=type(exc).__name__ + ": " + str(exc)))
        return
    for item in iter_bytes(response.content, url, "html", options):
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
        if argument.startswith(("http://", "https://")):
            yield from fetch_url(argument, options)
            continue
        files = expand_paths(argument)
        if files is None:
            yield RecordError(argument, Errors.E008.format(path=argument))
            continue
        for path in files:
            yield from read_file(path, options)


def read_file(path: Path, options: IngestOptions) -> Iterator[Item]:
    kind = kind_of(path)
    if kind == "jsonl":
        try:
            with path.open("rb") as lines:
                yield from iter_jsonl(lines, str(path), options)
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
