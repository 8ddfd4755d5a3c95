"""Export stored events in the formats users exchange them in."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import date
from typing import IO, Any

import pyarrow.parquet as pq

from detente.errors import DetenteError, Errors, UnsupportedOutput
from detente.export.gdelt import GDELT_COLUMNS, gdelt_row, known_group_codes
from detente.model import Event
from detente.store import EVENT_COLUMNS, Store

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt")
# JSON Lines mixes record kinds line by line; a table (CSV, Parquet) has one set of columns,
# so it holds one kind; GDELT's layout is an event table.
ONE_KIND_FORMATS = ("csv", "parquet")
EVENT_ONLY_FORMATS = ("gdelt",)
CSV_COLUMNS = tuple(c for c in EVENT_COLUMNS if c != "content_hash")


def _actor(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if not any(row.get(f"{prefix}_{k}") for k in ("text", "code", "country")):
        return None
    return {k: row.get(f"{prefix}_{k}") for k in ("text", "code", "country", "sector", "name")}


def stored_event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A stored row in the same JSON contract as ``detente code`` prints."""
    def iso(value: object) -> object:
        return value.isoformat() if isinstance(value, date) else value

    return {
        "kind": "event", "event_id": row["event_id"], "doc_id": row["doc_id"], "url": row["url"],
        "published": iso(row["published"]), "date": iso(row["date"]),
        "date_precision": row["date_precision"], "sentence_index": row["sentence_index"],
        "sentence": row["sentence"], "source": _actor(row, "source"), "target": _actor(row, "target"),
        "cameo": row["cameo"], "root": row["root"], "quad_class": row["quad_class"],
        "goldstein": row["goldstein"], "plover": row["plover"], "trigger": row["trigger"],
        "trigger_span": [row["trigger_start"], row["trigger_end"]], "rule": row["rule"],
    }


def event_flat_row(event: Event) -> list[Any]:
    """An event as one CSV row (columns: CSV_COLUMNS)."""
    record = event.to_dict()
    flat: dict[str, Any] = dict(record)
    for prefix in ("source", "target"):
        actor = record[prefix] or {}
        for key in ("text", "code", "country", "sector", "name"):
            flat[f"{prefix}_{key}"] = actor.get(key)
    flat["trigger_start"], flat["trigger_end"] = record["trigger_span"]
    return [flat.get(c) for c in CSV_COLUMNS]


def csv_writer_with_header(out: IO[str], columns: Sequence[str]) -> csv.writer:  # type: ignore[valid-type]
    """A CSV writer on ``out`` that has already written the header row."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    return writer


def write_event_csv_header(out: IO[str]) -> csv.writer:  # type: ignore[valid-type]
    return csv_writer_with_header(out, CSV_COLUMNS)


def check_output(fmt: str, kinds: frozenset[str]) -> None:
    """Raise UnsupportedOutput when format ``fmt`` cannot hold the record ``kinds`` asked for."""
    if fmt in EVENT_ONLY_FORMATS and kinds != {"event"}:
        raise UnsupportedOutput(Errors.E022)
    if fmt in ONE_KIND_FORMATS and len(kinds) > 1:
        raise UnsupportedOutput(Errors.E021.format(fmt=fmt))


def default_kinds(fmt: str) -> frozenset[str]:
    """What `detente code` writes without --kinds: events and measures in JSON Lines, else events."""
    return frozenset({"event", "measure"}) if fmt == "jsonl" else frozenset({"event"})


def export_events(store: Store, fmt: str, out: IO[Any]) -> int:
    """Write the stored events to ``out`` (binary for parquet); returns the row count.

    jsonl, csv and parquet write every mention as ``detente code`` prints it; gdelt writes
    each deduplicated event once with GDELT's NumMentions, NumSources and NumArticles.
    """
    if fmt not in EXPORT_FORMATS:
        raise DetenteError(Errors.E013.format(fmt=fmt, choices=", ".join(EXPORT_FORMATS)))
    if fmt == "gdelt":  # one row per deduplicated event, with its counts
        groups = known_group_codes()
        records = store.records_arrow().to_pylist()
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        for record in records:
            writer.writerow(gdelt_row(record, groups))
        return len(records)
    table = store.events_arrow()  # one row per mention, in the `detente code` contract
    if fmt == "parquet":
        pq.write_table(table.drop(["content_hash"]), out)
        return int(table.num_rows)
    rows = table.to_pylist()
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(stored_event_dict(row), ensure_ascii=False) + "\n")
    else:
        writer = write_event_csv_header(out)
        for row in rows:
            writer.writerow([row[c] for c in CSV_COLUMNS])
    return len(rows)


__all__ = ["CSV_COLUMNS", "EXPORT_FORMATS", "GDELT_COLUMNS", "check_output", "default_kinds", "export_events",
           "stored_event_dict"]
