"""`detente report`: write a dyad's self-contained HTML report (a thin layer)."""

from __future__ import annotations

from datetime import date

import click

from detente.cli._util import actor_code, check_window, dyad_options, library_errors
from detente.report import report_summary, write_report
from detente.store.queries import open_existing


def _pair(ctx: click.Context, param: click.Parameter, value: tuple[str, str]) -> tuple[str, str]:
    return actor_code(ctx, param, value[0]), actor_code(ctx, param, value[1])


@click.command(name="report")
@click.option("--dyad", "pair", nargs=2, required=True, callback=_pair, metavar="FIRST SECOND",
              help="The two actors, e.g. --dyad CAN CHN.")
@click.option("--out", "out_path", default="report.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@dyad_options
def report_command(pair: tuple[str, str], out_path: str, by: str, since: date | None, until: date | None,
                   directed: bool, db_path: str) -> None:
    """Write one self-contained HTML page (works offline) about a dyad: the chart of events
    per period by QuadClass with the mean Goldstein line and turning points, the events
    behind the turning points, and every event with its evidence sentence.

    A code that matches nothing stored is an error (exit 1), as for `detente dyad`.

    \b
    Example:
        detente report --dyad CAN CHN --out report.html --by month
    """
    check_window(since, until)
    with library_errors(), open_existing(db_path) as store:
        series = write_report(store, out_path, *pair, by=by, since=since, until=until, directed=directed)
    click.echo(report_summary(out_path, series))
