"""Who an argument of an event is: a country, a sector, a named person, an organisation.

Resolution reads the noun phrase the way an analyst does: the head word (a role such as
"officials" or "premier", a place, a person, an organisation) and its modifiers (a
demonym, a possessive, "of Canada", a company). People introduced with a title or an
appositive are learned per document, so that later mentions by surname, title or pronoun
resolve; the actor registry (seed list, earlier articles, corrections) says who a bare
name is on the article's date. An unqualified domestic role ("the president", "rebels")
takes the country the article is about (see :mod:`detente.actors.context`).

:class:`DocumentActors` is what the other stages use; :meth:`ActorResolver.resolve` is the
one place that decides which kind of phrase a head word heads, and asks the reader for it:

- :mod:`~detente.actors.people`: people met (names, titles, he/she);
- :mod:`~detente.actors.organisations`: organisations and companies;
- :mod:`~detente.actors.roles`: roles, groups and places with their modifiers;
- :mod:`~detente.actors.phrases` and :mod:`~detente.actors.words`: what the words say;
- :mod:`~detente.actors.coref`: which earlier phrase "it" or "they" stands for.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from spacy.tokens import Doc, Token

from detente.actors import coref
from detente.actors.codes import actor_code, make_actor
from detente.actors.commentators import Commentators
from detente.actors.context import CountryContext
from detente.actors.definites import PAIR_NOUNS, SIDE_NOUNS, DefiniteDescriptions
from detente.actors.gazetteer import Gazetteer, Place
from detente.actors.headline import headline_parties
from detente.actors.organisations import OrganisationFinder
from detente.actors.people import Introductions, KnownPerson, PeopleMet, PersonResolver
from detente.actors.phrases import PhraseReader
from detente.actors.registry import ActorRegistry, Sighting, seed_registry
from detente.actors.roles import PARTITIVES, POSSESSIONS, RoleAndPlaceResolver
from detente.actors.words import WordLookup
from detente.data import word_list
from detente.model import Actor
from detente.nlp import grammar as g
from detente.nlp.labels import (
    GERUND_TAG,
    NOMINAL_SUBJECT_DEPS,
    NOUN_POS,
    OBJECT_DEPS,
    PLURAL_NOUN_TAGS,
    PREP_OBJECT_DEPS,
)
from detente.nlp.quotes import quotation_speaker
from detente.nlp.tree import children

__all__ = ["ActorResolver", "DocumentActors", "KnownPerson", "actor_code", "make_actor"]

STATE_ANAPHORS = word_list("actors.state_anaphors")
OTHER_WORDS = word_list("actors.other_words")
GROUP_ANAPHORS = word_list("actors.group_anaphors")
BODY_NAME_ANAPHORS = word_list("actors.body_name_anaphors")  # "the IMF ... [the fund]": no body head of its own
LENDER_ANAPHORS = word_list("actors.lender_anaphors")
SPEECH_VERBS = word_list("grammar.speech_verbs")
NAMED_GROUP_NOUNS = word_list("actors.named_group_nouns")
BODY_ROLES = word_list("actors.body_roles")  # "the junta": a role word for a body, never "he" or "she"
# Roles that are inhabited places ("homes", "villages"): people only as where they live.
PLACE_ROLE_PRIORITY = 5


class DocumentActors:
    """Actor resolution for one parsed document: the readers, wired once when it is read."""

    def __init__(self, doc: Doc, published: date | None = None, gazetteer: Gazetteer | None = None,
                 registry: ActorRegistry | None = None, title: str | None = None, dateline: str | None = None) -> None:
        self.doc = doc
        self.published = published
        self.gaz = gazetteer or Gazetteer.load()
        self.registry = registry if registry is not None else seed_registry()
        self.headline = headline_parties(title, self.gaz, self.registry, published)  # the parties the title names
        self.context = CountryContext(doc, self.gaz, headline=[a.country for a in self.headline if a.country],
                                      home=dateline_country(dateline, self.gaz))
        words = WordLookup(doc, self.gaz, self.context)
        self.people = PeopleMet(doc, words, self.gaz, self.registry, published)
        phrases = PhraseReader(doc, words, self.gaz, person_at=self.people.person_at)
        Introductions(doc, self.people, phrases, words, self.gaz).learn(self.context)
        self._words = words
        self._resolver = ActorResolver(doc, words, phrases, self.people, self.gaz, self.context)
        self._commentators = Commentators(words, self.gaz)

    @property
    def countries(self) -> Counter[str]:
        """How often each country is named (kept for callers of the first version)."""
        return self.context.counts

    def resolve(self, token: Token) -> list[Actor]:
        """The actors a noun phrase headed by ``token`` denotes (several for "A and B officials")."""
        return self._resolver.resolve(token)

    def is_commentator(self, token: Token) -> bool:
        """The phrase ``token`` heads (a name, "he", "analysts", "a Tesla spokesperson") is someone
        who only comments on the relationship (:mod:`detente.actors.commentators`)."""
        person = self._resolver.person_of(token)
        if person is not None:
            return person.commentator
        return self._commentators.phrase(token)

    def stance_owners(self, pronoun: Token, found: list[Actor]) -> list[Actor]:
        """What a possessive pronoun's antecedents are as owners of the noun it modifies
        (:meth:`ActorResolver.stance_owners`: "[its] offer" is a government's)."""
        return self._resolver.stance_owners(pronoun, found)

    def only_commentators(self, verb: Token | None) -> bool:
        """The subjects of ``verb`` (a verb of saying or expecting) are all commentators: what it
        reports or forecasts is their reading of the dispute, no party's act."""
        speakers = g.subjects(verb) if verb is not None else []
        return bool(speakers) and all(self.is_commentator(t) for t in speakers)

    def place_of(self, token: Token) -> Place | None:
        """The place a word names, read with its entity ("New Delhi") or proper-noun compound."""
        return self._words.place(token)

    def sightings(self, doc_id: str) -> list[Sighting]:
        """What this document taught about people with full names, for the registry."""
        return self.people.sightings(doc_id)

    def known_people(self) -> list[KnownPerson]:
        """Every distinct person met in this document, in order of first mention."""
        return self.people.known_people()


class ActorResolver:
    """Who a noun phrase is: the one place that tells a pronoun, a pair, a part of a group, an
    organisation, a person and a role or place apart, and asks the reader of that kind."""

    def __init__(self, doc: Doc, words: WordLookup, phrases: PhraseReader, people: PeopleMet, gazetteer: Gazetteer,
                 context: CountryContext) -> None:
        self.doc = doc
        self.words = words
        self.people = people
        self.gaz = gazetteer
        self.context = context
        self.persons = PersonResolver(doc, people, phrases, words, gazetteer, context)
        self.organisations = OrganisationFinder(doc, words, gazetteer, context)
        self.roles = RoleAndPlaceResolver(doc, words, phrases, gazetteer, context, resolve=self.resolve)
        self.definites = DefiniteDescriptions(doc, words, people, gazetteer, context, resolve=self.resolve)
        self._cache: dict[int, list[Actor]] = {}
        self._pronoun_people: dict[int, KnownPerson] = {}  # token index of "he"/"she" -> whom it names

    def resolve(self, token: Token) -> list[Actor]:
        """The actors a noun phrase headed by ``token`` denotes, each phrase read once."""
        found = self._cache.get(token.i)
        if found is None:
            self._cache[token.i] = []  # a pronoun whose antecedent is this very phrase finds nothing
            found = self._cache[token.i] = self._resolve(token)
        return list(found)

    def _resolve(self, token: Token) -> list[Actor]:
        lower = token.lower_
        if lower in coref.PERSON_PRONOUNS:
            return self._person_pronoun(token)
        if lower in coref.IT_PRONOUNS or lower in coref.THEY_PRONOUNS:
            return self._antecedent(token)
        if token.pos_ == "PRON":
            return self.definites.pair(token)  # "Both pledged ...": the pair just met; other pronouns: no one
        lemma = token.lemma_.lower()
        if (lemma in NAMED_GROUP_NOUNS and token.pos_ == "NOUN") or token.pos_ == "ADJ":  # "by the paramilitary [RSF]"
            named = self._named_appositive(token)
            if named:
                return named
        if lemma in STATE_ANAPHORS and self.definites.bare_definite(token):
            found = self.definites.the_country(token)
            if found:
                return found
        if self.definites.bare_definite(token) and (self.gaz.organisation_head(lemma) is not None
                                                    or lemma in BODY_NAME_ANAPHORS):
            found = self.definites.the_body(token, lemma)
            if found:
                return found
        if token.pos_ == "NOUN" and self.gaz.organisation_head(lemma) is None:
            found = self.definites.body_modifier(token)  # "Wednesday's council meeting"
            if found:
                return found
        if (lemma in GROUP_ANAPHORS or lemma in LENDER_ANAPHORS) and token.tag_ not in PLURAL_NOUN_TAGS:
            found = self.definites.the_group(token)
            if found:
                return found
        if lemma in PAIR_NOUNS and token.tag_ not in PLURAL_NOUN_TAGS and any(t.lower_ in OTHER_WORDS
                                                                              for t in token.lefts):
            return self.definites.other_side(token)  # "the other side"; "other nations" are more nations, not the pair
        pair = self.definites.pair(token)
        if pair:
            return pair
        whole = self._partitive_object(token)
        if whole is not None:
            return self._shared_head([a for m in (whole, *whole.conjuncts) if m.i >= whole.i
                                      for a in self.resolve(m)])
        if self.gaz.phrase_word(token.lemma_.lower()) == "envoy" and token.pos_ == "NOUN" \
                and self.persons.titled_person(token) is None:  # "the envoy": the one the story introduced
            found = self.roles.resolve(token)  # "his U.N. mission": whose envoy, before which body
            if found:
                return found
        organisation = self.organisations.find(token)
        if organisation:
            return [organisation]
        person = self.persons.named_or_titled(token)
        if person:
            return self.persons.actors(token, self.words.span_text(token), person)
        found = self.definites.named_before(token) or self.definites.body_named_before(token) \
            or self.definites.members_named_before(token)
        if found:
            return found
        found = self.definites.armed_group_before(token)  # "the insurgent group": the armed group named last
        if found:
            return found
        found = self.roles.resolve(token)
        if lemma in SIDE_NOUNS:  # "the Chinese side": China's government at the table
            return [make_actor(a.text, a.country, "GOV") if a.country and a.sector is None else a for a in found]
        return found

    def _named_appositive(self, token: Token) -> list[Actor]:
        """ "the militant group [Islamic State]", "by the paramilitary [Rapid Support Forces]" (the
        adjective read as the noun): the named party the appositive names, else none."""
        for child in children(token):
            if child.dep_ == "appos" and child.i > token.i and child.pos_ == "PROPN":
                return [a for a in self.resolve(child) if a.code and a.name]
        return []

    def _person_pronoun(self, token: Token) -> list[Actor]:
        """He, she, his: the person subject above, else an office holder subject, else the
        subject it continues, else the last person named (of the pronoun's gender, when known)."""
        gender = coref.gender_of(token)
        quoted = self._quoted_speaker(token)  # '"He calls Xi a friend," Wyne said': not Wyne
        person = self.persons.pronoun_person(token)
        if person is not None and person is quoted:
            person = None
        if person is not None:
            person.gender = person.gender or gender  # "Wong said she ...": Wong is a woman
        else:
            holder = self.persons.title_holder(token)  # "the army chief said his forces ..."
            found = [a for a in self.resolve(holder) if a.code] if holder is not None else []
            if found:
                return [Actor(text=token.text, code=a.code, country=a.country, sector=a.sector) for a in found]
        if person is None:
            person, holder = self._continued_person(token, gender, quoted)
            found = [a for a in self.resolve(holder) if a.code] if holder is not None else []
            if found:  # "Ministry spokesperson Shen Yuting said ... [She] criticized": the office holder
                return [Actor(text=token.text, code=a.code, country=a.country, sector=a.sector) for a in found]
        if person is None:
            return []
        self._pronoun_people[token.i] = person
        return self.persons.actors(token, token.text, person)

    def _quoted_speaker(self, pronoun: Token) -> KnownPerson | None:
        """The person whose quoted words hold the pronoun, if the text names them."""
        speaker = quotation_speaker(pronoun, SPEECH_VERBS)
        return self.person_of(speaker) if speaker is not None and speaker.i != pronoun.i else None

    def _continued_person(self, pronoun: Token, gender: str | None,
                          quoted: KnownPerson | None = None) -> tuple[KnownPerson | None, Token | None]:
        """Whom a pronoun continues: the latest subject that is a person of its gender ("Carney
        ... His visit follows a meeting with Xi. [He] is to meet Xi again" is Carney) or an office
        holder the text names by title only; else the person of its gender named last; never the
        speaker of the quotation the pronoun stands in (``quoted``)."""
        start = pronoun.sent.start
        subjects = list(coref.earlier_subjects(pronoun))
        here = [t for t in subjects if t.i >= start]
        for subject in here:
            person = self.person_of(subject)
            if person is not None and person is not quoted and person.gender in (None, gender):
                return person, None
        # "Lammy met Araqchi. Lammy urged [him] ...": an object pronoun is never its own clause's subject
        doer_ids = coref.own_clause_subjects(pronoun)
        doers = [p for i in doer_ids if (p := self.person_of(pronoun.doc[i])) is not None]

        def fits(person: KnownPerson | None) -> bool:
            return person is not None and person is not quoted and person.gender in (None, gender) \
                and all(person is not d for d in doers)

        if pronoun.dep_ not in NOMINAL_SUBJECT_DEPS:  # "sent a letter to Rubio, urging [him] to ...": Rubio
            own = {t.i for s in doer_ids for t in pronoun.doc[s].subtree}
            for index, person in reversed(self.people.mentions()):  # "Lula invited [him]": not Lula
                if start <= index < pronoun.i and index not in own and fits(person):
                    return person, None
        for subject in subjects[len(here):]:
            person = self.person_of(subject)
            if fits(person):
                return person, None
            if person is None and self._office_holder(subject, gender):
                return None, subject
        for index, person in reversed(self.people.mentions()):
            if index < pronoun.i and fits(person):
                return person, None
        return None, self._person_by_role(pronoun, gender)

    def _person_by_role(self, pronoun: Token, gender: str | None) -> Token | None:
        """ "Police in Belarus detained [the opposition activist]. [He] was charged": with no person
        named, he or she is the one person the sentence before named by a role alone (a journalist, a
        mayor; not a body such as the police or the junta), its subject first, then whom it acted on."""
        if pronoun.sent.start == 0 or pronoun.dep_ not in NOMINAL_SUBJECT_DEPS:
            return None
        previous = pronoun.doc[pronoun.sent.start - 1].sent
        found = [t for t in previous if t.dep_ in NOMINAL_SUBJECT_DEPS | OBJECT_DEPS and self._one_by_role(t, gender)]
        found.sort(key=lambda t: t.dep_ not in NOMINAL_SUBJECT_DEPS)
        return found[0] if found else None

    def _one_by_role(self, token: Token, gender: str | None) -> bool:
        """A singular role noun that names one person of the pronoun's gender, no body."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or token.tag_ in PLURAL_NOUN_TAGS or token.ent_type_ or lemma in BODY_ROLES \
                or self.gaz.organisation_head(lemma) is not None or coref.gender_of(token) not in (None, gender):
            return False
        return self.words.role(token) is not None and bool([a for a in self.resolve(token) if a.code])

    def _office_holder(self, subject: Token, gender: str | None) -> bool:
        """One person named by a title ("the spokesperson", "spokesperson Shen Yuting" when NER
        missed the name), of the pronoun's gender if the title says one ("spokeswoman")."""
        if subject.tag_ in PLURAL_NOUN_TAGS or subject.pos_ not in NOUN_POS:
            return False
        titles = [w for w in (subject, *(c for c in subject.lefts if c.dep_ == "compound"))
                  if (role := self.words.role(w)) is not None and role.kind == "title"]
        said = {coref.gender_of(w) for w in titles} - {None}
        return bool(titles) and (not said or gender in said)

    def person_of(self, token: Token) -> KnownPerson | None:
        """The person a name, a title held by someone met, or "he"/"she" stands for, if any."""
        if token.lower_ in coref.PERSON_PRONOUNS:
            self.resolve(token)
            return self._pronoun_people.get(token.i)
        if token.pos_ not in NOUN_POS:
            return None
        return self.persons.named_or_titled(token)

    def stance_owners(self, pronoun: Token, found: list[Actor]) -> list[Actor]:
        """ "Tehran rejected [its] offer": a state owning what it decides, asks or holds is its
        government, as in "Russia's position" (``RoleAndPlaceResolver.is_stance``)."""
        if pronoun.dep_ != "poss" or not self.roles.is_stance(pronoun.head):
            return found
        return [make_actor(a.text, a.country, "GOV") if a.country and a.code == a.country else a for a in found]

    @staticmethod
    def _shared_head(found: list[Actor]) -> list[Actor]:
        """ "Sierra Leonean and Liberian refugees": a bare nationality shares its conjunct's noun."""
        sectors = {a.sector for a in found if a.sector}
        if len(sectors) != 1 or all(a.sector for a in found):
            return found
        sector = sectors.pop()
        return [a if a.sector or a.name or not a.country else make_actor(a.text, a.country, sector) for a in found]

    def _partitive_object(self, token: Token) -> Token | None:
        """ "One third of ethnic Albanian guerrillas" -> guerrillas; "offices of X" -> X.
        An "of" that names an act ("accused the rebel group of killing civilians", "the group
        of abuses") is no part of anyone: the group itself is the actor."""
        lemma = token.lemma_.lower()
        if lemma not in PARTITIVES and lemma not in POSSESSIONS and token.lower_ not in PARTITIVES \
                and token.pos_ != "NUM":
            return None
        if self.words.role_with_of(token) is not None:
            return None  # "the House of Representatives" is a body, no part of the representatives
        for prep in children(token):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                if self._names_act(prep):
                    return None
                for obj in children(prep):
                    if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN", "NUM"):
                        return obj
        return None

    def _names_act(self, prep: Token) -> bool:
        """The preposition's object is a deed: a gerund ("of killing", "of burning homes") or an
        act noun (``phrase_words.tsv`` kind "act": "of abuses", "of war crimes")."""
        first = self.doc[prep.i + 1] if prep.i + 1 < len(self.doc) else None
        for obj in children(prep):
            if obj.dep_ in PREP_OBJECT_DEPS:
                if obj.tag_ == GERUND_TAG or obj.pos_ == "VERB":
                    return True
                role = self.words.role(obj)
                if first is not None and first.tag_ == GERUND_TAG and first.head.i == obj.i and \
                        (role is None or role.priority <= PLACE_ROLE_PRIORITY) and self.words.place(obj) is None:
                    return True  # "of burning homes"; but "a group of striking workers" are workers
                return self.gaz.phrase_word(obj.lower_) == "act" or self.gaz.phrase_word(obj.lemma_.lower()) == "act"
        return False

    def _antecedent(self, pronoun: Token) -> list[Actor]:
        """ "Japan said it would...": the actors of the antecedent, written as the pronoun."""
        tried: set[int] = set()
        for candidate in coref.antecedents(pronoun):
            if candidate.i in tried:
                continue
            tried.add(candidate.i)
            if pronoun.lower_ in coref.IT_PRONOUNS and self.person_of(candidate) is not None:
                continue  # "Shen accused Ottawa. The exporter said [it] would ...": "it" is no person
            members = coref.with_conjuncts(candidate) if pronoun.lower_ in coref.THEY_PRONOUNS else [candidate]
            actors = [a for m in members for a in self.resolve(m) if a.code]
            actors = self.stance_owners(pronoun, actors)
            if actors:
                return [Actor(text=pronoun.text, code=a.code, country=a.country, sector=a.sector, name=a.name)
                        for a in actors]
        return []


def dateline_country(dateline: str | None, gaz: Gazetteer) -> str | None:
    """The country of a dateline's place ("CANBERRA, Australia", "PARIS, Texas": the last part
    that names a place decides), or None."""
    for part in reversed((dateline or "").split(",")):
        place = gaz.place(part.strip()) or gaz.place(part.strip().title())
        if place is not None and place.country is not None:
            return place.country
    return None
