"""Issue 13: one record's failure is one coded line naming it; the rest of the batch is coded and stored.

The failures are real: spaCy refusing a text, a component raising, a record the database
cannot take (a lone surrogate a library caller passed in, which the readers would have
replaced), an exception no command expected.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import detente
from detente.cli import cli
from detente.components import REGISTRY, DocState, register
from detente.ingest.readers import IngestOptions, make_document
from detente.model import Document
from detente.pipeline import CodingOptions, Pipeline

TEXTS = {
    "first": "China criticized Canada over the detention of its citizens on Monday.",
    "second": "Japan expelled two Russian diplomats on Tuesday.",
    "third": "Germany and France signed a defence agreement on Friday.",
}
BUG_HINT = "This is a bug in detente: please report it with the record."


def documents(**changes: dict[str, str]) -> list[Document]:
    made = []
    for name, text in TEXTS.items():
        document = make_document(text, name, IngestOptions(check_language=False), doc_id=name,
                                 published=date(2026, 1, 14))
        for field, value in changes.get(name, {}).items():
            setattr(document, field, value)
        made.append(document)
    return made


def stored_ids(store: detente.Store) -> list[str]:
    return [row[0] for row in store.query("SELECT doc_id FROM documents ORDER BY doc_id")]


def test_a_text_spacy_refuses_fails_alone(pipeline: Pipeline, db_path: Path) -> None:
    """spaCy raises for the whole batch (E088, a text over nlp.max_length); each text is then
    parsed alone and only the one that fails is lost."""
    nlp = pipeline.nlp
    limit = nlp.max_length
    nlp.max_length = 60
    try:
        with detente.Store(db_path) as store:
            coded = list(pipeline.run(documents(), store))
            assert stored_ids(store) == ["second", "third"]
    finally:
        nlp.max_length = limit
    assert [c.ok for c in coded] == [False, True, True]
    assert re.fullmatch(r"first: \[E034\] Could not code this record \(ValueError: \[E088\] Text of length 69 "
                        r"exceeds maximum of 60\..*\); the other records were coded\. " + re.escape(BUG_HINT),
                        str(coded[0].error))
    assert coded[1].events and coded[2].events


def test_a_record_the_coder_cannot_hash_fails_alone(pipeline: Pipeline, db_path: Path) -> None:
    with detente.Store(db_path) as store:
        coded = list(pipeline.run(documents(second={"doc_id": "second\ud800"}), store))
        assert stored_ids(store) == ["first", "third"]
        assert store.count("mentions") == len(coded[0].events) + len(coded[2].events) > 0
    assert [c.stored for c in coded] == [True, False, True]
    assert str(coded[1].error).startswith("second: [E034] Could not code this record (UnicodeEncodeError: ")
    assert str(coded[1].error).endswith(BUG_HINT)


def test_a_record_the_database_refuses_fails_alone(pipeline: Pipeline, db_path: Path) -> None:
    """The batch's transaction fails; each document is stored alone and only this one is reported."""
    with detente.Store(db_path) as store:
        coded = list(pipeline.run(documents(third={"title": "Talks \ud800"}), store))
        assert stored_ids(store) == ["first", "second"]
        assert store.count("mentions") == len(coded[0].events) + len(coded[1].events) > 0
        assert store.query("SELECT count(*) FROM sentences WHERE doc_id = 'third'") == [(0,)]
    assert [c.stored for c in coded] == [True, True, False]
    assert str(coded[2].error) == (
        "third: [E035] Could not store this record (UnicodeEncodeError: 'utf-8' codec can't encode character "
        "'\\ud800' in position 6: surrogates not allowed); the other records of its batch were stored.")


class Fragile:
    """A real component that breaks on one kind of document, in a batch and alone."""

    name = "fragile"
    reads = frozenset({"doc"})
    writes = frozenset({"doc"})

    def __init__(self, options: CodingOptions) -> None:
        pass

    def __call__(self, state: DocState) -> DocState:
        if "Japan" in state.document.text:
            raise KeyError("no rule for Japan")
        return state

    def pipe(self, states: list[DocState]) -> Iterator[DocState]:
        for state in states:
            yield self(state)


@pytest.fixture
def fragile() -> Iterator[None]:
    register("fragile")(Fragile)
    yield
    del REGISTRY["fragile"]


@pytest.mark.parametrize("where", ["batch", "document"])
def test_a_component_that_raises_fails_only_its_record(fragile: None, db_path: Path, where: str) -> None:
    """After the parse (a batch component, whose batch fails as a whole) or among the
    document-by-document components: only the record it raised for is lost."""
    names = ["parse", "fragile", "actors", "events"] if where == "batch" else ["parse", "actors", "fragile", "events"]
    pipeline = Pipeline(CodingOptions(components=tuple(names)))
    with detente.Store(db_path) as store:
        coded = list(pipeline.run(documents(), store))
        assert stored_ids(store) == ["first", "third"]
    assert [c.ok for c in coded] == [True, False, True]
    assert str(coded[1].error) == ("second: [E034] Could not code this record (KeyError: 'no rule for Japan'); "
                                   "the other records were coded. " + BUG_HINT)
    assert coded[0].events and coded[2].events


@pytest.fixture
def broken_command() -> Iterator[None]:
    @click.command(name="broken")
    def broken() -> None:
        {}["missing"]  # a bug: the lookup raises KeyError

    cli.add_command(broken)
    yield
    cli.commands.pop("broken")


def test_an_unexpected_exception_is_one_line_and_a_bug_report_hint(broken_command: None) -> None:
    result = CliRunner().invoke(cli, ["broken"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (f"Error: [E037] Unexpected error: KeyError: 'missing'. This is a bug in detente "
                             f"{detente.__version__}: please report it with the command you ran and this message "
                             "(set DETENTE_DEBUG=1 to see where it happened).\n")
    assert "Traceback" not in result.output


def test_detente_debug_lets_the_traceback_through(broken_command: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_DEBUG", "1")
    result = CliRunner().invoke(cli, ["broken"])
    assert isinstance(result.exception, KeyError)


def test_usage_errors_and_library_errors_keep_their_own_messages(tmp_path: Path) -> None:
    missing = tmp_path / "missing.duckdb"
    assert CliRunner().invoke(cli, ["code", "--no-such-option"]).exit_code == 2
    result = CliRunner().invoke(cli, ["export", "--db", str(missing)])
    assert result.exit_code == 1 and "[E037]" not in result.stderr and "[E0" in result.stderr
