"""`detente demo`: code the bundled corpus and show what was found (a thin layer)."""

from __future__ import annotations

import click

from detente.cli._util import db_option, library_errors


@click.command(name="demo")
@db_option
def demo_command(db_path: str) -> None:
    """Code the bundled demo corpus into the database and print what was found.

    It ends by writing the HTML report on the busiest country pair next to the database
    (report.html in the database's folder) and printing its address.

    \b
    Example:
        detente demo --db detente.duckdb
    """
    from detente.demo import run_demo

    with library_errors():
        run_demo(db_path, echo=click.echo)
