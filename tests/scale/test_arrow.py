"""Coded documents as Arrow (and Parquet) and back, unchanged: what workers and clusters send."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from tests.scale.corpus import teaching_documents, voa_documents

from detente.model import CodedDocument, Document, RecordError
from detente.parallel.arrow import from_arrow, schema_of, to_arrow
from detente.parallel.trace import RegistryCall, RegistryTrace
from detente.parallel.work import WorkResult


@pytest.fixture(scope="module")
def coded(pipeline) -> list[CodedDocument]:
    documents = [*voa_documents(6), *teaching_documents()]
    results = list(pipeline.run(documents))
    results.append(CodedDocument(None, error=RecordError("x.txt", "[E001] Empty input: there is no text to code.")))
    return results


def test_coded_documents_come_back_equal(coded):
    assert sum(len(c.events) for c in coded) > 50 and any(c.measures and c.measures[0].products for c in coded)
    assert from_arrow(to_arrow(coded, CodedDocument), CodedDocument) == coded


def test_through_a_parquet_file(coded, tmp_path: Path):
    path = tmp_path / "part.parquet"
    pq.write_table(to_arrow(coded, CodedDocument), path)
    assert from_arrow(pq.read_table(path), CodedDocument) == coded


def test_the_schema_has_a_column_per_field_and_nested_records():
    schema = schema_of(CodedDocument)
    assert schema.names == ["document", "events", "sentences", "error", "stored", "measures", "skipped"]
    event = schema.field("events").type.value_type
    assert event.field("source").type.field("code").type == pa.string()
    assert event.field("date").type == pa.date32() and event.field("goldstein").type == pa.float64()
    products = schema.field("measures").type.value_type.field("products").type
    assert products.value_type.field("hs").type == pa.string()


def test_work_results_with_registry_traces(coded):
    trace = RegistryTrace([RegistryCall("lookup", "Velund", None, "None")], False, None)
    results = [WorkResult(coded[0], trace), WorkResult(coded[1])]
    table = to_arrow(results, WorkResult, {"pid": "1"})
    assert table.schema.metadata == {b"pid": b"1"}
    assert from_arrow(table, WorkResult) == results


def test_documents_as_a_partition():
    documents = teaching_documents()
    assert from_arrow(to_arrow(documents, Document), Document) == documents
