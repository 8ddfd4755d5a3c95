"""The whole job: documents in, coded documents out, optionally stored.

ingest → text hygiene (both in :mod:`detente.ingest`) → the components of ``pipeline.cfg``
(parse → actors → events → measures → reconcile → learn, see :mod:`detente.components`)
→ store, one transaction per batch.
"""

from __future__ import annotations

import configparser
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from detente.actors.registry import ActorRegistry
from detente.components import BatchComponent, Component, DocState, build
from detente.model import CodedDocument, Document, Event, RecordError
from detente.parallel.runner import PARTITION, ParallelRun, RunStats
from detente.store import Store

__all__ = ["CodedDocument", "CodingOptions", "Pipeline", "default_config"]


def default_config() -> configparser.SectionProxy:
    """The ``[pipeline]`` section of the bundled ``pipeline.cfg``."""
    parser = configparser.ConfigParser()
    parser.read_string(resources.files("detente").joinpath("pipeline.cfg").read_text(encoding="utf-8"))
    return parser["pipeline"]


_DEFAULTS = default_config()


@dataclass(slots=True)
class CodingOptions:
    """How to code (one options object for the library and the CLI); defaults from pipeline.cfg.

    ``workers``: processes that parse and code (this one writes); ``scheduler``: a Dask
    scheduler (``tcp://host:8786``, or ``local:N`` for a cluster of N processes here) to code
    on instead; either way the output is that of one process. ``recode``: code documents the
    store already holds (by default they are skipped before parsing).
    """

    model: str = _DEFAULTS["model"]
    batch_size: int = int(_DEFAULTS["batch_size"])
    parse_batch: int = int(_DEFAULTS["parse_batch"])
    pattern_files: list[Path] = field(default_factory=list)
    components: tuple[str, ...] = tuple(_DEFAULTS["components"].split())
    workers: int = 1
    scheduler: str | None = None
    recode: bool = False


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
            yield from self._run_batch(batch, store, registry)

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
        document, so that people learned from one document are known to the next."""
        leading = 0
        while leading < len(self.components) and isinstance(self.components[leading], BatchComponent):
            leading += 1
        for component in self.components[:leading]:
            states = list(component.pipe(states))  # type: ignore[attr-defined]
        for state in states:
            try:
                for component in self.components[leading:]:
                    state = component(state)
            except Exception as exc:  # one bad record must not stop the batch
                origin = state.document.origin
                yield CodedDocument(state.document, error=RecordError(origin, f"coding failed: {exc!r}"))
                state.learned = []
                continue
            yield CodedDocument(state.document, state.events, state.sentences, measures=state.measures)

    @staticmethod
    def _store(results: list[CodedDocument], states: list[DocState], store: Store,
               registry: ActorRegistry | None) -> None:
        """One transaction for the whole batch: documents, events, measures and learned people
        are all stored or, after a failure, none of them (re-coding the input then stores all)."""
        ok = [r for r in results if r.ok]
        with store.transaction():
            store.save_batch(ok)
            if registry is not None:
                from detente.store.registry import save_learned

                save_learned(store, registry, [pair for s in states for pair in s.learned])
        for result in ok:
            result.stored = True
