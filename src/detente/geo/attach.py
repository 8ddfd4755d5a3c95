"""The place attached to an event's trigger in the dependency parse: "met [in Beijing]".

As the date reader does (:mod:`detente.dates.attach`), only the trigger's own words are
looked at: its dependents, those of its governing verb (for a noun trigger) and of the verb
that controls it ("agreed to meet"), and the phrases hanging from them, down to three
prepositions deep ("on the sidelines of a summit [in South Korea]"); never another clause, so
in "X, who was detained in Shenyang, met Y in Beijing" the meeting is in Beijing. A place
counts under a locative preposition ("in", "at", "near"; ``geo.locative_preps``), as the
object of a verb that takes its place so ("visited Beijing"), as the destination of a motion
("a visit to Beijing"), or in front of a noun trigger ("the Beijing summit").

What is found is a :class:`~detente.geo.census.PlaceMention`, ``AT_SEA`` ("off Somalia",
"in the South China Sea": no country), ``UNKNOWN`` (a place name the tables do not know:
no place, rather than a guess) or None (nothing: the caller may fall back).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.data import word_list
from detente.dates.attach import date_anchors
from detente.geo.book import GeoPlace
from detente.geo.census import DocumentPlaces, PlaceMention
from detente.nlp.labels import (
    CLOSE_MODIFIER_DEPS,
    GEO_OTHER_CLAUSE_DEPS,
    GEO_PLACE_LABELS,
    NOUN_POS,
    PARTICIPLE_TAGS,
    PREP_OBJECT_DEPS,
)
from detente.nlp.tree import children

DEPTH = 4  # phrases walked below an anchor


class Marker:
    """A finding that is not a place: at sea, or a place name nobody knows."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


AT_SEA = Marker("AT_SEA")
UNKNOWN = Marker("UNKNOWN")


@dataclass(frozen=True, slots=True)
class CapitalOf:
    """ "the Chinese capital": the capital of the country a word names."""

    place: GeoPlace
    text: str


Found = PlaceMention | CapitalOf | Marker


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


class PlaceReader:
    """Reads the place of a trigger against one document's place mentions."""

    def __init__(self, places: DocumentPlaces) -> None:
        self.places = places

    def attached(self, trigger: Token) -> Found | None:
        """The place attached to a trigger (see the module docstring), or None."""
        anchors = date_anchors(trigger)
        for k, anchor in enumerate(anchors):
            found = self.below(anchor, noun=k == 0 and trigger.pos_ in NOUN_POS)
            if found is not None:
                return found
        return None

    def below(self, anchor: Token, noun: bool = False) -> Found | None:
        """The nearest place among an anchor's dependents and the phrases below them."""
        motion = _lemma(anchor) in word_list("geo.motion_words")
        frontier = [anchor]
        for depth in range(DEPTH):
            following: list[Token] = []
            for node in frontier:
                for child in children(node):
                    found, walk = self._step(node, child, motion=motion and depth == 0, noun=noun and depth == 0)
                    if found is not None:
                        return found
                    following.extend(walk)
            frontier = following
            if not frontier:
                break
        return None

    def _step(self, node: Token, child: Token, motion: bool, noun: bool) -> tuple[Found | None, list[Token]]:
        """What one dependent says: a place, or the words to walk into next."""
        dep, word = child.dep_, child.lower_
        if dep == "acl" and child.tag_ in PARTICIPLE_TAGS and node.pos_ in NOUN_POS:
            return None, [child]  # "an airstrike [targeting] his location in Anbar": the same act
        if dep in GEO_OTHER_CLAUSE_DEPS:
            return None, []
        if dep in ("prep", "agent"):  # "asked [by] a reporter at the White House" walks on
            objects = [c for c in children(child) if c.dep_ in PREP_OBJECT_DEPS]
            if word in word_list("geo.sea_preps") and objects:
                return AT_SEA, []
            if word in word_list("geo.locative_preps") or (motion and word in word_list("geo.directional_preps")):
                for obj in objects:
                    found = self.place_word(obj)
                    if found is not None:
                        return found, []
            if word == "of" and _lemma(node) in word_list("geo.gathering_nouns"):
                venues = [m for o in objects if (m := self.places.at(o)) is not None and m.is_venue]
                if venues:
                    return venues[0], []  # "a meeting of the U.N. Security Council": where it sits
            return None, objects
        if dep in ("dobj", "obj") and _lemma(node) in word_list("geo.place_object_words"):
            return self.place_word(child, strict=False), [child]
        if noun and dep in CLOSE_MODIFIER_DEPS:  # "the Beijing summit", "Moscow talks"
            mention = self.places.at(child)
            if mention is not None and not mention.at_sea:
                return mention, []
        return None, [child] if dep in ("dobj", "obj", "attr", "npadvmod") else []  # "held [talks] in X"

    def place_word(self, token: Token, strict: bool = True) -> Found | None:
        """What a word under a locative preposition names: a place mention ("Beijing"); the place
        of "the city of Kirkuk", "the regional capital, Banja Luka", "the Chinese capital" or
        "Iraq's Anbar desert" (the most specific word first); AT_SEA ("international waters");
        UNKNOWN for a place name nobody lists (``strict``); else None."""
        mention = self.places.at(token)
        if mention is not None:
            return AT_SEA if mention.at_sea else mention
        lemma = _lemma(token)
        if lemma in word_list("geo.sea_nouns"):
            return AT_SEA
        kinds = word_list("geo.city_nouns") | word_list("geo.region_nouns")
        named = [c for c in children(token) if c.dep_ == "appos"]
        named += [o for c in children(token) if c.dep_ == "prep" and c.lower_ == "of" and lemma in kinds
                  for o in children(c) if o.dep_ in PREP_OBJECT_DEPS]
        named += sorted((c for c in children(token) if c.dep_ == "compound" and c.i < token.i), key=lambda c: -c.i)
        for word in named:
            found = self.places.at(word)
            if found is not None:
                return AT_SEA if found.at_sea else found
        if lemma in word_list("geo.capital_nouns"):
            capital = self._capital(token)
            if capital is not None:
                return capital
        for owner in (c for c in children(token) if c.dep_ == "poss"):  # "Iraq's desert", "Syria's north"
            found = self.places.at(owner)
            if found is not None:
                return AT_SEA if found.at_sea else found
        if strict and token.ent_type_ in GEO_PLACE_LABELS:
            return UNKNOWN
        return None

    def _capital(self, token: Token) -> CapitalOf | None:
        """ "the Chinese capital", "China's capital": the capital of the country named before it."""
        for child in children(token):
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                iso3 = self.places.book.country_of_text(child.text)
                capital = self.places.book.capital(iso3)
                if capital is not None:
                    return CapitalOf(capital, f"{child.text} {token.text}")
        return None
