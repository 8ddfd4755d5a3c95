"""Coding gold sentences: each as its own document, after its context when it has one.

A sentence with context is coded as the last sentence of one document (the context, then
the sentence), so that pronouns, titles and the actors of earlier sentences resolve as
they would in the story. Only the events of the gold sentence itself are kept: those whose
trigger starts inside its characters. Offsets, not sentence numbers, decide, so the result
does not depend on where the parser splits sentences (a context sentence merged with the
gold sentence, or the gold sentence split in two).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.errors import DetenteError
from detente.evaluation.gold import GoldRecord
from detente.evaluation.score import RecordResult
from detente.evaluation.stages import lost_stage, stage_log
from detente.model import CodedDocument, Document, Event, RecordError

if TYPE_CHECKING:
    from detente.pipeline import Pipeline


def code_records(records: Sequence[GoldRecord], pipeline: Pipeline, context: bool = True) -> list[RecordResult]:
    """Code every record as its own document, keeping the record <-> result pairing; with
    ``context``, after the sentences before it, keeping only the gold sentence's events."""
    items = [make_gold_document(record, context) for record in records]
    results: list[RecordResult] = []
    spans: list[tuple[int, int] | None] = []  # where each gold sentence is in its coded document
    with stage_log(pipeline) as log:
        for record, coded in zip(records, pipeline.run(items), strict=True):
            error = str(coded.error) if coded.error is not None else None
            with_context = context and bool(record.context)
            events = target_events(coded, record.text) if with_context else list(coded.events)
            results.append(RecordResult(record, events, error))
            if log is not None:
                spans.append(_gold_span(coded, record.text, with_context))
    if log is not None:  # the stage that lost each sentence that holds events and got none
        for result, span in zip(results, spans, strict=True):
            if span is not None and result.record.events and not result.events and result.error is None:
                result.lost_at = lost_stage(log.get(result.record.record_id, []), *span)
    return results


def _gold_span(coded: CodedDocument, sentence: str, with_context: bool) -> tuple[int, int] | None:
    """Where the gold sentence is in its coded document: its end after a context, else all of it."""
    if coded.document is None:
        return None
    text = coded.document.text
    return target_span(text, sentence) if with_context else (0, len(text))


def document_text(record: GoldRecord, context: bool = True) -> str:
    """The text coded for a record: its context and the sentence as one paragraph, or the sentence."""
    if context and record.context:
        return f"{record.context} {record.text}"
    return record.text


def make_gold_document(record: GoldRecord, context: bool = True) -> Document | RecordError:
    """The document for one record (its title too, when coded with context), or why there is none."""
    from detente.ingest.readers import IngestOptions, make_document

    try:
        return make_document(document_text(record, context), record.origin, IngestOptions(check_language=False),
                             doc_id=record.record_id, published=record.published,
                             title=record.title if context else None)
    except DetenteError as exc:
        return RecordError(record.origin, str(exc))


def sentence_starts(text: str, sentences: Sequence[str]) -> list[int]:
    """Where each parsed sentence (stripped, in order) starts in the document text."""
    starts: list[int] = []
    cursor = 0
    for sentence in sentences:
        found = text.find(sentence, cursor)
        start = found if found >= 0 else cursor
        starts.append(start)
        cursor = start + len(sentence) if found >= 0 else cursor
    return starts


def target_span(document_text: str, sentence: str) -> tuple[int, int]:
    """The characters of the gold sentence in the coded (cleaned) document: it ends the document."""
    from detente.text import clean_text

    target = clean_text(sentence).strip()
    text = document_text.rstrip()
    if target and text.endswith(target):
        return len(text) - len(target), len(text)
    found = text.rfind(target[: max(1, len(target) // 2)]) if target else -1
    return (found, len(text)) if found >= 0 else (0, len(text))


def target_events(coded: CodedDocument, sentence: str) -> list[Event]:
    """The events whose trigger starts inside the gold sentence."""
    if coded.document is None:
        return []
    start, end = target_span(coded.document.text, sentence)
    if start == 0:
        return list(coded.events)
    starts = sentence_starts(coded.document.text, coded.sentences)
    return [e for e in coded.events
            if e.sentence_index < len(starts) and start <= starts[e.sentence_index] + e.trigger_start < end]
