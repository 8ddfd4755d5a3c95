"""Who an argument of an event is: a country, a sector, a named person, an organisation.

Resolution reads the noun phrase the way an analyst does: the head word (a role such as
"officials" or "premier", a place, a person, an organisation) and its modifiers (a
demonym, a possessive, "of Canada"). People introduced with a title or an appositive are
learned per document, so that later mentions by surname, title or pronoun resolve.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.actors.gazetteer import Gazetteer, Place
from detente.model import Actor

MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod", "nummod", "det", "case"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his"}
PAIR_PHRASES = {"two countries", "two nations", "both countries", "both sides", "both nations",
                "two sides", "two governments", "both governments", "two neighbours",
                "two neighbors"}
GOVERNMENT_PLACE_KINDS = {"capital", "seat"}


@dataclass(slots=True)
class KnownPerson:
    """A person met in this document (or the seed registry)."""

    name: str
    country: str | None
    sector: str | None
    role: str | None
    first_index: int  # token index of the first mention


def actor_code(country: str | None, sector: str | None, org_code: str | None = None) -> str | None:
    if org_code:
        return org_code
    code = (country or "") + (sector or "")
    return code or None


class DocumentActors:
    """Actor resolution for one parsed document."""

    def __init__(self, doc: Doc, published: date | None = None,
                 gazetteer: Gazetteer | None = None) -> None:
        self.doc = doc
        self.published = published
        self.gaz = gazetteer or Gazetteer.load()
        self.people: dict[str, KnownPerson] = {}
        self.person_mentions: list[tuple[int, KnownPerson]] = []
        self.countries: Counter[str] = Counter()
        self._learn()

    # --- learning -------------------------------------------------------------------------
    def _learn(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ in ("GPE", "NORP", "LOC"):
                place = self.gaz.place(ent.text)
                if place and place.country:
                    self.countries[place.country] += 1
            elif ent.label_ == "PERSON":
                self._learn_person(ent)

    def _learn_person(self, ent: Span) -> None:
        name = ent.text.strip()
        known = self.people.get(name) or self._from_alias(name, ent.start)
        if known is None:
            country, sector, role = self._describe_person(ent)
            seed = self._seed(name)
            if seed is not None and (country is None or country == seed.country):
                country = seed.country
                sector = sector or seed.sector
                role = role or seed.role
            known = KnownPerson(name, country, sector, role, ent.start)
            self.people[name] = known
            parts = name.split()
            if len(parts) > 1:
                self.people.setdefault(parts[-1], known)
        else:
            country, sector, role = self._describe_person(ent)
            known.country = known.country or country
            known.sector = known.sector or sector
            known.role = known.role or role
        self.person_mentions.append((ent.start, known))

    def _seed(self, name: str):
        for person in self.gaz.people(name):
            if person.holds_office_on(self.published):
                return person
        return None

    def _from_alias(self, name: str, index: int) -> KnownPerson | None:
        parts = name.split()
        return self.people.get(parts[-1]) if parts else None

    def _describe_person(self, ent: Span) -> tuple[str | None, str | None, str | None]:
        """Country, sector and role from the words around a name: titles, appositives, 'of X'."""
        head = ent.root
        words = [t for t in head.lefts if t.i < ent.start] + list(self._left_modifiers(head, ent))
        country, sector, role = self._modifiers_info(words)
        for child in head.children:
            if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "of"):
                c2, s2, r2 = self._phrase_info(child)
                country, sector, role = country or c2, sector or s2, role or r2
        if head.dep_ == "appos":
            c2, s2, r2 = self._phrase_info(head.head, include_children=False)
            country, sector, role = country or c2, sector or s2, role or r2
        return country, sector, role

    def _left_modifiers(self, head: Token, ent: Span):
        for tok in head.subtree:
            if tok.i >= ent.start:
                break
            yield tok

    # --- resolution -----------------------------------------------------------------------
    def resolve(self, token: Token) -> list[Actor]:
        """The actors a noun phrase headed by ``token`` denotes (several for "A and B officials")."""
        lower = token.lower_
        if token.pos_ == "PRON":
            if lower in PERSON_PRONOUNS:
                person = self._person_before(token.i)
                return [self._person_actor(token.text, person)] if person else []
            return []
        phrase = " ".join(t.lower_ for t in token.subtree if t.dep_ not in ("relcl", "acl"))
        if any(p in phrase for p in PAIR_PHRASES) and len(self.countries) >= 2:
            return [Actor(text=token.text, code=c, country=c) for c, _ in self.countries.most_common(2)]
        organisation = self._organisation(token)
        if organisation:
            return [organisation]
        person = self._person_at(token)
        if person:
            return [self._person_actor(self._span_text(token), person)]
        return self._role_or_place(token)

    def _span_text(self, token: Token) -> str:
        ent = self._ent_of(token)
        if ent is not None:
            return ent.text
        left = min([token.i] + [t.i for t in token.lefts if t.dep_ in MODIFIER_DEPS])
        return self.doc[left: token.i + 1].text

    def _ent_of(self, token: Token) -> Span | None:
        if not token.ent_type_:
            return None
        for ent in token.sent.ents:
            if ent.start <= token.i < ent.end:
                return ent
        return None

    def _organisation(self, token: Token) -> Actor | None:
        ent = self._ent_of(token)
        candidates = []
        if ent is not None:
            candidates.append(ent.text)
        candidates.append(self._span_text(token))
        candidates.append(token.text)
        for text in candidates:
            for variant in (text, text.removeprefix("the ").removeprefix("The ")):
                org = self.gaz.organisation(variant)
                if org:
                    return Actor(text=text, code=org.code, country=org.country, sector=org.sector,
                                 name=org.name)
                country = self.gaz.company(variant)
                if country and (ent is None or ent.label_ in ("ORG", "PRODUCT")):
                    return Actor(text=text, code=actor_code(country, "BUS"), country=country,
                                 sector="BUS", name=variant)
        return None

    def _person_at(self, token: Token) -> KnownPerson | None:
        ent = self._ent_of(token)
        if ent is None or ent.label_ != "PERSON":
            if token.text in self.people:
                return self.people[token.text]
            if token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN"):
                return self._remember_seed(token.text, token.i)
            return None
        name = ent.text.strip()
        return self.people.get(name) or self._from_alias(name, ent.start)

    def _remember_seed(self, name: str, index: int) -> KnownPerson | None:
        """A name the parser did not tag as a person but the registry knows ("Carney")."""
        seed = self._seed(name)
        if seed is None:
            return None
        known = KnownPerson(seed.name, seed.country, seed.sector, seed.role, index)
        self.people[name] = known
        return known

    def _person_before(self, index: int) -> KnownPerson | None:
        best = None
        for position, person in self.person_mentions:
            if position < index:
                best = person
        return best

    def _person_actor(self, text: str, person: KnownPerson) -> Actor:
        sector = person.sector
        return Actor(text=text, code=actor_code(person.country, sector), country=person.country,
                     sector=sector, name=person.name)

    def _role_or_place(self, token: Token) -> list[Actor]:
        """A head word that is a role/group or a place, qualified by its modifiers."""
        words = [t for t in token.subtree if t.i < token.i and t.dep_ not in ("relcl", "acl")]
        country, sector, role = self._modifiers_info(words)
        countries_from_conj = self._conjoined_modifier_countries(token)
        head_place = self._place(token)
        head_role = self._role_of(token)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "in"):
                c2, _, _ = self._phrase_info(child)
                country = country or c2
        if head_place is not None:
            country = head_place.country
            if head_place.kind in GOVERNMENT_PLACE_KINDS:
                sector = sector or "GOV"
            elif head_place.kind == "demonym" and token.tag_ in ("NNS", "NNPS"):
                sector = sector or "CVL"
        if head_role is not None:
            sector = head_role.sector
        if country is None and sector is None:
            return []
        text = self._span_text(token)
        if countries_from_conj and len(countries_from_conj) > 1:
            return [Actor(text=text, code=actor_code(c, sector), country=c, sector=sector)
                    for c in countries_from_conj]
        return [Actor(text=text, code=actor_code(country, sector), country=country, sector=sector)]

    def _conjoined_modifier_countries(self, token: Token) -> list[str]:
        """ "Hungarian and Romanian officials": both adjectives name a country."""
        found: list[str] = []
        for child in token.lefts:
            if child.dep_ in ("amod", "compound", "nmod"):
                for tok in [child, *child.conjuncts]:
                    place = self._place(tok)
                    if place and place.country and place.country not in found:
                        found.append(place.country)
        return found

    def _place(self, token: Token) -> Place | None:
        ent = self._ent_of(token)
        if ent is not None and ent.label_ in ("GPE", "NORP", "LOC", "FAC", "ORG"):
            place = self.gaz.place(ent.text)
            if place:
                return place
        return self.gaz.place(token.text)

    def _role_of(self, token: Token):
        left = [t for t in token.lefts if t.dep_ in ("compound", "amod")]
        for start in left:
            phrase = " ".join(t.lower_ for t in self.doc[start.i: token.i + 1])
            role = self.gaz.role(phrase)
            if role:
                return role
        return self.gaz.role(token.lower_) or self.gaz.role(token.lemma_.lower())

    def _modifiers_info(self, words: list[Token]) -> tuple[str | None, str | None, str | None]:
        country = sector = role = None
        for tok in words:
            place = self._place(tok)
            if place and place.country and country is None:
                country = place.country
                continue
            found = self.gaz.role(tok.lower_) or self.gaz.role(tok.lemma_.lower())
            if found and (role is None or found.priority > 0):
                sector, role = found.sector, found.term
        if words:
            phrase = " ".join(t.lower_ for t in words)
            for size in range(min(4, len(words)), 1, -1):
                for start in range(len(words) - size + 1):
                    chunk = " ".join(phrase.split()[start:start + size])
                    found = self.gaz.role(chunk)
                    if found:
                        return country, found.sector, found.term
        return country, sector, role

    def _phrase_info(self, token: Token, include_children: bool = True) -> tuple[str | None, str | None, str | None]:
        words = list(token.subtree) if include_children else [token, *token.lefts]
        return self._modifiers_info(words)
