"""The measure extractor: a parsed document in, trade-measure records out.

Runs on the same spaCy Doc and actor resolver as the event coder (no second parse), so
that a measure's imposer and target are read exactly as the event's source and target.
Only measures are made here; ``detente.reconcile`` then makes measures and events agree.
"""

from __future__ import annotations

from spacy.tokens import Doc

from detente.actors.resolver import DocumentActors
from detente.measures.arguments import ArgumentResolver
from detente.measures.lexicon import MeasureLexicon
from detente.measures.linking import MeasureLinker
from detente.measures.mentions import MentionFinder
from detente.model import Document, Measure


class MeasureExtractor:
    """Loads the measure lexicons once, then extracts measures from any number of documents."""

    def __init__(self, lexicon: MeasureLexicon | None = None) -> None:
        self.lexicon = lexicon or MeasureLexicon.load()
        self.finder = MentionFinder(self.lexicon)
        self.linker = MeasureLinker(self.lexicon)

    def extract(self, doc: Doc, document: Document, actors: DocumentActors | None = None) -> list[Measure]:
        """The measures of one parsed document, in reading order."""
        sentences = []
        resolver: ArgumentResolver | None = None
        for index, sent in enumerate(doc.sents):
            if not self.finder.has_trigger(sent):
                continue
            mentions, cues = self.finder.find(sent, index)
            if not mentions:
                continue
            if resolver is None:
                actors = actors or DocumentActors(doc, document.published)
                resolver = ArgumentResolver(self.lexicon, actors, document.published)
            kept = [m for m in mentions if resolver.fill(m, mentions, cues)]
            if kept:
                sentences.append((kept, cues))
        if not sentences or resolver is None:
            return []
        return self.linker.link(sentences, document, resolver.actors)

