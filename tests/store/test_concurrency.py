"""Several processes on one database at once: writers lose and duplicate nothing, readers are not locked out.

Real processes on real databases (a DuckDB file, a PostgreSQL server). The writers run
tests/store/writer.py and start together when the test creates their "go" file.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.store.writer import KEYS, OUTLETS, day_of, synthetic_document

from detente.cli import cli
from detente.store import Store
from detente.store.queries import open_existing, top_country_pairs

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]
VOA = ROOT.parent / "shared" / "corpus" / "voa_stories.jsonl"


def start_writers(args: list[list[str]], go: Path) -> list[subprocess.Popen[str]]:
    writers = [subprocess.Popen([sys.executable, str(WRITER), *a], cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for a in args]
    time.sleep(0.5)
    go.touch()
    return writers


def finish(writers: list[subprocess.Popen[str]], timeout: float = 600) -> None:
    for writer in writers:
        _, err = writer.communicate(timeout=timeout)
        assert writer.returncode == 0, err[-2000:]


def expected_events(numbers: set[int]) -> dict[tuple[str, str, str, str], tuple[int, int, int]]:
    """(source, target, CAMEO, day) -> (mentions, articles, outlets) for these synthetic documents."""
    mentions: dict[tuple[str, str, str, str], list[tuple[int, str]]] = defaultdict(list)
    for number in numbers:
        for event in synthetic_document(number).events:
            key = (event.source.code, event.target.code, event.cameo, day_of(number).isoformat())
            mentions[key].append((number, OUTLETS[number % 3]))
    return {k: (len(v), len({n for n, _ in v}), len({o for _, o in v})) for k, v in mentions.items()}


def test_writers_at_once_store_every_document_and_event_once(new_store_address: Callable[[], str], tmp_path: Path):
    """Four processes store overlapping documents, one per transaction, in different orders: the
    result is exactly what storing their union once gives, with event ids 1..n and no gaps."""
    address = new_store_address()
    Store(address).close()  # the schema exists before the writers race
    shares = [range(0, 60), range(30, 90), range(0, 90, 2), range(89, -1, -3)]
    go = tmp_path / "go"
    finish(start_writers([["synthetic", address, str(go), ",".join(map(str, share))] for share in shares], go))
    numbers = {n for share in shares for n in share}
    expected = expected_events(numbers)
    with Store(address, read_only=True) as store:
        assert store.count("documents") == len(numbers)
        assert store.count("sentences") == store.count("mentions") == sum(
            len(synthetic_document(n).events) for n in numbers)
        rows = store.query("SELECT source_code, target_code, cameo, date, num_mentions, num_articles, num_sources, "
                           "global_event_id FROM events")
        orphans = store.query("SELECT count(*) FROM mentions m LEFT JOIN events e "
                              "ON e.global_event_id = m.global_event_id WHERE e.global_event_id IS NULL")[0][0]
    stored = {(r[0], r[1], r[2], r[3].isoformat()): (r[4], r[5], r[6]) for r in rows}
    assert stored == expected
    assert sorted(r[7] for r in rows) == list(range(1, len(expected) + 1))
    assert orphans == 0
    assert {k[:3] for k in stored} <= set(KEYS)


def _voa_ids(count: int) -> list[str]:
    if not VOA.exists():
        pytest.skip("../shared/corpus/voa_stories.jsonl is not beside the project")
    return [json.loads(line)["id"] for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()][:count]


def test_coding_writers_into_one_postgresql_database(postgres_url: str, tmp_path: Path):
    """Three processes code overlapping halves of 24 VOA stories (two stories per transaction) into one
    PostgreSQL database: every story is stored once, with all of its sentences, mentions and measures
    from one coding of it, and the event records count exactly the stored mentions."""
    ids = _voa_ids(24)
    shares = [ids[:16], ids[8:], ids[:8] + ids[16:]]
    Store(postgres_url).close()
    go = tmp_path / "go"
    outs = [tmp_path / f"coded-{i}.json" for i in range(len(shares))]
    finish(start_writers([["code", postgres_url, str(go), "2", str(VOA), ",".join(s), str(out)]
                          for s, out in zip(shares, outs, strict=True)], go))
    codings: dict[str, list[list[list[str]]]] = defaultdict(list)  # story -> its codings, one per writer
    for out in outs:
        for content_hash, coding in json.loads(out.read_text(encoding="utf-8")).items():
            codings[content_hash].append(coding)
    with Store(postgres_url, read_only=True) as store:
        documents = store.query("SELECT doc_id, content_hash, n_sentences FROM documents")
        per_doc = dict(store.query("SELECT content_hash, count(*) FROM sentences GROUP BY content_hash"))
        assert sorted(d[0] for d in documents) == sorted(ids)
        assert all(per_doc.get(h, 0) == n for _, h, n in documents)  # all of each story's sentences, once
        mentions = store.count("mentions")
        assert store.query("SELECT count(DISTINCT mention_id), count(DISTINCT doc_id) FROM mentions")[0][0] == mentions
        assert store.query("SELECT coalesce(sum(num_mentions), 0) FROM events")[0][0] == mentions
        assert store.query("SELECT count(*) FROM events WHERE num_mentions = 0")[0][0] == 0
        assert store.query("SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e "
                           "WHERE e.global_event_id = m.global_event_id)")[0][0] == 0
        assert store.query("SELECT count(*) FROM measures m WHERE NOT EXISTS (SELECT 1 FROM documents d "
                           "WHERE d.content_hash = m.content_hash)")[0][0] == 0
        for content_hash, coded in codings.items():  # one writer's coding of each story, whole
            stored = [sorted(r[0] for r in store.query(f"SELECT {key} FROM {table} WHERE content_hash = ?",
                                                       [content_hash]))
                      for key, table in (("mention_id", "mentions"), ("measure_id", "measures"))]
            assert stored in coded
        recount = store.query(
            "SELECT count(*) FROM events e JOIN (SELECT global_event_id, count(*) AS n, "
            "count(DISTINCT content_hash) AS a FROM mentions GROUP BY global_event_id) c "
            "ON c.global_event_id = e.global_event_id WHERE c.n <> e.num_mentions OR c.a <> e.num_articles")[0][0]
        assert recount == 0


def test_readers_are_served_within_a_second_while_a_writer_codes(tmp_path: Path):
    """Issue 13: while `detente code` writes the VOA corpus into a DuckDB file, `export` and `dyad`
    in a loop each succeed within a second, see only whole batches, and the final counts are exact."""
    _voa_ids(1)
    db, printed_to, errors_to = tmp_path / "voa.duckdb", tmp_path / "printed.jsonl", tmp_path / "errors.txt"
    with printed_to.open("w") as out, errors_to.open("w") as errors:  # files: a full pipe would stall the writer
        writer = subprocess.Popen([sys.executable, "-m", "detente", "code", str(VOA), "--db", str(db),
                                   "--kinds", "event"], cwd=ROOT, stdout=out, stderr=errors)
    runner = CliRunner()
    timings: list[float] = []
    exported: list[int] = []
    pair: tuple[str, str] | None = None
    try:
        while writer.poll() is None:
            if pair is None:  # wait for the first batch, then follow its busiest country pair
                if db.exists() and _has_events(db):
                    with open_existing(db) as store:
                        pair = top_country_pairs(store, 1)[0][:2]
                time.sleep(0.05)
                continue
            for args in (["export", "--db", str(db)], ["dyad", *pair, "--db", str(db)]):
                started = time.monotonic()
                result = runner.invoke(cli, args)
                timings.append(time.monotonic() - started)
                assert result.exit_code == 0, result.output
                if args[0] == "export":
                    exported.append(len(result.output.splitlines()))
        writer.wait(timeout=600)
    finally:
        if writer.poll() is None:
            writer.kill()
    err = errors_to.read_text(encoding="utf-8")
    assert writer.returncode == 0, err[-2000:]
    assert "E012" not in err
    printed = [json.loads(line) for line in printed_to.read_text(encoding="utf-8").splitlines()]
    assert len(timings) >= 4, "the writer finished before the readers got going"
    assert max(timings) < 1.0, sorted(timings)[-5:]
    assert exported == sorted(exported)  # each read saw whole batches, never fewer than before
    with Store(db, read_only=True) as store:
        assert store.count("mentions") == len(printed) >= exported[-1]
        assert {r[0] for r in store.query("SELECT mention_id FROM mentions")} == {e["event_id"] for e in printed}
        assert store.count("documents") == len(_voa_ids(10_000))


def _has_events(db: Path) -> bool:
    try:
        with open_existing(db) as store:
            return store.count("events") > 0
    except Exception:  # the writer is still creating the schema
        return False


def test_a_writer_is_not_starved_by_readers_taking_turns(tmp_path: Path):
    """Three processes read a DuckDB file back to back for 60 s; a writer storing ten batches
    meanwhile finishes long before they stop (it queues at FILE.lock, and readers let it in)."""
    db = tmp_path / "busy.duckdb"
    Store(db).close()
    go = tmp_path / "go"
    reader = ("import sys, time\nfrom pathlib import Path\nfrom detente.store import Store\n"
              "while not Path(sys.argv[2]).exists(): time.sleep(0.01)\n"
              "end = time.monotonic() + 60\n"
              "while time.monotonic() < end and not Path(sys.argv[2] + '.done').exists():\n"
              "    with Store(sys.argv[1], read_only=True) as store: store.count('documents')\n")
    readers = [subprocess.Popen([sys.executable, "-c", reader, str(db), str(go)]) for _ in range(3)]
    try:
        writers = start_writers([["synthetic", str(db), str(go), ",".join(map(str, range(10)))]], go)
        started = time.monotonic()
        finish(writers, timeout=120)
        took = time.monotonic() - started
        still_reading = [r.poll() is None for r in readers]
    finally:
        (tmp_path / "go.done").touch()
        for r in readers:
            r.wait(timeout=120)
    assert all(still_reading), "the readers stopped before the writer finished: the test proves nothing"
    assert took < 60
    with Store(db, read_only=True) as store:
        assert store.count("documents") == 10
