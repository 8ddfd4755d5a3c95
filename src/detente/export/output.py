"""Where records go: the stream `detente code` prints, and an export's file or standard output."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from detente.errors import DetenteError, Errors, UnsupportedOutput
from detente.export.formats import check_output, event_flat_row, write_event_csv_header
from detente.export.measures import measure_csv_writer, measure_flat_row
from detente.model import Event, Measure

STREAM_FORMATS = ("jsonl", "csv")


class RecordWriter:
    """Writes coded documents as `detente code` prints them.

    JSON Lines: each document's events, then its trade measures, one record a line. CSV: a
    header, then one row per record of the one kind asked for (a table has one set of columns).
    """

    def __init__(self, out: IO[str], fmt: str, kinds: frozenset[str]) -> None:
        if fmt not in STREAM_FORMATS:
            raise DetenteError(Errors.E013.format(fmt=fmt, choices=", ".join(STREAM_FORMATS)))
        check_output(fmt, kinds)
        self.out = out
        self.kinds = kinds
        self.table: Any = None  # a csv writer for CSV
        if fmt == "csv":
            self.table = write_event_csv_header(out) if "event" in kinds else measure_csv_writer(out)

    def write(self, events: Sequence[Event], measures: Sequence[Measure]) -> None:
        """One document's records."""
        events = events if "event" in self.kinds else ()
        measures = measures if "measure" in self.kinds else ()
        if self.table is not None:
            self.table.writerows([*map(event_flat_row, events), *map(measure_flat_row, measures)])
            return
        records: list[Event | Measure] = [*events, *measures]
        for record in records:
            self.out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")


@contextmanager
def open_output(fmt: str, path: str | Path | None, stdout: IO[str] | None = None) -> Iterator[IO[Any]]:
    """The file at ``path`` (binary for Parquet), else standard output.

    Parquet is binary, so it is never written to a terminal (UnsupportedOutput); a pipe or a
    redirected standard output takes it.
    """
    binary = fmt == "parquet"
    if path is not None:
        try:
            out = open(path, "wb") if binary else open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            raise DetenteError(Errors.E024.format(path=path, detail=exc.strerror or exc)) from exc
        with out:
            yield out
        return
    stream = stdout if stdout is not None else sys.stdout
    if binary and stream.isatty():
        raise UnsupportedOutput(Errors.E023)
    yield stream.buffer if binary else stream  # type: ignore[union-attr]
