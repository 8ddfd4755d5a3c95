"""Storing and reading trade measures. Functions take a :class:`~detente.store.Store`.

The tables live in ``measures.sql`` (created by ``Store`` with the rest of the schema).
A measure is stored only when its document is in the ``documents`` table under the same
content hash, so that re-coding a text never adds its measures twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import pyarrow as pa

from detente.model import Document, Measure, Product
from detente.ontology.actor_codes import spellings
from detente.store.db import Store

MEASURE_COLUMNS = (
    "measure_id", "doc_id", "content_hash", "url", "published", "date", "date_precision",
    "effective_date", "sentence_index", "sentence", "instrument", "action", "imposer", "affected",
    "rate", "rate_unit", "in_response_to", "cameo", "trigger", "trigger_start", "trigger_end",
    "evidence_start", "evidence_end", "rule",
)
DO_NOTHING = "ON CONFLICT DO NOTHING"
PRODUCT_COLUMNS = ("measure_id", "position", "text", "hs", "hs_level", "rate", "rate_unit")


def has_measures(store: Store) -> bool:
    return store.has_table("measures")


def measure_row(measure: Measure, content_hash: str) -> list[Any]:
    return [
        measure.measure_id, measure.doc_id, content_hash, measure.url, measure.published, measure.date,
        measure.date_precision, measure.effective_date, measure.sentence_index, measure.sentence,
        measure.instrument, measure.action, measure.imposer, measure.affected, measure.rate,
        measure.rate_unit, measure.in_response_to, measure.cameo, measure.trigger, measure.trigger_start,
        measure.trigger_end, measure.evidence_start, measure.evidence_end, measure.rule,
    ]


def save_measures(store: Store, batch: Iterable[tuple[Document, list[Measure]]]) -> int:
    """Store the measures of documents that the store holds; returns how many rows were new.

    For measures on their own; the pipeline stores them with their documents through
    ``Store.save_batch`` so that a batch is all-or-nothing.
    """
    batch = list(batch)
    if not any(measures for _, measures in batch):
        return 0
    before = store.count("measures")
    with store.transaction():
        insert_measures(store, batch)
    return store.count("measures") - before


def insert_measures(store: Store, batch: Iterable[tuple[Document, list[Measure]]]) -> None:
    """Insert the measures (and their goods) of stored documents; call inside ``store.transaction()``.

    A measure whose document is not stored under the same doc_id and content hash is skipped,
    and one already stored is kept, so offering a document's measures again adds nothing.
    """
    rows: list[list[Any]] = []
    products: list[list[Any]] = []
    for document, measures in batch:
        for measure in measures:
            rows.append(measure_row(measure, document.content_hash))
            products.extend([measure.measure_id, i, p.text, p.hs, p.hs_level, p.rate, p.rate_unit]
                            for i, p in enumerate(measure.products))
    store.insert_rows("measures", MEASURE_COLUMNS, rows, conflict=DO_NOTHING,
                      where="(doc_id, content_hash) IN (SELECT doc_id, content_hash FROM documents)")
    store.insert_rows("measure_products", PRODUCT_COLUMNS, products, conflict=DO_NOTHING,
                      where="measure_id IN (SELECT measure_id FROM measures)")


def _filters(imposer: str | None, affected: str | None, hs: str | None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if imposer:  # every spelling of the jurisdiction: EU and IGOEEC find the same measures
        clauses.append("m.imposer = ANY(?)")
        params.append(list(spellings(imposer.upper())))
    if affected:
        clauses.append("m.affected = ANY(?)")
        params.append(list(spellings(affected.upper())))
    if hs:  # "--hs 12" finds 1205 canola; "--hs 120510" finds a product coded 1205
        clauses.append("m.measure_id IN (SELECT measure_id FROM measure_products "
                       "WHERE starts_with(hs, ?) OR (hs IS NOT NULL AND starts_with(?, hs)))")
        params += [hs, hs]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def measures_arrow(store: Store, imposer: str | None = None, affected: str | None = None,
                   hs: str | None = None) -> pa.Table:
    """Stored measures (without products) in date order, optionally filtered."""
    where, params = _filters(imposer, affected, hs)
    columns = ", ".join(f"m.{c}" for c in MEASURE_COLUMNS)
    return store.arrow(
        f"SELECT {columns} FROM measures m{where} "
        "ORDER BY coalesce(m.date, m.published) NULLS LAST, m.doc_id, m.sentence_index, m.trigger_start, "
        "m.measure_id", params)


def products_by_measure(store: Store, ids: list[str]) -> dict[str, list[Product]]:
    if not ids:
        return {}
    rows = store.query(
        "SELECT measure_id, text, hs, hs_level, rate, rate_unit FROM measure_products "
        "WHERE measure_id = ANY(?) ORDER BY measure_id, position", [ids])
    out: dict[str, list[Product]] = {}
    for measure_id, text, code, level, rate, unit in rows:
        out.setdefault(measure_id, []).append(Product(text, code, level, rate, unit))
    return out


def iter_measures(store: Store, imposer: str | None = None, affected: str | None = None,
                  hs: str | None = None) -> Iterator[Measure]:
    """Stored measures as Measure records (empty for a database without the measures table)."""
    if not has_measures(store):
        return
    rows = measures_arrow(store, imposer, affected, hs).to_pylist()
    products = products_by_measure(store, [r["measure_id"] for r in rows])
    for row in rows:
        yield measure_from_row(row, products.get(row["measure_id"], []))


def measure_from_row(row: dict[str, Any], products: list[Product]) -> Measure:
    fields = {k: v for k, v in row.items() if k not in ("content_hash",)}
    for key in ("published", "date", "effective_date"):
        if isinstance(fields.get(key), str):
            fields[key] = date.fromisoformat(fields[key])
    return Measure(products=products, **fields)
