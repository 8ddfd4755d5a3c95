"""Subheadings run into the next sentence, split off before parsing.

News pages put short subheadings between paragraphs ("Border tensions", "Position on
China"); once the page is flattened to text the subheading runs into the sentence after it:
"Position on China Beyond Ukraine, G7 foreign ministers also discussed China's role ...".
The parser then reads the subheading as the subject and the sentence's own act is lost. A
word that opens sentences and is capitalized nowhere else ("Beyond", "The", "While"; data:
grammar.heading_breaks) a few words into a sentence, after words with no verb among them,
marks where the real sentence starts.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from detente.data import word_list
from detente.nlp.labels import HEADING_PUNCT, MODAL_TAG, VERB_TAG_PREFIX

MAX_HEADING_TOKENS = 6  # "Japanese occupation photos", "Position on China": a few words
_SENTENCE_END = frozenset({".", "!", "?"})


@Language.component("detente_fused_headings")
def fused_headings(doc: Doc) -> Doc:
    """Start a sentence where a subheading run into it ends."""
    breaks = word_list("grammar.heading_breaks")
    start = 0
    for token in doc:
        if token.i == start:
            cut = _heading_end(doc, start, breaks)
            if cut is not None:
                doc[cut].is_sent_start = True
                _keep_whole(doc, cut)
        if token.text in _SENTENCE_END or "\n" in token.text:
            start = token.i + 1
    return doc


def _keep_whole(doc: Doc, cut: int) -> None:
    """The sentence after the subheading stays one sentence up to its end: with one boundary
    set by hand the parser would otherwise cut it at random ("Beyond" | "Ukraine" | ", G7 ...")."""
    for token in doc[cut + 1:]:
        if token.is_sent_start or "\n" in token.text:
            return
        token.is_sent_start = False
        if token.text in _SENTENCE_END:
            return


def _heading_end(doc: Doc, start: int, breaks: frozenset[str]) -> int | None:
    first = doc[start]
    if not first.is_alpha or not first.text[0].isupper() or first.text in breaks:
        return None
    for token in doc[start + 1:start + MAX_HEADING_TOKENS + 1]:
        previous = doc[token.i - 1]
        if token.text in breaks and token.i - start >= 2 and previous.is_alpha and not previous.is_stop \
                and token.i + 1 < len(doc) and not doc[token.i + 1].is_punct:
            return token.i
        if _stops_heading(token):
            return None
    return None


def _stops_heading(token: Token) -> bool:
    """A verb, or punctuation a subheading does not have: the words are a sentence's own."""
    if _is_verb(token) or "\n" in token.text:
        return True
    return token.is_punct and token.text not in HEADING_PUNCT


def _is_verb(token: Token) -> bool:
    return token.tag_.startswith(VERB_TAG_PREFIX) or token.tag_ == MODAL_TAG


def is_heading(sent: Span) -> bool:
    """A subheading on its own: a few words with no verb and no sentence end ("Trump approval",
    "Position on China"). It asserts nothing, whatever nouns it has."""
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > MAX_HEADING_TOKENS or words[-1].is_punct:
        return False
    return not any(_is_verb(t) for t in words)
