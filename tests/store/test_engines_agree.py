"""The same corpus coded into DuckDB and into PostgreSQL reads back the same through every command.

The demo corpus is coded by `detente code` into a DuckDB file and into a PostgreSQL database;
then export (every format), dyad, report, measures and actors must print byte for byte the
same on both, apart from the database's own name.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.demo import demo_inputs
from detente.store import Store

Pair = tuple[str, str]


def run(args: list[str], db: str):
    return CliRunner().invoke(cli, [*args, "--db", db])


def same_output(args: list[str], pair: Pair) -> tuple[str, str]:
    """What a command prints on each engine, with each database's address (and name) made one."""
    outputs = []
    for db in pair:
        result = run(args, db)
        text = f"exit {result.exit_code}\n{result.output}"
        outputs.append(text.replace(db, "<db>").replace(re.split(r"[/\\]", db)[-1], "<db>"))
    return outputs[0], outputs[1]


@pytest.fixture(scope="module")
def coded(postgres_server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    import psycopg

    name = f"detente_agree_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_server_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    pair = (str(tmp_path_factory.mktemp("agree") / "demo.duckdb"), postgres_server_url.rsplit("/", 1)[0] + f"/{name}")
    printed = [run(["code", *demo_inputs()], db) for db in pair]
    assert printed[0].exit_code == printed[1].exit_code == 0, printed[1].output[-2000:]
    assert printed[0].output == printed[1].output
    try:
        yield pair
    finally:
        with psycopg.connect(postgres_server_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


READS = [
    ["export"], ["export", "--format", "csv"], ["export", "--format", "gdelt"], ["export", "--kinds", "event,measure"],
    ["export", "--kinds", "measure", "--format", "csv"],
    ["dyad", "CAN", "CHN"], ["dyad", "CAN", "CHN", "--by", "week", "--format", "csv"],
    ["dyad", "CHN", "CAN", "--directed", "--format", "json"], ["dyad", "USA", "CHN", "--by", "year"],
    ["dyad", "CANGOV", "CHNGOV", "--since", "2026-03-01", "--until", "2026-09-30"], ["dyad", "XXX", "CHN"],
    ["measures"], ["measures", "--imposer", "CHN", "--affected", "CAN", "--hs", "12"],
    ["measures", "--format", "jsonl"], ["actors", "codes"], ["actors", "list", "--on", "2026-06-01"],
]


@pytest.mark.parametrize("args", READS, ids=" ".join)
def test_reading_commands_print_the_same_on_both_engines(coded: Pair, args: list[str]):
    duck, postgres = same_output(args, coded)
    assert postgres == duck
    assert duck.startswith("exit 0\n") or args[1] == "XXX"


def test_parquet_exports_have_the_same_schema_and_rows(coded: Pair, tmp_path: Path):
    tables = []
    for i, db in enumerate(coded):
        out = tmp_path / f"{i}.parquet"
        assert run(["export", "--format", "parquet", "--out", str(out)], db).exit_code == 0
        tables.append(pq.read_table(out))
    assert tables[0].schema == tables[1].schema
    assert tables[0].to_pylist() == tables[1].to_pylist()


def test_reports_are_the_same_page(coded: Pair, tmp_path: Path):
    pages = []
    for i, db in enumerate(coded):
        out = tmp_path / f"{i}.html"
        assert run(["report", "--dyad", "CAN", "CHN", "--out", str(out)], db).exit_code == 0
        pages.append(out.read_text(encoding="utf-8").replace(re.split(r"[/\\]", db)[-1], "<db>"))
    assert pages[0] == pages[1]


def test_corrections_to_the_registry_read_back_the_same(coded: Pair):
    with Store(coded[0]) as store:
        people = [r[0] for r in store.query("SELECT name FROM actor_people ORDER BY documents DESC, name LIMIT 2")]
    assert len(people) == 2, "the demo corpus teaches at least two people"
    steps = [["actors", "add", "Jonas Whitcombe", "--country", "NOR", "--sector", "GOV", "--role", "prime minister",
              "--from", "2025-03-01", "--alias", "Whitcombe"],
             ["actors", "alias", "Jonas Whitcombe", "J. Whitcombe"],
             ["actors", "merge", people[1], people[0]],
             ["actors", "show", people[0], "--on", "2026-06-01"], ["actors", "show", "J. Whitcombe"],
             ["actors", "list", "--on", "2026-06-01"]]
    for step in steps:
        duck, postgres = same_output(step, coded)
        assert postgres == duck
        assert duck.startswith("exit 0\n"), duck
