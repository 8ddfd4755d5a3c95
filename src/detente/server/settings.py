"""How a server runs: one options object, checked before it starts."""

from __future__ import annotations

import ipaddress
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import DetenteError
from detente.ingest.options import DEFAULT_MAX_BYTES
from detente.server.errors import ServerErrors

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_BATCH = 100  # documents per POST /v1/documents
DEFAULT_PAGE = 100
MAX_PAGE = 1000
TOKEN_ENV = "DETENTE_TOKEN"


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and localhost; anything else (0.0.0.0 included) is reachable by others."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(slots=True)
class ServerSettings:
    """What `detente serve` was asked for (see ``check`` for the rules it must satisfy)."""

    db: str = "detente.duckdb"
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    token: str | None = None  # writes need "Authorization: Bearer <token>"; None: read-only
    token_generated: bool = False  # made up at start (loopback only), printed for the user
    read_only: bool = False
    cors_origins: list[str] = field(default_factory=list)
    allow_private_urls: bool = False  # let POSTed URLs reach loopback and private addresses
    max_body_bytes: int = DEFAULT_MAX_BYTES
    max_batch: int = DEFAULT_MAX_BATCH

    @property
    def writable(self) -> bool:
        return not self.read_only and self.token is not None

    def check(self) -> None:
        """Refuse to be writable on a host others can reach unless writes need a token."""
        if not self.read_only and self.token is None and not is_loopback(self.host):
            raise DetenteError(ServerErrors.E108.format(host=self.host))


def read_token(token_file: str | Path | None, environ: dict[str, str] | None = None) -> str | None:
    """The token from ``token_file`` (first line) or from DETENTE_TOKEN; None when neither is set."""
    if token_file is not None:
        try:
            token = Path(token_file).read_text(encoding="utf-8").strip().splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            detail = getattr(exc, "strerror", None) or exc
            raise DetenteError(ServerErrors.E114.format(path=token_file, detail=detail)) from exc
        if not token or not token[0].strip():
            raise DetenteError(ServerErrors.E114.format(path=token_file, detail="it is empty"))
        return token[0].strip()
    value = (environ if environ is not None else os.environ).get(TOKEN_ENV, "").strip()
    return value or None


def settle_token(settings: ServerSettings) -> ServerSettings:
    """On loopback, a writable server without a token gets a random one (printed once at start)."""
    settings.check()
    if not settings.read_only and settings.token is None:
        settings.token = secrets.token_urlsafe(24)
        settings.token_generated = True
    return settings
