"""The `detente` command: a thin layer over the library (parse options, call, print).

One module per command; options and error handling shared between commands live in ``_util``.
"""

from __future__ import annotations

import os
import sys
from contextlib import suppress
from typing import Any

import click

from detente.cli.actors import actors_group
from detente.cli.code import code_command
from detente.cli.demo import demo_command
from detente.cli.dyad import dyad_command
from detente.cli.evaluate import eval_command
from detente.cli.export import export_command
from detente.cli.measures import measures_command
from detente.cli.report import report_command
from detente.cli.serve import serve_command
from detente.cli.watch import watch_command
from detente.errors import Errors


class GuardedGroup(click.Group):
    """The last-resort guard: an exception no command expected becomes one coded error line with
    a bug-report hint (exit 1), never a traceback. DETENTE_DEBUG=1 lets the traceback through."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:  # the reader went away (`detente export | head`): nothing left to say
            _silence_stdout()
            ctx.exit(1)
        except Exception as exc:
            if os.environ.get("DETENTE_DEBUG"):
                raise
            from detente import __version__
            from detente.failures import describe

            raise click.ClickException(Errors.E037.format(detail=describe(exc), version=__version__)) from exc


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit does not fail a second time."""
    with suppress(OSError, ValueError):  # not a real file (a test runner's buffer): nothing to silence
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@click.group(name="detente", cls=GuardedGroup)
@click.version_option(package_name="detente")
def cli() -> None:
    """detente: explainable event data from news about international relations.

    \b
    Example:
        detente dyad CAN CHN --since 2026-01-01
    """


for command in (code_command, export_command, demo_command, eval_command, measures_command, actors_group,
                dyad_command, report_command, serve_command, watch_command):
    cli.add_command(command)


def main() -> None:
    """The console script (and ``python -m detente``), named ``detente`` in messages either way."""
    cli(prog_name="detente")


__all__ = ["cli", "main"]
