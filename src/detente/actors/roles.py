"""A head word that is a role, a group or a place, qualified by its modifiers, as actors.

"Senior Hungarian officials" (HUNGOV), "rebels in Darfur" (SDNREB), "Kenyans" (KEN),
"thousands of Nigerians" (NGACVL), "the rebel group's commanders" (the group), "his
administration" (whose?), "the Pakistani state" (PAKGOV); and heads that are no actor at
all: "the Jeddah talks", "Zimbabwe's constitution", "military equipment".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from detente.actors import coref
from detente.actors.codes import DOMAIN_SECTORS, GROUP_SECTORS, STATE_SECTORS, STATELESS_SECTORS, make_actor
from detente.actors.context import CountryContext, is_foreign_modifier
from detente.actors.gazetteer import Gazetteer, Place, Role
from detente.actors.located import Whereabouts, is_place_head
from detente.actors.organisations import BUSINESS_SECTOR, is_business_body
from detente.actors.phrases import ELSEWHERE_WORDS, GENERIC_HEAD_PRIORITY, Info, PhraseReader, in_clause
from detente.actors.registry import is_organisation_code
from detente.actors.words import SPEAKING_ROLES, WordLookup
from detente.data import word_list, word_sequence
from detente.model import Actor
from detente.nlp.labels import HEAD_SUBJECT_DEPS, NOUN_MODIFIER_DEPS, NOUN_POS, OWNER_DEPS, PLURAL_NOUN_TAGS
from detente.nlp.tree import children

ADDRESSING_PREPS = word_list("actors.addressing_preps")
PARTITIVES = word_list("actors.partitives")
POSSESSIONS = word_list("actors.possessions")
PLURAL_DEMONYM_ENDINGS = word_sequence("actors.plural_demonym_endings")
SPEAKER_POSSESSIVES = word_list("actors.speaker_possessives")
STATE_ANAPHORS = word_list("actors.state_anaphors")  # "the country's", "the island's": the state named before
SPEECH_VERBS = word_list("grammar.speech_verbs")
LEADER_ROLES = word_list("actors.leader_roles")  # "the president" a spokesperson speaks of: their own
MODIFIER_SECTORS = STATE_SECTORS - {"GOV"}  # "military", "police", "judicial" before a state office
SEAT_OF_POWER = "seat"  # the place kind of "the Kremlin", "the State Department"
PLACE_ROLE_PRIORITY = 5  # roles that are inhabited places ("town", "village"): people only as where they live

Resolve = Callable[[Token], list[Actor]]
"""Who the noun phrase a token heads is: the document's resolver, for owners and groups."""


class RoleAndPlaceResolver:
    """The actors a role, group or place head stands for, with what its modifiers say."""

    def __init__(self, doc: Doc, words: WordLookup, phrases: PhraseReader, gazetteer: Gazetteer,
                 context: CountryContext, resolve: Resolve) -> None:
        self.doc = doc
        self.words = words
        self.phrases = phrases
        self.gaz = gazetteer
        self.context = context
        self.resolve_phrase = resolve  # whose a head is: "the rebel group's commanders", "his administration"
        self.where = Whereabouts(words.place, self._name_text)

    def resolve(self, token: Token) -> list[Actor]:
        """A head word that is a role/group or a place, qualified by its modifiers."""
        if self._is_venue_modifier(token):
            return []
        words = [t for t in token.subtree if t.i < token.i and not in_clause(t, token)]
        head_role = self.words.role(token)
        info = self.phrases.modifiers_info(_outside_role(words, token, head_role))
        head_place = self.words.place(token)
        if head_place is not None:
            self.phrases.apply_head_place(token, head_place, info)
        if head_place is None and info.country is None and info.organisation is None and not _is_subject(token) \
                and is_place_head(token, head_role is not None and head_role.priority <= PLACE_ROLE_PRIORITY):
            info.country = self.where.country(token) or self._place_here(token)  # "the town of Pokrovsk": where it lies
        self._envoy_to_body(token, info)
        if head_role is None and head_place is None and self._is_mere_thing(token):
            return []  # "Zimbabwe's constitution", "the Indian Ocean", "the Gulf of Mexico": no actor
        if head_role is None and head_place is None and self._is_polity(token, words, info):
            info.sector = "GOV"  # "the Pakistani state": the state as an actor is its government
        if head_role is None:
            info.sector = info.sector or self._stance_sector(token, words, info, head_place)
        if head_role is None and head_place is None and info.country is None and info.organisation is None:
            owners = self._owners_of_thing(token)
            if owners:
                return owners
            if token.dep_ in HEAD_SUBJECT_DEPS and info.sector is None and self._things_of(token):
                return []  # "the bombing of a Nigerian base killed ...": whose base says nothing of the doer
        if head_role is not None and info.organisation is None:
            body = self._body_owner(token)
            if body is not None:  # "the court's president": the International Court of Justice named before
                return [make_actor(self.words.span_text(token), body.country, head_role.sector,
                                   organisation=body.code)]
        if head_role is not None and info.organisation is None and head_role.sector in STATE_SECTORS | GROUP_SECTORS:
            group = self._group_owner(token)
            if group is not None:  # "the rebel group's commanders", "[its] fighters": the group's
                return [Actor(text=self.words.span_text(token), code=group.code, country=group.country,
                              sector=group.sector, name=group.name)]
        self.phrases.prepositional_info(token, info, head_place)
        if head_role is not None:
            # "the military spokesperson", "police officials": a state office's sector named by its modifier
            kept = info.sector if head_role.sector == "GOV" and info.sector in MODIFIER_SECTORS else None
            info.sector, info.role = kept or head_role.sector, head_role.term
            if is_business_body(token, [*words, token]) and self.words.role_with_of(token) is None:
                info.sector = BUSINESS_SECTOR  # "the U.S.-China Business Council" (not "the Chamber of Deputies")
            if self.gaz.phrase_word(head_role.term) == "counterpart":
                info.sector = self._counterpart_sector(token) or info.sector
            info.elsewhere = info.elsewhere and not ELSEWHERE_WORDS & set(head_role.term.split())
            info.generic = head_role.priority <= GENERIC_HEAD_PRIORITY
            if info.generic:
                self.phrases.group_sector(token, info)
            self.phrases.party_legislature(words, info)  # "Democratic lawmakers"
        elif head_place is not None and head_place.kind == "demonym" and _counted_people(token):
            info.sector = info.sector or "CVL"  # "thousands of Nigerians", "three Iraqis": people, not a state
        info.finish()
        if head_role is None and head_place is None and self._adjective_kind_only(token, words, info):
            info.sector = info.role = None  # "military equipment", "military aid from Russia": a kind of thing
        if info.ethnic is not None and info.country in (None, info.ethnic):
            info.country = self.context.focus(token, exclude=frozenset({info.ethnic}))
            info.sector = info.sector or "CVL"
        return self._actors_from(token, info, head_place)

    def _place_here(self, token: Token) -> str | None:
        """ "Attacked the Zamzam camp in North Darfur": the one country the sentence says things happen in."""
        here = {m.country for m in self.context.in_sentence(token) if m.locative}
        return next(iter(here)) if len(here) == 1 else None

    def _name_text(self, token: Token) -> str:
        """A place's name with its proper-noun compounds ("Deir al-Balah", "Nur Shams")."""
        ent = self.words.entity(token)
        if ent is not None:
            return ent.text
        start = min([token.i] + [t.left_edge.i for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"])
        return self.doc[start: token.i + 1].text

    def _envoy_to_body(self, token: Token, info: Info) -> None:
        """ "Iran's U.N. ambassador", "the Chinese delegation to the WTO": a country's envoy to an
        international body is that country's government (``PhraseReader.envoy_of_country``); so is
        "his U.N. mission" when "his" is a country's envoy ("Iran's U.N. ambassador ... his U.N.
        mission"). "The U.N. envoy for Syria", with no country before it, is the body's."""
        org = info.organisation
        if org is None or org.country is not None or self.gaz.phrase_word(token.lemma_.lower()) != "envoy":
            return
        if info.country is None:
            owner = self._possessive_owner(token)
            info.country = owner.country if owner is not None else None  # an IGO's own envoy has none
        self.phrases.envoy_of_country(token, info)

    def _counterpart_sector(self, token: Token) -> str | None:
        """ "The army chief met his Pakistani counterpart": a counterpart holds the office of the
        one whose counterpart they are (``phrase_words.tsv`` kind "counterpart"), GOV by default."""
        owner = self._possessive_owner(token)
        if owner is None:  # "the army chief ... his counterpart": the pronoun's clause subject
            for poss in (c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PRON"):
                for subject in coref.governing_subjects(poss):
                    if subject.pos_ in NOUN_POS and subject.i != token.i:
                        found = [a for a in self.resolve_phrase(subject) if a.sector]
                        owner = found[0] if found else None
                        break
        return owner.sector if owner is not None and owner.sector in STATE_SECTORS else None

    def _group_owner(self, token: Token) -> Actor | None:
        """The armed or opposition group a leader, commander, member or fighter belongs to, named by a
        possessive noun, an "of"/"for" object or a possessive pronoun's clause subject: its leaders
        and fighters are that group, not a state or any rebels of its country."""
        owners = [c for c in children(token) if c.dep_ == "poss" and c.pos_ in NOUN_POS]
        owners += [o for p in children(token) if p.dep_ == "prep" and p.lower_ in ("of", "for")
                   for o in children(p) if o.dep_ == "pobj"]
        for poss in (c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PRON"):
            # "the BLA said [its] fighters had attacked a convoy": the group the sentence is about
            owners += [s for s in coref.governing_subjects(poss) if s.pos_ in NOUN_POS and s.i != token.i][:1]
        for owner in owners:
            found = [a for a in self.resolve_phrase(owner) if a.code]
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
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in children(token)):
            return False
        for word in words:
            place = self.words.place(word)
            if word.lower_ not in ("the", "'s", "’s") and (place is None or place.country != info.country):
                return False
        return True

    def _stance_sector(self, token: Token, words: list[Token], info: Info, head_place: Place | None) -> str | None:
        """ "Russia's position", "Moscow's proposal", "the Chinese decision": what a state decides,
        asks or holds (``phrase_words.tsv`` kind "stance") is its government's (GOV), a state acting
        as a state; the owning country word too ("[Russia's] position"); a seat's own sector
        ("the Pentagon's decision": MIL). "Canadian canola" and "Russia's economy" stay the country's."""
        if info.country is None or info.sector is not None or info.organisation is not None or info.elsewhere:
            return None
        if head_place is not None:  # the owner itself
            owner = head_place.kind in ("name", "demonym") and token.dep_ in OWNER_DEPS \
                and self.is_stance(token.head) and token.head.i != token.i
            return "GOV" if owner else None
        if not self.is_stance(token):
            return None
        places = [p for w in words if w.dep_ in OWNER_DEPS and (p := self.words.place(w)) is not None
                  and p.country == info.country]
        return next((p.sector for p in places if p.sector), "GOV") if places else None

    def is_stance(self, token: Token) -> bool:
        """A noun of what a party decides, asks or holds (``phrase_words.tsv`` kind "stance")."""
        return token.pos_ in NOUN_POS and self.gaz.phrase_word(token.lemma_.lower()) == "stance"

    def _owners_of_thing(self, token: Token) -> list[Actor]:
        """ "a demand from the US President", "a report by Human Rights Watch", "in defiance of
        Chinese authorities": a head that is no actor stands for the full actor (a country's
        sector or an organisation) it is of, from or by. As a subject,
        "of" counts only for people or forces ("the deployment of NATO troops arrived"): "the
        bombing of a base killed ..." names whom it hit, not its doer."""
        things = {o.i for o in self._things_of(token)} if token.dep_ in HEAD_SUBJECT_DEPS else set()
        for prep in children(token):
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from", "by"):
                continue
            objects = [o for o in children(prep) if o.dep_ == "pobj" and o.i not in things]
            found = [a for o in objects for a in self.resolve_phrase(o)
                     if (a.country and a.sector) or is_organisation_code(a.code)]  # "a report by [the UN]"
            if found:
                return found
        return []

    def _body_owner(self, token: Token) -> Actor | None:
        """An international body a definite possessive takes back ("the court's", "the agency's"),
        as the document's resolver reads it; None for anything else."""
        for child in children(token):
            if child.dep_ != "poss" or child.pos_ not in NOUN_POS or self.gaz.organisation_head(child.lemma_.lower()) \
                    is None or [t.lower_ for t in child.lefts] != ["the"]:
                continue
            found = [a for a in self.resolve_phrase(child) if is_organisation_code(a.code) and a.country is None]
            return found[0] if found else None
        return None

    def _things_of(self, token: Token) -> list[Token]:
        """The objects of ``token``'s "of" that are no people or forces ("the bombing of [a base]")."""
        return [o for p in children(token) if p.dep_ == "prep" and p.lower_ == "of"
                for o in children(p) if o.dep_ == "pobj" and self.words.role(o) is None]

    def _is_venue_modifier(self, token: Token) -> bool:
        """ "the Jeddah talks", "the Davos forum": a town naming where an act takes place is no party to it."""
        if token.dep_ not in NOUN_MODIFIER_DEPS or token.head.pos_ not in NOUN_POS:
            return False
        place = self.words.place(token)
        head = token.head
        return place is not None and place.kind == "city" and self.words.place(head) is None \
            and self.words.role(head) is None and head.lemma_.lower() not in POSSESSIONS

    def _adjective_kind_only(self, token: Token, words: list[Token], info: Info) -> bool:
        """Only an adjective ("military", "judicial") gave a sector to a head that is no role:
        it says what kind of thing the head is. Owned places ("a military base") stay actors.
        "Civilian" too on a thing ("the highest civilian honor", "a civilian airport"), not on a
        plural (mostly people: "civilian experts") nor on the places and harms of a population
        (``phrase_words.tsv`` kind "inhabited": "civilian toll")."""
        civil = info.sector == "CVL" and token.tag_ not in PLURAL_NOUN_TAGS \
            and self.gaz.phrase_word(token.lower_) != "inhabited"  # "civilian honor"; not "civilian areas"
        if (info.sector not in DOMAIN_SECTORS and not civil) or info.organisation is not None \
                or info.company_country is not None or token.lemma_.lower() in POSSESSIONS:
            return False
        sector_words = [t for t in words if self.gaz.role(t.lower_) or self.gaz.role(t.lemma_.lower())]
        return bool(sector_words) and all(t.pos_ == "ADJ" and t.dep_ == "amod" for t in sector_words)

    def _actors_from(self, token: Token, info: Info, head_place: Place | None) -> list[Actor]:
        text = self.words.span_text(token)
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
            addressed = _addressed(token, self.words) if info.sector in STATE_SECTORS else frozenset()
            body = self._body_spoken_for(token) or _speakers_leader(token, self.words, self.resolve_phrase) \
                or _subject_continued(token, info, self.resolve_phrase) \
                or (self._reporting_state(token, addressed) if addressed else None)
            if body is not None:
                return [make_actor(text, body.country, info.sector)]
            info.country = _shared_country(token, self.words) or \
                self.context.focus(token, exclude=self.phrases.posted_to(token) | addressed, sector=info.sector)
        countries = self.phrases.conjoined_modifier_countries(token)
        if len(countries) > 1:
            return [make_actor(text, c, info.sector) for c in countries]
        return [make_actor(text, info.country, info.sector)]

    def _reporting_state(self, token: Token, addressed: frozenset[str]) -> Actor | None:
        """ "[The ministry] urged Tokyo to ..., Seoul's trade minister said": an unqualified body
        addressing another state, whose act a state's official or state media report, is that
        reporting state's own."""
        clause = token.head if token.dep_ in HEAD_SUBJECT_DEPS else None
        while clause is not None and clause.dep_ in ("ccomp", "parataxis") and clause.head is not clause:
            clause = clause.head
            if clause.lemma_.lower() in SPEECH_VERBS:
                speakers = [s for s in children(clause) if s.dep_ in HEAD_SUBJECT_DEPS and s.pos_ != "PRON"]
                found = [a for s in speakers for a in self.resolve_phrase(s) if a.country and a.sector in STATE_SECTORS]
                return next((a for a in found if a.country not in addressed), None)
        return None

    def _body_spoken_for(self, token: Token) -> Actor | None:
        """ "A spokesperson said [the State Department] does not comment on ...": an unqualified
        spokesperson whose words are about what a named state body or office does speaks for it.
        A country or capital named there ("said Beijing opposes", "said Tokyo must stop") says
        nothing: spokespeople speak of their own country as often as of another."""
        if token.lemma_.lower() not in SPEAKING_ROLES or token.dep_ not in HEAD_SUBJECT_DEPS \
                or token.head.lemma_.lower() not in SPEECH_VERBS:
            return None
        for clause in (c for c in children(token.head) if c.dep_ == "ccomp"):
            for subject in (s for s in children(clause) if s.dep_ in HEAD_SUBJECT_DEPS and s.pos_ != "PRON"):
                place = self.words.place(subject)
                if place is not None and place.kind != SEAT_OF_POWER:  # the Kremlin is a body; Moscow is a country
                    continue
                found = [a for a in self.resolve_phrase(subject) if a.country and a.sector in STATE_SECTORS]
                if found:
                    return found[0]
        return None

    def _possessive_owner(self, token: Token) -> Actor | None:
        """The actor a possessive pronoun before ``token`` stands for ("his", "its", "their"), or
        a possessive that takes back a state ("the island's defence ministry")."""
        for child in token.lefts:
            if child.dep_ == "poss" and ((child.pos_ == "PRON" and child.lower_ not in SPEAKER_POSSESSIVES)
                                         or child.lemma_.lower() in STATE_ANAPHORS):
                found = [a for a in self.resolve_phrase(child) if a.code]
                return found[0] if found else None
        return None


def _speakers_leader(token: Token, words: WordLookup, resolve: Callable[[Token], list[Actor]]) -> Actor | None:
    """ "White House spokeswoman Karoline Leavitt said [the president] would meet Xi in Busan":
    a bare leader's title in a clause a state's official reports is that official's own
    leader, not one of the place where the act will happen."""
    role = words.role(token)
    clause = token.head
    if role is None or role.term.lower() not in LEADER_ROLES or token.dep_ not in HEAD_SUBJECT_DEPS \
            or [t.lower_ for t in token.lefts if t.dep_ == "det"] != ["the"] \
            or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    return _one_state_acting(clause.head, resolve)


def _subject_continued(token: Token, info: Info, resolve: Callable[[Token], list[Actor]]) -> Actor | None:
    """ "Japan's Foreign Ministry lodged a protest with Beijing. [Officials] said the Chinese ship
    had entered Japanese waters": bare officials speaking right after a sentence whose subject
    is a state's organ or official are that state's, not the story's most named country's."""
    if info.sector not in STATE_SECTORS or token.tag_ not in PLURAL_NOUN_TAGS \
            or any(c.dep_ != "det" for c in children(token)) or token.dep_ not in HEAD_SUBJECT_DEPS \
            or token.head.lemma_.lower() not in SPEECH_VERBS or token.sent.start == 0:
        return None
    return _one_state_acting(token.doc[token.sent.start - 1].sent.root, resolve)


def _one_state_acting(verb: Token, resolve: Callable[[Token], list[Actor]]) -> Actor | None:
    """The organ or official of one state that the verb's named subjects are, else None."""
    doers = [a for s in children(verb) if s.dep_ in HEAD_SUBJECT_DEPS and s.pos_ != "PRON"
             for a in resolve(s) if a.country and a.sector in STATE_SECTORS]
    return doers[0] if len({a.country for a in doers}) == 1 else None


def _is_subject(token: Token) -> bool:
    """ "Dadaab and Kakuma camps shelter 400,000 refugees": a place that is a subject acts on no one."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in HEAD_SUBJECT_DEPS


def _shared_country(token: Token, words: WordLookup) -> str | None:
    """ "Israeli helicopters and tanks": a bare conjunct shares the country word of the one before it."""
    if token.dep_ != "conj" or any(t.dep_ not in ("cc", "punct") for t in token.lefts):
        return None
    found = {place.country for mod in token.head.lefts if mod.dep_ in ("amod", "compound", "poss")
             if (place := words.place(mod)) is not None and place.country is not None}
    return found.pop() if len(found) == 1 else None


def _outside_role(words: list[Token], head: Token, role: Role | None) -> list[Token]:
    """The modifiers that say whose a role head is: not the words of its own role phrase (in "the
    police's press wing" the role is "press wing", so the police's sector stays), nor a backer
    ("the army-backed government" is the government; "rebel-held territory", no role, is the rebels')."""
    if role is None:
        return words
    words = [t for t in words if not is_foreign_modifier(t)]  # "the army-backed government": not the army
    inside = set(role.term.split()) if " " in role.term else set()
    return [t for t in words if not (t.head.i == head.i and t.dep_ == "compound" and t.lower_ in inside)]


def _counted_people(token: Token) -> bool:
    """A plural demonym that is counted: "three Iraqis", "thousands of Nigerians"."""
    if any(c.dep_ == "nummod" or c.lower_ in PARTITIVES for c in children(token)):
        return True  # "three Sudanese": invariant demonyms are tagged singular
    head = token.head  # "thousands of Pakistanis" (tagged NNP as often as NNPS)
    return token.dep_ == "pobj" and head.lower_ == "of" and token.text.endswith(PLURAL_DEMONYM_ENDINGS) and (
        head.head.lemma_.lower() in PARTITIVES or head.head.lower_ in PARTITIVES or head.head.pos_ == "NUM")


def _addressed(token: Token, words: WordLookup) -> frozenset[str]:
    """ "The ministry urged [Tokyo] to lift ...", "summoned the [Chinese] ambassador": an
    unqualified body acting on a state it names by a place word is not that state's own."""
    if token.dep_ not in HEAD_SUBJECT_DEPS:
        return frozenset()
    verbs = [token.head]
    if token.head.lemma_.lower() in SPEECH_VERBS:  # '"We urge [the U.S. side] to ...," the ministry said'
        verbs += [c for c in children(token.head) if c.dep_ in ("ccomp", "parataxis")]
    objects = [c for v in verbs for c in children(v) if c.dep_ in ("dobj", "dative")]
    heads = [token.head, *objects]  # "called on [Washington]", "lodged a protest [with] Pyongyang"
    objects += [o for v in heads for c in children(v) if c.dep_ == "prep" and c.lower_ in ADDRESSING_PREPS
                for o in children(c) if o.dep_ == "pobj"]
    places = [words.place(t) for o in objects if o.pos_ != "PRON" for t in (o, *o.lefts)]
    return frozenset(p.country for p in places if p is not None and p.country)
