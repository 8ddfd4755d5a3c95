"""The parties a headline names: "Carney's Beijing visit signals new phase of Canada-China
cooperation" is about Canada and China.

A headline is written for the reader of the whole article, so when a sentence leaves the
party acted upon unsaid ("Ottawa condemned the move"), the other party of the headline is
what an analyst reads into it. Headlines are short and are not parsed: their words are
looked up in the gazetteer (countries, demonyms, capitals and seats of government,
organisations) and in the actor registry (people, on the article's date); towns are left
out, since a headline names them as where something happened.
"""

from __future__ import annotations

import re
from datetime import date

from detente.actors.codes import make_actor
from detente.actors.gazetteer import Gazetteer
from detente.actors.registry import ActorRegistry
from detente.model import Actor

# Capitalised words (with inner periods, hyphens and apostrophes: "U.S.", "Canada-China", "Xi's").
_NAME_WORDS = re.compile(r"[A-Z][\w.'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
GOVERNMENT_KINDS = frozenset({"capital", "seat"})
PARTY_KINDS = frozenset({"name", "demonym"}) | GOVERNMENT_KINDS


def headline_parties(title: str | None, gazetteer: Gazetteer, registry: ActorRegistry,
                     published: date | None) -> list[Actor]:
    """The countries and organisations a headline names, in order, each once."""
    if not title:
        return []
    words = [w if w.isupper() else _POSSESSIVE.sub("", w).rstrip(".") for w in _NAME_WORDS.findall(title)]
    found: list[Actor] = []
    index = 0
    while index < len(words):
        for width in (3, 2, 1):  # the longest run of capitalised words that names a party ("South Korea")
            phrase = " ".join(words[index:index + width])
            parties = _parties(phrase, gazetteer, registry, published) if phrase in title or width == 1 else []
            if parties:
                found.extend(a for a in parties if all(_distinct(a, b) for b in found))
                index += width
                break
        else:
            index += 1
    return found


def _distinct(actor: Actor, other: Actor) -> bool:
    return actor.code != other.code and (not actor.country or actor.country != other.country)


def _parties(word: str, gazetteer: Gazetteer, registry: ActorRegistry, published: date | None) -> list[Actor]:
    """The party a word names; the two of a hyphenated pair that is no name as a whole ("Canada-China")."""
    found = _party(word, gazetteer, registry, published)
    if found is not None:
        return [found]
    if "-" not in word:
        return []
    return [a for part in word.split("-") if part and (a := _party(part, gazetteer, registry, published))]


def _party(word: str, gazetteer: Gazetteer, registry: ActorRegistry, published: date | None) -> Actor | None:
    place = gazetteer.place(word)
    if place is not None and place.country and place.kind in PARTY_KINDS:
        sector = (place.sector or "GOV") if place.kind in GOVERNMENT_KINDS else None
        return make_actor(word, place.country, sector)
    organisation = gazetteer.organisation(word)
    if organisation is not None:
        return make_actor(word, organisation.country, None, organisation=organisation.code,
                          function=organisation.function)
    identity = registry.lookup(word, published) if registry.candidates(word) else None
    if identity is not None and (identity.country or identity.organisation):
        return make_actor(word, identity.country, identity.sector, identity.name, identity.organisation)
    return None
