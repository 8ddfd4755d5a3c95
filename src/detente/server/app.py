"""The FastAPI application: the JSON API, the dashboard, the OpenAPI docs, all served locally."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import detente
from detente.errors import DetenteError, Errors, StoreError
from detente.server import actors_api, api, pages
from detente.server.errors import ApiError, ServerErrors, code_of
from detente.server.models import DocumentIn, Health
from detente.server.security import BodyLimit, StrictHeaders
from detente.server.settings import ServerSettings
from detente.server.stores import StorePool, display_name

log = logging.getLogger(__name__)
DOCS_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def create_app(settings: ServerSettings, pool: StorePool | None = None) -> FastAPI:
    """The application for ``settings`` (checked here: a writable server off loopback needs a token)."""
    settings.check()
    pool = pool or StorePool(settings.db, read_only=not settings.writable)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(title="detente", version=detente.__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  summary="Explainable event data from news about international relations.")
    app.state.settings = settings
    app.state.pool = pool
    app.include_router(api.router, tags=["events"])
    app.include_router(actors_api.router)
    app.include_router(pages.router, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=str(resources.files("detente.server") / "static")), name="static")
    app.mount("/swagger-ui", StaticFiles(directory=str(_swagger_path())), name="swagger")
    _add_system_routes(app)
    _add_error_handlers(app)
    _extend_openapi(app)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "PATCH"],
                           allow_headers=["Authorization", "Content-Type"], expose_headers=["X-Detente-Version"])
    app.add_middleware(StrictHeaders, version=detente.__version__)
    return app


def _swagger_path() -> Any:
    import swagger_ui_bundle

    return swagger_ui_bundle.swagger_ui_path


def _add_system_routes(app: FastAPI) -> None:
    @app.get("/healthz", response_model=Health, tags=["system"])
    def healthz(request: Request) -> dict[str, Any]:
        """The server is up and can read its database."""
        pool: StorePool = request.app.state.pool
        with pool.store() as store:
            documents, events = store.count("documents"), store.count("events")
        return {"status": "ok", "version": detente.__version__, "database": display_name(pool.db),
                "documents": documents, "events": events, "writable": request.app.state.settings.writable}

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        page = (resources.files("detente.server") / "templates" / "docs.html").read_text(encoding="utf-8")
        return HTMLResponse(page, headers={"Content-Security-Policy": DOCS_CSP})


def _extend_openapi(app: FastAPI) -> None:
    """Add DocumentIn (the POST body, read by hand so that each record gets its own E-code)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            schema.setdefault("components", {}).setdefault("schemas", {})["DocumentIn"] = \
                DocumentIn.model_json_schema(ref_template="#/components/schemas/{model}")
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"code": code_of(message), "message": message}, status_code=status, headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Any:
        if pages.wants_page(request):
            return pages.error_page(request, exc.status, exc.message)
        return _error(exc.status, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Any:
        first = exc.errors()[0] if exc.errors() else {}
        if first.get("type") == "json_invalid":
            message = Errors.E003.format(detail=first.get("ctx", {}).get("error", "not JSON"))
            return _error(400, message)
        where = {"query": "query parameter", "path": "path parameter", "body": "field"}.get(
            str(first.get("loc", ("",))[0]), "value")
        name = ".".join(str(part) for part in first.get("loc", ())[1:]) or "body"
        message = ServerErrors.E106.format(where=where, name=name, detail=first.get("msg", "invalid"))
        if pages.wants_page(request):
            return pages.error_page(request, 422, message)
        return _error(422, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        if exc.status_code == 405:
            message = ServerErrors.E116.format(method=request.method, path=request.url.path)
        elif exc.status_code == 404:
            message = ServerErrors.E115.format(path=request.url.path)
        else:
            message = f"[E{exc.status_code}] {exc.detail}"
        if pages.wants_page(request):
            return pages.error_page(request, exc.status_code, message)
        return _error(exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Any:
        log.error("database error: %s", exc)
        return _error(503, ServerErrors.E113.format(detail=exc))

    @app.exception_handler(DetenteError)
    async def detente_error(request: Request, exc: DetenteError) -> Any:
        return _error(422, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Any:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error(500, ServerErrors.E117.format(kind=type(exc).__name__))
