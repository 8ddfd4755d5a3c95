"""Writes: coding documents into the store, and actor corrections that the stored events follow."""

from __future__ import annotations

from tests.server.helpers import AUTH

ARTICLE = ("Trade Minister Jane Doe of Canada criticised China on Monday for its new tariffs on canola. "
           "China imposed tariffs of 25 per cent on Canadian pork on Tuesday.")


def test_a_batch_is_coded_and_stored_once_and_failures_keep_their_codes(writer):
    before = writer.get("/healthz").json()["documents"]
    batch = [{"id": "jd-1", "text": ARTICLE, "published": "2026-11-04", "title": "Canada and China"},
             {"id": "empty", "text": "   "},
             {"id": "fr", "text": "Le Canada et la Chine ont signé un accord commercial important mardi à Pékin."}]
    response = writer.post("/v1/documents", json=batch, headers=AUTH)
    assert response.status_code == 422  # some records failed; the rest is stored regardless
    body = response.json()
    assert [d["error"]["code"] if d["error"] else None for d in body["documents"]] == [None, "E001", "E007"]
    assert body["code"] == "E001" and body["failed"] == 2 and body["new"] == 1
    first = body["documents"][0]
    assert first["stored"] and first["new"] and first["doc_id"] == "jd-1"
    assert {e["cameo"] for e in first["events"]} >= {"111"} and first["measures"]
    assert writer.get("/healthz").json()["documents"] == before + 1
    again = writer.post("/v1/documents", json={"text": ARTICLE, "published": "2026-11-04"}, headers=AUTH)
    assert again.status_code == 200 and again.json()["new"] == 0 and again.json()["documents"][0]["stored"]
    assert writer.get("/healthz").json()["documents"] == before + 1  # stored exactly once
    stored = writer.get("/v1/events", params={"doc": "jd-1"}).json()["items"]
    assert [e["event_id"] for e in stored] == [e["event_id"] for e in first["events"]]


def test_a_correction_recodes_the_articles_that_name_the_person(writer):
    writer.post("/v1/documents", json={"id": "jd-2", "text": "Jane Doe criticised China on Monday over the "
                                       "detention of two Canadians.", "published": "2026-11-04"}, headers=AUTH)
    before = writer.get("/v1/events", params={"doc": "jd-2"}).json()["items"]
    assert [e["source"] for e in before] == [None] or all((e["source"] or {}).get("code") != "USAGOV" for e in before)
    response = writer.post("/v1/actors", headers=AUTH, json={
        "name": "Jane Doe", "country": "USA", "sector": "GOV", "role": "trade representative"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert "jd-2" in body["recoded"] and body["person"]["code"] == "USAGOV"
    after = writer.get("/v1/events", params={"doc": "jd-2"}).json()["items"]
    assert after and after[0]["source"]["code"] == "USAGOV" and after[0]["source"]["name"] == "Jane Doe"
    assert writer.get("/healthz").json()["documents"] == writer.get("/healthz").json()["documents"]
    # the dyad now holds the event between the United States and China, counted once
    usa = writer.get("/v1/events", params={"a": "USA", "b": "CHN", "doc": "jd-2"}).json()["items"]
    assert len(usa) == len(after)
    patched = writer.patch("/v1/actors/Jane Doe", headers=AUTH, json={"country": "GBR", "sector": "GOV"})
    assert patched.status_code == 200 and patched.json()["person"]["code"] == "GBRGOV"
    assert writer.get("/v1/events", params={"doc": "jd-2"}).json()["items"][0]["source"]["code"] == "GBRGOV"


def test_recoding_keeps_the_event_records_and_their_counts_consistent(writer, writable_db):
    from detente.store import Store

    documents = writer.get("/healthz").json()["documents"]
    response = writer.post("/v1/actors/Mark Carney/aliases", headers=AUTH, json={"alias": "M. Carney"})
    assert response.status_code == 200 and len(response.json()["recoded"]) >= 5
    assert "M. Carney" in response.json()["person"]["aliases"]
    assert writer.get("/healthz").json()["documents"] == documents
    with Store(writable_db) as store:  # a second connection to the database the server has open
        # every record has mentions, counts that add up, and its first mention still stored
        assert store.query("SELECT count(*) FROM events WHERE global_event_id NOT IN "
                           "(SELECT global_event_id FROM mentions)") == [(0,)]
        assert store.query("SELECT count(*) FROM mentions WHERE global_event_id NOT IN "
                           "(SELECT global_event_id FROM events)") == [(0,)]
        assert store.query("SELECT sum(num_mentions) FROM events") == [(store.count("mentions"),)]
        assert store.query("SELECT count(*) FROM events WHERE first_mention_id NOT IN "
                           "(SELECT mention_id FROM mentions)") == [(0,)]
        assert store.query("SELECT count(*) FROM sentences WHERE content_hash NOT IN "
                           "(SELECT content_hash FROM documents)") == [(0,)]


def test_merge_folds_one_person_into_another(writer):
    writer.post("/v1/actors", headers=AUTH, json={"name": "M. J. Carney", "country": "CAN", "sector": "GOV",
                                                   "role": "prime minister", "recode": False})
    response = writer.post("/v1/actors/M. J. Carney/merge", headers=AUTH, json={"into": "Mark Carney"})
    assert response.status_code == 200, response.text
    assert "M. J. Carney" in response.json()["person"]["aliases"]
