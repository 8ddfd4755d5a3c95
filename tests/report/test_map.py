"""The map of a dyad's events: offline SVG in the report, each dot leading to its events' evidence."""

from __future__ import annotations

import json
import re

import pytest

from detente.report import build_report
from detente.report.map import event_geo, map_view, outline_path, render_map, view_box
from detente.store import Store


def test_the_report_shows_where_the_events_happened(demo_db):
    with Store(demo_db, read_only=True) as store:
        html, series = build_report(store, "CAN", "CHN")
        geo = event_geo(store, [e["global_event_id"] for e in series.events])
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html and 'class="map"' in html
    dots = re.findall(r'<a href="#place-(\d+)"><circle', html)
    assert len(dots) >= 3
    for dot in dots:  # a dot leads to its place, whose events lead to their rows and evidence
        assert f'id="place-{dot}"' in html
    targets = re.findall(r'<a href="#event-(\d+)">', html)
    assert targets and all(f'<td class=date id="event-{gid}">' in html for gid in targets)
    placed = {gid for gid, g in geo.items() if g.location is not None}
    assert {int(gid) for gid in targets} == placed
    assert "Beijing, China" in html and "Ottawa, Ontario, Canada" in html
    assert re.search(r"tone [+-]\d", html)  # each event's AvgTone in the events table


def test_nothing_is_fetched_and_the_view_is_data(demo_db):
    with Store(demo_db, read_only=True) as store:
        _, series = build_report(store, "CAN", "CHN")
        geo = event_geo(store, [e["global_event_id"] for e in series.events])
    section = render_map(series.events, geo)
    assert "<script" not in section and "http" not in section.replace('xmlns="http://www.w3.org/2000/svg"', "")
    view = json.loads(json.dumps(map_view(series.events, geo)))  # the dashboard draws from this
    assert view["outline"] == outline_path() and len(view["viewBox"]) == 4
    assert all(set(p) >= {"name", "lat", "lon", "x", "y", "events", "quad_class"} for p in view["places"])
    assert sum(len(p["events"]) for p in view["places"]) + view["unplaced"] == len(series.events)


def test_the_view_frames_the_dots():
    class Dot:
        def __init__(self, lat: float, lon: float) -> None:
            self.lat, self.lon = lat, lon

    for dots in ([Dot(45.4, -75.7), Dot(39.9, 116.4)], [Dot(48.9, 2.3), Dot(52.5, 13.4)]):  # Ottawa-Beijing, Paris-Berlin
        left, top, width, height = view_box(dots)
        for dot in dots:
            assert left < 180 + dot.lon < left + width and top < 84 - dot.lat < top + height
        assert width == pytest.approx(2.4 * height, abs=0.05)
    assert view_box([Dot(48.9, 2.3), Dot(52.5, 13.4)])[2] < 100  # Europe, not the world
    assert view_box([Dot(70, -170), Dot(-50, 175)]) == (0.0, 0.0, 360.0, 144.0)  # the world


def test_a_dyad_without_places_says_so():
    assert "No event of this dyad has a place" in render_map([{"global_event_id": 1, "quad_class": 1}], {})
