"""detente: explainable event data from news about international relations.

The library in a few names::

    import detente

    for coded in detente.code(["China imposed tariffs on Canadian canola on Thursday."],
                              published=date(2026, 1, 16)):
        for event in coded.events:
            print(event.to_dict())

    with detente.Store("detente.duckdb") as store:           # code into a database
        for coded in detente.code(detente.read_documents(["articles/"]), store=store):
            ...

``code`` takes texts or ``Document`` records (``read_documents`` reads files, folders, globs,
URLs and JSON Lines into them, with one ``RecordError`` per bad record) and yields one
``CodedDocument`` per input, in order. The CLI and the HTTP server call only these names.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable, Iterator
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from detente.options import CodingOptions

if TYPE_CHECKING:
    from detente.errors import DetenteError
    from detente.ingest import IngestOptions
    from detente.model import Actor, CodedDocument, Document, Event, Measure, Product, RecordError
    from detente.pipeline import Pipeline
    from detente.store import Store

__all__ = [
    "Actor", "CodedDocument", "CodingOptions", "DetenteError", "Document", "Event", "IngestOptions", "Measure",
    "Pipeline", "Product", "RecordError", "Store", "__version__", "code", "read_documents",
]

# The library's names, imported on first use: `import detente` stays light (the CLI starts its
# worker processes before it imports spaCy; see detente.cli.code).
_LAZY = {"DetenteError": "detente.errors", "IngestOptions": "detente.ingest", "Pipeline": "detente.pipeline",
         "Store": "detente.store", **dict.fromkeys(
             ("Actor", "CodedDocument", "Document", "Event", "Measure", "Product", "RecordError"), "detente.model")}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'detente' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


try:
    __version__ = version("detente")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

logging.getLogger(__name__).addHandler(logging.NullHandler())

_pipelines: dict[tuple[object, ...], Pipeline] = {}


def read_documents(inputs: Iterable[str], options: IngestOptions | None = None) -> Iterator[Document | RecordError]:
    """Files, folders, globs, URLs, JSON Lines or "-" (stdin) as Documents, one RecordError per bad record."""
    from detente.ingest import IngestOptions, iter_documents

    return iter_documents(list(inputs), options or IngestOptions())


def code(inputs: str | Iterable[str | dict[str, object] | Document | RecordError], *, published: date | None = None,
         store: Store | None = None, options: CodingOptions | None = None,
         pipeline: Pipeline | None = None) -> Iterator[CodedDocument]:
    """Code texts or documents into events and trade measures, one CodedDocument per input.

    A string is the text of one document (its language and size are checked as the CLI
    does; ``published`` is its publication date, the base for "Thursday" or "last October").
    A dict is a JSON record as on a line of a JSON Lines file (``id``, ``text`` or ``html``,
    ``url``, ``title``, ``published``, ``source``); anything else is a TypeError. With
    ``store`` every batch is stored in one transaction. A record that cannot be read or
    coded comes back with ``error`` set; the others are coded regardless. The spaCy model and
    dictionaries load once per process and ``options``.
    """
    if isinstance(inputs, str):
        inputs = [inputs]
    if pipeline is None:
        pipeline = _pipeline(options or CodingOptions())
    return pipeline.run(_documents(inputs, published), store)


def _pipeline(options: CodingOptions) -> Pipeline:
    from detente.pipeline import Pipeline

    key = (options.model, options.batch_size, options.parse_batch, tuple(options.pattern_files), options.components,
           options.workers, options.scheduler, options.recode)
    if key not in _pipelines:
        _pipelines[key] = Pipeline(options)
    return _pipelines[key]


def _documents(inputs: Iterable[str | dict[str, object] | Document | RecordError], published: date | None
               ) -> Iterator[Document | RecordError]:
    from detente.errors import InputError
    from detente.ingest import IngestOptions
    from detente.ingest.jsonl import document_from_record
    from detente.ingest.readers import make_document
    from detente.model import Document, RecordError

    ingest = IngestOptions(published=published)
    for index, item in enumerate(inputs):
        if isinstance(item, (Document, RecordError)):
            yield item
            continue
        if not isinstance(item, (str, dict)):
            raise TypeError(f"detente.code() codes texts (str), JSON records (dict with 'text' or 'html') "
                            f"and Documents, not {type(item).__name__} (input {index + 1})")
        origin = f"<text {index + 1}>" if isinstance(item, str) else f"<record {index + 1}>"
        try:
            yield make_document(item, origin, ingest) if isinstance(item, str) \
                else document_from_record(item, origin, ingest)
        except InputError as exc:
            yield RecordError(origin, str(exc))
