"""`detente dyad`: how two actors' relationship moves, period by period (a thin layer)."""

from __future__ import annotations

from datetime import date

import click

from detente.analysis.dyad import dyad_series
from detente.analysis.dyad_text import FORMATTERS
from detente.cli._util import actor_code, check_window, dyad_options, library_errors
from detente.store.queries import open_existing


@click.command(name="dyad")
@click.argument("first", callback=actor_code)
@click.argument("second", callback=actor_code)
@dyad_options
@click.option("--format", "fmt", type=click.Choice(list(FORMATTERS)),
              default="table", show_default=True)
def dyad_command(first: str, second: str, by: str, since: date | None, until: date | None, directed: bool,
                 db_path: str, fmt: str) -> None:
    """Per period, the events between FIRST and SECOND: counts per QuadClass, Goldstein sum
    and mean, the most frequent codes, and the turning points with the events behind them.

    FIRST and SECOND are countries (CAN), CAMEO actor codes (CANGOV) or an alias such as EU
    (for IGOEEC). Each event counts once however many articles reported it; both directions
    count unless --directed. A code that matches nothing stored is an error (exit 1);
    `detente actors codes` lists the stored ones.

    \b
    Example:
        detente dyad CAN CHN --by month --since 2026-01-01
    """
    check_window(since, until)
    with library_errors(), open_existing(db_path) as store:
        series = dyad_series(store, first, second, by=by, since=since, until=until, directed=directed)
    click.echo(FORMATTERS[fmt](series))
