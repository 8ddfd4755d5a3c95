"""The whole job: documents in, coded documents out, optionally stored.

ingest → text hygiene (both in :mod:`detente.ingest`) → the components of ``pipeline.cfg``
(parse → actors → events → measures → reconcile → learn, see :mod:`detente.components`)
→ store, one transaction per batch.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from detente.actors.registry import ActorRegistry, Sighting
from detente.components import BatchComponent, Component, DocState, build
from detente.failures import coding_error, database_error, is_database_failure, storing_error
from detente.heap import loading
from detente.model import CodedDocument, Document, Event, RecordError
from detente.options import CodingOptions, default_config
from detente.parallel.runner import PARTITION, ParallelRun, RunStats
from detente.store import Store

__all__ = ["CodedDocument", "CodingOptions", "Pipeline", "default_config"]


class Pipeline:
    """Loads the model and dictionaries once, then codes any number of documents."""

    def __init__(self, options: CodingOptions | None = None, registry: ActorRegistry | None = None) -> None:
        self.options = options or CodingOptions()
        # People remembered across documents; None: the store's registry when coding into one.
        self.registry = registry
        self._components: list[Component] | None = None
        self.stats = RunStats()  # what the last run did (documents skipped, coded by workers...)

    @property
    def components(self) -> list[Component]:
        """The components of ``pipeline.cfg``, loaded on first use (a writer that leaves the
        coding to worker processes never loads the model)."""
        if self._components is None:
            self._components = build(self.options.components, self.options)
        return self._components

    @property
    def nlp(self):  # type: ignore[no-untyped-def]
        """The spaCy pipeline the parse component loaded (for tests and benchmarks)."""
        return next(c for c in self.components if c.name == "parse").nlp  # type: ignore[attr-defined]

    def component(self, name: str) -> Component:
        """The component called ``name`` (e.g. "events" to reach the coder)."""
        return next(c for c in self.components if c.name == name)

    def code_text(self, text: str, **meta: object) -> list[Event]:
        """Code one text (convenience for the library and tests)."""
        from detente.ingest.readers import IngestOptions, make_document

        document = make_document(text, "<text>", IngestOptions(check_language=False), **meta)  # type: ignore[arg-type]
        return next(self.run([document])).events

    def run(self, items: Iterable[Document | RecordError], store: Store | None = None) -> Iterator[CodedDocument]:
        """Code documents in batches; errors pass through as CodedDocuments with ``error``.

        With a store, a document whose text it already holds is not parsed again (it comes back
        with ``skipped``) unless ``options.recode``. With ``options.workers`` > 1 or a
        ``scheduler``, other processes parse and code and this one writes, with the same output.
        """
        self.stats = RunStats()
        registry = self._registry_for(store)
        batches = self._batches(items)
        if self.options.workers > 1 or self.options.scheduler:
            first = next(batches, None)
            second = next(batches, None) if first is not None else None
            if second is not None or self.options.scheduler or self._to_code(first or [], store) > PARTITION:
                rest = itertools.chain([b for b in (first, second) if b is not None], batches)
                yield from ParallelRun(self, store, registry, self.stats).run(rest)
                return
            batches = iter([first] if first is not None else [])  # too little to share out: code it here
        for batch in batches:
            with loading():  # the first batch loads the dictionaries: out of the garbage collector's way
                results = list(self._run_batch(batch, store, registry))
            yield from results

    def _batches(self, items: Iterable[Document | RecordError]) -> Iterator[list[Document | RecordError]]:
        batch: list[Document | RecordError] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.options.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    def _stored(self, batch: list[Document | RecordError], store: Store | None) -> set[str]:
        """Content hashes of the batch's documents that the store already holds (none to recode)."""
        if store is None or self.options.recode:
            return set()
        return store.known_hashes(sorted({item.content_hash for item in batch if isinstance(item, Document)}))

    def _to_code(self, batch: list[Document | RecordError], store: Store | None) -> int:
        stored = self._stored(batch, store)
        return sum(1 for item in batch if isinstance(item, Document) and item.content_hash not in stored)

    def _registry_for(self, store: Store | None) -> ActorRegistry | None:
        if self.registry is not None or store is None:
            return self.registry
        from detente.store.registry import load_registry

        return load_registry(store)

    def _run_batch(self, batch: list[Document | RecordError], store: Store | None,
                   registry: ActorRegistry | None) -> Iterator[CodedDocument]:
        stored = self._stored(batch, store)
        states = [DocState(item, registry) for item in batch
                  if isinstance(item, Document) and item.content_hash not in stored]
        coded = iter(self._code_states(states))
        results = [CodedDocument(document=None, error=item) if isinstance(item, RecordError)
                   else CodedDocument(item, stored=True, skipped=True) if item.content_hash in stored
                   else next(coded) for item in batch]
        self.stats.documents += len(batch)
        self.stats.skipped += sum(1 for r in results if r.skipped)
        if store is not None:
            self._store(results, states, store, registry)
        yield from results

    def _code_states(self, states: list[DocState]) -> Iterator[CodedDocument]:
        """Batch components (the parse) over the whole batch first, then the others document by
        document, so that people learned from one document are known to the next. Whatever a
        component raises for one document becomes that document's error (E034); the others go on."""
        leading = 0
        while leading < len(self.components) and isinstance(self.components[leading], BatchComponent):
            leading += 1
        for component in self.components[:leading]:
            states = self._pipe(component, states)  # type: ignore[arg-type]
        for state in states:
            for component in self.components[leading:]:
                if state.failure is not None:
                    break
                state = self._call(component, state)
            if state.failure is not None:
                state.learned = []
                yield CodedDocument(state.document, error=coding_error(state.document.origin, state.failure))
                continue
            yield CodedDocument(state.document, state.events, state.sentences, measures=state.measures)

    @staticmethod
    def _call(component: Component, state: DocState) -> DocState:
        try:
            return component(state)
        except Exception as exc:  # one bad record must not stop the batch
            state.failure = exc
            return state

    def _pipe(self, component: BatchComponent, states: list[DocState]) -> list[DocState]:
        """A batch component over the batch; if the batch fails, each document alone, so only
        the documents that fail are lost."""
        waiting = [s for s in states if s.failure is None]
        try:
            list(component.pipe(waiting))
        except Exception:
            for state in waiting:
                if state.failure is None:
                    self._call(component, state)
        return states

    @staticmethod
    def _store(results: list[CodedDocument], states: list[DocState], store: Store,
               registry: ActorRegistry | None) -> None:
        """One transaction for the whole batch: documents, events, measures and learned people
        are all stored or none of them. If the batch fails, each document is stored in a
        transaction of its own, and only a document that still fails is reported (E035). A
        database that cannot be written at all (a full disk) stops the run (E036): nothing of
        the batch is stored, what was stored before stays intact, and a rerun stores the rest."""
        ok = [r for r in results if r.ok]
        # A document already stored taught its people when it was stored: coding it again (a
        # rerun after a crash) adds nothing, so that a rerun stores exactly what one clean run does.
        try:
            stored = store.known_hashes([s.document.content_hash for s in states])
        except Exception as exc:  # the database cannot even be read
            raise database_error(store.path, exc) from exc
        learned = {id(s.document): s.learned for s in states if s.document.content_hash not in stored}
        try:
            _save(store, registry, ok, [pair for r in ok for pair in learned.get(id(r.document), [])])
        except Exception as exc:
            if is_database_failure(exc):
                raise database_error(store.path, exc) from exc
            for result in ok:
                try:
                    _save(store, registry, [result], learned.get(id(result.document), []))
                except Exception as single:
                    if is_database_failure(single):
                        raise database_error(store.path, single) from single
                    assert result.document is not None
                    result.error = storing_error(result.document.origin, single)
            ok = [r for r in ok if r.ok]
        for result in ok:
            result.stored = True


def _save(store: Store, registry: ActorRegistry | None, results: list[CodedDocument],
          learned: list[tuple[str, Sighting]]) -> None:
    """Coded documents and the people they introduced, in one transaction."""
    with store.transaction():
        store.save_batch(results)
        if registry is not None:
            from detente.store.registry import save_learned

            save_learned(store, registry, learned)
