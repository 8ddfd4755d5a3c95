"""Questions the analyses and the CLI ask of a store: dyads, actor codes, summary figures.

Functions take a :class:`~detente.store.Store`. An actor is given as a country (``CAN``),
a code prefix (``CANGOV``) or an alias of a code (``EU`` for ``IGOEEC``, see
:mod:`detente.ontology.actor_codes`): events are matched on the CAMEO spelling, trade
measures on every spelling, since measures name jurisdictions (``CAN``, ``EU``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from detente.errors import Errors, NoDetenteData, StoreError
from detente.ontology.actor_codes import cameo_spelling, spellings
from detente.store.backend import is_url
from detente.store.db import Store


def open_existing(path: str | Path) -> Store:
    """The database at ``path`` (a file or a PostgreSQL URL) opened for reading; a clear
    StoreError when there is none yet."""
    if not is_url(str(path)) and not Path(path).exists():
        raise StoreError(Errors.E012.format(path=path, detail="no such file; run `detente code` first"))
    return Store(path, read_only=True)


def _event_side(side: str) -> str:
    """SQL: the actor on ``side`` is the country ? or has a code starting with ?."""
    return f"({side}_country = ? OR starts_with({side}_code, ?))"


def _measure_side(column: str, code: str) -> tuple[str, list[str]]:
    """SQL and parameters: the jurisdiction in ``column`` is ``code`` (any spelling), its country or a part."""
    names = spellings(code)
    clause = " OR ".join(f"starts_with(?, {column}) OR starts_with({column}, ?)" for _ in names)
    return f"({column} <> '' AND ({clause}))", [name for name in names for _ in range(2)]


def _has_measures(store: Store) -> bool:
    """A measures table with the columns read here (older or hand-made databases may lack it)."""
    needed = {"imposer", "affected", "instrument", "action", "date", "published", "sentence"}
    return store.has_table("measures") and needed <= store.columns("measures")


def dyad_records(store: Store, first: str, second: str, directed: bool = False) -> list[dict[str, Any]]:
    """Event records between two actors, in date order (undated last).

    Directed: ``first`` is the source and ``second`` the target; otherwise either way.
    """
    first, second = cameo_spelling(first), cameo_spelling(second)
    forward = f"({_event_side('source')} AND {_event_side('target')})"
    backward = f"({_event_side('target')} AND {_event_side('source')})"
    where = forward if directed else f"({forward} OR {backward})"
    params = [first, first, second, second] + ([] if directed else [first, first, second, second])
    return store.dicts(
        f"SELECT {store.select_list('events', ('date_added',))} FROM events WHERE {where} "
        "ORDER BY date NULLS LAST, global_event_id", params)


def dyad_measures(store: Store, first: str, second: str, directed: bool = False) -> list[dict[str, Any]]:
    """Dated trade measures between the dyad's two jurisdictions (empty without a measures table).

    Measures name countries (``CAN``), so an actor code matches the country it starts with:
    CANGOV and CAN both match a Canadian measure, and IGOEEC matches one imposed by the EU.
    """
    if not _has_measures(store):
        return []
    clauses, params = [], []
    for source, target in [(first, second)] + ([] if directed else [(second, first)]):
        imposer, imposer_params = _measure_side("imposer", source)
        affected, affected_params = _measure_side("affected", target)
        clauses.append(f"({imposer} AND {affected})")
        params += imposer_params + affected_params
    return store.dicts(
        "SELECT coalesce(date, published) AS date, imposer, affected, instrument, action, sentence "
        f"FROM measures WHERE ({' OR '.join(clauses)}) AND coalesce(date, published) IS NOT NULL "
        "ORDER BY 1, 2, doc_id, sentence_index, trigger_start, measure_id",
        params)


def unmatched_codes(store: Store, codes: Sequence[str]) -> list[str]:
    """The codes that no stored event actor and no trade measure's jurisdiction matches."""
    unmatched = []
    for code in codes:
        cameo = cameo_spelling(code)
        found = store.query(f"SELECT EXISTS (SELECT 1 FROM events WHERE {_event_side('source')} "
                            f"OR {_event_side('target')})", [cameo] * 4)[0][0]
        if not found and _has_measures(store):
            imposer, imposer_params = _measure_side("imposer", code)
            affected, affected_params = _measure_side("affected", code)
            found = store.query(f"SELECT EXISTS (SELECT 1 FROM measures WHERE {imposer} OR {affected})",
                                imposer_params + affected_params)[0][0]
        if not found:
            unmatched.append(code)
    return unmatched


def actor_code_counts(store: Store) -> list[tuple[str, int, int]]:
    """Each stored actor code with its events (as source or target) and trade measures.

    Measure jurisdictions count under their CAMEO spelling (EU under IGOEEC). Most events first.
    """
    counts: dict[str, list[int]] = {}
    for code, events in store.query(
            "SELECT code, count(DISTINCT global_event_id) FROM (SELECT global_event_id, source_code AS code "
            "FROM events UNION ALL SELECT global_event_id, target_code FROM events) AS sides WHERE code IS NOT NULL "
            "GROUP BY 1"):
        counts[code] = [events, 0]
    if _has_measures(store):
        for jurisdiction, measures in store.query(
                "SELECT j, count(DISTINCT measure_id) FROM (SELECT measure_id, imposer AS j FROM measures "
                "UNION ALL SELECT measure_id, affected FROM measures) AS sides WHERE j <> '' GROUP BY 1"):
            counts.setdefault(cameo_spelling(jurisdiction), [0, 0])[1] += measures
    return sorted(((code, n[0], n[1]) for code, n in counts.items()), key=lambda row: (-row[1], -row[2], row[0]))


def quad_class_counts(store: Store) -> dict[int, int]:
    """Event records per QuadClass (1-4)."""
    return {int(quad): int(count) for quad, count in store.query(
        "SELECT quad_class, count(*) FROM events GROUP BY 1 ORDER BY 1")}


def top_country_pairs(store: Store, limit: int) -> list[tuple[str, str, int, float]]:
    """The country pairs with the most events (each pair in alphabetical order), with their Goldstein sum."""
    return [(str(row[0]), str(row[1]), int(row[2]), round(float(row[3]), 1)) for row in store.query(
        "SELECT least(source_country, target_country) a, greatest(source_country, target_country) b, "
        "count(*) n, sum(goldstein) FROM events "
        "WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?", [limit])]


def strongest_events(store: Store, limit: int) -> list[dict[str, Any]]:
    """International events with the largest Goldstein weight either way, most reported first among equals."""
    rows = store.query(
        "SELECT coalesce(date, published), source_code, cameo, target_code, trigger, rule, sentence "
        "FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country "
        "ORDER BY abs(goldstein) DESC, num_mentions DESC, date, global_event_id LIMIT ?", [limit])
    keys = ("date", "source", "cameo", "target", "trigger", "rule", "sentence")
    return [dict(zip(keys, row, strict=True)) for row in rows]


@contextmanager
def open_if_exists(path: str | Path) -> Iterator[Store | None]:
    """The database at ``path`` opened for reading, or None when there is none yet (reads as empty).

    A database without detente's tables (an empty PostgreSQL database, say) counts as none yet.
    """
    store = None
    if is_url(str(path)) or Path(path).exists():
        with suppress(NoDetenteData):
            store = Store(path, read_only=True)
    if store is None:
        yield None
        return
    with store:
        yield store
