"""Linking new mentions to event records: the write half of deduplication.

Each new mention joins the stored event record with its key (dyad and CAMEO code) and a
date within tolerance (see dedup.py for the rule), or starts a new one; the records' GDELT
counts (NumMentions, NumArticles, NumSources, IsRootEvent) are then recomputed from the
mentions table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from detente.store.columns import MENTION_COLUMNS, RECORD_COLUMNS, RECORD_FROM_MENTION
from detente.store.dedup import Anchor, Incoming, Linker, event_key

if TYPE_CHECKING:
    from detente.store.db import Store

def link_mentions(store: Store, mentions: list[dict[str, Any]]) -> None:
    """Give each new mention its event record (existing or new), store it, recount.

    Call inside ``store.transaction()``: it reads the events that share a key with the new
    mentions and then writes them, which only one writer at a time may do.
    """
    known = _known_mentions(store, [m["mention_id"] for m in mentions])
    fresh: dict[str, dict[str, Any]] = {}
    for m in mentions:
        if m["mention_id"] not in known:
            fresh.setdefault(m["mention_id"], m)
    if not fresh:
        return
    keys = {event_key(m["source_code"], m["target_code"], m["cameo"]) for m in fresh.values()}
    next_id = store.query("SELECT coalesce(max(global_event_id), 0) + 1 FROM events")[0][0]
    linker = Linker(_anchors(store, keys), next_id)
    assigned = linker.link([
        Incoming(m["mention_id"], event_key(m["source_code"], m["target_code"], m["cameo"]),
                 m["date"], m["date_precision"], m["content_hash"]) for m in fresh.values()])
    for mention_id, global_id in assigned.items():
        fresh[mention_id]["global_event_id"] = global_id
    anchors = linker.anchors()
    records = [_record_row(a, fresh[linker.first_mention[a.global_event_id]])
               for a in anchors if a.is_new]
    store.insert_rows("events", list(RECORD_COLUMNS), records)
    refined = [[a.date, a.precision, a.global_event_id] for a in anchors if a.refined and not a.is_new]
    if refined:
        store.executemany(
            "UPDATE events SET date = ?, date_precision = ? WHERE global_event_id = ?", refined)
    store.insert_rows("mentions", list(MENTION_COLUMNS),
                      [[m[c] for c in MENTION_COLUMNS] for m in fresh.values()])
    _recount(store, sorted(set(assigned.values())))

def _record_row(anchor: Anchor, first: dict[str, Any]) -> list[Any]:
    return [anchor.global_event_id, anchor.date, anchor.precision, first["mention_id"],
            *(first[c] for c in RECORD_FROM_MENTION)]

def _known_mentions(store: Store, ids: list[str]) -> set[str]:
    rows = store.query("SELECT mention_id FROM mentions WHERE mention_id = ANY(?)", [ids])
    return {r[0] for r in rows}

def _anchors(store: Store, keys: set[tuple[str, str, str]]) -> list[Anchor]:
    """The stored event records that share a key with the incoming mentions."""
    with store.stage("_keys", ["s", "t", "c"], [list(k) for k in sorted(keys)]):
        rows = store.query(
            "SELECT e.global_event_id, k.s, k.t, k.c, e.date, e.date_precision, e.content_hash "
            "FROM events e JOIN _keys k ON coalesce(e.source_code, '') = k.s "
            "AND coalesce(e.target_code, '') = k.t AND e.cameo = k.c "
            "ORDER BY e.global_event_id")
    return [Anchor(r[0], (r[1], r[2], r[3]), r[4], r[5], r[6]) for r in rows]

def _recount(store: Store, global_ids: list[int]) -> None:
    """GDELT's counts for these events, recomputed from their mentions."""
    store.execute(
        "UPDATE events SET num_mentions = c.n, num_articles = c.a, num_sources = c.s, "
        "is_root_event = c.r FROM (SELECT global_event_id AS gid, count(*) AS n, "
        "count(DISTINCT content_hash) AS a, count(DISTINCT site) AS s, "
        "bool_or(sentence_index = 0) AS r FROM mentions "
        "WHERE global_event_id = ANY(?) GROUP BY global_event_id) AS c "
        "WHERE events.global_event_id = c.gid", [global_ids])

