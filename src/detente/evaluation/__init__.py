"""Evaluation against gold standards: how often, and where, the coder gets events right.

``evaluate`` codes each gold sentence as its own document and scores the result;
``format_report`` turns the figures (and, on request, every error) into text or JSON.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from detente.errors import DetenteError
from detente.evaluation.gold import GoldEvent, GoldFileError, GoldRecord, GoldSet, read_gold
from detente.evaluation.score import EvalReport, Metric, RecordResult, format_report, score
from detente.model import Document, RecordError

if TYPE_CHECKING:
    from detente.pipeline import CodingOptions, Pipeline

__all__ = [
    "EvalReport", "GoldEvent", "GoldFileError", "GoldRecord", "GoldSet", "Metric", "RecordResult",
    "code_records", "evaluate", "format_report", "read_gold", "score",
]


def evaluate(gold_path: str | Path, pipeline: Pipeline | None = None, limit: int | None = None,
             options: CodingOptions | None = None) -> EvalReport:
    """Read the gold file, code its sentences and score them (``options`` builds the pipeline)."""
    gold = read_gold(gold_path)
    records = gold.records[:limit] if limit is not None else gold.records
    if pipeline is None:
        from detente.pipeline import Pipeline

        pipeline = Pipeline(options)
    results = code_records(records, pipeline)
    return score(GoldSet(gold.path, gold.fmt, records), results)


def code_records(records: list[GoldRecord], pipeline: Pipeline) -> list[RecordResult]:
    """Code every record as its own document, keeping the record <-> result pairing."""
    from detente.ingest.readers import IngestOptions, make_document

    ingest = IngestOptions(check_language=False)
    items: list[Document | RecordError] = []
    for record in records:
        try:
            items.append(make_document(record.text, record.origin, ingest, doc_id=record.record_id,
                                       published=record.published))
        except DetenteError as exc:
            items.append(RecordError(record.origin, str(exc)))
    results: list[RecordResult] = []
    for record, coded in zip(records, pipeline.run(items), strict=True):
        error = str(coded.error) if coded.error is not None else None
        results.append(RecordResult(record, list(coded.events), error))
    return results
