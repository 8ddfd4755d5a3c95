"""The word lists measures and dates compose from the shared grammar lexicon.

Measures read some grammar lists with a named difference (data/lexicon/measures.yaml,
dates.yaml) instead of repeating them; these tests pin the composed lists, so that a change
to lexicon/grammar.yaml that would change what measures or dates read is seen here.
"""

from __future__ import annotations

from spacy.language import Language

from detente.actors.resolver import DocumentActors
from detente.data import word_list
from detente.dates import future_auxiliaries
from detente.measures.lexicon import MeasureLexicon
from detente.measures.parties import PartyReader
from detente.measures.status import StatusReader
from detente.measures.timing import TimingReader


def test_future_auxiliaries_are_the_grammar_list_without_constructions() -> None:
    assert future_auxiliaries() == {"will", "shall", "'ll", "wo"}
    assert future_auxiliaries() | word_list("dates.future_aux_spellings") == {"will", "shall", "'ll", "wo", "ll"}


def test_a_measure_reported_with_would_is_dated_as_future() -> None:
    assert TimingReader(None).future_aux == {"will", "would", "shall", "'ll", "wo"}


def test_measure_status_modals() -> None:
    status = StatusReader(MeasureLexicon.load().actions.modality)
    assert status.hypothetical_modals == {"could", "might", "may"}
    assert status.advice_modals == {"should", "ought"}
    assert {"say", "announce", "warn", "threaten"} <= status.reporting_verbs


def test_jurisdiction_pronouns_leave_out_the_reflexives(nlp: Language) -> None:
    parties = PartyReader(MeasureLexicon.load(), DocumentActors(nlp("China imposed duties."), None))
    assert parties.pronouns == {"it", "its", "they", "their", "them", "we", "our", "us"}
