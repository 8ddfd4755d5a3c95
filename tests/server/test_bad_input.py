"""Bad input through the API: each a clear 4xx with an E-code, never a 500."""

from __future__ import annotations

import pytest
from tests.server.helpers import AUTH, TOKEN, client_for

JSON = {**AUTH, "Content-Type": "application/json"}
NEWS = "China imposed tariffs of 25 per cent on Canadian canola on Thursday, the commerce ministry said."

# (name, method, path, keyword arguments, expected status, expected code)
CASES = [
    ("invalid JSON", "post", "/v1/documents", {"content": b'{"text": "unfinished', "headers": JSON}, 400, "E003"),
    ("JSON that is not a record", "post", "/v1/documents", {"json": [1, 2], "headers": AUTH}, 422, "E014"),
    ("text of the wrong type", "post", "/v1/documents", {"json": {"text": 12}, "headers": AUTH}, 422, "E029"),
    ("id of the wrong type", "post", "/v1/documents", {"json": {"id": [1], "text": NEWS}, "headers": AUTH}, 422,
     "E029"),
    ("neither text nor html", "post", "/v1/documents", {"json": {"title": "x"}, "headers": AUTH}, 422, "E004"),
    ("an implausible date", "post", "/v1/documents", {"json": {"text": NEWS, "published": "1066-10-14"},
                                                       "headers": AUTH}, 422, "E026"),
    ("an empty batch", "post", "/v1/documents", {"json": [], "headers": AUTH}, 422, "E001"),
    ("a script element in text", "post", "/v1/documents",
     {"json": {"text": "<script>alert(1)</script> " + NEWS}, "headers": AUTH}, 422, "E109"),
    ("not JSON at all", "post", "/v1/documents", {"content": b"text=hi", "headers": {
        **AUTH, "Content-Type": "application/x-www-form-urlencoded"}}, 415, "E111"),
    ("a file URL", "post", "/v1/documents", {"json": {"url": "file:///etc/passwd"}, "headers": AUTH}, 422, "E027"),
    ("a path as URL", "post", "/v1/documents", {"json": {"url": "/etc/passwd"}, "headers": AUTH}, 422, "E027"),
    ("a glob as URL", "post", "/v1/documents", {"json": {"url": "*"}, "headers": AUTH}, 422, "E027"),
    ("a loopback URL", "post", "/v1/documents", {"json": {"url": "http://127.0.0.1:9/x"}, "headers": AUTH}, 422,
     "E027"),
    ("no token", "post", "/v1/documents", {"json": {"text": NEWS}}, 401, "E103"),
    ("a wrong token", "post", "/v1/documents", {"json": {"text": NEWS}, "headers": {
        "Authorization": "Bearer not-" + TOKEN}}, 401, "E103"),
    ("another scheme", "post", "/v1/documents", {"json": {"text": NEWS}, "headers": {
        "Authorization": f"Basic {TOKEN}"}}, 401, "E103"),
    ("an unknown CAMEO code", "get", "/v1/events?cameo=999", {}, 422, "E105"),
    ("an unknown CAMEO root", "get", "/v1/events?root=42", {}, 422, "E105"),
    ("an unknown PLOVER type", "get", "/v1/events?plover=HUG", {}, 422, "E105"),
    ("a QuadClass out of range", "get", "/v1/events?quad_class=9", {}, 422, "E106"),
    ("a QuadClass of the wrong type", "get", "/v1/events?quad_class=four", {}, 422, "E106"),
    ("a date of the wrong form", "get", "/v1/events?since=yesterday", {}, 422, "E106"),
    ("a window the wrong way round", "get", "/v1/events?since=2026-05-01&until=2026-01-01", {}, 422, "E106"),
    ("half a dyad", "get", "/v1/events?a=CAN", {}, 422, "E106"),
    ("a malformed actor code", "get", "/v1/events?actor=c4n!", {}, 422, "E105"),
    ("an actor code nothing matches", "get", "/v1/events?actor=XYZ", {}, 404, "E020"),
    ("a dyad nothing matches", "get", "/v1/dyads/XXX/CHN", {}, 404, "E020"),
    ("a period that does not exist", "get", "/v1/dyads/CAN/CHN?by=fortnight", {}, 422, "E106"),
    ("a forged cursor", "get", "/v1/events?cursor=bm90LWEtY3Vyc29y", {}, 400, "E104"),
    ("garbage as cursor", "get", "/v1/events?cursor=%%%", {}, 400, "E104"),
    ("a page too large", "get", "/v1/events?limit=100000", {}, 422, "E106"),
    ("an unknown export format", "get", "/v1/events?format=xlsx", {}, 422, "E106"),
    ("an HS code with letters", "get", "/v1/measures?hs=12ab", {}, 422, "E106"),
    ("an unknown document", "get", "/v1/documents/nope", {}, 404, "E107"),
    ("an unknown person", "get", "/v1/actors/Nobody Atall", {}, 404, "E018"),
    ("a correction of an unknown person", "patch", "/v1/actors/Nobody Atall",
     {"json": {"country": "CAN"}, "headers": AUTH}, 404, "E018"),
    ("an alias for an unknown person", "post", "/v1/actors/Nobody Atall/aliases",
     {"json": {"alias": "N. A."}, "headers": AUTH}, 404, "E018"),
    ("an unknown country", "post", "/v1/actors", {"json": {"name": "Jane Doe", "country": "XQZ"}, "headers": AUTH},
     422, "E105"),
    ("a bad sector", "post", "/v1/actors", {"json": {"name": "Jane Doe", "country": "CAN", "sector": "GOVT"},
                                            "headers": AUTH}, 422, "E106"),
    ("a script element in a name", "post", "/v1/actors",
     {"json": {"name": "<script>alert(1)</script>", "country": "CAN"}, "headers": AUTH}, 422, "E112"),
    ("markup in an alias", "post", "/v1/actors/Mark Carney/aliases", {"json": {"alias": "<b>MC</b>"},
                                                                      "headers": AUTH}, 422, "E112"),
    ("a field of the wrong type", "post", "/v1/actors", {"json": {"name": 5, "country": "CAN"}, "headers": AUTH},
     422, "E106"),
    ("an unknown field", "post", "/v1/actors", {"json": {"name": "Jane", "country": "CAN", "admin": True},
                                                "headers": AUTH}, 422, "E106"),
    ("invalid JSON in a correction", "patch", "/v1/actors/Mark Carney", {"content": b"{country: CAN}",
                                                                          "headers": JSON}, 400, "E003"),
    ("a term that ends before it starts", "patch", "/v1/actors/Mark Carney", {
        "json": {"country": "CAN", "valid_from": "2026-05-01", "valid_to": "2026-01-01"}, "headers": AUTH}, 422, "E106"),
    ("an unknown endpoint", "get", "/v1/nothing-here", {}, 404, "E115"),
    ("a method not allowed", "delete", "/v1/events", {}, 405, "E116"),
]


@pytest.mark.parametrize(("name", "method", "path", "kwargs", "status", "code"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_a_coded_4xx(writer, name, method, path, kwargs, status, code):
    response = getattr(writer, method)(path, **kwargs)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code, body
    assert body["message"].startswith(f"[{code}]") or code in body["message"]


def test_an_oversized_body_is_413_whether_announced_or_streamed(writable_db):
    with client_for(writable_db, token=TOKEN, max_body_bytes=1000) as client:
        big = {"text": NEWS * 50}
        response = client.post("/v1/documents", json=big, headers=AUTH)
        assert response.status_code == 413 and response.json()["code"] == "E100"

        def chunks():  # no Content-Length: the body arrives in pieces and is cut off when it passes the limit
            for _ in range(20):
                yield b'{"text": "' + b"x" * 100

        streamed = client.post("/v1/documents", content=chunks(), headers=JSON)
        assert streamed.status_code == 413 and streamed.json()["code"] == "E100"
        assert client.get("/healthz").status_code == 200  # and the server is fine


def test_too_many_documents_in_one_request_is_413(writable_db):
    with client_for(writable_db, token=TOKEN, max_batch=3) as client:
        response = client.post("/v1/documents", json=[{"text": NEWS}] * 4, headers=AUTH)
        assert response.status_code == 413 and response.json()["code"] == "E101"


def test_a_read_only_server_refuses_writes(reader):
    for method, path, body in [("post", "/v1/documents", {"text": NEWS}), ("patch", "/v1/actors/Mark Carney",
                                                                           {"country": "CAN"})]:
        response = getattr(reader, method)(path, json=body, headers=AUTH)
        assert response.status_code == 403 and response.json()["code"] == "E102"


def test_dashboard_pages_answer_bad_input_with_a_page(reader):
    response = reader.get("/dyad", params={"a": "XXX", "b": "CHN"})
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    assert "[E020]" in response.text and 'role="alert"' in response.text
    assert reader.get("/events", params={"cameo": "999"}).status_code == 422
    assert reader.get("/documents/nope").status_code == 404
    assert reader.get("/no-such-page").status_code == 404
