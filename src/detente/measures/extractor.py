"""The measure extractor: a parsed document in, trade-measure records out.

Runs on the same spaCy Doc and actor resolver as the event coder (no second parse), so
that a measure's imposer and target are read exactly as the event's source and target.
"""

from __future__ import annotations

from spacy.tokens import Doc

from detente.actors.resolver import DocumentActors
from detente.measures.arguments import ArgumentResolver
from detente.measures.lexicon import MeasureLexicon
from detente.measures.linking import MeasureLinker
from detente.measures.mentions import MentionFinder
from detente.model import Document, Event, Measure


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


def implied_event_agreement(measures: list[Measure], events: list[Event]) -> list[tuple[Measure, Event | None]]:
    """Each measure with the coded event of the same sentence that has its CAMEO code, if any.

    A check that the measure extractor and the event coder tell the same story; measures
    without a partner are the places where they disagree.
    """
    by_sentence: dict[tuple[str, int], list[Event]] = {}
    for event in events:
        by_sentence.setdefault((event.doc_id, event.sentence_index), []).append(event)
    out = []
    for measure in measures:
        partners = [e for e in by_sentence.get((measure.doc_id, measure.sentence_index), [])
                    if e.cameo == measure.cameo]
        out.append((measure, partners[0] if partners else None))
    return out


def reconcile_with_events(measures: list[Measure], events: list[Event]) -> list[Event]:
    """Make measures and events tell one story; returns the events to add.

    Where the coder coded an event on the measure's own trigger, the event's code wins (the
    coder reads intent, refusal and negation); where it coded none, a measure that was acted
    on (not only threatened or announced) yields the event it implies (163, 085 ...), with the
    imposer as source and the affected jurisdiction as target.
    """
    by_sentence: dict[tuple[str, int], list[Event]] = {}
    for event in events:
        by_sentence.setdefault((event.doc_id, event.sentence_index), []).append(event)
    added: list[Event] = []
    for measure in measures:
        partner = next((e for e in by_sentence.get((measure.doc_id, measure.sentence_index), [])
                        if _same_act(measure, e)), None)
        if partner is not None:
            measure.cameo = partner.cameo
        elif measure.cameo and measure.action not in VERBAL_ACTIONS:
            added.append(_implied_event(measure))
    return added


# Said rather than done: where the coder saw only a possibility ("could impose"), no event is added.
VERBAL_ACTIONS = frozenset({"threaten", "announce"})
TRADE_ROOTS = frozenset({"03", "08", "13", "16", "17"})  # intent, easing, threats, sanctions, bans


def _same_act(measure: Measure, event: Event) -> bool:
    """The event coded on the measure's trigger, or inside its evidence ("duties ... took effect")."""
    if event.root not in TRADE_ROOTS:
        return False
    if event.trigger_start == measure.trigger_start:
        return True
    return measure.evidence_start <= event.trigger_start < measure.evidence_end


def _implied_event(measure: Measure) -> Event:
    from detente.actors.resolver import make_actor
    from detente.model import Actor, stable_hash
    from detente.ontology import Ontology

    info = Ontology.load().nearest(measure.cameo or "163")

    def jurisdiction(code: str | None) -> Actor | None:
        if not code:
            return None
        if code == "EU":  # the Union acting as a government, as the resolver codes it
            return make_actor(code, None, None, organisation="IGOEEC")
        return Actor(text=code, code=code, country=code)

    event = Event(
        doc_id=measure.doc_id, sentence_index=measure.sentence_index, sentence=measure.sentence,
        cameo=info.code, trigger=measure.trigger, rule=f"measure:{measure.rule}",
        source=jurisdiction(measure.imposer), target=jurisdiction(measure.affected), url=measure.url,
        published=measure.published, date=measure.date, date_precision=measure.date_precision,
        trigger_start=measure.trigger_start, trigger_end=measure.trigger_end, root=info.root,
        quad_class=info.quad_class, goldstein=info.goldstein, plover=info.plover,
    )
    event.event_id = stable_hash(measure.doc_id, measure.sentence_index, "measure", measure.measure_id)
    return event
