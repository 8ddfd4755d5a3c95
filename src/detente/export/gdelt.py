"""GDELT 2.0 Events layout: 61 tab-separated columns, in GDELT's order, one row per event.

Every column the data supports is filled: dates, actors with their CAMEO types and known
groups, IsRootEvent, the event codes, QuadClass, Goldstein, the three counts, AvgTone, the
three geographies (Actor1Geo, Actor2Geo, ActionGeo), DATEADDED and SOURCEURL. Left empty:
ethnic and religion codes (detente does not code them) and ADM2 codes (no GAUL table).

What differs from GDELT, knowingly: FeatureIDs of cities are GeoNames ids (GDELT uses GNS
ids; both are numeric), a region's FeatureID is its ADM1 code and a country's its FIPS code
(as GDELT's textual FeatureIDs); ADM1 codes are the FIPS country code plus GeoNames' admin1
code, which is the FIPS 10-4 division code for most countries and ISO 3166-2's for a few (US
states read as GDELT's, "USTX"). DATEADDED is the first report's publication date (else the
moment the event was stored), since detente reads archives, not a live feed.
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from typing import Any

from detente.data import read_tsv
from detente.model import Location

# fmt: off
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
# fmt: on
# Primary types of organisation codes (IGOUNO): GDELT's Type1Code for them; the actor's
# sector (its function, e.g. MIL for NATO) goes in Type2Code.
STATELESS_TYPES = ("IGO", "NGO", "IMG", "MNC")
# GDELT's geographic resolutions (Geo_Type).
GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5
UNITED_STATES = "USA"


def known_group_codes() -> set[str]:
    """Organisation codes, which GDELT also reports in its KnownGroupCode columns; a state body
    listed as an organisation (PSEGOV, the Palestinian Authority) is a country and sector, no group."""
    return {row["code"] for row in read_tsv("actors/organisations.tsv")
            if row["code"] != f"{row['country']}{row['sector']}"}


@functools.lru_cache(maxsize=1)
def fips_codes() -> dict[str, str]:
    """ISO alpha-3 -> FIPS 10-4 country code (GDELT's geography uses FIPS), from data/geo/countries.tsv."""
    return {row["iso3"]: row["fips"] for row in read_tsv("geo/countries.tsv") if row["fips"]}


def _actor_fields(prefix: str, row: dict[str, Any], groups: set[str]) -> list[Any]:
    code = row.get(f"{prefix}_code") or ""
    sector = row.get(f"{prefix}_sector") or ""
    country = row.get(f"{prefix}_country") or ""
    known = code if code in groups else ""
    name = (row.get(f"{prefix}_name") or row.get(f"{prefix}_text") or "").upper()
    types = [sector, ""]
    if code[:3] in STATELESS_TYPES and not country:  # as GDELT: type 1 IGO, then what it does (MIL, REF)
        types = [code[:3], sector if sector != code[:3] else ""]
    return [code, name, country, known, "", "", "", *types, ""]


def geo_type(location: Location) -> int:
    """GDELT's Geo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1)."""
    us = location.country == UNITED_STATES
    if location.kind == "city":
        return GEO_US_CITY if us else GEO_WORLD_CITY
    if location.kind == "region":
        return GEO_US_STATE if us else GEO_WORLD_STATE
    return GEO_COUNTRY


def geo_fields(location: Location | None) -> list[Any]:
    """A location as GDELT's eight Geo columns (Type, FullName, CountryCode, ADM1Code, ADM2Code,
    Lat, Long, FeatureID); all empty without a location or without coordinates."""
    if location is None or location.lat is None or location.lon is None:
        return [""] * 8
    fips = fips_codes().get(location.country or "", "")
    kind = geo_type(location)
    if kind in (GEO_US_CITY, GEO_WORLD_CITY):
        feature: object = location.geonameid if location.geonameid is not None else ""
    elif kind == GEO_COUNTRY:
        feature = fips
    else:
        feature = location.adm1 or fips
    return [kind, location.name, fips, location.adm1 or (fips if kind == GEO_COUNTRY else ""), "",
            f"{location.lat:.4f}", f"{location.lon:.4f}", feature]


def timestamp(day: date | datetime | None) -> str:
    """GDELT's YYYYMMDDHHMMSS (a date is midnight)."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        return day.strftime("%Y%m%d%H%M%S")
    return day.strftime("%Y%m%d000000")


def date_added(row: dict[str, Any]) -> str:
    """DATEADDED: the first report's publication date, else when the event was stored."""
    return timestamp(row.get("first_published") or row.get("date_added"))


def _tone(value: object) -> str:
    return f"{float(value):.4f}" if isinstance(value, (int, float)) else ""


def gdelt_row(row: dict[str, Any], groups: set[str], root: bool | None = None) -> list[Any]:
    """One event (``detente.export.records.event_reports``) as GDELT's 61 fields.

    ``root``: the first report mentions the event in its lead (IsRootEvent); without it, the
    record's own ``is_root_event``.
    """
    if root is None:
        root = bool(row.get("is_root_event"))
    when: date | None = row.get("date") or row.get("published")
    cameo: str = row["cameo"]
    fields: list[Any] = [
        row["global_event_id"],
        when.strftime("%Y%m%d") if when else "",
        when.strftime("%Y%m") if when else "",
        when.year if when else "",
        f"{when.year + (when.timetuple().tm_yday - 1) / 365:.4f}" if when else "",
        *_actor_fields("source", row, groups),
        *_actor_fields("target", row, groups),
        1 if root else 0,
        cameo, cameo[:3], cameo[:2], row["quad_class"], row["goldstein"],
        row["num_mentions"], row["num_sources"], row["num_articles"], _tone(row.get("avg_tone")),
        *geo_fields(Location.from_columns(row, "source")),
        *geo_fields(Location.from_columns(row, "target")),
        *geo_fields(Location.from_columns(row, "action")),
        date_added(row),
        row.get("first_url") or row.get("first_doc_id") or "",
    ]
    assert len(fields) == len(GDELT_COLUMNS)
    return fields
