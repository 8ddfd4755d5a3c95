"""`detente code` and `detente export`: the output contract, exit codes and error lines."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

from detente.cli import cli

CONTRACT_KEYS = {
    "kind", "event_id", "doc_id", "url", "published", "date", "date_precision", "sentence_index",
    "sentence", "source", "target", "cameo", "root", "quad_class", "goldstein", "plover",
    "trigger", "rule",
}
ACTOR_KEYS = {"text", "code", "country", "sector"}


def run(args, input=None):
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


def jsonl(output: str):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_jsonl_contract_for_single_sentence_record(tmp_path: Path):
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"id": "x", "text": "China imposed tariffs on Canadian canola on Thursday.",
                               "published": "2026-01-16", "url": "https://example.org/a"}) + "\n")
    result = run(["code", str(src), "--no-db"])
    assert result.exit_code == 0
    [event] = [r for r in jsonl(result.stdout) if r["kind"] == "event"]  # measures follow (issue 6)
    assert set(event) >= CONTRACT_KEYS
    assert event["kind"] == "event"
    assert event["doc_id"] == "x"
    assert event["url"] == "https://example.org/a"
    assert event["published"] == "2026-01-16"
    assert event["date"] == "2026-01-15" and event["date_precision"] == "day"
    assert event["cameo"] == "163" and event["root"] == "16"
    assert event["quad_class"] == 4 and event["goldstein"] == -8.0
    assert event["plover"] == "COERCE"
    assert set(event["source"]) >= ACTOR_KEYS and event["source"]["country"] == "CHN"
    assert event["target"]["country"] == "CAN"
    assert event["trigger"] == "imposed tariffs"
    assert event["rule"] == "reduce.impose"
    assert event["sentence_index"] == 0


def test_stdin_text_with_published_and_leading_zero_codes():
    result = run(["code", "-", "--no-db", "--published", "2026-01-16"],
                 input="Carney will meet Chinese President Xi Jinping on Friday.\n")
    assert result.exit_code == 0
    [event] = jsonl(result.stdout)
    assert event["cameo"] == "036" and event["root"] == "03"
    assert event["date"] == "2026-01-16" and event["date_precision"] == "day"


def test_csv_output(tmp_path: Path):
    src = tmp_path / "a.txt"
    src.write_text("Canada and China signed a trade agreement.")
    result = run(["code", str(src), "--no-db", "--format", "csv", "--published", "2026-01-16"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and rows[0]["cameo"] == "057" and rows[0]["source_country"] == "CAN"


def test_bad_record_is_reported_and_the_rest_is_coded_and_stored(tmp_path: Path):
    db = tmp_path / "t.duckdb"
    good = tmp_path / "good.txt"
    good.write_text("China criticized Canada over the detention.")
    empty = tmp_path / "empty.txt"
    empty.write_text("   ")
    result = run(["code", str(good), str(empty), "--db", str(db), "--published", "2026-01-16"])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {empty}: [E001] Empty input: there is no text to code.\n"
    assert jsonl(result.stdout)[0]["cameo"] == "111"
    again = run(["code", str(good), "--db", str(db), "--published", "2026-01-16"])
    assert again.exit_code == 0
    exported = run(["export", "--db", str(db), "--format", "jsonl"])
    assert len(jsonl(exported.stdout)) == len(jsonl(result.stdout))


def test_export_formats(tmp_path: Path):
    db = tmp_path / "t.duckdb"
    src = tmp_path / "a.txt"
    src.write_text("China imposed tariffs on Canadian canola. Canada protested to China.")
    assert run(["code", str(src), "--db", str(db), "--published", "2026-01-16"]).exit_code == 0
    gdelt = run(["export", "--db", str(db), "--format", "gdelt"]).stdout.splitlines()
    assert gdelt and all(len(line.split("\t")) == 61 for line in gdelt)
    fields = gdelt[0].split("\t")
    assert fields[1] == "20260116" and fields[26] == "163" and fields[27] == "163" and fields[28] == "16"
    assert fields[5] == "CHN" and fields[7] == "CHN" and fields[17] == "CAN"
    out = tmp_path / "e.parquet"
    assert run(["export", "--db", str(db), "--format", "parquet", "--out", str(out)]).exit_code == 0
    assert pq.read_table(out).num_rows == len(gdelt)
    csv_rows = list(csv.reader(io.StringIO(run(["export", "--db", str(db), "--format", "csv"]).stdout)))
    assert len(csv_rows) == len(gdelt) + 1


def test_export_without_database_is_a_clear_error(tmp_path: Path):
    result = run(["export", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert result.stderr == (f"Error: [E012] Could not open the database {tmp_path / 'none.duckdb'}: "
                             "no such file; run `detente code` first\n")
