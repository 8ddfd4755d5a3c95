"""`detente code --workers` and `--recode` at the command line, and the progress line."""

from __future__ import annotations

import io
import json
import multiprocessing
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console
from tests.scale.corpus import TEACHING, voa_documents

from detente.cli import cli
from detente.cli import code as code_module
from detente.cli._progress import RunProgress
from detente.model import CodedDocument, Event
from detente.parallel import executors


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


def test_inputs_on_disk_are_measured_until_there_is_enough(tmp_path: Path):
    (tmp_path / "a.txt").write_text("x" * 100)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("y" * 50)
    measure = code_module._bytes_on_disk
    assert measure([str(tmp_path / "a.txt")], 1000) == 100
    assert measure([str(tmp_path)], 1000) == 150  # a folder, walked
    assert measure([str(tmp_path / "**" / "*.txt")], 1000) == 150  # a glob
    assert measure([str(tmp_path)], 60) in (100, 150)  # stops once there is enough
    assert measure(["-", "https://example.org/a.html", str(tmp_path / "missing.txt")], 1000) == 0


def alive(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


@pytest.fixture
def early_start(monkeypatch):
    """Every input counts as big enough to start the workers' server first; the pids it started."""
    if "forkserver" not in multiprocessing.get_all_start_methods() or not Path("/proc/self/stat").exists():
        pytest.skip("needs a forkserver and /proc")
    multiprocessing.forkserver._forkserver._stop()  # a server other tests started: start_early starts its own
    started: list[int | None] = []
    monkeypatch.setattr(code_module, "EARLY_START_BYTES", 1)
    monkeypatch.setattr(code_module, "start_early", lambda options: started.append(executors.start_early(options)))
    return started


def test_a_server_started_early_codes_what_one_process_does(articles: Path, tmp_path: Path, early_start):
    one = run(["code", str(articles), "--workers", "1", "--db", str(tmp_path / "one.duckdb")])
    two = run(["code", str(articles), "--workers", "2", "--db", str(tmp_path / "two.duckdb")])
    assert early_start and early_start[0] is not None and alive(early_start[0])  # used: kept for the next run
    assert one.exit_code == two.exit_code == 0 and two.stdout == one.stdout and one.stdout


def test_a_server_started_early_and_never_used_is_stopped(articles: Path, tmp_path: Path, early_start):
    db = str(tmp_path / "t.duckdb")
    assert run(["code", str(articles), "--workers", "1", "--db", db]).exit_code == 0
    again = run(["code", str(articles), "--workers", "2", "--db", db])  # all stored: nothing to code
    assert again.exit_code == 0 and again.stdout == ""
    assert len(early_start) == 1 and early_start[0] is not None and not alive(early_start[0])


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
