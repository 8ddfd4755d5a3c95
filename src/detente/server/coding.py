"""Posted records in, coded and stored documents out: `detente code` behind an HTTP endpoint.

Each record goes through the very reader that reads a line of JSON Lines (same fields, same
checks, same E-codes), or, when it has only a ``url``, through the same capped fetch as the
CLI (loopback and private addresses refused unless the server allows them). The documents are
coded by ``detente.code`` into the store, a batch per transaction, under the write lock.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

import detente
from detente.errors import Errors, InputError
from detente.ingest.documents import parse_date
from detente.ingest.jsonl import _id_field, _string_field, read_jsonl_line
from detente.model import CodedDocument, Document, RecordError
from detente.server.errors import ServerErrors, code_of
from detente.server.queries import documents_naming, forget_documents
from detente.server.stores import StorePool
from detente.store import Store

Item = Document | RecordError
MAX_RECODE = 500  # stored articles coded again after one correction, at most
_ACTIVE_HTML = re.compile(r"<\s*(script|style|iframe|object|embed)\b", re.IGNORECASE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")  # what read_documents takes for a URL, not a path


def _url_record(record: dict[str, Any], origin: str, options: detente.IngestOptions) -> list[Item]:
    """Fetch a record's ``url`` and give the page the record's id, title, date and source.

    Only a string with a scheme goes to ``detente.read_documents``, which fetches it (http and
    https only); a bare path is refused here, so a posted record can never read a server file.
    """
    url = (_string_field(record, "url") or "").strip()
    meta = {"doc_id": _id_field(record), "title": _string_field(record, "title"),
            "source": _string_field(record, "source"),
            "published": parse_date(record.get("published") or record.get("date"))}
    if not _SCHEME.match(url):
        raise InputError(Errors.E027.format(url=url, detail="only http and https URLs can be fetched"))
    items: list[Item] = []
    for item in detente.read_documents([url], options):
        if isinstance(item, RecordError):
            items.append(RecordError(origin, item.message))
            continue
        for name, value in meta.items():
            if value is not None:
                setattr(item, name, value)
        item.origin = origin
        items.append(item)
    return items


def read_record(record: Any, origin: str, options: detente.IngestOptions) -> list[Item]:
    """One posted record as Documents (a URL's page) or the RecordError the CLI would print."""
    try:
        if not isinstance(record, dict):
            raise InputError(Errors.E014)
        text = record.get("text")
        if isinstance(text, str) and (found := _ACTIVE_HTML.search(text)):
            raise InputError(ServerErrors.E109.format(tag=f"<{found.group(1).lower()}>"))
        if record.get("url") is not None and not any(record.get(k) for k in ("text", "html")):
            return _url_record(record, origin, options)
        return [read_jsonl_line(json.dumps(record, ensure_ascii=False), origin, options)]
    except InputError as exc:
        return [RecordError(origin, str(exc))]


def error_body(error: RecordError) -> dict[str, str]:
    return {"code": code_of(error.message), "message": error.message}


def code_records(pool: StorePool, records: Sequence[Any], options: detente.IngestOptions) -> dict[str, Any]:
    """Read, code and store posted records; one result per record, in order (a CodeResponse)."""
    per_record = [read_record(record, f"documents[{i}]", options) for i, record in enumerate(records)]
    items = [item for group in per_record for item in group]
    documents = [item for item in items if isinstance(item, Document)]
    with pool.writer() as store:
        known = store.known_hashes([d.content_hash for d in documents])
        coded = iter(detente.code(items, store=store))
        results = [_result(i, item, next(coded), known) for i, group in enumerate(per_record) for item in group]
    failed = [r for r in results if r["error"] is not None]
    response: dict[str, Any] = {
        "documents": results, "coded": len(results) - len(failed), "stored": sum(r["stored"] for r in results),
        "new": sum(r["new"] for r in results), "failed": len(failed), "code": None, "message": None}
    if failed:
        first = failed[0]["error"]
        response["code"] = first["code"]
        response["message"] = (f"{len(failed)} of {len(results)} records failed; the others were coded "
                               f"and stored. First: {failed[0]['origin']}: {first['message']}")
    return response


def _result(index: int, item: Item, coded: CodedDocument, known: set[str]) -> dict[str, Any]:
    error = coded.error or (item if isinstance(item, RecordError) else None)
    document = coded.document
    new = bool(document is not None and coded.stored and document.content_hash not in known)
    if new and document is not None:
        known.add(document.content_hash)  # the same text twice in one batch is stored once
    return {"index": index, "origin": error.origin if error else (document.origin if document else ""),
            "doc_id": document.doc_id if document else None, "stored": coded.stored, "new": new,
            "events": [e.to_dict() for e in coded.events], "measures": [m.to_dict() for m in coded.measures],
            "error": error_body(error) if error else None}


class RecodeFailed(Exception):
    """A stored article could not be coded again; nothing was changed."""


def recode_naming(store: Store, names: Sequence[str], doc_ids: Sequence[str] = ()) -> list[str]:
    """Code again, in one transaction, the stored articles that name any of ``names`` (or are listed).

    After an actor correction this is what makes the stored events follow it: each article's
    old sentences, mentions and measures go and its new coding is stored. Returns their doc_ids.
    """
    documents = documents_naming(store, names, doc_ids, MAX_RECODE)
    if not documents:
        return []
    with store.transaction():
        forget_documents(store, [d.content_hash for d in documents])
        for result in detente.code(documents, store=store):
            if not result.ok:
                raise RecodeFailed(str(result.error))
    return [d.doc_id for d in documents]
