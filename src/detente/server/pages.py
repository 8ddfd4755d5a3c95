"""The dashboard: server-rendered pages over the same views as the static report.

Every page works without script (links and GET forms); ``static/dashboard.js`` adds only the
two things a form cannot do, sending a bearer token with a write: coding a pasted article and
correcting an actor. Templates autoescape every value; the few fields that hold HTML are
built by ``report.views`` and ``server.marks`` from escaped text.
"""

from __future__ import annotations

from datetime import date
from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

import detente
from detente.analysis.dyad import DyadSeries, dyad_series
from detente.analysis.dyad_text import describe
from detente.analysis.people import people_rows
from detente.analysis.summary import summarise
from detente.errors import UnknownActorCode
from detente.report.chart import render_chart
from detente.report.views import (
    event_view,
    largest_turn,
    measure_views,
    method_note,
    period_events,
    turning_point_views,
)
from detente.server import checks
from detente.server.api import Pool
from detente.server.errors import ApiError, ServerErrors
from detente.server.marks import marked_html, sentence_marks
from detente.server.queries import EventFilter, event_page, find_document, measures_of, sentences_of
from detente.server.stores import display_name
from detente.store.measures import iter_measures
from detente.store.queries import actor_code_counts

router = APIRouter()
templates = Jinja2Templates(directory=str(resources.files("detente.server") / "templates"))
templates.env.filters["html"] = Markup  # for fields built from escaped text by report.views and server.marks
API_PREFIXES = ("/v1/", "/healthz", "/openapi.json", "/static/", "/swagger-ui/")
PAGE_SIZE = 50


def wants_page(request: Request) -> bool:
    """True for the dashboard's pages (errors there are pages too), False for the API."""
    return not request.url.path.startswith(API_PREFIXES)


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    settings = request.app.state.settings
    base = {"version": detente.__version__, "writable": settings.writable, "page": name.removesuffix(".html"),
            "database": display_name(request.app.state.pool.db)}
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, pool: Pool) -> HTMLResponse:
    with pool.store() as store:
        summary = summarise(store, pairs=8, examples=0)
        codes = actor_code_counts(store)
    return render(request, "home.html", summary=summary, codes=[c for c, _, _ in codes])


def _dyad_link(params: dict[str, Any]) -> Any:
    def link(kind: str, label: str) -> str:
        return "/dyad?" + urlencode({**params, kind: label}) + "#selected"

    return link


@router.get("/dyad", response_class=HTMLResponse)
def dyad_page(request: Request, pool: Pool, a: str = "", b: str = "",
              by: Annotated[str, Query(pattern="^(day|week|month|year)$")] = "month",
              since: date | None = None, until: date | None = None, directed: bool = False,
              period: str | None = None, turn: str | None = None) -> HTMLResponse:
    first, second = checks.actor(a, "a"), checks.actor(b, "b")
    if not first or not second:
        raise ApiError(422, ServerErrors.E106.format(where="query parameter", name="a" if not first else "b",
                                                     detail="pick two actors"))
    checks.window(since, until)
    with pool.store() as store:
        try:
            series = dyad_series(store, first, second, by=by, since=since, until=until, directed=directed)
        except UnknownActorCode as exc:
            raise ApiError(404, str(exc)) from exc
    params = {k: v for k, v in {"a": first, "b": second, "by": by, "since": since or "", "until": until or "",
                                "directed": "true" if directed else ""}.items() if v}
    turns = turning_point_views(series)
    return render(request, "dyad.html", series=series, first=first, second=second, by=by, since=since, until=until,
                  directed=directed, describe=describe(series), chart=render_chart(series, _dyad_link(params)),
                  turns=turns, largest=largest_turn(turns), method=method_note(series),
                  measures=measure_views(series.measure_records), selection=_selection(series, turns, period, turn),
                  params=params)


def _selection(series: DyadSeries, turns: list[Any], period: str | None, turn: str | None) -> dict[str, Any] | None:
    """The turning point or period picked on the chart, with its events."""
    labels = [p.label for p in series.periods]
    if turn is not None:
        chosen = next((t for t in turns if t.label == turn), None)
        if chosen is None:
            raise ApiError(404, ServerErrors.E107.format(what="turning point", value=turn))
        return {"turn": chosen, "label": turn, "events": period_events(series, chosen.index)}
    if period is not None:
        if period not in labels:
            raise ApiError(404, ServerErrors.E107.format(what="period", value=period))
        return {"turn": None, "label": period, "events": period_events(series, labels.index(period))}
    return None


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, pool: Pool, actor: str = "", a: str = "", b: str = "", directed: bool = False,
                country: str = "", cameo: str = "", root: str = "", plover: str = "",
                quad_class: Annotated[int | None, Query(ge=1, le=4)] = None, since: date | None = None,
                until: date | None = None, doc: str = "", q: str = "", cursor: str | None = None) -> HTMLResponse:
    checks.window(since, until)
    where = EventFilter(actor=checks.actor(actor, "actor"), first=checks.actor(a, "a"), second=checks.actor(b, "b"),
                        directed=directed, country=checks.country(country), cameo=checks.cameo(cameo),
                        root=checks.root(root), plover=checks.plover(plover), quad_class=quad_class, since=since,
                        until=until, doc=doc or None, q=q or None)
    with pool.store() as store:
        try:
            rows, following = event_page(store, where, PAGE_SIZE, cursor)
        except ValueError as exc:
            raise ApiError(400, ServerErrors.E104) from exc
    query = urlencode(where.query_items())
    next_page = f"/events?{urlencode([*where.query_items(), ('cursor', following)])}" if following else None
    return render(request, "events.html", events=[event_view(r) for r in rows], where=where, query=query,
                  next_page=next_page, plover_types=sorted(checks.plover_types()))


@router.get("/measures", response_class=HTMLResponse)
def measures_page(request: Request, pool: Pool, imposer: str = "", affected: str = "", hs: str = "") -> HTMLResponse:
    if hs and not hs.isdigit():
        raise ApiError(422, ServerErrors.E106.format(where="query parameter", name="hs", detail="use HS digits"))
    with pool.store() as store:
        found = list(iter_measures(store, checks.actor(imposer, "imposer"), checks.actor(affected, "affected"),
                                   hs or None))
    return render(request, "measures.html", measures=measure_views(found), imposer=imposer, affected=affected, hs=hs)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, pool: Pool, q: str = "", seed: bool = False) -> HTMLResponse:
    with pool.store() as store:
        rows = people_rows(store, date.today(), seed)
    if q.strip():
        needle = q.strip().casefold()
        rows = [r for r in rows if needle in r["name"].casefold() or any(needle in a.casefold() for a in r["aliases"])]
    return render(request, "actors.html", people=rows, q=q, seed=seed)


@router.get("/code", response_class=HTMLResponse)
def code_page(request: Request) -> HTMLResponse:
    return render(request, "code.html", max_batch=request.app.state.settings.max_batch)


@router.get("/documents/{doc}", response_class=HTMLResponse)
def document_page(request: Request, pool: Pool, doc: str) -> HTMLResponse:
    with pool.store() as store:
        found = find_document(store, doc)
        if found is None:
            raise ApiError(404, ServerErrors.E107.format(what="document", value=doc))
        rows, _ = event_page(store, EventFilter(doc=found["content_hash"]), 10_000)
        sentences = sentence_marks(sentences_of(store, found["content_hash"]), rows)
        measures = measure_views(measures_of(store, found["content_hash"]))
    for sentence in sentences:
        sentence["html"] = marked_html(sentence["text"], sentence["marks"])
    return render(request, "document.html", document=found, sentences=sentences,
                  events=[event_view(r) for r in rows], measures=measures)
