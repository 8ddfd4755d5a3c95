"""Reading a noun phrase: which country, role, organisation or company its words name.

What every kind of actor reading shares (:mod:`detente.actors.resolver`): the modifiers of
a head ("Senior Hungarian officials", "China's foreign minister", "Huawei executive"), the
title before a name, what "of X" or "for X" adds, and the place a head word is. Of people it
knows only what it is given to ask (``person_at``: "President Reagan's statement").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from detente.actors.codes import STATE_SECTORS
from detente.actors.context import described_by, is_foreign_modifier, is_locative
from detente.actors.gazetteer import Gazetteer, Organisation, Place
from detente.actors.words import WordLookup
from detente.data import word_list, word_sequence, word_table
from detente.nlp.labels import (
    BODY_LABELS,
    NOUN_MODIFIER_DEPS,
    NOUN_PHRASE_BREAK_DEPS,
    NOUN_PHRASE_INNER_DEPS,
    NOUN_POS,
    PERSON_LABELS,
    PLURAL_NOUN_TAGS,
    RELATIVE_CLAUSE_DEPS,
)
from detente.nlp.tree import children

if TYPE_CHECKING:
    from detente.actors.people import KnownPerson

PersonAt = Callable[[Token], "KnownPerson | None"]
"""Who the person a name token stands for is, if any: the people met so far or the registry."""

GOVERNMENT_PLACE_KINDS = frozenset({"capital", "seat"})  # places that stand for a government
CRAFT_HEADS = word_list("actors.craft_heads")  # where a ship is says nothing of its flag
FORMER_WORDS = word_list("actors.former_words")
FORMER_ROLE_PREFIXES = word_sequence("actors.former_role_prefixes")
ELSEWHERE_WORDS = word_list("actors.elsewhere_words")
EXPERTISE_NOUNS = word_list("actors.expertise_nouns")
PRIVATE_BODIES = word_list("actors.private_bodies")
MEMBER_HEADS = word_list("actors.member_heads")
ETHNIC_MARKERS = word_list("actors.ethnic_markers")
PARTY_COUNTRIES = word_table("actors.party_countries")
LEGISLATOR_TITLES = word_list("actors.legislator_titles")
LEGISLATURE = "LEG"
INTERNATIONAL_PREFIX = "IGO"  # the code prefix of intergovernmental bodies
# Generic heads whose "of"/"for" group says the sector: "leaders of the opposition coalition".
GENERIC_HEAD_PRIORITY = 15


@dataclass(slots=True)
class Info:
    """What the words around a head say: a country, a role, an organisation or company."""

    country: str | None = None
    sector: str | None = None
    role: str | None = None
    organisation: Organisation | None = None
    company_country: str | None = None
    ethnic: str | None = None  # "ethnic Albanians": the demonym names an ethnicity
    elsewhere: bool = False
    former: bool = False
    generic: bool = False  # the head is a generic role ("leaders", "officials")
    region: str | None = None  # a CAMEO region code ("AFR") when no country is named

    def merge(self, other: Info) -> None:
        """Fill what is still missing from ``other``."""
        self.country = self.country or other.country
        if self.sector is None:
            self.sector, self.role = other.sector, other.role
        self.organisation = self.organisation or other.organisation
        self.company_country = self.company_country or other.company_country
        self.ethnic = self.ethnic or other.ethnic
        self.elsewhere = self.elsewhere or other.elsewhere

    def finish(self) -> Info:
        """ "Former Socialist prime minister": a former official is an elite (ELI)."""
        if self.former and self.sector in STATE_SECTORS:
            self.sector = "ELI"
            if self.role and not self.role.startswith(FORMER_ROLE_PREFIXES):
                self.role = f"former {self.role}"
        return self


class PhraseReader:
    """What the words of a noun phrase say: a country, a role, an organisation, a company."""

    def __init__(self, doc: Doc, words: WordLookup, gazetteer: Gazetteer, person_at: PersonAt) -> None:
        self.doc = doc
        self.words = words
        self.gaz = gazetteer
        self.person_at = person_at  # "President Reagan's statement": a person's country and office

    def noun_phrase_left(self, start: int, head: Token) -> list[Token]:
        """The contiguous modifiers left of ``start`` that belong to ``head``'s noun phrase."""
        words: list[Token] = []
        i = start - 1
        while i >= 0:
            tok = self.doc[i]
            if tok.dep_ in NOUN_PHRASE_BREAK_DEPS or (tok.is_punct and tok.text not in ("-", ".")):
                break
            node = tok
            while node.i != head.i and node.dep_ in NOUN_PHRASE_INNER_DEPS and node.head.i != node.i:
                node = node.head
            if node.i != head.i:
                break
            words.append(tok)
            i -= 1
        return words[::-1]

    def title_info(self, words: list[Token]) -> Info:
        """Modifiers' country and organisation; the role from a title ending the words.

        An unknown title noun lets an affiliation before it speak ("opposition politician"),
        except for one who studies a field ("intelligence analyst").
        """
        info = self.modifiers_info(words)
        modifier_role = (info.sector, info.role)
        info.sector = info.role = None
        lowered = [t.lower_ for t in words]
        for size in range(min(4, len(words)), 0, -1):
            if size == 1 and words[-1].pos_ not in NOUN_POS and \
                    (len(words) < 2 or words[-2].pos_ == "DET" or words[-1].pos_ != "ADJ"):
                break  # "the elder Lai": an adjective, not a title; "suspected Somali militant X" is one
            if self.words.continues_organisation(words[len(words) - size]):
                continue  # "European [Union official]": the union is the EU, no trade union
            found = self.gaz.role(" ".join(lowered[len(words) - size:]))
            if found is not None:
                info.sector, info.role = found.sector, found.term
                if found.sector == "GOV" and found.priority <= GENERIC_HEAD_PRIORITY:
                    force = self.modifiers_info(words[:len(words) - size]).sector  # "army spokesman X": MIL
                    info.sector = force if force in STATE_SECTORS else info.sector
                self.party_legislature(words, info)
                self.envoy_of_country(words[-1], info)
                return info
        if words and words[-1].text[:1].isupper() and words[-1].lower_.rstrip(".") in LEGISLATOR_TITLES:
            info.sector, info.role = LEGISLATURE, words[-1].lower_.rstrip(".")  # "Rep. Young Kim"
        elif words and words[-1].pos_ == "NOUN" and words[-1].lemma_.lower() not in EXPERTISE_NOUNS:
            info.sector, info.role = modifier_role
        self.party_legislature(words, info)
        return info

    def envoy_of_country(self, head: Token, info: Info) -> None:
        """ "British Deputy U.N. Ambassador James Kariuki", "Iran's U.N. mission", "the Chinese
        delegation to the WTO": a country's envoy to an international body is that country's
        government (``phrase_words.tsv`` kind "envoy"), not the body's."""
        org = info.organisation
        if org is None or org.country is not None or info.country is None:
            return
        if self.gaz.phrase_word(head.lower_) == "envoy" or self.gaz.phrase_word(head.lemma_.lower()) == "envoy":
            info.organisation, info.sector = None, "GOV"

    @staticmethod
    def party_legislature(words: list[Token], info: Info) -> None:
        """ "Republican Senator Lindsey Graham", "Democratic lawmakers": a party name on a legislator
        with no country says which legislature (``actors.party_countries``)."""
        if info.country is not None or info.sector != LEGISLATURE:
            return
        for word in words:
            country = PARTY_COUNTRIES.get(word.lower_)
            if country is not None:
                info.country = country
                return

    def head_info(self, token: Token) -> Info:
        """What a title phrase says ("China's foreign minister", "the U.N. envoy to Syria")."""
        words = [*self.noun_phrase_left(token.i, token), token]
        info = self.title_info(words)
        envoy = self.gaz.phrase_word(token.lemma_.lower()) == "envoy"
        for child in children(token):
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "to"):
                found = self.object_info(child)
                if envoy and child.lower_ in ("for", "to") and found.organisation is None:
                    continue  # "ambassador to China", "envoy for North Korea": sent there, not from there
                info.country = info.country or found.country
                info.organisation = info.organisation or found.organisation
                if found.organisation is None and self._private_body(child):
                    # "president of the Poultry Farmers' Association": not the state's president
                    info.sector, info.role, info.elsewhere = None, None, True
                elif info.sector is None and token.lemma_.lower() in MEMBER_HEADS and child.lower_ == "of":
                    for obj in children(child):  # "a member of the upper house": the body says the sector
                        if obj.dep_ == "pobj":
                            inner = self.head_info(obj)
                            role = self.words.role(obj)
                            info.sector, info.role = (role.sector, role.term) if role else (inner.sector, inner.role)
        role = self.words.role(token)
        if role is not None and role.priority <= GENERIC_HEAD_PRIORITY:
            self.group_sector(token, info)  # "X, a spokesman for the Sudanese army": the army's, MIL
        self.envoy_of_country(token, info)  # "China's U.N. mission"
        return info

    def posted_to(self, token: Token) -> frozenset[str]:
        """The countries an envoy is sent to or is in charge of ("the ambassador to China", "the
        special representative for North Korea"): the one country an unqualified envoy is not of."""
        if self.gaz.phrase_word(token.lemma_.lower()) != "envoy":
            return frozenset()
        return frozenset(country for child in children(token) if child.dep_ == "prep" and child.lower_ in ("for", "to")
                         if (country := self.object_info(child).country) is not None)

    def _private_body(self, prep: Token) -> bool:
        """The object of ``prep`` is a named body that is neither a place nor a known organisation."""
        for obj in children(prep):
            if obj.dep_ != "pobj":
                continue
            ent = self.words.entity(obj)
            if ent is not None and ent.label_ in BODY_LABELS and self.gaz.place(ent.text) is None:
                role = self.words.role(obj)
                return role is None or role.sector not in STATE_SECTORS
            return obj.lemma_.lower() in PRIVATE_BODIES
        return False

    def prepositional_info(self, token: Token, info: Info, head_place: Place | None) -> None:
        """ "Officials of Canada", "rebels in Darfur", "Albanians of southern Serbia"."""
        demonym_head = head_place is not None and head_place.kind == "demonym"
        for child in children(token):
            if child.dep_ != "prep" or child.lower_ not in ("of", "from", "in"):
                continue
            if child.lower_ == "in" and token.lemma_.lower() in CRAFT_HEADS:
                continue  # "a container ship in the Gulf of Aden": where it is, not whose
            found = self.object_info(child)
            org = found.organisation
            if org is not None and (child.lower_ == "of" or (child.lower_ == "from" and org.country is None
                                                              and org.code.startswith(INTERNATIONAL_PREFIX))):
                info.organisation = info.organisation or org  # "officials of X", "diplomats from the G7"
            if found.country is None:
                continue
            if info.country is None or (demonym_head and child.lower_ == "of") or \
                    (info.ethnic is not None and child.lower_ in ("of", "in")):
                info.country = found.country

    def group_sector(self, token: Token, info: Info) -> None:
        """ "Leaders of the opposition coalition" are OPP, "a spokesman for the rebels" REB."""
        for prep in children(token):
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                for obj in children(prep):
                    role = self.words.role(obj) if obj.dep_ == "pobj" else None
                    if role is not None and role.priority > GENERIC_HEAD_PRIORITY:
                        info.sector, info.role = role.sector, info.role
                        info.country = info.country or self.object_info(prep).country
                        return

    def object_info(self, prep: Token) -> Info:
        """The object of a preposition, its own head place first ("the Israeli-occupied West Bank")."""
        for obj in children(prep):
            if obj.dep_ != "pobj":
                continue
            office = self.words.country_office(obj)  # "a spokesperson for UNHCR Kenya": UNHCR's
            if office is not None:
                return Info(organisation=office)
            place = self.words.place(obj)
            if place is not None and place.country is not None:
                return Info(country=place.country)
            return self.head_info(obj)
        return Info()

    def apply_head_place(self, token: Token, place: Place, info: Info) -> None:
        """A demonym head keeps a modifier's country ("Bosnian Serbs"); other places decide."""
        if place.kind == "demonym":
            if is_ethnic(token):
                info.ethnic = info.ethnic or place.country
            info.country = info.country or place.country
            if token.tag_ in PLURAL_NOUN_TAGS:
                info.sector = info.sector or "CVL"
            return
        info.country = place.country
        if place.kind in GOVERNMENT_PLACE_KINDS:
            located = place.kind == "capital" and is_locative(token)  # a curfew "in Algiers": the place
            if not located:
                info.sector = info.sector or place.sector or "GOV"

    def conjoined_modifier_countries(self, token: Token) -> list[str]:
        """ "Hungarian and Romanian officials", "leaders from the U.S. and China": both name a country."""
        found: list[str] = []
        words = [c for c in token.lefts if c.dep_ in NOUN_MODIFIER_DEPS]
        if token.tag_ in PLURAL_NOUN_TAGS:
            words += [o for p in children(token) if p.dep_ == "prep" and p.lower_ in ("of", "from")
                      for o in children(p) if o.dep_ == "pobj" and o.conjuncts]
        for child in words:
            for tok in [child, *child.conjuncts]:
                place = self.words.place(tok)
                if place and place.country and place.country not in found and not is_foreign_modifier(tok):
                    found.append(place.country)
        return found

    def modifiers_info(self, words: list[Token]) -> Info:
        """What the modifiers before a head say: whose it is, a role, an organisation or company."""
        info = Info()
        for tok in words:
            if tok.lower_ in ELSEWHERE_WORDS:
                info.elsewhere = True
            info.former = info.former or tok.lower_ in FORMER_WORDS
            if is_foreign_modifier(tok) or described_by(tok, self.gaz) == "thing":
                continue  # "pro-Iranian", "the Russian language": not whose the head is
            place = self.words.place(tok)
            if place and place.country and not _is_subject_matter(tok, place):
                if info.country is None:
                    info.country = place.country
                    if is_ethnic(tok):
                        info.ethnic = place.country
                continue
            if place and place.kind == "region":  # "African leaders": a CAMEO region code
                info.region = info.region or place.code
                continue
            if tok.dep_ in ("poss", "compound", "nmod") and info.country is None and self._may_name_person(tok):
                person = self.person_at(tok)  # "President Reagan's statement", "the Bush administration"
                if person is not None and (person.country or person.organisation):
                    info.country = person.country
                    info.organisation = info.organisation or self.words.organisation_by_code(person.organisation)
                    if person.sector and info.sector is None:
                        info.sector, info.role = person.sector, person.role
                    continue
            org, company = self.words.organisation_or_company(tok)
            if org is not None or company is not None:
                info.organisation = info.organisation or org
                info.company_country = info.company_country or company
                continue
            if self._is_rank(tok):
                continue  # "the deputy chief of X's militia": the head and its "of X" say the sector
            if self.words.ends_place_name(tok):
                continue  # "the West [Bank] city of Jenin": a place's name, no bank
            found = self.gaz.role(tok.lower_) or self.gaz.role(tok.lemma_.lower())
            if found and (info.role is None or found.priority > 0):
                info.sector, info.role = found.sector, found.term
        self._chunk_role(words, info)
        if info.elsewhere and info.role is not None:
            said = {t.lower_ for t in words} & ELSEWHERE_WORDS
            info.elsewhere = not said <= set(info.role.split())
        return info

    def _may_name_person(self, token: Token) -> bool:
        """A modifier that may be a person's name: a PERSON entity, an untagged proper noun, or a
        lone proper noun NER took for an organisation that the gazetteer does not list as one ("the
        first Trump administration": NER reads "Trump" as an ORG)."""
        if token.ent_type_ in PERSON_LABELS or (token.pos_ == "PROPN" and not token.ent_type_):
            return True
        ent = self.words.entity(token)
        return token.pos_ == "PROPN" and ent is not None and ent.label_ == "ORG" and len(ent) == 1 \
            and self.gaz.organisation(ent.text) is None and self.gaz.company(ent.text) is None

    def _is_rank(self, token: Token) -> bool:
        """ "Deputy" in "deputy chief", "vice" in "vice commander": a grade of the noun it modifies."""
        return token.dep_ in NOUN_MODIFIER_DEPS and token.head.i > token.i \
            and token.head.pos_ in NOUN_POS and self.gaz.phrase_word(token.lower_) == "rank"

    def _chunk_role(self, words: list[Token], info: Info) -> None:
        """Multi-word roles among the modifiers: "foreign minister", "top legislator"."""
        if len(words) < 2:
            return
        lowered = [t.lower_ for t in words]
        for size in range(min(4, len(words)), 1, -1):
            for start in range(len(words) - size + 1):
                if self.words.continues_organisation(words[start]):
                    continue
                found = self.gaz.role(" ".join(lowered[start:start + size]))
                if found:
                    info.sector, info.role = found.sector, found.term
                    return


def in_clause(word: Token, head: Token) -> bool:
    """Part of a relative clause or participle phrase hanging off ``head``."""
    while word.i != head.i and word.head.i != word.i:
        if word.dep_ in RELATIVE_CLAUSE_DEPS:
            return True
        word = word.head
    return False


def is_ethnic(token: Token) -> bool:
    """ "Ethnic Albanians": the demonym names an ethnicity, not a nationality."""
    return any(t.lower_ in ETHNIC_MARKERS for t in token.lefts) or \
        (token.i > 0 and token.doc[token.i - 1].lower_ in ETHNIC_MARKERS)


def _is_subject_matter(token: Token, place: Place) -> bool:
    """ "A North Korea expert" studies the country; a "North Korean expert" is from it."""
    return place.kind == "name" and token.dep_ in ("compound", "nmod") and \
        token.head.lemma_.lower() in EXPERTISE_NOUNS
