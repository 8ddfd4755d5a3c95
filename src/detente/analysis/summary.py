"""What a store holds, in a few numbers: the figures `detente demo` prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from detente.store import Store


@dataclass(slots=True)
class Summary:
    documents: int
    sentences: int
    events: int  # deduplicated event records
    mentions: int = 0  # every coded mention of them
    by_quad_class: dict[int, int] = field(default_factory=dict)
    top_pairs: list[tuple[str, str, int, float]] = field(default_factory=list)
    examples: list[dict[str, Any]] = field(default_factory=list)


def summarise(store: Store, pairs: int = 5, examples: int = 5) -> Summary:
    """Counts, events per QuadClass, the busiest country pairs and a few events with evidence."""
    summary = Summary(store.count("documents"), store.count("sentences"), store.count("events"),
                      store.count("mentions"))
    summary.by_quad_class = dict(store.query(
        "SELECT quad_class, count(*) FROM events GROUP BY 1 ORDER BY 1"))
    summary.top_pairs = [tuple(r) for r in store.query(  # type: ignore[misc]
        "SELECT least(source_country, target_country) a, greatest(source_country, target_country) b, "
        "count(*) n, round(sum(goldstein), 1) FROM events "
        "WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?", [pairs])]
    rows = store.query(
        "SELECT coalesce(date, published), source_code, cameo, target_code, trigger, rule, sentence "
        "FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country "
        "ORDER BY abs(goldstein) DESC, num_mentions DESC, date, global_event_id LIMIT ?", [examples])
    keys = ("date", "source", "cameo", "target", "trigger", "rule", "sentence")
    summary.examples = [dict(zip(keys, r, strict=True)) for r in rows]
    return summary
