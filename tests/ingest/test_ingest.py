"""Ingest: every input kind, and every kind of bad input as one clear per-record error."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from detente.ingest import IngestOptions, iter_documents
from detente.model import Document, RecordError

ARTICLE = ("Canada and China signed a customs agreement in Beijing on Thursday, officials said. "
           "The two governments also agreed to hold further talks on trade next month.")

HTML = """<!doctype html><html><head><title>Canada and China sign customs deal</title>
<meta property="article:published_time" content="2026-01-16T08:00:00Z">
<meta property="og:url" content="https://news.example.org/canada-china-deal">
</head><body><nav><a href="/">Skip to content</a> <a href="/menu">Menu</a></nav>
<article><h1>Canada and China sign customs deal</h1>
<p>ARTICLE BY Jane Roe</p>
<p>{article}</p>
<p>[See more: Canola farmers await relief]</p>
<p>Ottawa welcomed the outcome and praised the work of both delegations during the visit.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>""".replace("{article}", ARTICLE)


def collect(paths, **options):
    return list(iter_documents([str(p) for p in paths], IngestOptions(**options)))


def test_text_file_with_date_in_name(tmp_path: Path):
    path = tmp_path / "2026-01-16-visit.txt"
    path.write_text(ARTICLE)
    [doc] = collect([path])
    assert isinstance(doc, Document)
    assert doc.published == date(2026, 1, 16)
    assert doc.text == ARTICLE
    assert len(doc.doc_id) == 16


def test_html_through_trafilatura(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(HTML)
    [doc] = collect([path])
    assert isinstance(doc, Document)
    assert doc.published == date(2026, 1, 16)
    assert doc.url == "https://news.example.org/canada-china-deal"
    assert doc.title == "Canada and China sign customs deal"
    assert "See more" not in doc.text and "ARTICLE BY" not in doc.text
    assert "Skip to content" not in doc.text
    assert ARTICLE in doc.text


def test_jsonl_records_keep_their_ids(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    lines = [
        {"id": "x", "text": "China criticized Canada.", "published": "2026-02-01"},
        {"id": "y", "html": HTML, "source": "Example"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n")
    docs = collect([path])
    assert [d.doc_id for d in docs] == ["x", "y"]
    assert docs[0].published == date(2026, 2, 1)
    assert docs[1].source == "Example"


def test_folder_and_glob(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text(ARTICLE.replace("Thursday", "Friday"))
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    assert len(collect([tmp_path])) == 2
    assert len(collect([tmp_path / "*.txt"])) == 1


def test_published_option_overrides(tmp_path: Path):
    path = tmp_path / "2026-01-16-visit.txt"
    path.write_text(ARTICLE)
    [doc] = collect([path], published=date(2025, 5, 5))
    assert doc.published == date(2025, 5, 5)


def test_bad_inputs_each_give_one_error_and_the_rest_is_read(tmp_path: Path):
    (tmp_path / "01-empty.txt").write_text("")
    (tmp_path / "02-binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "03-latin1.txt").write_bytes("Le président a visité Montréal.".encode("latin-1"))
    (tmp_path / "04-french.txt").write_text(
        "Le premier ministre du Canada a rencontré le président chinois à Pékin jeudi pour "
        "discuter des droits de douane sur le canola et des relations entre les deux pays.")
    (tmp_path / "05-lines.jsonl").write_text('{"id": "ok", "text": "China praised Canada."}\n'
                                             '{"id": "broken", "text": \n'
                                             '["not", "an", "object"]\n'
                                             '{"id": "notext"}\n')
    (tmp_path / "06-good.txt").write_text(ARTICLE)
    big = tmp_path / "07-big.txt"
    with big.open("w") as fh:
        for _ in range(50 * 1024):
            fh.write(("Canada and China talked. " * 41)[:1023] + "\n")
    items = collect([tmp_path, tmp_path / "missing.txt"])
    errors = [str(i) for i in items if isinstance(i, RecordError)]
    docs = [i for i in items if isinstance(i, Document)]
    assert docs[0].doc_id == "ok"
    assert len(docs) == 2
    assert errors == [
        f"{tmp_path}/01-empty.txt: [E001] Empty input: there is no text to code.",
        f"{tmp_path}/02-binary.txt: [E002] Binary content: this does not look like text (NUL bytes or control characters).",
        f"{tmp_path}/03-latin1.txt: [E005] Not valid UTF-8 (byte 0xe9 at offset 5); pass --encoding (e.g. latin-1) to read it.",
        f"{tmp_path}/04-french.txt: [E007] Not English (few English function words); detente codes English news only.",
        f"{tmp_path}/05-lines.jsonl:2: [E003] Invalid JSON on this line: Expecting value (column 26)",
        f"{tmp_path}/05-lines.jsonl:3: [E014] JSON record is not an object.",
        f"{tmp_path}/05-lines.jsonl:4: [E004] JSON record has neither 'text' nor 'html'.",
        f"{tmp_path}/07-big.txt: [E006] Input too large: 52,428,800 bytes (limit 10,000,000); raise --max-bytes to code it.",
        f"{tmp_path}/missing.txt: [E008] Path does not exist: {tmp_path}/missing.txt",
    ]


def test_encoding_option_reads_latin1(tmp_path: Path):
    path = tmp_path / "latin.txt"
    path.write_bytes("The président of France visited Canada on Monday and met officials.".encode("latin-1"))
    [doc] = collect([path], encoding="latin-1")
    assert "président" in doc.text


def test_url_without_network_fails_clearly():
    [item] = list(iter_documents(["http://127.0.0.1:9/article"], IngestOptions()))
    assert isinstance(item, RecordError)
    assert str(item).startswith("http://127.0.0.1:9/article: [E009] Could not fetch http://127.0.0.1:9/article: ConnectError")


def test_jsonl_is_streamed_and_a_binary_jsonl_is_one_error(tmp_path: Path):
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(b"\x00\x01\x02\n" * 1000)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    items = collect([binary, empty])
    assert [str(i) for i in items] == [
        f"{binary}: [E002] Binary content: this does not look like text (NUL bytes or control characters).",
        f"{empty}: [E001] Empty input: there is no text to code.",
    ]


def test_stdin_is_sniffed(monkeypatch):
    import io
    import sys

    record = json.dumps({"id": "s1", "text": "Canada welcomed the decision by China."})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(record.encode() + b"\n")))
    [doc] = list(iter_documents(["-"], IngestOptions()))
    assert doc.doc_id == "s1"


def test_the_language_check_reads_spacys_stop_words_without_importing_spacy() -> None:
    """The writer of a parallel run reads and checks the input but parses nothing: checking a
    document's language must not cost it spaCy's import."""
    code = ("import sys\n"
            "from detente.ingest.readers import IngestOptions, make_document\n"
            "make_document('The minister said on Tuesday that the talks with the neighbours would go on "
            "for another week in the capital.', '<t>', IngestOptions())\n"
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
    from spacy.lang.en.stop_words import STOP_WORDS

    from detente.ingest.checks import english_stop_words
    assert english_stop_words() == frozenset(STOP_WORDS)
