"""Throughput: end-to-end coding vs spaCy parsing alone, on the VOA corpus (~1 MB).

Prints documents/s, words/s, peak memory and the ratio end-to-end / parse-only.
Target: ratio <= 1.25. Run: .venv/bin/python bench/throughput.py [--mb 1.0] [--db]
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from detente.ingest.readers import IngestOptions, make_document
from detente.pipeline import Pipeline
from detente.store import Store

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "voa_stories.jsonl"


def load_documents(megabytes: float):
    records = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    documents, size, copy = [], 0, 0
    while size < megabytes * 1_000_000:
        for record in records:
            text = record["text"] if copy == 0 else f"{record['text']}\n\nCopy {copy}."
            documents.append(make_document(text, f"voa:{record['id']}:{copy}", IngestOptions(),
                                           doc_id=f"{record['id']}-{copy}", url=record.get("url"),
                                           published=None))
            size += len(text.encode())
            if size >= megabytes * 1_000_000:
                break
        copy += 1
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (repeats the stories)")
    parser.add_argument("--no-db", action="store_true", help="skip the DuckDB store in the end-to-end run")
    args = parser.parse_args()
    documents = load_documents(args.mb)
    words = sum(len(d.text.split()) for d in documents)
    pipeline = Pipeline()
    nlp = pipeline.nlp
    list(nlp.pipe([d.text for d in documents[:8]]))  # warm up

    start = time.perf_counter()
    for _ in nlp.pipe((d.text for d in documents), batch_size=pipeline.options.batch_size):
        pass
    parse_seconds = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        store = None if args.no_db else Store(Path(tmp) / "bench.duckdb")
        start = time.perf_counter()
        events = sum(len(r.events) for r in pipeline.run(documents, store))
        end_to_end = time.perf_counter() - start
        if store is not None:
            store.close()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(documents)} documents, {words:,} words, "
          f"{sum(len(d.text.encode()) for d in documents) / 1e6:.2f} MB")
    print(f"parse only : {parse_seconds:7.2f} s  {len(documents) / parse_seconds:7.1f} docs/s  "
          f"{words / parse_seconds:9.0f} words/s")
    print(f"end to end : {end_to_end:7.2f} s  {len(documents) / end_to_end:7.1f} docs/s  "
          f"{words / end_to_end:9.0f} words/s  ({events} events{', stored' if not args.no_db else ''})")
    print(f"ratio end-to-end / parse-only: {end_to_end / parse_seconds:.3f}  (target <= 1.25)")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
