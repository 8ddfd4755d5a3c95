"""One event, many reports: which event record a newly coded mention belongs to.

Two mentions are one event when they have the same source code, target code and CAMEO
code and their dates agree within a tolerance that depends on how well each date is known:

- ``day`` (an explicit or resolved date): within 1 day. Reports filed in different time
  zones, or "yesterday" in a story written after midnight, put the same event a day apart.
- ``published`` (no time expression, so the publication date stands in): within 2 days,
  because stories usually appear on the day of the event or one or two days after it.
- ``month`` and ``year``: the same calendar month or year.
- Mixed precisions compare the date intervals (a month is the interval of its days) and
  allow the larger of the two slacks, so "in March" joins a report dated 12 March.
- An undated mention (no publication date either) joins only undated mentions of the same
  document: nothing says two undated stories describe the same occasion. Likewise a mention
  with neither a source nor a target code joins only mentions of its own document.

A mention is compared with each candidate event's anchor date, not with every earlier
mention, so a run of daily incidents between the same actors does not chain into one
event. When a mention's date is more precise than the anchor's, the event takes it.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

Key = tuple[str, str, str]

# Most precise first; unknown precisions are treated like "day".
PRECISION_RANK = {"day": 0, "published": 1, "week": 2, "month": 3, "year": 4}
SLACK_DAYS = {"day": 1, "published": 2, "week": 0, "month": 0, "year": 0}


def event_key(source_code: str | None, target_code: str | None, cameo: str) -> Key:
    """The identity of an event apart from its date: who did what to whom."""
    return (source_code or "", target_code or "", cameo)


@dataclass(slots=True)
class Anchor:
    """An event record as the linker sees it: its key, date and the document it came from."""

    global_event_id: int
    key: Key
    date: date | None
    precision: str | None
    content_hash: str
    is_new: bool = False
    refined: bool = False


@dataclass(slots=True)
class Incoming:
    """A mention waiting for its event."""

    mention_id: str
    key: Key
    date: date | None
    precision: str | None
    content_hash: str


def _rank(precision: str | None) -> int:
    return PRECISION_RANK.get(precision or "day", 0)


def span(day: date, precision: str | None) -> tuple[date, date]:
    """The interval of days a date of this precision stands for."""
    if precision == "week":  # Monday to Sunday
        return day, day + timedelta(days=6)
    if precision == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    return day, day


def compatible(a_date: date | None, a_precision: str | None, a_doc: str,
               b_date: date | None, b_precision: str | None, b_doc: str) -> int | None:
    """The gap in days between two dated mentions when they may be one event, else None."""
    if a_date is None or b_date is None:
        return 0 if a_date is None and b_date is None and a_doc == b_doc else None
    a_lo, a_hi = span(a_date, a_precision)
    b_lo, b_hi = span(b_date, b_precision)
    gap = max(0, (b_lo - a_hi).days, (a_lo - b_hi).days)
    slack = max(SLACK_DAYS.get(a_precision or "day", 1), SLACK_DAYS.get(b_precision or "day", 1))
    return gap if gap <= slack else None


class Linker:
    """Assigns mentions to existing or new event records, in a deterministic order."""

    def __init__(self, anchors: Iterable[Anchor], next_id: int) -> None:
        self.by_key: dict[Key, list[Anchor]] = {}
        for anchor in anchors:
            self.by_key.setdefault(anchor.key, []).append(anchor)
        self.next_id = next_id
        self.first_mention: dict[int, str] = {}  # new event -> the mention it was made from

    def link(self, mentions: list[Incoming]) -> dict[str, int]:
        """mention_id -> global_event_id; the most precise mentions are placed first."""
        order = sorted(range(len(mentions)), key=lambda i: (
            _rank(mentions[i].precision), mentions[i].date or date.max, i))
        return {mentions[i].mention_id: self._place(mentions[i]) for i in order}

    def _place(self, mention: Incoming) -> int:
        best: tuple[int, int, int] | None = None
        chosen: Anchor | None = None
        anonymous = not mention.key[0] and not mention.key[1]
        for anchor in self.by_key.get(mention.key, []):
            if anonymous and anchor.content_hash != mention.content_hash:
                continue
            gap = compatible(anchor.date, anchor.precision, anchor.content_hash,
                             mention.date, mention.precision, mention.content_hash)
            if gap is None:
                continue
            distance = abs((anchor.date - mention.date).days) if anchor.date and mention.date else 0
            score = (gap, distance, anchor.global_event_id)
            if best is None or score < best:
                best, chosen = score, anchor
        if chosen is None:
            chosen = Anchor(self.next_id, mention.key, mention.date, mention.precision,
                            mention.content_hash, is_new=True)
            self.next_id += 1
            self.by_key.setdefault(mention.key, []).append(chosen)
            self.first_mention[chosen.global_event_id] = mention.mention_id
        elif mention.date is not None and _rank(mention.precision) < _rank(chosen.precision):
            chosen.date, chosen.precision, chosen.refined = mention.date, mention.precision, True
        return chosen.global_event_id

    def anchors(self) -> list[Anchor]:
        return [a for anchors in self.by_key.values() for a in anchors]
