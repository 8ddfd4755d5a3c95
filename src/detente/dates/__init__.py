"""Event dates: time expressions found in the parse, resolved against publication dates."""

from __future__ import annotations

from detente.dates.resolve import (
    EXPRESSIONS_PATH,
    Precision,
    event_date,
    event_tense,
    expression_kind,
    find_time_expression,
    is_past,
    resolve_expression,
)

__all__ = [
    "EXPRESSIONS_PATH",
    "Precision",
    "event_date",
    "event_tense",
    "expression_kind",
    "find_time_expression",
    "is_past",
    "resolve_expression",
]
