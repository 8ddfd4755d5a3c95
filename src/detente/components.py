"""The coding pipeline's components: one job each, registered by name, composed by pipeline.py.

Every component takes a document's state and returns it with what it adds; it declares
what it reads and writes, so the pipeline can check at start-up that the order in
``pipeline.cfg`` makes sense (actors before events, events before reconcile). A component
that can work on many documents at once (the parse) also has ``pipe``; the pipeline gives
it whole batches.

| component | reads | writes | stage entry |
|---|---|---|---|
| parse | document | doc, sentences | ``detente.nlp.parse.parse_texts`` |
| actors | doc | actors | ``detente.actors.resolver.DocumentActors`` |
| events | doc, actors | events | ``detente.events.coder.EventCoder.code_doc`` |
| measures | doc, actors | measures | ``detente.measures.MeasureExtractor.extract`` |
| reconcile | events, measures | events, measures | ``detente.reconcile.reconcile_with_events`` |
| places | doc, events | events (their places) | ``detente.geo.locate.EventLocator.locate`` |
| tone | sentences, events | document, events (their tone) | ``detente.tone.ToneScorer`` |
| learn | actors | learned | ``ActorRegistry.learn_all`` |
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from detente.errors import ConfigError
from detente.model import Document, Event, Measure

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from detente.actors.registry import ActorRegistry, Sighting
    from detente.actors.resolver import DocumentActors
    from detente.pipeline import CodingOptions

# What a document carries before any component ran.
GIVEN = frozenset({"document", "registry"})


@dataclass(slots=True)
class DocState:
    """One document on its way through the components."""

    document: Document
    registry: ActorRegistry | None = None  # people remembered across documents (None: the seed list)
    doc: Doc | None = None
    sentences: list[str] = field(default_factory=list)
    actors: DocumentActors | None = None
    events: list[Event] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    learned: list[tuple[str, Sighting]] = field(default_factory=list)
    failure: Exception | None = None  # why a component could not handle this document (it is skipped)


@runtime_checkable
class Component(Protocol):
    """A step of the pipeline: a name, what it reads and writes, and the step itself."""

    name: str
    reads: frozenset[str]
    writes: frozenset[str]

    def __call__(self, state: DocState) -> DocState: ...


@runtime_checkable
class BatchComponent(Component, Protocol):
    """A component that works best on many documents at once."""

    def pipe(self, states: list[DocState]) -> Iterator[DocState]: ...


Factory = Callable[["CodingOptions"], Component]
REGISTRY: dict[str, Factory] = {}


def register(name: str) -> Callable[[Factory], Factory]:
    """Register a component factory under ``name`` (the names ``pipeline.cfg`` lists)."""

    def wrap(factory: Factory) -> Factory:
        REGISTRY[name] = factory
        return factory

    return wrap


def build(names: Iterable[str], options: CodingOptions) -> list[Component]:
    """The components ``names`` in order, checked: each reads only what an earlier one wrote."""
    components: list[Component] = []
    available = set(GIVEN)
    for name in names:
        if name not in REGISTRY:
            raise ConfigError(f"Unknown pipeline component {name!r}: choose from {', '.join(sorted(REGISTRY))}.")
        component = REGISTRY[name](options)
        missing = component.reads - available
        if missing:
            raise ConfigError(f"Pipeline component {name!r} reads {', '.join(sorted(missing))}, "
                              "which no component before it writes.")
        available |= component.writes
        components.append(component)
    return components


# --- the components ------------------------------------------------------------------------


class Parse:
    """spaCy's parse, batched; paragraphs stay hard sentence boundaries, long texts are parsed in
    pieces and joined (``detente.nlp.parse``). A text that cannot be parsed fails alone: its
    state carries the exception and the rest of the batch is parsed."""

    name = "parse"
    reads = frozenset({"document"})
    writes = frozenset({"doc", "sentences"})

    def __init__(self, options: CodingOptions) -> None:
        from detente.nlp import load_nlp

        self.nlp = load_nlp(options.model)
        self.batch_size = options.parse_batch

    def __call__(self, state: DocState) -> DocState:
        return next(self.pipe([state]))

    def pipe(self, states: list[DocState]) -> Iterator[DocState]:
        from detente.nlp.parse import parse_texts

        try:
            docs: list[Doc | Exception] = list(parse_texts(self.nlp, (s.document.text for s in states),
                                                           self.batch_size))
        except Exception:  # one text broke the batch's parse: parse each alone, so only that one fails
            docs = [self._parse_alone(s.document.text) for s in states]
        for state, doc in zip(states, docs, strict=True):
            if isinstance(doc, Exception):
                state.failure = doc
            else:
                state.doc = doc
                state.sentences = [s.text.strip() for s in doc.sents]
            yield state

    def _parse_alone(self, text: str) -> Doc | Exception:
        from detente.nlp.parse import parse_texts

        try:
            return next(parse_texts(self.nlp, [text], 1))
        except Exception as exc:  # this text's failure, reported as its record's error
            return exc


class Actors:
    """Who the noun phrases of a document are: countries, sectors, people learned from the text."""

    name = "actors"
    reads = frozenset({"doc"})
    writes = frozenset({"actors"})

    def __init__(self, options: CodingOptions) -> None:
        from detente.actors.gazetteer import Gazetteer

        self.gazetteer = Gazetteer.load()

    def __call__(self, state: DocState) -> DocState:
        from detente.actors.resolver import DocumentActors

        assert state.doc is not None
        state.actors = DocumentActors(state.doc, state.document.published, gazetteer=self.gazetteer,
                                      registry=state.registry, title=state.document.title,
                                      dateline=state.document.dateline)
        return state


class Events:
    """Where sentences become events: the pattern dictionary and the grammar around triggers."""

    name = "events"
    reads = frozenset({"doc", "actors"})
    writes = frozenset({"events"})

    def __init__(self, options: CodingOptions) -> None:
        from detente.events.coder import EventCoder
        from detente.events.patterns import PatternBook

        self.coder = EventCoder(PatternBook.load(options.pattern_files))

    def __call__(self, state: DocState) -> DocState:
        assert state.doc is not None
        state.events = self.coder.code_doc(state.doc, state.document, state.actors)
        return state


class Measures:
    """Trade measures (tariffs, duties, bans, sanctions) with products, rates and retaliation links."""

    name = "measures"
    reads = frozenset({"doc", "actors"})
    writes = frozenset({"measures"})

    def __init__(self, options: CodingOptions) -> None:
        from detente.measures import MeasureExtractor

        self.extractor = MeasureExtractor()

    def __call__(self, state: DocState) -> DocState:
        assert state.doc is not None
        state.measures = self.extractor.extract(state.doc, state.document, state.actors)
        return state


class Reconcile:
    """Measures and events tell one story: a measure's event where the coder coded none; an
    objection to what befell a state's own firms aimed at whoever did it."""

    name = "reconcile"
    reads = frozenset({"events", "measures"})
    writes = frozenset({"events", "measures"})

    def __init__(self, options: CodingOptions) -> None:
        from detente.events.targets import aim_at_wrongdoers
        from detente.reconcile import reconcile_with_events

        self.reconcile = reconcile_with_events
        self.aim_at_wrongdoers = aim_at_wrongdoers

    def __call__(self, state: DocState) -> DocState:
        state.events.extend(self.reconcile(state.measures, state.events))
        state.events = self.aim_at_wrongdoers(state.events)  # the acts of measures are known now
        return state


class Places:
    """Where each event happened (a GeoNames place with its precision) and where its actors are.

    Sets each event's ``location``, ``source_location``, ``target_location`` and
    ``sentence_offset``; after reconcile, so that events made from trade measures are placed too.
    """

    name = "places"
    reads = frozenset({"doc", "events"})
    writes = frozenset({"events"})

    def __init__(self, options: CodingOptions) -> None:
        from detente.geo.locate import EventLocator

        self.locator = EventLocator()

    def __call__(self, state: DocState) -> DocState:
        assert state.doc is not None
        self.locator.locate(state.doc, state.document, state.events)
        return state


class Tone:
    """The document's tone and each event's (its sentence's), -100..+100 as GDELT's, from VADER."""

    name = "tone"
    reads = frozenset({"sentences", "events"})
    writes = frozenset({"document", "events"})

    def __init__(self, options: CodingOptions) -> None:
        from detente.tone import ToneScorer

        self.scorer = ToneScorer()

    def __call__(self, state: DocState) -> DocState:
        tones = self.scorer.tones(state.sentences)
        state.document.tone = self.scorer.document_tone(state.sentences, tones)
        for event in state.events:
            if 0 <= event.sentence_index < len(tones):
                event.tone = tones[event.sentence_index]
        return state


class Learn:
    """The people a document introduced, remembered for later documents (and the store)."""

    name = "learn"
    reads = frozenset({"actors"})
    writes = frozenset({"learned"})

    def __init__(self, options: CodingOptions) -> None:
        pass

    def __call__(self, state: DocState) -> DocState:
        if state.registry is not None and state.actors is not None:
            state.learned = state.registry.learn_all(state.actors.sightings(state.document.doc_id))
        return state


for _component in (Parse, Actors, Events, Measures, Reconcile, Places, Tone, Learn):
    register(_component.name)(_component)
