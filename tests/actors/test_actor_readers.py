"""The actor readers work from what they are given: a phrase reader asks the person lookup it is
handed, the people of a document stay in text order, and the facade answers for the document."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from detente.actors.context import CountryContext
from detente.actors.people import KnownPerson, PeopleMet
from detente.actors.phrases import PhraseReader
from detente.actors.registry import ORIGINS, ActorRegistry
from detente.actors.resolver import DocumentActors
from detente.actors.words import WordLookup


def _reader(nlp, gaz, text: str, person_at):
    doc = nlp(text)
    words = WordLookup(doc, gaz, CountryContext(doc, gaz))
    return doc, PhraseReader(doc, words, gaz, person_at=person_at)


def test_a_phrase_reader_asks_the_person_lookup_it_is_given(nlp, gaz) -> None:
    asked: list[str] = []

    def person_at(token: Token) -> KnownPerson | None:
        asked.append(token.text)
        return KnownPerson("Jonas Whitcombe", "NZL", "GOV", "prime minister", token.i)

    doc, reader = _reader(nlp, gaz, "The Whitcombe administration said no.", person_at)
    head = next(t for t in doc if t.text == "administration")
    info = reader.modifiers_info(reader.noun_phrase_left(head.i, head))
    assert asked == ["Whitcombe"]
    assert (info.country, info.sector) == ("NZL", "GOV")


def test_without_a_person_the_phrase_says_nothing_of_whose(nlp, gaz) -> None:
    doc, reader = _reader(nlp, gaz, "The Whitcombe administration said no.", lambda token: None)
    head = next(t for t in doc if t.text == "administration")
    info = reader.modifiers_info(reader.noun_phrase_left(head.i, head))
    assert (info.country, info.sector) == (None, None)


def test_people_met_stay_in_text_order(nlp, gaz) -> None:
    doc = nlp("Amara Diallo met Jonas Whitcombe.")
    people = PeopleMet(doc, WordLookup(doc, gaz, CountryContext(doc, gaz)), gaz, ActorRegistry(), None)
    first, second, third = (KnownPerson(name, None, None, None, 0) for name in ("A", "B", "C"))
    people.mentioned(3, second)
    people.mentioned(0, first)
    people.mentioned(3, third)  # a second mention at one token comes after the first
    assert [(i, p.name) for i, p in people.mentions()] == [(0, "A"), (3, "B"), (3, "C")]
    assert people.before(3) is first
    assert [p.name for p in people.known_people()] == ["A", "B", "C"]


def test_the_facade_answers_for_the_document(nlp) -> None:
    actors = DocumentActors(nlp("Prime Minister Jonas Whitcombe of New Zealand visited Canberra. "
                                "Whitcombe said New Zealand would help."), date(2026, 2, 10))
    assert [p.name for p in actors.known_people()] == ["Jonas Whitcombe"]
    assert actors.countries["NZL"] >= 2  # named twice, and once more through its prime minister
    canberra = next(t for t in actors.doc if t.text == "Canberra")
    assert actors.place_of(canberra).country == "AUS"
    assert [s.name for s in actors.sightings("doc-1")] == ["Jonas Whitcombe"]


def test_corrections_are_trusted_before_the_seed_and_what_was_learned() -> None:
    assert ORIGINS == ("manual", "seed", "learned")
