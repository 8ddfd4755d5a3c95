"""URL fetching against a real HTTP server on 127.0.0.1 (never the internet): caps, deadline, redirects."""

from __future__ import annotations

import gzip
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from detente.ingest import IngestOptions, iter_documents
from detente.ingest import fetch as fetch_module
from detente.model import Document, RecordError

ARTICLE_HTML = (b"<!doctype html><html><head><title>Talks</title></head><body><article>"
                b"<p>Canada and China signed a customs agreement in Beijing on Thursday, officials said.</p>"
                b"<p>The two governments also agreed to hold further talks on trade next month.</p>"
                b"</article></body></html>")
GIB = 1 << 30


@dataclass
class ServerLog:
    """What the server saw, for assertions about the client's behaviour."""

    big_body_sent: int = 0
    big_body_closed: threading.Event = field(default_factory=threading.Event)
    host_headers: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)


class Handler(BaseHTTPRequestHandler):
    log_record: ServerLog

    def log_message(self, format: str, *args: object) -> None:  # keep the test output clean
        pass

    def _headers(self, status: int = 200, **headers: str) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()

    def do_GET(self) -> None:
        self.log_record.host_headers.append(self.headers.get("Host", ""))
        parts = urlsplit(self.path)
        route = getattr(self, "route_" + parts.path.strip("/").replace("-", "_"), None)
        if route is None:
            self._headers(404, Content_Length="0")
            return
        route(parse_qs(parts.query))

    def route_article(self, query: dict[str, list[str]]) -> None:
        self._headers(Content_Type="text/html; charset=utf-8", Content_Length=str(len(ARTICLE_HTML)))
        self.wfile.write(ARTICLE_HTML)

    def route_gzip_article(self, query: dict[str, list[str]]) -> None:
        body = gzip.compress(ARTICLE_HTML)
        self._headers(Content_Encoding="gzip", Content_Length=str(len(body)))
        self.wfile.write(body)

    def route_raw_deflate_article(self, query: dict[str, list[str]]) -> None:
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        body = packer.compress(ARTICLE_HTML) + packer.flush()
        self._headers(Content_Encoding="deflate", Content_Length=str(len(body)))
        self.wfile.write(body)

    def route_big(self, query: dict[str, list[str]]) -> None:
        """Announces a 1 GiB body and sends it until the client hangs up."""
        self._headers(Content_Type="text/html", Content_Length=str(GIB))
        chunk = b"a" * 65536
        try:
            while self.log_record.big_body_sent < GIB and not self.log_record.stop.is_set():
                self.wfile.write(chunk)
                self.log_record.big_body_sent += len(chunk)
        except OSError:
            self.log_record.big_body_closed.set()

    def route_bomb(self, query: dict[str, list[str]]) -> None:
        """About 100 KB of gzip that inflates to 100 MB."""
        body = self.server.bomb  # type: ignore[attr-defined]
        self._headers(Content_Encoding="gzip", Content_Length=str(len(body)))
        self.wfile.write(body)

    def route_drip(self, query: dict[str, list[str]]) -> None:
        """One byte every 50 ms: never slow enough for a read timeout, never done."""
        self._headers(Content_Type="text/html", Content_Length="100000")
        try:
            while not self.log_record.stop.is_set():
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass

    def route_stall(self, query: dict[str, list[str]]) -> None:
        """Headers, then silence."""
        self._headers(Content_Type="text/html", Content_Length="1000")
        self.log_record.stop.wait(10)

    def route_redirect(self, query: dict[str, list[str]]) -> None:
        self._headers(int(query.get("status", ["302"])[0]), Location=query["to"][0], Content_Length="0")

    def route_loop(self, query: dict[str, list[str]]) -> None:
        self._headers(302, Location="/loop", Content_Length="0")


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, ServerLog]]:
    log = ServerLog()
    handler = type("LoggingHandler", (Handler,), {"log_record": log})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    httpd.bomb = gzip.compress(b" " * (100 * 1024 * 1024), compresslevel=9)  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", log
    log.stop.set()
    httpd.shutdown()
    httpd.server_close()


def fetch(url: str, **options: object) -> Document | RecordError:
    [item] = list(iter_documents([url], IngestOptions(**options)))  # type: ignore[arg-type]
    return item


def error_of(url: str, **options: object) -> str:
    item = fetch(url, **options)
    assert isinstance(item, RecordError), item
    return str(item)


def test_a_page_is_fetched_plain_gzip_or_raw_deflate(server: tuple[str, ServerLog]) -> None:
    base, _ = server
    for path in ("/article", "/gzip-article", "/raw-deflate-article"):
        doc = fetch(base + path)
        assert isinstance(doc, Document), doc
        assert doc.text.startswith("Canada and China signed a customs agreement")
        assert doc.url == base + path


def test_upper_case_scheme_is_a_url_not_a_path(server: tuple[str, ServerLog]) -> None:
    base, _ = server
    doc = fetch(base.replace("http://", "HTTP://") + "/article")
    assert isinstance(doc, Document)


def test_a_body_over_the_cap_stops_early_and_the_connection_is_closed(server: tuple[str, ServerLog]) -> None:
    base, log = server
    started = time.monotonic()
    assert error_of(base + "/big", max_bytes=100_000) == (
        f"{base}/big: [E028] Page too large: more than 100,000 bytes (counted after decompression); "
        "raise --max-bytes to code it.")
    assert time.monotonic() - started < 5
    assert log.big_body_closed.wait(10), "the server never saw the connection closed"
    assert log.big_body_sent < 64 * 1024 * 1024  # what the socket buffers held, not the gigabyte


def test_a_gzip_bomb_is_cut_without_inflating_it(server: tuple[str, ServerLog]) -> None:
    base, _ = server
    tracemalloc.start()
    try:
        message = error_of(base + "/bomb", max_bytes=1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "[E028] Page too large: more than 1,000,000 bytes" in message
    assert peak < 16 * 1024 * 1024


@pytest.mark.parametrize("path", ["/drip", "/stall"])
def test_a_slow_server_hits_the_deadline(server: tuple[str, ServerLog], path: str) -> None:
    base, _ = server
    started = time.monotonic()
    message = error_of(base + path, fetch_deadline=1.0)
    elapsed = time.monotonic() - started
    assert message == (f"{base}{path}: [E009] Could not fetch {base}{path}: no complete response within 1 s. "
                       "Check the address or your network, or save the page and pass the file.")
    assert 0.9 < elapsed < 3.0


def test_redirects_are_followed_within_limits(server: tuple[str, ServerLog]) -> None:
    base, _ = server
    doc = fetch(f"{base}/redirect?to=/article")
    assert isinstance(doc, Document)
    assert "more than 5 redirects" in error_of(base + "/loop")
    assert "more than 0 redirects" in error_of(f"{base}/redirect?to=/article", max_redirects=0)


def test_a_redirect_to_another_scheme_or_port_is_refused(server: tuple[str, ServerLog]) -> None:
    base, _ = server
    url = f"{base}/redirect?to=file:///etc/passwd"
    assert error_of(url) == (f"{url}: [E027] Refused to fetch {url}: it redirects to file:///etc/passwd, but only "
                             "http and https URLs can be fetched, not file.")
    url = f"{base}/redirect?to=http://127.0.0.1:25/"
    assert error_of(url) == (f"{url}: [E027] Refused to fetch {url}: it redirects to http://127.0.0.1:25/, on port "
                             "25: a redirect may only reach the default port or the port first asked for.")


def test_private_addresses_are_refused_when_not_allowed(server: tuple[str, ServerLog]) -> None:
    base, _ = server
    url = base + "/article"
    assert error_of(url, allow_private=False) == (
        f"{url}: [E027] Refused to fetch {url}: 127.0.0.1 is a loopback or private address.")
    assert "localhost resolves to" in error_of(url.replace("127.0.0.1", "localhost"), allow_private=False)


def _loopback_one_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let 127.0.0.1 stand for a public host, so that a redirect can go from it to a private one."""
    real = fetch_module.is_internal
    monkeypatch.setattr(fetch_module, "is_internal", lambda address: str(address) != "127.0.0.1" and real(address))


def test_a_redirect_from_a_public_host_to_a_private_one_is_refused(server: tuple[str, ServerLog],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    base, _ = server
    _loopback_one_is_public(monkeypatch)
    port = base.rsplit(":", 1)[1]
    url = f"{base}/redirect?to=http://127.0.0.2:{port}/article"
    for allow_private in (True, False):
        assert error_of(url, allow_private=allow_private) == (
            f"{url}: [E027] Refused to fetch {url}: it redirects from a public host to "
            f"http://127.0.0.2:{port}/article, and 127.0.0.2 is a loopback or private address.")


def test_between_private_hosts_redirects_work_when_allowed(server: tuple[str, ServerLog]) -> None:
    base, _ = server
    doc = fetch(f"{base}/redirect?to={base.replace('127.0.0.1', 'localhost')}/article")
    assert isinstance(doc, Document)


def test_a_checked_connection_goes_to_the_checked_address_with_the_host_name_kept(
        server: tuple[str, ServerLog], monkeypatch: pytest.MonkeyPatch) -> None:
    base, log = server
    monkeypatch.setattr(fetch_module, "is_internal", lambda address: False)
    url = base.replace("127.0.0.1", "localhost") + "/article"
    doc = fetch(url, allow_private=False)
    assert isinstance(doc, Document), doc
    assert log.host_headers[-1] == url.split("/")[2]


@pytest.mark.parametrize(("url", "detail"), [
    ("http://[::1/x", "malformed URL (Invalid port: ':1')"),
    ("http://", "malformed URL (no host name)"),
    ("http://127.0.0.1:99999/", "malformed URL (port 99999 out of range)"),
    ("http://no-such-host.invalid/", "could not resolve the host name no-such-host.invalid"),
])
def test_malformed_urls_are_one_error_each(url: str, detail: str) -> None:
    assert error_of(url).startswith(f"{url}: [E009] Could not fetch {url}: {detail}")


def test_other_schemes_are_refused_not_read_as_paths() -> None:
    assert error_of("ftp://example.org/a.html") == (
        "ftp://example.org/a.html: [E027] Refused to fetch ftp://example.org/a.html: only http and https URLs "
        "can be fetched, not ftp.")


def test_http_errors_are_one_error(server: tuple[str, ServerLog]) -> None:
    base, _ = server
    assert error_of(base + "/missing").startswith(f"{base}/missing: [E009] Could not fetch {base}/missing: HTTP 404 Not Found.")


def test_fetching_from_async_code_runs_beside_its_loop(server: tuple[str, ServerLog]) -> None:
    import asyncio

    base, _ = server

    async def inside_a_loop() -> Document | RecordError:
        return fetch(base + "/article")

    assert isinstance(asyncio.run(inside_a_loop()), Document)


@pytest.mark.parametrize(("address", "internal"), [
    ("127.0.0.1", True), ("10.1.2.3", True), ("192.168.0.1", True), ("169.254.169.254", True),
    ("100.64.0.1", True), ("0.0.0.0", True), ("224.0.0.1", True), ("::1", True), ("fe80::1", True),
    ("::ffff:127.0.0.1", True), ("fd00::1", True), ("8.8.8.8", False), ("2606:4700:4700::1111", False),
])
def test_internal_addresses(address: str, internal: bool) -> None:
    import ipaddress

    assert fetch_module.is_internal(ipaddress.ip_address(address)) is internal
