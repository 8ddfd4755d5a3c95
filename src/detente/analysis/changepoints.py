"""Turning points: where a dyad's mean Goldstein weight shifts, found with ruptures' Pelt.

The signal is the mean Goldstein weight of the periods that have events (how cooperative
the average event was), in order. Periods without events are left out rather than filled:
no news is no evidence, and carrying an old mean across a long quiet stretch would make the
first event after it look like a break. Pelt with an l2 cost splits the signal where the
mean shifts; each extra break must lower the cost by more than the penalty

    penalty = 2 * sigma^2 * ln(n)

(the BIC-style penalty for a shift in mean under noise of variance sigma^2; n periods).
sigma is the larger of two estimates of how much a period's mean wobbles by chance:

- from the series itself, robustly: MAD(first differences) / (0.6745 * sqrt(2)), so that a
  few real shifts do not inflate it;
- from how few events a period holds: EVENT_SD / sqrt(k), k the median number of events in
  the active periods. A single event's Goldstein weight has a spread of about EVENT_SD
  (4.4 over the demo corpus's events), so the mean of two events still moves by ~3 points
  on its own, and one lone hostile story is not a new level.

and never below SIGMA_FLOOR. Segments are at least MIN_SIZE active periods long, so one odd
period is never a turning point on its own.

A turning point is explained by the events that move the mean most: each event of the new
segment gets its share of the move away from the old level (see :func:`contributions`), and
the largest shares the new way are its drivers, whichever period of the segment they fall in.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median
from typing import Any

from detente.analysis.dyad import DyadSeries, Period

EVENT_SD = 4.5
SIGMA_FLOOR = 0.25
MIN_SIZE = 2
DRIVERS = 3


@dataclass(slots=True)
class TurningPoint:
    """A break in the series: the period where the new level starts, and what drove it."""

    index: int
    label: str
    direction: str  # "up" (towards cooperation) or "down" (towards conflict)
    before: float  # mean of the per-period means in the segment before
    after: float  # and in the segment from this period on
    drivers: list[dict[str, Any]] = field(default_factory=list)


def signal(series: DyadSeries) -> tuple[list[int], list[float], list[int]]:
    """The indices of the periods with events, their mean Goldstein weights and event counts."""
    active = [i for i, p in enumerate(series.periods) if p.events]
    periods = [series.periods[i] for i in active]
    return active, [p.goldstein_mean or 0.0 for p in periods], [p.events for p in periods]


def penalty(values: list[float], counts: list[int] | None = None) -> float:
    """2 sigma^2 ln(n); sigma from the series' first differences or its events per period."""
    n = len(values)
    diffs = [b - a for a, b in pairwise(values)]
    sigma = SIGMA_FLOOR
    if diffs:
        centre = median(diffs)
        sigma = max(sigma, median(abs(d - centre) for d in diffs) / (0.6745 * math.sqrt(2)))
    if counts:
        sigma = max(sigma, EVENT_SD / math.sqrt(median(counts)))
    return 2 * sigma * sigma * math.log(max(n, 2))


def breakpoints(values: list[float], pen: float | None = None, min_size: int = MIN_SIZE,
                counts: list[int] | None = None) -> list[int]:
    """Indices where a new segment starts (never 0), by Pelt on an l2 cost."""
    if len(values) < 2 * min_size:
        return []
    import numpy as np
    import ruptures

    signal_array = np.asarray(values, dtype=float).reshape(-1, 1)
    algo = ruptures.Pelt(model="l2", min_size=min_size, jump=1).fit(signal_array)
    ends = algo.predict(pen=penalty(values, counts) if pen is None else pen)
    return [end for end in ends if end < len(values)]


def find_turning_points(series: DyadSeries, pen: float | None = None) -> list[TurningPoint]:
    """The series' breaks, each with the events that moved the mean across it most."""
    active, values, counts = signal(series)
    breaks = breakpoints(values, pen, counts=counts)
    bounds = [0, *breaks, len(values)]
    points: list[TurningPoint] = []
    for k, at in enumerate(breaks):
        before = sum(values[bounds[k]:at]) / (at - bounds[k])
        after = sum(values[at:bounds[k + 2]]) / (bounds[k + 2] - at)
        direction = "up" if after > before else "down"
        index = active[at]
        segment = [series.periods[i] for i in active[at:bounds[k + 2]]]
        points.append(TurningPoint(index, series.periods[index].label, direction, before, after,
                                   drivers(series, segment, before, direction)))
    return points


def contributions(series: DyadSeries, segment: list[Period], before: float) -> list[tuple[float, dict[str, Any]]]:
    """Each event of the new segment with its share of the move away from the old level.

    An event of Goldstein weight g, one of the segment's N events, moves the segment's mean
    event by (g - before) / N away from the old level; the shares add up to exactly the
    segment's mean event minus ``before``. Counting events rather than periods keeps a lone
    mild event, alone in the month where the break falls, from outweighing the month of
    strong events that made the shift.
    """
    inside = [e for period in segment for e in series.events if period.start <= e["date"] <= period.end]
    return [((event["goldstein"] - before) / len(inside), event) for event in inside]


def drivers(series: DyadSeries, segment: list[Period], before: float, direction: str,
            n: int = DRIVERS) -> list[dict[str, Any]]:
    """The events that move the mean most the new way, each with its ``contribution`` to the shift.

    Most reported first among equal shares, then by date.
    """
    sign = 1 if direction == "up" else -1
    pulling = [(share, event) for share, event in contributions(series, segment, before) if sign * share > 0]
    pulling.sort(key=lambda pair: (-sign * pair[0], -(pair[1].get("num_mentions") or 1),
                                   pair[1]["date"], pair[1].get("global_event_id") or 0))
    return [{**event, "contribution": round(share, 4)} for share, event in pulling[:n]]
