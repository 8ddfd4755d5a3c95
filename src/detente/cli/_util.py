"""Parts shared by the command modules: options, option checks and the translation of errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, TypeVar

import click

from detente.errors import DetenteError, Errors, UnsupportedOutput
from detente.ontology.actor_codes import is_actor_code

DEFAULT_DB = "detente.duckdb"
Command = TypeVar("Command", bound=Callable[..., Any])


@contextmanager
def library_errors() -> Iterator[None]:
    """The library's errors as the CLI reports them.

    A format that cannot hold what was asked for is wrong usage (exit 2, with the usage line);
    any other DetenteError prints ``Error: [E0xx] ...`` and exits 1.
    """
    try:
        yield
    except UnsupportedOutput as exc:
        raise click.UsageError(str(exc), ctx=click.get_current_context(silent=True)) from exc
    except DetenteError as exc:
        raise click.ClickException(str(exc)) from exc


def parse_day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """A YYYY-MM-DD option value as a date (click callback)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(Errors.E015.format(value=value)) from exc


def check_window(since: date | None, until: date | None) -> None:
    """--since after --until is wrong usage (options are parsed in the order typed, so check here)."""
    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}.")


def actor_code(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A country (CAN), a CAMEO actor code (CANGOV) or an alias such as EU, upper-cased (click callback)."""
    code = value.strip().upper()
    if not is_actor_code(code):
        raise click.BadParameter(f"'{value}' is not an actor code: use a country (CAN) or a CAMEO code (CANGOV).")
    return code


def db_option(func: Command) -> Command:
    """--db FILE|URL with the shared default: a DuckDB file, or a PostgreSQL database shared by many
    processes (a URL, which may carry a password, is better given through $DETENTE_DB)."""
    return click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, metavar="FILE|URL",
                        envvar="DETENTE_DB", show_envvar=True, type=click.Path(dir_okay=False),
                        help="DuckDB file, or postgresql://user@host/db.")(func)


def db_options(func: Command) -> Command:
    """--db FILE / --no-db, shared by commands that store."""
    func = click.option("--no-db", is_flag=True, help="Do not store anything.")(func)
    return db_option(func)


def kinds_option(default: str | None, default_text: str | None = None) -> Callable[[Command], Command]:
    """--kinds event,measure: which records a command writes (a frozenset, or None when not given)."""

    def callback(ctx: click.Context, param: click.Parameter, value: str | None) -> frozenset[str] | None:
        if value is None:
            return None
        from detente.export.measures import parse_kinds  # (pyarrow: imported when asked for)

        try:
            return parse_kinds(value)
        except DetenteError as exc:
            raise click.BadParameter(str(exc)) from exc

    return click.option("--kinds", default=default, show_default=default_text or True, callback=callback,
                        help="Comma-separated record kinds: event, measure.")


def dyad_options(func: Command) -> Command:
    """--by, --since, --until, --directed and --db, shared by `dyad` and `report`."""
    func = db_option(func)
    for option in reversed([
        click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month",
                     show_default=True, help="Length of a period."),
        click.option("--since", callback=parse_day, metavar="DATE", help="First day to include (YYYY-MM-DD)."),
        click.option("--until", callback=parse_day, metavar="DATE", help="Last day to include (YYYY-MM-DD)."),
        click.option("--directed", is_flag=True,
                     help="Only events with the first actor as source and the second as target."),
    ]):
        func = option(func)
    return func
