"""Reads while `detente code` writes: how long `export` and `dyad` take, and what the writer pays.

    .venv/bin/python bench/concurrent_reads.py [--corpus FILE] [--db postgresql://...]

Codes the corpus (default ../shared/corpus/voa_stories.jsonl) twice into a fresh database:
once alone, once while this process runs `detente export` and `detente dyad` in a loop
(in-process, through click's runner, so the figures are the commands' own time, not Python's
start-up). Prints the latency of the reads and the writer's wall time with and without them.
With --db, a PostgreSQL database is used (emptied first); default: a DuckDB file in a temp folder.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import suppress
from pathlib import Path

from click.testing import CliRunner

from detente.cli import cli
from detente.errors import DetenteError
from detente.store import Store
from detente.store.queries import top_country_pairs

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "voa_stories.jsonl"


def fresh(db: str, folder: Path, run: int) -> str:
    if not db:
        return str(folder / f"run{run}.duckdb")
    with Store(db) as store:
        for table in ("measure_products", "measures", "mentions", "events", "sentences", "documents",
                      "actor_documents", "actor_roles", "actor_aliases", "actor_people"):
            store.execute(f"DELETE FROM {table}")
    return db


def code(corpus: Path, db: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "detente", "code", str(corpus), "--db", db, "--kinds", "event"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def read_while(writer: subprocess.Popen[bytes], db: str) -> tuple[list[float], int]:
    runner, timings, failures, pair = CliRunner(), [], 0, None
    while writer.poll() is None:
        if pair is None:
            with suppress(DetenteError), Store(db, read_only=True) as store:  # until something is stored
                pairs = top_country_pairs(store, 1)
                pair = pairs[0][:2] if pairs else None
            time.sleep(0.05)
            continue
        for args in (["export", "--db", db], ["dyad", *pair, "--db", db]):
            started = time.monotonic()
            result = runner.invoke(cli, args)
            timings.append(time.monotonic() - started)
            failures += result.exit_code != 0
    return timings, failures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--db", default="", help="a PostgreSQL URL (default: DuckDB files in a temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        alone_db = fresh(args.db, Path(tmp), 1)
        started = time.monotonic()
        code(args.corpus, alone_db).wait()
        alone = time.monotonic() - started
        db = fresh(args.db, Path(tmp), 2)
        started = time.monotonic()
        writer = code(args.corpus, db)
        timings, failures = read_while(writer, db)
        writer.wait()
        shared = time.monotonic() - started
    ordered = sorted(timings)
    engine = "PostgreSQL" if args.db else "DuckDB"
    print(f"{engine}: {len(timings)} reads (export, dyad) while `detente code` wrote {args.corpus.name}")
    print(f"  failed reads: {failures}")
    if ordered:
        print(f"  read time: median {statistics.median(ordered) * 1000:.0f} ms, "
              f"p95 {ordered[int(0.95 * (len(ordered) - 1))] * 1000:.0f} ms, max {ordered[-1] * 1000:.0f} ms")
    print(f"  writer: {alone:.1f} s alone, {shared:.1f} s with the readers (exit {writer.returncode})")


if __name__ == "__main__":
    main()
