"""GDELT 2.0 Events layout: 61 tab-separated columns, in GDELT's order.

Columns we cannot fill (geography, tone, ethnic and religion codes) are left empty.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from detente.data import read_tsv

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


def known_group_codes() -> set[str]:
    """Organisation codes, which GDELT also reports in its KnownGroupCode columns."""
    return {row["code"] for row in read_tsv("actors/organisations.tsv")}


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


def gdelt_row(row: dict[str, Any], groups: set[str]) -> list[Any]:
    """One deduplicated event record (``Store.records_arrow``) as GDELT's 61 fields.

    GLOBALEVENTID is the record's stable ``global_event_id``; NumMentions, NumSources and
    NumArticles are its counts; IsRootEvent says whether any mention is a document's first
    sentence; DATEADDED and SOURCEURL come from its earliest published report.
    """
    when: date | None = row.get("date") or row.get("published")
    cameo: str = row["cameo"]
    added: date | None = row.get("first_published") or row.get("published")
    fields: list[Any] = [
        row["global_event_id"],
        when.strftime("%Y%m%d") if when else "",
        when.strftime("%Y%m") if when else "",
        when.year if when else "",
        f"{when.year + (when.timetuple().tm_yday - 1) / 365:.4f}" if when else "",
        *_actor_fields("source", row, groups),
        *_actor_fields("target", row, groups),
        1 if row.get("is_root_event") else 0,
        cameo, cameo[:3], cameo[:2], row["quad_class"], row["goldstein"],
        row["num_mentions"], row["num_sources"], row["num_articles"], "",
        *[""] * 24,
        added.strftime("%Y%m%d000000") if added else "",
        row.get("url") or "",
    ]
    assert len(fields) == len(GDELT_COLUMNS)
    return fields
