"""The people the actor registry knows, as `detente actors list | show` prints them.

The registry is the curated seed (data/actors/people.tsv) plus what `detente code` learned
into a database; a missing database (``store`` None) reads as the seed alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from detente.actors.codes import actor_code
from detente.actors.registry import seed_registry
from detente.actors.report import _office_order, describe_person, person_row
from detente.errors import UnknownActor
from detente.ontology.actor_codes import cameo_spelling
from detente.store import Store
from detente.store.registry import load_registry, person_documents, stored_keys


def people_rows(store: Store | None, day: date, with_seed: bool = False,
                country: str | None = None) -> list[dict[str, Any]]:
    """The database's people (and the seed's with ``with_seed``) with their role on ``day``, by name.

    ``country`` keeps the people of one country or organisation (ISO alpha-3 or IGOUNO).
    """
    registry = load_registry(store)
    keys = stored_keys(store) if store is not None else set()
    if with_seed:
        keys |= {person.key for person in seed_registry()}
    rows = [person_row(registry.people[key], day) for key in sorted(keys) if key in registry.people]
    if country:
        rows = [row for row in rows if country in (row["country"], row["organisation"])]
    return sorted(rows, key=lambda row: row["name"].casefold())


def describe(store: Store | None, name: str, day: date) -> str:
    """Everything known about the person called ``name``; raises UnknownActor when nobody is."""
    person = load_registry(store).find(name)
    if person is None:
        raise UnknownActor(name)
    return describe_person(person, day, person_documents(store, person.name) if store is not None else [])


def country_or_organisation(value: str) -> str | None:
    """ISO alpha-3 (legacy CAMEO codes accepted) or a known organisation code such as IGOUNO (or EU);
    None when ``value`` is neither."""
    from detente.actors.gazetteer import Gazetteer, normalise_country_code
    from detente.actors.registry import is_organisation_code

    code = cameo_spelling(value.strip().upper())
    if is_organisation_code(code) and Gazetteer.load().organisation_by_code(code) is not None:
        return code
    return normalise_country_code(code)


def sector_code(value: str) -> str | None:
    """A CAMEO sector (three letters, e.g. GOV), upper-cased; None when ``value`` is not one."""
    code = value.strip().upper()
    return code if len(code) == 3 and code.isalpha() else None


def person_detail(store: Store | None, name: str, day: date) -> dict[str, Any]:
    """What `detente actors show` prints, as data: the person's row, offices and articles.

    Raises UnknownActor when the registry knows nobody called ``name``.
    """
    person = load_registry(store).find(name)
    if person is None:
        raise UnknownActor(name)
    row = person_row(person, day)
    row["offices"] = [{"code": actor_code(o.country, o.sector) or "", "country": o.country, "sector": o.sector,
                       "role": o.role, "valid_from": o.valid_from, "valid_to": o.valid_to, "origin": o.origin,
                       "last_seen": o.last_seen} for o in sorted(person.offices, key=_office_order)]
    row["articles"] = person_documents(store, person.name) if store is not None else []
    return row
