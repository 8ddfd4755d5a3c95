"""Places and tone in the store: written with the mentions, and a database from before them still reads."""

from __future__ import annotations

import io
import json

import duckdb

from detente.export import export_events
from detente.ingest import IngestOptions
from detente.ingest.documents import make_document
from detente.model import PLACE_TONE_COLUMNS
from detente.store import Store

TEXT = "KYIV, Ukraine — Russian drones struck Kharkiv on Sunday, Ukrainian officials said."


def coded(pipeline):
    document = make_document(TEXT, "<t>", IngestOptions(check_language=False), doc_id="kyiv")
    return next(pipeline.run([document]))


def test_places_and_tone_are_stored_with_each_mention(pipeline, db_path):
    result = coded(pipeline)
    assert result.events
    with Store(db_path) as store:
        store.save_batch([result])
        rows = store.dicts("SELECT * FROM mentions")
        document = store.dicts("SELECT dateline, tone FROM documents")[0]
    assert document == {"dateline": "KYIV, Ukraine", "tone": result.document.tone}
    by_id = {e.event_id: e for e in result.events}
    for row in rows:
        assert {c: row[c] for c in PLACE_TONE_COLUMNS} == by_id[row["mention_id"]].place_and_tone_columns()
    assert any(row["action_geo_geonameid"] == 706483 for row in rows)  # Kharkiv


def test_a_database_from_before_places_and_tone_still_exports(pipeline, db_path):
    with Store(db_path) as store:
        store.save_batch([coded(pipeline)])
    connection = duckdb.connect(str(db_path))
    for column in PLACE_TONE_COLUMNS:
        connection.execute(f"ALTER TABLE mentions DROP COLUMN {column}")
    connection.execute("ALTER TABLE documents DROP COLUMN tone")
    connection.execute("ALTER TABLE documents DROP COLUMN dateline")
    connection.close()
    with Store(db_path, read_only=True) as store:
        outputs = {}
        for fmt in ("jsonl", "gdelt", "gdelt-mentions", "plover"):
            out = io.StringIO()
            export_events(store, fmt, out)
            outputs[fmt] = out.getvalue().splitlines()
    assert all(json.loads(line)["location"] is None for line in outputs["jsonl"])
    assert all(len(line.split("\t")) == 61 and line.split("\t")[34] == "" for line in outputs["gdelt"])
    assert all(line.split("\t")[9] == "-1" for line in outputs["gdelt-mentions"])  # no offsets stored
    with Store(db_path) as store:  # opened for writing, the columns come back (store/geo.sql)
        assert set(PLACE_TONE_COLUMNS) <= store.columns("mentions")
