"""The actor registry in the database: people learned from articles, and corrections.

Functions take a :class:`~detente.store.Store`. The tables (``actors.sql``) are created
on first use, so a database written before the registry existed simply gains them. The
curated seed stays in the package data; the database holds only what was learned or
corrected, and :func:`load_registry` lays it over the seed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from detente.actors.registry import ActorRegistry, Office, RegistryPerson, Sighting, person_key, seed_registry
from detente.errors import UnknownActor
from detente.store.db import Store

TABLES = ("actor_people", "actor_aliases", "actor_roles", "actor_documents")


def _has_tables(store: Store) -> bool:
    return all(store.has_table(table) for table in TABLES)


def load_registry(store: Store | None, base: ActorRegistry | None = None) -> ActorRegistry:
    """The seed (or ``base``) with everything this database learned or was told."""
    registry = (base or seed_registry()).copy()
    if store is None or not _has_tables(store):
        return registry
    people = store.query("SELECT person_id, name, first_seen, last_seen, documents, merged_into "
                         "FROM actor_people ORDER BY person_id")
    for _, name, first, last, documents, _ in people:
        person = registry.ensure(name)
        person.first_seen, person.last_seen, person.documents = first, last, documents
    names = {row[0]: row[1] for row in people}
    for person_id, alias, origin in store.query(
            "SELECT person_id, alias, origin FROM actor_aliases ORDER BY person_id, alias"):
        if person_id in names:
            registry.add_alias(registry.ensure(names[person_id]), alias, origin)
    for row in store.query("SELECT person_id, country, sector, role, valid_from, valid_to, last_seen, origin "
                           "FROM actor_roles ORDER BY person_id, valid_from NULLS FIRST, valid_to NULLS FIRST, origin, "
                           "country, sector, role"):
        if row[0] in names:
            country, sector, role, valid_from, valid_to = row[1:6]
            registry.ensure(names[row[0]]).offices.append(
                Office(country, sector, role, valid_from, valid_to, origin=row[7], last_seen=row[6]))
    for person_id, _, _, _, _, merged_into in people:
        if merged_into and merged_into in names:
            registry.merge(names[person_id], names[merged_into])
    registry.changed.clear()
    return registry


def save_learned(store: Store, registry: ActorRegistry, learned: Iterable[tuple[str, Sighting]]) -> int:
    """Write the people ``registry.learn`` changed, and which documents taught them.

    One transaction with a handful of set-wise statements however many people changed
    (the registry is saved after every batch of ``detente code``); returns how many
    people were written.
    """
    learned = list(learned)
    people = [registry.people[k] for k in sorted(registry.changed) if k in registry.people]
    if not people and not learned:
        return 0
    with store.transaction():
        _write_people(store, people, "learned")
        _write_documents(store, learned)
        _recount(store, [p.key for p in people])
    registry.changed.clear()
    return len(people)


def _write_people(store: Store, people: list[RegistryPerson], origin: str | None) -> None:
    """Upsert the people's rows and write their aliases and roles of ``origin``.

    Learned facts are merged with what the database holds, because another process may have
    learned more since this one loaded the registry: aliases are added, a role seen again widens
    its dates, first and last seen widen, and a merge made meanwhile stands. Corrections
    (``manual``) replace the person's earlier corrections.
    """
    if not people:
        return
    keys = [p.key for p in people]
    _bulk(store, "actor_people", ["person_id", "name", "first_seen", "last_seen", "documents", "merged_into"],
          [[p.key, p.name, p.first_seen, p.last_seen, p.documents, p.merged_into] for p in people],
          "ON CONFLICT (person_id) DO UPDATE SET name = excluded.name, "
          "first_seen = least(actor_people.first_seen, excluded.first_seen), "
          "last_seen = greatest(actor_people.last_seen, excluded.last_seen), "
          "merged_into = coalesce(actor_people.merged_into, excluded.merged_into), updated_at = now()")
    if origin is None:
        return
    roles = [[p.key, o.country, o.sector, o.role, o.valid_from, o.valid_to, o.last_seen, o.origin]
             for p in people for o in p.offices if o.origin == origin]
    if origin == "learned":
        roles = _with_stored_roles(store, keys, roles)
    else:
        store.execute("DELETE FROM actor_aliases WHERE origin = ? AND person_id = ANY(?)", [origin, keys])
    store.execute("DELETE FROM actor_roles WHERE origin = ? AND person_id = ANY(?)", [origin, keys])
    _bulk(store, "actor_aliases", ["person_id", "alias", "origin"],
          [[p.key, a, o] for p in people for a, o in p.aliases.items() if o == origin], "ON CONFLICT DO NOTHING")
    _bulk(store, "actor_roles", ["person_id", "country", "sector", "role", "valid_from", "valid_to", "last_seen",
                                 "origin"], roles)


def _with_stored_roles(store: Store, keys: list[str], roles: list[list[Any]]) -> list[list[Any]]:
    """Learned roles joined with the stored ones: one row per person and role, from its earliest
    start to its latest sighting (what ``ActorRegistry.learn`` does within one process)."""
    stored = store.query("SELECT person_id, country, sector, role, valid_from, valid_to, last_seen, origin "
                         "FROM actor_roles WHERE origin = 'learned' AND person_id = ANY(?)", [keys])
    merged: dict[tuple[Any, ...], list[Any]] = {}
    for row in [*map(list, stored), *roles]:
        same = merged.setdefault(tuple(row[:4]), row)
        if same is not row:
            same[4] = min((d for d in (same[4], row[4]) if d), default=None)
            same[5] = row[5] if row[5] is not None else same[5]
            same[6] = max((d for d in (same[6], row[6]) if d), default=None)
    return list(merged.values())


def _bulk(store: Store, table: str, columns: list[str], rows: list[list[Any]], conflict: str = "") -> None:
    """INSERT many rows in one statement, with the registry's date and count columns typed."""
    import pyarrow as pa

    types = {"first_seen": pa.date32(), "last_seen": pa.date32(), "valid_from": pa.date32(),
             "valid_to": pa.date32(), "published": pa.date32(), "documents": pa.int32(), "taught": pa.bool_()}
    store.insert_rows(table, columns, rows, conflict=conflict,
                      types={c: types.get(c, pa.string()) for c in columns})


def _write_documents(store: Store, learned: list[tuple[str, Sighting]]) -> None:
    rows: dict[tuple[str, str], list[Any]] = {}
    for key, s in learned:  # one row per person and document; any teaching mention counts
        row = rows.setdefault((key, s.doc_id), [key, s.doc_id, s.published, s.country, s.sector, s.role, False])
        if s.described and not row[6]:
            row[3:7] = [s.country, s.sector, s.role, True]
    _bulk(store, "actor_documents", ["person_id", "doc_id", "published", "country", "sector", "role", "taught"],
          list(rows.values()),
          "ON CONFLICT (person_id, doc_id) DO UPDATE SET taught = actor_documents.taught OR excluded.taught")


def _recount(store: Store, keys: list[str]) -> None:
    if keys:
        store.execute(
            "UPDATE actor_people SET documents = (SELECT count(*) FROM actor_documents d "
            "WHERE d.person_id = actor_people.person_id) WHERE person_id = ANY(?)", [keys])


# --- corrections (``detente actors add | alias | merge``) -----------------------------------

def _transaction(store: Store, work: Callable[[], None]) -> None:
    with store.transaction():
        work()


def add_person(store: Store, name: str, country: str | None, sector: str | None, role: str | None,
               valid_from: date | None = None, valid_to: date | None = None,
               aliases: Iterable[str] = ()) -> RegistryPerson:
    """Record a role by hand; for this person, manual roles replace everything else."""
    registry = load_registry(store)
    person = registry.find(name) or registry.ensure(name)
    person.offices.append(Office(country, sector, role, valid_from, valid_to, "manual"))
    for alias in aliases:
        registry.add_alias(person, alias, "manual")
    _transaction(store, lambda: _write_people(store, [person], "manual"))
    return person


def add_alias(store: Store, name: str, alias: str) -> RegistryPerson:
    """Another name for a known person; raises UnknownActor when the person is unknown."""
    registry = load_registry(store)
    person = registry.find(name)
    if person is None:
        raise UnknownActor(name)
    registry.add_alias(person, alias, "manual")
    _transaction(store, lambda: _write_people(store, [person], "manual"))
    return person


def merge_people(store: Store, source: str, target: str) -> RegistryPerson:
    """Make ``source`` another name of ``target``; raises UnknownActor naming an unknown person."""
    registry = load_registry(store)
    old, new = registry.find(source), registry.find(target)
    if old is None or new is None:
        raise UnknownActor(source if old is None else target)
    if old is new:
        return new

    def work() -> None:
        _write_people(store, [old, new], None)
        for table in ("actor_aliases", "actor_documents"):
            columns = store.column_list(table)
            rest = ", ".join(c for c in columns if c != "person_id")
            store.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT CAST(? AS VARCHAR), {rest} "
                          f"FROM {table} WHERE person_id = ? ON CONFLICT DO NOTHING", [new.key, old.key])
            store.execute(f"DELETE FROM {table} WHERE person_id = ?", [old.key])
        store.execute("UPDATE actor_roles SET person_id = ? WHERE person_id = ?", [new.key, old.key])
        store.execute("INSERT INTO actor_aliases (person_id, alias, origin) VALUES (?, ?, 'manual') "
                      "ON CONFLICT DO NOTHING", [new.key, old.name])
        store.execute("UPDATE actor_people SET merged_into = ?, updated_at = now() "
                      "WHERE person_id = ?", [new.key, old.key])
        firsts = [d for d in (old.first_seen, new.first_seen) if d is not None]
        lasts = [d for d in (old.last_seen, new.last_seen) if d is not None]
        store.execute("UPDATE actor_people SET first_seen = ?, last_seen = ? WHERE person_id = ?",
                      [min(firsts, default=None), max(lasts, default=None), new.key])
        _recount(store, [new.key])

    _transaction(store, work)
    return load_registry(store).find(target) or new


def person_documents(store: Store, name: str) -> list[dict[str, Any]]:
    """The articles that mentioned a person, newest first."""
    if not _has_tables(store):
        return []
    key = person_key(name)
    rows = store.query("SELECT doc_id, published, country, sector, role, taught FROM actor_documents "
                       "WHERE person_id = ? ORDER BY published DESC NULLS LAST, doc_id", [key])
    names = ("doc_id", "published", "country", "sector", "role", "taught")
    return [dict(zip(names, row, strict=True)) for row in rows]


def stored_keys(store: Store) -> set[str]:
    """Keys of the people this database holds (learned or corrected)."""
    if not _has_tables(store):
        return set()
    return {r[0] for r in store.query("SELECT person_id FROM actor_people WHERE merged_into IS NULL")}
