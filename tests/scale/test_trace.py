"""The recorded registry answers: what makes a worker's coding checkable by the writer."""

from __future__ import annotations

from datetime import date

from detente.actors.registry import Sighting, seed_registry
from detente.parallel.trace import RecordingRegistry, answers_still_hold

DAY = date(2026, 3, 2)
VELUND = Sighting("Zorak Velund", "doc-1", DAY, "NOR", "GOV", "foreign minister", ("Velund",))


def test_answers_are_recorded_once_each_and_hold_on_an_unchanged_registry():
    registry = seed_registry().copy()
    recorder = RecordingRegistry(registry, DAY, learn=False)
    assert recorder.candidates("Velund") == []
    assert recorder.lookup("Velund", DAY) is None
    recorder.candidates("Velund")
    assert [(c.method, c.name) for c in recorder.trace.calls] == [("candidates", "Velund"), ("lookup", "Velund")]
    assert answers_still_hold(recorder.trace, registry)


def test_a_person_learned_since_changes_the_answers():
    registry = seed_registry().copy()
    recorder = RecordingRegistry(registry, DAY, learn=False)
    recorder.lookup("Velund", DAY)
    registry.learn(VELUND)
    assert not answers_still_hold(recorder.trace, registry)
    assert registry.lookup("Velund", DAY).country == "NOR"


def test_a_worker_notes_what_a_document_teaches_without_learning_it():
    registry = seed_registry().copy()
    recorder = RecordingRegistry(registry, DAY, learn=False)
    assert recorder.learn_all([VELUND]) == []
    assert recorder.trace.sightings == [VELUND] and registry.find("Zorak Velund") is None


def test_the_writer_learns_through_the_recorder():
    registry = seed_registry().copy()
    recorder = RecordingRegistry(registry, DAY, learn=True)
    assert [key for key, _ in recorder.learn_all([VELUND])] == ["zorak velund"]
    assert recorder.trace.sightings == [VELUND] and registry.find("Zorak Velund") is not None


def test_any_other_use_of_the_registry_cannot_be_checked_and_says_so():
    registry = seed_registry().copy()
    recorder = RecordingRegistry(registry, DAY, learn=False)
    assert recorder.find("Xi Jinping") is not None  # answered as the registry answers...
    assert recorder.trace.untracked  # ...but the writer will code this document itself
    assert not answers_still_hold(recorder.trace, registry)
    other = RecordingRegistry(registry, DAY, learn=False)
    assert len(other) == len(registry) and other.trace.untracked


def test_a_known_person_seen_again_reads_the_same():
    """Only where the registry had a person from changes: coding reads nothing of that."""
    registry = seed_registry().copy()
    recorder = RecordingRegistry(registry, DAY, learn=False)
    before = recorder.lookup("Bashar al-Assad", DAY)
    recorder.candidates("Assad")
    registry.learn(Sighting("Bashar al-Assad", "doc-2", DAY, "SYR", "ELI", "former president", ("Assad",)))
    after = registry.lookup("Bashar al-Assad", DAY)
    assert (before.origin, after.origin) == ("seed", "learned") and before.country == after.country
    assert answers_still_hold(recorder.trace, registry)


def test_a_dotted_abbreviation_is_no_persons_name():
    registry = seed_registry().copy()
    registry.learn(Sighting("Kim Jong Un", "doc-3", DAY, "PRK", "GOV", "leader", ("Un", "Kim")))
    assert [p.name for p in registry.candidates("Un")] == ["Kim Jong Un"]
    assert registry.candidates("U.N.") == [] and registry.candidates("U.S.") == []
