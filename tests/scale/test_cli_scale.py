"""`detente code --workers` and `--recode` at the command line, and the progress line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console
from tests.scale.corpus import TEACHING, voa_documents

from detente.cli import cli
from detente.cli._progress import RunProgress
from detente.model import CodedDocument, Event


def run(args: list[str]):
    return CliRunner().invoke(cli, args)


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in TEACHING:
        (folder / f"2026-03-02-{name}.txt").write_text(text)
    for document in voa_documents(6):
        (folder / f"{document.published}-voa-{document.doc_id}.txt").write_text(document.text)
    return folder


def test_workers_print_and_store_what_one_process_does(articles: Path, tmp_path: Path):
    one = run(["code", str(articles), "--workers", "1", "--db", str(tmp_path / "one.duckdb")])
    two = run(["code", str(articles), "--workers", "2", "--db", str(tmp_path / "two.duckdb")])
    assert one.exit_code == two.exit_code == 0
    assert two.stdout == one.stdout and one.stdout.count("\n") > 40
    exports = [run(["export", "--db", str(tmp_path / f"{n}.duckdb"), "--format", "gdelt"]).stdout for n in ("one", "two")]
    assert exports[0] == exports[1] and exports[0]


def test_a_second_run_skips_what_is_stored_and_recode_codes_it_again(articles: Path, tmp_path: Path):
    db = str(tmp_path / "t.duckdb")
    first = run(["code", str(articles), "--db", db])
    again = run(["code", str(articles), "--db", db])
    assert again.exit_code == 0 and again.stdout == ""
    assert again.stderr == (f"Skipped 12 document(s) already stored in {db} (same text); "
                            "--recode codes them again.\n")
    stored = run(["export", "--db", db]).stdout
    recoded = run(["code", str(articles), "--db", db, "--recode", "--workers", "1"])
    # coded again (knowing the people the first run taught: a few more events), stored once all the same
    assert doc_ids(recoded.stdout) >= doc_ids(first.stdout) and len(doc_ids(first.stdout)) >= 10
    assert recoded.stderr == "" and run(["export", "--db", db]).stdout == stored


def doc_ids(jsonl: str) -> set[str]:
    return {json.loads(line)["doc_id"] for line in jsonl.splitlines()}


def test_workers_must_be_at_least_one(articles: Path):
    result = run(["code", str(articles), "--no-db", "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.stderr


def coded(events: int, skipped: bool = False) -> CodedDocument:
    event = Event("d", 0, "s", "040", "met", "consult.meet")
    return CodedDocument(None, events=[event] * events, skipped=skipped)


def test_the_progress_line_shows_documents_rate_and_events_on_a_terminal():
    screen = io.StringIO()
    with RunProgress(console=Console(file=screen, force_terminal=True, color_system=None, width=120)) as progress:
        for result in (coded(3), coded(0), coded(0, skipped=True)):
            progress.add(result)
    shown = screen.getvalue()
    assert "3 documents" in shown and "documents/s" in shown and "3 events" in shown
    assert "(1 already stored)" in shown
    assert (progress.documents, progress.events, progress.skipped) == (3, 3, 1)


def test_no_progress_line_when_not_a_terminal():
    screen = io.StringIO()
    with RunProgress(console=Console(file=screen)) as progress:
        progress.add(coded(2))
    assert screen.getvalue() == "" and progress.events == 2
