"""`detente export --format gdelt-mentions | plover` and the JSON contract's places and tone, end to end."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from detente.cli import cli


def run(args: list[str], input: str | None = None):
    return CliRunner().invoke(cli, args, input=input)


def test_code_then_export_every_event_format(tmp_path: Path):
    db = tmp_path / "t.duckdb"
    src = tmp_path / "2026-01-16-visit.txt"
    src.write_text("BEIJING — Canadian Prime Minister Mark Carney met Chinese President Xi Jinping in Beijing on "
                   "Friday.\n\nChina condemned Canada's new surtax on Thursday.")
    coded = run(["code", str(src), "--db", str(db), "--kinds", "event"])
    assert coded.exit_code == 0, coded.output
    events = [json.loads(line) for line in coded.stdout.splitlines()]
    meeting = next(e for e in events if e["cameo"].startswith("04"))
    assert meeting["location"]["geonameid"] == 1816670 and meeting["location"]["how"] == "trigger"
    assert meeting["source_location"]["country"] == meeting["source"]["country"]
    assert isinstance(meeting["tone"], float)
    exported = [json.loads(line) for line in run(["export", "--db", str(db)]).stdout.splitlines()]
    assert [(e["event_id"], e["location"], e["source_location"], e["target_location"], e["tone"])
            for e in exported] == [(e["event_id"], e["location"], e["source_location"], e["target_location"],
                                    e["tone"]) for e in events]  # stored and read back as coded
    mentions = run(["export", "--db", str(db), "--format", "gdelt-mentions"]).stdout.splitlines()
    assert len(mentions) == len(events) and all(len(m.split("\t")) == 16 for m in mentions)
    plover = [json.loads(line) for line in run(["export", "--db", str(db), "--format", "plover"]).stdout.splitlines()]
    assert plover and all(r["id"].startswith("detente-") for r in plover)


def test_event_formats_refuse_trade_measures(tmp_path: Path):
    db = tmp_path / "t.duckdb"
    src = tmp_path / "a.txt"
    src.write_text("China imposed tariffs on Canadian canola.")
    assert run(["code", str(src), "--db", str(db), "--published", "2026-01-16"]).exit_code == 0
    for fmt in ("gdelt-mentions", "plover"):
        result = run(["export", "--db", str(db), "--format", fmt, "--kinds", "measure"])
        assert result.exit_code == 2, result.output
