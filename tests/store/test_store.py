"""The store, on DuckDB and PostgreSQL: idempotent ingest keyed by normalised text, transactions."""

from __future__ import annotations

from datetime import date

from detente.ingest.readers import IngestOptions, make_document
from detente.store import Store

TEXT = "Canada and China signed a trade agreement on Thursday. China praised Canada."


def test_coding_twice_stores_once(pipeline, store_address):
    doc = make_document(TEXT, "t", IngestOptions(), doc_id="a", published=date(2026, 1, 16))
    same_text_other_spacing = make_document("Canada and  China signed a trade agreement on Thursday.\n"
                                            "China praised Canada.", "t2", IngestOptions(),
                                            published=date(2026, 1, 16))
    with Store(store_address) as store:
        list(pipeline.run([doc], store))
        first = tuple(store.count(t) for t in ("documents", "sentences", "events", "mentions"))
        list(pipeline.run([doc, same_text_other_spacing], store))
        second = tuple(store.count(t) for t in ("documents", "sentences", "events", "mentions"))
    assert first[0] == 1 and first[2] >= 1 and first[3] >= first[2]
    assert second == first


def test_store_keeps_what_was_there_when_reopened(pipeline, store_address):
    doc = make_document(TEXT, "t", IngestOptions(), doc_id="a", published=date(2026, 1, 16))
    with Store(store_address) as store:
        list(pipeline.run([doc], store))
        before = store.count("events")
    with Store(store_address) as store:
        assert store.count("events") == before
        rows = store.query("SELECT doc_id, cameo, source_code, target_code FROM events ORDER BY cameo")
    assert rows[0][0] == "a"
