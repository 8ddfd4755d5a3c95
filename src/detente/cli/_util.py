"""Parts shared by the command modules: the default database, date options, store checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from detente.errors import DetenteError, Errors
from detente.measures.export import parse_kinds

DEFAULT_DB = "detente.duckdb"


def parse_day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """A YYYY-MM-DD option value as a date (click callback)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(Errors.E015.format(value=value)) from exc


def db_option(func):
    """--db FILE with the shared default."""
    return click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                        type=click.Path(dir_okay=False), help="DuckDB database file.")(func)


def require_db(db_path: str) -> None:
    """Commands that read a store say clearly when there is none yet."""
    if not Path(db_path).exists():
        raise click.ClickException(Errors.E012.format(path=db_path, detail="no such file; run `detente code` first"))


def db_options(func):
    """--db FILE / --no-db, shared by commands that store."""
    func = click.option("--no-db", is_flag=True, help="Do not store anything.")(func)
    return db_option(func)


def kinds_option(default: str):
    """--kinds event,measure: which records a command writes."""

    def callback(ctx: click.Context, param: click.Parameter, value: str) -> frozenset[str]:
        try:
            return parse_kinds(value)
        except DetenteError as exc:
            raise click.BadParameter(str(exc)) from exc

    return click.option("--kinds", default=default, show_default=True, callback=callback,
                        help="Comma-separated record kinds: event, measure.")
