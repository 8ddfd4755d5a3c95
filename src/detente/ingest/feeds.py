"""RSS and Atom feeds: which articles a feed lists, and each article as a Document.

Feeds and pages are fetched by :mod:`detente.ingest.fetch` (streamed, capped at ``max_bytes``,
under one deadline, every redirect checked), the feed with the validators of the last poll
(ETag, Last-Modified) so that an unchanged feed costs a 304. Feeds are parsed by feedparser;
pages go through trafilatura like any other HTML input, with what the feed says (title,
publication date) winning over what the page guesses. A feed may also be a file (written by
another program): it is read again when its modification time changes, and its links may be
files too, relative to it.
"""

from __future__ import annotations

import calendar
import re
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import urljoin

from detente.errors import Errors, InputError
from detente.ingest.checks import check_size, decode_bytes
from detente.ingest.documents import read_html
from detente.ingest.fetch import Fetched, FetchPolicy, fetch_conditional, fetch_page
from detente.ingest.options import IngestOptions
from detente.model import Document

__all__ = ["FeedEntry", "FeedPoll", "fetch_article", "is_url", "poll_feed"]

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")  # any scheme: the fetch refuses all but http(s)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """An article a feed lists."""

    url: str
    feed_url: str
    title: str | None = None
    published: date | None = None


@dataclass(slots=True)
class FeedPoll:
    """One fetch of a feed: its entries (none when the server said 304 Not Modified)."""

    feed_url: str
    modified: bool = True
    entries: list[FeedEntry] = field(default_factory=list)
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None


def policy_of(options: IngestOptions) -> FetchPolicy:
    """The fetch limits of the ingest options (the same as for a URL given to `detente code`)."""
    return FetchPolicy(max_bytes=options.max_bytes, deadline=options.fetch_deadline,
                       max_redirects=options.max_redirects, allow_private=options.allow_private)


def _entry_date(entry: dict[str, object]) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc).date()
    return None


def is_url(location: str) -> bool:
    return bool(_URL.match(location))


def _read_file(path: str, options: IngestOptions) -> bytes:
    try:
        check_size(Path(path).stat().st_size, options.max_bytes)
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(Errors.E008.format(path=f"{path} ({exc.strerror})")) from exc


def _fetch_feed(feed_url: str, options: IngestOptions, etag: str | None, last_modified: str | None) -> Fetched:
    if is_url(feed_url):
        return fetch_conditional(feed_url, policy_of(options), etag, last_modified)
    try:
        stamp = str(Path(feed_url).stat().st_mtime_ns)
    except OSError as exc:
        raise InputError(Errors.E008.format(path=f"{feed_url} ({exc.strerror})")) from exc
    if stamp == last_modified:
        return Fetched(b"", 304, None, stamp)
    return Fetched(_read_file(feed_url, options), 200, None, stamp)


def poll_feed(feed_url: str, options: IngestOptions, etag: str | None = None,
              last_modified: str | None = None) -> FeedPoll:
    """The feed's entries, in the feed's order; InputError (E008, E009, E027, E028, E053) when
    it cannot be fetched or read."""
    import feedparser

    fetched = _fetch_feed(feed_url, options, etag, last_modified)
    if fetched.status == 304:
        return FeedPoll(feed_url, modified=False, etag=etag, last_modified=fetched.last_modified)
    parsed = feedparser.parse(fetched.body)
    if parsed.get("bozo") and not parsed.get("entries"):
        detail = parsed.get("bozo_exception") or "not an RSS or Atom feed"
        raise InputError(Errors.E053.format(url=feed_url, detail=detail))
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for entry in parsed.get("entries", []):
        link = entry.get("link") or ""
        if not link:
            continue
        url = urljoin(feed_url, link.strip()) if is_url(feed_url) or is_url(link) else str(
            Path(feed_url).parent / link.strip())
        if url not in seen:
            seen.add(url)
            entries.append(FeedEntry(url, feed_url, (entry.get("title") or "").strip() or None, _entry_date(entry)))
    title = (parsed.get("feed", {}).get("title") or "").strip() or None
    return FeedPoll(feed_url, True, entries, title, fetched.etag, fetched.last_modified)


def fetch_article(entry: FeedEntry, options: IngestOptions) -> Document:
    """The article page as a Document: fetched (InputError E008, E009, E027, E028 on failure),
    then read like any HTML input (InputError for a page without article text, not English...)."""
    raw = fetch_page(entry.url, policy_of(options)) if is_url(entry.url) else _read_file(entry.url, options)
    check_size(len(raw), options.max_bytes)
    html = decode_bytes(raw, options.encoding)
    return read_html(html, entry.url, options, url=entry.url if is_url(entry.url) else None,
                     title=entry.title, published=entry.published)
