"""`detente actors`: inspect and correct the actor registry (a thin layer over the library).

The registry is the curated seed (data/actors/people.tsv) plus what `detente code` learned
into the database; corrections made here are stored in the same database and win.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from detente.cli._util import db_option, parse_day
from detente.errors import DetenteError, UnknownActor

T = TypeVar("T")



def _country(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """ISO alpha-3 (legacy CAMEO codes accepted) or an organisation code such as IGOUNO."""
    if value is None:
        return None
    from detente.actors.gazetteer import Gazetteer, normalise_country_code
    from detente.actors.registry import is_organisation_code

    code = value.strip().upper()
    if is_organisation_code(code) and Gazetteer.load().organisation_by_code(code) is not None:
        return code
    found = normalise_country_code(code)
    if found is None:
        raise click.BadParameter(f"'{value}' is neither an ISO 3166 alpha-3 code nor a known organisation code.")
    return found


def _sector(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise click.BadParameter(f"'{value}' is not a CAMEO sector (three letters, e.g. GOV).")
    return code


def _with_store(db_path: str, work: Callable[[Any], T], read_only: bool = False) -> T:
    """Run ``work(store)``; a missing database reads as empty (store None) when only reading."""
    from detente.store import Store

    try:
        if read_only and not Path(db_path).exists():
            return work(None)
        with Store(db_path, read_only=read_only) as store:
            return work(store)
    except DetenteError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(name="actors")
def actors_group() -> None:
    """Inspect and correct the actor registry: who a named person is, and since when.

    \b
    Examples:
        detente actors list
        detente actors show "Mark Carney"
        detente actors add "Jane Doe" --country CAN --sector GOV --role "foreign minister" --from 2026-01-05
        detente actors alias "Mark Carney" "M. Carney"
        detente actors merge "Mark J. Carney" "Mark Carney"
    """


@actors_group.command(name="list")
@db_option
@click.option("--seed", "with_seed", is_flag=True, help="Include the curated seed list, not only the database.")
@click.option("--country", callback=_country, help="Only people of this country (ISO alpha-3).")
@click.option("--on", "day", callback=parse_day, help="Roles on this day (YYYY-MM-DD); default today.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_command(db_path: str, with_seed: bool, country: str | None, day: date | None, fmt: str) -> None:
    """List the people the registry knows, with their role on a day."""
    from detente.actors.registry import seed_registry
    from detente.actors.report import person_row, rows_table
    from detente.store.registry import load_registry, stored_keys

    day = day or date.today()

    def work(store):
        registry = load_registry(store)
        keys = stored_keys(store) if store is not None else set()
        if with_seed:
            keys |= {p.key for p in seed_registry()}
        return [person_row(registry.people[k], day) for k in sorted(keys) if k in registry.people]

    rows = _with_store(db_path, work, read_only=True)
    if country:
        rows = [r for r in rows if country in (r["country"], r["organisation"])]
    rows.sort(key=lambda r: r["name"].casefold())
    click.echo(json.dumps(rows, ensure_ascii=False, default=str, indent=2) if fmt == "json" else rows_table(rows))


@actors_group.command(name="show")
@click.argument("name")
@db_option
@click.option("--on", "day", callback=parse_day, help="Role on this day (YYYY-MM-DD); default today.")
def show_command(name: str, db_path: str, day: date | None) -> None:
    """Everything known about NAME: aliases, roles with their dates, and the articles."""
    from detente.actors.report import describe_person
    from detente.store.registry import load_registry, person_documents

    day = day or date.today()

    def work(store):
        person = load_registry(store).find(name)
        if person is None:
            raise UnknownActor(name)
        return describe_person(person, day, person_documents(store, person.name) if store is not None else [])

    click.echo(_with_store(db_path, work, read_only=True))


@actors_group.command(name="add")
@click.argument("name")
@db_option
@click.option("--country", callback=_country, required=True, help="ISO alpha-3, or an IGO code such as IGOUNO.")
@click.option("--sector", callback=_sector, help="CAMEO sector, e.g. GOV, MIL, BUS.")
@click.option("--role", help='The office, e.g. "prime minister".')
@click.option("--from", "valid_from", callback=parse_day, help="First day in the role (YYYY-MM-DD).")
@click.option("--to", "valid_to", callback=parse_day, help="Last day in the role (YYYY-MM-DD).")
@click.option("--alias", "aliases", multiple=True, help="Another name for the person; may be repeated.")
def add_command(name: str, db_path: str, country: str, sector: str | None, role: str | None,
                valid_from: date | None, valid_to: date | None, aliases: tuple[str, ...]) -> None:
    """Record NAME's role by hand. For this person, hand-made roles replace all others."""
    from detente.store.registry import add_person

    if valid_from and valid_to and valid_to < valid_from:
        raise click.BadParameter("--to is before --from.", param_hint="--to")
    person = _with_store(db_path, lambda s: add_person(s, name, country, sector, role, valid_from, valid_to,
                                                       aliases))
    click.echo(f"added: {person.name}: {_office_text(country, sector, role, valid_from, valid_to)}")


@actors_group.command(name="alias")
@click.argument("name")
@click.argument("alias")
@db_option
def alias_command(name: str, alias: str, db_path: str) -> None:
    """Make ALIAS another name of NAME (a later article saying only ALIAS means NAME)."""
    from detente.store.registry import add_alias

    person = _with_store(db_path, lambda store: add_alias(store, name, alias))
    click.echo(f"alias: {alias} -> {person.name}")


@actors_group.command(name="merge")
@click.argument("source")
@click.argument("target")
@db_option
def merge_command(source: str, target: str, db_path: str) -> None:
    """Fold SOURCE into TARGET: one person under two names (aliases, roles, articles move)."""
    from detente.store.registry import merge_people

    person = _with_store(db_path, lambda store: merge_people(store, source, target))
    click.echo(f"merged: {source} -> {person.name}")


def _office_text(country: str | None, sector: str | None, role: str | None, start: date | None,
                 end: date | None) -> str:
    from detente.actors.registry import Office
    from detente.actors.report import office_text

    return office_text(Office(country, sector, role, start, end, "manual"))
