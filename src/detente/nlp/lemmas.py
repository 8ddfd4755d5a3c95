"""The model's rule lemmatizer, asked once per kind of token and applied to a document at once.

spaCy's rule lemmatizer already remembers its answer for each (word, part of speech,
morphology), but it still builds a Python Token for every token of every document and sets
the lemmas one at a time: about a twentieth of the parse. This component reads the three
columns as one array, asks the model's own lemmatizer only about combinations it has not seen,
and writes all lemmas back in one call. The lemmas are the lemmatizer's own
(tests/scale/test_lemma_cache.py compares every token of the VOA corpus).

No ``from __future__ import annotations`` here: spaCy reads the factory's annotations at run time.
"""

from typing import cast

import numpy
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["CachedLemmatizer"]

LEMMATIZER = "lemmatizer"
CACHED = "detente_lemmatizer"
COLUMNS: list[int | str] = ["ORTH", "POS", "MORPH", "LEMMA"]  # read together; LEMMA written back
CACHE_LIMIT = 500_000  # distinct (word, part of speech, morphology) remembered, then start again


class CachedLemmatizer:
    """The model's lemmatizer, one array in and one out per document (see the module docstring)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.overwrite = bool(lemmatizer.overwrite)
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = cast(list[list[int]], doc.to_array(COLUMNS).tolist())
        lemmas = [row[3] for row in rows]
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:  # set before (the attribute rules): kept, as the lemmatizer does
                continue
            known = self._lemmas.get((orth, pos, morph))
            lemmas[i] = known if known is not None else self._learn(doc, i, (orth, pos, morph))
        doc.from_array(["LEMMA"], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))  # type: ignore[arg-type]
        return doc

    def _learn(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        if len(self._lemmas) >= CACHE_LIMIT:
            self._lemmas.clear()
        lemma = self._lemmas[key] = int(doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0]))
        return lemma


@Language.factory(CACHED)
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    """The remembering version of the pipeline's own lemmatizer (added next to it)."""
    lemmatizer = nlp.get_pipe(LEMMATIZER)
    assert isinstance(lemmatizer, Lemmatizer)
    return CachedLemmatizer(lemmatizer)
