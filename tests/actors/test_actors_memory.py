"""Cross-document memory: what one article teaches, a later one (another run) uses.

The session pipeline has no registry of its own: coding into a store loads the store's
registry for that run, so every test's database starts from the seed alone.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from detente.ingest.readers import IngestOptions, make_document
from detente.pipeline import Pipeline
from detente.store import Store
from detente.store.registry import add_alias, add_person, load_registry, merge_people, person_documents

TEACHER = ("Prime Minister Jonas Whitcombe of Norway met Swedish officials in Oslo on Monday. "
           "Whitcombe said he would visit Stockholm in the spring.")
LATER = "Whitcombe criticised the European Union on Tuesday."


def document(text: str, doc_id: str, published: date):
    return make_document(text, doc_id, IngestOptions(check_language=False), doc_id=doc_id, published=published)


def sources(pipeline: Pipeline, db: Path, text: str, doc_id: str, published: date) -> list[str | None]:
    with Store(db) as store:
        coded = list(pipeline.run([document(text, doc_id, published)], store))
    return [e.source.code if e.source else None for r in coded for e in r.events]


def test_without_memory_a_bare_surname_is_unknown(pipeline):
    assert [e.source for e in pipeline.code_text(LATER, published=date(2025, 6, 2))
            if e.source is not None and e.source.code] == []


def test_a_later_article_in_a_later_run_resolves_the_surname(pipeline, db_path):
    assert "NORGOV" in sources(pipeline, db_path, TEACHER, "teach", date(2025, 6, 1))
    assert sources(pipeline, db_path, LATER, "later", date(2025, 6, 2)) == ["NORGOV"]
    with Store(db_path) as store:
        person = load_registry(store).find("Whitcombe")
        docs = person_documents(store, "Jonas Whitcombe")
    assert (person.name, person.first_seen, person.last_seen) == ("Jonas Whitcombe", date(2025, 6, 1),
                                                                 date(2025, 6, 2))
    assert [(d["doc_id"], d["taught"], d["role"]) for d in docs] == [("later", False, "prime minister"),
                                                                    ("teach", True, "prime minister")]


def test_memory_is_kept_within_one_run(pipeline, db_path):
    items = [document(TEACHER, "teach", date(2025, 6, 1)), document(LATER, "later", date(2025, 6, 2))]
    with Store(db_path) as store:
        coded = list(pipeline.run(items, store))
    assert [e.source.code for e in coded[1].events] == ["NORGOV"]


def test_corrections_win_over_what_was_learned(pipeline, db_path):
    sources(pipeline, db_path, TEACHER, "teach", date(2025, 6, 1))
    with Store(db_path) as store:
        add_person(store, "Jonas Whitcombe", "DNK", "GOV", "prime minister", date(2025, 1, 1))
        add_alias(store, "Jonas Whitcombe", "J. Whitcombe")
    assert sources(pipeline, db_path, LATER, "later", date(2025, 6, 2)) == ["DNKGOV"]
    assert sources(pipeline, db_path, "J. Whitcombe criticised the European Union.", "alias",
                   date(2025, 6, 3)) == ["DNKGOV"]


def test_merge_makes_two_names_one_person(pipeline, db_path):
    sources(pipeline, db_path, TEACHER, "teach", date(2025, 6, 1))
    sources(pipeline, db_path, "Norwegian Prime Minister Jonas P. Whitcombe arrived in Rome.", "rome",
            date(2025, 6, 5))
    with Store(db_path) as store:
        merge_people(store, "Jonas P. Whitcombe", "Jonas Whitcombe")
        registry = load_registry(store)
        assert registry.find("Jonas P. Whitcombe").name == "Jonas Whitcombe"
        assert [d["doc_id"] for d in person_documents(store, "Jonas Whitcombe")] == ["rome", "teach"]


def test_time_aware_seed_roles_in_coded_events(code):
    text = "Trudeau criticised the government's housing plan."
    assert [e["source"]["code"] for e in code(text, published=date(2024, 5, 1))] == ["CANGOV"]
    assert [e["source"]["code"] for e in code(text, published=date(2026, 5, 1))] == ["CANELI"]
