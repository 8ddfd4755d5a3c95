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
from detente.export.gdelt_mentions import mention_row as gdelt_mention_row
from detente.export.records import event_reports, lead_ends, mention_reports
from detente.model import Event, Location
from detente.store import EVENT_COLUMNS, Store

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "gdelt", "gdelt-mentions", "plover")
# JSON Lines mixes record kinds line by line; a table (CSV, Parquet) has one set of columns,
# so it holds one kind; GDELT's layouts (events, mentions) and PLOVER's records are of events.
ONE_KIND_FORMATS = ("csv", "parquet")
EVENT_ONLY_FORMATS = EXPORT_FORMATS[EXPORT_FORMATS.index("gdelt"):]  # gdelt, gdelt-mentions, plover
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
        **{key: location.to_dict() if (location := Location.from_columns(row, side)) else None
           for key, side in (("location", "action"), ("source_location", "source"), ("target_location", "target"))},
        "tone": row.get("tone"),
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
    each deduplicated event once with GDELT's 61 columns (counts, tone, geography),
    gdelt-mentions each report of an event in GDELT's 16 Mentions columns, and plover each
    event PLOVER codes as one JSON record.
    """
    if fmt not in EXPORT_FORMATS:
        raise DetenteError(Errors.E013.format(fmt=fmt, choices=", ".join(EXPORT_FORMATS)))
    if fmt in EVENT_ONLY_FORMATS:
        return _export_event_records(store, fmt, out)
    table = store.events_arrow()  # one row per mention, in the `detente code` contract
    if fmt == "parquet":  # the contract's columns, then the places and tone (<side>_geo_<field>, tone)
        pq.write_table(table.drop(["content_hash", "sentence_offset"] if "sentence_offset" in table.column_names
                                  else ["content_hash"]), out)
        return int(table.num_rows)
    rows = table.to_pylist()
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(stored_event_dict(row), ensure_ascii=False) + "\n")
    else:
        writer: Any = write_event_csv_header(out)
        for row in rows:
            writer.writerow([row[c] for c in CSV_COLUMNS])
    return len(rows)


def _export_event_records(store: Store, fmt: str, out: IO[str]) -> int:
    """GDELT's events and mentions tables and PLOVER's records: one row or record per event or report."""
    if fmt == "plover":
        from detente import __version__
        from detente.export.plover import write_plover

        return write_plover(store, out, __version__)
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    if fmt == "gdelt-mentions":
        mentions = mention_reports(store)
        writer.writerows(gdelt_mention_row(m) for m in mentions)
        return len(mentions)
    groups = known_group_codes()
    events = event_reports(store)
    leads = lead_ends(store, (e["first_content_hash"] for e in events))
    for event in events:  # IsRootEvent: the first report mentions it in its lead
        offset, lead = event.get("first_sentence_offset"), leads.get(event["first_content_hash"])
        root = offset < lead if offset is not None and lead is not None else event.get("first_sentence_index") == 0
        writer.writerow(gdelt_row(event, groups, root))
    return len(events)


__all__ = ["CSV_COLUMNS", "EXPORT_FORMATS", "GDELT_COLUMNS", "check_output", "default_kinds", "export_events",
           "stored_event_dict"]
