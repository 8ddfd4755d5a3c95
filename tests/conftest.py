"""Shared fixtures: one spaCy pipeline per test session, temporary databases."""

from __future__ import annotations

from pathlib import Path

import pytest

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

