"""The `detente` command: a thin layer over the library (parse options, call, print).

One module per command; options and error handling shared between commands live in ``_util``.
"""

from __future__ import annotations

import click

from detente.cli.actors import actors_group
from detente.cli.code import code_command
from detente.cli.demo import demo_command
from detente.cli.dyad import dyad_command
from detente.cli.evaluate import eval_command
from detente.cli.export import export_command
from detente.cli.measures import measures_command
from detente.cli.report import report_command
from detente.cli.watch import watch_command


@click.group(name="detente")
@click.version_option(package_name="detente")
def cli() -> None:
    """detente: explainable event data from news about international relations.

    \b
    Example:
        detente dyad CAN CHN --since 2026-01-01
    """


for command in (code_command, export_command, demo_command, eval_command, measures_command, actors_group,
                dyad_command, report_command, watch_command):
    cli.add_command(command)


def main() -> None:
    """The console script (and ``python -m detente``), named ``detente`` in messages either way."""
    cli(prog_name="detente")


__all__ = ["cli", "main"]
