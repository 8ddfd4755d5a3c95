"""`detente measures`: list stored trade measures (a thin layer over detente.store.measures)."""

from __future__ import annotations

import sys

import click

from detente.analysis.measures_text import format_measures
from detente.cli._util import db_option, library_errors
from detente.export.measures import write_measures
from detente.store.measures import iter_measures
from detente.store.queries import open_existing


def _hs_code(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not value.isdigit():
        raise click.BadParameter("use the digits of an HS chapter, heading or subheading, e.g. 12 or 1205")
    return value


@click.command(name="measures")
@click.option("--imposer", help="Only measures imposed by this jurisdiction (ISO3 or EU, also IGOEEC), e.g. CHN.")
@click.option("--affected", help="Only measures affecting this jurisdiction, e.g. CAN.")
@click.option("--hs", "hs_code", callback=_hs_code, help="Only measures on goods under this HS code, e.g. 12 or 1205.")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def measures_command(imposer: str | None, affected: str | None, hs_code: str | None, db_path: str,
                     fmt: str) -> None:
    """List stored trade measures (tariffs, duties, bans, sanctions) with their goods.

    \b
    Example:
        detente measures --imposer CHN --affected CAN --hs 2306
    """
    with library_errors(), open_existing(db_path) as store:
        found = list(iter_measures(store, imposer, affected, hs_code))
    if fmt == "jsonl":
        write_measures(found, sys.stdout, "jsonl")
    else:
        click.echo(format_measures(found))
