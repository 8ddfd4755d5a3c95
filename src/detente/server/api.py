"""The JSON API, ``/v1``: documents in, events, dyads, measures, actors and documents out.

Handlers are thin: they check their parameters (a bad one is a 4xx with an E-code) and call the
library (``detente.code``, the analysis and store functions the CLI uses) through the server's
store pool; writes take the pool's write lock and need the bearer token.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse

import detente
from detente.analysis.dyad import dyad_series
from detente.analysis.dyad_text import series_json
from detente.errors import UnknownActorCode
from detente.export.formats import stored_event_dict
from detente.server import checks
from detente.server.coding import code_records
from detente.server.errors import ApiError, ServerErrors
from detente.server.exports import EXPORT_MEDIA, stream_events
from detente.server.models import (
    ActorCodeOut,
    CodeResponse,
    DocumentOut,
    DyadOut,
    ErrorBody,
    EventPage,
    MeasurePage,
)
from detente.server.queries import EventFilter, event_page, find_document, measures_of, sentences_of
from detente.server.settings import DEFAULT_PAGE, MAX_PAGE, ServerSettings
from detente.server.stores import StorePool
from detente.store.measures import iter_measures
from detente.store.queries import actor_code_counts, unmatched_codes

router = APIRouter(prefix="/v1")
ERRORS: dict[int | str, dict[str, Any]] = {status: {"model": ErrorBody} for status in (400, 401, 403, 404, 413, 422)}


def pool_of(request: Request) -> StorePool:
    pool: StorePool = request.app.state.pool
    return pool


Pool = Annotated[StorePool, Depends(pool_of)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Items per page.")]
Day = Annotated[date | None, Query(description="YYYY-MM-DD")]


@router.post("/documents", response_model=CodeResponse, responses={**ERRORS, 422: {"model": CodeResponse}},
             dependencies=[Depends(checks.writer)], summary="Code and store documents",
             openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
                 "anyOf": [{"$ref": "#/components/schemas/DocumentIn"},
                           {"type": "array", "items": {"$ref": "#/components/schemas/DocumentIn"}}]}}}}})
async def post_documents(request: Request) -> JSONResponse:
    """Code one record or a list of records (the JSON Lines record shape: ``text``, ``html`` or just a
    ``url``, with optional ``id``, ``title``, ``published``, ``source``) and store them.

    Each record that cannot be read or coded gets its E-code, as `detente code` prints it; the others
    are coded and stored regardless. 200 when every record was coded, 422 when any failed.
    """
    settings: ServerSettings = request.app.state.settings
    records = await checks.json_records(request, settings.max_batch)
    options = detente.IngestOptions(allow_private=settings.allow_private_urls)
    result = await run_in_threadpool(code_records, request.app.state.pool, records, options)
    body = CodeResponse.model_validate(result).model_dump(mode="json")
    return JSONResponse(body, status_code=422 if result["failed"] else 200)


@router.get("/events", response_model=EventPage, responses={
    **ERRORS, 200: {"content": {media: {} for media in EXPORT_MEDIA.values()},
                    "description": "A page of events as JSON, or every matching event streamed as ?format=..."}})
def get_events(pool: Pool, actor: str | None = None,
               a: Annotated[str | None, Query(description="A dyad: the first actor (with b).")] = None,
               b: Annotated[str | None, Query(description="A dyad: the second actor (with a).")] = None,
               directed: Annotated[bool, Query(description="Only a as source and b as target.")] = False,
               country: str | None = None, cameo: str | None = None, root: str | None = None,
               plover: str | None = None, quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
               since: Day = None, until: Day = None,
               doc: Annotated[str | None, Query(description="A document's id or content hash.")] = None,
               q: Annotated[str | None, Query(max_length=200, description="Words in the sentence.")] = None,
               cursor: str | None = None, limit: Limit = DEFAULT_PAGE,
               format: Literal["json", "jsonl", "csv", "parquet"] = "json") -> Any:
    """Stored events (one per mention, in the output contract), filtered, in `detente export` order.

    ``format=json`` pages with ``cursor``/``next_cursor``; ``jsonl``, ``csv`` and ``parquet`` stream
    every matching event as `detente export --format ...` writes them.
    """
    where = EventFilter(actor=checks.actor(actor, "actor"), first=checks.actor(a, "a"), second=checks.actor(b, "b"),
                        directed=directed, country=checks.country(country), cameo=checks.cameo(cameo),
                        root=checks.root(root), plover=checks.plover(plover), quad_class=quad_class,
                        since=since, until=until, doc=doc, q=q)
    checks.window(since, until)
    if (a is None) != (b is None):
        raise ApiError(422, ServerErrors.E106.format(where="query parameter", name="a" if b is None else "b",
                                                     detail="a dyad needs both a and b"))
    with pool.store() as store:
        codes = [c for c in (where.actor, where.first, where.second) if c]
        unknown = unmatched_codes(store, codes) if codes else []
        if unknown:
            raise ApiError(404, str(UnknownActorCode(unknown, pool.db)))
        if format != "json":
            return StreamingResponse(stream_events(pool, where, format), media_type=EXPORT_MEDIA[format],
                                     headers={"Content-Disposition": f'attachment; filename="events.{format}"'})
        try:
            items, following = event_page(store, where, limit, cursor)
        except ValueError as exc:
            raise ApiError(400, ServerErrors.E104) from exc
    return {"items": contract_events(items), "next_cursor": following, "limit": limit}


def contract_events(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Stored mention rows in the output contract, each with its event record's id."""
    return [{**stored_event_dict(row), "global_event_id": row["global_event_id"]} for row in rows]


@router.get("/dyads/{first}/{second}", response_model=DyadOut, responses=ERRORS)
def get_dyad(pool: Pool, first: Annotated[str, Path(description="A country (CAN), code (CANGOV) or alias (EU).")],
             second: str, by: Literal["day", "week", "month", "year"] = "month", since: Day = None,
             until: Day = None, directed: bool = False) -> dict[str, Any]:
    """The dyad's series by period with turning points and the events that drive them: the numbers
    `detente dyad FIRST SECOND --format json` prints, plus the dyad's trade measures."""
    first_code, second_code = checks.actor(first, "first"), checks.actor(second, "second")
    checks.window(since, until)
    with pool.store() as store:
        try:
            series = dyad_series(store, first_code or first, second_code or second, by=by, since=since,
                                 until=until, directed=directed)
        except UnknownActorCode as exc:
            raise ApiError(404, str(exc)) from exc
    body = series_json(series)
    body["measures"] = [m.to_dict() for m in series.measure_records]
    return body


@router.get("/measures", response_model=MeasurePage, responses=ERRORS)
def get_measures(pool: Pool, imposer: str | None = None, affected: str | None = None,
                 hs: Annotated[str | None, Query(description="HS digits: 12, 1205 or 120510.")] = None,
                 cursor: str | None = None, limit: Limit = DEFAULT_PAGE) -> dict[str, Any]:
    """Stored trade measures with their goods (`detente measures --format jsonl`), in date order."""
    if hs is not None and not (hs.isdigit() and len(hs) <= 10):
        raise ApiError(422, ServerErrors.E106.format(where="query parameter", name="hs",
                                                     detail="use the digits of an HS code, e.g. 12 or 1205"))
    start = checks.offset_cursor(cursor)
    with pool.store() as store:
        found = list(iter_measures(store, checks.actor(imposer, "imposer"), checks.actor(affected, "affected"), hs))
    page = found[start:start + limit]
    following = checks.make_offset_cursor(start + limit) if start + limit < len(found) else None
    return {"items": [m.to_dict() for m in page], "next_cursor": following, "limit": limit}


@router.get("/actor-codes", response_model=list[ActorCodeOut])
def get_actor_codes(pool: Pool) -> list[dict[str, Any]]:
    """The actor codes in stored events and measures, most events first (`detente actors codes`)."""
    from detente.ontology.actor_codes import spellings

    with pool.store() as store:
        rows = actor_code_counts(store)
    return [{"code": c, "events": e, "measures": m, "also_written": list(spellings(c)[1:])} for c, e, m in rows]


@router.get("/documents/{doc}", response_model=DocumentOut, responses=ERRORS)
def get_document(pool: Pool, doc: str) -> dict[str, Any]:
    """A stored document: its sentences with every event's trigger and actors marked, its events
    and its trade measures. ``doc`` is the document's id or its content hash."""
    with pool.store() as store:
        found = find_document(store, doc)
        if found is None:
            raise ApiError(404, ServerErrors.E107.format(what="document", value=doc))
        events, _ = event_page(store, EventFilter(doc=found["content_hash"]), MAX_PAGE * 10)
        sentences = sentences_of(store, found["content_hash"])
        measures = measures_of(store, found["content_hash"])
    from detente.server.marks import sentence_marks

    return {**{k: found[k] for k in ("doc_id", "content_hash", "url", "title", "published", "source")},
            "sentences": sentence_marks(sentences, events), "events": contract_events(events),
            "measures": [m.to_dict() for m in measures]}


__all__ = ["ERRORS", "Pool", "router"]
