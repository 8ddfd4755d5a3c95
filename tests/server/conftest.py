"""Fixtures for the server tests: the demo database served through FastAPI's TestClient.

Reads share one client on the session's demo database (read-only); a test that writes gets
its own copy of the database and a client whose writes need TOKEN.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.server.helpers import TOKEN, client_for


@pytest.fixture(scope="session")
def served_demo(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo database for the read-only server (which keeps it open all session)."""
    copy = tmp_path_factory.mktemp("served") / "demo.duckdb"
    shutil.copy(demo_db, copy)
    return copy


@pytest.fixture(scope="session")
def reader(served_demo: Path) -> Iterator[TestClient]:
    """A read-only server on the demo database (writes are refused with E102)."""
    with client_for(served_demo, read_only=True) as client:
        yield client


@pytest.fixture
def writable_db(demo_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "served.duckdb"
    shutil.copy(demo_db, copy)
    return copy


@pytest.fixture
def writer(writable_db: Path) -> Iterator[TestClient]:
    """A server on a copy of the demo database; writes need AUTH."""
    with client_for(writable_db, token=TOKEN) as client:
        yield client
