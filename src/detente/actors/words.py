"""What one word of a document names: a place, a role, an organisation or a company.

The gazetteer answers for phrases; this reads a token the way the text means it, with its
entity ("New Delhi"), its proper-noun compound ("Downing Street") or the document's city of
a shared name (Tripoli). Every reader of noun phrases asks through one :class:`WordLookup`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.actors.context import CountryContext
from detente.actors.gazetteer import Gazetteer, Organisation, Place, Role
from detente.data import word_list
from detente.nlp.labels import (
    CLOSE_MODIFIER_DEPS,
    NOUN_PHRASE_MODIFIER_DEPS,
    NOUN_POS,
    PERSON_LABELS,
    PLACE_BEARING_LABELS,
)
from detente.nlp.tree import children

NAME_JOINING_WORDS = word_list("actors.name_joining_words")
NAME_RUNNING_PREPOSITIONS = word_list("actors.name_running_prepositions")
INTERNATIONAL = "IGO"  # the code prefix of international organisations
SPEAKING_ROLES = word_list("actors.speaking_roles")  # titles of people who speak for a body: "a [spokesperson]"

SEAT_AND_PEOPLE_KINDS = frozenset({"seat", "demonym"})  # place kinds that name a body or a people, no place


class WordLookup:
    """The gazetteer asked about single tokens of one document."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, context: CountryContext) -> None:
        self.doc = doc
        self.gaz = gazetteer
        self.context = context

    def entity(self, token: Token) -> Span | None:
        """The named entity ``token`` is part of."""
        return self.context.ents[token.i]

    def span_text(self, token: Token) -> str:
        """The text of the phrase a head word stands for: its entity, else it and its modifiers."""
        ent = self.entity(token)
        if ent is not None:
            return ent.text
        left = min([token.i] + [t.left_edge.i for t in token.lefts if t.dep_ in NOUN_PHRASE_MODIFIER_DEPS])
        return self.doc[left: token.i + 1].text

    def country_office(self, token: Token) -> Organisation | None:
        """ "UNHCR Kenya", "UNICEF Nigeria": an international body's office in a country, named by
        the body and the country (the head), is the body, not the country."""
        lefts = [t for t in token.lefts if t.dep_ in CLOSE_MODIFIER_DEPS]
        if not lefts or token.pos_ != "PROPN" or self.place(token) is None:
            return None
        org = self.gaz.organisation(self.doc[lefts[0].i: token.i].text)
        if org is None or org.country is not None or not (org.code or "").startswith(INTERNATIONAL):
            return None
        return org

    def place(self, token: Token) -> Place | None:
        """The place a word names, read with its entity ("New Delhi") or proper-noun compound."""
        ent = self.entity(token)
        if ent is not None and ent.label_ in PLACE_BEARING_LABELS:
            place = self.gaz.place(ent.text)
            if place:
                return self.context.city(ent.text, place)
        compounds = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        if compounds and ent is None:  # "Downing Street" untagged
            place = self.gaz.place(self.doc[compounds[0].i: token.i + 1].text)
            if place:
                return place
        place = self.gaz.place(token.text)
        if place is None and token.pos_ == "PROPN" and [t.lower_ for t in token.lefts] == ["the"] \
                and not any(c.dep_ == "prep" for c in children(token)):  # "the Gulf of Mexico" is no Gulf
            place = self.gaz.place(f"the {token.text}")  # "the West", "the Sahel": names with their article
        return self.context.city(token.text, place) if place is not None else None

    def ends_place_name(self, token: Token) -> bool:
        """A proper noun that ends a place's name with the words before it ("West [Bank]")."""
        names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if token.pos_ != "PROPN" or not names:
            return False
        place = self.gaz.place(self.doc[names[0].i: token.i + 1].text)
        return place is not None and place.kind not in SEAT_AND_PEOPLE_KINDS  # "State Department" is a body

    def role(self, token: Token) -> Role | None:
        """The role a head word names, with a compound or adjective before it ("foreign minister") or the
        "of" phrase after it ("House of Representatives"); none for the end of a place's name ("West Bank")."""
        if self.ends_place_name(token):
            return None
        left = [t for t in token.lefts if t.dep_ in CLOSE_MODIFIER_DEPS and not self.continues_organisation(t)]
        for start in left:
            phrase = " ".join(t.lower_ for t in self.doc[start.i: token.i + 1])
            role = self.gaz.role(phrase)
            if role:
                return role
        found = self.role_with_of(token) or self.gaz.role(token.lower_) or self.gaz.role(token.lemma_.lower())
        if found is None and token.pos_ in NOUN_POS and token.is_alpha and not token.ent_type_:
            found = self.gaz.misspelt_role(token.lower_)  # "UN peackeepers"
        return found

    def continues_organisation(self, token: Token) -> bool:
        """``token`` continues a listed organisation's name ("European [Union] official"): a role
        phrase cannot start there, or the union official of the European Union is a trade unionist."""
        ent = self.entity(token)
        return ent is not None and ent.start < token.i and self.gaz.organisation(ent.text) is not None

    def role_with_of(self, token: Token) -> Role | None:
        """The role a head word names with the "of" phrase after it ("House of Representatives",
        "chief of police"), a different one than the head word alone may name."""
        for prep in token.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
                    role = self.gaz.role(" ".join(t.lower_ for t in self.doc[token.i: pobj.i + 1]))
                    if role:
                        return role
        return None

    def title_role(self, token: Token) -> Role | None:
        """The title a capitalised word is on its own ("Minister", "President")."""
        role = self.gaz.role(token.lower_)
        return role if role is not None and role.kind == "title" and token.text[:1].isupper() else None

    def organisation_or_company(self, token: Token) -> tuple[Organisation | None, str | None]:
        """An organisation, or a company's country, named by a modifier: "Huawei" in "Huawei executive"."""
        if token.pos_ not in NOUN_POS and not token.ent_type_ and not token.text[:1].isupper():
            return None, None  # a capitalised name the tagger read as an adjective: "[Houthi] militants"
        ent = self.entity(token)
        texts = [ent.text] if ent is not None and ent.label_ not in PERSON_LABELS else []
        texts.append(token.text)
        for text in texts:
            org = self.gaz.organisation(text)
            if org is not None:
                return org, None
            if token.text[:1].isupper():
                country = self.gaz.company(text)
                if country:
                    return None, country
        named = self.name_through_of(token)  # "the Group of Seven leading democracies": NER saw "Group of"
        for text in ([named] if named else []) + self._proper_runs(token):  # "the Islamic State terror group"
            org = self.gaz.organisation(text)
            if org is not None:
                return org, None
        if ent is not None and ent.label_ == "ORG":  # "the United Nations Emergency Relief Coordinator"
            words = [t for t in ent if t.lower_ != "the"]
            for end in range(len(words) - 1, 0, -1):
                if self.name_runs_on(words[end - 1]):
                    continue
                org = self.gaz.organisation(" ".join(t.text for t in words[:end]))
                if org is not None:
                    return org, None
        return None, None

    def name_through_of(self, token: Token) -> str | None:
        """ "Liberation Tigers of Tamil Eelam": a capitalised name running on through "of", as far
        as its capitalised words go ("the Group of Seven leading democracies": the Group of Seven)."""
        if not token.text[:1].isupper():
            return None
        doc = self.doc
        for prep in children(token):
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == token.i + 1:
                last = max(t.i for t in prep.subtree)
                end = prep.i
                while end < last and (doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in NAME_JOINING_WORDS):
                    end += 1
                while end > prep.i and doc[end].lower_ in NAME_JOINING_WORDS:
                    end -= 1  # a name ends on a name word, not on "and" or "the"
                if end > prep.i:
                    ent = self.entity(token)
                    start = ent.start if ent is not None and ent.start <= token.i else token.i
                    return doc[start: end + 1].text
        return None

    def name_runs_on(self, last: Token) -> bool:
        """A capitalised name goes on after ``last`` through "on", "for", "in" ("the European Council
        [on Foreign Relations]"): the words up to ``last`` name another body than the whole does."""
        after = last.i + 1
        return after + 1 < len(self.doc) and self.doc[after].lower_ in NAME_RUNNING_PREPOSITIONS \
            and self.doc[after + 1].text[:1].isupper() and self.doc[after + 1].pos_ in ("PROPN", "ADJ", "NOUN")

    def _proper_runs(self, token: Token) -> list[str]:
        """The runs of two or more capitalised proper nouns around ``token``, longest first."""
        doc = self.doc
        start = end = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
            end += 1
        if token.pos_ != "PROPN" or end == start:
            return []
        runs = [(i, j) for i in range(start, token.i + 1) for j in range(max(token.i, i + 1), end + 1)
                if not self.name_runs_on(doc[j])]
        runs.sort(key=lambda r: r[0] - r[1])
        return [doc[i: j + 1].text for i, j in runs[:10]]

    def organisation_by_code(self, code: str | None) -> Organisation | None:
        """The organisation listed with this code (IGOUNO), if any."""
        return self.gaz.organisation_by_code(code) if code else None
