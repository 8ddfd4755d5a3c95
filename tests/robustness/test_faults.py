"""Issue 13 fault tests: `detente code` killed at random moments, and a disk that fills up.

Real processes on real DuckDB files. Killed (SIGKILL) again and again, a run leaves a
database that a rerun completes to exactly what a clean run stores, with no orphan rows. A
write that fails because the file may grow no further (RLIMIT_FSIZE: the process's "disk" is
full, EFBIG) is one clear error line; the database stays intact, and a rerun with room
stores the rest.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from detente.errors import StoreError
from detente.store import Store

DEMO = Path(__file__).resolve().parents[2] / "src" / "detente" / "data" / "demo"
TABLES = ("documents", "sentences", "events", "mentions", "measures", "measure_products", "actor_people",
          "actor_aliases", "actor_roles", "actor_documents")
# Rows that point at something that is not there.
ORPHANS = {
    "sentences without their document": "SELECT count(*) FROM sentences WHERE content_hash NOT IN "
                                        "(SELECT content_hash FROM documents)",
    "mentions without their document": "SELECT count(*) FROM mentions WHERE content_hash NOT IN "
                                       "(SELECT content_hash FROM documents)",
    "mentions without their event": "SELECT count(*) FROM mentions WHERE global_event_id NOT IN "
                                    "(SELECT global_event_id FROM events)",
    "events without a mention": "SELECT count(*) FROM events WHERE global_event_id NOT IN "
                                "(SELECT global_event_id FROM mentions)",
    "measures without their document": "SELECT count(*) FROM measures WHERE content_hash NOT IN "
                                       "(SELECT content_hash FROM documents)",
    "products without their measure": "SELECT count(*) FROM measure_products WHERE measure_id NOT IN "
                                      "(SELECT measure_id FROM measures)",
    "documents without their sentences": "SELECT count(*) FROM documents d WHERE n_sentences <> "
                                         "(SELECT count(*) FROM sentences s WHERE s.content_hash = d.content_hash)",
}


def paragraphs() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt"))]
    texts += [json.loads(line)["text"] for line in (DEMO / "wire.jsonl").read_text(encoding="utf-8").splitlines()]
    return [p.strip() for text in texts for p in text.split("\n\n") if len(p.split()) > 8]


def write_corpus(path: Path, count: int, first: int = 0) -> Path:
    """``count`` distinct news records made of the demo corpus's paragraphs."""
    found = paragraphs()
    with path.open("w", encoding="utf-8") as out:
        for i in range(first, first + count):
            text = "\n\n".join([found[i % len(found)], found[(i * 5 + 2) % len(found)],
                                f"Officials from Canada and China met for the {i + 1}th round of talks on Monday."])
            published = date(2026, 1, 1) + timedelta(days=i)
            out.write(json.dumps({"id": f"r{i}", "text": text, "published": published.isoformat()}) + "\n")
    return path


def detente(*args: str, preexec_fn: Callable[[], None] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "detente", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, preexec_fn=preexec_fn)


def code(corpus: Path, db: Path, preexec_fn: Callable[[], None] | None = None) -> tuple[int, str]:
    process = detente("code", str(corpus), "--db", str(db), preexec_fn=preexec_fn)
    _, stderr = process.communicate(timeout=900)
    return process.returncode, stderr


class Printed:
    """The records a running `detente code` has printed so far (read on a thread of its own)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.last = -1  # the highest record number printed (records are r0, r1, ...)
        self.done = threading.Event()
        self.changed = threading.Condition()
        threading.Thread(target=self._read, args=(process,), daemon=True).start()

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            with self.changed:
                self.last = max(self.last, int(json.loads(line)["doc_id"][1:]))
                self.changed.notify_all()
        with self.changed:
            self.done.set()
            self.changed.notify_all()

    def wait_for(self, record: int) -> None:
        """Until ``record`` (or a later one) was printed, or the run ended."""
        with self.changed:
            self.changed.wait_for(lambda: self.last >= record or self.done.is_set(), timeout=600)


def counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return {t: store.count(t) for t in TABLES if store.has_table(t)}


def has_data(db: Path) -> bool:
    """Whether a killed run got as far as creating the tables."""
    try:
        Store(db, read_only=True).close()
    except StoreError:
        return False
    return True


def orphans(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        found = {name: store.query(sql)[0][0] for name, sql in ORPHANS.items()}
    return {name: n for name, n in found.items() if n}


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The corpus and what coding it once, without interruption, stores."""
    folder = tmp_path_factory.mktemp("faults")
    corpus = write_corpus(folder / "corpus.jsonl", 100)
    status, stderr = code(corpus, folder / "clean.duckdb")
    assert status == 0, stderr
    return corpus, counts(folder / "clean.duckdb")


def test_killed_runs_then_a_rerun_store_exactly_what_a_clean_run_does(clean, tmp_path: Path) -> None:
    corpus, expected = clean
    assert expected["documents"] == 100 and expected["mentions"] > 100 and expected["measures"] > 0
    db = tmp_path / "killed.duckdb"
    rng = random.Random()
    kills = []
    for _ in range(5):
        process = detente("code", str(corpus), "--db", str(db))
        printed = Printed(process)  # read all the output as it comes, so the run never waits on a full pipe
        # Let some batches (32 records each) be coded and stored first, then kill a moment later.
        printed.wait_for(rng.choice([-1, 0, 32, 64]))
        delay = rng.uniform(0, 2.0)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        seen = printed.last
        kills.append((seen, round(delay, 2)))
        if db.exists() and has_data(db):
            assert orphans(db) == {}, f"after kills (last record printed, then seconds): {kills}"
    status, stderr = code(corpus, db)
    assert status == 0, stderr
    assert counts(db) == expected, f"kills (last record printed, then seconds): {kills}"
    assert orphans(db) == {}


def _limit_file_size(limit: int) -> Callable[[], None]:
    def limit_in_child() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, not a signal
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_in_child


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE (POSIX)")
def test_a_full_disk_is_one_clear_error_and_the_database_stays_intact(clean, tmp_path: Path) -> None:
    corpus, expected = clean
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "first.jsonl").write_text("".join(lines[:40]), encoding="utf-8")
    db = tmp_path / "full.duckdb"
    status, stderr = code(tmp_path / "first.jsonl", db)
    assert status == 0, stderr
    before = counts(db)

    # No file may grow past 16 KB: the database (already larger) and its write-ahead log are full.
    assert os.path.getsize(db) > 16_384
    status, stderr = code(corpus, db, preexec_fn=_limit_file_size(16_384))
    assert status == 1
    assert "Traceback" not in stderr
    [line] = [line for line in stderr.splitlines() if line.startswith("Error:")]  # besides "Skipped N ..."
    assert line.startswith(f"Error: [E036] Could not write to the database {db}: ")
    assert "File too large" in line and "what was stored before is intact" in line
    assert counts(db) == before  # nothing half-written
    assert orphans(db) == {}

    status, stderr = code(corpus, db)  # with room again, the rerun stores the rest
    assert status == 0, stderr
    assert counts(db) == expected
    assert orphans(db) == {}
