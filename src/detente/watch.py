"""Follow the news: poll feeds, fetch the articles not seen before, code and store them.

Each poll fetches every feed (with the ETag and Last-Modified of its last response, so an
unchanged feed costs a 304), then the articles it lists that the database has not seen,
several at a time, through the same fetch as `detente code URL` (size cap, deadline,
redirect checks). The articles are coded and stored like any input: a text already stored
(the same article under another URL) is not coded again. What was seen is kept in the
database (``store/watch.sql``), so a restart resumes without fetching or coding anything
twice. A fetch that fails is reported and tried again at later polls, after a wait that
doubles each time, until ``max_attempts``; nothing an article or a feed does stops the loop.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, cast

import pyarrow as pa

from detente.errors import DetenteError, Errors, InputError
from detente.ingest.feeds import FeedEntry, FeedPoll, fetch_article, poll_feed
from detente.ingest.options import IngestOptions
from detente.model import CodedDocument, Document, RecordError
from detente.pipeline import CodingOptions, Pipeline
from detente.store import Store

__all__ = ["PollReport", "WatchOptions", "Watcher", "parse_interval"]

# Statuses of watch_articles (see store/watch.sql); articles with these are never fetched again.
FINISHED = ("coded", "stored", "given_up", "rejected")
RETRYABLE = ("[E009]", "[E008]")  # a fetch that failed on the way (network, server, no file yet): try again
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = dict(zip("smhd", (1, 60, 3600, 86400), strict=True))  # seconds in a second, minute, hour, day
_TIMESTAMP = pa.timestamp("us")
ARTICLE_TYPES = {"title": pa.string(), "published": pa.date32(), "content_hash": pa.string(),
                 "next_attempt": _TIMESTAMP, "last_error": pa.string(), "first_seen": _TIMESTAMP,
                 "updated_at": _TIMESTAMP, "attempts": pa.int32()}
FEED_TYPES = {"title": pa.string(), "etag": pa.string(), "last_modified": pa.string(), "polled_at": _TIMESTAMP,
              "failures": pa.int32(), "last_error": pa.string()}


def parse_interval(text: str) -> float:
    """ "15m" -> 900.0 seconds (s, m, h, d; a bare number is seconds); InputError (E054) else."""
    match = _INTERVAL.match(text)
    if not match or float(match[1]) <= 0:
        raise InputError(Errors.E054.format(value=text))
    return float(match[1]) * _UNITS.get(match[2], 1)


def utc_now() -> datetime:
    """Now, in UTC, without a time zone (as the database's TIMESTAMP columns hold it)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(slots=True)
class WatchOptions:
    """How to follow feeds (one options object for the library and the CLI)."""

    every: float = 900.0  # seconds between polls
    retry_after: float = 300.0  # seconds before a failed article is fetched again; doubles each time
    max_attempts: int = 6  # fetches of a failing article before giving it up
    fetchers: int = 4  # articles fetched at once
    ingest: IngestOptions = field(default_factory=IngestOptions)
    coding: CodingOptions = field(default_factory=CodingOptions)


@dataclass(slots=True)
class PollReport:
    """What one poll did."""

    started: datetime
    feeds: int = 0
    unchanged: int = 0  # feeds that answered 304 Not Modified
    fetched: int = 0  # articles fetched
    coded: int = 0  # articles coded and stored
    stored_before: int = 0  # articles whose text was stored already
    events: int = 0
    errors: list[RecordError] = field(default_factory=list)
    next_retry: datetime | None = None  # when a failed article will be fetched again

    def summary(self) -> str:
        """One line for the log: ``2026-12-06 23:10 UTC: 2 feeds (1 unchanged), 3 articles coded...``."""
        text = (f"{self.started:%Y-%m-%d %H:%M:%S} UTC: {self.feeds} feed(s)"
                f"{f' ({self.unchanged} unchanged)' if self.unchanged else ''}, {self.coded} article(s) coded "
                f"({self.events} events)")
        if self.stored_before:
            text += f", {self.stored_before} already stored"
        if self.errors:
            text += f", {len(self.errors)} failed"
        if self.next_retry is not None:
            text += f"; next retry after {self.next_retry:%H:%M:%S}"
        return text


@dataclass(slots=True)
class _Article:
    """An article to fetch this poll, with what the database knows of it."""

    entry: FeedEntry
    attempts: int = 0
    outcome: Document | RecordError | None = None


class Watcher:
    """Polls feeds into a store; ``poll`` once, or ``run`` until stopped."""

    def __init__(self, store: Store, feeds: list[str], options: WatchOptions | None = None,
                 now: Callable[[], datetime] = utc_now) -> None:
        self.store = store
        self.feeds = list(dict.fromkeys(feeds))
        self.options = options or WatchOptions()
        self.now = now
        self.pipeline = Pipeline(self.options.coding)  # the model loads once, at the first article
        self.report = PollReport(now())

    def run(self, on_result: Callable[[CodedDocument], None], on_report: Callable[[PollReport], None],
            polls: int | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        """Poll every ``options.every`` seconds (``polls`` times, or until interrupted); a poll that
        fails (the database, say) is reported like a failed fetch, and the next one comes."""
        done = 0
        while polls is None or done < polls:
            started = time.monotonic()
            try:
                for result in self.poll():
                    on_result(result)
            except DetenteError as exc:  # the database or the model failed: say so, try again next poll
                self.report.errors.append(RecordError("poll", str(exc)))
            on_report(self.report)
            done += 1
            if polls is None or done < polls:
                sleep(max(0.0, self.options.every - (time.monotonic() - started)))

    def poll(self) -> Iterator[CodedDocument]:
        """Fetch the feeds and the articles due, code and store them; yields each article coded
        (not those whose text was stored already)."""
        self.report = PollReport(self.now())
        listed: dict[str, FeedEntry] = {}
        for feed_url in self.feeds:
            for entry in self._poll_feed(feed_url):
                listed.setdefault(entry.url, entry)
        articles = self._due(listed)
        self._fetch(articles)
        yield from self._code(articles)
        self.report.next_retry = self._next_retry()

    # --- feeds ----------------------------------------------------------------------------
    def _poll_feed(self, feed_url: str) -> list[FeedEntry]:
        self.report.feeds += 1
        rows = self.store.query("SELECT etag, last_modified, failures FROM watch_feeds WHERE feed_url = ?",
                                [feed_url])
        etag, last_modified, failures = rows[0] if rows else (None, None, 0)
        try:
            polled = poll_feed(feed_url, self.options.ingest, etag, last_modified)
        except Exception as exc:  # a feed that cannot be read is reported; the others go on
            message = str(exc) if isinstance(exc, InputError) else Errors.E053.format(url=feed_url, detail=exc)
            self.report.errors.append(RecordError(feed_url, message))
            self._save_feed(feed_url, FeedPoll(feed_url, etag=etag, last_modified=last_modified),
                            failures + 1, message)
            return []
        self.report.unchanged += not polled.modified
        self._save_feed(feed_url, polled, 0, None)
        return polled.entries

    def _save_feed(self, feed_url: str, polled: FeedPoll, failures: int, error: str | None) -> None:
        columns = ["feed_url", "title", "etag", "last_modified", "polled_at", "failures", "last_error"]
        updates = ["etag", "last_modified", "polled_at", "failures", "last_error"]
        if polled.title:
            updates.append("title")
        with self.store.transaction():
            self.store.insert_rows(
                "watch_feeds", columns,
                [[feed_url, polled.title, polled.etag, polled.last_modified, self.report.started, failures, error]],
                conflict="ON CONFLICT (feed_url) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in updates),
                types=FEED_TYPES)

    # --- articles -------------------------------------------------------------------------
    def _due(self, listed: dict[str, FeedEntry]) -> list[_Article]:
        """Listed articles never seen, and failed ones whose next attempt has come (listed or not)."""
        now = self.report.started
        seen = {row[0]: row[1:] for row in self.store.query(
            "SELECT url, status, attempts, next_attempt FROM watch_articles WHERE url = ANY(?)",
            [list(listed)])} if listed else {}
        due = [_Article(entry) for url, entry in listed.items() if url not in seen]
        for url, feed_url, title, published, attempts in self.store.query(
                "SELECT url, feed_url, title, published, attempts FROM watch_articles "
                "WHERE status = 'failed' AND next_attempt <= ? ORDER BY first_seen, url", [now]):
            entry = listed.get(url) or FeedEntry(url, feed_url, title, published)
            due.append(_Article(entry, attempts))
        return due

    def _fetch(self, articles: list[_Article]) -> None:
        def fetch(article: _Article) -> Document | RecordError:
            try:
                return fetch_article(article.entry, self.options.ingest)
            except InputError as exc:
                return RecordError(article.entry.url, str(exc))
            except Exception as exc:  # nothing a page does may stop the loop: tried again later
                detail = f"{type(exc).__name__}: {exc}"
                return RecordError(article.entry.url, Errors.E009.format(url=article.entry.url, detail=detail))

        with ThreadPoolExecutor(max_workers=max(1, self.options.fetchers)) as pool:
            for article, outcome in zip(articles, pool.map(fetch, articles), strict=True):
                article.outcome = outcome
        self.report.fetched += len(articles)

    def _code(self, articles: list[_Article]) -> Iterator[CodedDocument]:
        now = self.report.started
        rows: list[list[Any]] = []
        read = [a for a in articles if isinstance(a.outcome, Document)]
        for article in articles:
            if isinstance(article.outcome, RecordError):
                self.report.errors.append(article.outcome)
                rows.append(self._failed(article, article.outcome.message, now))
        results = self.pipeline.run((cast(Document, a.outcome) for a in read), self.store)
        for article, result in zip(read, results, strict=True):
            if result.error is not None:
                self.report.errors.append(result.error)
                rows.append(self._row(article, "rejected", None, None, result.error.message, now))
                continue
            document = cast(Document, result.document)
            if result.skipped:
                self.report.stored_before += 1
                rows.append(self._row(article, "stored", document.content_hash, None, None, now))
                continue
            self.report.coded += 1
            self.report.events += len(result.events)
            rows.append(self._row(article, "coded", document.content_hash, None, None, now))
            yield result
        self._save_articles(rows)

    def _failed(self, article: _Article, message: str, now: datetime) -> list[Any]:
        """A failed fetch: tried again after a wait that doubles, or given up; a page that is
        not an article detente codes (too large, refused, no text) is not fetched again."""
        if not message.startswith(RETRYABLE):
            return self._row(article, "rejected", None, None, message, now)
        attempts = article.attempts + 1
        if attempts >= self.options.max_attempts:
            return self._row(article, "given_up", None, None, message, now, attempts)
        wait = timedelta(seconds=self.options.retry_after * 2 ** (attempts - 1))
        return self._row(article, "failed", None, now + wait, message, now, attempts)

    @staticmethod
    def _row(article: _Article, status: str, content_hash: str | None, next_attempt: datetime | None,
             error: str | None, now: datetime, attempts: int | None = None) -> list[Any]:
        entry = article.entry
        return [entry.url, entry.feed_url, status, content_hash, entry.title, entry.published,
                article.attempts + 1 if attempts is None else attempts, next_attempt, error, now, now]

    def _save_articles(self, rows: list[list[Any]]) -> None:
        if not rows:
            return
        columns = ["url", "feed_url", "status", "content_hash", "title", "published", "attempts", "next_attempt",
                   "last_error", "first_seen", "updated_at"]
        kept = ("url", "first_seen")  # an article keeps the time it was first seen
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in kept)
        with self.store.transaction():
            self.store.insert_rows("watch_articles", columns, rows, types=ARTICLE_TYPES,
                                   conflict=f"ON CONFLICT (url) DO UPDATE SET {updates}")

    def _next_retry(self) -> datetime | None:
        rows = self.store.query("SELECT min(next_attempt) FROM watch_articles WHERE status = 'failed'")
        found: datetime | None = rows[0][0] if rows else None
        return found
