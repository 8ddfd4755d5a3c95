"""A dyad's trade measures as whole records (goods, rates, effective dates, retaliation links).

``store.queries.dyad_measures`` finds which measures lie between the dyad's jurisdictions
(a code matches the country it starts with, EU matches IGOEEC) and returns their date,
parties, instrument, action and sentence; this reads the full records of exactly those,
through ``store.measures.iter_measures``, one query per pair of jurisdictions.
"""

from __future__ import annotations

from typing import Any

from detente.model import Measure
from detente.store import Store
from detente.store.measures import iter_measures


def _key(row: dict[str, Any]) -> tuple[Any, ...]:
    return (row["date"], row["imposer"], row["affected"], row["instrument"], row["action"], row["sentence"])


def measure_records(store: Store, rows: list[dict[str, Any]]) -> list[Measure]:
    """The stored Measure records behind ``dyad_measures`` rows, in the rows' order."""
    wanted = {_key(row): i for i, row in enumerate(rows)}
    found: list[tuple[int, Measure]] = []
    for imposer, affected in sorted({(row["imposer"], row["affected"]) for row in rows}):
        for measure in iter_measures(store, imposer, affected):
            row = {"date": measure.date or measure.published, "imposer": measure.imposer,
                   "affected": measure.affected, "instrument": measure.instrument, "action": measure.action,
                   "sentence": measure.sentence}
            if _key(row) in wanted:
                found.append((wanted[_key(row)], measure))
    seen: set[str] = set()
    ordered = []
    for _, measure in sorted(found, key=lambda pair: (pair[0], pair[1].measure_id)):
        if measure.measure_id not in seen:
            seen.add(measure.measure_id)
            ordered.append(measure)
    return ordered
