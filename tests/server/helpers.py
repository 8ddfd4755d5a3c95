"""What the server tests share: the token and a TestClient on a database."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from detente.server import ServerSettings, create_app

TOKEN = "test-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def client_for(db: Path, **settings: object) -> TestClient:
    """A client on a server for ``db``; server errors come back as responses, as a user would see them."""
    return TestClient(create_app(ServerSettings(db=str(db), **settings)),  # type: ignore[arg-type]
                      raise_server_exceptions=False)
