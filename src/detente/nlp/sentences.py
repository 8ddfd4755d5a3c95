"""Sentences the rules can afford: bounded in length, found once per document.

Two things keep the coding of a document linear in its length:

- ``detente_sentence_cap`` (before the parser): a stretch of more than
  ``MAX_SENTENCE_TOKENS`` tokens with no sentence-ending punctuation ("X imposed tariffs on
  Y and " two thousand times) is cut, after a comma or semicolon where there is one. The
  rules look at a trigger's whole sentence, so a sentence of thousands of tokens would make
  every trigger in it cost thousands of steps. Real sentences are far shorter (the longest
  stretch in the VOA corpus is 81 tokens), so news text is never cut.
- ``SentenceIndex`` (after the parser): the sentences and entities of a document, found
  once and looked up by token. spaCy finds ``token.sent`` by walking to the sentence's ends
  and ``span.ents`` by scanning every entity of the document, at each call; the index is
  installed as the document's sentence hooks, so ``doc.sents``, ``token.sent`` and
  ``span.sent`` become look-ups everywhere, and ``ents_within(span)`` replaces
  ``span.ents`` (same entities, same order).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

MAX_SENTENCE_TOKENS = 200
_SENTENCE_END = re.compile(r"^[.!?]+$")  # a token that can end a sentence ("...", "?!")
_CLAUSE_BREAK = re.compile(r"^[,;:]$")  # where a sentence that is too long is best cut


@Language.component("detente_sentence_cap")
def sentence_cap(doc: Doc) -> Doc:
    """Cut stretches of more than MAX_SENTENCE_TOKENS tokens that have no sentence end."""
    start = 0  # first token of the current stretch
    last_break = -1  # last token after which the stretch may be cut
    for token in doc:
        if token.is_sent_start or _SENTENCE_END.match(token.text) or "\n" in token.text:
            start = token.i if token.is_sent_start else token.i + 1
            last_break = -1
            continue
        if token.i - start + 1 > MAX_SENTENCE_TOKENS:
            cut = last_break + 1 if last_break > start + MAX_SENTENCE_TOKENS // 2 else token.i
            doc[cut].is_sent_start = True
            start, last_break = cut, -1
        if _CLAUSE_BREAK.match(token.text):
            last_break = token.i
    return doc


class SentenceIndex:
    """A parsed document's sentences and entities, computed once; look-ups by token index."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        flags = doc.to_array("SENT_START").astype("int64") if len(doc) else numpy.zeros(0, dtype="int64")
        self.starts = [0] + [int(i) for i in numpy.flatnonzero(flags[1:] == 1) + 1]
        ends = [*self.starts[1:], len(doc)]
        self.sentences = [doc[s:e] for s, e in zip(self.starts, ends, strict=True)] if len(doc) else []
        self.ents: Sequence[Span] = doc.ents
        self.ent_starts = [e.start for e in self.ents]
        self.ent_ends = [e.end for e in self.ents]

    def sentence_number(self, i: int) -> int:
        """Which sentence (counting from 0) holds token ``i``."""
        return bisect_right(self.starts, i) - 1

    def sentence_at(self, i: int) -> Span:
        """The sentence holding token ``i``."""
        return self.sentences[self.sentence_number(i)]

    def sentences_over(self, start: int, end: int) -> list[Span]:
        """The sentences a span ``[start, end)`` is part of (spaCy's ``Span.sents``)."""
        first = bisect_right(self.starts, start) - 1
        last = max(first + 1, bisect_left(self.starts, end))
        return self.sentences[first:last]

    def ents_within(self, start: int, end: int) -> list[Span]:
        """The entities wholly inside ``[start, end)``, in order (spaCy's ``Span.ents``)."""
        first = bisect_left(self.ent_starts, start)
        last = first
        while last < len(self.ents) and self.ent_ends[last] <= end:
            last += 1
        return list(self.ents[first:last])

    def entity_at(self, i: int) -> Span | None:
        """The entity holding token ``i``, if any."""
        k = bisect_right(self.ent_starts, i) - 1
        return self.ents[k] if k >= 0 and i < self.ent_ends[k] else None


class SentenceHooks:
    """spaCy's sentence hooks for one document, answered from its SentenceIndex.

    The index is made on first use, and again for another document that shares the hooks
    (``Doc.copy``, ``Span.as_doc``). A pickled document carries its hooks empty (the index
    holds the document, which would make pickling recurse) and indexes itself again on use.
    """

    def __init__(self) -> None:
        self.index: SentenceIndex | None = None

    def __reduce__(self) -> tuple[type[SentenceHooks], tuple[()]]:
        return SentenceHooks, ()

    def index_for(self, doc: Doc) -> SentenceIndex:
        if self.index is None or self.index.doc is not doc:
            self.index = SentenceIndex(doc)
        return self.index

    def doc_sents(self, doc: Doc) -> Iterator[Span]:
        return iter(self.index_for(doc).sentences)

    def token_sent(self, token: Token) -> Span:
        return self.index_for(token.doc).sentence_at(token.i)

    def span_sent(self, span: Span) -> Span:
        return self.index_for(span.doc).sentence_at(min(span.start, len(span.doc) - 1))

    def span_sents(self, span: Span) -> Iterator[Span]:
        return iter(self.index_for(span.doc).sentences_over(span.start, span.end))


def index_sentences(doc: Doc) -> Doc:
    """Install the document's sentence hooks, indexed now (after the parse, and again after
    parsed pieces are joined into one document)."""
    _install(doc)
    return doc


def _install(doc: Doc) -> SentenceIndex:
    hooks = SentenceHooks()
    doc.user_hooks["sents"] = hooks.doc_sents
    doc.user_token_hooks["sent"] = hooks.token_sent
    doc.user_span_hooks["sent"] = hooks.span_sent
    doc.user_span_hooks["sents"] = hooks.span_sents
    return hooks.index_for(doc)


@Language.component("detente_sentence_index")
def sentence_index(doc: Doc) -> Doc:
    """The last step of the spaCy pipeline: sentences and entities indexed once."""
    return index_sentences(doc)


def sentence_index_of(doc: Doc) -> SentenceIndex:
    """The document's index: the one its hooks hold, else (a document parsed elsewhere) a new one."""
    hooks = getattr(doc.user_hooks.get("sents"), "__self__", None)
    if isinstance(hooks, SentenceHooks):
        return hooks.index_for(doc)
    return _install(doc) if doc.has_annotation("SENT_START") else SentenceIndex(doc)


def ents_within(span: Span) -> list[Span]:
    """``span.ents`` without scanning the whole document: the entities wholly inside ``span``."""
    return sentence_index_of(span.doc).ents_within(span.start, span.end)


def entity_at(token: Token) -> Span | None:
    """The entity ``token`` is part of, without scanning ``doc.ents``."""
    return sentence_index_of(token.doc).entity_at(token.i)


def is_question(sent: Span) -> bool:
    """A question asserts nothing ("Will China retaliate?"): the sentence ends in "?", closing
    quotes aside. Read from the last tokens only (``Span.text`` and ``Doc.text`` join them all)."""
    tail = ""
    for i in range(sent.end - 1, sent.start - 1, -1):
        token = sent.doc[i]
        tail = (token.text if i == sent.end - 1 else token.text_with_ws) + tail
        end = tail.rstrip().rstrip('"”’\')')
        if end:
            return end.endswith("?")
    return False
