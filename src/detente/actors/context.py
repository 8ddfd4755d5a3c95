"""What an article is about: the countries it names, where things happen, the pair in focus.

An analyst reading "President Museveni banned Ugandan opposition candidates" codes the
president as Uganda's although the sentence never says so: the article is about Uganda.
This module keeps that reading explicit and conservative. A country an actor is only
*for* or *against* ("pro-Iranian", "anti-Syria", "Syrian-backed", "Israeli-occupied") is
not where the actor belongs and is never counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from detente.actors.codes import ARMED_GROUP_SECTORS
from detente.actors.gazetteer import Gazetteer, Place
from detente.actors.located import geo_country
from detente.data import word_list
from detente.nlp.labels import (
    BODY_LABELS,
    CLOSE_MODIFIER_DEPS,
    NOUN_MODIFIER_DEPS,
    OWNER_DEPS,
    PLACE_BEARING_LABELS,
    TOWN_LABELS,
)

STANCE_PREFIXES = word_list("actors.stance_prefixes")
FOREIGN_PARTICIPLES = word_list("actors.foreign_participles")
RELATIONAL_NOUNS = word_list("actors.relational_nouns")
LOCATIVE_PREPS = word_list("actors.locative_preps")
# A named armed group of one country (al-Shabab, the BLA) says which country its story is about.
HOME_SECTORS = word_list("actors.home_sectors")  # "Opposition leader X" in a story filed from Canberra: Australia's
GROUP_NAME_LABELS = frozenset({"ORG", "NORP", "PERSON", "GPE", "FAC"})  # what the parser may call a group's name
PLACE_NOUNS = word_list("actors.place_nouns")
STRIKE_NOUNS = word_list("actors.strike_nouns")
ON_PLACE_NOUNS = word_list("actors.on_place_nouns")
STRIKING_VERBS = word_list("actors.striking_verbs")
STRUCK_PREPS = word_list("actors.struck_preps")
CURRENCY_WORDS = word_list("actors.currency_words")
LEADER_ROLES = word_list("actors.leader_roles")
PLACE_OWNING_DEPS = CLOSE_MODIFIER_DEPS | {"poss"}  # "the Lebanese port", "Nigeria's Kaduna state"
NOT_PLACE_LABELS = frozenset({"PERSON", "NORP"})  # never read as a town by the geo tables
DEMONYM_POS = frozenset({"ADJ", "PROPN"})  # how the tagger reads a nationality word it did not tag
# A document plainly about one country names it this many times, and this share of the next.
DOMINANT_LEAST = 3
DOMINANT_SHARE = 3.0


def is_foreign_modifier(token: Token) -> bool:
    """True for Iran in "pro-Iranian", Syria in "anti-Syria", "Syrian-backed" or "backed by Syria", and for Israel in
    "Israel's militia ally", "US allies" or "Chinese rivals": whose ally, not who the ally is."""
    if token.dep_ in ("poss", "compound", "amod") and token.head.lemma_.lower() in RELATIONAL_NOUNS \
            and token.head.i > token.i:
        return True
    if token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.dep_ in ("acl", "relcl") \
            and token.head.head.lower_ in FOREIGN_PARTICIPLES:
        return True  # "rebels backed [by Rwanda]": who backs them, not whose they are
    doc = token.doc
    text = token.lower_
    if "-" in text:
        head, _, tail = text.partition("-")
        if head in STANCE_PREFIXES or tail.rsplit("-", 1)[-1] in FOREIGN_PARTICIPLES:
            return True
    i = token.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in STANCE_PREFIXES:
        return True
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in FOREIGN_PARTICIPLES


def described_by(token: Token, gazetteer: Gazetteer) -> str | None:
    """The kind of noun a country word only describes (``Gazetteer.phrase_word``), or None.

    "edge" for "on the Thai border", "off the Libyan coast" (a place beside the event, not
    the nationality of anyone in it); "thing" for a named sea, gulf or strait ("the Indian
    Ocean", "South China Sea claims": part of a place's name) and for "the Russian
    language", "Arabic-language media". A rim noun that itself modifies a noun ("Thai border guards", "the Libyan coast
    guard") describes nothing: the guards are Thai.
    """
    doc = token.doc
    i = token.i
    if "-" in token.text:  # "Russian-language" as one token
        tail = token.text.rsplit("-", 1)[-1]
        if gazetteer.phrase_word(tail) == "thing":
            return "thing"
    if i + 2 < len(doc) and doc[i + 1].text == "-" and gazetteer.phrase_word(doc[i + 2].lower_) == "thing":
        return "thing"  # "Arabic - language media"
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "with" and _kind_of(head.head, gazetteer) == "edge":
        return "edge"  # "Macedonia's border with Bulgaria": the other side of the line
    if token.dep_ not in OWNER_DEPS or head.i <= i:
        return None
    kind = _kind_of(head, gazetteer)
    if kind == "feature" and head.text[:1].isupper():
        return "thing"  # "the Indian Ocean", "South China Sea claims": a named place's name, not a country
    if head.dep_ in NOUN_MODIFIER_DEPS and head.head.i > head.i:
        return None
    if kind == "edge" and token.dep_ == "poss":
        return None  # "villages near Macedonia's border": the owner of the line is where they are
    return kind if kind in ("edge", "thing") else None


def _named_as_place(ent: Span) -> bool:
    """The sentence uses the name as a place: as a place noun's name ("Paktika province", "the
    town of Djibo", whatever NER called it), or, tagged as a place, where something happens
    ("in Myitkyina"); NER's place label alone misreads names of people."""
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
        return True  # "besieged the town of [Djibo]"
    if root.dep_ in CLOSE_MODIFIER_DEPS and head.lemma_.lower() in PLACE_NOUNS:
        return True  # "in [Paktika] province"
    return ent.label_ in TOWN_LABELS and is_locative(root)


def _geo_place(ent: Span) -> Place | None:
    """A town or province the actor files lack, by the geo tables, when every place of that name
    lies in one country: where a story from Kaduna state or Paktika province happens."""
    words = ent.text.split()
    country = geo_country(ent.text)
    if country is None and len(words) > 1 and words[-1].lower() in PLACE_NOUNS:
        country = geo_country(" ".join(words[:-1]))  # NER's "[Khost province]"
    return None if country is None else Place(country, country, "city")


def _kind_of(word: Token, gazetteer: Gazetteer) -> str | None:
    return gazetteer.phrase_word(word.lower_) or gazetteer.phrase_word(word.lemma_.lower())


def is_locative(token: Token) -> bool:
    """The place is where something happens: "in Kabul", "in the northern city of Kirkuk",
    "into the Lebanese port"."""
    head, phrase = token.head, token
    if head.dep_ == "prep" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
        head, phrase = head.head.head, head.head
        if head.dep_ == "prep" and head.lower_ == "on" and phrase.lower_ in ON_PLACE_NOUNS:
            return True  # "[on] the streets of New York", "[on] the outskirts of Kyiv"
    elif token.dep_ in PLACE_OWNING_DEPS and token.head.lemma_.lower() in PLACE_NOUNS:
        # "the Lebanese port", "in [Afghanistan]'s Khost province", "Beirut's southern suburbs"
        head, phrase = token.head.head, token.head
    if head is not token and head.dep_ == "prep" and head.lower_ in STRUCK_PREPS \
            and head.head.lemma_.lower() in STRIKE_NOUNS:
        return True  # "a Russian strike [on Kharkiv]", "the shelling [of Kherson]": where it happened
    if phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in STRIKING_VERBS and phrase.head.pos_ == "VERB":
        return True  # "Israeli jets pounded [Gaza City]", "hit [Beirut's] suburbs": where it happened
    return head is not token and head.dep_ == "prep" and head.lower_ in LOCATIVE_PREPS


@dataclass(frozen=True, slots=True)
class Mention:
    """A country named in the text."""

    index: int  # token index of the mention's root
    country: str
    locative: bool
    sentence: int  # token index where the sentence starts


class CountryContext:
    """The countries of one document, counted once when the document is read."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, people: set[str] | None = None,
                 headline: Sequence[str] = (), home: str | None = None) -> None:
        self.doc = doc
        self.gaz = gazetteer
        self.headline = list(dict.fromkeys(headline))  # the countries the title names, in order
        self.home = home  # the country of the story's dateline
        self._claims: dict[int, list[tuple[str, str, int]]] = {}
        self.mentions: list[Mention] = []
        self.counts: Counter[str] = Counter()
        self.first: dict[str, int] = {}
        self._by_sentence: dict[int, list[Mention]] = {}
        self.sentence_start = [0] * len(doc)  # token index -> index where its sentence starts
        for sent in doc.sents:
            self.sentence_start[sent.start:sent.end] = [sent.start] * len(sent)
        self.ents: list[Span | None] = [None] * len(doc)  # token index -> its entity
        for ent in doc.ents:
            for part in _possessive_parts(ent, gazetteer):
                self.ents[part.start:part.end] = [part] * len(part)
        self._cities: dict[str, Place] = {}  # a city name several countries have -> this document's
        shared: list[tuple[Span, Place, str]] = []
        for ent in doc.ents:
            place = self._place_of(ent, gazetteer, people or set())
            if place is None or place.country is None:
                continue
            if place.kind in ("city", "capital") and gazetteer.alternates(ent.text):
                shared.append((ent, place, place.country))  # read once the unambiguous places are known
                continue
            self._count(ent.root, place.country)
        for ent, place, country in shared:
            self._count(ent.root, self.city(ent.text, place).country or country)
        for token in doc:
            if self.ents[token.i] is None:
                self._count_demonym(token, gazetteer)
        self._count_armed_groups(doc, gazetteer)

    def _count_demonym(self, token: Token, gazetteer: Gazetteer) -> None:
        """A nationality word NER left without an entity ("[Burkinabe] soldiers killed villagers"):
        it names the story's country as a tagged one does."""
        if not token.text[:1].isupper() or token.pos_ not in DEMONYM_POS or is_foreign_modifier(token) \
                or described_by(token, gazetteer) is not None:
            return
        place = gazetteer.place(token.text)
        if place is not None and place.kind == "demonym" and place.country:
            self._count(token, place.country)

    def _count_armed_groups(self, doc: Doc, gazetteer: Gazetteer) -> None:
        """ "BLA insurgents ambushed a bus in Kalat": a named armed group of one country says the
        story is about that country (its name, or an acronym the parser did not call a name)."""
        names = [(ent.root, ent.text) for ent in doc.ents if ent.label_ in GROUP_NAME_LABELS]
        names += [(t, t.text) for t in doc if t.is_upper and len(t) > 1 and t.is_alpha and self.ents[t.i] is None]
        for root, text in names:
            group = gazetteer.organisation(text)
            if group is not None and group.country and group.sector in ARMED_GROUP_SECTORS:
                # the story's, not the sentence's: "Police blamed al-Shabab" are not Somalia's police
                self._count(root, group.country, local=False)

    def _count(self, root: Token, country: str, local: bool = True) -> None:
        mention = Mention(root.i, country, is_locative(root), self.sentence_start[root.i])
        self.mentions.append(mention)
        self.counts[country] += 1
        # a country named only through a group it is home to comes after every country named as one
        named_at = root.i if local else root.i + len(self.doc)
        self.first[country] = min(self.first.get(country, named_at), named_at)
        if local:
            self._by_sentence.setdefault(mention.sentence, []).append(mention)

    def _names_a_place(self, mention: Mention) -> bool:
        """ "The Lebanese port", "the northern Lebanese city": the country as where things are."""
        root = self.doc[mention.index]
        return root.dep_ in CLOSE_MODIFIER_DEPS and root.head.lemma_.lower() in PLACE_NOUNS

    def city(self, text: str, place: Place) -> Place:
        """The city a name several countries share means in this document (Tripoli, Lebanon in
        an article on "the north Lebanese port"): another country's city when the document
        names that country as a place ("in Lebanon", "the Lebanese port") and not the default
        one; else the default, the biggest city or the capital."""
        alternates = self.gaz.alternates(text) if place.kind in ("city", "capital") else ()
        if not alternates:
            return place
        key = " ".join(text.split()).removeprefix("the ").removeprefix("The ")
        found = self._cities.get(key)
        if found is None:
            where: Counter[str | None] = Counter(m.country for m in self.mentions
                                                 if m.locative or self._names_a_place(m))
            best = max(alternates, key=lambda c: (where[c], -alternates.index(c)))
            found = place if where[place.country] or not where[best] else Place(best, best, "city")
            self._cities[key] = found
        return found

    @staticmethod
    def _place_of(ent: Span, gazetteer: Gazetteer, people: set[str]) -> Place | None:
        if ent.label_ not in PLACE_BEARING_LABELS and not _mislabelled_country(ent, gazetteer):
            return None
        if any(is_foreign_modifier(t) for t in ent) or _is_currency(ent):
            return None
        if described_by(ent.root, gazetteer) is not None:
            return None  # "on the Thai border", "the Russian language": no actor's country
        place = gazetteer.place(ent.text)
        if place is None and ent.label_ in BODY_LABELS and len(ent) > 1:
            place = _leading_place(ent, gazetteer)  # "the Nigerian Interior Ministry"
        if place is None and ent.label_ in PLACE_BEARING_LABELS - NOT_PLACE_LABELS and _named_as_place(ent):
            place = _geo_place(ent)  # "in [Paktika] province", "in the town of [Myitkyina]"
        if place is None or (ent.label_ == "PERSON" and ent.text in people):
            return None
        return place

    def add(self, index: int, country: str) -> None:
        """Count a mention the entities did not show (a known person's country)."""
        mention = Mention(index, country, False, self.sentence_start[index])
        self.mentions.append(mention)
        self.counts[country] += 1
        self.first[country] = min(self.first.get(country, index), index)
        self._by_sentence.setdefault(mention.sentence, []).append(mention)

    def in_sentence(self, token: Token) -> list[Mention]:
        return self._by_sentence.get(self.sentence_start[token.i], [])

    def claims(self, token: Token) -> list[tuple[str, str, int]]:
        """(country, role, head index) of leaders this sentence names with their country.

        "South African leader de Klerk" claims ZAF: another leader in the same sentence is
        his counterpart, not a second South African leader.
        """
        start = self.sentence_start[token.i]
        found = self._claims.get(start)
        if found is None:
            found = self._claims[start] = [c for m in self.in_sentence(token) if (c := self._claim(m))]
        return found

    def _claim(self, mention: Mention) -> tuple[str, str, int] | None:
        root = self.doc[mention.index]
        if root.dep_ not in OWNER_DEPS:
            return None
        head = root.head
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        for word in (head, *head.lefts):
            role = self.gaz.role(word.lower_)
            if role is not None and role.term.lower() in LEADER_ROLES:
                return (mention.country, role.term.lower(), head.i)
        return None

    def focus(self, token: Token, exclude: frozenset[str] = frozenset(), role: str | None = None,
              sector: str | None = None) -> str | None:
        """The country an unqualified actor at ``token`` most likely belongs to, or None.

        Where the sentence happens (one locative country) first; else, for a body of home
        politics (``sector`` in actors.home_sectors), the country the story is filed from, when
        the story names it; else the document's most
        named country (the title's countries counting once each), ties going to the one in
        this sentence, then to the one the title names first, then to the one named first
        (news puts its main country in the title and the lead). For a leader (``role``), a country another
        leader of this sentence is explicitly from is not this one's: a country has one.
        """
        if role is not None and role.lower() in LEADER_ROLES:
            exclude = exclude | {c for c, _, head in self.claims(token) if head != token.i}
        here = self.in_sentence(token)
        places = {m.country for m in here if m.locative} - exclude
        if len(places) == 1:
            return next(iter(places))
        if sector in HOME_SECTORS and self.home is not None and self.home not in exclude and self.counts[self.home]:
            return self.home
        counts = self.counts + Counter(self.headline)  # the title names what the article is about
        ranked = [(n, c) for c, n in counts.items() if c not in exclude]
        if not ranked:
            return None
        top = max(n for n, _ in ranked)
        leaders = [c for n, c in ranked if n == top]
        if len(leaders) == 1:
            return leaders[0]
        local = {m.country for m in here} & set(leaders)
        if len(local) == 1:
            return next(iter(local))
        return min(local or leaders, key=self._first_named)  # the title's, else the lead's country

    def _first_named(self, country: str) -> tuple[int, int]:
        """Where a country is first named: in the title (in its order), else at its first mention."""
        if country in self.headline:
            return (0, self.headline.index(country))
        return (1, self.first.get(country, 0))

    def dominant(self, share: float = DOMINANT_SHARE, least: int = DOMINANT_LEAST) -> str | None:
        """The one country the document is plainly about: named at least ``least`` times and
        at least ``share`` times as often as any other; None when two compete."""
        ranked = self.counts.most_common(2)
        if not ranked or ranked[0][1] < least:
            return None
        if len(ranked) > 1 and ranked[0][1] < share * ranked[1][1]:
            return None
        return ranked[0][0]

    def pair(self, token: Token) -> list[str]:
        """ "The two countries", "both sides": the two countries most named up to here."""
        before = Counter(m.country for m in self.mentions if m.index < token.i)
        counts = before if len(before) >= 2 else self.counts
        if len(counts) < 2:
            return []
        ranked = sorted(counts, key=lambda c: (-counts[c], self.first.get(c, 0)))
        return ranked[:2]


def _leading_place(ent: Span, gazetteer: Gazetteer) -> Place | None:
    """The country an organisation's name starts with: "Kenya Anti-Corruption Commission"."""
    words = [t for t in ent if t.lower_ != "the"]
    for size in (2, 1):
        if len(words) > size:
            place = gazetteer.place(" ".join(t.text for t in words[:size]))
            if place is not None and place.kind in ("name", "demonym"):
                return place
    return None


def _is_currency(ent: Span) -> bool:
    """ "US $50 million", "Canadian dollars": money, not the country."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ in CURRENCY_WORDS


def _mislabelled_country(ent: Span, gazetteer: Gazetteer) -> bool:
    """ "killed 40 civilians in [Niger]": the small model now and then calls a country's name a
    date; a proper name that is a country's name is the country whatever the label says."""
    if not all(t.pos_ == "PROPN" for t in ent):
        return False
    place = gazetteer.place(ent.text)
    return place is not None and place.kind == "name"


def _possessive_parts(ent: Span, gazetteer: Gazetteer) -> list[Span]:
    """ "[The Treasury Department's] [Office of Foreign Assets Control]": an entity the tagger ran
    across a possessive, split into owner and owned when the owned part is a known seat, place or
    body and the whole is not ("People's Daily" stays whole)."""
    case = next((t for t in ent[1:-1] if t.dep_ == "case"), None)
    if case is None or gazetteer.place(ent.text) is not None or gazetteer.organisation(ent.text) is not None:
        return [ent]
    owned = Span(ent.doc, case.i + 1, ent.end, label=ent.label_)
    if gazetteer.place(owned.text) is None and gazetteer.organisation(owned.text) is None:
        return [ent]
    return [Span(ent.doc, ent.start, case.i, label=ent.label_), owned]

