"""Reading a noun phrase: which country, role, organisation or company its words name.

The shared half of actor resolution (:mod:`detente.actors.resolver`): the modifiers of a
head ("Senior Hungarian officials", "China's foreign minister", "Huawei executive"), the
title before a name, what "of X" or "for X" adds, and the place a head word is. It knows
nothing of pronouns, people met earlier or the registry; the resolver builds on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from detente.actors.context import CountryContext, described_by, is_foreign_modifier, is_locative
from detente.actors.gazetteer import Gazetteer, Organisation, Place, Role

MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod", "nummod", "det", "case"}
CLAUSE_DEPS = ("relcl", "acl")
PERSON_LABELS = {"PERSON"}
GOVERNMENT_PLACE_KINDS = {"capital", "seat"}
# Words that say an official is no longer in office: a former official is an elite (ELI).
FORMER_WORDS = {"former", "ex", "ousted", "deposed", "onetime", "one-time", "erstwhile"}
STATE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
# Words that say an actor is from elsewhere ("foreign diplomats", "Western officials").
ELSEWHERE_WORDS = {"foreign", "international", "western", "overseas", "outside", "global", "world",
                   "multinational", "regional", "visiting", "exiled", "exile", "enemy"}
# Nouns a country name modifies as a subject, not as nationality: "a China analyst".
EXPERTISE_NOUNS = {"expert", "analyst", "specialist", "scholar", "watcher", "researcher", "hawk", "observer",
                   "correspondent", "program", "programme", "desk", "studies", "fellow"}
# Bodies a title "of"/"at" belongs to that are not the state: "director of the institute".
PRIVATE_BODIES = {"institute", "university", "company", "firm", "museum", "foundation", "association", "center",
                  "centre", "corporation", "organization", "organisation", "think tank", "newspaper"}
# Generic heads whose "of"/"for" group says the sector: "leaders of the opposition coalition".
GENERIC_HEAD_PRIORITY = 15
# Dependencies that end a noun phrase when walking left from its head, and those inside one.
NP_BREAK_DEPS = {"conj", "cc", "appos", "relcl", "acl", "advcl", "ROOT", "nsubj", "dobj"}
NP_INNER_DEPS = {"compound", "amod", "nmod", "poss", "det", "case", "punct", "nummod", "npadvmod", "quantmod",
                 "advmod", "prt", "prep", "pobj"}
# Heads that take their sector from the body they belong to ("a member of parliament").
MEMBER_HEADS = frozenset({"member", "one"})


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
            if self.role and not self.role.startswith(("former", "ex-", "ousted", "deposed")):
                self.role = f"former {self.role}"
        return self


class PhraseReader:
    """What the words of a noun phrase say; the resolver adds people (``_person_at``)."""

    doc: Doc
    gaz: Gazetteer
    context: CountryContext

    def _person_at(self, token: Token):  # pragma: no cover - provided by the resolver
        raise NotImplementedError

    def _noun_phrase_left(self, start: int, head: Token) -> list[Token]:
        """The contiguous modifiers left of ``start`` that belong to ``head``'s noun phrase."""
        words: list[Token] = []
        i = start - 1
        while i >= 0:
            tok = self.doc[i]
            if tok.dep_ in NP_BREAK_DEPS or (tok.is_punct and tok.text not in ("-", ".")):
                break
            node = tok
            while node.i != head.i and node.dep_ in NP_INNER_DEPS and node.head.i != node.i:
                node = node.head
            if node.i != head.i:
                break
            words.append(tok)
            i -= 1
        return words[::-1]

    def _title_info(self, words: list[Token]) -> Info:
        """Modifiers' country and organisation; the role from a title ending the words.

        An unknown title noun lets an affiliation before it speak ("opposition politician"),
        except for one who studies a field ("intelligence analyst").
        """
        info = self._modifiers_info(words)
        modifier_role = (info.sector, info.role)
        info.sector = info.role = None
        lowered = [t.lower_ for t in words]
        for size in range(min(4, len(words)), 0, -1):
            if size == 1 and words[-1].pos_ not in ("NOUN", "PROPN") and \
                    (len(words) < 2 or words[-2].pos_ == "DET" or words[-1].pos_ != "ADJ"):
                break  # "the elder Lai": an adjective, not a title; "suspected Somali militant X" is one
            found = self.gaz.role(" ".join(lowered[len(words) - size:]))
            if found is not None:
                info.sector, info.role = found.sector, found.term
                return info
        if words and words[-1].pos_ == "NOUN" and words[-1].lemma_.lower() not in EXPERTISE_NOUNS:
            info.sector, info.role = modifier_role
        return info

    def _head_info(self, token: Token) -> Info:
        """What a title phrase says ("China's foreign minister", "the U.N. envoy to Syria")."""
        words = [*self._noun_phrase_left(token.i, token), token]
        info = self._title_info(words)
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "to"):
                found = self._object_info(child)
                info.country = info.country or found.country
                info.organisation = info.organisation or found.organisation
                if found.organisation is None and self._private_body(child):
                    # "president of the Poultry Farmers' Association": not the state's president
                    info.sector, info.role, info.elsewhere = None, None, True
                elif info.sector is None and token.lemma_.lower() in MEMBER_HEADS and child.lower_ == "of":
                    for obj in child.children:  # "a member of the upper house": the body says the sector
                        if obj.dep_ == "pobj":
                            inner = self._head_info(obj)
                            role = self._role_of(obj)
                            info.sector, info.role = (role.sector, role.term) if role else (inner.sector, inner.role)
        return info

    def _private_body(self, prep: Token) -> bool:
        """The object of ``prep`` is a named body that is neither a place nor a known organisation."""
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            ent = self._ent_of(obj)
            if ent is not None and ent.label_ in ("ORG", "FAC") and self.gaz.place(ent.text) is None:
                role = self._role_of(obj)
                return role is None or role.sector not in STATE_SECTORS
            return obj.lemma_.lower() in PRIVATE_BODIES
        return False

    def _span_text(self, token: Token) -> str:
        ent = self._ent_of(token)
        if ent is not None:
            return ent.text
        left = min([token.i] + [t.left_edge.i for t in token.lefts if t.dep_ in MODIFIER_DEPS])
        return self.doc[left: token.i + 1].text

    def _ent_of(self, token: Token) -> Span | None:
        return self.context.ents[token.i]

    def _org_of_token(self, token: Token) -> tuple[Organisation | None, str | None]:
        """An organisation or company named by a modifier: "Huawei" in "Huawei executive"."""
        if token.pos_ not in ("PROPN", "NOUN") and not token.ent_type_:
            return None, None
        ent = self._ent_of(token)
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
        for text in self._proper_runs(token):  # "the Islamic State terror group": NER saw only "Islamic"
            org = self.gaz.organisation(text)
            if org is not None:
                return org, None
        if ent is not None and ent.label_ == "ORG":  # "the United Nations Emergency Relief Coordinator"
            words = [t.text for t in ent if t.lower_ != "the"]
            for end in range(len(words) - 1, 0, -1):
                org = self.gaz.organisation(" ".join(words[:end]))
                if org is not None:
                    return org, None
        return None, None

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
        runs = [(i, j) for i in range(start, token.i + 1) for j in range(max(token.i, i + 1), end + 1)]
        runs.sort(key=lambda r: r[0] - r[1])
        return [doc[i: j + 1].text for i, j in runs[:10]]

    def _org_by_code(self, code: str | None) -> Organisation | None:
        return self.gaz.organisation_by_code(code) if code else None

    @staticmethod
    def _in_clause(word: Token, head: Token) -> bool:
        """Part of a relative clause or participle phrase hanging off ``head``."""
        while word.i != head.i and word.head.i != word.i:
            if word.dep_ in CLAUSE_DEPS:
                return True
            word = word.head
        return False

    def _prepositional_info(self, token: Token, info: Info, head_place: Place | None) -> None:
        """ "Officials of Canada", "rebels in Darfur", "Albanians of southern Serbia"."""
        demonym_head = head_place is not None and head_place.kind == "demonym"
        for child in token.children:
            if child.dep_ != "prep" or child.lower_ not in ("of", "from", "in"):
                continue
            found = self._object_info(child)
            if found.organisation is not None and child.lower_ == "of":
                info.organisation = info.organisation or found.organisation
            if found.country is None:
                continue
            if info.country is None or (demonym_head and child.lower_ == "of") or \
                    (info.ethnic is not None and child.lower_ in ("of", "in")):
                info.country = found.country

    def _group_sector(self, token: Token, info: Info) -> None:
        """ "Leaders of the opposition coalition" are OPP, "a spokesman for the rebels" REB."""
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                for obj in prep.children:
                    role = self._role_of(obj) if obj.dep_ == "pobj" else None
                    if role is not None and role.priority > GENERIC_HEAD_PRIORITY:
                        info.sector, info.role = role.sector, info.role
                        info.country = info.country or self._object_info(prep).country
                        return

    def _object_info(self, prep: Token) -> Info:
        """The object of a preposition, its own head place first ("the Israeli-occupied West Bank")."""
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            place = self._place(obj)
            if place is not None and place.country is not None:
                return Info(country=place.country)
            return self._head_info(obj)
        return Info()

    def _apply_head_place(self, token: Token, place: Place, info: Info) -> None:
        """A demonym head keeps a modifier's country ("Bosnian Serbs"); other places decide."""
        if place.kind == "demonym":
            if self._is_ethnic(token):
                info.ethnic = info.ethnic or place.country
            info.country = info.country or place.country
            if token.tag_ in ("NNS", "NNPS"):
                info.sector = info.sector or "CVL"
            return
        info.country = place.country
        if place.kind in GOVERNMENT_PLACE_KINDS:
            located = place.kind == "capital" and is_locative(token)  # a curfew "in Algiers": the place
            if not located:
                info.sector = info.sector or place.sector or "GOV"

    @staticmethod
    def _is_ethnic(token: Token) -> bool:
        return any(t.lower_ == "ethnic" for t in token.lefts) or \
            (token.i > 0 and token.doc[token.i - 1].lower_ == "ethnic")

    def _conjoined_modifier_countries(self, token: Token) -> list[str]:
        """ "Hungarian and Romanian officials": both adjectives name a country."""
        found: list[str] = []
        for child in token.lefts:
            if child.dep_ in ("amod", "compound", "nmod"):
                for tok in [child, *child.conjuncts]:
                    place = self._place(tok)
                    if place and place.country and place.country not in found and not is_foreign_modifier(tok):
                        found.append(place.country)
        return found

    def place_of(self, token: Token) -> Place | None:
        """The place a word names, read with its entity ("New Delhi") or proper-noun compound."""
        return self._place(token)

    def _place(self, token: Token) -> Place | None:
        ent = self._ent_of(token)
        if ent is not None and ent.label_ in ("GPE", "NORP", "LOC", "FAC", "ORG", "PERSON"):
            place = self.gaz.place(ent.text)
            if place:
                return self.context.city(ent.text, place)
        compounds = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        if compounds and ent is None:  # "Downing Street" untagged
            place = self.gaz.place(self.doc[compounds[0].i: token.i + 1].text)
            if place:
                return place
        place = self.gaz.place(token.text)
        return self.context.city(token.text, place) if place is not None else None

    def _role_of(self, token: Token) -> Role | None:
        left = [t for t in token.lefts if t.dep_ in ("compound", "amod")]
        for start in left:
            phrase = " ".join(t.lower_ for t in self.doc[start.i: token.i + 1])
            role = self.gaz.role(phrase)
            if role:
                return role
        found = self.gaz.role(token.lower_) or self.gaz.role(token.lemma_.lower())
        if found is None and token.pos_ in ("NOUN", "PROPN") and token.is_alpha and not token.ent_type_:
            found = self.gaz.misspelt_role(token.lower_)  # "UN peackeepers"
        return found

    def _modifiers_info(self, words: list[Token]) -> Info:
        info = Info()
        for tok in words:
            if tok.lower_ in ELSEWHERE_WORDS:
                info.elsewhere = True
            info.former = info.former or tok.lower_ in FORMER_WORDS
            if is_foreign_modifier(tok) or described_by(tok, self.gaz) == "thing":
                continue  # "pro-Iranian", "the Russian language": not whose the head is
            place = self._place(tok)
            if place and place.country and not self._is_subject_matter(tok, place):
                if info.country is None:
                    info.country = place.country
                    if self._is_ethnic(tok):
                        info.ethnic = place.country
                continue
            if place and place.kind == "region":  # "African leaders": a CAMEO region code
                info.region = info.region or place.code
                continue
            if tok.dep_ in ("poss", "compound", "nmod") and info.country is None and \
                    (tok.ent_type_ in PERSON_LABELS or (tok.pos_ == "PROPN" and not tok.ent_type_)):
                person = self._person_at(tok)  # "President Reagan's statement", "the Bush administration"
                if person is not None and (person.country or person.organisation):
                    info.country = person.country
                    info.organisation = info.organisation or self._org_by_code(person.organisation)
                    if person.sector and info.sector is None:
                        info.sector, info.role = person.sector, person.role
                    continue
            org, company = self._org_of_token(tok)
            if org is not None or company is not None:
                info.organisation = info.organisation or org
                info.company_country = info.company_country or company
                continue
            if self._is_rank(tok):
                continue  # "the deputy chief of X's militia": the head and its "of X" say the sector
            found = self.gaz.role(tok.lower_) or self.gaz.role(tok.lemma_.lower())
            if found and (info.role is None or found.priority > 0):
                info.sector, info.role = found.sector, found.term
        self._chunk_role(words, info)
        if info.elsewhere and info.role is not None:
            said = {t.lower_ for t in words} & ELSEWHERE_WORDS
            info.elsewhere = not said <= set(info.role.split())
        return info

    def _is_rank(self, token: Token) -> bool:
        """ "Deputy" in "deputy chief", "vice" in "vice commander": a grade of the noun it modifies."""
        return token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i \
            and token.head.pos_ in ("NOUN", "PROPN") and self.gaz.phrase_word(token.lower_) == "rank"

    @staticmethod
    def _is_subject_matter(token: Token, place: Place) -> bool:
        """ "A North Korea expert" studies the country; a "North Korean expert" is from it."""
        return place.kind == "name" and token.dep_ in ("compound", "nmod") and \
            token.head.lemma_.lower() in EXPERTISE_NOUNS

    def _chunk_role(self, words: list[Token], info: Info) -> None:
        """Multi-word roles among the modifiers: "foreign minister", "top legislator"."""
        if len(words) < 2:
            return
        lowered = [t.lower_ for t in words]
        for size in range(min(4, len(words)), 1, -1):
            for start in range(len(words) - size + 1):
                found = self.gaz.role(" ".join(lowered[start:start + size]))
                if found:
                    info.sector, info.role = found.sector, found.term
                    return
