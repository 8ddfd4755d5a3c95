"""Trade measures in the formats users exchange them in, next to the event exports of ``export.formats``.

`detente export --kinds` writes events, measures or both; `detente measures` prints measures with
the labels made here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from detente.errors import DetenteError, Errors
from detente.export.formats import check_output, csv_writer_with_header, export_events
from detente.model import Measure
from detente.store import Store
from detente.store.measures import iter_measures

if TYPE_CHECKING:
    from _csv import Writer

KINDS = ("event", "measure")
MEASURE_FORMATS = ("jsonl", "csv", "parquet")
MEASURE_CSV_COLUMNS = (
    "measure_id", "doc_id", "url", "published", "date", "date_precision", "effective_date",
    "sentence_index", "sentence", "instrument", "action", "imposer", "affected", "rate", "rate_unit",
    "products", "hs_codes", "in_response_to", "cameo", "trigger", "trigger_start", "trigger_end",
    "evidence", "rule",
)


def parse_kinds(value: str) -> frozenset[str]:
    """ "event,measure" -> {"event", "measure"}; raises DetenteError on an unknown kind."""
    kinds = frozenset(k.strip().lower() for k in value.split(",") if k.strip())
    unknown = kinds - set(KINDS)
    if not kinds or unknown:
        raise DetenteError(Errors.E033.format(kind=value, choices=", ".join(KINDS)))
    return kinds


def rate_label(rate: float | None, unit: str | None) -> str:
    """ "25%", "500 USD/tonne", "10 percentage points"; "" without a rate."""
    if rate is None:
        return ""
    return f"{rate:g}%" if unit == "percent" else f"{rate:g} {unit or ''}".rstrip()


def product_label(product: Any) -> str:
    """ "canola oil [1514] 100%" for tables and CSV cells."""
    text = f"{product.text} [{product.hs or '-'}]"
    rate = rate_label(product.rate, product.rate_unit)
    return f"{text} {rate}" if rate else text


def measure_flat_row(measure: Measure) -> list[Any]:
    """A measure as one CSV row (columns: MEASURE_CSV_COLUMNS)."""
    record = measure.to_dict()
    record["products"] = "; ".join(product_label(p) for p in measure.products)
    record["hs_codes"] = ";".join(p.hs for p in measure.products if p.hs)
    record["trigger_start"], record["trigger_end"] = record["trigger_span"]
    return [record.get(c) for c in MEASURE_CSV_COLUMNS]


def measure_csv_writer(out: IO[str]) -> Writer:
    """A CSV writer for measures whose header row is already written."""
    return csv_writer_with_header(out, MEASURE_CSV_COLUMNS)


def write_measures(measures: Iterable[Measure], out: IO[Any], fmt: str) -> int:
    """Write measures as JSON Lines, CSV or Parquet (binary ``out``); returns the count."""
    measures = list(measures)
    if fmt == "jsonl":
        for measure in measures:
            out.write(json.dumps(measure.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = measure_csv_writer(out)
        for measure in measures:
            writer.writerow(measure_flat_row(measure))
    elif fmt == "parquet":
        rows = [measure.to_dict() for measure in measures]
        table = pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in MEASURE_CSV_COLUMNS})
        pq.write_table(table, out)
    else:
        raise DetenteError(Errors.E013.format(fmt=fmt, choices=", ".join(MEASURE_FORMATS)))
    return len(measures)


def export_kinds(store: Store, fmt: str, kinds: frozenset[str], out: IO[Any]) -> int:
    """`detente export --kinds`: events, measures, or both in one JSON Lines stream."""
    if "measure" not in kinds:
        return export_events(store, fmt, out)
    check_output(fmt, kinds)
    count = export_events(store, fmt, out) if "event" in kinds else 0
    return count + write_measures(iter_measures(store), out, fmt)
