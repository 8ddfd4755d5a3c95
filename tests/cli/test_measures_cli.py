"""Measures on the command line and in the store: `code --kinds`, `export --kinds`, `measures`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.store import Store
from detente.store.measures import iter_measures

ARTICLE = {"id": "a1", "url": "https://example.org/a1", "published": "2026-01-14",
           "text": "Mexico imposed a 20 per cent tariff on American apples on Monday. "
                   "Canada announced a 25 per cent surtax on Chinese canola oil."}
TABLE = """\
2026-01-12  MEX -> USA  impose import tariff 20%  CAMEO 163  578170b0b6678735
    goods: apples [0808] 20%
    "Mexico imposed a 20 per cent tariff on American apples on Monday."
2026-01-14  CAN -> CHN  announce surtax / additional duty 25%  CAMEO 163  65435f7e978b7b79
    goods: canola oil [1514] 25%
    "Canada announced a 25 per cent surtax on Chinese canola oil."
"""
ONE_KIND = ("[E021] Format csv holds one kind of record: choose --kinds event or --kinds measure, "
            "or --format jsonl for both in one stream.")


def usage_error(usage: str, message: str) -> str:
    """What click prints on stderr for wrong usage of `detente <usage>`."""
    command = usage.split()[0]
    return f"Usage: detente {usage}\nTry 'detente {command} --help' for help.\n\nError: {message}\n"


def run(args, input=None):
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


def jsonl(output: str):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(ARTICLE) + "\n")
    return path


@pytest.fixture
def coded(article: Path, tmp_path: Path) -> Path:
    db = tmp_path / "m.duckdb"
    assert run(["code", str(article), "--db", str(db)]).exit_code == 0
    return db


def test_code_prints_measures_after_events_by_default(article):
    records = jsonl(run(["code", str(article), "--no-db"]).stdout)
    kinds = [r["kind"] for r in records]
    assert "event" in kinds and kinds[-2:] == ["measure", "measure"]
    assert kinds == sorted(kinds)  # a document's events, then its measures
    apples = records[-2]
    assert (apples["imposer"], apples["affected"], apples["cameo"]) == ("MEX", "USA", "163")
    assert apples["products"][0]["hs"] == "0808" and apples["doc_id"] == "a1"


def test_code_kinds_select_records(article):
    events = jsonl(run(["code", str(article), "--no-db", "--kinds", "event"]).stdout)
    assert events and {r["kind"] for r in events} == {"event"}
    measures = jsonl(run(["code", str(article), "--no-db", "--kinds", "measure"]).stdout)
    assert [r["kind"] for r in measures] == ["measure", "measure"]
    result = run(["code", str(article), "--no-db", "--kinds", "tariff"])
    assert result.exit_code == 2 and "Unknown record kind 'tariff'" in result.output


def test_code_csv_of_measures(article):
    result = run(["code", str(article), "--no-db", "--kinds", "measure", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["hs_codes"] for r in rows] == ["0808", "1514"]
    assert rows[1]["products"] == "canola oil [1514] 25%" and rows[1]["instrument"] == "surtax"
    events_only = run(["code", str(article), "--no-db", "--format", "csv"]).stdout
    assert events_only.startswith("event_id,")  # CSV holds one kind: events by default
    both = run(["code", str(article), "--no-db", "--kinds", "event,measure", "--format", "csv"])
    assert (both.exit_code, both.stdout, both.stderr) == (2, "", usage_error("code [OPTIONS] INPUTS...", ONE_KIND))


def test_measures_table_and_filters(coded):
    assert run(["measures", "--db", str(coded)]).stdout == TABLE
    only_canada = run(["measures", "--db", str(coded), "--imposer", "can"]).stdout
    assert only_canada == "\n".join(TABLE.splitlines()[3:]) + "\n"
    assert "MEX" not in run(["measures", "--db", str(coded), "--affected", "CHN"]).stdout
    assert "canola" in run(["measures", "--db", str(coded), "--hs", "15"]).stdout
    assert "apples" in run(["measures", "--db", str(coded), "--hs", "080810"]).stdout  # within 0808
    assert run(["measures", "--db", str(coded), "--hs", "12"]).stdout == "No measures.\n"
    records = jsonl(run(["measures", "--db", str(coded), "--format", "jsonl"]).stdout)
    assert [r["measure_id"] for r in records] == ["578170b0b6678735", "65435f7e978b7b79"]


def test_measures_errors(coded, tmp_path):
    missing = run(["measures", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "[E012]" in missing.output
    bad = run(["measures", "--db", str(coded), "--hs", "pork"])
    assert bad.exit_code == 2 and "--hs" in bad.output


def test_export_kinds(coded, tmp_path):
    measures = jsonl(run(["export", "--db", str(coded), "--kinds", "measure"]).stdout)
    assert [m["kind"] for m in measures] == ["measure", "measure"]
    both = jsonl(run(["export", "--db", str(coded), "--kinds", "event,measure"]).stdout)
    assert {r["kind"] for r in both} == {"event", "measure"}
    assert [r for r in both if r["kind"] == "measure"] == measures
    events = jsonl(run(["export", "--db", str(coded)]).stdout)
    assert events and {r["kind"] for r in events} == {"event"}
    rows = list(csv.DictReader(io.StringIO(run(["export", "--db", str(coded), "--kinds", "measure",
                                                 "--format", "csv"]).stdout)))
    assert [r["imposer"] for r in rows] == ["MEX", "CAN"]
    out = tmp_path / "m.parquet"
    run(["export", "--db", str(coded), "--kinds", "measure", "--format", "parquet", "--out", str(out)])
    table = pq.read_table(out)
    assert table.num_rows == 2 and table.column("products").to_pylist()[0][0]["hs"] == "0808"
    mixed = run(["export", "--db", str(coded), "--kinds", "event,measure", "--format", "csv"])
    assert (mixed.exit_code, mixed.stdout, mixed.stderr) == (2, "", usage_error("export [OPTIONS]", ONE_KIND))
    gdelt = run(["export", "--db", str(coded), "--kinds", "measure", "--format", "gdelt"])
    assert (gdelt.exit_code, gdelt.stdout) == (2, "")  # GDELT holds events only (tests/cli)


def test_store_keeps_measures_once_and_with_their_goods(coded, article):
    assert run(["code", str(article), "--db", str(coded)]).exit_code == 0  # the same text again
    with Store(coded) as store:
        assert store.count("measures") == 2 and store.count("measure_products") == 2
        stored = list(iter_measures(store))
    assert [m.products[0].text for m in stored] == ["apples", "canola oil"]
    assert stored[0].date.isoformat() == "2026-01-12" and stored[0].rate == 20.0


def test_retaliation_link_survives_the_store(tmp_path):
    text = ("Ottawa imposed a 10 per cent surtax on American whiskey in retaliation for "
            "Washington's tariffs on Canadian aluminium.")
    db = tmp_path / "r.duckdb"
    run(["code", "-", "--db", str(db), "--published", "2026-01-14"], input=text)
    with Store(db) as store:
        stored = {m.imposer: m for m in iter_measures(store)}
    assert stored["CAN"].in_response_to == stored["USA"].measure_id
    table = run(["measures", "--db", str(db)]).stdout
    assert f"answers {stored['USA'].measure_id}" in table
