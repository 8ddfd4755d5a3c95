"""`detente demo`: code the bundled corpus and show what was found (a thin layer)."""

from __future__ import annotations

import click

from detente.cli._util import db_option
from detente.errors import DetenteError


@click.command(name="demo")
@db_option
def demo_command(db_path: str) -> None:
    """Code the bundled demo corpus into the database and print what was found.

    \b
    Example:
        detente demo --db detente.duckdb
    """
    from detente.demo import run_demo

    try:
        run_demo(db_path, echo=click.echo)
    except DetenteError as exc:
        raise click.ClickException(str(exc)) from exc
