"""`detente report`: write a dyad's self-contained HTML report (a thin layer)."""

from __future__ import annotations

from datetime import date

import click

from detente.cli._util import require_db
from detente.cli.dyad import _ACTOR, dyad_options
from detente.errors import DetenteError


def _pair(ctx: click.Context, param: click.Parameter, value: tuple[str, str]) -> tuple[str, str]:
    codes = tuple(v.strip().upper() for v in value)
    for raw, code in zip(value, codes, strict=True):
        if not _ACTOR.match(code):
            raise click.BadParameter(f"'{raw}' is not an actor code: use a country (CAN) or a CAMEO code (CANGOV).")
    return codes  # type: ignore[return-value]


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

    \b
    Example:
        detente report --dyad CAN CHN --out report.html --by month
    """
    from detente.report import write_report
    from detente.store import Store

    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}.")
    require_db(db_path)
    try:
        with Store(db_path, read_only=True) as store:
            series = write_report(store, out_path, pair[0], pair[1], by=by, since=since, until=until,
                                  directed=directed)
    except DetenteError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:
        raise click.ClickException(f"Could not write {out_path}: {exc.strerror or exc}") from exc
    turns = len(series.turning_points)
    click.echo(f"Wrote {out_path}: {pair[0]}-{pair[1]}, {len(series.events)} events in {len(series.periods)} "
               f"{series.by}{'s' if len(series.periods) != 1 else ''}, {turns} turning "
               f"point{'s' if turns != 1 else ''}.")
