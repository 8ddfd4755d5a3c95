"""The whole job: documents in, coded events out, optionally stored.

ingest -> text hygiene -> spaCy (nlp.pipe, batched) -> actors -> events -> store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detente.actors.registry import ActorRegistry, Sighting
from detente.actors.resolver import DocumentActors
from detente.events.coder import EventCoder
from detente.events.patterns import PatternBook
from detente.measures import MeasureExtractor
from detente.model import Document, Event, Measure, RecordError
from detente.nlp import DEFAULT_MODEL, load_nlp
from detente.reconcile import reconcile_with_events
from detente.store import Store

DEFAULT_BATCH_SIZE = 32


@dataclass(slots=True)
class CodingOptions:
    """How to code (one options object for the library and the CLI)."""

    model: str = DEFAULT_MODEL
    batch_size: int = DEFAULT_BATCH_SIZE
    pattern_files: list[Path] = field(default_factory=list)


@dataclass(slots=True)
class CodedDocument:
    """One input record's outcome: its events, or the error that stopped it."""

    document: Document | None
    events: list[Event] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    error: RecordError | None = None
    stored: bool = False
    measures: list[Measure] = field(default_factory=list)  # trade measures (detente.measures)


class Pipeline:
    """Loads the model and dictionaries once, then codes any number of documents."""

    def __init__(self, options: CodingOptions | None = None, registry: ActorRegistry | None = None) -> None:
        self.options = options or CodingOptions()
        # People remembered across documents; None: the store's registry when coding into one.
        self.registry = registry
        self.nlp = load_nlp(self.options.model)
        self.coder = EventCoder(PatternBook.load(self.options.pattern_files))
        self.measures = MeasureExtractor()

    def code_text(self, text: str, **meta: object) -> list[Event]:
        """Code one text (convenience for the library and tests)."""
        from detente.ingest.readers import IngestOptions, make_document

        document = make_document(text, "<text>", IngestOptions(check_language=False), **meta)  # type: ignore[arg-type]
        return next(self.run([document])).events

    def run(self, items: Iterable[Document | RecordError], store: Store | None = None) -> Iterator[CodedDocument]:
        """Code documents in batches; errors pass through as CodedDocuments with ``error``."""
        batch: list[Document | RecordError] = []
        registry = self._registry_for(store)
        for item in items:
            batch.append(item)
            if len(batch) >= self.options.batch_size:
                yield from self._run_batch(batch, store, registry)
                batch = []
        if batch:
            yield from self._run_batch(batch, store, registry)

    def _registry_for(self, store: Store | None) -> ActorRegistry | None:
        if self.registry is not None or store is None:
            return self.registry
        from detente.store.registry import load_registry

        return load_registry(store)

    def _run_batch(self, batch: list[Document | RecordError], store: Store | None,
                   registry: ActorRegistry | None = None) -> Iterator[CodedDocument]:
        documents = [item for item in batch if isinstance(item, Document)]
        parsed = iter(self.nlp.pipe((d.text for d in documents), batch_size=self.options.batch_size))
        results: list[CodedDocument] = []
        learned: list[tuple[str, Sighting]] = []
        for item in batch:
            if isinstance(item, RecordError):
                results.append(CodedDocument(document=None, error=item))
                continue
            doc = next(parsed)
            try:
                actors = DocumentActors(doc, item.published, registry=registry)
                events = self.coder.code_doc(doc, item, actors)
                if registry is not None:
                    learned.extend(registry.learn_all(actors.sightings(item.doc_id)))
                sentences = [s.text.strip() for s in doc.sents]
                measures = self.measures.extract(doc, item, actors)  # same Doc, same actors
                events.extend(reconcile_with_events(measures, events))
                results.append(CodedDocument(item, events, sentences, measures=measures))
            except Exception as exc:  # one bad record must not stop the batch
                results.append(CodedDocument(item, error=RecordError(item.origin, f"coding failed: {exc!r}")))
        if store is not None:
            ok = [r for r in results if r.error is None and r.document is not None]
            # One transaction for the whole batch: documents, events, measures and learned people
            # are all stored or, after a failure, none of them (re-coding the input then stores all).
            with store.transaction():
                store.save_batch((r.document, r.sentences, r.events, r.measures) for r in ok)  # type: ignore[misc]
                if registry is not None:
                    from detente.store.registry import save_learned

                    save_learned(store, registry, learned)
            for r in ok:
                r.stored = True
        yield from results
