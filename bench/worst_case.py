"""Worst cases: time and peak memory for single long documents and pathological inputs.

Each case is coded end to end (parse, actors, events, measures, store into a fresh DuckDB
file) in a process of its own, so that its peak memory (max RSS, model included) is its own.
The reference is the VOA corpus (../shared/corpus/voa_stories.jsonl) coded as the separate
stories it is; every other case is one document, and its time per MB is compared with the
reference's. Goals: time per MB within 2x of the reference for the single documents, peak
memory under 1 GiB at 5 MB.

    .venv/bin/python bench/worst_case.py                 # every case
    .venv/bin/python bench/worst_case.py --case article-1m --case tariffs-2000
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "voa_stories.jsonl"
KB = 1_000
MB = 1_000_000


def stories() -> list[str]:
    return [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def article(size: int) -> str:
    """The VOA stories as paragraphs of one document (repeated as needed), cut to ``size`` characters."""
    base = "".join(f"{story}\n\n" for story in stories())
    copies = size // len(base) + 1
    text = "".join(base if n == 0 else f"Copy {n}.\n\n{base}" for n in range(copies))
    return text[:size].rsplit(" ", 1)[0].rstrip() + "."


def paragraph(size: int) -> str:
    """The same text as one paragraph: no line breaks at all."""
    return " ".join(article(size).split())


def punctuation_run(size: int) -> str:
    """A run of punctuation with no space in it (one giant token for spaCy's tokenizer)."""
    rng = random.Random(13)
    run = "".join(rng.choice("!?.,;:-*#/\\'\"()[]") for _ in range(size))
    return f"China criticized Canada on Monday. {run} Canada protested to China on Tuesday."


def punctuation_words(size: int) -> str:
    """Space-separated runs of 1 to 99 punctuation characters (every one a slow token)."""
    rng = random.Random(17)
    words, total = [], 0
    while total < size:
        word = "".join(rng.choice("!?.,;:-*#/\\'\"()[]") for _ in range(rng.randint(1, 99)))
        words.append(word)
        total += len(word) + 1
    return "China criticized Canada on Monday. " + " ".join(words)


def tariffs(times: int) -> str:
    """One sentence with thousands of trade measures: "X imposed tariffs on Y and X imposed ..."."""
    return "China imposed tariffs on Canada and " * times + "Canada protested."


CASES: dict[str, Callable[[], str | list[str]]] = {
    "voa-corpus": lambda: stories(),
    "article-10k": lambda: article(10 * KB),
    "article-100k": lambda: article(100 * KB),
    "article-1m": lambda: article(MB),
    "article-5m": lambda: article(5 * MB),
    "paragraph-100k": lambda: paragraph(100 * KB),
    "paragraph-1m": lambda: paragraph(MB),
    "punctuation-run-24k": lambda: punctuation_run(24 * KB),
    "punctuation-words-100k": lambda: punctuation_words(100 * KB),
    "tariffs-2000": lambda: tariffs(2000),
}
SINGLE_DOCUMENTS = ("article-10k", "article-100k", "article-1m", "article-5m", "paragraph-100k", "paragraph-1m")


def run_case(name: str) -> dict[str, float | int | str]:
    """Code one case in this process and return its figures (called in a child process)."""
    from detente.ingest.readers import IngestOptions, make_document
    from detente.pipeline import Pipeline
    from detente.store import Store

    made = CASES[name]()
    texts = made if isinstance(made, list) else [made]
    options = IngestOptions(check_language=False)
    documents = [make_document(text, f"{name}:{i}", options) for i, text in enumerate(texts)]
    pipeline = Pipeline()
    pipeline.code_text("China criticized Canada on Monday.")  # load and warm up outside the timing
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.duckdb") as store:
        start = time.perf_counter()
        results = list(pipeline.run(documents, store))
        seconds = time.perf_counter() - start
    failed = [str(r.error) for r in results if r.error is not None]
    return {
        "case": name, "documents": len(documents), "bytes": sum(len(d.text.encode()) for d in documents),
        "seconds": seconds, "events": sum(len(r.events) for r in results),
        "measures": sum(len(r.measures) for r in results),
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "failed": "; ".join(failed)[:200],
    }


def measure(name: str) -> dict[str, float | int | str]:
    """Run one case in a child process (its own peak memory), return its figures."""
    done = subprocess.run([sys.executable, __file__, "--child", name], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"case": name, "failed": (done.stderr.strip().splitlines() or ["?"])[-1]}
    figures: dict[str, float | int | str] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def table(rows: list[dict[str, float | int | str]]) -> str:
    reference = next((r for r in rows if r["case"] == "voa-corpus" and "seconds" in r), None)
    ref_per_mb = float(reference["seconds"]) / (int(reference["bytes"]) / MB) if reference else None
    lines = [f"{'case':<24}{'size':>10}{'seconds':>9}{'s/MB':>8}{'x VOA':>7}{'peak MiB':>10}"
             f"{'events':>8}{'measures':>9}"]
    for row in rows:
        if "seconds" not in row:
            lines.append(f"{row['case']:<24}  failed: {row['failed']}")
            continue
        size = int(row["bytes"])
        per_mb = float(row["seconds"]) / (size / MB)
        ratio = f"{per_mb / ref_per_mb:.2f}" if ref_per_mb else "-"
        lines.append(f"{row['case']:<24}{size / MB:>8.3f}MB{float(row['seconds']):>9.2f}{per_mb:>8.1f}{ratio:>7}"
                     f"{float(row['peak_mib']):>10.0f}{row['events']:>8}{row['measures']:>9}"
                     + (f"  failed: {row['failed']}" if row["failed"] else ""))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="run only these cases (repeatable)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_case(args.child)))
        return
    names = args.case or list(CASES)
    if "voa-corpus" not in names:
        names.insert(0, "voa-corpus")  # the reference for "x VOA"
    rows = []
    for name in names:
        rows.append(measure(name))
        print(f"done: {name}", file=sys.stderr, flush=True)
    print(table(rows))
    print("goals: single documents (" + ", ".join(SINGLE_DOCUMENTS) + ") within 2x VOA's s/MB; "
          "peak memory under 1024 MiB at 5 MB")


if __name__ == "__main__":
    main()
