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
