"""`detente dyad`: how two actors' relationship moves, period by period (a thin layer)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

import click

from detente.cli._util import DEFAULT_DB, parse_day, require_db
from detente.errors import DetenteError

_ACTOR = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")



def _actor(ctx: click.Context, param: click.Parameter, value: str) -> str:
    code = value.strip().upper()
    if not _ACTOR.match(code):
        raise click.BadParameter(f"'{value}' is not an actor code: use a country (CAN) or a CAMEO code (CANGOV).")
    return code


def dyad_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--by, --since, --until, --directed and --db, shared by `dyad` and `report`."""
    for option in reversed([
        click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month",
                     show_default=True, help="Length of a period."),
        click.option("--since", callback=parse_day, metavar="DATE", help="First day to include (YYYY-MM-DD)."),
        click.option("--until", callback=parse_day, metavar="DATE", help="Last day to include (YYYY-MM-DD)."),
        click.option("--directed", is_flag=True,
                     help="Only events with the first actor as source and the second as target."),
        click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                     type=click.Path(dir_okay=False), help="DuckDB database file."),
    ]):
        func = option(func)
    return func


def load_series(first: str, second: str, by: str, since: date | None, until: date | None,
                directed: bool, db_path: str):
    """The dyad series from a stored database, or a ClickException saying what is wrong."""
    from detente.analysis.dyad import dyad_series
    from detente.store import Store

    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}.")
    require_db(db_path)
    try:
        with Store(db_path, read_only=True) as store:
            return dyad_series(store, first, second, by=by, since=since, until=until, directed=directed)
    except DetenteError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command(name="dyad")
@click.argument("first", callback=_actor)
@click.argument("second", callback=_actor)
@dyad_options
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def dyad_command(first: str, second: str, by: str, since: date | None, until: date | None, directed: bool,
                 db_path: str, fmt: str) -> None:
    """Per period, the events between FIRST and SECOND: counts per QuadClass, Goldstein sum
    and mean, the most frequent codes, and the turning points with the events behind them.

    FIRST and SECOND are countries (CAN) or CAMEO actor codes (CANGOV). Each event counts
    once however many articles reported it; both directions count unless --directed.

    \b
    Example:
        detente dyad CAN CHN --by month --since 2026-01-01
    """
    from detente.analysis.dyad_text import FORMATTERS

    series = load_series(first, second, by, since, until, directed, db_path)
    click.echo(FORMATTERS[fmt](series))
