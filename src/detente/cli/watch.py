"""`detente watch`: follow RSS/Atom feeds, coding and storing new articles (a thin layer)."""

from __future__ import annotations

import sys

import click

from detente.cli._util import db_option, kinds_option, library_errors
from detente.errors import DetenteError


def parse_every(ctx: click.Context, param: click.Parameter, value: str) -> float:
    """--every 15m as seconds (click callback)."""
    from detente.watch import parse_interval

    try:
        return parse_interval(value)
    except DetenteError as exc:
        raise click.BadParameter(str(exc)) from exc


@click.command(name="watch")
@click.argument("feeds", nargs=-1, required=True, metavar="FEED_URL...")
@click.option("--every", default="15m", show_default=True, callback=parse_every,
              help="Time between polls: a number with s, m, h or d.")
@click.option("--once", is_flag=True, help="Poll once and exit (status 1 if anything failed).")
@db_option
@kinds_option("event,measure")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that parse and code the new articles of a poll.")
def watch_command(feeds: tuple[str, ...], every: float, once: bool, db_path: str, kinds: frozenset[str],
                  workers: int) -> None:
    """Poll RSS or Atom feeds every --every; fetch, code and store the articles not seen before.

    The coded records of new articles are printed as JSON Lines (like `detente code`), and
    one line per poll on stderr says what it did. The database remembers every article
    (by URL and by text) and each feed's ETag and Last-Modified, so a restart fetches and
    codes nothing twice. A fetch that fails is reported and tried again at later polls,
    waiting twice as long each time; it never stops the loop. Ctrl-C stops it.

    A feed may also be a file (read again when it changes) whose links are files relative to it.

    \b
    Example:
        detente watch feed.xml --once
    """
    from detente.export.output import RecordWriter
    from detente.pipeline import CodingOptions
    from detente.store import Store
    from detente.watch import PollReport, Watcher, WatchOptions

    failed = False

    def report(poll: PollReport) -> None:
        nonlocal failed
        for error in poll.errors:
            click.echo(f"Error: {error}", err=True)
        click.echo(poll.summary(), err=True)
        failed = failed or bool(poll.errors)

    writer = RecordWriter(sys.stdout, "jsonl", kinds)
    with library_errors(), Store(db_path) as store:
        watcher = Watcher(store, list(feeds), WatchOptions(every=every, coding=CodingOptions(workers=workers)))
        try:
            watcher.run(lambda result: writer.write(result.events, result.measures), report, polls=1 if once else None)
        except KeyboardInterrupt:
            click.echo("Stopped.", err=True)
            return
    sys.exit(1 if once and failed else 0)
