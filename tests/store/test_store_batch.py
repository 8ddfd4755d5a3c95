"""A batch is all-or-nothing: documents, sentences, events, mentions, measures and learned people.

Real databases on both engines; the only fake is the failure injected while the batch's measures
are written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from detente.errors import StoreError
from detente.ingest.readers import IngestOptions, make_document
from detente.model import Document
from detente.store import Store
from detente.store.measures import iter_measures

FIRST = ("Mexico imposed a 20 per cent tariff on American apples on Monday. "
         "Canada and China signed a trade agreement on Thursday.")
SECOND = ("Prime Minister Jonas Whitcombe of Norway met Swedish officials in Oslo on Monday. "
          "Canada announced a 25 per cent surtax on Chinese canola oil. China condemned Canada.")
TABLES = ("documents", "sentences", "events", "mentions", "measures", "measure_products")


def document(text: str, doc_id: str) -> Document:
    return make_document(text, doc_id, IngestOptions(check_language=False), doc_id=doc_id,
                         published=date(2026, 1, 14))


def counts(store: Store) -> dict[str, int]:
    return {t: store.count(t) for t in TABLES}


def traces(store: Store, doc_id: str) -> dict[str, int]:
    """Rows anywhere in the store that come from this document."""
    found = {t: store.query(f"SELECT count(*) FROM {t} WHERE doc_id = ?", [doc_id])[0][0]
             for t in ("documents", "sentences", "events", "mentions", "measures")}
    found["measure_products"] = store.query(
        "SELECT count(*) FROM measure_products WHERE measure_id NOT IN (SELECT measure_id FROM measures)")[0][0]
    if store.has_table("actor_documents"):
        found["actor_documents"] = store.query("SELECT count(*) FROM actor_documents WHERE doc_id = ?",
                                               [doc_id])[0][0]
    return found


def _operational_error(store: Store) -> type[Exception]:
    """The engine's own error for a database that cannot be written (DB-API OperationalError)."""
    if store.dialect == "postgresql":
        import psycopg

        return psycopg.OperationalError
    import duckdb

    return duckdb.IOException


def fail_on(monkeypatch: pytest.MonkeyPatch, table: str, error: type[BaseException] | None) -> None:
    """Make inserting into ``table`` raise ``error`` (after the batch's other tables were written);
    None: the database engine's own error class."""
    insert = Store.insert_rows

    def failing(self: Store, target: str, *args: object, **kwargs: object) -> None:
        if target == table:
            raise (error or _operational_error(self))("injected failure")
        insert(self, target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "insert_rows", failing)


def test_a_normal_run_stores_events_and_measures(pipeline, store_address: str):
    with Store(store_address) as store:
        coded = list(pipeline.run([document(FIRST, "a"), document(SECOND, "b")], store))
        stored = counts(store)
        measures = list(iter_measures(store))
    assert all(r.stored and r.error is None for r in coded)
    assert stored["documents"] == 2 and stored["mentions"] == sum(len(r.events) for r in coded)
    assert stored["events"] >= 2
    assert sorted(m.measure_id for m in measures) == sorted(m.measure_id for r in coded for m in r.measures)
    assert stored["measures"] == 2 and stored["measure_products"] == 2
    assert {(m.imposer, m.affected, m.products[0].hs) for m in measures} == {("MEX", "USA", "0808"),
                                                                             ("CAN", "CHN", "1514")}


@pytest.mark.parametrize(("table", "error", "code"), [
    ("measures", RuntimeError, "E035"),  # a bug in Python while storing this record: the record's error line
    ("measure_products", None, "E036"),  # the database fails half-way through: the run stops
])
def test_a_failure_while_saving_measures_leaves_no_trace_of_the_batch(
        pipeline, new_store_address: Callable[[], str], monkeypatch: pytest.MonkeyPatch, table: str,
        error: type[BaseException] | None, code: str):
    db = new_store_address()
    with Store(db) as store:
        list(pipeline.run([document(FIRST, "a")], store))
        before = counts(store)
        first_measures = [m.measure_id for m in iter_measures(store)]
        with monkeypatch.context() as patch:
            fail_on(patch, table, error)
            if code == "E036":
                with pytest.raises(StoreError, match=code):
                    list(pipeline.run([document(SECOND, "b")], store))
            else:
                [failed] = pipeline.run([document(SECOND, "b")], store)
                assert not failed.stored and f"[{code}]" in str(failed.error)
        # Nothing of batch "b" is stored; batch "a" is intact; the connection is usable.
        assert counts(store) == before
        assert not any(traces(store, "b").values())
        assert [m.measure_id for m in iter_measures(store)] == first_measures
        coded = list(pipeline.run([document(SECOND, "b")], store))
        assert all(r.stored for r in coded)
        after_in_run = counts(store)
    with Store(db) as store:  # and what was stored survives reopening
        assert counts(store) == after_in_run
        recovered = traces(store, "b")

    clean_db = new_store_address()
    with Store(clean_db) as store:
        list(pipeline.run([document(FIRST, "a")], store))
        list(pipeline.run([document(SECOND, "b")], store))
        assert after_in_run == counts(store)  # re-coding after the failure stored everything
        assert recovered == traces(store, "b")
    assert recovered["documents"] == 1 and recovered["measures"] == 1 and recovered["mentions"] >= 1
    assert recovered.get("actor_documents", 0) >= 1  # the people the batch taught are stored with it


def test_nested_transactions_are_one_unit(store_address: str):
    with Store(store_address) as store:
        store.conn.execute("CREATE TABLE t (x INTEGER)")
        with pytest.raises(RuntimeError), store.transaction():
            with store.transaction():
                store.conn.execute("INSERT INTO t VALUES (1)")
            raise RuntimeError("after the inner block")
        assert store.count("t") == 0
        with store.transaction(), store.transaction():
            store.conn.execute("INSERT INTO t VALUES (2)")
        assert store.query("SELECT x FROM t") == [(2,)]
