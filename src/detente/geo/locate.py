"""Where each event of a document happened, and where its actors are.

The event's place is, in this order:

1. the place attached to its trigger in the parse (``how`` "trigger", :mod:`detente.geo.attach`);
2. the one place its sentence is set in ("In Beijing, ..."; ``how`` "sentence");
3. the document's dateline ("BEIJING —"; ``how`` "dateline");
4. the document's dominant place (``how`` "document", ``precision`` "document").

A place at sea, a place name the tables do not know or a place without coordinates stops
the search with no location: an empty field, never a wrong country. An actor's place is
a place named inside its own words ("Kirkuk police", "Texas officials") in the actor's
country, else its country (``how`` "actor"); an organisation without a country has none.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from detente.geo.attach import CapitalOf, Found, Marker, PlaceReader
from detente.geo.book import GeoPlace, PlaceBook
from detente.geo.census import DocumentPlaces, PlaceMention
from detente.geo.words import find_words
from detente.model import DOCUMENT_PRECISION, Actor, Document, Event, Location

# What placed a location (Location.how).
TRIGGER = "trigger"
SENTENCE = "sentence"
DATELINE = "dateline"
DOCUMENT = "document"
ACTOR = "actor"


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
        reader = PlaceReader(places)
        dateline = places.place_of_text(document.dateline) if document.dateline else None
        setting: list[GeoPlace | None] = []  # the document's dominant place, read once when needed
        sentences = list(doc.sents)
        for event in events:
            sent = sentences[event.sentence_index] if 0 <= event.sentence_index < len(sentences) else None
            if sent is None:
                continue
            offset = sent.start_char + len(sent.text) - len(sent.text.lstrip())
            event.sentence_offset = offset
            trigger = _trigger(doc, sent, offset, event)
            found = reader.attached(trigger)
            event.location = self._event_location(found, places, sent, document, dateline, setting)
            event.source_location = self._actor_location(event.source, places, sent, offset, event)
            event.target_location = self._actor_location(event.target, places, sent, offset, event)

    def _event_location(self, found: Found | None, places: DocumentPlaces, sent: Span, document: Document,
                        dateline: GeoPlace | None, setting: list[GeoPlace | None]) -> Location | None:
        if isinstance(found, Marker):
            return None  # at sea, or a place nobody lists: no place rather than a wrong one
        if isinstance(found, CapitalOf):
            return self.location(found.place, found.text, TRIGGER)
        if isinstance(found, PlaceMention):
            return self.location(places.place(found), found.span.text, TRIGGER) if not found.at_sea else None
        settings = [m for m in places.in_sentence(sent) if m.locative]
        where = {places.place(m) for m in settings}
        if None in where:
            return None  # the sentence is set at sea or in a place nobody lists
        if len(where) > 1:
            return None  # several places in the sentence, none attached to the event: no guess
        if where:
            return self.location(places.place(settings[0]), settings[0].span.text, SENTENCE)
        if dateline is not None:
            return self.location(dateline, document.dateline or "", DATELINE)
        if not setting:
            setting.append(places.dominant())
        place = setting[0]
        return self.location(place, place.name if place else "", DOCUMENT, DOCUMENT_PRECISION)

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


def _trigger(doc: Doc, sent: Span, offset: int, event: Event) -> Token:
    """The trigger's head word in the parse (the sentence's root when the offsets do not fit)."""
    span = doc.char_span(offset + event.trigger_start, offset + event.trigger_end, alignment_mode="expand")
    if span is None or len(span) == 0 or not sent.start <= span.start < sent.end:
        return sent.root
    return span.root
