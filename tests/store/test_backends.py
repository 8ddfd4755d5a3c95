"""The engine layer: SQL adapted in one place, addresses, locks and what a user sees when one is held."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from detente.errors import StoreError
from detente.store import Store
from detente.store.backend import is_url, rewrite_code
from detente.store.postgres import placeholders, redact, translate_types


def test_schema_types_are_translated_outside_literals_and_comments():
    sql = ("-- a VARCHAR comment\nCREATE TABLE t (a VARCHAR PRIMARY KEY, b DOUBLE, c DOUBLE PRECISION, "
           "d VARCHAR[], e TINYINT, f BLOB, g VARCHAR DEFAULT 'DOUBLE', text VARCHAR);\n"
           "ALTER TABLE t ADD COLUMN IF NOT EXISTS h double;")
    assert translate_types(sql) == (
        "-- a VARCHAR comment\nCREATE TABLE t (a TEXT COLLATE \"C\" PRIMARY KEY, b DOUBLE PRECISION, "
        "c DOUBLE PRECISION, d TEXT[] COLLATE \"C\", e SMALLINT, f BYTEA, g TEXT COLLATE \"C\" DEFAULT 'DOUBLE', "
        "text TEXT COLLATE \"C\");\nALTER TABLE t ADD COLUMN IF NOT EXISTS h DOUBLE PRECISION;")


def test_placeholders_become_psycopg_ones_but_not_inside_strings():
    assert placeholders("SELECT '?%', \"a?\" FROM t WHERE x = ? AND y LIKE 'a%' || ?") == (
        "SELECT '?%', \"a?\" FROM t WHERE x = %s AND y LIKE 'a%' || %s")
    assert rewrite_code("a 'b' c", str.upper) == "A 'b' C"


def test_addresses_and_what_messages_show_of_them():
    assert is_url("postgresql://u@h/db") and is_url("postgres://u@h/db") and is_url("PostgreSQL://u@h/db")
    assert not is_url("detente.duckdb") and not is_url(":memory:") and not is_url("postgresql.duckdb")
    assert redact("postgresql://ana:s3cret@db.example:5433/news?sslmode=require") == (
        "postgresql://ana:***@db.example:5433/news?sslmode=require")
    assert redact("postgresql://db.example/news?user=ana&password=s3cret") == (
        "postgresql://db.example/news?user=ana&password=***")


def test_an_unreachable_server_is_a_clear_error_without_the_password(postgres_server_url: str):
    port = postgres_server_url.split(":")[-1].split("/")[0]
    with pytest.raises(StoreError, match=r"\[E012\].*ana:\*\*\*@127\.0\.0\.1.*does not exist") as caught:
        Store(f"postgresql://ana:s3cret@127.0.0.1:{port}/no_such_database")
    assert "s3cret" not in str(caught.value)


def test_a_read_only_postgresql_store_refuses_to_write(postgres_url: str):
    Store(postgres_url).close()
    with Store(postgres_url, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.save_batch([])  # nothing to write: no transaction, no error
        with store.transaction():
            store.execute("DELETE FROM documents")


def test_the_same_sql_gives_the_same_rows_and_types_on_both_engines(new_store_address, store_engine: str):
    with Store(new_store_address()) as store:
        assert store.dialect == store_engine
        store.insert_rows("documents", ["content_hash", "doc_id", "published"], [["h1", "b", None], ["h2", "a", None]])
        assert store.query("SELECT doc_id FROM documents WHERE content_hash = ANY(?) ORDER BY doc_id",
                           [["h1", "h2", "h3"]]) == [("a",), ("b",)]
        assert store.query("SELECT count(*) FROM documents WHERE starts_with(doc_id, ?)", ["a"]) == [(1,)]
        table = store.arrow("SELECT content_hash, published, n_sentences, count(*) OVER () AS n FROM documents")
        assert [str(t) for t in table.schema.types] == ["string", "date32[day]", "int32", "int64"]
        assert store.select_list("sentences", exclude=("text",), alias="s") == (
            "s.doc_id, s.content_hash, s.sentence_index")
        # text sorts by code point on both (PostgreSQL columns get the C collation)
        store.insert_rows("documents", ["content_hash", "doc_id"], [["h3", "B"], ["h4", "_"], ["h5", "é"]])
        assert [r[0] for r in store.query("SELECT doc_id FROM documents ORDER BY doc_id")] == ["B", "_", "a", "b", "é"]


def _hold(path: Path) -> subprocess.Popen[str]:
    """Another program holding the DuckDB file open for writing until killed."""
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time\n"
                               f"c = duckdb.connect({str(path)!r}); print('held', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline() == "held\n"
    return holder


def test_a_file_held_by_another_program_is_waited_for_then_reported(tmp_path: Path):
    db = tmp_path / "held.duckdb"
    Store(db).close()
    holder = _hold(db)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match=r"\[E012\].*in use and was not released in time"):
            Store(db, read_only=True, lock_timeout=0.5)
        assert 0.5 <= time.monotonic() - started < 5
    finally:
        holder.kill()
        holder.wait()
    with Store(db, read_only=True) as store:  # released: readable at once
        assert store.count("documents") == 0


def test_a_reader_waits_for_a_writer_s_transaction_then_sees_it(tmp_path: Path):
    db = tmp_path / "busy.duckdb"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\n"
                               "from detente.store import Store\n"
                               f"s = Store({str(db)!r})\n"
                               "with s.transaction():\n"
                               "    s.execute(\"INSERT INTO documents (content_hash, doc_id) VALUES ('h', 'd')\")\n"
                               "    print('writing', flush=True); time.sleep(1.5)\n"],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline() == "writing\n"
    started = time.monotonic()
    with Store(db, read_only=True) as store:
        assert store.count("documents") == 1  # waited for the commit
    assert 0.2 < time.monotonic() - started < 10
    assert holder.wait() == 0


def test_a_full_disk_fails_the_batch_clearly_and_keeps_what_was_stored(tmp_path: Path):
    """DuckDB's own checkpoint can hang on a full disk; the store checkpoints only with room to
    spare, so a batch that does not fit fails at commit with E012 and the earlier ones stay."""
    small = tmp_path / "small"
    small.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(small)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        from detente.model import CodedDocument, Document, stable_hash

        db = small / "full.duckdb"
        stored = 0
        with Store(db) as store, pytest.raises(StoreError, match=r"\[E012\].*No space left"):
            for i in range(100):
                text = f"Story {i}. " + "x" * 200_000
                document = Document(doc_id=f"d{i}", text=text, url=None, published=None, source=None, origin="t",
                                    content_hash=stable_hash(text, length=32))
                store.save_batch([CodedDocument(document, [], ["s"])])
                stored += 1
        assert 0 < stored < 100
        with Store(db, read_only=True) as store:
            assert store.count("documents") == stored
    finally:
        subprocess.run(["umount", str(small)], check=False)
