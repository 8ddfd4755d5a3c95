"""`detente code`: code inputs and print their events and trade measures (a thin layer)."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from datetime import date
from pathlib import Path

import click

from detente.cli._util import db_options, kinds_option, library_errors, parse_day
from detente.ingest.options import DEFAULT_MAX_BYTES
from detente.options import CodingOptions
from detente.parallel.executors import default_workers, start_early, stop_if_unused

# Inputs on disk larger than this start the workers' server before anything else is imported
# (it loads the model meanwhile); smaller runs may be coded in this process alone.
EARLY_START_BYTES = 200_000


@click.command(name="code")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@db_options
@click.option("--published", callback=parse_day, help="Publication date (YYYY-MM-DD) for all inputs.")
@click.option("--patterns", "pattern_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An extra pattern file (YAML); may be repeated.")
@click.option("--encoding", default=None, help="Input encoding when not UTF-8, e.g. latin-1.")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, help="Largest input accepted.")
@click.option("--model", default=None, help="spaCy model package or path.")
@kinds_option(None, "event,measure for jsonl, event for csv")
@click.option("--workers", type=click.IntRange(min=1), default=default_workers, show_default="the machine's cores",
              help="Processes that parse and code (this one writes); the output is that of one.")
@click.option("--scheduler", envvar="DETENTE_SCHEDULER", metavar="ADDRESS",
              help="Code on a Dask cluster: tcp://HOST:8786, or local:N to start N worker processes here "
                   "[env: DETENTE_SCHEDULER].")
@click.option("--recode", is_flag=True, help="Code documents the database already holds (same text) again.")
def code_command(inputs: tuple[str, ...], fmt: str, db_path: str, no_db: bool, published: date | None,
                 pattern_files: tuple[str, ...], encoding: str | None, max_bytes: int,
                 model: str | None, kinds: frozenset[str] | None, workers: int, scheduler: str | None,
                 recode: bool) -> None:
    """Code files, folders, globs, URLs or - (stdin) and print the events.

    Trade measures (kind "measure": tariffs, duties, bans, sanctions) follow each document's
    events in the same JSON Lines stream; --kinds event or --kinds measure prints one kind.
    CSV holds one kind of record: events by default, measures with --kinds measure; asking
    CSV for both is a usage error (exit 2).

    A document the database already holds (the same text) is not parsed again and prints
    nothing; --recode codes it again. On a terminal, a progress line on stderr shows
    documents, documents/s and events so far.

    Exit status: 0 when every record was coded, 1 when any record failed (each failure
    is one line on stderr naming the record).

    \b
    Example:
        echo "China imposed tariffs on Canadian canola on Thursday." | detente code - --published 2026-01-16 --no-db
        detente code articles/ --format csv --no-db
        detente code articles/ --workers 2
    """
    options = CodingOptions(pattern_files=[Path(p) for p in pattern_files], workers=workers,
                            scheduler=scheduler or None, recode=recode)
    if model:
        options.model = model
    if workers > 1 and not scheduler and _bytes_on_disk(inputs, EARLY_START_BYTES) >= EARLY_START_BYTES:
        start_early(options)
    try:
        _code(inputs, fmt, db_path, no_db, published, encoding, max_bytes, kinds, options)
    finally:
        stop_if_unused()


def _code(inputs: tuple[str, ...], fmt: str, db_path: str, no_db: bool, published: date | None,
          encoding: str | None, max_bytes: int, kinds: frozenset[str] | None, options: CodingOptions) -> None:
    import detente
    from detente.cli._progress import RunProgress
    from detente.export.formats import check_output, default_kinds
    from detente.export.output import RecordWriter

    kinds = kinds or default_kinds(fmt)
    with library_errors():
        check_output(fmt, kinds)
        ingest = detente.IngestOptions(published=published, encoding=encoding, max_bytes=max_bytes)
        with nullcontext() if no_db else detente.Store(db_path) as store, RunProgress() as progress:
            writer = RecordWriter(sys.stdout, fmt, kinds)
            for result in detente.code(detente.read_documents(inputs, ingest), store=store, options=options):
                progress.add(result)
                if result.error is not None:
                    click.echo(f"Error: {result.error}", err=True)
                else:
                    writer.write(result.events, result.measures)
    if progress.skipped:
        click.echo(f"Skipped {progress.skipped:,} document(s) already stored in {db_path} (same text); "
                   "--recode codes them again.", err=True)
    sys.exit(1 if progress.failed else 0)


def _bytes_on_disk(inputs: Iterable[str], enough: int) -> int:
    """The size of the files that ``inputs`` name (files, folders, globs), counted until
    ``enough``; stdin and URLs count nothing (their size is not known beforehand)."""
    total = 0
    for path in _files(inputs):
        try:
            total += os.path.getsize(path)
        except OSError:
            continue
        if total >= enough:
            break
    return total


def _files(inputs: Iterable[str]) -> Iterator[str]:
    for given in inputs:
        if given == "-" or "://" in given:
            continue
        for path in glob.glob(given, recursive=True) if glob.has_magic(given) else [given]:
            if os.path.isdir(path):
                for folder, _, names in os.walk(path):
                    yield from (os.path.join(folder, name) for name in names)
            else:
                yield path
