"""Serving under load: 20 readers on /v1/events and /v1/dyads while one writer posts the VOA corpus.

Starts the real `detente serve` (uvicorn, one process) on a copy of the demo database on a free
loopback port. One writer posts ../shared/corpus/voa_stories.jsonl to POST /v1/documents in
batches; meanwhile READERS threads page through /v1/events (cursor pages, filters) and ask for
dyad series (/v1/dyads/A/B with turning points) as fast as the server answers. When the writer
is done the readers stop, and the run checks that there were no errors and that every posted
document is stored exactly once: the database holds each posted id once, the document count
grew by exactly the number of new documents, and posting the corpus again stores nothing.

Prints p50/p99 latency and requests/s per endpoint, and the writer's documents/s.
Run: .venv/bin/python bench/serve_load.py [--readers 20] [--batch 5]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "voa_stories.jsonl"
TOKEN = "serve-load-token"
DYADS = [("CAN", "CHN"), ("USA", "CHN"), ("CAN", "USA"), ("USA", "IRN"), ("RUS", "UKR")]
EVENT_FILTERS: list[dict[str, Any]] = [{}, {"a": "CAN", "b": "CHN"}, {"actor": "USA"}, {"quad_class": 4},
                                       {"q": "minister"}, {"root": "04"}]
MAX_SECONDS = 1800  # the run stops by itself even if the writer never finishes


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[str]:
    env = {**os.environ, "DETENTE_TOKEN": TOKEN}
    process = subprocess.Popen([sys.executable, "-m", "detente", "serve", "--db", str(db), "--port", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit(f"detente serve did not start: {process.stderr.read() if process.stderr else ''}")


class Recorder:
    """Latencies and failures per endpoint, from many threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []

    def record(self, name: str, seconds: float, response: httpx.Response | None, error: str | None = None) -> None:
        with self.lock:
            self.latencies[name].append(seconds)
            if error or response is None or response.status_code >= 400:
                self.errors.append(f"{name}: {error or (response.status_code, response.text[:200])}")


def reader(base: str, recorder: Recorder, stop: threading.Event, seed: int) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=60) as client:
        while not stop.is_set():
            if rng.random() < 0.6:
                params: dict[str, Any] = {**rng.choice(EVENT_FILTERS), "limit": 100}
                for _ in range(rng.randint(1, 3)):  # a few pages, following the cursor
                    started = time.perf_counter()
                    try:
                        response = client.get("/v1/events", params=params)
                    except httpx.HTTPError as exc:
                        recorder.record("GET /v1/events", time.perf_counter() - started, None, repr(exc))
                        break
                    recorder.record("GET /v1/events", time.perf_counter() - started, response)
                    cursor = response.json().get("next_cursor") if response.status_code == 200 else None
                    if not cursor:
                        break
                    params["cursor"] = cursor
            else:
                a, b = rng.choice(DYADS)
                by = rng.choice(["month", "week"])
                started = time.perf_counter()
                try:
                    response = client.get(f"/v1/dyads/{a}/{b}", params={"by": by})
                except httpx.HTTPError as exc:
                    recorder.record("GET /v1/dyads", time.perf_counter() - started, None, repr(exc))
                    continue
                # a dyad the database does not hold yet is a 404 with E020, an answer rather than an error
                if response.status_code == 404 and response.json().get("code") == "E020":
                    response = httpx.Response(200)
                recorder.record("GET /v1/dyads", time.perf_counter() - started, response)


def writer(base: str, records: list[dict[str, Any]], batch: int, recorder: Recorder, outcome: dict[str, Any]) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    started_all = time.perf_counter()
    with httpx.Client(base_url=base, timeout=600, headers=headers) as client:
        for start in range(0, len(records), batch):
            chunk = records[start:start + batch]
            started = time.perf_counter()
            response = client.post("/v1/documents", json=chunk)
            recorder.record("POST /v1/documents", time.perf_counter() - started, response)
            if response.status_code in (200, 422):
                body = response.json()
                outcome["new"] += body["new"]
                outcome["failed"] += body["failed"]
                outcome["ids"] += [d["doc_id"] for d in body["documents"] if d["stored"]]
    outcome["seconds"] = time.perf_counter() - started_all


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", type=int, default=20)
    parser.add_argument("--batch", type=int, default=5, help="documents per POST")
    args = parser.parse_args()
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for record in records:
        record["source"] = "VOA"

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "detente.duckdb"
        subprocess.run([sys.executable, "-m", "detente", "demo", "--db", str(db)], check=True,
                       stdout=subprocess.DEVNULL, cwd=folder)
        served = Path(folder) / "served.duckdb"
        shutil.copy(db, served)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(served, port)
        try:
            before = httpx.get(f"{base}/healthz").json()["documents"]
            recorder, stop = Recorder(), threading.Event()
            outcome: dict[str, Any] = {"new": 0, "failed": 0, "ids": [], "seconds": 0.0}
            threads = [threading.Thread(target=reader, args=(base, recorder, stop, i)) for i in range(args.readers)]
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            write = threading.Thread(target=writer, args=(base, records, args.batch, recorder, outcome))
            write.start()
            write.join(MAX_SECONDS)
            stop.set()
            for thread in threads:
                thread.join()
            elapsed = time.perf_counter() - started
            after = httpx.get(f"{base}/healthz").json()["documents"]
            again = httpx.post(f"{base}/v1/documents", json=records[:25], timeout=600,
                               headers={"Authorization": f"Bearer {TOKEN}"}).json()
            again_count = httpx.get(f"{base}/healthz").json()["documents"]
        finally:
            server.terminate()
            server.wait(timeout=30)
        held = _ids_held(served, [str(r["id"]) for r in records])

    print(f"detente serve under load: {args.readers} readers, 1 writer posting {len(records)} VOA stories "
          f"in batches of {args.batch}, {elapsed:.1f} s")
    print(f"{'endpoint':<22}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}")
    for name, values in sorted(recorder.latencies.items()):
        print(f"{name:<22}{len(values):>9}{len(values) / elapsed:>9.1f}{statistics.median(values) * 1000:>9.0f}"
              f"{percentile(values, 0.99) * 1000:>9.0f}")
    reads = sum(len(v) for k, v in recorder.latencies.items() if k.startswith("GET"))
    print(f"reads: {reads / elapsed:.1f} requests/s in all; writer: {len(records) / outcome['seconds']:.2f} "
          f"documents/s coded and stored")
    print(f"errors: {len(recorder.errors)}")
    for error in recorder.errors[:10]:
        print(f"  {error}")
    checks = {
        "documents before + new = after": before + outcome["new"] == after,
        "every stored id held exactly once": all(held.get(i) == 1 for i in outcome["ids"]),
        "stored + failed = posted": len(outcome["ids"]) + outcome["failed"] == len(records),
        "posting again stores nothing": again["new"] == 0 and again_count == after,
    }
    print(f"documents: {before} before, {after} after, {outcome['new']} new, {outcome['failed']} refused; "
          f"posting 25 again: {again['new']} new")
    for name, ok in checks.items():
        print(f"  {'ok' if ok else 'FAILED'}  {name}")
    return 0 if not recorder.errors and all(checks.values()) else 1


def _ids_held(db: Path, ids: list[str]) -> dict[str, int]:
    from detente.store import Store

    with Store(db, read_only=True) as store:
        rows = store.query(f"SELECT doc_id, count(*) FROM documents WHERE doc_id IN ({', '.join('?' for _ in ids)}) "
                           "GROUP BY 1", ids)
    return {str(doc_id): int(count) for doc_id, count in rows}


if __name__ == "__main__":
    sys.exit(main())
