"""The `detente` command: a thin layer over the library (parse options, call, print).

One module per command, imported when its command runs (so that `detente code` can start
its worker processes before the heavy imports); options and error handling shared between
commands live in ``_util``.
"""

from __future__ import annotations

import importlib
import os
import sys
from contextlib import suppress
from typing import Any

import click

from detente.errors import Errors

# Command name -> "module:object" (`detente --help` lists them sorted).
COMMANDS = {
    "code": "detente.cli.code:code_command",
    "export": "detente.cli.export:export_command",
    "demo": "detente.cli.demo:demo_command",
    "eval": "detente.cli.evaluate:eval_command",
    "measures": "detente.cli.measures:measures_command",
    "actors": "detente.cli.actors:actors_group",
    "dyad": "detente.cli.dyad:dyad_command",
    "report": "detente.cli.report:report_command",
    "serve": "detente.cli.serve:serve_command",
    "watch": "detente.cli.watch:watch_command",
}


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

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command, its module imported now (click's lazy-loading recipe)."""
        if cmd_name not in COMMANDS:
            return super().get_command(ctx, cmd_name)
        module, name = COMMANDS[cmd_name].split(":")
        command: click.Command = getattr(importlib.import_module(module), name)
        return command


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


def main() -> None:
    """The console script (and ``python -m detente``), named ``detente`` in messages either way."""
    cli(prog_name="detente")


__all__ = ["cli", "main"]
