"""The writer: documents out to workers, coded documents back, in input order, into one store.

The input is read in batches of ``batch_size`` records, as one process reads it; each batch
is split into partitions for the workers, and several batches are in flight at once. The
writer takes the batches back in order and, document by document, checks the worker's
registry answers against its own registry, learns the document's people (or, when an answer
changed, has a worker code the document again with the registry as it is now), then stores
the whole batch in one transaction, exactly as ``Pipeline.run`` does in one process: the same
batches, the same documents skipped, the same people learned in the same order, so the same
events, event records and counts. See :mod:`detente.parallel.trace` for why the answers suffice.

The writer codes nothing itself unless a worker's second answer cannot be checked either: it
needs no model, and on a machine with as many workers as cores it takes no core from them.
"""

from __future__ import annotations

import pickle
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from detente.actors.registry import ActorRegistry, Sighting
from detente.components import DocState
from detente.errors import Errors, WorkerError
from detente.model import CodedDocument, Document, RecordError
from detente.parallel.arrow import from_arrow, to_arrow
from detente.parallel.executors import Executor, Future, make_executor
from detente.parallel.trace import RecordingRegistry, answers_still_hold
from detente.parallel.work import WorkResult, code_partition
from detente.store import Store

if TYPE_CHECKING:
    from detente.pipeline import Pipeline

__all__ = ["ParallelRun", "RunStats"]

Item = Document | RecordError
PARTITION = 8  # documents per task at most: small enough to keep every worker busy
REBASE_AFTER = 256  # documents' learning sent as replay before a new registry snapshot


@dataclass(slots=True)
class RunStats:
    """What a run did, for progress lines and benchmarks."""

    documents: int = 0  # records read (errors included)
    skipped: int = 0  # already stored: not parsed
    by_workers: int = 0  # coded by a worker and accepted as they were
    again: int = 0  # coded a second time by a worker: a registry answer had changed, or a held-back duplicate
    here: int = 0  # coded by the writer itself (a second answer that could not be checked either)
    memory: dict[int, int] = field(default_factory=dict)  # worker pid -> its peak resident memory (bytes)
    cpu: dict[int, float] = field(default_factory=dict)  # worker pid -> CPU seconds it used


@dataclass(slots=True)
class _Batch:
    """One batch in flight: its records, what to skip, and the futures of its partitions."""

    items: list[Item]
    skip: set[str]  # content hashes stored before the batch was sent
    held: set[int]  # positions held back: the same text is in an earlier batch still in flight
    parts: deque[tuple[list[int], Future]] = field(default_factory=deque)  # (positions, future), not yet taken
    results: dict[int, WorkResult] = field(default_factory=dict)  # position -> what its worker sent back


class ParallelRun:
    """One run of ``Pipeline.run`` over several processes (see the module docstring)."""

    def __init__(self, pipeline: Pipeline, store: Store | None, registry: ActorRegistry | None,
                 stats: RunStats | None = None) -> None:
        self.pipeline = pipeline
        self.options = pipeline.options
        self.store = store
        self.registry = registry
        self.stats = stats if stats is not None else RunStats()
        self.executor: Executor | None = None
        self.partition = max(1, min(PARTITION, self.options.batch_size))
        self.log: list[list[Sighting]] = []  # the documents' learning since the snapshot, in input order
        self.version = 0  # the registry snapshot the workers replay the log onto
        self.snapshot: Any = None
        self.in_flight: Counter[str] = Counter()  # content hashes sent and not yet stored
        self.pending: deque[_Batch] = deque()
        self.batches: Iterator[list[Item]] = iter(())

    # --- reading and sending -------------------------------------------------------------
    def run(self, batches: Iterator[list[Item]]) -> Iterator[CodedDocument]:
        """The coded records, in input order, each batch stored before its records are yielded."""
        self.batches = batches
        finished = False
        try:
            self._fill()
            while self.pending:
                yield from self._write(self.pending[0])
                self.pending.popleft()
                self._fill()
            finished = True
        except BrokenProcessPool as exc:
            raise WorkerError(Errors.E052.format(detail=exc)) from exc
        finally:
            if self.executor is not None:
                self.executor.close(abort=not finished)  # Ctrl-C or an error: stop the workers now

    def _fill(self) -> None:
        """Read and send batches until enough partitions are in flight: two per worker, so that
        none waits, and no more, so that the workers' registry is never far behind the writer's
        (a person learned by a document in flight is what makes the writer code one again)."""
        slots = self.executor.slots if self.executor is not None else max(1, self.options.workers)
        while sum(len(b.parts) for b in self.pending) < 2 * slots and len(self.pending) <= 2 * slots:
            batch = next(self.batches, None)
            if batch is None:
                return
            self.pending.append(self._send(batch))

    def _send(self, items: list[Item]) -> _Batch:
        documents = [(i, item) for i, item in enumerate(items) if isinstance(item, Document)]
        skip = self._stored({d.content_hash for _, d in documents})
        hold = self.store is not None and not self.options.recode  # one process would skip a repeat
        batch = _Batch(items, skip, {i for i, d in documents if hold and d.content_hash in self.in_flight})
        todo = [(i, d) for i, d in documents if d.content_hash not in skip and i not in batch.held]
        for start in range(0, len(todo), self.partition):
            part = todo[start:start + self.partition]
            batch.parts.append(([i for i, _ in part], self._submit([d for _, d in part])))
        for _, document in todo:
            self.in_flight[document.content_hash] += 1
        return batch

    def _stored(self, hashes: set[str]) -> set[str]:
        if self.store is None or self.options.recode or not hashes:
            return set()
        return self.store.known_hashes(sorted(hashes))

    def _submit(self, documents: list[Document]) -> Future:
        if self.executor is None:
            self.executor = make_executor(self.options)
        table = to_arrow(documents, Document)
        if self.registry is None:
            return self.executor.submit(code_partition, table, self.options)
        if self.snapshot is None or len(self.log) > REBASE_AFTER:  # a new snapshot: the registry as it is now
            self.version += 1
            self.log = []
            self.snapshot = self.executor.share(pickle.dumps(self.registry, protocol=pickle.HIGHEST_PROTOCOL))
        return self.executor.submit(code_partition, table, self.options, self.version, self.snapshot, list(self.log))

    # --- taking back, in order, and writing ----------------------------------------------
    def _result(self, batch: _Batch, position: int) -> WorkResult | None:
        """What the worker sent back for this position (None: not sent), taking the partitions
        up to it; each partition taken makes room to send another."""
        while position not in batch.results and batch.parts and batch.parts[0][0][0] <= position:
            positions, future = batch.parts.popleft()
            batch.results.update(zip(positions, self._taken(future), strict=True))
            self._fill()
        return batch.results.get(position)

    def _taken(self, future: Future) -> list[WorkResult]:
        """A partition's results, noting its worker's memory and CPU time."""
        table = future.result()
        metadata = table.schema.metadata or {}
        if b"pid" in metadata:
            pid = int(metadata[b"pid"])
            self.stats.memory[pid], self.stats.cpu[pid] = int(metadata[b"peak_rss"]), float(metadata[b"cpu"])
        return from_arrow(table, WorkResult)

    def _write(self, batch: _Batch) -> Iterator[CodedDocument]:
        coded: list[CodedDocument] = []
        states: list[DocState] = []
        for i, item in enumerate(batch.items):
            self.stats.documents += 1
            result = self._result(batch, i)
            if isinstance(item, RecordError):
                coded.append(CodedDocument(document=None, error=item))
            elif item.content_hash in batch.skip or (i in batch.held and self._stored({item.content_hash})):
                self.stats.skipped += 1
                coded.append(CodedDocument(item, stored=True, skipped=True))
            else:
                again = result is None  # held back: coded once its twin is stored
                done, state = self._accept(result if result is not None else self._code_again(item), again)
                coded.append(done)
                states.append(state)
        if self.store is not None:
            self.pipeline._store(coded, states, self.store, self.registry)
        for i in batch.results:
            self._done(cast(Document, batch.items[i]).content_hash)
        yield from coded

    def _done(self, content_hash: str) -> None:
        self.in_flight[content_hash] -= 1
        if self.in_flight[content_hash] <= 0:
            del self.in_flight[content_hash]

    def _accept(self, result: WorkResult, again: bool = False) -> tuple[CodedDocument, DocState]:
        """A worker's document as it is when the registry agrees, else coded again."""
        document = cast(Document, result.coded.document)
        if self.registry is None or result.trace is None:
            self.stats.by_workers += 1
            return result.coded, DocState(document, self.registry)
        if not answers_still_hold(result.trace, self.registry):
            return self._code_here(document) if again else self._accept(self._code_again(document), again=True)
        self.stats.by_workers += not again
        learned: list[tuple[str, Sighting]] = []
        if result.trace.sightings is not None:
            learned = self.registry.learn_all(result.trace.sightings)
            self._remember(result.trace.sightings)
        return result.coded, DocState(document, self.registry, learned=learned)

    def _code_again(self, document: Document) -> WorkResult:
        """The document coded by a worker with the registry as the writer holds it now (the
        snapshot and the learning since): the writer waits for it, as one process would code
        it before the next. It goes behind the partitions already sent (taking them early to
        send more would let the workers run further ahead of the registry: more answers change)."""
        self.stats.again += 1
        (result,) = self._taken(self._submit([document]))
        return result

    def _code_here(self, document: Document) -> tuple[CodedDocument, DocState]:
        """Code one document in this process, with (and learning into) the writer's registry."""
        self.stats.here += 1
        recorder = RecordingRegistry(self.registry, document.published, learn=True) if self.registry else None
        state = DocState(document, cast(ActorRegistry, recorder))
        result = next(self.pipeline._code_states([state]))
        if recorder is not None and recorder.trace.sightings is not None:
            self._remember(recorder.trace.sightings)
        return result, DocState(document, self.registry, learned=state.learned)

    def _remember(self, sightings: list[Sighting]) -> None:
        if sightings:
            self.log.append(sightings)
