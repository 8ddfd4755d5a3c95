"""Turning points: Pelt finds the one break a series was built to have, and nothing in noise."""

from __future__ import annotations

import math
from datetime import date

from detente.analysis.changepoints import EVENT_SD, SIGMA_FLOOR, breakpoints, find_turning_points, penalty
from detente.analysis.dyad import build_series

_ids = iter(range(1, 10_000))


def record(day: date, goldstein: float, cameo: str = "040", mentions: int = 1) -> dict:
    quad = 1 if goldstein >= 0 else 4
    return {"date": day, "goldstein": goldstein, "cameo": cameo, "quad_class": quad,
            "num_mentions": mentions, "global_event_id": next(_ids)}


def month_records(means: list[float], year: int = 2026) -> list[dict]:
    """Two events a month, one above and one below the month's mean."""
    out = []
    for m, mean in enumerate(means, start=1):
        out += [record(date(year, m, 5), mean + 1.5), record(date(year, m, 20), mean - 1.5)]
    return out


def test_a_series_built_with_one_break_has_exactly_that_turning_point():
    cooperative = [4.0, 3.4, 5.2, 3.0, 4.6, 3.8]
    hostile = [-5.0, -6.0, -4.2, -5.6, -4.4, -5.2]
    records = month_records(cooperative + hostile)
    july = [r for r in records if r["date"].month == 7]
    july[0].update(goldstein=-10.0, cameo="190")  # a strike and an arrest open the hostile half
    july[1].update(goldstein=-5.0, cameo="173", num_mentions=4)
    records.append(record(date(2026, 7, 25), 0.0, cameo="010"))
    series = build_series(records, "AAA", "BBB", by="month")
    points = find_turning_points(series)
    assert [(p.label, p.direction) for p in points] == [("2026-07", "down")]
    assert round(points[0].before, 2) == round(sum(cooperative) / 6, 2)
    assert points[0].after < -4
    # Drivers: the largest shares of the move, wherever in the hostile half they fall: the
    # strike (-10 - 4) / 13 events, then August's -7.5 and October's -7.1, not the arrest (-5).
    assert [(d["cameo"], d["date"], d["contribution"]) for d in points[0].drivers] == [
        ("190", date(2026, 7, 5), -1.0769), ("040", date(2026, 8, 20), -0.8846), ("040", date(2026, 10, 20), -0.8538)]


def test_the_shares_of_the_events_add_up_to_the_move_of_the_mean_event():
    from detente.analysis.changepoints import contributions

    records = month_records([4.0, 3.4, 5.2, 3.0, 4.6, 3.8, -5.0, -6.0, -4.2, -5.6, -4.4, -5.2])
    records.append(record(date(2026, 7, 25), 0.0, cameo="010"))
    series = build_series(records, "AAA", "BBB")
    point = find_turning_points(series)[0]
    segment = [p for p in series.periods if p.start.month >= 7]
    shares = contributions(series, segment, point.before)
    assert len(shares) == 13
    mean_event = sum(e["goldstein"] for _, e in shares) / 13
    assert round(sum(share for share, _ in shares), 9) == round(mean_event - point.before, 9)


def test_a_turn_is_explained_by_the_month_that_moved_it_not_by_a_small_event_where_it_starts():
    # The break falls on a month with one mild event; the shift comes from the next month's
    # two hard events. The drivers are those two, not the mild one that opens the segment.
    records = month_records([-5.0, -4.5, -5.5, -5.0])
    records += [record(date(2026, 5, 3), 1.0, cameo="036"),
                record(date(2026, 6, 4), 7.0, cameo="085"), record(date(2026, 6, 18), 7.4, cameo="057"),
                *month_records([4.0, 3.5], year=2027)]
    series = build_series(records, "AAA", "BBB")
    points = find_turning_points(series)
    assert [(p.label, p.direction) for p in points] == [("2026-05", "up")]
    assert [d["cameo"] for d in points[0].drivers][:2] == ["057", "085"]  # June's
    assert "036" not in [d["cameo"] for d in points[0].drivers]  # not May's mild one


def test_an_upturn_is_found_where_it_starts_and_its_drivers_pull_up():
    records = month_records([-6.0, -4.5, -5.5, -5.0, 3.5, 5.0, 4.0, 4.5])
    may = [r for r in records if r["date"].month == 5]
    may[0].update(goldstein=7.0, cameo="085")
    series = build_series(records, "AAA", "BBB")
    points = find_turning_points(series)
    assert [(p.label, p.direction) for p in points] == [("2026-05", "up")]
    assert points[0].drivers[0]["cameo"] == "085"
    assert all(d["contribution"] > 0 for d in points[0].drivers)


def test_noise_around_a_constant_level_has_no_turning_point():
    noisy = [1.0, -1.2, 0.6, 1.8, -0.4, 0.2, -1.6, 1.1, -0.8, 0.9, -0.1, 1.4]
    assert find_turning_points(build_series(month_records(noisy), "AAA", "BBB")) == []


def test_quiet_periods_are_left_out_of_the_signal():
    # A lone hostile month, a long quiet stretch, then a steady cooperative run: the quiet
    # months must not stretch the lone month into a level of its own.
    records = [record(date(2025, 1, 10), -8.0), *month_records([2.0, 2.5, 1.5, 2.2, 1.8, 2.4])]
    series = build_series(records, "AAA", "BBB")
    assert len(series.periods) == 18
    assert find_turning_points(series) == []


def test_the_penalty_is_bic_like_and_grows_with_noise_and_with_few_events():
    assert penalty([0.0, 0.0, 0.0, 0.0]) == 2 * SIGMA_FLOOR**2 * math.log(4)
    assert penalty([0.0, 10.0, 0.0, 10.0, 0.0]) > penalty([0.0, 1.0, 0.0, 1.0, 0.0])
    assert penalty([1.0, 1.0, 1.0, 1.0], [4, 4, 4, 4]) == 2 * (EVENT_SD / 2) ** 2 * math.log(4)
    assert penalty([1.0] * 4, [1] * 4) > penalty([1.0] * 4, [100] * 4)
    assert breakpoints([1.0, 2.0, 3.0]) == []  # too short for two segments of two
