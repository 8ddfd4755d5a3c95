"""Resolving a time expression against the document's publication date.

News rarely states full dates: "met on Thursday", "last October", "two weeks ago". A
phrase the expressions file knows (``dates.expressions``) is resolved by its entry's rule,
relative to the publication date, with the event's tense deciding whether a bare weekday
or month lies before or after publication. Explicit calendar dates ("March 3, 2024") go to
dateparser, which is slow, so it is called only for phrases the expressions file does not
handle and only when they look like a calendar date, and its results are cached.

Nothing here reads the machine's clock: a date that cannot be anchored is ``None``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal, get_args

from detente.dates.expressions import EXPRESSIONS_PATH, Expression, expression_book, match_expression, variants

CalendarPrecision = Literal["day", "week", "month", "year"]  # most precise first; a week starts on Monday
Precision = Literal[CalendarPrecision, "published"]  # "published": no date of its own, the publication date

EXPLICIT_KIND = "explicit"  # the kind of a calendar date ("March 3, 2024"), which dateparser reads
# Kinds of expression that name a point in time (a weekday, a month, a calendar date), the only
# ones a "for" may introduce ("scheduled for Friday", not "for three years").
POINT_IN_TIME_KINDS = frozenset({"weekday", "month", EXPLICIT_KIND})

_PRECISION_RANK = {precision: rank for rank, precision in enumerate(get_args(CalendarPrecision))}

# A fixed, arbitrary reference used only to ask "is this phrase a date at all, and how
# precise?" when choosing among candidate expressions; never returned to callers.
_PROBE_DATE = date(2001, 6, 13)
_ISO_DAY = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
_ISO_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$")
_DAY_TOKEN = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
_YEAR_TOKEN = re.compile(r"^\d{4}$")


# -------------------------------------------------------------------- arithmetic


def _add_months(d: date, months: int) -> date:
    """Calendar month arithmetic, clamping the day (Jan 31 + 1 month -> Feb 28/29)."""
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _truncate(d: date, precision: str) -> date:
    """Week precision is the Monday of the week, month precision the 1st of the month, year
    precision 1 January."""
    if precision == "week":
        return d - timedelta(days=d.weekday())
    if precision == "month":
        return d.replace(day=1)
    if precision == "year":
        return date(d.year, 1, 1)
    return d


def _weekday(pub: date, wd: int, direction: str, tense: str) -> date:
    """Resolve a weekday; by tense: past on-or-before publication, future on-or-after."""
    if direction == "by_tense":
        direction = "on_or_after" if tense == "future" else "on_or_before"
    if direction == "on_or_before":
        return pub - timedelta(days=(pub.weekday() - wd) % 7)
    if direction == "on_or_after":
        return pub + timedelta(days=(wd - pub.weekday()) % 7)
    if direction == "before":
        return pub - timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
    return pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)  # "after"


def _month_year(pub: date, month: int, direction: str, tense: str, years: int = 0) -> int:
    """The year of a named month relative to the publication month."""
    if direction == "by_tense":
        direction = "on_or_after" if tense == "future" else "on_or_before"
    if direction == "same_year":
        return pub.year + years
    if direction == "on_or_before":
        return pub.year if month <= pub.month else pub.year - 1
    if direction == "on_or_after":
        return pub.year if month >= pub.month else pub.year + 1
    if direction == "before":
        return pub.year if month < pub.month else pub.year - 1
    return pub.year if month > pub.month else pub.year + 1  # "after"


def _day_year(pub: date, month: int, day: int, tense: str) -> date | None:
    """A month-day without a year: the latest on/before publication (past) or first on/after."""
    step = 1 if tense == "future" else -1
    for k in range(9):  # Feb 29 can need up to 8 years
        y = pub.year + step * k
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if (step < 0 and d <= pub) or (step > 0 and d >= pub):
            return d
    return None


def _number(value: str) -> int:
    """'two' or '2' -> 2, via the number slot of the lexicon."""
    return int(value) if value.isdigit() else int(expression_book().slots["number"][value])


def _resolve_entry(entry: Expression, groups: dict[str, str], pub: date | None, tense: str
                   ) -> tuple[date | None, str | None]:
    """Apply one lexicon entry's resolution rule."""
    lex = expression_book()
    r = entry.resolve
    kind = r["kind"]
    if kind == "year":
        return date(int(groups["year"]), 1, 1), "year"
    if kind == "month" and "year" in groups:
        return date(int(groups["year"]), int(lex.slots["month"][groups["month"]]), 1), "month"
    if pub is None:
        return None, None  # everything below is relative to publication
    if kind == "offset":
        d = pub + timedelta(days=int(r.get("days", 0)))
        d = _add_months(d, int(r.get("months", 0)) + 12 * int(r.get("years", 0)))
        return _truncate(d, r["precision"]), r["precision"]
    if kind == "weekday":
        wd = int(r["weekday"]) if "weekday" in r else int(lex.slots["weekday"][groups["weekday"]])
        return _truncate(_weekday(pub, wd, r["direction"], tense), r["precision"]), r["precision"]
    if kind == "month":
        month = int(lex.slots["month"][groups["month"]])
        year = _month_year(pub, month, r["direction"], tense, int(r.get("years", 0)))
        return date(year, month, 1), "month"
    if kind == "ago":
        unit = lex.units[lex.slots["unit"][groups["unit"]]]
        n = _number(groups["number"])
        d = pub - timedelta(days=n * int(unit.get("days", 0)))
        d = _add_months(d, -n * (int(unit.get("months", 0)) + 12 * int(unit.get("years", 0))))
        return _truncate(d, unit["precision"]), unit["precision"]
    raise ValueError(f"unknown kind {kind!r} in {EXPRESSIONS_PATH.name} entry {entry.id!r}")


# ---------------------------------------------------------------- explicit dates


@dataclass(frozen=True, slots=True)
class _Explicit:
    """What an explicit calendar phrase states, decided before parsing it."""

    text: str
    has_day: bool
    has_year: bool


def _explicit(text: str) -> _Explicit | None:
    """Is this a calendar date (month name with day/year, ISO, numeric)? Gate for dateparser.

    Every word must be a month/weekday name, a day number, a year, 'of' or 'the': this
    keeps durations ("three years"), which dateparser would happily read as "ago", out.
    """
    lex = expression_book()
    forms = variants(text)
    if not forms:
        return None
    s = forms[-1]
    if _ISO_DAY.match(s) or _NUMERIC.match(s):
        return _Explicit(s, True, True)
    if _ISO_MONTH.match(s):
        return _Explicit(s, False, True)
    tokens = s.replace(",", " ").split()
    months, weekdays = lex.slots["month"], lex.slots["weekday"]
    has_month = has_day = has_year = False
    kept: list[str] = []
    for tok in tokens:
        if tok in months:
            has_month = True
        elif tok in weekdays:
            continue  # "Thursday, March 3": the weekday adds nothing to the date
        elif _YEAR_TOKEN.match(tok) and lex.year_range[0] <= int(tok) <= lex.year_range[1]:
            has_year = True
        elif (m := _DAY_TOKEN.match(tok)) and 1 <= int(m.group(1)) <= 31:
            has_day = True
        elif tok not in ("of", "the"):
            return None
        kept.append(tok)
    if not has_month or not (has_day or has_year):
        return None
    return _Explicit(" ".join(kept), has_day, has_year)


@lru_cache(maxsize=8192)
def _dateparser(text: str, base: datetime, prefer: str, parts: tuple[str, ...]
                ) -> datetime | None:
    """dateparser.parse with English only and a fixed base (it is slow; cached)."""
    import dateparser  # imported lazily: it costs ~0.2 s

    parsed: datetime | None = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": prefer,
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "REQUIRE_PARTS": list(parts),
        },
    )
    return parsed


def _resolve_explicit(exp: _Explicit, pub: date | None, tense: str
                      ) -> tuple[date | None, str | None]:
    """Parse an explicit date; precision is what was stated, the year chosen by tense if absent."""
    if not exp.has_year and pub is None:
        return None, None
    # The base only fills parts that were not stated; with no publication date, the year
    # was stated and the base is an arbitrary fixed value (never the clock).
    base = datetime(pub.year, pub.month, pub.day) if pub else datetime(2000, 1, 1)
    parts = ("month",) + (("day",) if exp.has_day else ()) + (("year",) if exp.has_year else ())
    parsed = _dateparser(exp.text, base, "future" if tense == "future" else "past", parts)
    if parsed is None:
        return None, None
    if not exp.has_day:
        return date(parsed.year, parsed.month, 1), "month"
    if exp.has_year:
        return parsed.date(), "day"
    assert pub is not None
    return _day_year(pub, parsed.month, parsed.day, tense), "day"


# ----------------------------------------------------------------------- public


@lru_cache(maxsize=65536)
def _resolve_cached(text: str, published: date | None, tense: str
                    ) -> tuple[date | None, str | None]:
    hit = match_expression(text)
    if hit is not None:
        return _resolve_entry(hit[0], hit[1], published, tense)
    exp = _explicit(text)
    if exp is not None:
        return _resolve_explicit(exp, published, tense)
    return None, None


def resolve_expression(text: str, published: date | None, tense: str = "past"
                       ) -> tuple[date | None, str | None]:
    """Resolve one time expression (e.g. 'Thursday', 'last October', 'in 2018', 'March 3,
    2024', 'on 3 March') against the publication date.

    Returns (date, precision) with precision "day" | "week" | "month" | "year"; (None, None)
    when it cannot be resolved. Week precision returns the Monday of the week ("earlier this
    week": some day of that week), month precision the 1st of the month, year precision Jan 1.
    Relative expressions need ``published``; absolute ones do not. ``tense`` ("past" or
    "future") decides on which side of publication a bare weekday or month falls.
    """
    if isinstance(published, datetime):
        published = published.date()
    return _resolve_cached(text, published, "future" if tense == "future" else "past")


@lru_cache(maxsize=65536)
def expression_kind(text: str) -> str | None:
    """The kind of a time expression ('weekday', 'month', 'offset', 'ago', 'year',
    'explicit') or None when it is not a date; lets callers filter without a date."""
    hit = match_expression(text)
    if hit is not None:
        return str(hit[0].resolve["kind"])
    return EXPLICIT_KIND if _explicit(text) is not None else None


@lru_cache(maxsize=65536)
def precision_rank(text: str) -> int | None:
    """Precision rank of a phrase if it is a date at all (0 day, 1 week, 2 month, 3 year; resolved at a
    fixed probe date), for choosing the most precise among candidate expressions."""
    _, precision = _resolve_cached(text, _PROBE_DATE, "past")
    return None if precision is None else _PRECISION_RANK[precision]
