"""The places a document names, each read once, with what the document says about where it is.

Every GPE, LOC or FAC entity (and an ORG that is a venue or seat of government, "the
Kremlin") is looked up in the :class:`~detente.geo.book.PlaceBook`. Names with one reading,
and demonyms ("Chinese"), are the document's evidence; names with several are then read
with it (:func:`detente.geo.choose.choose`). "Paris, Texas" is one mention whose qualifier
is Texas; "in the South China Sea" is a mention at sea.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from detente.actors.context import is_locative
from detente.data import word_list
from detente.dates.resolve import precision_rank
from detente.geo.book import CITY, COUNTRY, REGION, Candidate, GeoPlace, PlaceBook, Unplaceable
from detente.geo.choose import Evidence, choose, within
from detente.nlp.labels import GEO_DEMONYM_LABELS, GEO_PLACE_LABELS, NOUN_POS, PLACE_BEARING_LABELS

# A document is set in a place it names where things happen at least this often, and this
# many times as often as any other.
DOMINANT_LEAST = 2
DOMINANT_SHARE = 2.0
# A document is about a country it names at least this often, and this many times as often as any other.
DOMINANT_COUNTRY_LEAST = 3
# A proper noun NER did not call a place is read as one only if it names a city this large (or a
# region, country or venue): small towns share their names with too much else.
NOTABLE_CITY = 100_000


@dataclass(slots=True)
class PlaceMention:
    """One place name in the text and its readings."""

    span: Span
    readings: list[Candidate] | Unplaceable
    at_sea: bool = False
    qualifier: PlaceMention | None = None  # "Texas" in "Paris, Texas"
    qualifies: PlaceMention | None = None  # the mention this one qualifies
    kind: str | None = None  # a kind of place the words around it say ("the state of Georgia")

    @property
    def locative(self) -> bool:
        return is_locative(self.span.root)

    @property
    def is_venue(self) -> bool:
        """A building or body that sits in one city ("the Kremlin", "the U.N. Security Council")."""
        return isinstance(self.readings, list) and any(c.venue for c in self.readings)


def _kind_hint(span: Span) -> str | None:
    """ "the state of Georgia", "Punjab province", "the city of Quebec": the kind the words say."""
    doc = span.doc
    words = []
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        words.append(doc[span.start - 2].lower_)
    if span.end < len(doc):
        words.append(doc[span.end].lower_)
    words.append(span[-1].lower_)
    for word in words:
        if word in word_list("geo.region_nouns"):
            return REGION
        if word in word_list("geo.city_nouns") and word not in word_list("geo.capital_nouns"):
            return CITY
    return None


def in_place_slot(token: Token) -> bool:
    """A word where a place goes: the object of a locative preposition ("in X") or of a verb that
    takes its place as object ("visited X", "shelled X"), or a name in apposition to or in front
    of such a word ("in the regional capital, [Banja Luka]", "in Iraq's [Anbar] desert")."""
    head = token.head
    if token.dep_ in ("appos", "compound") and head is not token and head.pos_ in NOUN_POS:
        return in_place_slot(head)
    if token.dep_ == "pobj":
        return head.lower_ in word_list("geo.locative_preps") or head.lower_ in word_list("geo.directional_preps")
    return token.dep_ in ("dobj", "obj") and head.lemma_.lower() in word_list("geo.place_object_words")


def _trimmed(ent: Span) -> Span | None:
    """An entity without the function words NER sometimes takes in ("the Great Hall of the People on")."""
    start, end = ent.start, ent.end
    while end > start and ent.doc[end - 1].pos_ in ("ADP", "PUNCT", "DET", "CCONJ", "PART"):
        end -= 1
    if end == start:
        return None
    return Span(ent.doc, start, end, label=ent.label) if (start, end) != (ent.start, ent.end) else ent


def _name_text(span: Span) -> str:
    """The name without a trailing kind noun ("Idlib province" -> "Idlib") when that is what is listed."""
    text = span.text
    last = span[-1].lower_
    if len(span) > 1 and (last in word_list("geo.region_nouns") or last in word_list("geo.city_nouns")):
        return span[:-1].text
    return text


class DocumentPlaces:
    """The place mentions of one parsed document, resolved with the document's own evidence."""

    def __init__(self, doc: Doc, book: PlaceBook) -> None:
        self.doc = doc
        self.book = book
        self.mentions: list[PlaceMention] = []
        self._by_token: dict[int, PlaceMention] = {}
        self.evidence = Evidence()
        self._chosen: dict[tuple[object, ...], GeoPlace | None] = {}
        for ent in doc.ents:
            self._read(_trimmed(ent))
        self._read_unnamed()
        self.mentions.sort(key=lambda m: m.span.start)
        self._link_qualifiers()
        for mention in self.mentions:
            self._vote(mention)

    # --- reading ------------------------------------------------------------------------
    def _read(self, ent: Span | None) -> None:
        if ent is None:
            return
        label = ent.label_
        demonym = self.book.country_of_text(ent.text) if label in GEO_DEMONYM_LABELS or \
            self.book.gazetteer.place(ent.text) is not None else None
        if label in GEO_DEMONYM_LABELS or (demonym and self._is_demonym(ent.text)):
            if demonym is not None:
                self.evidence.countries[demonym] += 1  # "Chinese", or NER's "Ukrainian" as GPE
            return
        at_sea = self._at_sea(ent)
        readings = self.book.candidates(ent.text)
        if not at_sea and isinstance(readings, list) and not readings:
            readings = self.book.candidates(_name_text(ent))
        # NER calls places ORG or PERSON now and then ("met in [Hyderabad]", "hit [Kiev]"): read as a
        # place a venue, or a name where a place goes that is no known person or organisation
        if label not in GEO_PLACE_LABELS and (label not in PLACE_BEARING_LABELS or at_sea or not isinstance(
                readings, list) or not readings or not self._venue_or_place(ent, readings)):
            return
        self._add(PlaceMention(ent, readings, at_sea=at_sea, kind=_kind_hint(ent)))

    def _add(self, mention: PlaceMention) -> None:
        self.mentions.append(mention)
        for i in range(mention.span.start, mention.span.end):
            self._by_token[i] = mention

    def _is_demonym(self, text: str) -> bool:
        found = self.book.gazetteer.place(text)
        return found is not None and found.kind == "demonym"

    def _venue_or_place(self, ent: Span, readings: list[Candidate]) -> bool:
        if any(c.venue for c in readings):
            return True
        gazetteer = self.book.gazetteer
        if gazetteer.people(ent.text) or gazetteer.organisation(ent.text) is not None:
            return False
        return in_place_slot(ent.root)

    def _read_unnamed(self) -> None:
        """Proper nouns where a place goes that NER left out ("in Hyderabad" with no entity)."""
        for token in self.doc:
            if token.pos_ != "PROPN" or token.i in self._by_token or token.ent_type_ or not in_place_slot(token) or \
                    (token.dep_ == "compound" and token.head.pos_ == "PROPN"):
                continue  # a compound's words are read with their head
            words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
            span = self.doc[words[0].i : token.i + 1]
            if precision_rank(span.text) is not None:
                continue  # "in March": a date
            readings = self.book.candidates(span.text)
            if isinstance(readings, list) and any(c.place.kind != CITY or c.place.population >= NOTABLE_CITY
                                                  for c in readings) and not self.book.gazetteer.people(span.text):
                self._add(PlaceMention(span, readings, kind=_kind_hint(span)))

    def _at_sea(self, ent: Span) -> bool:
        """ "the South China Sea", "the Strait of Hormuz", "off Somalia": a place at sea."""
        words = {t.lower_ for t in ent}
        if words & word_list("geo.sea_nouns"):
            return True
        head = ent.root.head
        return ent.root.dep_ == "pobj" and head.lower_ in word_list("geo.sea_preps")

    def _link_qualifiers(self) -> None:
        """ "Paris, Texas", "Charlevoix, Quebec": a region or country right after a name and a comma."""
        for first, second in zip(self.mentions, self.mentions[1:], strict=False):
            if second.span.start != first.span.end + 1 or self.doc[first.span.end].text != ",":
                continue
            if not isinstance(second.readings, list) or not isinstance(first.readings, list):
                continue
            areas = [c.place for c in second.readings if c.place.kind in (REGION, COUNTRY)]
            if first.readings and not any(within(c.place, a) for c in first.readings for a in areas):
                continue  # "China, Japan and Korea": a list, not a qualifier
            if areas:
                first.qualifier, second.qualifies = second, first

    def _vote(self, mention: PlaceMention) -> None:
        """A name whose readings all lie in one country (and one region) is evidence."""
        if mention.at_sea or not isinstance(mention.readings, list) or not mention.readings:
            return
        places = [c.place for c in mention.readings]
        if len({p.country for p in places}) != 1:
            return
        self.evidence.countries[places[0].country] += 1
        regions = {p.admin1 for p in places if p.kind != COUNTRY}
        if len(regions) == 1 and all(p.kind != COUNTRY for p in places) and places[0].admin1:
            self.evidence.regions[places[0].country, places[0].admin1] += 1

    # --- answers ------------------------------------------------------------------------
    def at(self, token: Token) -> PlaceMention | None:
        """The mention a token belongs to; a qualifier answers for the name it qualifies."""
        mention = self._by_token.get(token.i)
        if mention is not None and mention.qualifies is not None:
            return mention.qualifies
        return mention

    def place(self, mention: PlaceMention) -> GeoPlace | None:
        """Where a mention is, read with the document's evidence (None at sea or when unknown)."""
        if mention.at_sea or not isinstance(mention.readings, list):
            return None
        qualifier = self.place(mention.qualifier) if mention.qualifier is not None else None
        if not mention.readings:
            return qualifier  # "Charlevoix, Quebec": an unknown town in a known region
        key = (tuple(c.place.key for c in mention.readings), qualifier.key if qualifier else None, mention.kind)
        if key not in self._chosen:
            chosen = choose(mention.readings, self.evidence, qualifier, mention.kind)
            self._chosen[key] = chosen.place if chosen is not None else None
        return self._chosen[key]

    def place_of_text(self, text: str) -> GeoPlace | None:
        """Where a name that is not in the parse is (a dateline: "BEIJING", "PARIS, Texas"), read
        with this document's evidence."""
        name, _, qualifier_text = text.partition(",")
        qualifier = self.place_of_text(qualifier_text) if qualifier_text.strip() else None
        readings = self.book.candidates(name)
        if not isinstance(readings, list):
            return None
        chosen = choose(readings, self.evidence, qualifier)
        return chosen.place if chosen is not None else qualifier

    def in_sentence(self, sent: Span) -> list[PlaceMention]:
        return [m for m in self.mentions if sent.start <= m.span.start < sent.end and m.qualifies is None]

    def settings(self, dateline: GeoPlace | None = None) -> DocumentSettings:
        """Where the document is set, country by country (see :class:`DocumentSettings`)."""
        countries: Counter[str] = Counter()
        places: Counter[tuple[str, str, str, str]] = Counter()
        found: dict[tuple[str, str, str, str], GeoPlace] = {}
        located: list[tuple[GeoPlace | None, bool]] = [(dateline, True)] if dateline is not None else []
        for mention in self.mentions:
            if mention.qualifies is None:
                located.append((self.place(mention), mention.locative))
        for place, locative in located:
            if place is None or place.lat is None:
                continue
            countries[place.country] += 1
            if locative and place.kind != COUNTRY:
                places[place.key] += 1
                found[place.key] = place
        return DocumentSettings(self.book, countries, places, found)


@dataclass(slots=True)
class DocumentSettings:
    """How often a document names each country (as a place, its dateline included) and the cities
    and regions it names as where things happen."""

    book: PlaceBook
    countries: Counter[str]
    places: Counter[tuple[str, str, str, str]]
    found: dict[tuple[str, str, str, str], GeoPlace]

    def dominant_country(self) -> str | None:
        """The country the document is about: named at least three times and twice as often as any other."""
        ranked = self.countries.most_common(2)
        if not ranked or ranked[0][1] < DOMINANT_COUNTRY_LEAST or \
                (len(ranked) > 1 and ranked[0][1] < DOMINANT_SHARE * ranked[1][1]):
            return None
        return ranked[0][0]

    def setting(self, country: str | None) -> GeoPlace | None:
        """Where in ``country`` the document is set: the city or region it names as where things happen
        at least twice and twice as often as any other place of that country, else the country
        itself; None when the document names the country fewer than three times."""
        if country is None or self.countries[country] < DOMINANT_COUNTRY_LEAST:
            return None
        top = [(key, n) for key, n in self.places.most_common() if key[1] == country][:2]
        if top and top[0][1] >= DOMINANT_LEAST and (len(top) == 1 or top[0][1] >= DOMINANT_SHARE * top[1][1]):
            return self.found[top[0][0]]
        return self.book.country(country)
