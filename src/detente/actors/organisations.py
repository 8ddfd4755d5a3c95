"""Organisations and companies a noun phrase names: listed in the gazetteer ("the WHO",
"Liberation Tigers of Tamil Eelam", "Huawei"), or unlisted but typed by the head noun of their
name ("the Kenya Anti-Corruption Commission" is Kenya's government)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.actors.codes import make_actor
from detente.actors.context import CountryContext
from detente.actors.gazetteer import Gazetteer
from detente.actors.words import WordLookup
from detente.data import word_list
from detente.model import Actor
from detente.nlp.labels import CLOSE_MODIFIER_DEPS

INDUSTRY_WORDS = word_list("actors.industry_words")
ASSOCIATION_BODIES = word_list("actors.association_bodies")
LABOUR_WORDS = word_list("actors.labour_words")
ELSEWHERE_WORDS = word_list("actors.elsewhere_words")  # "International", "World": no one country's
BUSINESS_SECTOR = "BUS"


def is_business_body(head: Token, words: list[Token]) -> bool:
    """ "The Canola Council of Canada", "the Confederation of British Industry": an association
    whose name has an industry word is business; one whose name says workers is labour."""
    lemmas = {t.lemma_.lower() for t in words}
    return head.lemma_.lower() in ASSOCIATION_BODIES and bool(lemmas & INDUSTRY_WORDS) and not lemmas & LABOUR_WORDS


class OrganisationFinder:
    """The organisation or company a head word names, as an actor."""

    def __init__(self, doc: Doc, words: WordLookup, gazetteer: Gazetteer, context: CountryContext) -> None:
        self.doc = doc
        self.words = words
        self.gaz = gazetteer
        self.context = context

    def find(self, token: Token) -> Actor | None:
        """The organisation named by the phrase ``token`` heads, by its longest listed name first."""
        ent = self.words.entity(token)
        candidates = [ent.text] if ent is not None else []
        candidates += [self.words.span_text(token), token.text]
        named = self.words.name_through_of(token)
        if named:
            candidates.insert(0, named)
        modified = self._with_modifiers(token, ent)
        if modified is not None and modified not in candidates:
            candidates.insert(0, modified)  # "the [Pakistani] Taliban": a name longer than its entity
        for text in candidates:
            found = self._listed(text, ent)
            if found is not None:
                return found
        return self._country_office(token) or self._unlisted(token, ent)

    def _with_modifiers(self, token: Token, ent: Span | None) -> str | None:
        """The head with the close modifiers before it ("Pakistani Taliban", "Fano militiamen"),
        when these reach beyond the head's entity: some listed names join a demonym to a name."""
        left = [t.left_edge.i for t in token.lefts if t.dep_ in CLOSE_MODIFIER_DEPS]
        if not left or ent is None or min(left) >= ent.start:
            return None
        return self.doc[min(left): token.i + 1].text

    def _country_office(self, token: Token) -> Actor | None:
        """ "UNICEF Nigeria condemned ...": a country office of an international body is the body."""
        org = self.words.country_office(token)
        if org is None:
            return None
        start = min(t.i for t in token.lefts if t.dep_ in CLOSE_MODIFIER_DEPS)
        return make_actor(self.doc[start: token.i + 1].text, None, org.sector, org.name, org.code, org.function or "")

    def _unlisted(self, token: Token, ent: Span | None) -> Actor | None:
        """An organisation the gazetteer does not list, typed by its head noun ("the Kenya Anti-
        Corruption Commission" -> KEN GOV, "the Association of African Jurists" -> NGO), with the
        country its name gives, else (for state bodies, unions, parties) the country in focus."""
        name = self._name(token, ent)
        if name is None or self.words.role(token) is not None:
            return None  # "China's Ministry of Commerce": a role word, read with its modifiers
        head = self.gaz.organisation_head(token.text)
        if head is None:
            return None
        words = [t for t in name if t.lower_ != "the"]
        for end in range(len(words) - 1, 0, -1):  # "the United Nations Office for ...": an office of the UN
            org = self.gaz.organisation(" ".join(t.text for t in words[:end]))
            if org is not None and org.country is None:
                return make_actor(name.text, None, org.sector, org.name, org.code, org.function or "")
        if any(self.gaz.organisation(t.text) for t in name if t.i != token.i):
            return None  # "the U.N. Office for ...": an office of a listed organisation
        text = name.text.removeprefix("the ").removeprefix("The ")
        places = [p for _, _, p in self.gaz.find_places([t.text for t in name]) if p.country]
        country = places[0].country if places else None
        if is_business_body(token, list(name)):
            # "the U.S.-China Business Council", "the Canola Growers Association": business, not the state
            return make_actor(text, country, BUSINESS_SECTOR, text) if country else None
        if head.sector == "NGO" and country is None:
            return make_actor(text, None, None, text, organisation="NGO")
        if country is None and any(t.lower_ in ELSEWHERE_WORDS for t in name):
            return make_actor(text, None, head.sector, text)  # "the International Trade Union Confederation"
        if country is None and head.kind in ("state", "society"):
            country = self.context.focus(token)
        if country is None:
            return None
        return make_actor(text, country, head.sector, text)

    def _name(self, token: Token, ent: Span | None) -> Span | None:
        """The capitalised name an organisation's head noun ends or starts ("the Association of
        African Jurists", "the Kenya Anti-Corruption Commission"), whether or not NER found it."""
        if ent is not None and ent.label_ == "ORG" and token.i == ent.root.i and len(ent) > 1:
            return ent
        if ent is not None or token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        left = [t for t in token.lefts if t.dep_ in CLOSE_MODIFIER_DEPS and t.text[:1].isupper()]
        if not left:
            return None
        return self.doc[min(t.i for t in left): token.i + 1]

    def _listed(self, text: str, ent: Span | None) -> Actor | None:
        """A listed organisation or company of this name, with or without "the"."""
        for variant in (text, text.removeprefix("the ").removeprefix("The ")):
            org = self.gaz.organisation(variant)
            if org:
                return make_actor(text, org.country, org.sector, org.name, org.code, org.function or "")
            country = self.gaz.company(variant)
            if country and (ent is None or ent.label_ in ("ORG", "PRODUCT")):
                return make_actor(text, country, "BUS", variant)
        return None
