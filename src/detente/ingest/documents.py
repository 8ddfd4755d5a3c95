"""Documents from text and from web pages: cleaned, checked and keyed by their content."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from detente.errors import Errors, InputError
from detente.geo.dateline import dateline_place
from detente.ingest.checks import check_english
from detente.ingest.options import IngestOptions
from detente.model import Document, stable_hash
from detente.text import clean_text, normalise_for_hash, scrub_text

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Publication dates outside these years are typing errors or placeholders ("0001-01-01"), and
# date arithmetic near the ends of the calendar overflows.
FIRST_PLAUSIBLE_YEAR = 1800
LAST_PLAUSIBLE_YEAR = 2200


def parse_date(value: object) -> date | None:
    """A YYYY-MM-DD prefix of a string (ISO timestamps included), else None."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.search(value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def check_published(published: date | None) -> None:
    """Refuse a publication date no news record can have (one clear error, not an overflow later)."""
    if published is not None and not FIRST_PLAUSIBLE_YEAR <= published.year <= LAST_PLAUSIBLE_YEAR:
        raise InputError(Errors.E026.format(value=published.isoformat(), first=FIRST_PLAUSIBLE_YEAR,
                                            last=LAST_PLAUSIBLE_YEAR))


def _scrubbed(value: str | None) -> str | None:
    return None if value is None else scrub_text(value)


def make_document(text: str, origin: str, options: IngestOptions, *, doc_id: str | None = None,
                  url: str | None = None, title: str | None = None,
                  published: date | None = None, source: str | None = None) -> Document:
    """Clean the text, check it, and key the document by a hash of its normalised text."""
    cleaned = clean_text(text)
    if not cleaned.strip():
        raise InputError(Errors.E001)
    if options.check_language:
        check_english(cleaned)
    published = options.published or published
    check_published(published)
    content_hash = stable_hash(normalise_for_hash(cleaned), length=32)
    return Document(
        doc_id=scrub_text(str(doc_id)) if doc_id not in (None, "") else content_hash[:16],
        text=cleaned,
        url=_scrubbed(url),
        title=_scrubbed(title),
        published=published,
        source=_scrubbed(source),
        origin=origin,
        content_hash=content_hash,
        dateline=dateline_place(text),  # where the story was filed: text hygiene drops the dateline
    )


def _extract(html: str) -> dict[str, Any]:
    """trafilatura's main text and metadata; a page its parser cannot read is one clear error."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                                include_tables=False, favor_precision=True)
    except MemoryError:
        raise
    except Exception as exc:  # a third-party parser on arbitrary pages: its failure is this record's
        raise InputError(Errors.E032.format(detail=f"{type(exc).__name__}: {exc}")) from exc
    if extracted is None:
        raise InputError(Errors.E011)
    return extracted if isinstance(extracted, dict) else extracted.as_dict()


def read_html(html: str, origin: str, options: IngestOptions, *, doc_id: str | None = None,
              url: str | None = None, title: str | None = None, published: date | None = None,
              source: str | None = None) -> Document:
    """Main text and metadata of a web page, through trafilatura; what the caller knows wins."""
    found = _extract(scrub_text(html))
    text = found.get("text") or ""
    if not text.strip():
        raise InputError(Errors.E011)
    paragraphs = "\n\n".join(line for line in text.split("\n") if line.strip())
    return make_document(
        paragraphs, origin, options,
        doc_id=doc_id,
        url=url or found.get("url"),
        title=title or found.get("title"),
        published=published or parse_date(found.get("date")),
        source=source or found.get("sitename"),
    )
