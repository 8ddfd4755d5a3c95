"""The read endpoints on the demo database: the same numbers and records as the CLI."""

from __future__ import annotations

import io
import json

import pyarrow.parquet as pq
from click.testing import CliRunner

from detente.cli import cli


def _cli(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_healthz_and_the_version_header(reader, demo_db):
    import detente

    with detente.Store(demo_db, read_only=True) as store:
        stored = store.count("documents")
    response = reader.get("/healthz")
    assert response.status_code == 200
    assert response.headers["x-detente-version"] == detente.__version__
    body = response.json()
    assert body["status"] == "ok" and body["documents"] == stored > 0 and body["writable"] is False
    assert reader.get("/v1/events").headers["x-detente-version"] == detente.__version__


def test_events_page_through_with_cursors_to_exactly_the_cli_export(reader, demo_db):
    exported = [json.loads(line) for line in _cli("export", "--format", "jsonl", "--db", str(demo_db)).splitlines()]
    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 25} | ({"cursor": cursor} if cursor else {})
        body = reader.get("/v1/events", params=params).json()
        seen += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert pages == -(-len(exported) // 25)
    assert [{k: v for k, v in item.items() if k != "global_event_id"} for item in seen] == exported
    assert all(isinstance(item["global_event_id"], int) for item in seen)


def test_streamed_exports_are_the_cli_exports(reader, demo_db, tmp_path):
    for fmt in ("jsonl", "csv"):
        response = reader.get("/v1/events", params={"format": fmt})
        assert response.status_code == 200
        assert response.text == _cli("export", "--format", fmt, "--db", str(demo_db))
    response = reader.get("/v1/events", params={"format": "parquet"})
    out = tmp_path / "cli.parquet"
    _cli("export", "--format", "parquet", "--db", str(demo_db), "--out", str(out))
    assert pq.read_table(io.BytesIO(response.content)).equals(pq.read_table(out))
    assert response.headers["content-type"] == "application/vnd.apache.parquet"


def test_events_filters(reader):
    def items(**params):
        response = reader.get("/v1/events", params={"limit": 1000, **params})
        assert response.status_code == 200, response.text
        return response.json()["items"]

    everything = items()
    dyad = items(a="CAN", b="CHN")
    assert dyad and all({e["source"]["country"], e["target"]["country"]} == {"CAN", "CHN"} for e in dyad)
    directed = items(a="CHN", b="CAN", directed="true")
    assert directed and all(e["source"]["country"] == "CHN" for e in directed) and len(directed) < len(dyad)
    assert all(e["cameo"] == "173" for e in items(cameo="173")) and items(cameo="173")
    assert all(e["root"] == "17" for e in items(root="17"))
    assert all(e["plover"] == "CONSULT" for e in items(plover="consult")) and items(plover="consult")
    assert all(e["quad_class"] == 4 for e in items(quad_class=4))
    assert all("2026-08-01" <= e["date"] <= "2026-08-31" for e in items(since="2026-08-01", until="2026-08-31"))
    assert all("canola" in e["sentence"].lower() for e in items(q="CANOLA")) and items(q="canola")
    assert items(q="100%_") == []  # LIKE's wildcards are taken literally
    one = everything[0]["doc_id"]
    assert {e["doc_id"] for e in items(doc=one)} == {one}
    usa = items(country="usa")
    assert usa and all("USA" in ((e["source"] or {}).get("country"), (e["target"] or {}).get("country")) for e in usa)
    assert all(e["source"]["code"].startswith("CAN") or e["target"]["code"].startswith("CAN")
               for e in items(actor="CAN") if e["source"] and e["target"])


def test_the_dyad_is_what_detente_dyad_prints_plus_its_measures(reader, demo_db):
    cli_json = json.loads(_cli("dyad", "CAN", "CHN", "--format", "json", "--db", str(demo_db)))
    body = reader.get("/v1/dyads/CAN/CHN").json()
    measures = body.pop("measures")
    assert body == cli_json
    assert body["turning_points"] and all(d["contribution"] for tp in body["turning_points"] for d in tp["drivers"])
    assert any(p["hs"] == "1514" for m in measures for p in m["products"])
    weekly = reader.get("/v1/dyads/can/chn", params={"by": "week", "since": "2026-08-01"}).json()
    assert weekly["by"] == "week" and weekly["periods"][0]["period"] == "2026-W31"


def test_measures_filter_and_page(reader):
    body = reader.get("/v1/measures", params={"imposer": "CHN", "affected": "CAN", "hs": "2306"}).json()
    assert body["items"] and all(m["imposer"] == "CHN" and m["affected"] == "CAN" for m in body["items"])
    assert all(any(p["hs"] and p["hs"].startswith("2306") for p in m["products"]) for m in body["items"])
    first = reader.get("/v1/measures", params={"limit": 5}).json()
    second = reader.get("/v1/measures", params={"limit": 5, "cursor": first["next_cursor"]}).json()
    assert len(first["items"]) == 5 and first["items"][-1]["measure_id"] != second["items"][0]["measure_id"]


def test_actors_and_actor_codes(reader):
    people = reader.get("/v1/actors", params={"q": "carney"}).json()
    assert [p["name"] for p in people] == ["Mark Carney"] and people[0]["code"] == "CANGOV"
    detail = reader.get("/v1/actors/Mark Carney").json()
    assert detail["offices"] and detail["articles"]
    codes = reader.get("/v1/actor-codes").json()
    assert [c["events"] for c in codes] == sorted((c["events"] for c in codes), reverse=True)
    assert {"CAN", "CHN", "CANGOV"} <= {c["code"] for c in codes}


def test_a_document_with_its_triggers_and_actors_marked(reader):
    event = reader.get("/v1/events", params={"a": "CAN", "b": "CHN", "cameo": "173", "limit": 1}).json()["items"][0]
    body = reader.get(f"/v1/documents/{event['doc_id']}").json()
    sentence = body["sentences"][event["sentence_index"]]
    marks = {(m["kind"], sentence["text"][m["start"]:m["end"]]) for m in sentence["marks"]
             if m["event_id"] == event["event_id"]}
    start, end = event["trigger_span"]
    assert ("trigger", event["sentence"][start:end]) in marks
    assert any(kind in ("source", "target") for kind, _ in marks)
    assert event["event_id"] in {e["event_id"] for e in body["events"]}


def test_openapi_names_the_contract_records(reader):
    schema = reader.get("/openapi.json").json()
    components = schema["components"]["schemas"]
    assert {"EventRecord", "MeasureRecord", "DocumentIn", "ActorRecord", "ProductRecord"} <= set(components)
    assert list(components["EventRecord"]["properties"])[:3] == ["kind", "event_id", "doc_id"]
    assert "HTTPBearer" in schema["components"]["securitySchemes"]
    docs = reader.get("/docs")
    assert docs.status_code == 200 and "/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower() and reader.get("/swagger-ui/swagger-ui-bundle.js").status_code == 200
