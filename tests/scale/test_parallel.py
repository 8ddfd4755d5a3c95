"""Coding with worker processes gives exactly what one process gives: the records yielded, and
every table of the store (events, event records with their counts, mentions, measures, the
people learned); and documents already stored are not parsed again."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from tests.scale.corpus import records, stored, teaching_documents, voa_documents

from detente.model import RecordError
from detente.parallel import runner
from detente.parallel.executors import LocalWorkers
from detente.pipeline import CodingOptions, Pipeline
from detente.store import Store


@pytest.fixture(scope="module")
def corpus():
    """Real stories with the teaching articles among them, and one bad record."""
    voa, teaching = voa_documents(10), teaching_documents()
    return [*teaching[:3], *voa[:5], RecordError("broken.txt", "[E001] Empty input: there is no text to code."),
            *teaching[3:], *voa[5:]]


def code_into(path: Path, documents, **options):
    pipeline = Pipeline(CodingOptions(batch_size=4, **options))
    with Store(path) as store:
        results = list(pipeline.run(documents, store))
        return records(results), stored(store), pipeline.stats


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory):
    return code_into(tmp_path_factory.mktemp("one") / "one.duckdb", corpus)


def test_two_workers_yield_and_store_what_one_process_does(corpus, one_process, tmp_path: Path):
    expected_records, expected_tables, _ = one_process
    found_records, found_tables, stats = code_into(tmp_path / "two.duckdb", corpus, workers=2)
    assert found_records == expected_records
    assert found_tables.keys() == expected_tables.keys() >= {"events", "mentions", "measures", "actor_people"}
    for table, rows in expected_tables.items():
        assert found_tables[table] == rows, table
    assert stats.by_workers >= 10 and len(stats.memory) == 2  # two worker processes did the work
    assert max(stats.memory.values()) < 1 << 30  # each under 1 GiB
    # A person taught by an article still in flight when a later one named them: the writer
    # saw the registry's answer change and had a worker code that article again.
    assert stats.again >= 1 and stats.here == 0
    named = next(r for r in found_records if r[0] == "named-1")
    assert [(e["source"]["code"], e["cameo"]) for e in named[4]] == [("NORGOV", "111")]


def test_answers_that_never_hold_leave_the_writer_to_code_and_the_output_unchanged(
        corpus, one_process, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The last resort: a worker's second coding cannot be checked either (a registry use
    the trace does not record), so the writer codes the document itself."""
    monkeypatch.setattr(runner, "answers_still_hold", lambda trace, registry: False)
    expected_records, expected_tables, _ = one_process
    found_records, found_tables, stats = code_into(tmp_path / "writer.duckdb", corpus, workers=2)
    assert found_records == expected_records and found_tables == expected_tables
    assert stats.here == stats.again >= 10 and stats.by_workers == 0


def test_stored_documents_are_skipped_before_parsing(corpus, one_process, tmp_path: Path):
    path = tmp_path / "again.duckdb"
    code_into(path, corpus)
    pipeline = Pipeline(CodingOptions(batch_size=4))
    with Store(path) as store:
        before = stored(store)
        again = list(pipeline.run(corpus, store))
        assert stored(store) == before
    documents = [r for r in again if r.document is not None]
    assert documents and all(r.skipped and r.stored and not r.events for r in documents)
    assert pipeline._components is None  # the model was never loaded: nothing was parsed
    assert pipeline.stats.skipped == len(documents)


def test_only_new_documents_are_coded_and_recode_codes_all_again(tmp_path: Path):
    path = tmp_path / "mixed.duckdb"
    teaching = teaching_documents()
    code_into(path, teaching[:3])
    found, _, stats = code_into(path, teaching)
    assert [r[2] for r in found] == [True, True, True, False, False, False]
    assert stats.skipped == 3
    recoded, tables, stats = code_into(path, teaching, recode=True)
    assert not any(r[2] for r in recoded) and stats.skipped == 0
    assert len(tables["documents"]) == 6  # coding again stores nothing twice


def test_a_text_repeated_in_a_later_batch_is_skipped_as_one_process_skips_it(tmp_path: Path):
    teaching = teaching_documents()
    repeat = teaching_documents()[0]
    repeat.doc_id = "teach-1-again"
    documents = [*teaching, repeat, *teaching_documents()[1:3]]
    one, one_tables, _ = code_into(tmp_path / "one.duckdb", documents)
    two, two_tables, _ = code_into(tmp_path / "two.duckdb", documents, workers=2)
    assert two == one and two_tables == one_tables
    assert [r[0] for r in one if r[2]] == ["teach-1-again", "plain-1", "named-1"]


def test_without_a_store_workers_code_every_document_independently(corpus):
    expected = records(Pipeline(CodingOptions(batch_size=4)).run(corpus))
    pipeline = Pipeline(CodingOptions(batch_size=4, workers=2))
    assert records(pipeline.run(corpus)) == expected
    assert pipeline.stats.again == pipeline.stats.here == 0  # nothing learned, nothing to check


def test_a_few_documents_are_coded_in_this_process(tmp_path: Path):
    pipeline = Pipeline(CodingOptions(workers=2))
    with Store(tmp_path / "few.duckdb") as store:
        results = list(pipeline.run(teaching_documents()[:2], store))
    assert all(r.stored for r in results) and not pipeline.stats.memory  # no worker was started


def loaded_pipelines() -> list[tuple[object, ...]]:
    """(in a worker) the pipelines this process has built."""
    from detente.parallel import work

    return list(work._pipelines)


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(), reason="no forkserver here")
def test_local_workers_start_with_the_pipeline_loaded():
    """Forked from a server that loaded the model once: no worker loads it again."""
    workers = LocalWorkers(1, CodingOptions())
    try:
        assert workers.submit(loaded_pipelines).result() == [
            (CodingOptions().model, 8, (), tuple(CodingOptions().components))]
    finally:
        workers.close()


def alive(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_stopping_a_run_early_stops_its_workers(corpus):
    """Ctrl-C, an error, or a caller that stops reading: the workers stop at once."""
    pipeline = Pipeline(CodingOptions(batch_size=4, workers=2))
    results = pipeline.run(corpus)
    next(results)
    workers = list(pipeline.stats.memory)
    results.close()
    assert workers and not any(alive(pid) for pid in workers)
