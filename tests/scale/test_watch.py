"""`detente watch` against a real HTTP server on loopback whose feed changes between polls."""

from __future__ import annotations

import hashlib
import threading
from collections import Counter
from datetime import datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.pipeline import CodingOptions
from detente.store import Store
from detente.watch import Watcher, WatchOptions, parse_interval

STORIES = {
    "/news/tariffs.html": ("China raises duties on canola", [
        "China imposed tariffs of 100 per cent on Canadian canola oil on Thursday, the commerce ministry in Beijing said.",
        "Canada protested to China and said it would take the dispute to the World Trade Organization. Farmers in "
        "Saskatchewan said the duties would cost them hundreds of millions of dollars this year.",
        "Trade between the two countries has fallen since the two governments fell out over tariffs on electric "
        "vehicles last year, and talks between their trade ministers have made little progress.",
    ]),
    "/news/talks.html": ("Ministers meet in Oslo", [
        "Foreign Minister Zorak Velund of Norway met Chinese officials in Beijing on Monday to discuss trade and "
        "fisheries, the Norwegian foreign ministry said in a statement.",
        "The two sides agreed to resume talks on a free trade agreement that have been stalled for several years, "
        "and Norway invited a Chinese delegation to visit Oslo in the spring.",
        "Velund also raised the case of two Norwegian fishermen detained in Russia, officials said.",
    ]),
    "/news/embassy.html": ("Embassy attack condemned", [
        "Velund condemned the attack on the embassy in Kabul on Wednesday and called on the Taliban to protect "
        "foreign diplomats working in the city.",
        "The attack wounded two guards, according to local police, and no group has said it carried it out. "
        "Several European governments said they would review the security of their missions in Afghanistan.",
        "The United Nations also condemned the attack and said diplomats must never be targets.",
    ]),
    "/news/flaky.html": ("Summit ends", [
        "Japan and South Korea signed an agreement on Friday to share military intelligence about North Korea, "
        "officials in Tokyo said after the summit ended.",
        "The leaders of the two countries also agreed to meet again next year and to expand trade in "
        "semiconductors and batteries, according to a joint statement released after the meeting.",
        "North Korea criticized the agreement and accused the two governments of preparing for war.",
    ]),
}
DAY = datetime(2026, 3, 2, 9, 0)


def page(title: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>© News</footer></body></html>").encode()


class FeedServer:
    """The feed lists ``items`` (paths); a page in ``failures`` answers 500 that many times."""

    def __init__(self) -> None:
        self.items: list[str] = ["/news/tariffs.html", "/news/talks.html", "/news/flaky.html"]
        self.failures: Counter[str] = Counter({"/news/flaky.html": 1})
        self.requests: Counter[str] = Counter()
        self.not_modified = 0
        self.alias: dict[str, str] = {}  # another URL for the same story
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.requests[self.path] += 1
                if self.path == "/feed.xml":
                    return self.feed()
                path = server.alias.get(self.path, self.path)
                if path == "/news/empty.html":  # a page, but no article in it
                    return self.reply(200, b"<html><body><nav>Home</nav></body></html>", "text/html")
                if path not in STORIES:
                    return self.reply(404, b"not found")
                if server.failures[path] > 0:
                    server.failures[path] -= 1
                    return self.reply(500, b"try later")
                return self.reply(200, page(*STORIES[path]), "text/html; charset=utf-8")

            def feed(self) -> None:
                items = "".join(f"<item><title>{STORIES.get(server.alias.get(p, p), ('Gone', []))[0]}</title>"
                                f"<link>{p}</link>"
                                f"<pubDate>{format_datetime(DAY)}</pubDate></item>" for p in server.items)
                rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test news</title>{items}</channel></rss>'
                etag = '"' + hashlib.sha1(rss.encode()).hexdigest()[:12] + '"'
                if self.headers.get("If-None-Match") == etag:
                    server.not_modified += 1
                    return self.reply(304, b"", headers={"ETag": etag})
                return self.reply(200, rss.encode(), "application/rss+xml", {"ETag": etag})

            def reply(self, status: int, body: bytes, kind: str = "text/plain",
                      headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                for name, value in {"Content-Type": kind, **(headers or {})}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    running = FeedServer()
    yield running
    running.close()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 12, 0)

    def __call__(self) -> datetime:
        return self.now


def statuses(store: Store) -> dict[str, tuple[str, int]]:
    return {url.rsplit("/", 1)[1]: (status, attempts) for url, status, attempts in store.query(
        "SELECT url, status, attempts FROM watch_articles")}


def test_polls_code_new_articles_once_retry_failures_and_resume_after_a_restart(server: FeedServer, tmp_path: Path):
    db, clock = tmp_path / "watch.duckdb", Clock()
    options = WatchOptions(retry_after=60, max_attempts=4, coding=CodingOptions(workers=1))
    feed = f"{server.url}/feed.xml"
    with Store(db) as store:
        watcher = Watcher(store, [feed], options, now=clock)
        first = list(watcher.poll())
        report = watcher.report
        assert (report.coded, report.fetched, len(report.errors)) == (2, 3, 1)
        assert report.errors[0].origin == f"{server.url}/news/flaky.html" and "[E009]" in report.errors[0].message
        assert "HTTP 500" in report.errors[0].message and report.next_retry == clock.now + timedelta(seconds=60)
        assert {e.doc_id for r in first for e in r.events} and all(r.stored for r in first)
        assert statuses(store) == {"tariffs.html": ("coded", 1), "talks.html": ("coded", 1),
                                   "flaky.html": ("failed", 1)}

        server.items.append("/news/embassy.html")  # the feed changes
        clock.now += timedelta(seconds=30)  # before the failed article's next attempt
        second = list(watcher.poll())
        assert watcher.report.coded == 1 and watcher.report.unchanged == 0 and not watcher.report.errors
        # the minister taught by an earlier article is known in a later one
        assert {(e.source.code, e.cameo) for r in second for e in r.events if e.source} >= {("NORGOV", "111")}

        clock.now += timedelta(seconds=60)
        list(watcher.poll())
        assert watcher.report.unchanged == 1 and server.not_modified == 1  # ETag honoured: 304
        assert watcher.report.coded == 1 and watcher.report.next_retry is None  # the retry worked
        assert statuses(store)["flaky.html"] == ("coded", 2)

    server.alias["/news/copy.html"] = "/news/tariffs.html"  # the same story under another URL
    server.items.append("/news/copy.html")
    with Store(db) as store:  # a restart: a new process would start like this
        watcher = Watcher(store, [feed], options, now=clock)
        assert list(watcher.poll()) == []
        assert watcher.report.stored_before == 1 and watcher.report.coded == 0
        assert statuses(store)["copy.html"] == ("stored", 1)
        list(watcher.poll())
        assert watcher.report.fetched == 0 and watcher.report.unchanged == 1
    for path in STORIES:
        assert server.requests[path] == (2 if path == "/news/flaky.html" else 1), path  # nothing fetched twice


def test_an_article_that_keeps_failing_is_given_up_and_the_loop_goes_on(server: FeedServer, tmp_path: Path):
    server.failures["/news/flaky.html"] = 10
    server.items = ["/news/flaky.html", "/news/missing.html", "/news/empty.html"]
    clock = Clock()
    with Store(tmp_path / "w.duckdb") as store:
        watcher = Watcher(store, [f"{server.url}/feed.xml", f"{server.url}/nothing.xml"],
                          WatchOptions(retry_after=10, max_attempts=3), now=clock)
        reports = []
        for _ in range(4):
            list(watcher.poll())
            reports.append(watcher.report)
            clock.now += timedelta(minutes=10)
        # a page missing now may appear later (news sites publish the feed first): tried like any failure
        # not an article (no text, not English...): reported once, never fetched again
        assert statuses(store) == {"flaky.html": ("given_up", 3), "missing.html": ("given_up", 3),
                                   "empty.html": ("rejected", 1)}
    assert [len(r.errors) for r in reports] == [4, 3, 3, 1]  # the broken feed every time, each article 3 times
    assert all(any(e.origin.endswith("nothing.xml") for e in r.errors) for r in reports)
    assert server.requests["/news/missing.html"] == server.requests["/news/flaky.html"] == 3
    assert server.requests["/news/empty.html"] == 1


def test_watch_once_at_the_command_line(server: FeedServer, tmp_path: Path):
    server.failures.clear()
    db = str(tmp_path / "cli.duckdb")
    first = CliRunner().invoke(cli, ["watch", f"{server.url}/feed.xml", "--once", "--db", db])
    assert first.exit_code == 0, first.output
    assert first.stdout.count('"kind": "event"') >= 5
    assert first.stderr.endswith("UTC: 1 feed(s), 3 article(s) coded (" + first.stderr.split("coded (", 1)[1])
    again = CliRunner().invoke(cli, ["watch", f"{server.url}/feed.xml", "--once", "--db", db])
    assert again.exit_code == 0 and again.stdout == ""
    assert again.stderr.split(" UTC: ", 1)[1] == "1 feed(s) (1 unchanged), 0 article(s) coded (0 events)\n"
    broken = CliRunner().invoke(cli, ["watch", f"{server.url}/gone.xml", "--once", "--db", db])
    assert broken.exit_code == 1
    assert broken.stderr.startswith(f"Error: {server.url}/gone.xml: [E009] Could not fetch {server.url}/gone.xml: "
                                    "HTTP 404 Not Found.")


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("30s", 30), ("2h", 7200), ("1d", 86400), ("90", 90)])
def test_intervals(text: str, seconds: float):
    assert parse_interval(text) == seconds


def test_a_bad_interval_is_a_usage_error():
    result = CliRunner().invoke(cli, ["watch", "http://127.0.0.1:9/feed.xml", "--every", "soon"])
    assert result.exit_code == 2
    assert "[E054] Invalid interval 'soon': use a number with s, m, h or d (e.g. 15m)." in result.stderr
