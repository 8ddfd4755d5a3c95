"""Security: tokens, the refusal to serve writable to others without one, CORS, escaping, URL fetching."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from tests.server.helpers import AUTH, TOKEN, client_for

from detente.cli import cli
from detente.errors import DetenteError
from detente.server.settings import ServerSettings, is_loopback, read_token, settle_token

ARTICLE_HTML = (b"<html><head><title>Canola</title></head><body><article><h1>China and Canada</h1>"
                b"<p>China imposed tariffs of 25 per cent on Canadian canola on Thursday, the commerce ministry "
                b"said in a statement issued in Beijing.</p><p>Canada's trade minister criticised the decision "
                b"and said Ottawa would consider its response.</p></article></body></html>")


def test_loopback_addresses():
    assert all(map(is_loopback, ["127.0.0.1", "127.8.9.1", "::1", "[::1]", "localhost"]))
    assert not any(map(is_loopback, ["0.0.0.0", "192.168.1.10", "::", "example.org"]))


def test_writable_off_loopback_needs_a_token():
    with pytest.raises(DetenteError, match=r"\[E108\]"):
        ServerSettings(host="0.0.0.0").check()
    ServerSettings(host="0.0.0.0", token="x").check()
    ServerSettings(host="0.0.0.0", read_only=True).check()
    local = settle_token(ServerSettings())
    assert local.writable and local.token_generated and len(local.token or "") >= 24


def test_the_token_comes_from_a_file_or_the_environment(tmp_path):
    path = tmp_path / "token"
    path.write_text("  s3cret  \nignored\n")
    assert read_token(path, {}) == "s3cret"
    assert read_token(None, {"DETENTE_TOKEN": " t0k "}) == "t0k"
    assert read_token(None, {}) is None
    path.write_text("\n")
    with pytest.raises(DetenteError, match=r"\[E114\]"):
        read_token(path, {})


def test_the_cli_refuses_to_serve_writable_to_others_without_a_token(writable_db, monkeypatch):
    demo_db = writable_db
    monkeypatch.delenv("DETENTE_TOKEN", raising=False)
    refused = CliRunner().invoke(cli, ["serve", "--db", str(demo_db), "--host", "0.0.0.0", "--check"])
    assert refused.exit_code == 1 and refused.output.startswith("Error: [E108] Refusing to serve writable on 0.0.0.0")
    monkeypatch.setenv("DETENTE_TOKEN", TOKEN)
    ok = CliRunner().invoke(cli, ["serve", "--db", str(demo_db), "--host", "0.0.0.0", "--port", "8123", "--check"])
    assert ok.exit_code == 0
    assert ok.output == (f"Would serve {demo_db} at http://0.0.0.0:8123/ (writes need the bearer token); "
                         "API docs at http://0.0.0.0:8123/docs\n")
    missing = CliRunner().invoke(cli, ["serve", "--db", "no-such.duckdb", "--check"])
    assert missing.exit_code == 1 and "[E012]" in missing.output


def test_no_cors_unless_asked(writable_db):
    demo_db = writable_db
    headers = {"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"}
    with client_for(demo_db, read_only=True) as client:
        assert "access-control-allow-origin" not in client.get("/v1/events", headers=headers).headers
        assert "access-control-allow-origin" not in client.options("/v1/events", headers=headers).headers
    with client_for(demo_db, read_only=True, cors_origins=["https://desk.example"]) as client:
        allowed = client.get("/v1/events", headers={"Origin": "https://desk.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://desk.example"
        assert "access-control-allow-origin" not in client.get("/v1/events", headers=headers).headers


def test_text_is_escaped_on_every_page_and_pages_forbid_inline_scripts(writer):
    hostile = {"id": "hostile-1", "title": '<img src=x onerror="alert(1)">Canola',
               "text": "Officials said <b>China</b> imposed tariffs of 25 per cent on Canadian canola on Thursday.",
               "published": "2026-11-05", "source": "<script>alert(2)</script>"}
    assert writer.post("/v1/documents", json=hostile, headers=AUTH).status_code == 200
    for path in ("/documents/hostile-1", "/events?doc=hostile-1", "/actors", "/"):
        page = writer.get(path)
        assert page.status_code == 200, path
        assert "<img src=x" not in page.text and "<script>alert" not in page.text and "<b>China</b>" not in page.text
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert page.headers["x-content-type-options"] == "nosniff"
    document = writer.get("/documents/hostile-1").text
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;Canola" in document
    assert "&lt;b&gt;China&lt;/b&gt;" in document


@pytest.fixture
def local_site() -> Iterator[str]:
    """An article served on a loopback port, for the URL-fetching rules."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(ARTICLE_HTML)))
            self.end_headers()
            self.wfile.write(ARTICLE_HTML)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/article.html"
    server.shutdown()


def test_posted_urls_may_not_reach_private_addresses_unless_allowed(writable_db, local_site):
    with client_for(writable_db, token=TOKEN) as client:
        refused = client.post("/v1/documents", json={"url": local_site}, headers=AUTH)
        assert refused.status_code == 422
        assert refused.json()["documents"][0]["error"]["code"] == "E027"
    with client_for(writable_db, token=TOKEN, allow_private_urls=True) as client:
        fetched = client.post("/v1/documents", json={"url": local_site, "id": "fetched", "published": "2026-11-06"},
                              headers=AUTH)
        assert fetched.status_code == 200, fetched.text
        result = fetched.json()["documents"][0]
        assert result["doc_id"] == "fetched" and result["events"]
        assert result["events"][0]["url"] == local_site and result["events"][0]["published"] == "2026-11-06"
