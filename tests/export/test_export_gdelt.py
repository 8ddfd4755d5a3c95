"""GDELT export: one row per deduplicated event with its stable id and its counts."""

from __future__ import annotations

import io
import json
from datetime import date

from detente.export import export_events
from detente.export.gdelt import GDELT_COLUMNS
from detente.model import Actor, CodedDocument, Document, Event, stable_hash
from detente.ontology import Ontology
from detente.store import Store


def _doc(doc_id: str, published: date, source: str | None, url: str | None) -> Document:
    text = f"Story {doc_id}."
    return Document(doc_id=doc_id, text=text, url=url, published=published, source=source, origin=doc_id,
                    content_hash=stable_hash(text, length=32))


def _ev(document: Document, index: int, cameo: str, when: date) -> Event:
    info = Ontology.load()[cameo]
    event = Event(doc_id=document.doc_id, sentence_index=index, sentence=f"Sentence {index}.", cameo=cameo,
                  trigger="t", rule="test", source=Actor("China", "CHNGOV", "CHN", "GOV"),
                  target=Actor("Canada", "CAN", "CAN"), url=document.url, published=document.published,
                  date=when, date_precision="day", root=info.root, quad_class=info.quad_class,
                  goldstein=info.goldstein)
    event.event_id = stable_hash(document.doc_id, index)
    return event


def _export(store: Store, fmt: str) -> str:
    out = io.StringIO()
    export_events(store, fmt, out)
    return out.getvalue()


def test_gdelt_rows_carry_the_counts_and_stable_ids(db_path):
    a = _doc("a", date(2026, 3, 13), None, "https://www.harbour.example/a")
    b = _doc("b", date(2026, 3, 12), None, "https://prairie.example/b")
    c = _doc("c", date(2026, 3, 14), None, "https://harbour.example/c")
    with Store(db_path) as store:
        store.save_batch([CodedDocument(a, [_ev(a, 2, "163", date(2026, 3, 12)), _ev(a, 4, "111", date(2026, 3, 12))],
                                        ["x"])])
        store.save_batch([CodedDocument(b, [_ev(b, 0, "163", date(2026, 3, 11)), _ev(b, 3, "163", date(2026, 3, 11))],
                                        ["x"])])
        store.save_batch([CodedDocument(c, [_ev(c, 1, "163", date(2026, 3, 12))], ["x"])])
        lines = _export(store, "gdelt").splitlines()
        mentions = _export(store, "jsonl").splitlines()
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    picked = [(r["GLOBALEVENTID"], r["SQLDATE"], r["EventCode"], r["NumMentions"], r["NumSources"],
               r["NumArticles"], r["IsRootEvent"], r["DATEADDED"], r["SOURCEURL"]) for r in rows]
    # harbour.example with and without www. is one source; the earliest report gives DATEADDED and the URL
    assert picked == [
        ("1", "20260312", "163", "4", "2", "3", "1", "20260312000000", "https://prairie.example/b"),
        ("2", "20260312", "111", "1", "1", "1", "0", "20260313000000", "https://www.harbour.example/a"),
    ]
    assert len(mentions) == 5  # jsonl keeps one line per mention, in the `detente code` contract
    assert {json.loads(m)["event_id"] for m in mentions} == {
        stable_hash(d, i) for d, i in (("a", 2), ("a", 4), ("b", 0), ("b", 3), ("c", 1))}
