"""Tone (detente.tone): VADER's reading scaled as GDELT's -100..+100, per sentence and per document."""

from __future__ import annotations

import pytest

from detente.model import Event
from detente.store import Store
from detente.tone import ToneScorer


@pytest.fixture(scope="module")
def scorer() -> ToneScorer:
    return ToneScorer()


def test_sentences_score_by_their_words(scorer):
    praise = scorer.tone("Li praised the state visit as a fresh start and a great success for both countries.")
    attack = scorer.tone("Russian forces attacked the town, killing twelve civilians and wounding dozens.")
    neutral = scorer.tone("The two ministers met in Ottawa on Tuesday.")
    assert praise > 10 > 0 > -10 > attack
    assert neutral == 0.0
    assert scorer.tone("The talks were not a success.") < scorer.tone("The talks were a success.")  # negation
    for text in ("Good good good good.", "Terrible awful horrible.", ""):
        assert -100 <= scorer.tone(text) <= 100


def test_a_document_s_tone_weighs_its_sentences_by_their_words(scorer):
    sentences = ["War.", "The ministers met on Tuesday in a calm and friendly atmosphere."]
    tones = scorer.tones(sentences)
    expected = (1 * tones[0] + 11 * tones[1]) / 12
    assert scorer.document_tone(sentences, tones) == pytest.approx(expected, abs=0.01)
    assert scorer.document_tone([], []) is None


def test_coding_gives_the_document_and_each_event_a_tone_and_stores_them(pipeline, db_path):
    text = ("China praised Canada's decision to lift the surtax, calling it a welcome and wise step.\n\n"
            "China also condemned Canada's arrest of a Chinese businessman on Monday.")
    coded = next(pipeline.run([pipeline_document(text)]))
    assert coded.document is not None and coded.document.tone is not None
    tones = ToneScorer().tones(coded.sentences)
    events: list[Event] = coded.events
    assert events and all(e.tone == tones[e.sentence_index] for e in events)
    with Store(db_path) as store:
        store.save_batch([coded])
        assert store.query("SELECT tone FROM documents")[0][0] == pytest.approx(coded.document.tone)
        stored = dict(store.query("SELECT mention_id, tone FROM mentions"))
    assert stored == {e.event_id: e.tone for e in events}


def pipeline_document(text: str):
    from detente.ingest import IngestOptions
    from detente.ingest.documents import make_document

    return make_document(text, "<tone>", IngestOptions(check_language=False))
