"""What a worker process does with a partition of documents: parse, code, send back as Arrow.

The same function runs in a local worker process and on a Dask worker. Each process loads
the spaCy model and the dictionaries once (the first partition it gets) and keeps them. The
actor registry arrives as a pickled snapshot (cached by version: sent once per version, not
per partition) plus the sightings learned since, replayed in order; the worker codes with
it but never learns (see :mod:`detente.parallel.trace`).
"""

from __future__ import annotations

import os
import pickle
import resource
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

import pyarrow as pa

from detente.actors.registry import ActorRegistry, Sighting
from detente.components import DocState
from detente.heap import loading
from detente.model import CodedDocument, Document
from detente.parallel.arrow import from_arrow, to_arrow
from detente.parallel.trace import RecordingRegistry, RegistryTrace

if TYPE_CHECKING:
    from detente.pipeline import CodingOptions, Pipeline

__all__ = ["WorkResult", "code_documents", "code_partition", "peak_rss_bytes", "warm", "warm_up"]

WARM_UP = "On Monday, Prime Minister Mark Carney of Canada met Chinese officials in Beijing last week."


@dataclass(slots=True)
class WorkResult:
    """One coded document, with what it asked of the registry (None: coded with the seed only)."""

    coded: CodedDocument
    trace: RegistryTrace | None = None


_pipelines: dict[tuple[object, ...], Pipeline] = {}
_base: tuple[int, ActorRegistry] | None = None


def peak_rss_bytes() -> int:
    """This process's peak resident memory."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def cpu_seconds() -> float:
    """CPU time this process has used so far (user and system)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _pipeline(options: CodingOptions) -> Pipeline:
    """The worker's pipeline for these options, built on first use and kept."""
    from detente.pipeline import CodingOptions, Pipeline

    key = (options.model, options.parse_batch, tuple(options.pattern_files), options.components)
    if key not in _pipelines:
        _pipelines[key] = Pipeline(CodingOptions(model=options.model, parse_batch=options.parse_batch,
                                                 pattern_files=list(options.pattern_files),
                                                 components=options.components))
    return _pipelines[key]


def warm_up(options: CodingOptions) -> None:
    """Build the pipeline for ``options`` and run it once, so that a worker forked from this
    process starts ready."""
    warm(_pipeline(options))


def warm(pipeline: Pipeline) -> None:
    """Code one sentence (with the seed registry, learning nothing kept): the first call of
    some dictionaries is slow (dateparser's locale data takes about a second)."""
    from detente.ingest.readers import IngestOptions, make_document

    document = make_document(WARM_UP, "<warm-up>", IngestOptions(check_language=False))
    with loading():  # loaded for good: out of the garbage collector's way (and of forked workers')
        list(pipeline._code_states([DocState(document)]))


def _registry(version: int, pickled: bytes, since: list[list[Sighting]]) -> ActorRegistry:
    """The snapshot (unpickled once per version) with the later learning replayed, as a copy."""
    global _base
    if _base is None or _base[0] != version:
        _base = (version, cast(ActorRegistry, pickle.loads(pickled)))
    registry = _base[1].copy()
    for sightings in since:
        registry.learn_all(sightings)
    return registry


def code_documents(documents: list[Document], options: CodingOptions, version: int | None = None,
                   pickled: bytes | None = None, since: list[list[Sighting]] | None = None) -> list[WorkResult]:
    """Code documents as one process would with the registry ``pickled`` (at ``version``) plus
    the learning ``since``, recording its answers; no registry: the seed alone, nothing recorded."""
    registry = _registry(version or 0, pickled, since or []) if pickled is not None else None
    recorders = [RecordingRegistry(registry, d.published, learn=False) if registry is not None else None
                 for d in documents]
    states = [DocState(d, cast(ActorRegistry, recorder)) for d, recorder in zip(documents, recorders, strict=True)]
    coded = list(_pipeline(options)._code_states(states))
    return [WorkResult(c, r.trace if r is not None else None) for c, r in zip(coded, recorders, strict=True)]


def code_partition(documents: pa.Table, options: CodingOptions, version: int | None = None,
                   pickled: bytes | None = None, since: list[list[Sighting]] | None = None) -> pa.Table:
    """A partition of documents (Arrow) coded into WorkResults (Arrow), with the worker's pid,
    peak memory and CPU time so far in the table's metadata. The registry arguments are ``code_documents``'s
    (on a cluster, ``pickled`` is scattered once and arrives here as bytes)."""
    results = code_documents(from_arrow(documents, Document), options, version, pickled, since)
    return to_arrow(results, WorkResult, {"pid": str(os.getpid()), "peak_rss": str(peak_rss_bytes()),
                                          "cpu": f"{cpu_seconds():.3f}"})
