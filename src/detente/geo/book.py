"""The places detente can put on a map: GeoNames cities, regions and countries, read once per process.

The tables in ``data/geo/`` are built by ``tools/build_places.py`` from GeoNames (CC BY 4.0)
and Natural Earth (public domain); see ``data/README.md``. A name is looked up in four
places, and every reading is kept as a candidate for :mod:`detente.geo.choose` to pick from:

- venues (``landmarks.tsv``: "the Great Hall of the People" is in Beijing) and the seats of
  government of the actor dictionary ("the Kremlin": the capital of Russia);
- the actor dictionary's country names and aliases ("U.S.", "Britain"), whose CAMEO regions
  ("the Middle East", "Asia") are places without coordinates, whatever town shares the name;
- regions (``regions.tsv``: US states, provinces, "Crimea");
- cities (``places.tsv``), by GeoNames name and the aliases English news uses.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from detente.actors.gazetteer import Gazetteer, fold
from detente.data import read_tsv

if TYPE_CHECKING:
    from detente.actors.gazetteer import Place

CITY = "city"
REGION = "region"
COUNTRY = "country"
CAPITAL_FEATURE = "PPLC"
ALIAS_WEIGHT = 0.1  # a city named by another of its names weighs a tenth (as tools/build_cities.py)
REGION_WEIGHT = 0.1  # a region weighs a tenth of its towns' people: a city is what a bare name usually means
CAPITAL_WEIGHT = 1.5  # a national capital is named more often than its size says


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """A place of the GeoNames tables: a city, a region (first-level division) or a country."""

    kind: str
    name: str
    country: str  # ISO 3166 alpha-3
    admin1: str = ""  # GeoNames admin1 code ("" for a country)
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    feature: str = ""  # GeoNames feature code: PPLC, PPL, ADM1, PCLI

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What tells two places apart (a city and its region never share it)."""
        return (self.kind, self.country, self.admin1, self.name)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of a name: the place and how much the name alone suggests it."""

    place: GeoPlace
    weight: float
    venue: bool = False  # named by a building or venue in it ("the Kremlin")
    alias: bool = False  # named by another of its names ("Bombay")
    largest_in_region: bool = False  # the most populous city of its region (New York City in New York)


class Unplaceable:
    """A name that is a place but not one with a point: a CAMEO region ("the Middle East")."""

    def __repr__(self) -> str:
        return "UNPLACEABLE"


UNPLACEABLE = Unplaceable()


def _float(cell: str) -> float | None:
    return float(cell) if cell else None


def _key(text: str) -> str:
    """The lookup form of a name: folded, lower case, without a leading "the"."""
    key = fold(" ".join(text.split())).lower()
    return key[4:] if key.startswith("the ") else key


class PlaceBook:
    """The geo tables with their name indexes; :meth:`load` gives the shared instance."""

    def __init__(self) -> None:
        self.gazetteer = Gazetteer.load()
        self.cities: dict[int, GeoPlace] = {}
        self.countries: dict[str, GeoPlace] = {}
        self.fips: dict[str, str] = {}
        self.capitals: dict[str, int] = {}
        self._names: dict[str, list[Candidate]] = {}
        self._regions: dict[tuple[str, str], GeoPlace] = {}
        self._venues: dict[str, int] = {}
        self._largest: dict[tuple[str, str], int] = {}  # (country, admin1) -> its most populous city

    @classmethod
    def load(cls) -> PlaceBook:
        return _load()

    # --- reading the tables --------------------------------------------------------------
    def _add(self, name: str, candidate: Candidate) -> None:
        readings = self._names.setdefault(_key(name), [])
        if all(c.place.key != candidate.place.key for c in readings):
            readings.append(candidate)

    def _read(self) -> PlaceBook:
        for row in read_tsv("geo/countries.tsv"):
            place = GeoPlace(COUNTRY, row["name"], row["iso3"], geonameid=int(row["geonameid"]),
                             lat=_float(row["lat"]), lon=_float(row["lon"]), feature="PCLI")
            self.countries[row["iso3"]] = place
            self.fips[row["iso3"]] = row["fips"]
            if row["capital"]:
                self.capitals[row["iso3"]] = int(row["capital"])
        for row in read_tsv("geo/regions.tsv"):
            place = GeoPlace(REGION, row["name"], row["iso3"], row["admin1"],
                             int(row["geonameid"]) if row["geonameid"] else None, _float(row["lat"]),
                             _float(row["lon"]), int(row["population"]), "ADM1")
            self._regions.setdefault((row["iso3"], row["admin1"]), place)
            for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
                self._add(name, Candidate(place, place.population * REGION_WEIGHT, alias=name != row["name"]))
        for row in read_tsv("geo/places.tsv"):
            place = GeoPlace(CITY, row["name"], row["iso3"], row["admin1"], int(row["geonameid"]),
                             float(row["lat"]), float(row["lon"]), int(row["population"]), row["feature"])
            self.cities[place.geonameid] = place  # type: ignore[index]
            self._largest.setdefault((place.country, place.admin1), place.geonameid)  # type: ignore[arg-type]
            weight = place.population * (CAPITAL_WEIGHT if place.feature == CAPITAL_FEATURE else 1.0)
            self._add(place.name, Candidate(place, weight))
            for alias in filter(None, row["aliases"].split("|")):
                self._add(alias, Candidate(place, weight * ALIAS_WEIGHT, alias=True))
        for row in read_tsv("geo/landmarks.tsv"):
            for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
                self._venues[_key(name)] = int(row["geonameid"])
        return self

    # --- lookups -------------------------------------------------------------------------
    def candidates(self, text: str) -> list[Candidate] | Unplaceable:
        """Every reading of a place name, or UNPLACEABLE for a region without a point; [] when unknown."""
        key = _key(text)
        if not key:
            return []
        venue = self._venues.get(key)
        if venue is not None:
            return [Candidate(self.cities[venue], float("inf"), venue=True)]
        found = [replace(c, largest_in_region=True) if c.place.kind == CITY
                 and self._largest.get((c.place.country, c.place.admin1)) == c.place.geonameid else c
                 for c in self._names.get(key, [])]
        actor_place = self.gazetteer.place(text)
        if actor_place is not None:
            reading = self._actor_reading(actor_place, found)
            if reading is UNPLACEABLE:
                return UNPLACEABLE  # "Asia", "the Middle East": not the town of the same name
            if isinstance(reading, Candidate) and all(c.place.key != reading.place.key for c in found):
                found.append(reading)
        return found

    def _actor_reading(self, place: Place, readings: list[Candidate]) -> Candidate | Unplaceable | None:
        """What the actor dictionary's reading of a name adds to the readings of the geo tables.

        A CAMEO region has no point; a seat of government is in its capital (unless a venue
        line says otherwise); a country name is the country, unless the name is a city's or a
        region's own in that very country: the actor dictionary lists "Dubai", "Gaza" and
        "Ontario" as names of their countries, since CAMEO codes them so, but they are places
        of their own. Demonyms are no place; capitals and cities are read from places.tsv.
        """
        if place.kind == "region" or place.country is None:
            return UNPLACEABLE
        if place.kind == "seat":
            capital = self.capital(place.country)
            return Candidate(capital, float("inf"), venue=True) if capital else None
        if place.kind != "name":
            return None
        if any(c.place.country == place.country and not c.alias for c in readings):
            return None
        country = self.countries.get(place.country)
        return Candidate(country, float("inf")) if country else None

    def country(self, iso3: str | None) -> GeoPlace | None:
        return self.countries.get(iso3) if iso3 else None

    def capital(self, iso3: str | None) -> GeoPlace | None:
        """The capital city of a country (GeoNames' capital), if the tables have it."""
        gid = self.capitals.get(iso3 or "")
        return self.cities.get(gid) if gid is not None else None

    def region_of(self, place: GeoPlace) -> GeoPlace | None:
        """The listed region a city lies in (by its admin1 code), if any."""
        return self._regions.get((place.country, place.admin1)) if place.admin1 else None

    def country_of_text(self, text: str) -> str | None:
        """The country a name or demonym points at in the actor dictionary ("Chinese": CHN)."""
        found = self.gazetteer.place(text)
        return found.country if found is not None else None

    def full_name(self, place: GeoPlace) -> str:
        """ "City, Region, Country" as GDELT writes FullName (the region when the tables name it)."""
        country = self.countries.get(place.country)
        parts = [place.name]
        if place.kind == CITY:
            region = self.region_of(place)
            if region is not None:
                parts.append(region.name)
        if place.kind != COUNTRY and country is not None and country.name != parts[-1]:
            parts.append(country.name)  # "Hong Kong", not "Hong Kong, Hong Kong"
        return ", ".join(parts)

    def adm1_code(self, place: GeoPlace) -> str | None:
        """GDELT's ADM1 code: the FIPS 10-4 country code and the GeoNames admin1 code ("CH22", "USTX")."""
        fips = self.fips.get(place.country, "")
        return f"{fips}{place.admin1}" if place.kind != COUNTRY and place.admin1 and fips else None


@functools.lru_cache(maxsize=1)
def _load() -> PlaceBook:
    return PlaceBook()._read()
