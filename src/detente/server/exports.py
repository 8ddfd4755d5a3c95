"""``GET /v1/events?format=jsonl|csv|parquet``: the CLI's exports, streamed page by page.

The rows, columns and order are those of `detente export --format ...` (JSON Lines through the
same ``stored_event_dict``, CSV with the same columns, Parquet with the same schema), limited to
the filters given. Each page is read on whatever worker thread asks for the next chunk, through
that thread's own store, so a large export never holds a connection across threads or the
whole table in memory.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import pyarrow.parquet as pq

from detente.export.formats import CSV_COLUMNS, csv_writer_with_header, stored_event_dict
from detente.model import PLACE_TONE_COLUMNS
from detente.server.queries import EventFilter, encode_cursor, event_page, page_query
from detente.server.stores import StorePool
from detente.store import EVENT_COLUMNS

EXPORT_MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
                "parquet": "application/vnd.apache.parquet"}
EXPORT_PAGE = 2000
# As `detente export --format parquet`: the contract's columns, then the places and tone (not the
# sentence's offset in its document, which only the GDELT Mentions export uses).
PARQUET_COLUMNS = ", ".join(("mention_id AS event_id", *(c for c in EVENT_COLUMNS[1:] if c != "content_hash"),
                            *(c for c in PLACE_TONE_COLUMNS if c != "sentence_offset")))


def stream_events(pool: StorePool, where: EventFilter, fmt: str) -> Iterator[bytes]:
    if fmt == "parquet":
        yield from _parquet(pool, where)
        return
    text = io.StringIO()
    writer = csv_writer_with_header(text, CSV_COLUMNS) if fmt == "csv" else None
    cursor: str | None = None
    while True:
        with pool.store() as store:
            rows, cursor = event_page(store, where, EXPORT_PAGE, cursor)
        for row in rows:
            if writer is not None:
                writer.writerow([row[c] for c in CSV_COLUMNS])
            else:
                text.write(json.dumps(stored_event_dict(row), ensure_ascii=False) + "\n")
        yield text.getvalue().encode("utf-8")
        text.seek(0)
        text.truncate()
        if cursor is None:
            return


class _Drain(io.RawIOBase):
    """A write-only sink that hands over what was written so far, while ``tell`` keeps counting
    (Parquet's footer records absolute offsets)."""

    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[bytes] = []
        self.position = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.chunks.append(chunk)
        self.position += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self.position

    def take(self) -> bytes:
        data, self.chunks = b"".join(self.chunks), []
        return data


def _parquet(pool: StorePool, where: EventFilter) -> Iterator[bytes]:
    sink = _Drain()
    writer: pq.ParquetWriter | None = None
    cursor: str | None = None
    while True:
        with pool.store() as store:
            table = store.arrow(*page_query(where, EXPORT_PAGE, cursor, PARQUET_COLUMNS))
        cursor = None
        if table.num_rows > EXPORT_PAGE:
            table = table.slice(0, EXPORT_PAGE)
            cursor = encode_cursor(table.slice(EXPORT_PAGE - 1, 1).to_pylist()[0])
        if writer is None:
            writer = pq.ParquetWriter(sink, table.schema)
        if table.num_rows:
            writer.write_table(table)
        yield sink.take()
        if cursor is None:
            writer.close()
            yield sink.take()
            return
