"""How a relationship moves: a dyad's events per period, by QuadClass and Goldstein weight.

A dyad is two actors, each a country (``CAN``) or a code prefix (``CANGOV``). Each
deduplicated event record counts once however often it was reported, and falls in the
period of its own date (a month-precision date counts on the first of its month). Every
period from the first to the last is listed, empty ones included, so the series has no
holes for the change-point detection and the chart.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from detente.errors import UnknownActorCode
from detente.store import Store
from detente.store.queries import dyad_measures, dyad_records, unmatched_codes

PERIODS = ("day", "week", "month", "year")


@dataclass(slots=True)
class Period:
    """One period of a dyad series."""

    label: str
    start: date
    end: date  # inclusive
    events: int = 0
    mentions: int = 0
    by_quad: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # QuadClass 1..4
    goldstein_sum: float = 0.0
    codes: Counter[str] = field(default_factory=Counter)

    @property
    def goldstein_mean(self) -> float | None:
        return self.goldstein_sum / self.events if self.events else None

    def top_codes(self, n: int = 3) -> list[tuple[str, int]]:
        """The most frequent CAMEO codes, ties broken by code."""
        return sorted(self.codes.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


@dataclass(slots=True)
class DyadSeries:
    """A dyad's periods, the dated event records behind them, and its turning points."""

    first: str
    second: str
    directed: bool
    by: str
    periods: list[Period]
    events: list[dict[str, Any]]
    undated: int = 0
    since: date | None = None
    until: date | None = None
    turning_points: list[Any] = field(default_factory=list)  # changepoints.TurningPoint
    penalty: float | None = None  # the change-point penalty used
    measures: list[dict[str, Any]] = field(default_factory=list)
    measure_records: list[Any] = field(default_factory=list)  # the same measures as model.Measure records

    @property
    def mentions(self) -> int:
        return sum(p.mentions for p in self.periods)

    def period_index(self, day: date) -> int:
        """The index of the period holding ``day``."""
        return bisect_right([p.start for p in self.periods], day) - 1


def period_start(day: date, by: str) -> date:
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())  # ISO weeks start on Monday
    if by == "month":
        return day.replace(day=1)
    if by == "year":
        return date(day.year, 1, 1)
    raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")


def next_start(start: date, by: str) -> date:
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    if by == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def period_label(start: date, by: str) -> str:
    if by == "day":
        return start.isoformat()
    if by == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{start.year}-{start.month:02d}"
    return str(start.year)


def empty_periods(first: date, last: date, by: str) -> list[Period]:
    """Every period from the one holding ``first`` to the one holding ``last``."""
    periods: list[Period] = []
    start = period_start(first, by)
    while start <= last:
        following = next_start(start, by)
        periods.append(Period(period_label(start, by), start, following - timedelta(days=1)))
        start = following
    return periods


def build_series(records: list[dict[str, Any]], first: str, second: str, by: str = "month",
                 since: date | None = None, until: date | None = None,
                 directed: bool = False) -> DyadSeries:
    """Bucket event records (dicts with date, quad_class, goldstein, cameo, num_mentions)."""
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}; choose one of {', '.join(PERIODS)}")
    undated = sum(1 for r in records if r.get("date") is None)
    dated = sorted((r for r in records if r.get("date") is not None
                    and (since is None or r["date"] >= since) and (until is None or r["date"] <= until)),
                   key=lambda r: (r["date"], r.get("global_event_id") or 0))
    series = DyadSeries(first, second, directed, by, [], dated, undated, since, until)
    if not dated and (since is None or until is None):
        return series
    lo = since or dated[0]["date"]
    hi = until or dated[-1]["date"]
    series.periods = empty_periods(lo, hi, by)
    starts = [p.start for p in series.periods]
    for record in dated:
        period = series.periods[bisect_right(starts, record["date"]) - 1]
        period.events += 1
        period.mentions += record.get("num_mentions") or 1
        period.by_quad[record["quad_class"] - 1] += 1
        period.goldstein_sum += record["goldstein"]
        period.codes[record["cameo"]] += 1
    return series


BACKGROUND_DAYS = 365


def dyad_series(store: Store, first: str, second: str, by: str = "month", since: date | None = None,
                until: date | None = None, directed: bool = False,
                turning_points: bool = True) -> DyadSeries:
    """The dyad's series from the store, with turning points and (when stored) trade measures.

    Raises UnknownActorCode when a code matches no stored event or measure (a typo, or a
    database that holds nothing about that actor); a known pair with no events between them
    gives an empty series.
    """
    from detente.analysis.changepoints import MIN_SIZE, find_turning_points, penalty, signal

    unknown = unmatched_codes(store, [first, second])
    if unknown:
        raise UnknownActorCode(unknown, store.path)
    records = dyad_records(store, first, second, directed=directed)
    first_published = store.first_published() if since is None else None
    if first_published is not None:
        # The window opens a year before the corpus does: older background the articles
        # recall ("detained in 2018") is left out unless --since asks for it.
        opens = first_published - timedelta(days=BACKGROUND_DAYS)
        records = [r for r in records if r.get("date") is None or r["date"] >= opens]
    series = build_series(records, first, second, by, since, until, directed)
    _, values, counts = signal(series)
    if turning_points and len(values) >= 2 * MIN_SIZE:
        series.penalty = penalty(values, counts)
        series.turning_points = find_turning_points(series)
    series.measures = [m for m in dyad_measures(store, first, second, directed=directed)
                       if (since is None or m["date"] >= since) and (until is None or m["date"] <= until)]
    from detente.analysis.dyad_measures import measure_records

    series.measure_records = measure_records(store, series.measures)
    return series
