"""JSON Lines: one record per line, each a Document or one clear error naming its line.

Any JSON value may sit in any field. Strings are scrubbed (a lone surrogate such as
``"\\ud800"`` becomes U+FFFD) because the article is still worth coding; a field of the wrong
type is one error for its record.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from detente.errors import Errors, InputError
from detente.ingest.checks import check_size, decode_bytes
from detente.ingest.documents import make_document, parse_date, read_html
from detente.ingest.options import IngestOptions
from detente.model import Document, RecordError
from detente.text import scrub_text

_SKIP_CHUNK = 1 << 16


class OversizedLine(NamedTuple):
    """A line longer than the size limit, skipped without holding it in memory."""

    size: int


Line = bytes | OversizedLine


def bounded_lines(readline: Callable[[int], bytes], limit: int) -> Iterator[Line]:
    """Lines from ``readline``, none read into memory beyond ``limit`` bytes; a longer one is skipped."""
    while True:
        line = readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = readline(_SKIP_CHUNK)
            if not line:
                break
            size += len(line)
        yield OversizedLine(size)


def _json_type(value: object) -> str:
    """How JSON names the type of a value, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def _string_field(record: dict[str, object], field: str) -> str | None:
    value = record.get(field)
    if value is None:
        return None
    if isinstance(value, str):
        return scrub_text(value)
    raise InputError(Errors.E029.format(field=field, expected="a string", actual=_json_type(value)))


def _id_field(record: dict[str, object]) -> str | None:
    value = record.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if value is None or isinstance(value, str):
        return _string_field(record, "id")
    raise InputError(Errors.E029.format(field="id", expected="a string or an integer", actual=_json_type(value)))


def parse_record(line: str) -> dict[str, object]:
    """The JSON object on one line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(Errors.E003.format(detail=exc.msg + f" (column {exc.colno})")) from exc
    except RecursionError as exc:
        raise InputError(Errors.E003.format(detail="arrays or objects nested too deeply")) from exc
    except ValueError as exc:  # Python refuses integers of more than 4,300 digits
        raise InputError(Errors.E003.format(detail="a number with too many digits")) from exc
    if not isinstance(record, dict):
        raise InputError(Errors.E014)
    return record


def read_jsonl_line(line: str, origin: str, options: IngestOptions) -> Document:
    return document_from_record(parse_record(line), origin, options)


def document_from_record(record: dict[str, object], origin: str, options: IngestOptions) -> Document:
    """A document from a JSON record's fields (``id``, ``text`` or ``html``, ``url``, ``title``,
    ``published``, ``source``): a JSON Lines line, or a dict given to :func:`detente.code`."""
    text, html = _string_field(record, "text"), _string_field(record, "html")
    doc_id, url, title, source = _id_field(record), *(_string_field(record, f) for f in ("url", "title", "source"))
    published = parse_date(record.get("published") or record.get("date"))
    if text and text.strip():
        check_size(len(text.encode("utf-8")), options.max_bytes)
        return make_document(text, origin, options, doc_id=doc_id, url=url, title=title,
                             published=published, source=source)
    if html and html.strip():
        check_size(len(html.encode("utf-8")), options.max_bytes)
        return read_html(html, origin, options, doc_id=doc_id, url=url, title=title,
                         published=published, source=source)
    if "text" in record or "html" in record:
        raise InputError(Errors.E001)
    raise InputError(Errors.E004)


def iter_jsonl(lines: Iterable[Line], name: str, options: IngestOptions,
               encoding: str | None = None) -> Iterator[Document | RecordError]:
    """One record per line, streamed: a bad line is one error, the others are read."""
    seen_any = False
    for number, raw in enumerate(lines, start=1):
        origin = f"{name}:{number}"
        if isinstance(raw, OversizedLine):
            seen_any = True
            yield RecordError(origin, Errors.E006.format(size=raw.size, limit=options.max_bytes))
            continue
        if not raw.strip():
            continue
        seen_any = True
        try:
            check_size(len(raw), options.max_bytes)
            yield read_jsonl_line(decode_bytes(raw, encoding).rstrip("\r\n"), origin, options)
        except InputError as exc:
            if str(exc) == Errors.E002:  # a binary file: one error for the file, not per line
                yield RecordError(name, str(exc))
                return
            yield RecordError(origin, str(exc))
    if not seen_any:
        yield RecordError(name, Errors.E001)
