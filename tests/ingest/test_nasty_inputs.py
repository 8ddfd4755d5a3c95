"""Issue 13: the nasty-input corpus (tests/data/nasty/inputs) and big inputs made here, read and coded.

Every input gives Documents or one clear error line per bad record; the good records beside
them are always coded and stored.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from detente.cli import cli
from detente.ingest import IngestOptions, iter_documents
from detente.model import Document, RecordError

NASTY = Path(__file__).resolve().parents[1] / "data" / "nasty" / "inputs"
ARTICLE = ("Canada and China signed a customs agreement in Beijing on Thursday, officials said. "
           "The two governments also agreed to hold further talks on trade next month.")
GOOD = {"id": "good", "text": "China criticized Canada over the detention of its citizens."}

# The exact error lines a user sees for the corpus, file by file.
NASTY_ERRORS = [
    "binary.txt: [E002] Binary content: this does not look like text (NUL bytes or control characters).",
    "empty.txt: [E001] Empty input: there is no text to code.",
    "french.txt: [E007] Not English (few English function words); detente codes English news only.",
    "invalid-json.jsonl:1: [E003] Invalid JSON on this line: Expecting value (column 29)",
    "invalid-json.jsonl:2: [E014] JSON record is not an object.",
    "invalid-json.jsonl:3: [E014] JSON record is not an object.",
    "invalid-json.jsonl:4: [E029] JSON field 'text' must be a string, not a number.",
    "invalid-json.jsonl:5: [E029] JSON field 'id' must be a string or an integer, not an array.",
    "invalid-json.jsonl:6: [E029] JSON field 'title' must be a string, not an object.",
    "invalid-json.jsonl:7: [E003] Invalid JSON on this line: a number with too many digits",
    "invalid-json.jsonl:8: [E029] JSON field 'text' must be a string, not a number.",
    "invalid-json.jsonl:9: [E004] JSON record has neither 'text' nor 'html'.",
    "latin1.txt: [E005] Not valid UTF-8 (byte 0xe9 at offset 5); pass --encoding (e.g. latin-1) to read it.",
    "whitespace.txt: [E001] Empty input: there is no text to code.",
    "year-0001.jsonl:1: [E026] Implausible publication date 0001-01-01: the year must be between 1800 and 2200; "
    "fix or remove the record's date.",
]


def read(*inputs: str | Path, **options: object) -> list[Document | RecordError]:
    return list(iter_documents([str(i) for i in inputs], IngestOptions(**options)))  # type: ignore[arg-type]


def relative(item: RecordError) -> str:
    return str(item).replace(f"{NASTY}/", "")


def code(*args: str) -> Result:
    return CliRunner().invoke(cli, ["code", *args])


def test_the_corpus_gives_exact_errors_and_its_good_records() -> None:
    items = read(NASTY)
    assert [relative(i) for i in items if isinstance(i, RecordError)] == NASTY_ERRORS
    docs = {Path(d.origin).name: d for d in items if isinstance(d, Document)}
    assert set(docs) == {"controls.html", "invalid-json.jsonl:10", "lone-surrogate.jsonl:1", "lone-surrogate.jsonl:2",
                         "nul-after-8k.txt", "punctuation.txt", "utf16-bom.jsonl:1", "utf16-bom.jsonl:2",
                         "utf16-bom.txt", "year-0001.jsonl:2"}
    for doc in docs.values():
        for value in (doc.doc_id, doc.text, doc.url, doc.title, doc.source):
            if value is not None:
                value.encode("utf-8")  # no lone surrogate is left to break the store
                assert not any(ch < " " and ch not in "\t\n\r" for ch in value)


def test_lone_surrogates_become_replacement_characters() -> None:
    [doc, good] = read(NASTY / "lone-surrogate.jsonl")
    assert isinstance(doc, Document) and isinstance(good, Document)
    assert (doc.doc_id, doc.title, doc.url, doc.source) == (
        "surrogate\ufffd", "Talks \ufffd resume", "https://example.org/\ufffd", "Wire \ufffd")
    assert doc.text == "Canada and China held talks in Ottawa on Monday. \ufffd Officials said progress was made."


def test_utf16_with_a_byte_order_mark_is_text_with_or_without_encoding() -> None:
    for encoding in (None, "utf-16", "latin-1"):  # the mark wins over an encoding given for a batch
        [doc] = read(NASTY / "utf16-bom.txt", encoding=encoding)
        assert isinstance(doc, Document) and doc.text == ARTICLE
    assert [d.doc_id for d in read(NASTY / "utf16-bom.jsonl") if isinstance(d, Document)] == ["utf16", "good"]


def test_utf16_without_a_mark_needs_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "le.txt"
    path.write_bytes(ARTICLE.encode("utf-16-le"))
    assert [str(i) for i in read(path)] == [
        f"{path}: [E002] Binary content: this does not look like text (NUL bytes or control characters)."]
    [doc] = read(path, encoding="utf-16-le")
    assert isinstance(doc, Document) and doc.text == ARTICLE


def test_nul_and_control_characters_after_the_first_8k_are_removed() -> None:
    [doc] = read(NASTY / "nul-after-8k.txt")
    assert isinstance(doc, Document)
    assert doc.text.endswith("\n\nCanada welcomed the decision by China.")


def test_unknown_and_wrong_encodings_are_clear(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("The président of France visited Canada on Monday and met officials.")
    assert [str(i) for i in read(path, encoding="no-such-codec")] == [
        f"{path}: [E030] Unknown encoding 'no-such-codec': pass a Python codec name such as latin-1 or utf-16."]
    assert [str(i) for i in read(path, encoding="ascii")] == [
        f"{path}: [E031] Not valid ascii (byte 0xc3 at offset 6); pass the right --encoding (e.g. latin-1) to read it."]
    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps(GOOD) + "\n")
    assert [str(i) for i in read(lines, encoding="rot13")] == [
        f"{lines}: [E030] Unknown encoding 'rot13': pass a Python codec name such as latin-1 or utf-16."]


def test_a_text_longer_than_spacy_accepts_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text((ARTICLE + "\n\n") * 7000)
    [doc] = read(path)  # parsed in pieces (tests/robustness/test_long_documents.py codes one)
    assert isinstance(doc, Document) and len(doc.text) == 1_119_998


def test_deep_nesting_and_overlong_lines_are_one_error_each(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    with path.open("w") as out:
        out.write('{"id": "deep", "text": "x", "extra": ' + "[" * 200_000 + "]" * 200_000 + "}\n")
        out.write('{"id": "long", "text": "' + "word " * 400_000 + '"}\n')
        out.write(json.dumps(GOOD) + "\n")
    items = read(path, max_bytes=1_000_000)
    assert [str(i) for i in items[:2]] == [
        f"{path}:1: [E003] Invalid JSON on this line: arrays or objects nested too deeply",
        f"{path}:2: [E006] Input too large: 2,000,027 bytes (limit 1,000,000); raise --max-bytes to code it.",
    ]
    assert isinstance(items[2], Document) and items[2].doc_id == "good"


def test_a_huge_token_is_coded_without_events(pipeline: object, tmp_path: Path) -> None:
    path = tmp_path / "token.jsonl"
    path.write_text(json.dumps({"id": "token", "text": "x" * 200_000 + " China criticized Canada."}) + "\n"
                    + json.dumps(GOOD) + "\n")
    result = code(str(path), "--no-db")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0, result.stderr


def test_the_cli_codes_the_good_records_of_the_corpus(pipeline: object) -> None:
    result = code(str(NASTY), "--no-db")
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    assert result.stderr.replace(f"{NASTY}/", "").splitlines() == [f"Error: {line}" for line in NASTY_ERRORS]
    doc_ids = {json.loads(line)["doc_id"] for line in result.stdout.splitlines()}
    assert {"good", "utf16", "surrogate\ufffd"} <= doc_ids


def test_the_cli_stores_the_good_records_of_the_corpus(pipeline: object, tmp_path: Path) -> None:
    from detente.store import Store

    db = tmp_path / "nasty.duckdb"
    result = code(str(NASTY), "--db", str(db))
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1
    with Store(db, read_only=True) as store:
        stored = dict(store.query("SELECT content_hash, doc_id FROM documents"))
    expected = {d.content_hash for d in read(NASTY) if isinstance(d, Document)}  # duplicates stored once
    assert set(stored) == expected
    assert {"good", "surrogate\ufffd"} <= set(stored.values())


@pytest.mark.parametrize("argument", ["http://[::1/x", "ftp://example.org/a.html"])
def test_a_bad_url_beside_a_good_file_is_one_error_line(pipeline: object, tmp_path: Path, argument: str) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(GOOD) + "\n")
    result = code(argument, str(good), "--no-db")
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {argument}: [E0")
    assert [json.loads(r)["doc_id"] for r in result.stdout.splitlines()] == ["good"]


def test_utf16_json_lines_on_stdin_are_sniffed_and_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    raw = (NASTY / "utf16-bom.jsonl").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert [d.doc_id for d in read("-") if isinstance(d, Document)] == ["utf16", "good"]
