"""`detente export`: write the stored events or trade measures (a thin layer)."""

from __future__ import annotations

import click

from detente.cli._util import db_option, kinds_option, library_errors
from detente.export import EXPORT_FORMATS
from detente.export.formats import check_output
from detente.export.measures import export_kinds
from detente.export.output import open_output
from detente.store.queries import open_existing


@click.command(name="export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True)
@db_option
@click.option("--out", "out_path", type=click.Path(dir_okay=False), help="Write here instead of stdout.")
@kinds_option("event")
def export_command(fmt: str, db_path: str, out_path: str | None, kinds: frozenset[str]) -> None:
    """Write the stored events as JSON Lines, CSV, Parquet, GDELT 2.0 or PLOVER.

    gdelt is GDELT's events table (61 columns, one row per event, with places and tone),
    gdelt-mentions its mentions table (16 columns, one row per report) and plover one
    PLOVER/POLECAT JSON record per event. --kinds measure writes the stored trade measures
    instead (JSON Lines, CSV or Parquet); --kinds event,measure writes both in one JSON Lines
    stream. A format that cannot hold the kinds asked for (measures in GDELT's or PLOVER's
    event records, two kinds in one CSV or Parquet table) is a usage error (exit 2).
    Parquet is binary: it goes to --out FILE or to a pipe or file, never to a terminal.

    \b
    Example:
        detente export --format gdelt > events.tsv
    """
    with library_errors():
        check_output(fmt, kinds)
        with open_existing(db_path) as store, open_output(fmt, out_path) as out:
            export_kinds(store, fmt, kinds, out)
