"""Evaluation against gold standards: how often, and where, the coder gets events right.

``evaluate`` codes each gold sentence as its own document (after its context, when the gold
gives one) and scores the result; ``format_report`` turns the figures (and, on request,
every error) into text or JSON.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from detente.evaluation.coding import code_records
from detente.evaluation.gold import GoldEvent, GoldFileError, GoldRecord, GoldSet, read_gold
from detente.evaluation.metric import Metric
from detente.evaluation.score import EvalReport, RecordResult, format_report, score
from detente.evaluation.sets import SetScores

if TYPE_CHECKING:
    from detente.pipeline import CodingOptions, Pipeline

__all__ = [
    "EvalReport", "GoldEvent", "GoldFileError", "GoldRecord", "GoldSet", "Metric", "RecordResult",
    "SetScores", "code_records", "evaluate", "format_report", "read_gold", "score",
]


def evaluate(gold_path: str | Path, pipeline: Pipeline | None = None, limit: int | None = None,
             options: CodingOptions | None = None, split: str = "all", context: bool = True) -> EvalReport:
    """Read the gold file, code its sentences and score them (``options`` builds the pipeline).

    ``split`` keeps one half of a set drawn from stories ("dev": even story ids, "heldout":
    odd); ``limit`` then keeps the first N sentences; ``context=False`` codes each sentence
    alone even when the gold gives the sentences before it.
    """
    gold = read_gold(gold_path).half(split)
    records = gold.records[:limit] if limit is not None else gold.records
    if pipeline is None:
        from detente.pipeline import Pipeline

        pipeline = Pipeline(options)
    results = code_records(records, pipeline, context=context)
    with_context = context and any(r.context for r in records)
    return score(GoldSet(gold.path, gold.fmt, records), results, split=split, context=with_context)
