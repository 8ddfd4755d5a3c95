"""`detente demo`: code the bundled corpus and print a summary a person can read."""

from __future__ import annotations

from collections.abc import Callable

from detente.analysis import summarise
from detente.analysis.summary import QUAD_NAMES
from detente.data import data_path
from detente.ingest import IngestOptions, iter_documents
from detente.pipeline import Pipeline
from detente.store import Store


def run_demo(db_path: str, echo: Callable[[str], None] = print) -> None:
    corpus = data_path("demo")
    pipeline = Pipeline()
    failures = 0
    with Store(db_path) as store:
        for result in pipeline.run(iter_documents([str(corpus)], IngestOptions()), store):
            if result.error is not None:
                failures += 1
                echo(f"Error: {result.error}")
        summary = summarise(store)
    echo(f"Coded the demo corpus into {db_path}")
    echo(f"  documents: {summary.documents}   sentences: {summary.sentences}   events: {summary.events}")
    echo("Events by QuadClass:")
    for quad, count in sorted(summary.by_quad_class.items()):
        echo(f"  {quad} {QUAD_NAMES[quad]:<22} {count}")
    echo("Top country pairs (events, Goldstein sum):")
    for a, b, count, total in summary.top_pairs:
        echo(f"  {a}-{b}  {count:>4}  {total:+.1f}")
    echo("Some events with their evidence:")
    for ex in summary.examples:
        echo(f"  {ex['date']}  {ex['source']} -[{ex['cameo']}]-> {ex['target']}  ({ex['rule']}: '{ex['trigger']}')")
        echo(f"      \"{ex['sentence']}\"")
    if failures:
        echo(f"{failures} record(s) could not be coded (see above).")
