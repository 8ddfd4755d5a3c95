"""A progress line for long runs: documents done, documents/s, events so far (rich).

Shown on standard error when it is a terminal, so that piping the records elsewhere still
shows how the run goes; silent otherwise (scripts, CI, files).
"""

from __future__ import annotations

import sys
from types import TracebackType

from rich.console import Console
from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from detente.model import CodedDocument

__all__ = ["RunProgress"]


class _Rate(ProgressColumn):
    """Documents per second, over the last few updates."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f} documents/s" if speed else "- documents/s", style="progress.data.speed")


class RunProgress:
    """Counts what a run yields and shows it; a context manager around the loop.

    ``console``: where to draw (standard error by default); the line is drawn only when it is
    a terminal.
    """

    def __init__(self, label: str = "Coding", console: Console | None = None) -> None:
        self.console = console or Console(file=sys.stderr)
        self.documents = self.events = self.measures = self.skipped = self.failed = 0
        self._bar: Progress | None = None
        if self.console.is_terminal:
            self._bar = Progress(SpinnerColumn(), TextColumn(f"{label} [bold]{{task.completed:,.0f}}[/] documents"),
                                 _Rate(), TextColumn("[bold]{task.fields[events]:,}[/] events"),
                                 TextColumn("{task.fields[skipped]}"), TimeElapsedColumn(),
                                 console=self.console, transient=False)
            self._task = self._bar.add_task(label, total=None, events=0, skipped="")

    def __enter__(self) -> RunProgress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()

    def add(self, result: CodedDocument) -> None:
        """Count one record the run yielded."""
        self.documents += 1
        self.events += len(result.events)
        self.measures += len(result.measures)
        self.skipped += result.skipped
        self.failed += result.error is not None
        if self._bar is not None:
            skipped = f"({self.skipped:,} already stored)" if self.skipped else ""
            self._bar.update(self._task, completed=self.documents, events=self.events, skipped=skipped)
