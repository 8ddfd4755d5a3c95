"""Where a dyad's events happened, on a world map drawn offline: inline SVG, no tiles, no script.

The outline is Natural Earth's 1:110m countries (public domain; ``data/geo/world.geojson``,
built by ``tools/build_places.py``) in an equirectangular projection. Each place where events
happened is a dot, its area growing with the number of events and its colour the QuadClass
most of them share; a hollow dot is a place read from the document rather than from the
event's own sentence. A dot links to the place's line under the map, which lists its events,
each linking to its row and evidence in the events table.

:func:`map_view` gives the same content as data (the dashboard draws from it),
:func:`render_map` as HTML; both take the dyad's events and :func:`event_geo`'s answer.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import Any

from detente.analysis.dyad_text import code_name
from detente.data import data_path
from detente.export.records import first_report_places
from detente.model import DOCUMENT_PRECISION, Location
from detente.report.chart import QUAD_COLOURS
from detente.store import Store

NORTH, SOUTH = 84.0, -60.0  # latitudes the map shows (Antarctica left out)
WIDTH = 360.0  # one SVG unit per degree of longitude
HEIGHT = NORTH - SOUTH
LAND, BORDER, SEA = "#e9e6df", "#b9b3a6", "#f4f8fb"
LEFT_OUT = "ATA"  # Antarctica: no events, much ink
MARGIN = 12.0  # degrees around the dots
MIN_SPAN = 60.0  # the narrowest view, in degrees of longitude
ASPECT = 2.4  # width : height of the view


@dataclass(frozen=True, slots=True)
class EventGeo:
    """An event's place (its first report's) and its AvgTone."""

    location: Location | None
    tone: float | None


@dataclass(slots=True)
class MapPlace:
    """A dot: one place and the events that happened there."""

    name: str
    lat: float
    lon: float
    document_level: bool
    events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def quad_class(self) -> int:
        quad: int = Counter(e["quad_class"] for e in self.events).most_common(1)[0][0]
        return quad


def event_geo(store: Store, global_ids: list[int]) -> dict[int, EventGeo]:
    """The place and AvgTone of each of these events (from their first reports)."""
    rows = first_report_places(store, global_ids)
    return {gid: EventGeo(Location.from_columns(row, "action"), row.get("avg_tone")) for gid, row in rows.items()}


def map_places(events: list[dict[str, Any]], geo: dict[int, EventGeo]) -> list[MapPlace]:
    """The dots: events grouped by place (most events first), events without a place left out."""
    places: dict[tuple[str, bool], MapPlace] = {}
    for event in events:
        found = geo.get(event.get("global_event_id", -1))
        location = found.location if found else None
        if location is None or location.lat is None or location.lon is None:
            continue
        document_level = location.precision == DOCUMENT_PRECISION
        key = (location.name, document_level)
        if key not in places:
            places[key] = MapPlace(location.name, location.lat, location.lon, document_level)
        places[key].events.append(event)
    return sorted(places.values(), key=lambda p: (-len(p.events), p.name))


def _x(lon: float) -> float:
    return lon + 180.0


def _y(lat: float) -> float:
    return NORTH - lat


@functools.lru_cache(maxsize=1)
def outline_path() -> str:
    """The world's country outlines as one SVG path (map units: degrees)."""
    world = json.loads(data_path("geo/world.geojson").read_text(encoding="utf-8"))
    parts = []
    for feature in world["features"]:
        if feature["properties"]["iso3"] == LEFT_OUT:
            continue
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                points = " ".join(f"{_x(lon):.2f},{_y(lat):.2f}" for lon, lat in ring)
                parts.append(f"M{points}Z")
    return "".join(parts)


def map_view(events: list[dict[str, Any]], geo: dict[int, EventGeo]) -> dict[str, Any]:
    """The map as data: the outline path, its viewBox and the dots with their events."""
    dots = map_places(events, geo)
    return {
        "viewBox": list(view_box(dots)) if dots else [0.0, 0.0, WIDTH, HEIGHT],
        "outline": outline_path(),
        "places": [{"name": p.name, "lat": p.lat, "lon": p.lon, "x": round(_x(p.lon), 2), "y": round(_y(p.lat), 2),
                    "document_level": p.document_level, "quad_class": p.quad_class,
                    "events": [e["global_event_id"] for e in p.events]} for p in dots],
        "unplaced": sum(1 for e in events
                        if (g := geo.get(e.get("global_event_id", -1))) is None or g.location is None),
    }


def _radius(count: int, zoom: float) -> float:
    return (1.1 + 0.9 * math.sqrt(count)) * zoom


def view_box(places: list[MapPlace]) -> tuple[float, float, float, float]:
    """The part of the world the dots need, with a margin, at least ``MIN_SPAN`` degrees wide and
    twice as wide as high (the whole map when the dots span most of it)."""
    xs = [_x(p.lon) for p in places]
    ys = [_y(p.lat) for p in places]
    width = max(max(xs) - min(xs) + 2 * MARGIN, MIN_SPAN)
    height = max(max(ys) - min(ys) + 2 * MARGIN, width / ASPECT)
    width = max(width, height * ASPECT)
    if width >= WIDTH or height >= HEIGHT:
        return 0.0, 0.0, WIDTH, HEIGHT
    left = min(max((min(xs) + max(xs) - width) / 2, 0.0), WIDTH - width)
    top = min(max((min(ys) + max(ys) - height) / 2, 0.0), HEIGHT - height)
    return round(left, 2), round(top, 2), round(width, 2), round(height, 2)


def render_map(events: list[dict[str, Any]], geo: dict[int, EventGeo],
               href: Callable[[int], str] = lambda gid: f"#event-{gid}") -> str:
    """The map section: the SVG with one dot per place, then the places with their events."""
    view = map_view(events, geo)
    places = map_places(events, geo)
    if not places:
        return '<h2>Where</h2><p class="empty">No event of this dyad has a place on the map.</p>'
    box = view_box(places)
    zoom = box[2] / WIDTH
    dots = []
    for index, place in enumerate(places):
        colour = QUAD_COLOURS[place.quad_class - 1]
        fill = f'fill="none" stroke="{colour}" stroke-width="{0.6 * zoom:.2f}"' if place.document_level else \
            f'fill="{colour}" fill-opacity="0.8" stroke="#333" stroke-width="{0.2 * zoom:.2f}"'
        label = f"{place.name}: {len(place.events)} event{'s' if len(place.events) != 1 else ''}" + \
            (" (the document's place)" if place.document_level else "")
        dots.append(f'<a href="#place-{index}"><circle cx="{_x(place.lon):.2f}" cy="{_y(place.lat):.2f}" '
                    f'r="{_radius(len(place.events), zoom):.2f}" {fill}><title>{escape(label)}</title></circle></a>')
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{" ".join(f"{v:g}" for v in box)}" class="map" '
           f'role="img" aria-label="Where the events happened"><rect width="{WIDTH:g}" height="{HEIGHT:g}" '
           f'fill="{SEA}"/><path d="{view["outline"]}" fill="{LAND}" stroke="{BORDER}" '
           f'stroke-width="{0.15 * zoom:.3f}"/>{"".join(dots)}</svg>')
    items = []
    for index, place in enumerate(places):
        links = ", ".join(f'<a href="{escape(href(e["global_event_id"]), quote=True)}">{escape(str(e.get("date")))} '
                          f'{escape(e["cameo"])} {escape(code_name(e["cameo"]))}</a>' for e in place.events)
        where = " <small>(the document's place)</small>" if place.document_level else ""
        items.append(f'<li id="place-{index}"><b>{escape(place.name)}</b>{where}: {links}</li>')
    unplaced = view["unplaced"]
    note = (f'<p class="small">{unplaced} event{"s" if unplaced != 1 else ""} without a place (none named, at sea '
            "or not one the GeoNames tables know) are not on the map.</p>") if unplaced else ""
    return ("<h2>Where</h2><p class=\"small\">Each dot is a place where events of this dyad happened (GeoNames; "
            "outline: Natural Earth), its size the number of events, its colour their QuadClass; a hollow dot is "
            "the article's own place, standing in where the sentence names none. A dot leads to its events, each "
            f"to its evidence.</p>{svg}{note}<ul class=\"places\">{''.join(items)}</ul>")
