"""What keeps the server safe to run: bearer tokens for writes, a body limit, strict headers.

- Reads are open (the default host is 127.0.0.1). Every write (POST, PATCH) needs
  ``Authorization: Bearer <token>``, compared in constant time; a server without a token (or
  started with --read-only) refuses writes with E102.
- A request body larger than the limit is refused with 413 (E100) before it is read whole,
  whether it announces its length or streams it.
- Every response names the version (``X-Detente-Version``) and forbids sniffing, framing and
  referrers; pages get a Content-Security-Policy that allows only this server's own scripts,
  styles and images, so even text that slipped through escaping could not run.
"""

from __future__ import annotations

import hmac
import json
from typing import Annotated, Any

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente.server.errors import ApiError, ServerErrors
from detente.server.settings import ServerSettings

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
VERSION_HEADER = "X-Detente-Version"


bearer = HTTPBearer(auto_error=False, description="The server's token: DETENTE_TOKEN or --token-file.")


def require_token(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
    """A FastAPI dependency of every write endpoint (and the bearer scheme of the OpenAPI docs)."""
    settings: ServerSettings = request.app.state.settings
    if not settings.writable or settings.token is None:
        raise ApiError(403, ServerErrors.E102)
    given = credentials.credentials.strip() if credentials is not None else ""
    if not given or not hmac.compare_digest(given.encode(), settings.token.encode()):
        raise ApiError(401, ServerErrors.E103, headers={"WWW-Authenticate": 'Bearer realm="detente"'})


class BodyTooLarge(Exception):
    """Raised from ``receive`` once a streamed body passes the limit."""


class BodyLimit:
    """ASGI middleware: 413 with E100 for a body over ``limit`` bytes, announced or streamed."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(send)
            return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps({"code": "E100", "message": ServerErrors.E100.format(limit=self.limit)}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


class StrictHeaders:
    """ASGI middleware: the version header and protective headers on every response."""

    def __init__(self, app: ASGIApp, version: str) -> None:
        self.app = app
        self.version = version.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers: list[Any] = list(message.get("headers") or [])
                names = {name.lower() for name, _ in headers}
                extra = [(VERSION_HEADER.lower().encode(), self.version), (b"x-content-type-options", b"nosniff"),
                         (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
                if b"content-security-policy" not in names:
                    extra.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": headers + extra}
            await send(message)

        await self.app(scope, receive, with_headers)
