"""The actor registry in the database when several processes learn and correct it at once.

Each process loads the registry when it starts and learns in memory; what it saves must add to
what others saved meanwhile, never replace it. Two registries loaded from one store stand for
two processes.
"""

from __future__ import annotations

from datetime import date

from detente.actors.registry import Sighting
from detente.store import Store
from detente.store.registry import load_registry, merge_people, person_documents, save_learned


def learn(store: Store, registry, *sightings: Sighting) -> None:
    save_learned(store, registry, registry.learn_all(sightings))


def test_two_writers_learning_one_person_keep_everything_both_learned(store_address: str):
    with Store(store_address) as store:
        first, second = load_registry(store), load_registry(store)
        learn(store, first, Sighting("Jonas Whitcombe", "a", date(2025, 9, 1), "NOR", "GOV", "prime minister",
                                     aliases=("Whitcombe",)))
        learn(store, second, Sighting("Jonas Whitcombe", "b", date(2025, 6, 1), "NOR", "GOV", "prime minister",
                                      aliases=("J. Whitcombe",)),
              Sighting("Jonas Whitcombe", "c", date(2024, 1, 1), "NOR", "GOV", "finance minister"))
        person = load_registry(store).find("Jonas Whitcombe")
        documents = person_documents(store, "Jonas Whitcombe")
    assert person is not None
    assert set(person.aliases) == {"Whitcombe", "J. Whitcombe"}
    assert (person.first_seen, person.last_seen, person.documents) == (date(2024, 1, 1), date(2025, 9, 1), 3)
    assert sorted((o.role, o.valid_from, o.last_seen) for o in person.offices) == [
        ("finance minister", date(2024, 1, 1), date(2024, 1, 1)),
        ("prime minister", date(2025, 6, 1), date(2025, 9, 1))]
    assert [d["doc_id"] for d in documents] == ["a", "b", "c"]


def test_a_merge_made_while_a_writer_runs_stands(store_address: str):
    with Store(store_address) as store:
        setup = load_registry(store)
        learn(store, setup, Sighting("Jonas Whitcombe", "a", date(2025, 3, 1), "NOR", "GOV", "prime minister"),
              Sighting("Jonas P. Whitcombe", "b", date(2025, 3, 2), "NOR", "GOV", "prime minister"))
        writer = load_registry(store)  # a `detente code` run starts
        merge_people(store, "Jonas P. Whitcombe", "Jonas Whitcombe")  # `detente actors merge` meanwhile
        learn(store, writer, Sighting("Jonas P. Whitcombe", "c", date(2025, 4, 1), "NOR", "GOV", "prime minister"))
        merged_into = store.query("SELECT merged_into FROM actor_people WHERE name = 'Jonas P. Whitcombe'")
        target = load_registry(store).find("Jonas P. Whitcombe")
    assert merged_into == [("jonas whitcombe",)]
    assert target is not None and target.name == "Jonas Whitcombe"
