"""`detente export`: write the stored events or trade measures (a thin layer)."""

from __future__ import annotations

import sys

import click

from detente.cli._util import db_option, kinds_option, require_db
from detente.errors import DetenteError
from detente.export import EXPORT_FORMATS
from detente.measures.export import export_kinds


@click.command(name="export")
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
