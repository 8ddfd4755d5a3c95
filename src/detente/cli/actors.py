"""`detente actors`: inspect and correct the actor registry (a thin layer over the library).

The registry is the curated seed (data/actors/people.tsv) plus what `detente code` learned
into the database; corrections made here are stored in the same database and win.
"""

from __future__ import annotations

import json
from datetime import date

import click

from detente.cli._util import db_option, library_errors, parse_day
from detente.store import Store
from detente.store.queries import open_existing, open_if_exists


def _country(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """ISO alpha-3 (legacy CAMEO codes accepted) or an organisation code such as IGOUNO (or EU)."""
    if value is None:
        return None
    from detente.analysis.people import country_or_organisation

    found = country_or_organisation(value)
    if found is None:
        raise click.BadParameter(f"'{value}' is neither an ISO 3166 alpha-3 code nor a known organisation code.")
    return found


def _sector(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from detente.analysis.people import sector_code

    code = sector_code(value)
    if code is None:
        raise click.BadParameter(f"'{value}' is not a CAMEO sector (three letters, e.g. GOV).")
    return code


def _day(day: date | None) -> date:
    return day or date.today()


@click.group(name="actors")
def actors_group() -> None:
    """Inspect and correct the actor registry: who a named person is, and since when;
    and list the actor codes the database holds.

    \b
    Example:
        detente actors list --seed --country CAN
    """


@actors_group.command(name="list")
@db_option
@click.option("--seed", "with_seed", is_flag=True, help="Include the curated seed list, not only the database.")
@click.option("--country", callback=_country, help="Only people of this country (ISO alpha-3).")
@click.option("--on", "day", callback=parse_day, help="Roles on this day (YYYY-MM-DD); default today.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_command(db_path: str, with_seed: bool, country: str | None, day: date | None, fmt: str) -> None:
    """List the people the registry knows, with their role on a day.

    \b
    Example:
        detente actors list --on 2026-06-01
    """
    from detente.actors.report import rows_table
    from detente.analysis.people import people_rows

    with library_errors(), open_if_exists(db_path) as store:
        rows = people_rows(store, _day(day), with_seed, country)
    click.echo(json.dumps(rows, ensure_ascii=False, default=str, indent=2) if fmt == "json" else rows_table(rows))


@actors_group.command(name="show")
@click.argument("name")
@db_option
@click.option("--on", "day", callback=parse_day, help="Role on this day (YYYY-MM-DD); default today.")
def show_command(name: str, db_path: str, day: date | None) -> None:
    """Everything known about NAME: aliases, roles with their dates, and the articles.

    \b
    Example:
        detente actors show "Mark Carney"
    """
    from detente.analysis.people import describe

    with library_errors(), open_if_exists(db_path) as store:
        click.echo(describe(store, name, _day(day)))


@actors_group.command(name="codes")
@db_option
def codes_command(db_path: str) -> None:
    """The actor codes in the stored events and trade measures, most events first: what
    `detente dyad` and `detente report` accept.

    \b
    Example:
        detente actors codes
    """
    from detente.analysis.summary import actor_codes_table

    with library_errors(), open_existing(db_path) as store:
        click.echo(actor_codes_table(store))


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
    """Record NAME's role by hand. For this person, hand-made roles replace all others.

    \b
    Example:
        detente actors add "Jane Doe" --country CAN --sector GOV --role "trade minister" --from 2026-01-05
    """
    from detente.actors.report import office_text
    from detente.store.registry import add_person

    if valid_from and valid_to and valid_to < valid_from:
        raise click.BadParameter("--to is before --from.", param_hint="--to")
    with library_errors(), Store(db_path) as store:
        person = add_person(store, name, country, sector, role, valid_from, valid_to, aliases)
    click.echo(f"added: {person.name}: {office_text(person.offices[-1])}")


@actors_group.command(name="alias")
@click.argument("name")
@click.argument("alias")
@db_option
def alias_command(name: str, alias: str, db_path: str) -> None:
    """Make ALIAS another name of NAME (a later article saying only ALIAS means NAME).

    \b
    Example:
        detente actors alias "Mark Carney" "M. Carney"
    """
    from detente.store.registry import add_alias

    with library_errors(), Store(db_path) as store:
        person = add_alias(store, name, alias)
    click.echo(f"alias: {alias} -> {person.name}")


@actors_group.command(name="merge")
@click.argument("source")
@click.argument("target")
@db_option
def merge_command(source: str, target: str, db_path: str) -> None:
    """Fold SOURCE into TARGET: one person under two names (aliases, roles, articles move).

    \b
    Example:
        detente actors add "M. J. Carney" --country CAN --sector GOV --role "prime minister"
        detente actors merge "M. J. Carney" "Mark Carney"
    """
    from detente.store.registry import merge_people

    with library_errors(), Store(db_path) as store:
        person = merge_people(store, source, target)
    click.echo(f"merged: {source} -> {person.name}")
