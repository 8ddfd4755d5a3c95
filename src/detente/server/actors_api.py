"""``/v1/actors``: the actor registry, read and corrected exactly as `detente actors` does.

``POST /v1/actors`` is `actors add`, ``PATCH /v1/actors/{name}`` the same for a person already
known, ``POST .../aliases`` is `actors alias` and ``POST .../merge`` is `actors merge`. A
correction then, unless ``recode`` is false, codes again the stored articles that name the
person, so that the stored events follow it: the events list shows the change at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from detente.actors.registry import RegistryPerson
from detente.analysis.people import country_or_organisation, people_rows, person_detail, sector_code
from detente.errors import StoreError, UnknownActor
from detente.server import checks
from detente.server.api import ERRORS, Pool
from detente.server.coding import RecodeFailed, recode_naming
from detente.server.errors import ApiError, ServerErrors
from detente.server.models import AliasIn, CorrectionIn, CorrectionOut, MergeIn, PersonDetail, PersonIn, PersonOut
from detente.server.queries import forget_manual_roles
from detente.server.stores import StorePool
from detente.store import Store
from detente.store.registry import add_alias, add_person, merge_people

router = APIRouter(prefix="/v1/actors", tags=["actors"])
Write = [Depends(checks.writer)]


@router.get("", response_model=list[PersonOut], responses=ERRORS)
def list_people(pool: Pool, q: Annotated[str | None, Query(max_length=200, description="Part of a name or alias.")]
                = None, country: str | None = None, on: date | None = None,
                seed: Annotated[bool, Query(description="Include the curated seed list.")] = False
                ) -> list[dict[str, Any]]:
    """The people the registry knows, with their role on a day (`detente actors list --format json`)."""
    code = _country(country) if country else None
    with pool.store() as store:
        rows = people_rows(store, on or date.today(), seed, code)
    if q and q.strip():
        needle = q.strip().casefold()
        rows = [r for r in rows if needle in r["name"].casefold() or any(needle in a.casefold() for a in r["aliases"])]
    return rows


@router.get("/{name}", response_model=PersonDetail, responses=ERRORS)
def show_person(pool: Pool, name: str, on: date | None = None) -> dict[str, Any]:
    """Everything known about one person (`detente actors show NAME`)."""
    with pool.store() as store:
        return _detail(store, name, on)


@router.post("", response_model=CorrectionOut, responses=ERRORS, dependencies=Write)
def add(pool: Pool, body: PersonIn) -> dict[str, Any]:
    """Record a person's role by hand (`detente actors add`): for this person, hand-made roles replace all others."""
    name = checks.name(body.name)
    aliases = [checks.name(a, "An alias") for a in body.aliases]
    country, sector = _country(body.country), _sector(body.sector)
    _check_term(body.valid_from, body.valid_to)
    return _correct(pool, lambda store: add_person(store, name, country, sector, body.role, body.valid_from,
                                                   body.valid_to, aliases), [name, *aliases], body.recode, "added")


@router.patch("/{name}", response_model=CorrectionOut, responses=ERRORS, dependencies=Write)
def correct(pool: Pool, name: str, body: CorrectionIn) -> dict[str, Any]:
    """Correct a known person's role: what `detente actors add` does for someone already known, except
    that the new role replaces the roles recorded by hand before (learned roles stay, and hand-made
    ones win over them)."""
    aliases = [checks.name(a, "An alias") for a in body.aliases]
    country, sector = _country(body.country), _sector(body.sector)
    _check_term(body.valid_from, body.valid_to)

    def change(store: Store) -> RegistryPerson:
        from detente.store.registry import load_registry

        person = load_registry(store).find(name)
        if person is None:
            raise UnknownActor(name)
        with store.transaction():
            forget_manual_roles(store, person.name)
            return add_person(store, person.name, country, sector, body.role, body.valid_from, body.valid_to,
                              aliases)

    return _correct(pool, change, [name, *aliases], body.recode, "corrected")


@router.post("/{name}/aliases", response_model=CorrectionOut, responses=ERRORS, dependencies=Write)
def alias(pool: Pool, name: str, body: AliasIn) -> dict[str, Any]:
    """Make ``alias`` another name of a known person (`detente actors alias`)."""
    alias_name = checks.name(body.alias, "An alias")
    return _correct(pool, lambda store: add_alias(store, name, alias_name), [alias_name], body.recode, "alias added")


@router.post("/{name}/merge", response_model=CorrectionOut, responses=ERRORS, dependencies=Write)
def merge(pool: Pool, name: str, body: MergeIn) -> dict[str, Any]:
    """Fold this person into ``into`` (`detente actors merge`): one person under two names."""
    into = checks.name(body.into)
    return _correct(pool, lambda store: merge_people(store, name, into), [name, into], body.recode, "merged")


def _correct(pool: StorePool, change: Callable[[Store], RegistryPerson], names: list[str], recode: bool,
             verb: str) -> dict[str, Any]:
    with pool.writer() as store:
        try:
            person = change(store)
        except UnknownActor as exc:
            raise ApiError(404, str(exc)) from exc
        try:
            recoded = recode_naming(store, sorted({person.name, *person.aliases, *names})) if recode else []
        except (RecodeFailed, StoreError) as exc:
            raise ApiError(422, ServerErrors.E110.format(detail=f"the correction is saved, but re-coding its "
                                                         f"articles failed and was undone: {exc}")) from exc
        detail = _detail(store, person.name, None)
    count = f"; {len(recoded)} stored article{'s' if len(recoded) != 1 else ''} coded again" if recode else ""
    return {"message": f"{verb}: {person.name}{count}", "person": detail, "recoded": recoded}


def _detail(store: Store, name: str, on: date | None) -> dict[str, Any]:
    try:
        return person_detail(store, name, on or date.today())
    except UnknownActor as exc:
        raise ApiError(404, str(exc)) from exc


def _country(value: str) -> str:
    found = country_or_organisation(value) if value.strip() else None
    if found is None:
        raise ApiError(422, ServerErrors.E105.format(
            what="country or organisation code", value=value,
            hint="use an ISO 3166 alpha-3 code (CAN) or an organisation code such as IGOUNO."))
    return found


def _sector(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    found = sector_code(value)
    if found is None:
        raise ApiError(422, ServerErrors.E106.format(where="field", name="sector",
                                                     detail="a CAMEO sector is three letters, e.g. GOV"))
    return found


def _check_term(valid_from: date | None, valid_to: date | None) -> None:
    if valid_from and valid_to and valid_to < valid_from:
        raise ApiError(422, ServerErrors.E106.format(where="field", name="valid_to", detail="it is before valid_from"))
