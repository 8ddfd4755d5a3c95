"""Where each event of a document happened, and where its actors are.

The event's place is, in this order:

1. the place attached to its trigger in the parse (``how`` "trigger", :mod:`detente.geo.attach`);
2. the place that sets its sentence: attached to a verb above the trigger or to that verb's
   participial clause ("In Beijing, officials said ...", "Speaking in Brussels, she ...";
   ``how`` "sentence"), never a place inside a noun phrase ("the war in Ukraine");
3. the document's dateline ("BEIJING —"; ``how`` "dateline"), when one of the event's actors
   is of that country (or neither has a country);
4. the document's place for the event (``how`` "document", ``precision`` "document"): where
   the document is set in the country of the event's actor, the source's (the target's for
   violence, CAMEO 18-20, which happens where its victims are), when the document names that
   country at least three times; with no actor country, the country the document is about.

A place at sea, a place name the tables do not know or a place without coordinates stops
the search with no location: an empty field, never a wrong country. An actor's place is
a place named inside its own words ("Kirkuk police", "Texas officials") in the actor's
country, else its country (``how`` "actor"); an organisation without a country has none.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from detente.geo.attach import CapitalOf, Marker, PlaceReader
from detente.geo.book import GeoPlace, PlaceBook
from detente.geo.census import DocumentPlaces, DocumentSettings, PlaceMention
from detente.geo.words import find_words
from detente.model import DOCUMENT_PRECISION, Actor, Document, Event, Location
from detente.nlp.labels import PARTICIPLE_TAGS, VERB_POS
from detente.nlp.tree import children

# What placed a location (Location.how).
TRIGGER = "trigger"
SENTENCE = "sentence"
DATELINE = "dateline"
DOCUMENT = "document"
ACTOR = "actor"
VIOLENT_ROOTS = frozenset({"18", "19", "20"})  # CAMEO's assault, fight and mass violence


class EventLocator:
    """Places events and their actors; holds the place tables (load once, use for every document)."""

    def __init__(self, book: PlaceBook | None = None) -> None:
        self.book = book or PlaceBook.load()

    def location(self, place: GeoPlace | None, text: str, how: str, precision: str | None = None) -> Location | None:
        """A place as an event's or actor's Location; None when it has no coordinates."""
        if place is None or place.lat is None or place.lon is None:
            return None
        return Location(text=text, name=self.book.full_name(place), kind=place.kind,
                        precision=precision or place.kind, country=place.country,
                        adm1=self.book.adm1_code(place), geonameid=place.geonameid, lat=place.lat, lon=place.lon,
                        how=how)

    def locate(self, doc: Doc, document: Document, events: Iterable[Event]) -> None:
        """Fill ``location``, ``source_location``, ``target_location`` and ``sentence_offset`` of events."""
        events = list(events)
        if not events:
            return
        places = DocumentPlaces(doc, self.book)
        dateline = places.place_of_text(document.dateline) if document.dateline else None
        settings = places.settings(dateline)
        sentences = list(doc.sents)
        for event in events:
            sent = sentences[event.sentence_index] if 0 <= event.sentence_index < len(sentences) else None
            if sent is None:
                continue
            offset = sent.start_char + len(sent.text) - len(sent.text.lstrip())
            event.sentence_offset = offset
            trigger = _trigger(doc, sent, offset, event)
            event.location = self._event_location(event, trigger, places, document, dateline, settings)
            event.source_location = self._actor_location(event.source, places, sent, offset, event)
            event.target_location = self._actor_location(event.target, places, sent, offset, event)

    def _event_location(self, event: Event, trigger: Token, places: DocumentPlaces, document: Document,
                        dateline: GeoPlace | None, settings: DocumentSettings) -> Location | None:
        reader = PlaceReader(places)
        found = reader.attached(trigger)
        how = TRIGGER
        if found is None:
            found = next((f for h in setting_holders(trigger) if (f := reader.below(h)) is not None), None)
            how = SENTENCE
        if isinstance(found, Marker):
            return None  # at sea, or a place nobody lists: no place rather than a wrong one
        if isinstance(found, CapitalOf):
            return self.location(found.place, found.text, how)
        if isinstance(found, PlaceMention):
            return self.location(places.place(found), found.span.text, how)
        if dateline is not None and _consistent(dateline, event):
            return self.location(dateline, document.dateline or "", DATELINE)
        place = settings.setting(_actor_country(event) or settings.dominant_country())
        if place is None:
            return None
        return self.location(place, place.name, DOCUMENT, DOCUMENT_PRECISION)

    def _actor_location(self, actor: Actor | None, places: DocumentPlaces, sent: Span, offset: int,
                        event: Event) -> Location | None:
        """A place named in the actor's words in its country, else its country."""
        if actor is None or actor.country is None:
            return None
        start = find_words(event.sentence, actor.text, event.trigger_start)
        if start is not None:
            first, last = offset + start, offset + start + len(actor.text)
            for mention in places.in_sentence(sent):
                if first <= mention.span.start_char and mention.span.end_char <= last:
                    place = places.place(mention)
                    if place is not None and place.country == actor.country:
                        return self.location(place, mention.span.text, ACTOR)
        return self.location(self.book.country(actor.country), actor.country, ACTOR)


def setting_holders(trigger: Token) -> list[Token]:
    """The words above the trigger whose places set its whole sentence: the verbs it depends on
    ("In Beijing, officials [said] China would ...") and their participial clauses ("[Speaking] in
    Brussels, she criticized ..."), nearest first; never a noun's phrase ("the war in Ukraine")."""
    holders: list[Token] = []
    for above in trigger.ancestors:
        if above.pos_ in VERB_POS:
            holders.append(above)
        holders.extend(c for c in children(above) if c.dep_ == "advcl" and c.tag_ in PARTICIPLE_TAGS
                       and c not in trigger.ancestors and c != trigger)
    holders.extend(c for c in children(trigger) if c.dep_ == "advcl" and c.tag_ in PARTICIPLE_TAGS)
    return holders


def _actor_country(event: Event) -> str | None:
    """The country whose part of the document an event belongs to when its sentence names no place:
    the target's for violence (CAMEO 18-20 happen where the victims are), else the source's, else the other's."""
    source = event.source.country if event.source else None
    target = event.target.country if event.target else None
    return (target or source) if event.root in VIOLENT_ROOTS else (source or target)


def _consistent(place: GeoPlace, event: Event) -> bool:
    """A dateline stands in only where one of the event's actors is (any place when neither has a country)."""
    countries = {a.country for a in (event.source, event.target) if a is not None and a.country}
    return not countries or place.country in countries


def _trigger(doc: Doc, sent: Span, offset: int, event: Event) -> Token:
    """The trigger's head word in the parse (the sentence's root when the offsets do not fit)."""
    span = doc.char_span(offset + event.trigger_start, offset + event.trigger_end, alignment_mode="expand")
    if span is None or len(span) == 0 or not sent.start <= span.start < sent.end:
        return sent.root
    return span.root
