"""`detente demo`: code the bundled corpus and print a summary a person can read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from detente.analysis import summarise
from detente.data import data_path
from detente.ingest import IngestOptions, iter_documents
from detente.model import Event
from detente.ontology import QUAD_CLASS_NAMES
from detente.pipeline import Pipeline
from detente.report import write_report
from detente.store import Store
from detente.store.backend import is_url

REPORT_NAME = "report.html"  # written in the database's folder
# The scraped news page this project was made for (kept as scraped); the demo lists its events.
SCRAPED_PAGE = "2026-01-15-carney-beijing-visit-scraped.txt"


def demo_inputs() -> list[str]:
    """The corpus's articles: every file but its notes (README.md, EXPECTED.md)."""
    corpus = Path(str(data_path("demo")))
    return [str(p) for p in sorted(corpus.iterdir()) if p.is_file() and p.suffix != ".md"]


def run_demo(db_path: str, echo: Callable[[str], None] = print, report_path: str | None = None) -> None:
    """Code the corpus, print what was found, and end with the main pair's HTML report.

    The report goes to ``report_path``, by default report.html next to the database.
    """
    report_path = report_path or str((Path() if is_url(db_path) else Path(db_path).parent) / REPORT_NAME)
    pipeline = Pipeline()
    failures = 0
    page: list[Event] = []
    with Store(db_path) as store:
        for result in pipeline.run(iter_documents(demo_inputs(), IngestOptions()), store):
            if result.error is not None:
                failures += 1
                echo(f"Error: {result.error}")
            elif result.document is not None and Path(result.document.origin).name == SCRAPED_PAGE:
                page = result.events
        summary = summarise(store)
        pair = summary.top_pairs[0][:2] if summary.top_pairs else None
        series = write_report(store, report_path, *pair) if pair else None
    echo(f"Coded the demo corpus into {db_path}")
    echo(f"  documents: {summary.documents}   sentences: {summary.sentences}   "
         f"events: {summary.events} (from {summary.mentions} mentions)")
    echo("Events by QuadClass:")
    for quad, count in sorted(summary.by_quad_class.items()):
        echo(f"  {quad} {QUAD_CLASS_NAMES[quad]:<22} {count}")
    echo("Top country pairs (events, Goldstein sum):")
    for a, b, count, total in summary.top_pairs:
        echo(f"  {a}-{b}  {count:>4}  {total:+.1f}")
    echo("Some events with their evidence:")
    for ex in summary.examples:
        echo(f"  {ex['date']}  {ex['source']} -[{ex['cameo']}]-> {ex['target']}  ({ex['rule']}: '{ex['trigger']}')")
        echo(f"      \"{ex['sentence']}\"")
    _echo_page(page, echo)
    if failures:
        echo(f"{failures} record(s) could not be coded (see above).")
    if pair and series is not None:
        turns = ", ".join(f"{tp.label} {tp.direction}" for tp in series.turning_points) or "none"
        echo(f"Report on {pair[0]}-{pair[1]} (turning points: {turns}), open it in a browser (works offline):")
        echo(f"  {Path(report_path).resolve().as_uri()}")


def _echo_page(events: list[Event], echo: Callable[[str], None]) -> None:
    """Every event of the scraped page, in the order of its sentences."""
    echo(f"The scraped page {SCRAPED_PAGE} ({len(events)} events):")
    for e in events:
        source, target = (actor.code or "-" if actor else "-" for actor in (e.source, e.target))
        echo(f"  {_when(e):<10}  {source} -[{e.cameo}]-> {target}  ({e.rule}: '{e.trigger}')")


def _when(event: Event) -> str:
    """The event's date as precise as it is known: 2018, 2025-10, 2026-01-16, or undated."""
    if event.date is None:
        return "undated"
    return event.date.isoformat()[:{"year": 4, "month": 7}.get(event.date_precision or "", 10)]
