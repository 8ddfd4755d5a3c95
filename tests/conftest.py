"""Shared fixtures: one spaCy pipeline per test session, temporary databases."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from tests.store import postgres_server

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def pipeline():
    from detente.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    """The session pipeline's spaCy model, for tests that read a parse."""
    return pipeline.nlp


@pytest.fixture(scope="session")
def gaz():
    from detente.actors.gazetteer import Gazetteer

    return Gazetteer.load()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def code(pipeline):
    """Code one text and return its events as contract dicts."""

    def run(text: str, **meta):
        return [e.to_dict() for e in pipeline.code_text(text, **meta)]

    return run


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus coded once per session by `detente demo`; copy it before writing to it."""
    from click.testing import CliRunner

    from detente.cli import cli

    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = CliRunner().invoke(cli, ["demo", "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path



# --- both store engines ---------------------------------------------------------------------------
@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str]:
    """A PostgreSQL server to create test databases on: $DETENTE_TEST_POSTGRES (started by .ci/run), else
    one started here in a temporary folder. Without either, CI fails loudly and a dev machine skips."""
    url = os.environ.get(postgres_server.ENV)
    if url:
        yield url
        return
    if not postgres_server.available():
        reason = (f"PostgreSQL is not installed and ${postgres_server.ENV} is not set "
                  "(Debian: apt-get install postgresql; .ci/run does both)")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"the PostgreSQL half of the store tests cannot run: {reason}")
        pytest.skip(reason)
    url, folder = postgres_server.start()
    try:
        yield url
    finally:
        postgres_server.stop(folder)


@pytest.fixture
def new_postgres_database(postgres_server_url: str) -> Iterator[Callable[[], str]]:
    """Makes new, empty PostgreSQL databases (their URLs) on the test server; dropped after the test."""
    import psycopg

    created: list[str] = []

    def make() -> str:
        name = f"detente_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(postgres_server_url, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        created.append(name)
        return postgres_server_url.rsplit("/", 1)[0] + f"/{name}"

    yield make
    with psycopg.connect(postgres_server_url, autocommit=True) as admin:
        for name in created:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def postgres_url(new_postgres_database: Callable[[], str]) -> str:
    """A new, empty PostgreSQL database for one test."""
    return new_postgres_database()


@pytest.fixture(params=["duckdb", "postgresql"])
def store_engine(request: pytest.FixtureRequest) -> str:
    """Each store engine in turn."""
    return str(request.param)


@pytest.fixture
def new_store_address(store_engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Callable[[], str]:
    """Makes new, empty databases on the engine under test: DuckDB files, or PostgreSQL databases."""
    if store_engine == "postgresql":
        maker: Callable[[], str] = request.getfixturevalue("new_postgres_database")
        return maker
    return lambda: str(tmp_path / f"detente_test_{uuid.uuid4().hex[:12]}.duckdb")


@pytest.fixture
def store_address(new_store_address: Callable[[], str]) -> str:
    """A new database on each engine in turn (a DuckDB file, then a PostgreSQL URL): store tests take
    this instead of ``db_path`` so that they run on both."""
    return new_store_address()
