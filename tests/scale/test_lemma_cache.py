"""The remembering lemmatizer gives every token the model's own lemmatizer's lemma."""

from __future__ import annotations

import importlib
import json

import pytest
from tests.conftest import SHARED

from detente.nlp import DEFAULT_MODEL, load_nlp
from detente.nlp.lemmas import CACHED, LEMMATIZER, CachedLemmatizer

VOA = SHARED / "corpus" / "voa_stories.jsonl"
# Words whose lemma depends on the part of speech and morphology, and tokens the attribute rules lemmatise
MIXED = [
    "She hopes the talks he hoped for will go on; hoping is not a plan, and hopes are not plans.",
    "The fined firms paid fines. He was better than the best; they were leaving the leaves.",
    "I'm sure they've gone, ain't they? Let's see what y'all do.\n\nSpaces   and\ttabs.",
]


@pytest.fixture(scope="module")
def model():
    """A fresh copy of the model with its own lemmatizer (load_nlp's has the remembering one)."""
    return importlib.import_module(DEFAULT_MODEL).load()


def lemmas(doc) -> list[tuple[str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


def compare(model, texts: list[str]) -> tuple[int, list[tuple[int, int]]]:
    """(tokens compared, (document, token) of every difference) between the two lemmatizers."""
    lemmatizer = model.get_pipe(LEMMATIZER)
    cached = CachedLemmatizer(lemmatizer)
    tokens, differences = 0, []
    with model.select_pipes(disable=[LEMMATIZER, "ner"]):
        parsed = list(model.pipe(texts))
    for number, doc in enumerate(parsed):
        expected, found = lemmas(lemmatizer(doc.copy())), lemmas(cached(doc.copy()))
        tokens += len(expected)
        differences += [(number, i) for i, (a, b) in enumerate(zip(expected, found, strict=True)) if a != b]
    return tokens, differences


def test_every_token_of_the_voa_corpus_gets_the_lemmatizers_lemma(model):
    texts = [json.loads(line)["text"] for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    tokens, differences = compare(model, texts)
    assert tokens > 60_000
    assert differences == []


def test_lemmas_that_depend_on_part_of_speech_and_attribute_rules_are_the_same(model):
    tokens, differences = compare(model, MIXED)
    assert tokens > 50 and differences == []


def test_load_nlp_uses_the_remembering_lemmatizer():
    nlp = load_nlp()
    assert CACHED in nlp.pipe_names and LEMMATIZER not in nlp.pipe_names
    doc = nlp("The minister hopes the fined companies will keep hoping.")
    assert [t.lemma_ for t in doc if t.pos_ in ("VERB", "NOUN")] == ["minister", "hope", "fine", "company", "keep", "hope"]
