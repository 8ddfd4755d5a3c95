"""Property-based tests (Hypothesis): whatever the bytes, no exception escapes ingest or `detente code`.

Every input yields Documents or RecordErrors; every Document can be encoded and stored; through
the CLI there is no traceback, the exit status is 0 when all records were coded and 1 otherwise,
and a good record beside arbitrary ones is always coded and stored.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.cli import cli
from detente.ingest import IngestOptions
from detente.ingest.jsonl import iter_jsonl
from detente.ingest.readers import iter_bytes
from detente.model import Document, RecordError

# Fixed, so that CI runs the same examples every time and slow machines do not fail on timing.
settings.register_profile("detente", derandomize=True, deadline=None, database=None, max_examples=60,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile("detente")
FEW = settings(settings.get_profile("detente"), max_examples=12)

GOOD = {"id": "known-good", "text": "China criticized Canada over the detention of its citizens."}
ERROR_LINE = re.compile(r"^Error: \S+: \[E0\d\d\] ")

# Any character at all: lone surrogates and C0 controls included.
any_text = st.text(st.characters(exclude_categories=()), max_size=80)
prose = st.lists(st.sampled_from(["Canada", "China", "criticized", "praised", "the", "talks", "on", "Monday",
                                  ".", ",", "\u00e9t\u00e9", "\x00", "\x0c", "\ud800", "\r\n", "\n\n"]),
                 max_size=40).map(" ".join)
huge_token = st.integers(min_value=1, max_value=300_000).map(lambda n: "y" * n)
page = st.builds("<html><body><article><p>{}</p><p>{}</p></article></body></html>".format, prose, any_text)
json_scalars = (st.none() | st.booleans() | st.integers() | st.just(10**400) | st.floats()
                | any_text | prose | st.sampled_from(["2026-01-16", "0001-01-01", "9999-12-31", "2026-02-30"]))
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=4), inner, max_size=3), max_leaves=8)
field_names = ["id", "text", "html", "title", "url", "source", "published", "date"]
records = st.fixed_dictionaries({}, optional={name: json_values for name in field_names}).flatmap(
    lambda record: st.one_of(st.just(record), prose.map(lambda t: {**record, "text": t}),
                             huge_token.map(lambda t: {**record, "text": t}),
                             page.map(lambda h: {**record, "html": h})))


@st.composite
def jsonl_lines(draw: st.DrawFn) -> bytes:
    """One line: a record as ASCII JSON (surrogates as escapes) or raw UTF-8, or arbitrary bytes."""
    if draw(st.integers(0, 5)) == 0:
        return draw(st.binary(max_size=60)).replace(b"\n", b" ").replace(b"\r", b" ")
    line = json.dumps(draw(records), ensure_ascii=draw(st.booleans()))
    return line.encode("utf-8", "surrogatepass")  # not UTF-8 when a lone surrogate is written raw


def assert_storable(items: list[Document | RecordError]) -> None:
    for item in items:
        assert isinstance(item, Document | RecordError), item
        if isinstance(item, Document):
            for value in (item.doc_id, item.text, item.url, item.title, item.source, item.origin):
                assert value is None or isinstance(value, str)
                if value:
                    value.encode("utf-8")
            assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", item.text)


@given(raw=st.binary(max_size=3000) | any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
       kind=st.sampled_from(["text", "html", "jsonl"]),
       encoding=st.sampled_from([None, "utf-8", "latin-1", "cp1252", "utf-16", "utf-32", "ascii", "no-such", "rot13"]),
       check_language=st.booleans())
def test_any_bytes_in_any_encoding_give_documents_or_errors(raw: bytes, kind: str, encoding: str | None,
                                                            check_language: bool) -> None:
    options = IngestOptions(encoding=encoding, check_language=check_language)
    assert_storable(list(iter_bytes(raw, "input", kind, options)))


@given(text=st.lists(any_text | prose | huge_token, max_size=4).map("\n".join),
       codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]),
       kind=st.sampled_from(["text", "html"]))
def test_text_with_controls_surrogates_and_huge_tokens_in_unicode_encodings(text: str, codec: str, kind: str) -> None:
    raw = text.encode(codec, "surrogatepass")
    items = list(iter_bytes(raw, "input", kind, IngestOptions(check_language=False)))
    assert len(items) == 1
    assert_storable(items)


@given(lines=st.lists(jsonl_lines(), min_size=1, max_size=6))
def test_every_json_line_is_one_document_or_one_error(lines: list[bytes]) -> None:
    items = list(iter_jsonl(lines, "batch.jsonl", IngestOptions()))
    assert_storable(items)
    if any(str(i).startswith("batch.jsonl: [E002]") for i in items):  # a binary file: one error, then stop
        return
    expected = [f"batch.jsonl:{n}" for n, line in enumerate(lines, start=1) if line.strip()] or ["batch.jsonl"]
    assert [i.origin for i in items] == expected


def _code(path: Path, *options: str) -> tuple[int, list[str], set[str]]:
    """Exit status, stderr lines and doc_ids printed by `detente code`; a traceback fails the test."""
    result = CliRunner().invoke(cli, ["code", str(path), *options])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    errors = result.stderr.splitlines()
    assert all(ERROR_LINE.match(line) for line in errors), errors
    assert result.exit_code == (1 if errors else 0)
    return result.exit_code, errors, {json.loads(line)["doc_id"] for line in result.stdout.splitlines()}


def _batch_file(folder: str, lines: list[bytes], position: int) -> Path:
    lines = list(lines)
    lines.insert(min(position, len(lines)), json.dumps(GOOD).encode())
    path = Path(folder) / "batch.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@FEW
@given(lines=st.lists(jsonl_lines(), max_size=4), position=st.integers(0, 4))
def test_the_cli_codes_the_good_record_beside_any_others(pipeline: object, lines: list[bytes], position: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _batch_file(folder, lines, position)
        _, errors, doc_ids = _code(path, "--no-db")
    if not any(": [E002]" in line for line in errors):
        assert GOOD["id"] in doc_ids


@settings(FEW, max_examples=5)
@given(lines=st.lists(jsonl_lines(), min_size=1, max_size=4), position=st.integers(0, 4))
def test_the_cli_stores_the_good_record_beside_any_others(pipeline: object, lines: list[bytes], position: int) -> None:
    from detente.store import Store

    with tempfile.TemporaryDirectory() as folder:
        path = _batch_file(folder, lines, position)
        _, errors, _ = _code(path, "--db", str(Path(folder) / "test.duckdb"))
        with Store(Path(folder) / "test.duckdb", read_only=True) as store:
            stored = {row[0] for row in store.query("SELECT doc_id FROM documents")}
    if not any(": [E002]" in line for line in errors):
        assert GOOD["id"] in stored
