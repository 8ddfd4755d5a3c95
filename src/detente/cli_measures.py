"""`detente measures`: list stored trade measures (a thin layer over detente.store.measures)."""

from __future__ import annotations

import sys

import click

from detente.cli_util import db_option, require_db
from detente.errors import DetenteError
from detente.export.measures import parse_kinds, product_label, rate_label, write_measures


def kinds_option(default: str):
    """--kinds event,measure: which records a command writes."""

    def callback(ctx: click.Context, param: click.Parameter, value: str) -> frozenset[str]:
        try:
            return parse_kinds(value)
        except DetenteError as exc:
            raise click.BadParameter(str(exc)) from exc

    return click.option("--kinds", default=default, show_default=True, callback=callback,
                        help="Comma-separated record kinds: event, measure.")


def format_table(measures: list) -> str:
    """One line per measure: date, who on whom, what, rate, goods; then the evidence."""
    if not measures:
        return "No measures."
    from detente.measures import MeasureLexicon

    labels = MeasureLexicon.load().instruments.labels
    lines = []
    for m in measures:
        when = m.date.isoformat() if m.date else "(undated) "
        rate = rate_label(m.rate, m.rate_unit)
        what = f"{m.action} {labels.get(m.instrument, m.instrument)}" + (f" {rate}" if rate else "")
        answers = f"  answers {m.in_response_to}" if m.in_response_to else ""
        lines.append(f"{when}  {m.imposer or '?'} -> {m.affected or '?'}  {what}  CAMEO {m.cameo}"
                     f"  {m.measure_id}{answers}")
        if m.products:
            lines.append("    goods: " + "; ".join(product_label(p) for p in m.products))
        lines.append(f"    \"{m.sentence}\"")
    return "\n".join(lines)


@click.command(name="measures")
@click.option("--imposer", help="Only measures imposed by this jurisdiction (ISO3 or EU), e.g. CHN.")
@click.option("--affected", help="Only measures affecting this jurisdiction, e.g. CAN.")
@click.option("--hs", "hs_code", help="Only measures on goods under this HS code, e.g. 12 or 1205.")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
def measures_command(imposer: str | None, affected: str | None, hs_code: str | None, db_path: str,
                     fmt: str) -> None:
    """List stored trade measures (tariffs, duties, bans, sanctions) with their goods.

    \b
    Example:
        detente measures --imposer CHN --affected CAN --hs 12 --db detente.duckdb
    """
    from detente.store import Store
    from detente.store.measures import iter_measures

    require_db(db_path)
    if hs_code is not None and not hs_code.isdigit():
        raise click.BadParameter("use the digits of an HS chapter, heading or subheading, e.g. 12 or 1205",
                                 param_hint="--hs")
    try:
        with Store(db_path, read_only=True) as store:
            found = list(iter_measures(store, imposer, affected, hs_code))
    except DetenteError as exc:
        raise click.ClickException(str(exc)) from exc
    if fmt == "jsonl":
        write_measures(found, sys.stdout, "jsonl")
    else:
        click.echo(format_table(found))
