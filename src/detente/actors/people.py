"""The people a document names: who each is, and whom a later name, title or pronoun means.

A person is learned from how the text introduces them ("Prime Minister Mark Carney of
Canada", "Kenzo Oshima, the UN relief coordinator") and from the actor registry (seed list,
earlier articles, corrections), which says who a bare name is on the article's date. Later
mentions by surname ("Carney"), by title ("the premier") or by pronoun ("he") find them again.

Three classes, one job each: :class:`PeopleMet` remembers the people of one document and
answers who a name is; :class:`Introductions` learns them when the document is read;
:class:`PersonResolver` finds the person a mention means and the actor they are there.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter

from spacy.tokens import Doc, Span, Token

from detente.actors import coref
from detente.actors.codes import STATE_SECTORS, STATELESS_SECTORS, make_actor
from detente.actors.commentators import Commentators
from detente.actors.context import CountryContext
from detente.actors.gazetteer import Gazetteer
from detente.actors.phrases import Info, PhraseReader, in_clause
from detente.actors.registry import ActorRegistry, Sighting, short_aliases
from detente.actors.words import WordLookup
from detente.data import word_list
from detente.model import Actor
from detente.nlp.labels import (
    ACTIVE_SUBJECT_DEPS,
    NOT_A_NAME_LABELS,
    NOUN_POS,
    PERSON_LABELS,
    PLACE_NAME_LABELS,
    PLURAL_NOUN_TAGS,
    POSSESSIVE_TAG,
)
from detente.nlp.tree import children

TITLED_NAME_LABELS = PLACE_NAME_LABELS | {"ORG"}  # what NER may call a name after a title ("adviser Mesut Casin")

HONORIFICS = word_list("actors.honorifics")


@dataclass(slots=True)
class KnownPerson:
    """A person met in this document (or found in the registry)."""

    name: str
    country: str | None
    sector: str | None
    role: str | None
    first_index: int  # token index of the first mention
    organisation: str | None = None  # IGOUNO for a UN official
    described: bool = False  # the text itself said who they are
    gender: str | None = None  # "m" or "f" when the text says so ("Mrs.", "spokeswoman", "X said she")
    commentator: bool = False  # introduced as an analyst, a scholar, a company's spokesperson (commentators.py)
    posted_to: frozenset[str] = frozenset()  # an envoy's host country ("Burns, the ambassador to China"): not theirs


class PeopleMet:
    """The people one document has named so far, in order of mention, and who a name is."""

    def __init__(self, doc: Doc, words: WordLookup, gazetteer: Gazetteer, registry: ActorRegistry,
                 published: date | None) -> None:
        self.doc = doc
        self.words = words
        self.gaz = gazetteer
        self.registry = registry
        self.published = published
        self._by_name: dict[str, KnownPerson] = {}
        self._mentions: list[tuple[int, KnownPerson]] = []  # (token index, person), in text order

    def person_at(self, token: Token) -> KnownPerson | None:
        """The person a name token stands for: met before, or known to the registry."""
        ent = self.words.entity(token)
        if ent is not None and ent.label_ in PERSON_LABELS and not self.is_not_a_person(ent.text):
            name_span, _ = self.strip_titles(ent)
            if name_span is None:
                return None
            name = name_span.text.strip()
            return self.known(name) or self._registry_person(name, token.i)
        if token.pos_ not in NOUN_POS or not token.text[:1].isupper():
            return None
        if ent is not None and ent.label_ not in NOT_A_NAME_LABELS and ent.text in self._by_name:
            return self._by_name[ent.text]  # "Tidball-Binz" tagged ORG: the person the story introduced
        if ent is not None and ent.label_ in NOT_A_NAME_LABELS and (
                ent.label_ not in PLACE_NAME_LABELS or self.gaz.place(ent.text) is not None):
            return None  # a date or a real place; NER also calls "Carney" a GPE now and then
        return self._by_name.get(token.text) or self._registry_person(token.text, token.i)

    def is_not_a_person(self, text: str) -> bool:
        """NER calls "Sri Lanka" or "Benin" a person now and then; the gazetteer knows better."""
        return (self.gaz.place(text) is not None or self.gaz.organisation(text) is not None) \
            and not self.registry.candidates(text)

    def strip_titles(self, ent: Span) -> tuple[Span | None, list[Token]]:
        """ "Prime Minister Mark Carney" -> ("Mark Carney", [Prime, Minister])."""
        start, end = ent.start, ent.end
        while start < end and (self.doc[start].lower_.rstrip(".") in HONORIFICS
                               or self.words.title_role(self.doc[start]) is not None):
            start += 1
        while end > start and self.doc[end - 1].tag_ == POSSESSIVE_TAG:
            end -= 1
        if start >= end:
            return None, []
        return self.doc[start:end], list(self.doc[ent.start:start])

    def known(self, name: str) -> KnownPerson | None:
        """The person met under this name, or under its last word ("Carney")."""
        found = self._by_name.get(name)
        if found is None:
            parts = name.split()
            found = self._by_name.get(parts[-1]) if len(parts) > 1 else None
        if found is None and name[:1].isupper():  # "Al-Hassan" opening a sentence is "al-Hassan"
            found = self._by_name.get(name[:1].lower() + name[1:])
        return found

    def from_registry(self, name: str, index: int, info: Info) -> KnownPerson:
        """A new person, as the registry knows them unless the text gives another country."""
        identity = self.registry.lookup(name, self.published)
        known = KnownPerson(name, None, None, None, index)
        if identity is not None and (info.country is None or info.country == identity.country):
            known.name = identity.name if len(name.split()) == 1 else name
            known.country, known.sector, known.role = identity.country, identity.sector, identity.role
            known.organisation = identity.organisation
        if identity is not None:
            known.gender = self.gaz.gender(identity.name)
        return known

    def remember(self, name: str, known: KnownPerson) -> None:
        """Know the person by this name and by the short forms a later mention may use."""
        self._by_name.setdefault(name, known)
        for alias in short_aliases(known.name, known.country):
            self._by_name.setdefault(alias, known)

    def mentioned(self, index: int, person: KnownPerson) -> None:
        """Note a mention of ``person`` at token ``index``, after any other mention there."""
        insort(self._mentions, (index, person), key=itemgetter(0))

    def _registry_person(self, name: str, index: int) -> KnownPerson | None:
        """A name the registry knows ("Carney"), remembered for the rest of the document."""
        if not self.registry.candidates(name):
            return None
        known = self.from_registry(name, index, Info())
        if known.country is None and known.sector is None and known.organisation is None:
            return None

        self.remember(name, known)
        self.mentioned(index, known)
        return known

    def mentions(self) -> Sequence[tuple[int, KnownPerson]]:
        """(token index, person) of every mention so far, in text order (not to be changed)."""
        return self._mentions

    def before(self, index: int) -> KnownPerson | None:
        """The person mentioned last before token ``index``."""
        best = None
        for position, person in self._mentions:
            if position < index:
                best = person
        return best

    def last_two_holders(self, token: Token, sector: str | None) -> list[str]:
        """ "Putin ... Erdogan ... the two presidents": the countries of the last two people of that
        sector named before, when they are of two countries."""
        countries: list[str] = []
        for index, person in reversed(self._mentions):
            if index < token.i and person.country and person.sector == sector and person.country not in countries:
                countries.append(person.country)
                if len(countries) == 2:
                    return countries[::-1]
        return []

    def sightings(self, doc_id: str) -> list[Sighting]:
        """What this document taught about people with full names, for the registry."""
        seen: dict[int, Sighting] = {}
        for _, person in self._mentions:
            if id(person) in seen or len(person.name.split()) < 2:
                continue
            country = person.organisation or person.country
            aliases = tuple(short_aliases(person.name, person.country))
            seen[id(person)] = Sighting(person.name, doc_id, self.published, country, person.sector,
                                        person.role, aliases, described=person.described)
        return list(seen.values())

    def known_people(self) -> list[KnownPerson]:
        """Every distinct person met in this document, in order of first mention."""
        seen: dict[int, KnownPerson] = {}
        for _, person in self._mentions:
            seen.setdefault(id(person), person)
        return list(seen.values())


class Introductions:
    """Learns the people of a document from how the text introduces them: a name NER found,
    the title before it ("Chinese Premier Li Qiang"), an appositive ("Kenzo Oshima, the UN
    relief coordinator"), "of X" after it; each person's country counts for the article."""

    def __init__(self, doc: Doc, people: PeopleMet, phrases: PhraseReader, words: WordLookup,
                 gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.people = people
        self.phrases = phrases
        self.words = words
        self.gaz = gazetteer
        self.commentators = Commentators(words, gazetteer)

    def learn(self, context: CountryContext) -> None:
        """Meet every person the document introduces; an article about Putin is about Russia too."""
        for ent in self.doc.ents:
            if (ent.label_ in PERSON_LABELS and not self.people.is_not_a_person(ent.text)) or self._misread_name(ent):
                self._learn_person(ent)
        for name in self._introduced_names():
            self._learn_person(name)
        for index, person in self.people.mentions():
            if person.country:
                context.add(index, person.country)

    def _misread_name(self, ent: Span) -> bool:
        """A known person's name NER took for a place ("Carney met Xi": "Carney" as a GPE): no place
        or organisation the gazetteer knows, a name the registry knows on the article's date; or a
        name introduced with a title that NER took for a place or an organisation (``_titled``)."""
        if ent.label_ not in TITLED_NAME_LABELS or self.gaz.place(ent.text) is not None \
                or self.gaz.organisation(ent.text) is not None:
            return False
        if ent.label_ in PLACE_NAME_LABELS and self.people.registry.lookup(ent.text, self.people.published) is not None:
            return True
        return self._titled(ent)

    def _titled(self, ent: Span) -> bool:
        """ "Turkish presidential adviser [Mesut Casin]": a proper name of two words or more
        (no word of it a place) right after a title noun that modifies it is the title holder's
        name, whatever NER called it; one word alone may be a place ("the minister's Gaza")."""
        before = self.doc[ent.start - 1] if ent.start > 0 else None
        if len(ent) < 2 or before is None or before.dep_ != "compound" or before.head.i != ent.root.i \
                or not all(t.pos_ == "PROPN" for t in ent) or any(self.gaz.place(t.text) for t in ent):
            return False
        role = self.words.role(before)
        return role is not None and role.kind == "title" and before.tag_ not in PLURAL_NOUN_TAGS

    def _introduced_names(self) -> list[Span]:
        """Names NER missed but an appositive introduces as someone holding a role:
        "Kenzo Oshima, the UN relief coordinator, said ..." (NER took "Oshima" for a place)."""
        found: list[Span] = []
        for token in self.doc:
            if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat") or token.ent_type_ in PERSON_LABELS:
                continue
            appositives = [c for c in children(token) if c.dep_ == "appos" and c.i > token.i]
            if not appositives:
                continue
            start = token.i
            while start > token.sent.start and self.doc[start - 1].dep_ == "compound" \
                    and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].head.i == token.i:
                start -= 1
            name = self.doc[start: token.i + 1]
            if len(name) < 2 or self.gaz.place(name.text) or self.gaz.organisation(name.text) \
                    or self.gaz.place(token.text):
                continue
            if any(t.ent_type_ in ("ORG", "FAC", "NORP") for t in name) or self.people.known(name.text):
                continue
            info = self.phrases.head_info(appositives[0]).finish()
            if info.role is not None and self._title_like(appositives[0]):
                found.append(name)
        return found

    def _title_like(self, appositive: Token) -> bool:
        """The appositive's head is a title held by one person ("coordinator", "foreign minister")."""
        role = self.words.role(appositive)
        return role is not None and role.kind == "title" and appositive.tag_ not in PLURAL_NOUN_TAGS

    def _learn_person(self, ent: Span) -> None:
        name_span, titles = self.people.strip_titles(ent)
        if name_span is None:
            return
        name = name_span.text.strip()
        info = self._describe_person(name_span, titles)
        known = self.people.known(name)
        posted = frozenset(c for a in children(name_span.root) if a.dep_ == "appos" for c in self.phrases.posted_to(a))
        if known is None:
            known = self.people.from_registry(name, name_span.start, info)
            self.people.remember(name, known)
        _enrich(known, info)
        self.people.remember(name, known)  # the short forms its country's names take ("Chen" of Chen Binhua)
        known.posted_to = known.posted_to | posted
        known.gender = known.gender or self._gender(name_span, titles)
        words = [*self.phrases.noun_phrase_left(name_span.start, name_span.root), *titles]
        known.commentator = known.commentator or self.commentators.introduces(name_span, words)
        self.people.mentioned(ent.start, known)

    def _gender(self, name_span: Span, titles: list[Token]) -> str | None:
        """What the honorific or title before a name, or an appositive's head, says of gender."""
        words = [*self.phrases.noun_phrase_left(name_span.start, name_span.root), *titles]
        words += [c for c in children(name_span.root) if c.dep_ == "appos"]
        return next((found for w in words if (found := coref.gender_of(w))), None)

    def _describe_person(self, name_span: Span, titles: list[Token]) -> Info:
        """Country, sector and role from the title before a name, an appositive, "of X".

        Only the words of the name's own noun phrase count ("Chinese Premier Li Qiang"),
        and the sector only from the title right before the name: in "Dubai-based
        intelligence analyst Martin Kelly" the unknown title "analyst" says nothing.
        """
        head = name_span.root
        words = sorted(set(self.phrases.noun_phrase_left(name_span.start, head)) | set(titles), key=lambda t: t.i)
        info = self.phrases.title_info(words).finish()
        conjoined = [c.i for c in children(head) if c.dep_ == "conj"]
        for child in children(head):  # another name beside it is a list ("Trump, Erdogan"), no description
            if child.dep_ == "appos" and child.ent_type_ not in PERSON_LABELS:
                if any(i < child.i for i in conjoined):
                    continue  # "Anand and Wang Yi, China's foreign minister": Wang Yi's, not Anand's
                info.merge(self.phrases.head_info(child).finish())
            elif child.dep_ == "prep" and child.lower_ in ("of", "from"):
                info.merge(self.phrases.object_info(child))
        if head.dep_ == "appos" and head.head.ent_type_ not in PERSON_LABELS:
            info.merge(self.phrases.head_info(head.head).finish())
        if head.dep_ == "conj" and head.i == max(c.i for c in children(head.head) if c.dep_ == "conj"):
            for appos in (c for c in children(head.head) if c.dep_ == "appos" and c.i > head.i):
                if appos.ent_type_ not in PERSON_LABELS:  # the last of "A and B, X's minister" is the minister
                    info.merge(self.phrases.head_info(appos).finish())
        if info.country is None and info.sector not in STATE_SECTORS and info.organisation is None:
            info.country = self._where_they_work(head)
        return info

    def _where_they_work(self, head: Token) -> str | None:
        """ "Lai, a businessman and founder of a newspaper in Hong Kong": the country where a
        person described by no state office works ("in/from X" inside their description), when
        that description names one country only. A diplomat "in Kabul" is not Afghan; this is
        only asked of people the text gives no state role."""
        found: set[str] = set()
        for appos in (c for c in children(head) if c.dep_ == "appos" and c.ent_type_ not in PERSON_LABELS):
            for prep in (t for t in appos.subtree if t.dep_ == "prep" and t.lower_ in ("in", "from")):
                place = self.phrases.object_info(prep)
                if place.country:
                    found.add(place.country)
        return found.pop() if len(found) == 1 else None


def _enrich(known: KnownPerson, info: Info) -> None:
    """What this mention's words say wins for this document: "President Bush" is GOV."""
    said = info.country or info.sector or info.organisation or info.company_country
    if not said:
        return
    known.described = True
    if info.organisation is not None:
        known.organisation = info.organisation.code
        known.country = info.organisation.country
    known.country = info.country or info.company_country or known.country
    if info.sector is not None:
        known.sector, known.role = info.sector, info.role
    elif info.company_country and known.sector is None:
        known.sector = "BUS"


class PersonResolver:
    """The person a mention means (a name, a title such as "the premier", a pronoun) and the
    actor they are at that point of the text."""

    def __init__(self, doc: Doc, people: PeopleMet, phrases: PhraseReader, words: WordLookup,
                 gazetteer: Gazetteer, context: CountryContext) -> None:
        self.doc = doc
        self.people = people
        self.phrases = phrases
        self.words = words
        self.gaz = gazetteer
        self.context = context

    def named_or_titled(self, token: Token) -> KnownPerson | None:
        """The person a name ("Carney") or a title held by someone met ("the premier") means."""
        return self.people.person_at(token) or self.titled_person(token)

    def titled_person(self, token: Token) -> KnownPerson | None:
        """ "The premier", "the Canadian prime minister": a person already met in that role."""
        role = self.words.role(token)
        if role is None or role.kind != "title" or token.tag_ in PLURAL_NOUN_TAGS:
            return None
        if any(t.ent_type_ in PERSON_LABELS for t in token.subtree):
            return None
        words = [t for t in token.subtree if t.i < token.i and not in_clause(t, token)]
        info = self.phrases.modifiers_info(words)
        self.phrases.prepositional_info(token, info, None)
        if info.organisation is not None or info.former:
            return None
        country = info.country
        term = role.term.lower()
        for index, person in reversed(self.people.mentions()):
            if index >= token.i or not person.role:
                continue
            if info.sector is not None and person.sector is not None and info.sector != person.sector:
                continue  # "the military spokesperson" is not the foreign ministry's spokesperson
            held = person.role.lower()
            if (held == term or held.endswith(" " + term)) and (country is None or country == person.country):
                return person
        return None

    def pronoun_person(self, pronoun: Token) -> KnownPerson | None:
        """The person who is the subject of a clause governing the pronoun, if any."""
        for subject in coref.governing_subjects(pronoun):
            if subject.lower_ in coref.PERSON_PRONOUNS or subject.pos_ == "PRON":
                continue
            person = self.named_or_titled(subject)
            if person is not None:
                return person
        return None

    def title_holder(self, pronoun: Token) -> Token | None:
        """The unnamed office holder ("the Afghan army chief", "the minister") who is the nearest
        subject above a he/his/she/her: the pronoun is them, not the last person named."""
        inside = {a.i for a in pronoun.ancestors}
        for subject in coref.governing_subjects(pronoun):
            if subject.i in inside or subject.pos_ == "PRON":
                continue
            role = self.words.role(subject) if subject.tag_ == "NN" and not subject.ent_type_ else None
            if role is None or role.kind != "title":
                return None
            return subject
        return None

    def actors(self, token: Token, text: str, person: KnownPerson) -> list[Actor]:
        """The person as an actor; a country the text leaves out comes from the article."""
        country = person.country
        if country is None and person.organisation is None and person.sector not in (None, *STATELESS_SECTORS):
            # an official the text gives no country: the article's, read where they first appear, so that
            # "Chaudhry" is the same country's general in every sentence
            first = self.doc[min(person.first_index, token.i)]
            country = self.context.focus(first, exclude=person.posted_to, role=person.role, sector=person.sector)
        elif country is None and person.organisation is None and person.sector is None \
                and token.dep_ not in ACTIVE_SUBJECT_DEPS and not (token.dep_ == "poss" and token.pos_ == "PRON"):
            country = self._local_country(person)
        return [make_actor(text, country, person.sector, person.name, person.organisation)]

    def _local_country(self, person: KnownPerson) -> str | None:
        """The country of an undescribed person acted on (arrested, expelled, killed) in an article
        plainly about one country: mostly its own. Not when a sentence naming them names another
        country ("Amirov and Omarov, both from Azerbaijan"), and never for one who speaks or owns
        (the subject of "said" is as often an outside expert)."""
        country = self.context.dominant()
        if country is None:
            return None
        starts = {self.context.sentence_start[i] for i, p in self.people.mentions() if p is person}
        for mention in self.context.mentions:
            if mention.sentence in starts and mention.country != country:
                return None
        for sent in self.doc.sents:  # "Mehdiyev, who is Azerbaijani": a demonym NER left untagged
            if sent.start in starts and any((place := self.gaz.place(t.text)) is not None and place.country
                                            and place.country != country for t in sent
                                            if t.pos_ in ("ADJ", "PROPN") and t.ent_type_ not in PERSON_LABELS):
                return None
        return country
