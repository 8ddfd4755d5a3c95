"""Whose a place an act befalls is: the country it lies in, never the attacker's.

"Russian forces shelled the town of Pokrovsk in the Donetsk region", "Israeli troops raided
the Jenin refugee camp", "gunmen attacked a village in Zamfara state": the town, camp or
village is in Ukraine, the West Bank or Nigeria whatever the story's other countries are.
The place's own name ("the town of X", "the X camp", "X, Russia") or where the sentence puts
it ("in", "near", "outside" a known place) decides; a name the actor files lack is looked up
in the geo tables (``geo/places.tsv``, ``geo/regions.tsv``), read only when every reading of
the name lies in one country. Without any of these the caller falls back on the story.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Token

from detente.actors.gazetteer import Place, fold
from detente.data import read_tsv, word_list
from detente.nlp.labels import NOT_TOWN_LABELS, NOUN_POS, PLACE_NAMING_DEPS, TOWN_LABELS
from detente.nlp.tree import children

PLACE_HEADS = word_list("actors.located_heads")
WHERE_PREPS = word_list("actors.located_preps")
NAMED_BY_PREP = "of"  # "the town of Pokrovsk"
DEPTH = 3  # "a camp near a town in a region of a country": enough steps for news


@functools.lru_cache(maxsize=1)
def geo_countries() -> dict[str, frozenset[str]]:
    """Folded lower-case name of every GeoNames city and listed region -> the countries it is in."""
    found: dict[str, set[str]] = {}
    for table in ("geo/places.tsv", "geo/regions.tsv"):
        for row in read_tsv(table):
            for name in (row["name"], *filter(None, row["aliases"].split("|"))):
                found.setdefault(fold(name).lower(), set()).add(row["iso3"])
    return {name: frozenset(countries) for name, countries in found.items()}


def geo_country(text: str) -> str | None:
    """The one country a place name lies in according to the geo tables, or None."""
    key = fold(" ".join(text.split())).lower().removeprefix("the ")
    countries = geo_countries().get(key, frozenset())
    return next(iter(countries)) if len(countries) == 1 else None


def is_place_head(token: Token, inhabited: bool) -> bool:
    """A noun that names a place people live or shelter in ("town", "camp", "district"), or a
    name tagged as a place that the actor files lack ("struck Pokrovsk")."""
    if token.pos_ == "PROPN":
        return token.ent_type_ in TOWN_LABELS
    return token.pos_ in NOUN_POS and (inhabited or token.lemma_.lower() in PLACE_HEADS)


class Whereabouts:
    """The country of a place phrase, from its own name or from where the sentence puts it."""

    def __init__(self, place: Callable[[Token], Place | None], name_text: Callable[[Token], str]) -> None:
        self.place = place  # the actor files' reading of a word with its entity or compound
        self.name_text = name_text  # a proper name with its compound words ("Deir al-Balah")

    def country(self, token: Token, depth: int = 0) -> str | None:
        """The country ``token`` (a place noun or a place's name) lies in."""
        if depth > DEPTH:
            return None
        if token.pos_ == "PROPN":
            own = self._named(token)
            if own is not None:
                return own
        for child in children(token):
            if child.dep_ in PLACE_NAMING_DEPS and child.pos_ == "PROPN":
                own = self._named(child) or self.country(child, depth + 1)
                if own is not None:
                    return own
        for child in children(token):
            if child.dep_ == "prep" and (child.lower_ in WHERE_PREPS or child.lower_ == NAMED_BY_PREP):
                for obj in children(child):
                    if obj.dep_ == "pobj":
                        own = self.country(obj, depth + 1)
                        if own is not None:
                            return own
        return None

    def _named(self, token: Token) -> str | None:
        if token.ent_type_ in NOT_TOWN_LABELS:
            return None
        place = self.place(token)
        if place is not None:
            return place.country if place.kind != "demonym" else None
        return geo_country(self.name_text(token))
