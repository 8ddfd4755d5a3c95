"""GDELT 2.0 events and mentions, read back with GDELT's own field lists (../shared/data/gdelt)."""

from __future__ import annotations

import json

import pytest
from tests.export.conftest import check_type, export, field_list

EVENT_FIELDS = field_list("GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv")
MENTION_FIELDS = field_list("GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv")
GEOGRAPHY = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")


def events(path) -> list[dict[str, str]]:
    lines = export(path, "gdelt").splitlines()
    assert lines
    rows = []
    for line in lines:
        cells = line.split("\t")
        assert len(cells) == 61 == len(EVENT_FIELDS)
        rows.append(dict(zip((name for name, _ in EVENT_FIELDS), cells, strict=True)))
    return rows


def mentions(path) -> list[dict[str, str]]:
    rows = []
    for line in export(path, "gdelt-mentions").splitlines():
        cells = line.split("\t")
        assert len(cells) == 16 == len(MENTION_FIELDS)
        rows.append(dict(zip((name for name, _ in MENTION_FIELDS), cells, strict=True)))
    return rows


def reports(path) -> list[dict]:
    return [json.loads(line) for line in export(path, "jsonl").splitlines()]


def test_every_event_row_has_61_columns_of_the_declared_types(coded_store):
    for row in events(coded_store):
        wrong = [(name, row[name]) for name, data_type in EVENT_FIELDS if not check_type(row[name], data_type)]
        assert not wrong, wrong
        assert row["AvgTone"] and -100 <= float(row["AvgTone"]) <= 100
        assert row["DATEADDED"] and len(row["DATEADDED"]) == 14


def test_geography_is_there_where_the_event_has_a_place(coded_store):
    first = {}
    for report in reports(coded_store):  # jsonl lists reports by publication date: the first one first
        first.setdefault((report["cameo"], report["source"]["code"] if report["source"] else None,
                          report["target"]["code"] if report["target"] else None), report)
    placed = 0
    for row in events(coded_store):
        report = first[(row["EventCode"], row["Actor1Code"] or None, row["Actor2Code"] or None)]
        location = report["location"]
        if location is None:
            assert all(row[f"ActionGeo_{k}"] == "" for k in GEOGRAPHY)
            continue
        placed += 1
        assert row["ActionGeo_FullName"] == location["name"]
        assert float(row["ActionGeo_Lat"]) == round(location["lat"], 4)
        assert int(row["ActionGeo_Type"]) in (1, 2, 3, 4, 5)
        assert row["ActionGeo_CountryCode"] and len(row["ActionGeo_CountryCode"]) == 2  # FIPS 10-4
        if location["kind"] == "city":
            assert row["ActionGeo_FeatureID"] == str(location["geonameid"])
        for side, actor in (("Actor1", "source"), ("Actor2", "target")):
            if report[f"{actor}_location"] is not None:
                assert row[f"{side}Geo_Lat"] and row[f"{side}Geo_FullName"]
    assert placed >= 3


def test_the_meeting_is_in_beijing_the_seizure_at_sea_nowhere(coded_store):
    rows = events(coded_store)
    meetings = [r for r in rows if r["EventRootCode"] == "04" and r["Actor1CountryCode"] in ("CHN", "CAN")]
    assert meetings and all(r["ActionGeo_FeatureID"] == "1816670" for r in meetings)  # Beijing
    assert all(r["ActionGeo_CountryCode"] == "CH" and r["ActionGeo_ADM1Code"] == "CH22" for r in meetings)
    seizures = [r for r in rows if r["Actor1CountryCode"] == "IRN"]
    assert seizures and all(r["ActionGeo_Type"] == "" and r["ActionGeo_CountryCode"] == "" for r in seizures)
    arrests = [r for r in rows if r["EventCode"].startswith("173")]
    assert arrests and arrests[0]["ActionGeo_FeatureID"] == "94787"  # Kirkuk
    assert arrests[0]["ActionGeo_Type"] == "4"


def test_sourceurl_and_dateadded_are_those_of_the_first_report(coded_store):
    """The meeting was first reported by an article without a URL: its id is the citation, never
    the URL of the later article that reported it again."""
    rows = events(coded_store)
    meetings = [r for r in rows if r["EventRootCode"] == "04" and r["Actor1CountryCode"] in ("CHN", "CAN")]
    assert any(int(r["NumArticles"]) == 2 for r in meetings)
    for row in meetings:
        assert row["SOURCEURL"] == "first-report"
        assert row["DATEADDED"] == "20260312000000"
    tanker = next(r for r in rows if r["Actor1CountryCode"] == "IRN")
    assert tanker["SOURCEURL"] == "https://wire.example/tanker"
    assert all(r["IsRootEvent"] in ("0", "1") for r in rows)
    assert tanker["IsRootEvent"] == "1"  # in the story's lead paragraph


def test_every_report_is_a_mention_row_of_the_declared_types(coded_store):
    rows = mentions(coded_store)
    assert len(rows) == len(reports(coded_store))
    for row in rows:
        wrong = [(name, row[name]) for name, data_type in MENTION_FIELDS if not check_type(row[name], data_type)]
        assert not wrong, wrong
        assert 10 <= int(row["Confidence"]) <= 100 and row["InRawText"] in ("0", "1")
    ids = {r["GLOBALEVENTID"] for r in events(coded_store)}
    assert {r["GLOBALEVENTID"] for r in rows} == ids
    times = {}
    for row in rows:  # an event's time is one, whichever report mentions it
        assert times.setdefault(row["GLOBALEVENTID"], row["EventTimeDate"]) == row["EventTimeDate"]
    added = {r["GLOBALEVENTID"]: r["DATEADDED"] for r in events(coded_store)}
    assert all(added[g] == t for g, t in times.items())


def test_mention_offsets_point_into_the_document(coded_store):
    from detente.store import Store

    texts = {}
    with Store(coded_store, read_only=True) as store:
        for doc_id, text in store.query("SELECT doc_id, text FROM documents"):
            texts[doc_id] = text
    by_id = {r["event_id"]: r for r in reports(coded_store)}
    for row in mentions(coded_store):
        report = by_id[row["Extras"]]
        text = texts[report["doc_id"]]
        assert int(row["SentenceID"]) == report["sentence_index"] + 1
        action = int(row["ActionCharOffset"])
        assert text[action:action + len(report["trigger"].split()[0])] == report["trigger"].split()[0]
        source = int(row["Actor1CharOffset"])
        if source >= 0:
            assert text[source:source + len(report["source"]["text"])] == report["source"]["text"]
        assert int(row["MentionDocLen"]) == len(text)
        if report["doc_id"] == "first-report":
            assert row["MentionType"] == "2" and row["MentionIdentifier"] == "first-report"
            assert row["MentionSourceName"] == "harbour daily"
        else:
            assert row["MentionType"] == "1" and row["MentionIdentifier"].startswith("https://")


def test_avg_tone_is_the_mean_tone_of_the_reporting_documents(coded_store):
    from detente.store import Store

    with Store(coded_store, read_only=True) as store:
        tones = dict(store.query("SELECT doc_id, tone FROM documents"))
    meeting = next(r for r in events(coded_store) if r["EventRootCode"] == "04" and int(r["NumArticles"]) == 2)
    expected = (tones["first-report"] + tones["second-report"]) / 2
    assert float(meeting["AvgTone"]) == pytest.approx(expected, abs=0.0001)
    for row in mentions(coded_store):
        report = next(r for r in reports(coded_store) if r["event_id"] == row["Extras"])
        assert float(row["MentionDocTone"]) == pytest.approx(tones[report["doc_id"]], abs=0.0001)
