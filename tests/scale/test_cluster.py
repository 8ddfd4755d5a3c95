"""A real Dask cluster (a LocalCluster of two worker processes) codes what one process codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from tests.scale.corpus import teaching_documents, voa_documents
from tests.scale.test_parallel import code_into

from detente.cli import cli
from detente.parallel import executors

pytest.importorskip("distributed")


def test_a_local_cluster_of_two_workers_codes_and_stores_what_one_process_does(tmp_path: Path):
    documents = [*teaching_documents()[:3], *voa_documents(4), *teaching_documents()[3:]]
    one_records, one_tables, _ = code_into(tmp_path / "one.duckdb", documents)
    records, tables, stats = code_into(tmp_path / "cluster.duckdb", documents, scheduler="local:2")
    assert records == one_records
    assert tables == one_tables
    assert len(stats.memory) == 2 and stats.by_workers >= 5  # two Dask worker processes coded
    assert stats.again >= 1 and stats.here == 0  # the writer checked their answers; a worker coded again


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(executors, "CONNECT_TIMEOUT", "1s")
    source = tmp_path / "a.txt"
    source.write_text("China imposed tariffs on Canadian canola on Thursday.")
    result = CliRunner().invoke(cli, ["code", str(source), "--no-db"], env={"DETENTE_SCHEDULER": "tcp://127.0.0.1:9"})
    assert result.exit_code == 1
    assert result.output.startswith("Error: [E051] Could not reach the Dask scheduler tcp://127.0.0.1:9: ")
