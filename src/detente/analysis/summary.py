"""What a store holds, in a few numbers: the figures `detente demo` prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from detente.analysis.dyad_text import align_table
from detente.ontology.actor_codes import spellings
from detente.store import Store
from detente.store.queries import actor_code_counts, quad_class_counts, strongest_events, top_country_pairs


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
    return Summary(store.count("documents"), store.count("sentences"), store.count("events"), store.count("mentions"),
                   by_quad_class=quad_class_counts(store), top_pairs=top_country_pairs(store, pairs),
                   examples=strongest_events(store, examples))


def actor_codes_table(store: Store) -> str:
    """The actor codes stored, most events first, with their trade measures and other spellings."""
    rows = actor_code_counts(store)
    if not rows:
        return "No actor codes: the database holds no events or measures yet."
    table = [["code", "events", "measures", "also written"]]
    table += [[code, str(events), str(measures), " ".join(spellings(code)[1:])] for code, events, measures in rows]
    return "\n".join([*align_table(table), "",
                      "A country code (CAN) also matches the longer codes that start with it (CANGOV)."])
