"""One event, many reports: deduplication across documents, GDELT counts, idempotence."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Actor, CodedDocument, Document, Event, stable_hash
from detente.ontology import Ontology
from detente.store import Store
from detente.store.backend import open_backend
from detente.store.dedup import Anchor, Incoming, Linker, compatible, event_key


def doc(doc_id: str, text: str, published: date | None, source: str | None = None,
        url: str | None = None) -> Document:
    return Document(doc_id=doc_id, text=text, url=url, published=published, source=source,
                    origin=doc_id, content_hash=stable_hash(text, length=32))


def actor(code: str | None) -> Actor | None:
    return Actor(code, code, code[:3], code[3:] or None) if code else None


def ev(document: Document, index: int, cameo: str, source: str | None, target: str | None,
       when: date | None, precision: str | None = "day", sentence: str = "") -> Event:
    info = Ontology.load().nearest(cameo)
    event = Event(doc_id=document.doc_id, sentence_index=index, sentence=sentence or f"Sentence {index}.",
                  cameo=cameo, trigger="t", rule="test.rule", source=actor(source), target=actor(target),
                  url=document.url, published=document.published, date=when, date_precision=precision,
                  root=info.root, quad_class=info.quad_class, goldstein=info.goldstein, plover=info.plover)
    event.event_id = stable_hash(document.doc_id, index, cameo, source, target)
    return event


def save(store: Store, document: Document, *events: Event) -> int:
    return store.save_batch([CodedDocument(document, list(events), [e.sentence for e in events])])


def counts(store: Store) -> list[tuple]:
    return store.query("SELECT global_event_id, cameo, date, date_precision, num_mentions, num_articles, "
                       "num_sources FROM events ORDER BY global_event_id")


D = date(2026, 3, 12)


# --- the tolerance rule, precision by precision ------------------------------------------------
@pytest.mark.parametrize(("a", "b", "joined"), [
    ((D, "day"), (date(2026, 3, 13), "day"), True),  # a day apart: one event
    ((D, "day"), (date(2026, 3, 14), "day"), False),  # two days apart: two events
    ((D, "published"), (date(2026, 3, 14), "published"), True),
    ((D, "published"), (date(2026, 3, 15), "published"), False),
    ((D, "day"), (date(2026, 3, 14), "published"), True),  # the looser slack applies
    ((date(2026, 3, 1), "month"), (date(2026, 3, 1), "month"), True),
    ((date(2026, 3, 1), "month"), (date(2026, 4, 1), "month"), False),
    ((date(2026, 3, 1), "month"), (date(2026, 3, 28), "day"), True),  # "in March" and 28 March
    ((date(2026, 3, 1), "month"), (date(2026, 4, 1), "day"), True),  # a day's slack past the month
    ((date(2026, 3, 1), "month"), (date(2026, 4, 2), "day"), False),
    ((date(2026, 1, 1), "year"), (date(2026, 11, 30), "day"), True),
    ((date(2026, 1, 1), "year"), (date(2027, 1, 5), "day"), False),
])
def test_dates_agree_within_the_tolerance_of_their_precision(a, b, joined):
    assert (compatible(a[0], a[1], "x", b[0], b[1], "y") is not None) is joined
    assert (compatible(b[0], b[1], "y", a[0], a[1], "x") is not None) is joined


def test_undated_mentions_join_only_within_their_document():
    assert compatible(None, None, "x", None, None, "x") == 0
    assert compatible(None, None, "x", None, None, "y") is None
    assert compatible(None, None, "x", D, "day", "x") is None


def test_mentions_are_compared_with_the_event_date_so_daily_incidents_do_not_chain():
    key = event_key("ISRMIL", "PSE", "190")
    linker = Linker([], next_id=1)
    days = [date(2026, 5, d) for d in (1, 2, 3, 4)]
    assigned = linker.link([Incoming(f"m{i}", key, d, "day", f"doc{i}") for i, d in enumerate(days)])
    assert [assigned[f"m{i}"] for i in range(4)] == [1, 1, 2, 2]


def test_a_more_precise_mention_refines_the_event_date():
    key = event_key("CAN", "CHN", "163")
    anchor = Anchor(7, key, date(2026, 8, 1), "month", "a")
    linker = Linker([anchor], next_id=8)
    assert linker.link([Incoming("m", key, date(2026, 8, 19), "day", "b")]) == {"m": 7}
    assert (anchor.date, anchor.precision, anchor.refined) == (date(2026, 8, 19), "day", True)


# --- in the store --------------------------------------------------------------------------------
def test_two_articles_reporting_one_event_are_one_record_with_gdelt_counts(store_address):
    first = doc("a", "Article one.", date(2026, 3, 13), source="Harbour Times", url="https://harbour.example/1")
    second = doc("b", "Article two.", date(2026, 3, 14), url="https://www.prairie.example/news/2")
    with Store(store_address) as store:
        save(store, first, ev(first, 0, "163", "CHNGOV", "CAN", D), ev(first, 3, "163", "CHNGOV", "CAN", D))
        save(store, second, ev(second, 1, "163", "CHNGOV", "CAN", date(2026, 3, 13)))
        assert counts(store) == [(1, "163", D, "day", 3, 2, 2)]
        links = store.query("SELECT mention_id, global_event_id, doc_id, site FROM mentions ORDER BY doc_id, mention_id")
        assert [(r[1], r[2], r[3]) for r in links] == [(1, "a", "harbour times"), (1, "a", "harbour times"),
                                                        (1, "b", "prairie.example")]


def test_recoding_the_same_article_never_inflates_the_counts(store_address):
    first = doc("a", "Article one.", D, source="Harbour Times")
    second = doc("b", "Article two.", D, source="Harbour Times")  # same outlet, another story
    with Store(store_address) as store:
        save(store, first, ev(first, 0, "057", "CANGOV", "CHNGOV", D))
        save(store, second, ev(second, 0, "057", "CHNGOV", "CANGOV", D), ev(second, 2, "057", "CANGOV", "CHNGOV", D))
        before = counts(store)
        assert save(store, first, ev(first, 0, "057", "CANGOV", "CHNGOV", D)) == 0
        assert save(store, second, ev(second, 0, "057", "CHNGOV", "CANGOV", D)) == 0
        assert counts(store) == before
        assert store.count("mentions") == 3
    # the dyad's two directions are two events; one outlet is one source
    assert before == [(1, "057", D, "day", 2, 2, 1), (2, "057", D, "day", 1, 1, 1)]


def test_different_codes_or_distant_dates_stay_apart(store_address):
    one = doc("a", "Article one.", D)
    two = doc("b", "Article two.", date(2026, 3, 20))
    with Store(store_address) as store:
        save(store, one, ev(one, 0, "163", "CHN", "CAN", D, "published"), ev(one, 1, "111", "CHN", "CAN", D, "published"))
        save(store, two, ev(two, 0, "163", "CHN", "CAN", date(2026, 3, 20), "published"))
        assert [(r[1], r[2], r[4]) for r in counts(store)] == [("163", D, 1), ("111", D, 1),
                                                              ("163", date(2026, 3, 20), 1)]


def test_event_ids_are_stable_integers_across_sessions(store_address):
    one = doc("a", "Article one.", D)
    with Store(store_address) as store:
        save(store, one, ev(one, 0, "040", "CAN", "CHN", D), ev(one, 1, "042", "CAN", "CHN", D))
        ids = store.query("SELECT global_event_id, cameo FROM events ORDER BY 1")
    two = doc("b", "Article two.", D)
    with Store(store_address) as store:
        save(store, two, ev(two, 0, "042", "CAN", "CHN", D), ev(two, 1, "043", "CHN", "CAN", D))
        assert store.query("SELECT global_event_id, cameo, num_articles FROM events ORDER BY 1") == [
            (ids[0][0], "040", 1), (ids[1][0], "042", 2), (3, "043", 1)]


def test_a_precise_report_refines_an_earlier_vague_one(store_address):
    vague = doc("a", "Article one.", date(2026, 8, 27))
    precise = doc("b", "Article two.", date(2026, 8, 28))
    with Store(store_address) as store:
        save(store, vague, ev(vague, 0, "173", "CHN", "CANBUS", date(2026, 8, 1), "month"))
        save(store, precise, ev(precise, 0, "173", "CHN", "CANBUS", date(2026, 8, 24), "day"))
        assert [r[2:] for r in counts(store)] == [(date(2026, 8, 24), "day", 2, 2, 2)]


def test_mentions_without_actors_join_only_their_own_document(store_address):
    one, two = doc("a", "Article one.", D), doc("b", "Article two.", D)
    with Store(store_address) as store:
        save(store, one, ev(one, 0, "173", None, None, D), ev(one, 1, "173", None, None, D))
        save(store, two, ev(two, 0, "173", None, None, D))
        assert [r[4:] for r in counts(store)] == [(2, 1, 1), (1, 1, 1)]


def test_an_old_per_mention_database_is_upgraded(store_address):
    old = ("CREATE TABLE documents (content_hash VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, url VARCHAR, "
           "title VARCHAR, published DATE, source VARCHAR, origin VARCHAR, text VARCHAR, n_sentences INTEGER, "
           "ingested_at TIMESTAMP DEFAULT current_timestamp);"
           "CREATE TABLE events (event_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, content_hash VARCHAR, "
           "url VARCHAR, published DATE, date DATE, date_precision VARCHAR, sentence_index INTEGER, "
           "sentence VARCHAR, source_text VARCHAR, source_code VARCHAR, source_country VARCHAR, "
           "source_sector VARCHAR, source_name VARCHAR, target_text VARCHAR, target_code VARCHAR, "
           "target_country VARCHAR, target_sector VARCHAR, target_name VARCHAR, cameo VARCHAR NOT NULL, "
           "root VARCHAR NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE NOT NULL, plover VARCHAR, "
           "trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER, rule VARCHAR);"
           "INSERT INTO documents (content_hash, doc_id, published, source) VALUES ('h1', 'a', '2026-03-12', 'X'), "
           "('h2', 'b', '2026-03-13', 'Y');"
           "INSERT INTO events VALUES "
           "('e1', 'a', 'h1', NULL, '2026-03-12', '2026-03-12', 'day', 0, 'S.', 'Canada', 'CAN', 'CAN', NULL, "
           "NULL, 'China', 'CHN', 'CHN', NULL, NULL, '057', '05', 1, 8.0, NULL, 'signed', 0, 6, 'r'), "
           "('e2', 'b', 'h2', NULL, '2026-03-13', '2026-03-12', 'day', 2, 'S.', 'Canada', 'CAN', 'CAN', NULL, "
           "NULL, 'China', 'CHN', 'CHN', NULL, NULL, '057', '05', 1, 8.0, NULL, 'signed', 0, 6, 'r');")
    backend = open_backend(store_address, read_only=False)
    with backend.connection() as conn:
        backend.script(conn, old)
    backend.close()
    with pytest.raises(Exception, match="older detente"):
        Store(store_address, read_only=True)
    with Store(store_address) as store:
        assert counts(store) == [(1, "057", D, "day", 2, 2, 2)]
        assert [r[0] for r in store.query("SELECT mention_id FROM mentions ORDER BY 1")] == ["e1", "e2"]
        assert store.iter_event_dicts().__next__()["event_id"] == "e1"


def test_two_real_articles_about_one_event_make_one_record(pipeline, store_address):
    from detente.ingest.readers import IngestOptions, make_document

    options = IngestOptions()
    first = make_document("China imposed tariffs on Canadian canola on Thursday.", "a", options,
                          doc_id="a", published=date(2026, 1, 16), source="Harbour Times")
    second = make_document("Officials said China imposed tariffs on Canadian canola on Thursday.", "b",
                           options, doc_id="b", published=date(2026, 1, 17), source="Prairie Post")
    with Store(store_address) as store:
        list(pipeline.run([first], store))
        list(pipeline.run([second, first], store))
        rows = store.query("SELECT source_code, cameo, target_code, date, num_mentions, num_articles, num_sources "
                           "FROM events")
    assert rows == [("CHN", "163", "CAN", date(2026, 1, 15), 2, 2, 2)]
