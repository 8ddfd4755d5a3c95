"""Parse documents of any length: long texts in bounded pieces, joined back into one Doc.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters), and its memory grows
with the text it parses at once. A text longer than ``CHUNK_CHARS`` is cut at paragraph
breaks (else at sentence ends, else at spaces) into pieces of at most ``CHUNK_CHARS``
characters; the pieces are parsed like any other texts and joined as ``Doc.from_docs``
does, keeping every annotation. What comes out is one Doc whose text is the document's, so
document-level reading (people learned from the text, pronouns, dates) spans the whole
document. A text up to ``CHUNK_CHARS`` (longer than a news article) is parsed whole, exactly
as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from detente.nlp.sentences import index_sentences

# spaCy's memory while it parses grows with the text parsed at once (about 4 MB per 1,000
# characters): pieces of 20,000 characters keep it under 100 MB. News articles are shorter.
CHUNK_CHARS = 20_000
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")
# What a parsed piece carries over into the joined Doc (spaCy's Doc.from_docs takes the same).
_JOINED_ATTRS: list[int | str] = ["SPACY", "NORM", "TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "SENT_START",
                                  "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID"]


def _last_end(pattern: re.Pattern[str], text: str, start: int, stop: int) -> int | None:
    """Where the last match of ``pattern`` in ``text[start:stop]`` ends, if there is one."""
    end = None
    for match in pattern.finditer(text, start, stop):
        end = match.end()
    return end


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Pieces ``[start, end)`` of ``text`` of at most ``limit`` characters that cover it, cut
    at the last paragraph break, else sentence end, else space before the limit (else at it)."""
    bounds = []
    start = 0
    while len(text) - start > limit:
        stop = start + limit
        end = (_last_end(_PARAGRAPH_BREAK, text, start + 1, stop) or _last_end(_SENTENCE_BREAK, text, start + 1, stop)
               or _last_end(_SPACE, text, start + 1, stop) or stop)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def parse_texts(nlp: Language, texts: Iterable[str], batch_size: int, chunk_chars: int = CHUNK_CHARS
                ) -> Iterator[Doc]:
    """One parsed Doc per text, in order; long texts are parsed in pieces and joined."""
    texts = list(texts)
    long = {i for i, text in enumerate(texts) if len(text) > chunk_chars}
    short = iter(nlp.pipe((t for i, t in enumerate(texts) if i not in long), batch_size=batch_size))
    for i, text in enumerate(texts):
        yield parse_long(nlp, text, chunk_chars) if i in long else next(short)


def parse_long(nlp: Language, text: str, chunk_chars: int = CHUNK_CHARS) -> Doc:
    """A text longer than ``chunk_chars``, parsed piece by piece and joined into one Doc.

    Like ``Doc.from_docs``, but each piece is let go as soon as its tokens and annotations are
    copied, so that at most one parsed piece is held besides the document being built. The
    tok2vec output (``doc.tensor``, unused by the rules) is not kept.
    """
    words: list[str] = []
    spaces: list[bool] = []
    arrays = []
    for start, end in chunk_bounds(text, chunk_chars):
        piece = nlp(text[start:end])
        words.extend(t.text for t in piece)
        spaces.extend(bool(t.whitespace_) for t in piece)
        arrays.append(piece.to_array(_JOINED_ATTRS))
        for hooks in (piece.user_hooks, piece.user_token_hooks, piece.user_span_hooks):
            hooks.clear()  # the piece's sentence index refers back to it: free it now, not at the next GC
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    del words, spaces
    doc.from_array(_JOINED_ATTRS, numpy.concatenate(arrays))  # type: ignore[arg-type]
    return index_sentences(doc)
