"""Event dates: time expressions found in the parse, resolved against publication dates.

- ``expressions``: the expressions file (``data/dates/expressions.yaml``) and phrase matching;
- ``resolve``: a phrase resolved against a publication date (``resolve_expression``);
- ``attach``: the time expression that belongs to an event trigger (``find_time_expression``);
- ``trigger``: a trigger's tense and date (``event_tense``, ``event_date``).
"""

from __future__ import annotations

from detente.dates.attach import find_time_expression, nearest_verb, own_time_expression
from detente.dates.expressions import EXPRESSIONS_PATH
from detente.dates.resolve import POINT_IN_TIME_KINDS, CalendarPrecision, Precision, expression_kind, resolve_expression
from detente.dates.trigger import event_date, event_tense, future_auxiliaries, is_past, is_recalled

__all__ = [
    "EXPRESSIONS_PATH",
    "POINT_IN_TIME_KINDS",
    "CalendarPrecision",
    "Precision",
    "event_date",
    "event_tense",
    "expression_kind",
    "find_time_expression",
    "future_auxiliaries",
    "is_past",
    "is_recalled",
    "nearest_verb",
    "own_time_expression",
    "resolve_expression",
]
