"""The CLI behaves the same way everywhere: usage errors exit 2, unknown codes exit 1 with a
hint, formats refuse what they cannot hold, Parquet never goes to a terminal, one EU."""

from __future__ import annotations

import io
import json
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.errors import UnsupportedOutput
from detente.export.formats import check_output, default_kinds
from detente.export.output import open_output
from detente.store import Store

EU_STORY = "The European Union imposed anti-dumping duties on Chinese steel on Monday."


def run(args: list[str], input: str | None = None):
    return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)


@pytest.fixture
def demo_copy(demo_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, copy)
    return copy


@pytest.fixture
def eu_db(tmp_path: Path) -> Path:
    db = tmp_path / "eu.duckdb"
    assert run(["code", "-", "--db", str(db), "--published", "2026-03-04"], input=EU_STORY).exit_code == 0
    return db


# --- formats and kinds ----------------------------------------------------------------------
@pytest.mark.parametrize(("fmt", "kinds", "code"), [
    ("gdelt", {"measure"}, "E022"), ("gdelt", {"event", "measure"}, "E022"),
    ("csv", {"event", "measure"}, "E021"), ("parquet", {"event", "measure"}, "E021")])
def test_a_format_refuses_kinds_it_cannot_hold(fmt, kinds, code):
    with pytest.raises(UnsupportedOutput, match=rf"\[{code}\]"):
        check_output(fmt, frozenset(kinds))


@pytest.mark.parametrize(("fmt", "kinds"), [
    ("jsonl", {"event", "measure"}), ("jsonl", {"measure"}), ("csv", {"measure"}), ("parquet", {"measure"}),
    ("gdelt", {"event"})])
def test_a_format_takes_kinds_it_can_hold(fmt, kinds):
    check_output(fmt, frozenset(kinds))


def test_code_prints_every_kind_a_format_holds_by_default():
    assert default_kinds("jsonl") == {"event", "measure"} and default_kinds("csv") == {"event"}


def test_export_of_measures_as_gdelt_is_a_usage_error(demo_copy):
    result = run(["export", "--db", str(demo_copy), "--kinds", "measure", "--format", "gdelt"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "Usage: detente export [OPTIONS]\n"
        "Try 'detente export --help' for help.\n\n"
        "Error: [E022] Format gdelt holds events only (GDELT's event table): write trade measures as jsonl, csv "
        "or parquet.\n")


def test_export_of_two_kinds_as_parquet_is_a_usage_error(demo_copy, tmp_path):
    out = tmp_path / "both.parquet"
    result = run(["export", "--db", str(demo_copy), "--kinds", "event,measure", "--format", "parquet",
                  "--out", str(out)])
    assert result.exit_code == 2 and "[E021] Format parquet holds one kind of record" in result.stderr
    assert not out.exists()


# --- Parquet and terminals -------------------------------------------------------------------
class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_parquet_is_not_written_to_a_terminal():
    with pytest.raises(UnsupportedOutput, match=r"\[E023\] Parquet is binary"), open_output("parquet", None, Terminal()):
        pass
    with open_output("jsonl", None, Terminal()) as out:  # text may go to a terminal
        assert isinstance(out, Terminal)


def test_parquet_goes_to_a_pipe(demo_copy, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--db", str(demo_copy), "--format", "parquet"])
    assert result.exit_code == 0
    with Store(demo_copy, read_only=True) as store:
        mentions = store.count("mentions")
    assert pq.read_table(io.BytesIO(result.stdout_bytes)).num_rows == mentions > 0  # every mention of the demo


def test_parquet_on_a_real_terminal_asks_for_out(demo_copy):
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "detente", "export", "--db", str(demo_copy), "--format",
                               "parquet"], stdout=terminal, stderr=subprocess.PIPE, text=True, timeout=120,
                              check=False, env={**os.environ, "COLUMNS": "200"})
    finally:
        os.close(terminal)
        os.close(controller)
    assert done.returncode == 2
    assert done.stderr.endswith("Error: [E023] Parquet is binary and is not written to a terminal: pass --out FILE, "
                                "or redirect the output to a file.\n")


def test_an_unwritable_out_file_is_an_error(demo_copy, tmp_path):
    target = tmp_path / "missing" / "events.csv"
    result = run(["export", "--db", str(demo_copy), "--format", "csv", "--out", str(target)])
    assert (result.exit_code, result.stderr) == (1, f"Error: [E024] Could not write {target}: No such file or directory.\n")


# --- codes that match nothing, pairs with no events ------------------------------------------
def test_report_for_codes_that_match_nothing_is_an_error(demo_copy, tmp_path):
    out = tmp_path / "r.html"
    result = run(["report", "--dyad", "XXX", "CHN", "--db", str(demo_copy), "--out", str(out)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"Error: [E020] No stored event or trade measure involves XXX; "
                             f"`detente actors codes --db {demo_copy}` lists the codes stored.\n")
    assert not out.exists()


def test_report_for_a_known_pair_without_events_says_so(demo_copy, tmp_path):
    out = tmp_path / "r.html"
    result = run(["report", "--dyad", "AUS", "USA", "--db", str(demo_copy), "--out", str(out)])
    assert (result.exit_code, result.output) == (0, f"Wrote {out}: AUS-USA, no dated events to chart.\n")
    assert "No dated events for this dyad." in out.read_text(encoding="utf-8")


def test_actor_codes_lists_what_dyad_accepts(demo_copy):
    result = run(["actors", "codes", "--db", str(demo_copy)])
    lines = result.output.splitlines()
    assert lines[0] == "code    events  measures  also written"
    counts = {line.split()[0]: [int(n) for n in line.split()[1:3]] for line in lines[1:-1] if line.split()}
    assert counts["CANGOV"][0] > 0 and counts["CAN"][0] > 0 and counts["CAN"][1] > 0  # Canada's measures
    assert lines[-1] == "A country code (CAN) also matches the longer codes that start with it (CANGOV)."


# --- the demo --------------------------------------------------------------------------------
def test_the_demo_writes_its_report_next_to_its_database(demo_db):
    assert (demo_db.parent / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "report on the busiest country pair next to the database (report.html in the database's folder)" in \
        " ".join(run(["demo", "--help"]).output.split())


# --- one European Union ----------------------------------------------------------------------
def test_eu_and_igoeec_find_the_same_events_and_measures(eu_db):
    for first in ("EU", "IGOEEC", "eu"):
        series = json.loads(run(["dyad", first, "CHN", "--db", str(eu_db), "--format", "json"]).output)
        assert (series["first"], series["events"]) == (first.upper(), 1)
    for imposer in ("EU", "IGOEEC"):
        [measure] = [json.loads(line) for line in run(["measures", "--imposer", imposer, "--db", str(eu_db),
                                                        "--format", "jsonl"]).output.splitlines()]
        assert (measure["imposer"], measure["affected"]) == ("EU", "CHN")  # stored as coded
    codes = run(["actors", "codes", "--db", str(eu_db)]).output.splitlines()
    assert "IGOEEC       1         1  EU" in codes


def test_the_eu_report_shows_its_measure(eu_db, tmp_path):
    out = tmp_path / "eu.html"
    assert run(["report", "--dyad", "EU", "CHN", "--db", str(eu_db), "--out", str(out)]).exit_code == 0
    assert "EU impose anti_dumping_duty on CHN" in out.read_text(encoding="utf-8")


def test_eu_is_an_organisation_for_the_registry(tmp_path):
    db = tmp_path / "people.duckdb"
    added = run(["actors", "add", "Ursula Example", "--country", "EU", "--sector", "GOV", "--db", str(db)])
    assert added.output == "added: Ursula Example: IGOEEC, ? to open (manual)\n"
