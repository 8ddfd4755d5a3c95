"""The `detente` command: a thin layer over the library (parse options, call, print)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from detente.cli_measures import kinds_option
from detente.cli_util import DEFAULT_DB, db_option, parse_day, require_db
from detente.errors import DetenteError
from detente.export import EXPORT_FORMATS, event_flat_row, write_event_csv_header
from detente.export.measures import export_kinds, measure_csv_writer, measure_flat_row
from detente.ingest import IngestOptions, iter_documents
from detente.ingest.readers import DEFAULT_MAX_BYTES
from detente.pipeline import CodingOptions, Pipeline


def db_options(func):
    """--db FILE / --no-db, shared by commands that store."""
    func = click.option("--no-db", is_flag=True, help="Do not store anything.")(func)
    return click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                        type=click.Path(dir_okay=False), help="DuckDB database file.")(func)


@click.group()
@click.version_option(package_name="detente")
def cli() -> None:
    """detente: explainable event data from news about international relations."""


@cli.command(name="code")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@db_options
@click.option("--published", callback=parse_day, help="Publication date (YYYY-MM-DD) for all inputs.")
@click.option("--patterns", "pattern_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An extra pattern file (YAML); may be repeated.")
@click.option("--encoding", default=None, help="Input encoding when not UTF-8, e.g. latin-1.")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, help="Largest input accepted.")
@click.option("--model", default=None, help="spaCy model package or path.")
@kinds_option("event,measure")
def code_command(inputs: tuple[str, ...], fmt: str, db_path: str, no_db: bool, published: date | None,
                 pattern_files: tuple[str, ...], encoding: str | None, max_bytes: int,
                 model: str | None, kinds: frozenset[str]) -> None:
    """Code files, folders, globs, URLs or - (stdin) and print the events.

    Trade measures (kind "measure": tariffs, duties, bans, sanctions) follow each document's
    events in the same JSON Lines stream; --kinds event or --kinds measure prints one kind.
    CSV holds one kind: events, or measures with --kinds measure.

    Exit status: 0 when every record was coded, 1 when any record failed (each failure
    is one line on stderr naming the record).

    \b
    Example:
        detente code articles/ --published 2026-01-16 --no-db
    """
    from detente.store import Store

    options = CodingOptions(pattern_files=[Path(p) for p in pattern_files])
    if model:
        options.model = model
    ingest = IngestOptions(published=published, encoding=encoding, max_bytes=max_bytes)
    try:
        pipeline = Pipeline(options)
        store = None if no_db else Store(db_path)
    except DetenteError as exc:
        raise click.ClickException(str(exc)) from exc
    failed = 0
    writer = write_event_csv_header(sys.stdout) if fmt == "csv" and "event" in kinds else None
    measure_writer = measure_csv_writer(sys.stdout) if fmt == "csv" and kinds == {"measure"} else None
    try:
        for result in pipeline.run(iter_documents(list(inputs), ingest), store):
            if result.error is not None:
                failed += 1
                click.echo(f"Error: {result.error}", err=True)
                continue
            for event in result.events if "event" in kinds else ():
                if writer is not None:
                    writer.writerow(event_flat_row(event))
                else:
                    sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            for measure in result.measures if "measure" in kinds and fmt == "jsonl" else ():
                sys.stdout.write(json.dumps(measure.to_dict(), ensure_ascii=False) + "\n")
            for measure in result.measures if measure_writer is not None else ():
                measure_writer.writerow(measure_flat_row(measure))
    except DetenteError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        if store is not None:
            store.close()
    sys.exit(1 if failed else 0)


@cli.command(name="export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True)
@db_option
@click.option("--out", "out_path", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@kinds_option("event")
def export_command(fmt: str, db_path: str, out_path: str | None, kinds: frozenset[str]) -> None:
    """Write the stored events as JSON Lines, CSV, Parquet or GDELT 2.0 (61 columns).

    --kinds measure writes the stored trade measures instead (JSON Lines, CSV or Parquet);
    --kinds event,measure writes both in one JSON Lines stream.

    \b
    Example:
        detente export --format gdelt --db detente.duckdb > events.tsv
    """
    from detente.store import Store

    require_db(db_path)
    try:
        with Store(db_path, read_only=True) as store:
            if fmt == "parquet":
                if out_path:
                    with open(out_path, "wb") as out:
                        export_kinds(store, fmt, kinds, out)
                else:
                    export_kinds(store, fmt, kinds, sys.stdout.buffer)
            elif out_path:
                with open(out_path, "w", encoding="utf-8", newline="") as out:
                    export_kinds(store, fmt, kinds, out)
            else:
                export_kinds(store, fmt, kinds, sys.stdout)
    except DetenteError as exc:
        raise click.ClickException(str(exc)) from exc


@cli.command(name="demo")
@db_option
def demo_command(db_path: str) -> None:
    """Code the bundled demo corpus into the database and print what was found.

    \b
    Example:
        detente demo --db detente.duckdb
    """
    from detente.demo import run_demo

    try:
        run_demo(db_path, echo=click.echo)
    except DetenteError as exc:
        raise click.ClickException(str(exc)) from exc


def _register_commands() -> None:
    """Commands that live in their own modules (one file per command as the CLI grows)."""
    from detente.cli_actors import actors_group
    from detente.cli_dyad import dyad_command
    from detente.cli_eval import eval_command
    from detente.cli_measures import measures_command
    from detente.cli_report import report_command

    cli.add_command(eval_command)
    cli.add_command(measures_command)
    cli.add_command(actors_group)
    cli.add_command(dyad_command)
    cli.add_command(report_command)


_register_commands()


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
