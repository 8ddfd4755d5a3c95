"""Issue 13: documents of any length are coded, in time that grows with the text.

Long texts are parsed in pieces and joined into one Doc (what the document taught about
people holds across pieces); space-free runs become tokens of bounded length; sentences
without an end are cut; sentences and entities are looked up, not rescanned per token.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.nlp.parse import CHUNK_CHARS, chunk_bounds, parse_long, parse_texts
from detente.nlp.sentences import MAX_SENTENCE_TOKENS, SentenceIndex, entity_at, ents_within
from detente.nlp.tokens import DEFAULT_MAX_TOKEN_CHARS

INTRO = "Peruvian Foreign Minister Ana Quispeval arrived in Ottawa on Monday for talks.\n\n"
LATER = "Quispeval criticized Canada on Tuesday."
FILLER = "The weather in the city was mild and the streets were quiet for most of the afternoon.\n\n"


def sources(events: list, trigger: str) -> list[str | None]:
    return [e.source.code if e.source else None for e in events if e.trigger == trigger]


# --- cutting a text into pieces ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    FILLER * 50,  # paragraphs
    (" ".join(FILLER.split()) + " ") * 50,  # one paragraph: sentence ends
    "word " * 10_000,  # no sentence end: spaces
    "x" * 25_000,  # no space at all: cut at the limit
    "",
])
def test_pieces_cover_the_text_and_respect_the_limit(text: str) -> None:
    bounds = chunk_bounds(text, 1000)
    assert "".join(text[a:b] for a, b in bounds) == text
    assert all(0 < b - a <= 1000 for a, b in bounds) or text == ""
    assert [a for a, _ in bounds[1:]] == [b for _, b in bounds[:-1]]


def test_pieces_end_at_the_best_boundary_there_is() -> None:
    paragraphs = FILLER * 50
    assert all(paragraphs[:b].endswith("\n\n") for _, b in chunk_bounds(paragraphs, 1000)[:-1])
    one_paragraph = (" ".join(FILLER.split()) + " ") * 50
    assert all(one_paragraph[:b].endswith(". ") for _, b in chunk_bounds(one_paragraph, 1000)[:-1])
    words = "word " * 10_000
    assert all(words[:b].endswith(" ") for _, b in chunk_bounds(words, 1000)[:-1])


def test_a_long_text_is_one_doc_with_its_text_and_the_tokens_of_a_whole_parse(nlp) -> None:
    text = FILLER * 40 + INTRO + LATER
    joined = parse_long(nlp, text, chunk_chars=1000)
    whole = nlp(text)
    assert joined.text == text
    assert [t.text for t in joined] == [t.text for t in whole]
    assert {s.text for s in joined.sents} == {s.text for s in whole.sents}  # paragraphs: hard boundaries
    assert [(e.text, e.label_) for e in joined.ents][-4:] == [(e.text, e.label_) for e in whole.ents][-4:]
    assert all(t.head.sent == t.sent for t in joined)  # no arc crosses a piece's edge


def test_parse_texts_keeps_the_order_of_short_and_long_texts(nlp) -> None:
    texts = [LATER, FILLER * 30, INTRO, FILLER * 25 + LATER]
    docs = list(parse_texts(nlp, texts, batch_size=2, chunk_chars=1000))
    assert [d.text for d in docs] == texts


def test_what_a_document_taught_holds_in_its_later_pieces(pipeline) -> None:
    assert sources(pipeline.code_text(LATER), "criticized") == []  # alone, the name means nothing
    text = INTRO + FILLER * (2 * CHUNK_CHARS // len(FILLER)) + LATER
    assert sources(pipeline.code_text(text), "criticized") == ["PERGOV"]


def test_a_text_over_a_million_characters_is_coded(tmp_path: Path, pipeline) -> None:
    """spaCy alone refuses this text (E088); the good record beside it is coded too. Most of
    the filler is long space-free runs, so the parse is quick."""
    filler = FILLER * 250 + ("x" * 99 + " ") * 10_000 + "\n\n"
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"id": "long", "text": INTRO + filler + LATER}) + "\n"
                    + json.dumps({"id": "good", "text": "China criticized Canada on Monday."}) + "\n")
    result = CliRunner().invoke(cli, ["code", str(path), "--no-db", "--kinds", "event"])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc_id"], r["trigger"], r["source"]["code"]) for r in records if r["trigger"] == "criticized"] == [
        ("long", "criticized", "PERGOV"), ("good", "criticized", "CHN")]


# --- tokens and sentences of bounded length -------------------------------------------------------

def test_a_run_of_punctuation_becomes_tokens_of_bounded_length(nlp) -> None:
    rng = random.Random(5)
    run = "".join(rng.choice("!?.,;:-*#/\\'\"()[]") for _ in range(24_000))
    text = f"China criticized Canada on Monday. {run} Canada protested."
    doc = nlp(text)
    assert doc.text == text
    assert max(len(t) for t in doc) <= DEFAULT_MAX_TOKEN_CHARS
    assert [t.text for t in doc[:6]] == ["China", "criticized", "Canada", "on", "Monday", "."]
    assert [t.text for t in doc[-3:]] == ["Canada", "protested", "."]


def test_ordinary_text_keeps_spacys_own_tokens(nlp) -> None:
    text = "The musician-turned-opposition-MP-turned-presidential candidate visited https://example.org/a/b."
    assert [t.text for t in nlp(text)] == [t.text for t in nlp.tokenizer.tokenizer(text)]


def test_a_sentence_without_an_end_is_cut_and_still_coded(pipeline) -> None:
    text = "China imposed tariffs on Canada and " * 300 + "Canada protested."
    doc = pipeline.nlp(text)
    assert len(doc) > 1800 and max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    events = pipeline.code_text(text)
    assert len([e for e in events if e.trigger.startswith("imposed")]) >= 9  # at least one per cut sentence


def test_a_sentence_is_cut_after_a_comma_where_there_is_one(nlp) -> None:
    doc = nlp("China imposed tariffs on Canada, and " * 300 + "Canada protested.")
    sentences = list(doc.sents)
    assert len(sentences) == 11 and max(len(s) for s in sentences) <= MAX_SENTENCE_TOKENS
    assert all(s[-1].text == "," for s in sentences[:-1])


@pytest.mark.parametrize("text", ["word " * MAX_SENTENCE_TOKENS + ",", "word " * (MAX_SENTENCE_TOKENS - 1) + ", end"])
def test_a_cut_at_the_very_end_of_the_text_is_no_cut(nlp, text: str) -> None:
    doc = nlp(text)
    assert doc.text == text and max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS


def _spans(spans) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label_) for s in spans]


def test_the_sentence_index_answers_as_spacy_does(nlp) -> None:
    text = (INTRO + "Canada and China signed a customs agreement in Beijing on Thursday, officials said. "
            "The two governments agreed to hold talks on trade next month.\n\n" + LATER)
    doc = nlp(text)
    plain = nlp.tokenizer.tokenizer(text)  # the same tokens, with spaCy's own sentence and entity look-ups
    plain.from_array(["HEAD", "DEP", "ENT_IOB", "ENT_TYPE"], doc.to_array(["HEAD", "DEP", "ENT_IOB", "ENT_TYPE"]))
    assert not plain.user_hooks
    assert _spans(doc.sents) == _spans(plain.sents) == _spans(SentenceIndex(plain).sentences)
    assert len(list(doc.sents)) == 4
    for token in doc:
        assert token.sent.start == plain[token.i].sent.start
        assert _spans(ents_within(token.sent)) == _spans(plain[token.i].sent.ents)
        entity = entity_at(token)
        assert _spans([entity] if entity else []) == _spans(e for e in plain.ents if e.start <= token.i < e.end)
    for start in range(len(doc)):
        assert _spans(doc[start:start + 7].sents) == _spans(plain[start:start + 7].sents)
        assert doc[start:start + 7].sent.start == plain[start:start + 7].sent.start


def test_a_copied_or_pickled_doc_indexes_itself(nlp) -> None:
    """Workers may pickle parsed documents: the hooks travel empty and index the copy on use."""
    import pickle

    doc = nlp(INTRO + LATER)
    for other in (pickle.loads(pickle.dumps(doc)), doc.copy()):
        assert other is not doc and [s.text for s in other.sents] == [s.text for s in doc.sents]
        assert all(t.sent.doc is other for t in other)
        assert _spans(ents_within(other[-3].sent)) == _spans(ents_within(doc[-3].sent))
    assert all(t.sent.doc is doc for t in doc)
