"""Who an argument of an event is: a country, a sector, a named person, an organisation.

Resolution reads the noun phrase the way an analyst does: the head word (a role such as
"officials" or "premier", a place, a person, an organisation) and its modifiers (a
demonym, a possessive, "of Canada", a company). People introduced with a title or an
appositive are learned per document, so that later mentions by surname, title or pronoun
resolve; the actor registry (seed list, earlier articles, corrections) says who a bare
name is on the article's date. An unqualified domestic role ("the president", "rebels")
takes the country the article is about (see :mod:`detente.actors.context`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.actors import coref
from detente.actors.context import CountryContext
from detente.actors.gazetteer import Gazetteer, Place, Role
from detente.actors.phrases import (
    ELSEWHERE_WORDS,
    GENERIC_HEAD_PRIORITY,
    PERSON_LABELS,
    STATE_SECTORS,
    Info,
    PhraseReader,
)
from detente.actors.registry import (
    ActorRegistry,
    Sighting,
    is_organisation_code,
    organisation_sector,
    seed_registry,
    short_aliases,
)
from detente.model import Actor

# Heads that, with "two" or "both", mean the pair of countries in focus.
PAIR_NOUNS = {"country", "nation", "side", "government", "neighbour", "neighbor", "leader", "capital",
              "party", "state", "army", "military"}
# Sectors that are not any one country's: no guessing a country for them.
STATELESS_SECTORS = {"IGO", "NGO", "IMG", "MNC"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# Sectors of groups outside the state: their leaders, commanders and members are the group.
GROUP_SECTORS = {"REB", "INS", "SEP", "OPP"}
# Sectors that are also domains of things ("military equipment", "medical supplies", "judicial
# reform"); ideological words ("fundamentalist", "radical") describe groups, not things.
DOMAIN_SECTORS = {"MIL", "GOV", "JUD", "COP", "LEG", "SPY", "HLH", "EDU", "BUS", "AGR", "MED", "ENV", "DEV", "LAB"}
# Words before a name that are titles or honorifics, not part of the name.
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "gen", "general", "lt",
              "lieutenant", "col", "colonel", "maj", "major", "adm", "admiral", "capt", "captain", "sgt",
              "rev", "reverend", "sheikh", "king", "queen", "prince", "princess", "emir", "sultan",
              "president", "premier", "chancellor", "minister", "prime", "foreign", "secretary", "judge",
              "justice", "senator", "sen", "rep", "governor", "gov", "mayor", "ambassador", "pope",
              "cardinal", "archbishop", "bishop", "ayatollah", "vice", "deputy", "former", "ex", "then",
              "chief", "commander", "marshal", "field", "crown", "ousted", "late", "acting", "interim"}
# "Thousands of Nigerians", "a group of Moroccan diplomats": the actor is the "of" object.
PARTITIVES = {"group", "number", "part", "some", "many", "most", "all", "few", "several", "dozens", "hundreds",
              "thousands", "tens", "millions", "scores", "half", "third", "quarter", "majority", "minority",
              "rest", "member", "one", "two", "three", "delegation", "contingent", "patch", "band", "batch",
              "team", "handful", "crowd", "each", "none", "any", "both", "thousand", "hundred", "dozen",
              "million", "score"}
# Roles that are inhabited places ("homes", "villages"): people only as where they live.
PLACE_ROLE_PRIORITY = 5
# "The offices of the Palestinian administrators": things whose owner is the actor.
POSSESSIONS = {"position", "office", "headquarters", "base", "home", "house", "property", "asset", "computer",
               "account", "network", "vehicle", "convoy", "camp", "facility", "installation", "compound"}
# Entity labels under which NER also puts surnames ("Carney" as a GPE) unless the gazetteer knows the place.
PLACE_NAME_LABELS = {"GPE", "NORP", "LOC"}
NAME_BLOCKING_LABELS = {"DATE", "TIME", "GPE", "NORP", "LOC", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                        "QUANTITY", "EVENT", "LAW", "LANGUAGE"}


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


def actor_code(country: str | None, sector: str | None, org_code: str | None = None) -> str | None:
    """CAMEO-style code; an organisation code in ``country`` (IGOUNO) is kept whole."""
    if org_code:
        return org_code
    if is_organisation_code(country):
        return country
    code = (country or "") + (sector or "")
    return code or None


def make_actor(text: str, country: str | None, sector: str | None, name: str | None = None,
               organisation: str | None = None, function: str | None = None) -> Actor:
    """An Actor whose code, country and sector agree, whatever the source of the facts."""
    if organisation is None and is_organisation_code(country):
        organisation, country = country, None
    if organisation is not None and organisation[:3] in STATELESS_SECTORS:
        sector = organisation_sector(organisation, sector, function)
    return Actor(text=text, code=actor_code(country, sector, organisation), country=country,
                 sector=sector, name=name)


class DocumentActors(PhraseReader):
    """Actor resolution for one parsed document."""

    def __init__(self, doc: Doc, published: date | None = None, gazetteer: Gazetteer | None = None,
                 registry: ActorRegistry | None = None) -> None:
        self.doc = doc
        self.published = published
        self.gaz = gazetteer or Gazetteer.load()
        self.registry = registry if registry is not None else seed_registry()
        self.people: dict[str, KnownPerson] = {}
        self.person_mentions: list[tuple[int, KnownPerson]] = []
        self.context = CountryContext(doc, self.gaz)
        self._cache: dict[int, list[Actor]] = {}
        self._learn()

    @property
    def countries(self):
        """How often each country is named (kept for callers of the first version)."""
        return self.context.counts

    # --- learning people --------------------------------------------------------------------
    def _learn(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ in PERSON_LABELS and not self._is_not_a_person(ent.text):
                self._learn_person(ent)
        for name in self._introduced_names():
            self._learn_person(name)
        self.person_mentions.sort(key=lambda item: item[0])
        for index, person in self.person_mentions:  # an article about Putin is about Russia too
            if person.country:
                self.context.add(index, person.country)

    def _introduced_names(self) -> list[Span]:
        """Names NER missed but an appositive introduces as someone holding a role:
        "Kenzo Oshima, the UN relief coordinator, said ..." (NER took "Oshima" for a place)."""
        found: list[Span] = []
        for token in self.doc:
            if token.pos_ != "PROPN" or token.dep_ in ("compound", "flat") or token.ent_type_ in PERSON_LABELS:
                continue
            appositives = [c for c in token.children if c.dep_ == "appos" and c.i > token.i]
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
            if any(t.ent_type_ in ("ORG", "FAC", "NORP") for t in name) or self._known(name.text):
                continue
            info = self._head_info(appositives[0]).finish()
            if info.role is not None and self._title_like(appositives[0]):
                found.append(name)
        return found

    def _title_like(self, appositive: Token) -> bool:
        """The appositive's head is a title held by one person ("coordinator", "foreign minister")."""
        role = self._role_of(appositive)
        return role is not None and role.kind == "title" and appositive.tag_ not in ("NNS", "NNPS")

    def _is_not_a_person(self, text: str) -> bool:
        """NER calls "Sri Lanka" or "Benin" a person now and then; the gazetteer knows better."""
        return (self.gaz.place(text) is not None or self.gaz.organisation(text) is not None) \
            and not self.registry.candidates(text)

    def _learn_person(self, ent: Span) -> None:
        name_span, titles = self._strip_titles(ent)
        if name_span is None:
            return
        name = name_span.text.strip()
        info = self._describe_person(name_span, titles)
        known = self._known(name)
        if known is None:
            known = self._from_registry(name, name_span.start, info)
            self._remember(name, known)
        self._enrich(known, info)
        self.person_mentions.append((ent.start, known))

    def _strip_titles(self, ent: Span) -> tuple[Span | None, list[Token]]:
        """ "Prime Minister Mark Carney" -> ("Mark Carney", [Prime, Minister])."""
        start, end = ent.start, ent.end
        while start < end and (self.doc[start].lower_.rstrip(".") in HONORIFICS
                               or self._title_role(self.doc[start]) is not None):
            start += 1
        while end > start and self.doc[end - 1].tag_ == "POS":
            end -= 1
        if start >= end:
            return None, []
        return self.doc[start:end], list(self.doc[ent.start:start])

    def _title_role(self, token: Token) -> Role | None:
        role = self.gaz.role(token.lower_)
        return role if role is not None and role.kind == "title" and token.text[:1].isupper() else None

    def _known(self, name: str) -> KnownPerson | None:
        found = self.people.get(name)
        if found is None:
            parts = name.split()
            found = self.people.get(parts[-1]) if len(parts) > 1 else None
        return found

    def _from_registry(self, name: str, index: int, info: Info) -> KnownPerson:
        identity = self.registry.lookup(name, self.published)
        known = KnownPerson(name, None, None, None, index)
        if identity is not None and (info.country is None or info.country == identity.country):
            known.name = identity.name if len(name.split()) == 1 else name
            known.country, known.sector, known.role = identity.country, identity.sector, identity.role
            known.organisation = identity.organisation
        return known

    def _remember(self, name: str, known: KnownPerson) -> None:
        self.people.setdefault(name, known)
        for alias in short_aliases(known.name, known.country):
            self.people.setdefault(alias, known)

    def _enrich(self, known: KnownPerson, info: Info) -> None:
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

    def _describe_person(self, name_span: Span, titles: list[Token]) -> Info:
        """Country, sector and role from the title before a name, an appositive, "of X".

        Only the words of the name's own noun phrase count ("Chinese Premier Li Qiang"),
        and the sector only from the title right before the name: in "Dubai-based
        intelligence analyst Martin Kelly" the unknown title "analyst" says nothing.
        """
        head = name_span.root
        words = sorted(set(self._noun_phrase_left(name_span.start, head)) | set(titles), key=lambda t: t.i)
        info = self._title_info(words).finish()
        for child in head.children:  # another name beside it is a list ("Trump, Erdogan"), no description
            if child.dep_ == "appos" and child.ent_type_ not in PERSON_LABELS:
                info.merge(self._head_info(child).finish())
            elif child.dep_ == "prep" and child.lower_ in ("of", "from"):
                info.merge(self._object_info(child))
        if head.dep_ == "appos" and head.head.ent_type_ not in PERSON_LABELS:
            info.merge(self._head_info(head.head).finish())
        return info

    def sightings(self, doc_id: str) -> list[Sighting]:
        """What this document taught about people with full names, for the registry."""
        seen: dict[int, Sighting] = {}
        for _, person in self.person_mentions:
            if id(person) in seen or len(person.name.split()) < 2:
                continue
            country = person.organisation or person.country
            aliases = tuple(short_aliases(person.name, person.country))
            seen[id(person)] = Sighting(person.name, doc_id, self.published, country, person.sector,
                                        person.role, aliases, described=person.described)
        return list(seen.values())

    # --- resolution -----------------------------------------------------------------------
    def resolve(self, token: Token) -> list[Actor]:
        """The actors a noun phrase headed by ``token`` denotes (several for "A and B officials")."""
        found = self._cache.get(token.i)
        if found is None:
            self._cache[token.i] = []  # a pronoun whose antecedent is this very phrase finds nothing
            found = self._cache[token.i] = self._resolve(token)
        return list(found)

    def _resolve(self, token: Token) -> list[Actor]:
        lower = token.lower_
        if lower in coref.PERSON_PRONOUNS:
            person = self._person_subject(token)
            if person is None:
                holder = self._title_holder_subject(token)  # "the army chief said his forces ..."
                if holder:
                    return [Actor(text=token.text, code=a.code, country=a.country, sector=a.sector) for a in holder]
            person = person or self._person_before(token.i)
            return self._person_actors(token, token.text, person) if person else []
        if lower in coref.IT_PRONOUNS or lower in coref.THEY_PRONOUNS:
            return self._antecedent(token)
        if token.pos_ == "PRON":
            return []
        return self._nominal(token)

    def _nominal(self, token: Token) -> list[Actor]:
        pair = self._pair(token)
        if pair:
            return pair
        whole = self._partitive_object(token)
        if whole is not None:
            return self._shared_head([a for m in (whole, *whole.conjuncts) if m.i >= whole.i
                                      for a in self._cached_nominal(m)])
        if self.gaz.phrase_word(token.lemma_.lower()) == "envoy" and token.pos_ == "NOUN":
            found = self._role_or_place(token)  # "his U.N. mission": whose envoy, before which body
            if found:
                return found
        organisation = self._organisation(token)
        if organisation:
            return [organisation]
        person = self._person_at(token) or self._titled_person(token)
        if person:
            return self._person_actors(token, self._span_text(token), person)
        return self._role_or_place(token)

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
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                if self._names_act(prep):
                    return None
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN", "NUM"):
                        return obj
        return None

    def _names_act(self, prep: Token) -> bool:
        """The preposition's object is a deed: a gerund ("of killing", "of burning homes") or an
        act noun (``phrase_words.tsv`` kind "act": "of abuses", "of war crimes")."""
        first = self.doc[prep.i + 1] if prep.i + 1 < len(self.doc) else None
        for obj in prep.children:
            if obj.dep_ in ("pobj", "pcomp"):
                if obj.tag_ == "VBG" or obj.pos_ == "VERB":
                    return True
                role = self._role_of(obj)
                if first is not None and first.tag_ == "VBG" and first.head.i == obj.i and \
                        (role is None or role.priority <= PLACE_ROLE_PRIORITY) and self._place(obj) is None:
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
            members = coref.with_conjuncts(candidate) if pronoun.lower_ in coref.THEY_PRONOUNS else [candidate]
            actors = [a for m in members for a in self._cached_nominal(m) if a.code]
            if actors:
                return [Actor(text=pronoun.text, code=a.code, country=a.country, sector=a.sector, name=a.name)
                        for a in actors]
        return []

    def _cached_nominal(self, token: Token) -> list[Actor]:
        found = self._cache.get(token.i)
        return found if found is not None else self.resolve(token)

    def _pair(self, token: Token) -> list[Actor]:
        """ "The two countries", "both sides", "both governments": the pair in focus."""
        role = self.gaz.role(token.lower_)
        titled = role is not None and role.kind == "title"  # "the two presidents", "both foreign ministers"
        if (token.lemma_.lower() not in PAIR_NOUNS and not titled) or not token.tag_.endswith("S"):
            return []
        if not any(t.lower_ in ("two", "both") for t in token.lefts):
            return []
        sector = role.sector if role is not None else None
        pair = self._last_two_holders(token, sector) if role is not None else []
        pair = pair if len(pair) == 2 else self.context.pair(token)
        if len(pair) < 2:
            return []
        text = self._span_text(token)
        return [make_actor(text, country, sector) for country in pair]

    def _last_two_holders(self, token: Token, sector: str | None) -> list[str]:
        """ "Putin ... Erdogan ... the two presidents": the countries of the last two people of that
        sector named before, when they are of two countries."""
        countries: list[str] = []
        for index, person in reversed(self.person_mentions):
            if index < token.i and person.country and person.sector == sector and person.country not in countries:
                countries.append(person.country)
                if len(countries) == 2:
                    return countries[::-1]
        return []

    # --- organisations and companies ------------------------------------------------------
    def _organisation(self, token: Token) -> Actor | None:
        ent = self._ent_of(token)
        candidates = [ent.text] if ent is not None else []
        candidates += [self._span_text(token), token.text]
        named = self._name_with_of(token, ent)
        if named:
            candidates.insert(0, named)
        for text in candidates:
            found = self._named_org(text, ent)
            if found is not None:
                return found
        return self._unlisted_org(token, ent)

    def _unlisted_org(self, token: Token, ent: Span | None) -> Actor | None:
        """An organisation the gazetteer does not list, typed by its head noun ("the Kenya Anti-
        Corruption Commission" -> KEN GOV, "the Association of African Jurists" -> NGO), with the
        country its name gives, else (for state bodies, unions, parties) the country in focus."""
        name = self._org_name(token, ent)
        if name is None or self._role_of(token) is not None:
            return None  # "China's Ministry of Commerce": a role word, read with its modifiers
        head = self.gaz.organisation_head(token.text)
        if head is None or any(self.gaz.organisation(t.text) for t in name if t.i != token.i):
            return None  # "the U.N. Office for ...": an office of a listed organisation
        text = name.text.removeprefix("the ").removeprefix("The ")
        places = [p for _, _, p in self.gaz.find_places([t.text for t in name]) if p.country]
        country = places[0].country if places else None
        if head.sector == "NGO" and country is None:
            return make_actor(text, None, None, text, organisation="NGO")
        if country is None and head.kind in ("state", "society"):
            country = self.context.focus(token)
        if country is None:
            return None
        return make_actor(text, country, head.sector, text)

    def _org_name(self, token: Token, ent: Span | None) -> Span | None:
        """The capitalised name an organisation's head noun ends or starts ("the Association of
        African Jurists", "the Kenya Anti-Corruption Commission"), whether or not NER found it."""
        if ent is not None and ent.label_ == "ORG" and token.i == ent.root.i and len(ent) > 1:
            return ent
        if ent is not None or token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        left = [t for t in token.lefts if t.dep_ in ("compound", "amod") and t.text[:1].isupper()]
        if not left:
            return None
        return self.doc[min(t.i for t in left): token.i + 1]

    def _name_with_of(self, token: Token, ent: Span | None) -> str | None:
        """ "Liberation Tigers of Tamil Eelam": a capitalised name running on through "of"."""
        if not token.text[:1].isupper():
            return None
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == token.i + 1:
                end = max(t.i for t in prep.subtree)
                tail = self.doc[prep.i + 1: end + 1]
                if all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "for") for t in tail):
                    start = ent.start if ent is not None and ent.start <= token.i else token.i
                    return self.doc[start: end + 1].text
        return None

    def _named_org(self, text: str, ent: Span | None) -> Actor | None:
        for variant in (text, text.removeprefix("the ").removeprefix("The ")):
            org = self.gaz.organisation(variant)
            if org:
                return make_actor(text, org.country, org.sector, org.name, org.code, org.function or "")
            country = self.gaz.company(variant)
            if country and (ent is None or ent.label_ in ("ORG", "PRODUCT")):
                return make_actor(text, country, "BUS", variant)
        return None

    # --- people ---------------------------------------------------------------------------
    def _person_at(self, token: Token) -> KnownPerson | None:
        ent = self._ent_of(token)
        if ent is not None and ent.label_ in PERSON_LABELS and not self._is_not_a_person(ent.text):
            name_span, _ = self._strip_titles(ent)
            if name_span is None:
                return None
            name = name_span.text.strip()
            return self._known(name) or self._registry_person(name, token.i)
        if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper():
            return None
        if ent is not None and ent.label_ in NAME_BLOCKING_LABELS and (
                ent.label_ not in PLACE_NAME_LABELS or self.gaz.place(ent.text) is not None):
            return None  # a date or a real place; NER also calls "Carney" a GPE now and then
        return self.people.get(token.text) or self._registry_person(token.text, token.i)

    def _registry_person(self, name: str, index: int) -> KnownPerson | None:
        """A name the registry knows ("Carney"), remembered for the rest of the document."""
        if not self.registry.candidates(name):
            return None
        known = self._from_registry(name, index, Info())
        if known.country is None and known.sector is None and known.organisation is None:
            return None
        self._remember(name, known)
        self.person_mentions.append((index, known))
        self.person_mentions.sort(key=lambda item: item[0])
        return known

    def _titled_person(self, token: Token) -> KnownPerson | None:
        """ "The premier", "the Canadian prime minister": a person already met in that role."""
        role = self._role_of(token)
        if role is None or role.kind != "title" or token.tag_ in ("NNS", "NNPS"):
            return None
        if any(t.ent_type_ in PERSON_LABELS for t in token.subtree):
            return None
        words = [t for t in token.subtree if t.i < token.i and not self._in_clause(t, token)]
        info = self._modifiers_info(words)
        self._prepositional_info(token, info, None)
        if info.organisation is not None or info.former:
            return None
        country = info.country
        term = role.term.lower()
        for index, person in reversed(self.person_mentions):
            if index >= token.i or not person.role:
                continue
            if (person.role.lower() == term or person.role.lower().endswith(" " + term)) and \
                    (country is None or country == person.country):
                return person
        return None

    def _person_subject(self, pronoun: Token) -> KnownPerson | None:
        """The person who is the subject of a clause governing the pronoun, if any."""
        for subject in coref.governing_subjects(pronoun):
            if subject.lower_ in coref.PERSON_PRONOUNS or subject.pos_ == "PRON":
                continue
            person = self._person_at(subject) or self._titled_person(subject)
            if person is not None:
                return person
        return None

    def _title_holder_subject(self, pronoun: Token) -> list[Actor]:
        """The unnamed office holder ("the Afghan army chief", "the minister") who is the nearest
        subject above a he/his/she/her: the pronoun is them, not the last person named."""
        inside = {a.i for a in pronoun.ancestors}
        for subject in coref.governing_subjects(pronoun):
            if subject.i in inside or subject.pos_ == "PRON":
                continue
            role = self._role_of(subject) if subject.tag_ == "NN" and not subject.ent_type_ else None
            if role is None or role.kind != "title":
                return []
            return [a for a in self._cached_nominal(subject) if a.code]
        return []

    def _person_before(self, index: int) -> KnownPerson | None:
        best = None
        for position, person in self.person_mentions:
            if position < index:
                best = person
        return best

    def _person_actors(self, token: Token, text: str, person: KnownPerson) -> list[Actor]:
        country = person.country
        if country is None and person.organisation is None and person.sector not in (None, *STATELESS_SECTORS):
            country = self.context.focus(token, role=person.role)
        elif country is None and person.organisation is None and person.sector is None \
                and token.dep_ not in ("nsubj", "csubj") and not (token.dep_ == "poss" and token.pos_ == "PRON"):
            country = self._local_person_country(person)
        return [make_actor(text, country, person.sector, person.name, person.organisation)]

    def _local_person_country(self, person: KnownPerson) -> str | None:
        """The country of an undescribed person acted on (arrested, expelled, killed) in an article
        plainly about one country: mostly its own. Not when a sentence naming them names another
        country ("Amirov and Omarov, both from Azerbaijan"), and never for one who speaks or owns
        (the subject of "said" is as often an outside expert)."""
        country = self.context.dominant()
        if country is None:
            return None
        starts = {self.context.sentence_start[i] for i, p in self.person_mentions if p is person}
        for mention in self.context.mentions:
            if mention.sentence in starts and mention.country != country:
                return None
        for sent in self.doc.sents:  # "Mehdiyev, who is Azerbaijani": a demonym NER left untagged
            if sent.start in starts and any((place := self.gaz.place(t.text)) is not None and place.country
                                            and place.country != country for t in sent
                                            if t.pos_ in ("ADJ", "PROPN") and t.ent_type_ not in PERSON_LABELS):
                return None
        return country

    # --- roles and places -----------------------------------------------------------------
    def _role_or_place(self, token: Token) -> list[Actor]:
        """A head word that is a role/group or a place, qualified by its modifiers."""
        if self._is_venue_modifier(token):
            return []
        words = [t for t in token.subtree if t.i < token.i and not self._in_clause(t, token)]
        info = self._modifiers_info(words)
        head_place = self._place(token)
        if head_place is not None:
            self._apply_head_place(token, head_place, info)
        head_role = self._role_of(token)
        self._envoy_to_body(token, info)
        if head_role is None and head_place is None and self._is_mere_thing(token):
            return []  # "Zimbabwe's constitution", "the Indian Ocean", "the Gulf of Mexico": no actor
        if head_role is None and head_place is None and self._is_polity(token, words, info):
            info.sector = "GOV"  # "the Pakistani state": the state as an actor is its government
        if head_role is None and head_place is None and info.country is None and info.organisation is None:
            owners = self._owners_of_thing(token)
            if owners:
                return owners
            if token.dep_ in SUBJECT_DEPS and info.sector is None and self._things_of(token):
                return []  # "the bombing of a Nigerian base killed ...": whose base says nothing of the doer
        if head_role is not None and info.organisation is None and head_role.sector in STATE_SECTORS:
            group = self._group_owner(token)
            if group is not None:  # "the rebel group's commanders", "leaders of the militia": the group's
                return [Actor(text=self._span_text(token), code=group.code, country=group.country,
                              sector=group.sector, name=group.name)]
        self._prepositional_info(token, info, head_place)
        if head_role is not None:
            info.sector, info.role = head_role.sector, head_role.term
            if self.gaz.phrase_word(head_role.term) == "counterpart":
                info.sector = self._counterpart_sector(token) or info.sector
            info.elsewhere = info.elsewhere and not ELSEWHERE_WORDS & set(head_role.term.split())
            info.generic = head_role.priority <= GENERIC_HEAD_PRIORITY
            if info.generic:
                self._group_sector(token, info)
        elif head_place is not None and head_place.kind == "demonym" and self._counted_people(token):
            info.sector = info.sector or "CVL"  # "thousands of Nigerians", "three Iraqis": people, not a state
        info.finish()
        if head_role is None and head_place is None and self._adjective_kind_only(token, words, info):
            info.sector = info.role = None  # "military equipment", "military aid from Russia": a kind of thing
        if info.ethnic is not None and info.country in (None, info.ethnic):
            info.country = self.context.focus(token, exclude=frozenset({info.ethnic}))
            info.sector = info.sector or "CVL"
        return self._actors_from(token, info, head_place)

    def _envoy_to_body(self, token: Token, info: Info) -> None:
        """ "Iran's U.N. ambassador", "his U.N. mission", "the Chinese delegation to the WTO": a
        country's envoy to an international body is that country's government (``phrase_words.tsv``
        kind "envoy"); "the U.N. envoy for Syria" with no country before it is the body's, and so is
        "his U.N. mission" (a pronoun says too little of whose)."""
        org = info.organisation
        if org is None or org.country is not None or self.gaz.phrase_word(token.lemma_.lower()) != "envoy":
            return
        if info.country is not None:
            info.organisation, info.sector = None, "GOV"

    def _counterpart_sector(self, token: Token) -> str | None:
        """ "The army chief met his Pakistani counterpart": a counterpart holds the office of the
        one whose counterpart they are (``phrase_words.tsv`` kind "counterpart"), GOV by default."""
        owner = self._possessive_owner(token)
        if owner is None:  # "the army chief ... his counterpart": the pronoun's clause subject
            for poss in (c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PRON"):
                for subject in coref.governing_subjects(poss):
                    if subject.pos_ in ("NOUN", "PROPN") and subject.i != token.i:
                        found = [a for a in self._cached_nominal(subject) if a.sector]
                        owner = found[0] if found else None
                        break
        return owner.sector if owner is not None and owner.sector in STATE_SECTORS else None

    def _group_owner(self, token: Token) -> Actor | None:
        """The armed or opposition group a leader, commander or member belongs to, named by a
        possessive noun or an "of"/"for" object: its leaders are that group, not a state."""
        owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")]
        owners += [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
                   for o in p.children if o.dep_ == "pobj"]
        for owner in owners:
            found = [a for a in self._cached_nominal(owner) if a.code]
            if len(found) == 1 and (found[0].sector in GROUP_SECTORS or (found[0].code or "").startswith("IMG")):
                return found[0]
        return None

    def _is_mere_thing(self, token: Token) -> bool:
        """A language, a document or law ("the constitution", "the treaty") or a named sea, gulf or
        strait (``phrase_words.tsv`` kinds "thing", "document", "feature"): whoever's it is, it does
        nothing. Unlike a language, a country's law still says what the article is about."""
        kind = self.gaz.phrase_word(token.lower_) or self.gaz.phrase_word(token.lemma_.lower())
        return kind in ("thing", "document") or (kind == "feature" and token.text[:1].isupper())

    def _is_polity(self, token: Token, words: list[Token], info: Info) -> bool:
        """ "The Pakistani state", "Iraq's state": a country word and a polity noun, nothing else
        ("a Palestinian state" is a state to be; "the Indian state of Kerala" a province)."""
        if info.country is None or info.sector is not None or info.organisation is not None or info.elsewhere \
                or self.gaz.phrase_word(token.lower_) != "polity" or not token.text.islower():
            return False
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return False
        for word in words:
            place = self._place(word)
            if word.lower_ not in ("the", "'s", "’s") and (place is None or place.country != info.country):
                return False
        return True

    def _owners_of_thing(self, token: Token) -> list[Actor]:
        """ "a demand from the US President", "in defiance of Chinese authorities": a head that is
        no actor stands for the full actor it is of, from or by (sector and all). As a subject,
        "of" counts only for people or forces ("the deployment of NATO troops arrived"): "the
        bombing of a base killed ..." names whom it hit, not its doer."""
        things = {o.i for o in self._things_of(token)} if token.dep_ in SUBJECT_DEPS else set()
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from", "by"):
                continue
            objects = [o for o in prep.children if o.dep_ == "pobj" and o.i not in things]
            found = [a for o in objects for a in self._cached_nominal(o) if a.country and a.sector]
            if found:
                return found
        return []

    def _things_of(self, token: Token) -> list[Token]:
        """The objects of ``token``'s "of" that are no people or forces ("the bombing of [a base]")."""
        return [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" and self._role_of(o) is None]

    def _is_venue_modifier(self, token: Token) -> bool:
        """ "the Jeddah talks", "the Davos forum": a town naming where an act takes place is no party to it."""
        if token.dep_ not in ("compound", "nmod", "amod") or token.head.pos_ not in ("NOUN", "PROPN"):
            return False
        place = self._place(token)
        head = token.head
        return place is not None and place.kind == "city" and self._place(head) is None \
            and self._role_of(head) is None and head.lemma_.lower() not in POSSESSIONS

    @staticmethod
    def _counted_people(token: Token) -> bool:
        """A plural demonym that is counted: "three Iraqis", "thousands of Nigerians"."""
        if any(c.dep_ == "nummod" or c.lower_ in PARTITIVES for c in token.children):
            return True  # "three Sudanese": invariant demonyms are tagged singular
        head = token.head  # "thousands of Pakistanis" (tagged NNP as often as NNPS)
        return token.dep_ == "pobj" and head.lower_ == "of" and token.text.endswith(("s", "ese", "ch", "sh")) and (
            head.head.lemma_.lower() in PARTITIVES or head.head.lower_ in PARTITIVES or head.head.pos_ == "NUM")

    def _adjective_kind_only(self, token: Token, words: list[Token], info: Info) -> bool:
        """Only an adjective ("military", "judicial") gave a sector to a head that is no role:
        it says what kind of thing the head is. Owned places ("a military base") stay actors.
        "Civilian" too on a thing ("the highest civilian honor", "a civilian airport"), not on a
        plural (mostly people: "civilian experts") nor on the places and harms of a population
        (``phrase_words.tsv`` kind "inhabited": "civilian toll")."""
        civil = info.sector == "CVL" and token.tag_ not in ("NNS", "NNPS") \
            and self.gaz.phrase_word(token.lower_) != "inhabited"  # "civilian honor"; not "civilian areas"
        if (info.sector not in DOMAIN_SECTORS and not civil) or info.organisation is not None \
                or info.company_country is not None or token.lemma_.lower() in POSSESSIONS:
            return False
        sector_words = [t for t in words if self.gaz.role(t.lower_) or self.gaz.role(t.lemma_.lower())]
        return bool(sector_words) and all(t.pos_ == "ADJ" and t.dep_ == "amod" for t in sector_words)

    def _actors_from(self, token: Token, info: Info, head_place: Place | None) -> list[Actor]:
        text = self._span_text(token)
        if head_place is not None and head_place.country is not None:
            info.organisation = info.company_country = None  # "NATO-member Norway" is Norway
        if info.organisation is not None:
            org = info.organisation  # "UN peacekeepers": the role word's sector, if the body is stateless
            sector = info.sector if org.country is None else org.sector
            return [make_actor(text, org.country, sector, org.name, org.code, org.function or "")]
        if info.company_country and info.country is None:
            return [make_actor(text, info.company_country, info.sector or "BUS")]
        region = head_place.code if head_place is not None and head_place.country is None else info.region
        if info.country is None and region is not None:  # "West Africa", "African leaders"
            return [Actor(text=text, code=region + (info.sector or ""), sector=info.sector)]
        if info.country is None and info.sector is None:
            return []
        if info.country is None and info.sector not in STATELESS_SECTORS and not info.elsewhere:
            owner = self._possessive_owner(token)  # "his administration", "their leaders": whose?
            if owner is not None:
                sector = owner.sector if info.generic and owner.sector else info.sector
                organisation = owner.code if is_organisation_code(owner.code) and owner.country is None else None
                return [make_actor(text, owner.country, sector, organisation=organisation)]
            info.country = self.context.focus(token)
        countries = self._conjoined_modifier_countries(token)
        if len(countries) > 1:
            return [make_actor(text, c, info.sector) for c in countries]
        return [make_actor(text, info.country, info.sector)]

    def _possessive_owner(self, token: Token) -> Actor | None:
        """The actor a possessive pronoun before ``token`` stands for ("his", "its", "their")."""
        for child in token.lefts:
            if child.dep_ == "poss" and child.pos_ == "PRON" and child.lower_ not in ("my", "our", "your"):
                found = [a for a in self.resolve(child) if a.code]
                return found[0] if found else None
        return None

    # --- output for the registry ------------------------------------------------------------
    def known_people(self) -> list[KnownPerson]:
        """Every distinct person met in this document, in order of first mention."""
        seen: dict[int, KnownPerson] = {}
        for _, person in self.person_mentions:
            seen.setdefault(id(person), person)
        return list(seen.values())
