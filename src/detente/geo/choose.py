"""Which place a name means in this document: Paris, France or Paris, Texas; Georgia the country or the state.

The rules, in order (each is tested in ``tests/geo/test_choose.py``):

1. An explicit qualifier wins: "Paris, Texas", "Victoria, British Columbia", "Lebanon,
   Pennsylvania" keep the readings inside the region or country named after the comma.
2. A word that says what kind of place it is: "the state of Georgia", "Punjab province" keep
   regions; "the city of Quebec" keeps cities.
3. Readings in the same country are one reading: the country itself ("Mexico"), else the city
   if it is a capital ("Washington"), has a million people or more ("New York") or is the
   largest city of the region of its name, else the region ("Quebec": its largest city is
   Montreal), else the most populous city.
4. A region the document names elsewhere (through an unambiguous mention of the region or
   of a city in it: "Atlanta" for Georgia) picks the reading inside it.
5. Otherwise the reading the name suggests most (a country; else the weightiest city or
   region) stands, unless the document names another reading's country more often than the
   default's and the default weighs less than ``DOMINANCE`` times that reading: a
   Pakistani story's Hyderabad is in Pakistan, anybody's Paris is in France.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from detente.geo.book import CAPITAL_FEATURE, CITY, COUNTRY, REGION, Candidate, GeoPlace

DOMINANCE = 10.0  # a default this many times weightier than the alternative stands against country evidence
MILLION_CITY = 1_000_000  # a city this large is what its name means within its own country


@dataclass(slots=True)
class Evidence:
    """What a document says unambiguously about where it is: mentions per country and per region."""

    countries: Counter[str] = field(default_factory=Counter)
    regions: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, place: GeoPlace) -> None:
        self.countries[place.country] += 1
        if place.kind != COUNTRY and place.admin1:
            self.regions[place.country, place.admin1] += 1


def within(place: GeoPlace, area: GeoPlace) -> bool:
    """True when ``place`` lies in ``area`` (a country, or a region by its admin1 code)."""
    if place.country != area.country or place.key == area.key:
        return False
    return area.kind == COUNTRY or (area.kind == REGION and place.kind == CITY and place.admin1 == area.admin1)


def _same_country(readings: list[Candidate]) -> Candidate:
    """Rule 3: one reading per country."""
    countries = [c for c in readings if c.place.kind == COUNTRY]
    if countries:
        return countries[0]
    cities = sorted((c for c in readings if c.place.kind == CITY), key=lambda c: -c.place.population)
    regions = [c for c in readings if c.place.kind == REGION]
    for city in cities:
        if city.venue or city.place.feature == CAPITAL_FEATURE or city.place.population >= MILLION_CITY \
                or (city.largest_in_region and any(city.place.admin1 == r.place.admin1 for r in regions)):
            return city
    if regions:
        return max(regions, key=lambda c: c.weight)
    return max(readings, key=lambda c: c.weight)


def choose(readings: list[Candidate], evidence: Evidence, qualifier: GeoPlace | None = None,
           kind: str | None = None) -> Candidate | None:
    """The reading of a name this document means (see the module docstring), or None without readings."""
    if not readings:
        return None
    if qualifier is not None:
        inside = [c for c in readings if within(c.place, qualifier)]
        readings = inside or readings
    if kind is not None:
        of_kind = [c for c in readings if c.place.kind == kind]
        readings = of_kind or readings
    by_country: dict[str, list[Candidate]] = {}
    for reading in readings:
        by_country.setdefault(reading.place.country, []).append(reading)
    readings = [_same_country(group) for group in by_country.values()]
    if len(readings) == 1:
        return readings[0]
    regional = [c for c in readings if c.place.kind != COUNTRY and evidence.regions[c.place.country, c.place.admin1]]
    if regional:
        return max(regional, key=lambda c: (evidence.regions[c.place.country, c.place.admin1], c.weight))
    default = max(readings, key=lambda c: c.weight)
    if default.place.kind == COUNTRY:
        return default
    supported = max(readings, key=lambda c: (evidence.countries[c.place.country], c.weight))
    if evidence.countries[supported.place.country] > evidence.countries[default.place.country] \
            and default.weight < DOMINANCE * supported.weight:
        return supported
    return default
