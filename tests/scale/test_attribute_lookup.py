"""The attribute ruler as look-ups gives every token the same annotations as the ruler itself."""

from __future__ import annotations

import importlib
import json

import pytest
from tests.conftest import SHARED

from detente.nlp import DEFAULT_MODEL, load_nlp
from detente.nlp.attributes import LOOKUP, RULER, AttributeLookup

VOA = SHARED / "corpus" / "voa_stories.jsonl"
# Sentences for the rules of several tokens and the unusual ones (en_core_web_sm's ruler):
# "ain't", "gonna", "gotta", "let's", "c'mon", "y'all", "nothin'", "there is", spaces.
RARE = [
    "They ain't gonna sign it, and we gotta wait. Let's see, c'mon, y'all know nothin' changed.",
    "There is a deal. There are   two sides.\n\nIt gets worse: she got it for me and gave you it.",
    "He did it because he had to; we do have doubts, and that is what they don't see.",
]


@pytest.fixture(scope="module")
def model():
    """A fresh copy of the model with its own attribute ruler (load_nlp's has the look-up)."""
    return importlib.import_module(DEFAULT_MODEL).load()


def annotations(doc) -> list[tuple[str, str, str, str, str, str]]:
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


def compare(model, texts: list[str]) -> tuple[int, list[tuple[int, int]]]:
    """(tokens compared, (document, token) of every difference) between the ruler and the look-up."""
    ruler, lemmatizer = model.get_pipe(RULER), model.get_pipe("lemmatizer")
    lookup = AttributeLookup(ruler)
    tokens, differences = 0, []
    with model.select_pipes(disable=[RULER, "lemmatizer", "ner"]):
        parsed = list(model.pipe(texts))
    for number, doc in enumerate(parsed):
        by_ruler, by_lookup = lemmatizer(ruler(doc.copy())), lemmatizer(lookup(doc.copy()))
        expected, found = annotations(by_ruler), annotations(by_lookup)
        tokens += len(expected)
        differences += [(number, i) for i, (a, b) in enumerate(zip(expected, found, strict=True)) if a != b]
    return tokens, differences


def test_every_token_of_the_voa_corpus_gets_the_rulers_annotations(model):
    texts = [json.loads(line)["text"] for line in VOA.read_text(encoding="utf-8").splitlines() if line.strip()]
    tokens, differences = compare(model, texts)
    assert tokens > 60_000
    assert differences == []


def test_rare_rules_of_several_tokens_give_the_same_annotations(model):
    tokens, differences = compare(model, RARE)
    assert tokens > 60 and differences == []
    lookup = AttributeLookup(model.get_pipe(RULER))
    assert lookup.longer or lookup.scan_longer  # these rules are checked by the look-up, not left out


def test_the_lookup_applies_rules_the_matcher_would_find():
    """A rule of several tokens changes the token it points at, as the ruler's would."""
    nlp = load_nlp()
    doc = nlp("There is a deal, and they ain't gonna sign it.")
    by_text = {t.text: t for t in doc}
    assert by_text["is"].pos_ == "VERB"  # rule: {"DEP": "expl"} then "is", index 1
    assert by_text["gon"].lemma_ == "go" and by_text["na"].lemma_ == "to"


def test_load_nlp_uses_the_lookup_in_place_of_the_ruler():
    names = load_nlp().pipe_names
    assert LOOKUP in names and RULER not in names
    assert names.index(LOOKUP) == names.index("parser") + 1
