"""Whom an act is aimed at when its own words do not say: read as an analyst reads it.

The party acted upon is often outside the verb's object. "Rubio said U.S. officials would
examine Russia's position": the statement is about Russia. "China imposed duties on
Canadian canola. Ottawa condemned the move": the move is China's. An article headlined
"Canada-China ties" that says "Ottawa protested" means a protest to Beijing. In that order
(the act's own clause, the rest of its sentence, the sentences just before it, the headline,
the pair of countries the article is about), the first party other than the source is the
target; a deed taken back ("the move") looks to the sentences before first, and a target
named by a name no table knows stays unknown. Each target found this way says so in the
event's rule ("+implied:target_<where>").

Only acts between parties of a relationship are completed from outside their sentence: a
state, its organs or an international organisation acting, and a state or organisation
acted upon. A bare "said" is aimed only at whom its own words name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Span, Token

from detente.actors.codes import ARMED_GROUP_SECTORS, STATE_SECTORS, STATELESS_SECTORS
from detente.actors.context import PLACE_NOUNS, is_foreign_modifier, is_locative
from detente.actors.gazetteer import Gazetteer
from detente.actors.resolver import DocumentActors, make_actor
from detente.data import word_list
from detente.events import roots
from detente.events.candidate import Candidate
from detente.events.modality import Modality
from detente.events.referents import Context
from detente.events.slots import frame_subjects, slot_tokens
from detente.model import Actor, Event
from detente.nlp import grammar as g
from detente.nlp.labels import (
    CLAUSAL_ARGUMENT_DEPS,
    COMPLEMENT_CLAUSE_DEPS,
    GEO_DEMONYM_LABELS,
    NOMINAL_SUBJECT_DEPS,
    NOUN_POS,
    OBJECT_DEPS,
    OWNER_DEPS,
    OWNER_ENTITY_LABELS,
    PERSON_LABELS,
    SIDE_CLAUSE_DEPS,
    SUBJECT_CLAUSE_DEPS,
    TIME_LABELS,
    VERB_POS,
)
from detente.nlp.tree import children

SPEECH_VERBS = word_list("grammar.speech_verbs")  # "said [of] the raid": what the words are about

# How far back an unsaid target may be taken from: the sentences just before, in the same story.
RECENT_SENTENCES = 2
# A story is about a pair of countries when it names the second this often, and this share of the first.
PAIR_LEAST = 2
PAIR_SHARE = 3
SUBJECT_MATTER_PREPS = word_list("grammar.subject_matter_preps")
GRIEVANCE_NOUNS = word_list("grammar.grievance_nouns")
# "is concerned [by] Iran's enrichment": what a feeling is about, in the agent of its participle
FEELING_VERBS = word_list("events.feeling_verbs")
BREACH_CODES = word_list("events.breach_codes")  # "said X violated the truce": aimed at the teller
HEARING_VERBS = word_list("events.hearing_verbs")  # "told [X] that ...": X hears the act
PRESS_SECTOR = "MED"
GOVERNMENT = "GOV"  # a state named by its leader, capital or stance ("Russia's position") stays its government
UNSAID = "+implied:target_"  # a target read from outside the act's words
FIRST_FORCE_ROOT = "15"  # roots 15-20: force, whose target is never only a partner in talks
ACCUSATION_PREFIX = "112"  # an accusation and its kinds (1121-1125)
ANSWER_CODES = word_list("events.answer_codes")  # a denial is aimed at its accuser, never guessed from the headline
NAMING_LABELS = OWNER_ENTITY_LABELS | PERSON_LABELS  # entities that name a party ("Russia's", "NATO")
ROUTE_PREPS = word_list("events.route_preps")
ROUTE_END_PREPS = word_list("events.route_end_preps")
TOWN_KINDS = frozenset({"city"})  # a gazetteer place that is a town, no seat of a state
NAME_LABELS = OWNER_ENTITY_LABELS | {"LOC"}  # "the [Pacific Alliance] bloc" is read as a place name
OPPONENT_PREPS = word_list("grammar.opponent_preps")  # "its battle [against] Beijing": an adversary
RELATIVE_PRONOUNS = word_list("grammar.relative_pronouns")
DEED_ADJUNCT_NOUNS = word_list("grammar.deed_adjunct_nouns")  # "jailed him, in [a move] that ..."
DEFINITE_DETERMINERS = word_list("actors.definite_determiners")  # "[the] move", "[this] decision"
FUNCTION_POS = frozenset({"DET", "ADP", "PART", "PUNCT", "CCONJ"})  # "[The] Hague": read at the name's head
AIMING_PARTICLES = word_list("grammar.aiming_particles")  # "hit [back] at Washington": at whom, not where
STAND_IN_WORDS = word_list("actors.person_pronouns") | word_list("actors.it_pronouns") \
    | word_list("actors.they_pronouns")  # "He", "It", "They": not names


class Dyad(NamedTuple):
    """Source and target of one act; ``implied`` names the convention that filled a slot, if any."""

    source: Actor | None
    target: Actor | None
    implied: str = ""


@dataclass(frozen=True, slots=True)
class Found:
    """A target and where it was found ("content", "sentence", "previous", "headline", "pair")."""

    actor: Actor
    where: str


def is_party(actor: Actor | None) -> bool:
    """A state (bare, or one of its organs) or an international body: a party of a relationship."""
    if actor is None or not (actor.country or actor.code):
        return False
    if actor.code and actor.code[:3] in STATELESS_SECTORS:
        return True
    return bool(actor.country) and (actor.sector is None or actor.sector in STATE_SECTORS)


def other_than(actor: Actor, sources: list[Actor]) -> bool:
    """Not the source itself, nor another organ of the source's state."""
    for source in sources:
        if actor.code and actor.code == source.code:
            return False
        if actor.country and actor.country == source.country:
            return False
    return True


def _name_head(word: Token) -> Token:
    """The last word of the name a word begins ("[New] York City": "City"), where the parse says
    what the name stands in ("on the streets of New York City": a place)."""
    while word.dep_ == "compound" and word.head.ent_type_ and word.head.ent_type_ == word.ent_type_:
        word = word.head
    return word


class ContextTargets:
    """Targets from the act's clause and from what the story said before (see the module docstring)."""

    # --- in the sentence ---------------------------------------------------------------------
    def content(self, cand: Candidate, sources: list[Actor], actors: DocumentActors,
                exclude: set[int], places: bool = False) -> Found | None:
        """The first party other than the source named in what the act says or is about: the
        reported clause of a statement ("said [Russia's position] ..."), the clause of a noun
        ("welcomed the announcement [that Ukraine had agreed ...]"), its object's own words
        ("voiced concern over the violence [in Israel]"). A place where something happens
        counts only with ``places`` (not for a bare "said": "the weather in Beijing"). A quoted
        sentence with no verb of saying is itself what is said: all its words count."""
        words = self._clause_words(cand.token, exclude, actors.gaz, about=places, whole=cand.quoted)
        if cand.root == roots.STATEMENT:  # "said the storm moved from Malawi to Mozambique" addresses neither
            words = [w for w in words if not _on_route(w)]
        for located in (False, True) if places else (False,):
            for state in (True, False):  # a state it names before a body ("concern about the IAEA report on Iran")
                for word in words:
                    if is_locative(_name_head(word)) != located:
                        continue
                    for actor in _phrase_actors(word, actors):
                        if is_party(actor) and bool(actor.country) == state and other_than(actor, sources):
                            return Found(actor, "content")
        return None

    def _clause_words(self, token: Token, exclude: set[int], gazetteer: Gazetteer, about: bool = False,
                      whole: bool = False) -> list[Token]:
        """Words of the clauses an act says or describes that can name a party, in text order; with
        ``about``, of the act's own prepositional phrases too ("called for an end to the violence
        [in Syria]", "concerned about [Iran's] enrichment"); with ``whole``, of the act's clause
        itself (a quoted sentence)."""
        clauses = [token] if whole else \
            [c for c in children(token) if c.dep_ in CLAUSAL_ARGUMENT_DEPS or c.dep_ == "relcl"]
        if about:  # not a while: "for [the first time] in Doha"
            clauses += [p for p in children(token) if ((p.dep_ == "prep" and p.lower_ in SUBJECT_MATTER_PREPS)
                                                      or (p.dep_ == "agent" and token.lemma_.lower() in FEELING_VERBS))
                        and not any(w.ent_type_ in TIME_LABELS for o in children(p) if o.dep_ == "pobj"
                                    for w in (o, *o.lefts))]
        reported = g.inverted_report(token)  # "[X must stop], the minister said"
        if reported is not None:
            clauses.append(reported)
        objects = g.direct_objects(token) + g.passive_subjects(token)
        for noun in objects:
            clauses += [c for c in children(noun) if c.dep_ in ("acl", "ccomp", "relcl", "prep")]
        if not objects:  # "denounced as an ugly crime [Serbia's suppression of ...]": the object moved after "as"
            clauses += [p for p in children(token) if p.dep_ == "prep" and p.lower_ == "as"]
        if token.dep_ in COMPLEMENT_CLAUSE_DEPS and token.head.pos_ in NOUN_POS:
            clauses.append(token.head)
        if token.dep_ in SIDE_CLAUSE_DEPS and token.head.pos_ in VERB_POS:
            # '"X must ...," the military said, repeating a demand': what the head verb reports
            head = token.head
            clauses += [c for c in children(head) if c.dep_ == "ccomp" and c.i != token.i]
            reported_by_head = g.inverted_report(head)
            if reported_by_head is not None:
                clauses.append(reported_by_head)
        words = {t.i: t for c in clauses for t in c.subtree if t.i not in exclude and self._names_party(t, gazetteer)
                 and not is_foreign_modifier(t)  # "ties with non-US markets", "support for Chinese rivals"
                 and not g.ranked_against(t) and not g.attributed(t)}  # "after China", "according to MSF"
        return [words[i] for i in sorted(words)]

    @staticmethod
    def _names_party(word: Token, gazetteer: Gazetteer) -> bool:
        """A name or a country word; not a role alone ("officials", a capitalised "Director
        General"), whose country would only be guessed from the article, nor "both sides" of
        someone else's conflict."""
        if word.ent_type_ not in NAMING_LABELS and word.pos_ != "PROPN":
            return False
        return bool(word.ent_type_) or gazetteer.role(word.lower_) is None

    @staticmethod
    def hearer(cand: Candidate, sources: list[Actor], actors: DocumentActors) -> Found | None:
        """Whom the act was told to: "Lavrov told [his Turkish counterpart] that Moscow was ready
        for talks" (not the press: "told reporters")."""
        if cand.speaker is None or cand.speaker.lemma_.lower() not in HEARING_VERBS:
            return None
        for word in g.direct_objects(cand.speaker) + g.dative(cand.speaker):
            for actor in actors.resolve(word):
                if is_party(actor) and other_than(actor, sources) and actor.sector != PRESS_SECTOR:
                    return Found(actor, "hearer")
        return None

    @staticmethod
    def breach_teller(cand: Candidate, sources: list[Actor], actors: DocumentActors) -> Found | None:
        """ "Ukraine said Russia had violated the ceasefire": a breach of a truce, its other side
        unsaid, is aimed at the state that reports it (a truce has two sides, the teller one)."""
        if cand.speaker is None or not any(cand.code.startswith(c) for c in BREACH_CODES):
            return None
        for subject in g.subjects(cand.speaker):
            for actor in actors.resolve(subject):
                if is_party(actor) and actor.country and other_than(actor, sources) \
                        and all(actor.country != s.country for s in sources):
                    return Found(actor, "teller")
        return None

    def said_outright(self, cand: Candidate, sources: list[Actor], actors: DocumentActors,
                      reaction_verbs: frozenset[str]) -> Found | None:
        """A target the sentence names outside the act's slots: the party reacting to the act, or
        the doer of a deed the act's target slot names ("[the extension of U.S. tariffs] drew
        criticism from Beijing": aimed at the US)."""
        return self.reacting(cand, sources, actors, reaction_verbs) or deed_doer(cand, sources, actors)

    @staticmethod
    def reacting(cand: Candidate, sources: list[Actor], actors: DocumentActors,
                 reaction_verbs: frozenset[str]) -> Found | None:
        """The party that reacts to the act: "Ottawa condemned Beijing's decision to impose duties
        on canola", "Canada welcomed China's move to lift the duties", "China retaliated against
        the tariffs": an act a party reacts to is, unless its words say otherwise, aimed at them."""
        node = cand.source_from if cand.source_from is not None and cand.source_from.pos_ in NOUN_POS \
            else cand.token
        verb = node.head
        if node.dep_ in ("pobj", "pcomp") and verb.dep_ == "prep":
            verb = verb.head  # "retaliated [against] the tariffs", "praised China [for] lifting the duties"
            if verb.pos_ in NOUN_POS and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
                verb = verb.head.head  # "a complaint with [the WTO over] the tariffs": the parse hung it there
        elif node.dep_ not in ("dobj", "obj") or node.pos_ not in NOUN_POS:
            return None
        if verb.pos_ in NOUN_POS and verb.lemma_.lower() in GRIEVANCE_NOUNS:
            answerers = frame_subjects(verb)  # "China filed a [complaint] with the WTO over the U.S. tariffs"
        elif verb.pos_ in VERB_POS and (verb.lemma_.lower() in reaction_verbs or any(
                o.lemma_.lower() in GRIEVANCE_NOUNS for o in g.direct_objects(verb))):
            answerers = g.subjects(verb)  # "filed a complaint with the WTO [over] the U.S. tariffs"
        else:
            return None
        for subject in answerers:
            for actor in actors.resolve(subject):
                if is_party(actor) and other_than(actor, sources):
                    return Found(actor, "reacting")
        return None

    def around(self, cand: Candidate, sources: list[Actor], actors: DocumentActors, exclude: set[int],
               context: Context) -> Found | None:
        """A target from the act's own sentence, else from the story; from the story first when the
        act's words take back a deed told before ("Canberra condemned [the move] after talks with
        Japan": China's move)."""
        if _takes_back(cand, actors):
            return self.from_story(cand, sources, actors, context) \
                or self.in_sentence(cand, sources, actors, exclude, context)
        return self.in_sentence(cand, sources, actors, exclude, context) \
            or self.from_story(cand, sources, actors, context)

    def in_sentence(self, cand: Candidate, sources: list[Actor], actors: DocumentActors,
                    exclude: set[int], context: Context) -> Found | None:
        """A party the act's own sentence names outside its slots, before any from the sentences
        earlier: "Modi praised the partnership with [Japan] during the visit", "Tehran hit back at
        [Washington], saying the accusations were baseless". Only a word that may name the act's
        party (``_may_be_aimed_at``); a state before a body, the nearest to the act in the parse
        first (then in the text). A bare state is its government (as in ``from_story``)."""
        own = {w.i for slot in cand.pattern.source for t in slot_tokens(slot, cand)
               if cand.token not in t.subtree for w in t.subtree}  # "[Council members] Greece and Panama"
        words = [t for t in _own_report(cand.token) if t.i not in exclude | own and t.i != cand.token.i
                 and self._names_party(t, actors.gaz) and _may_be_aimed_at(t, cand, actors, context.triggers)]
        words.sort(key=lambda t: (_tree_distance(t, cand.token), abs(t.i - cand.token.i)))
        for state in (True, False):
            for word in words:
                for actor in _phrase_actors(word, actors):
                    if is_party(actor) and bool(actor.country) == state and other_than(actor, sources):
                        return _governed(Found(actor, "sentence"), cand)
        return None

    # --- before the sentence -----------------------------------------------------------------
    def from_story(self, cand: Candidate, sources: list[Actor], actors: DocumentActors,
                   context: Context) -> Found | None:
        """The party an act is aimed at, from the story (``_from_story``); in diplomacy, a state
        named bare is its government: one acted upon as a state ("Ottawa protested" after
        "China imposed duties on canola" is aimed at China's government, CHNGOV), for the party
        taken from before is never a place (CAMEO: a bare country is a place or a people)."""
        found = self._from_story(cand, sources, actors, context)
        return None if found is None else _governed(found, cand)

    def _from_story(self, cand: Candidate, sources: list[Actor], actors: DocumentActors,
                    context: Context) -> Found | None:
        """The other party of the sentences just before (the counterpart of an act the source took
        part in first: "Ukraine said it was ready to accept the U.S. proposal. [Ukraine] is committed
        to peace" is aimed at the US), else of the headline, else of the pair of countries the
        article is about."""
        hostile = cand.pattern.code[:2] >= roots.FIRST_CONFLICT_ROOT  # a war vowed is aimed at a foe, not at a mediator
        for memory in context.recent[:RECENT_SENTENCES]:
            told = [e for e in memory.events if not hostile or e.root >= roots.FIRST_CONFLICT_ROOT]
            exchanges = [(e.source, e.target) for e in told] + [(e.target, e.source) for e in told]
            for own, other in exchanges:  # what the source did first, then what was done to it
                if own is not None and other is not None and not other_than(own, sources) \
                        and (is_party(other) or (hostile and other.sector in ARMED_GROUP_SECTORS)) \
                        and other_than(other, sources):
                    return Found(other, "previous")
        for memory in context.recent[:RECENT_SENTENCES]:  # the same kind of act by another: at the same party
            for event in memory.events:  # "The US pledged aid to Sudan. Egypt also sent aid": to Sudan
                if _same_kind(event.cameo, cand.code) and event.source is not None and event.target is not None \
                        and other_than(event.source, sources) and is_party(event.target) \
                        and other_than(event.target, sources):
                    return Found(event.target, "previous")
        for memory in context.recent[:RECENT_SENTENCES]:
            for event in memory.events:  # a party it named, not a role ("Officials") or a pronoun
                for actor in (event.source, event.target):
                    if actor is not None and is_party(actor) and other_than(actor, sources) \
                            and _named(actor, actors.gaz):
                        return Found(actor, "previous")
            for subject in _main_subjects(cand.token.doc[memory.start].sent):  # what the sentence is about
                for actor in actors.resolve(subject):
                    if is_party(actor) and other_than(actor, sources):
                        return Found(actor, "previous")
            for mention in actors.context.in_sentence(cand.token.doc[memory.start]):
                word = cand.token.doc[mention.index]
                actor = _mentioned_party(word, mention.country, actors) if _names_state(word, actors.gaz) else None
                if actor is not None and not mention.locative and other_than(actor, sources):
                    return Found(actor, "previous")
        if cand.code in ANSWER_CODES:
            return None  # "Hong Kong rejected the accusations": only the sentences before say who made them
        if cand.root >= FIRST_FORCE_ROOT:
            return None  # force is aimed at whom the story says, not at the country it is about
        named_here = {m.country for m in actors.context.in_sentence(cand.token) if not m.locative}
        in_headline = any(s.country == a.country for s in sources for a in actors.headline if s.country)
        for actor in actors.headline:  # only for a party of the headline, or one the sentence names too
            if is_party(actor) and other_than(actor, sources) and (in_headline or actor.country in named_here):
                return Found(actor, "headline")
        pair = _pair_so_far(cand.token, actors)
        if len(pair) == 2 and any(s.country in pair for s in sources):
            rest = [c for c in pair if all(c != s.country for s in sources) and c in named_here]
            if rest:
                name = actors.gaz.country_name(rest[0]) or rest[0]
                return Found(make_actor(name, rest[0], None), "pair")
        return None


def deed_doer(cand: Candidate, sources: list[Actor], actors: DocumentActors) -> Found | None:
    """The doer of a deed that fills the act's target slot but names no party itself: "[The
    extension] of U.S. tariffs drew criticism", "[the decision] by Ottawa to ban Huawei angered
    Beijing": the owner or "by" doer of the deed, else of what it is "of" ("U.S. tariffs")."""
    deeds = [t for slot in cand.pattern.target for t in slot_tokens(slot, cand)
             if t.pos_ in NOUN_POS and t.dep_ in NOMINAL_SUBJECT_DEPS and t.i != cand.token.i
             and not actors.resolve(t)]  # the deed as subject: not "forges ties with [non-US markets]"
    deeds += [d for slot in cand.pattern.target for t in slot_tokens(slot, cand) for d in _relative_deed(t)]
    for deed in deeds:
        doers = g.owners(deed) or [o for thing in g.prep_objects(deed, "of") for o in g.owners(thing)] \
            or _adjunct_doers(deed)
        for word in doers:
            for actor in ([] if is_foreign_modifier(word) else actors.resolve(word)):
                if is_party(actor) and other_than(actor, sources):
                    return Found(actor, "deed")
    return None


def _relative_deed(word: Token) -> list[Token]:
    """ "in a move [that] Washington called outrageous": the act a relative pronoun stands for."""
    clause = word.head
    if word.lower_ not in RELATIVE_PRONOUNS or clause.dep_ != "relcl" \
            or clause.head.lemma_.lower() not in DEED_ADJUNCT_NOUNS:
        return []
    return [clause.head]


def _adjunct_doers(deed: Token) -> list[Token]:
    """ "Moscow jailed the reporter, in [a move] that ...", "Iran seized a tanker, [an act] which ...":
    an act noun set beside a clause ("in a move", or in apposition to its object) is that clause's
    act, done by its subject."""
    if deed.lemma_.lower() not in DEED_ADJUNCT_NOUNS:
        return []
    head = deed.head
    if deed.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in VERB_POS:
        return g.subjects(head.head)
    if deed.dep_ == "appos" and head.dep_ in OBJECT_DEPS and head.head.pos_ in VERB_POS:
        return g.subjects(head.head)
    return []


def aim_at_partner(events: list[Event], implied_rule: str) -> list[Event]:
    """ "In a phone call with his French counterpart, the Iranian minister said Tehran would not
    negotiate": what a party does with no target of its own in the sentence of its exchange with
    another (a meeting, a call, talks) is aimed at that partner; not a statement ("laid a wreath
    during his visit"), aimed only at whom its words name. ``implied_rule`` marks it."""
    partners = {e.source.country: e.target for e in events if e.root == roots.CONSULT and e.source is not None
                and e.target is not None and e.source.country and is_party(e.target)
                and e.target.country != e.source.country and UNSAID not in e.rule}  # a partner it names
    for event in events:
        if event.target is not None or event.source is None or not is_party(event.source) \
                or event.root >= FIRST_FORCE_ROOT or event.root == roots.STATEMENT:
            continue
        partner = partners.get(event.source.country or "")
        if partner is not None:
            event.target = partner
            event.rule += implied_rule
    return events


def aim_at_accusers(events: list[Event], implied_rule: str) -> list[Event]:
    """ "The opposition alleged that the military rigged the vote, which the election commission
    denied": a denial whose own words name no accuser answers the accusation this sentence makes
    against the denier's side, so it is aimed at the accuser, not at a party of the sentences
    before. ``implied_rule`` marks it."""
    accusers = [e for e in events if e.cameo.startswith(ACCUSATION_PREFIX) and e.source is not None
                and e.target is not None and e.target.country]
    for event in events:
        if event.cameo not in ANSWER_CODES or event.source is None or not event.source.country \
                or (event.target is not None and UNSAID not in event.rule):
            continue
        for accusation in accusers:
            accuser = accusation.source
            if accusation.target is not None and accusation.target.country == event.source.country \
                    and accuser is not None and accuser.code != event.source.code:
                event.target = accuser
                event.rule = event.rule.split(UNSAID)[0] + implied_rule
                break
    return events


def aim_at_doers(events: list[Event], sent: Span, implied_rule: str) -> list[Event]:
    """ "Washington criticised the detention of Navalny in Moscow", "the EU condemned the killing of
    protesters by the police": criticism of a deed this sentence gives a doer is aimed at the
    doer, not at the one the deed befell; so is praise of a deed ("welcomed the release of the
    prisoners by Venezuela"). A judgement said "of" a deed ('"It is a violation of international
    law," the minister said of the Israeli raid') is aimed at its doer too, when it found no one
    else. ``implied_rule`` marks it."""
    deeds = {e.trigger_start: e for e in events if e.root in roots.REACTED_DEEDS and e.source is not None}
    if not deeds:
        return events
    tokens = {t.idx - sent.start_char: t for t in sent}
    for event in events:
        trigger = tokens.get(event.trigger_start)
        if event.root not in roots.REACTED_DEED_ROOTS or event.source is None or trigger is None:
            continue
        said_of = _said_of(trigger)
        if event.target is None and not said_of:
            continue
        for obj in (c for o in [*g.direct_objects(trigger), *said_of] for c in g.expand_conjuncts(o)):
            deed = deeds.get(obj.idx - sent.start_char)
            if deed is None or deed.source is None or deed.root not in roots.REACTED_DEED_ROOTS[event.root] \
                    or (event.target is not None and (deed.target is None or deed.target.code != event.target.code)):
                continue
            if deed.source.country and deed.source.country != event.source.country:
                event.target = deed.source
                event.rule += implied_rule
                break
    return events


def _said_of(trigger: Token) -> list[Token]:
    """What a verb of saying says its words "of" ("said of the raid"): the deed they judge."""
    return g.prep_objects(trigger, "of") if trigger.lemma_.lower() in SPEECH_VERBS else []


def _main_subjects(sent: Span) -> list[Token]:
    """The subjects of a sentence's main verb that name a state or a body ("[The European Union]
    is set to vote on tariffs"), not a person ("[Water Lee], a consultant, told VOA ...")."""
    return [t for t in children(sent.root) if t.dep_ in NOMINAL_SUBJECT_DEPS
            and t.ent_type_ in OWNER_ENTITY_LABELS]


def _on_route(word: Token) -> bool:
    """A place passed through or compared with: "[from] Cabo Delgado", "from Malawi [to]
    Mozambique", "cheaper than in Thailand and Singapore"."""
    while word.dep_ in ("conj", "compound") and word.head.i != word.i:  # "from [Cabo] Delgado province"
        word = word.head
    prep = word.head
    if word.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ in ROUTE_PREPS or (prep.head.dep_ == "prep" and prep.head.lower_ in ROUTE_PREPS):
        return True
    return prep.lower_ in ROUTE_END_PREPS and any(s.dep_ == "prep" and s.lower_ in ROUTE_PREPS and s.i < prep.i
                                                   for s in prep.head.subtree)  # "moving items from A to B"


def _named(actor: Actor, gazetteer: Gazetteer) -> bool:
    """An actor named by a name ("the World Food Program", "EU"), not by a role alone
    ("Officials", "Local officials"), a common noun ("the agency") or a pronoun ("He")."""
    words = actor.text.split()
    if any(gazetteer.place(w) is not None or gazetteer.organisation(w) is not None for w in words):
        return True
    return any(w[:1].isupper() and (i or len(words) == 1) and w.lower() not in STAND_IN_WORDS
               and gazetteer.role(w.lower()) is None for i, w in enumerate(words))  # not "Local officials"


def _names_state(word: Token, gazetteer: Gazetteer) -> bool:
    """A country mention that can stand for a state: not a city or town ("returned to
    [Kismayo]"), not a person or a people ("an ethnic [Somali]", "[Aden] is reluctant"), not a
    part of a hyphenated name ("[Guinea]-Lanta, an NGO")."""
    if word.ent_type_ in PERSON_LABELS or (word.ent_type_ in GEO_DEMONYM_LABELS and word.dep_ not in OWNER_DEPS):
        return False
    if word.dep_ in OWNER_DEPS and word.head.lemma_.lower() in PLACE_NOUNS:
        return False  # "her southeastern [Somali] hometown": where, not who
    place = gazetteer.place(word.text)
    if place is not None and place.kind in TOWN_KINDS:
        return False
    after = word.doc[word.i + 1:word.i + 3]
    return not (len(after) == 2 and after[0].text == "-" and not word.whitespace_ and not after[0].whitespace_
                and gazetteer.place(word.text + "-" + after[1].text) is None)


def _phrase_actors(word: Token, actors: DocumentActors) -> list[Actor]:
    """The actors a party word names, read with the phrase it modifies when that phrase is an organ
    of the same state ("expects [the Interim Afghan Government] to ...": AFGGOV, not AFG)."""
    found = actors.resolve(word)
    head = word.head
    if word.dep_ not in OWNER_DEPS or head.pos_ not in NOUN_POS or head.i == word.i:
        return found
    organs = {a.country: a for a in actors.resolve(head) if a.country and a.sector in STATE_SECTORS}
    return [organs.get(a.country or "", a) if a.sector is None else a for a in found]


def _mentioned_party(word: Token, country: str, actors: DocumentActors) -> Actor | None:
    """The party a country mention of an earlier sentence stands for: the country itself when it
    names a state or owns a thing ("Beijing", "Chinese duties"); none when it only says where a
    person or a people is from ("Lai, a British national", "Ukrainians who are fighting")."""
    if g.ranked_against(word):
        return None  # "the second-highest toll in Europe after Britain": a yardstick, no party
    phrase = word.head if word.dep_ in OWNER_DEPS and word.head.pos_ in NOUN_POS else word
    found = [a for a in actors.resolve(phrase) if a.country == country]
    if found and not any(is_party(a) for a in found):
        return None
    governed = any(a.sector == GOVERNMENT for a in found + actors.resolve(word) if a.country == country)
    return make_actor(word.text, country, GOVERNMENT if governed else None)  # "Putin", "Moscow": its government


def _pair_so_far(token: Token, actors: DocumentActors) -> list[str]:
    """The two countries the story is about so far: the two it has named most before ``token``
    (ties: the one named first), each at least twice, the second at least a third as often as
    the first; none when a third country is named as often as the second."""
    counts = Counter(m.country for m in actors.context.mentions if m.index < token.i)
    first = actors.context.first
    ranked = sorted(counts, key=lambda c: (-counts[c], first.get(c, 0)))
    if len(ranked) < 2 or counts[ranked[1]] < PAIR_LEAST or counts[ranked[1]] * PAIR_SHARE < counts[ranked[0]]:
        return []
    if len(ranked) > 2 and counts[ranked[2]] == counts[ranked[1]]:
        return []
    return ranked[:2]


DEFENDING_ROOTS = frozenset({roots.DISAPPROVE, roots.REJECT})
DEFENDED_SECTORS = word_list("events.defended_sectors")  # "the inclusion of Chinese [firms]": a state's own people
WRONGDOER_RULE = "+implied:wrongdoer"


def aim_at_wrongdoers(events: list[Event]) -> list[Event]:
    """ "The EU added 31 companies, several in China, to its sanctions list. China firmly opposed the
    inclusion of Chinese firms": a state objecting to what befell its own firms or people (the
    target its own country's firms, citizens, journalists, ...) objects to whoever did it to them, the last party
    of another country that acted on its country before (in this sentence or earlier ones).
    Called on the document's events and those of its trade measures together."""
    told = sorted(events, key=lambda e: (e.sentence_index, e.trigger_start))
    for event in events:
        source, target = event.source, event.target
        if event.root not in DEFENDING_ROOTS or source is None or target is None or source.country is None \
                or source.sector not in STATE_SECTORS or target.country != source.country \
                or target.sector not in DEFENDED_SECTORS:
            continue
        before = [e for e in told if (e.sentence_index, e.trigger_start) < (event.sentence_index, event.trigger_start)]
        doer = next((e.source for e in reversed(before) if e.source is not None and e.target is not None
                     and e.target.country == source.country
                     and (e.source.country or e.source.code) not in (None, source.country)), None)
        if doer is not None:
            event.target = doer
            event.rule += WRONGDOER_RULE
    return events

def _aimed_at(word: Token) -> bool:
    """ "hit back [at] Washington", "lashed out [at] Beijing": the "at" of a verb with a particle of
    aiming names whom the act is aimed at, not where it happens."""
    prep = word.head
    return word.dep_ == "pobj" and prep.lower_ == "at" and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in AIMING_PARTICLES for c in children(prep.head))


def _governed(found: Found, cand: Candidate) -> Found:
    """A state named bare and acted upon in diplomacy is its government (CHN -> CHNGOV); in force
    (roots 15-20) it stays the country."""
    actor = found.actor
    if cand.root >= FIRST_FORCE_ROOT or not actor.country or actor.sector or actor.code != actor.country:
        return found
    return Found(make_actor(actor.text, actor.country, GOVERNMENT), found.where)


def _part_of_name(word: Token) -> bool:
    """A word inside a longer name ("[United] States", "[Human] Rights Watch"): read at its head."""
    return word.dep_ in ("compound", "flat") and word.head.pos_ == "PROPN"


def _of_people(word: Token, actors: DocumentActors) -> bool:
    """A country word that only says whose people a noun names ("[Liberian] refugees",
    "[Palestinian] detainees"): the phrase names no party."""
    head = word.head
    if word.dep_ not in OWNER_DEPS or head.pos_ not in NOUN_POS or head.i == word.i:
        return False
    found = actors.resolve(head)
    return bool(found) and not any(is_party(a) for a in found)


def _own_report(trigger: Token) -> Span:
    """The words an act's own statement spans: the nearest reported clause that holds it (one with
    a subject of its own: "said [Ukraine had agreed ...]", "the news [that Ukraine had agreed ...]"),
    else its whole sentence."""
    for node in (trigger, *trigger.ancestors):
        if node.dep_ in ("ccomp", "acl", "relcl") and any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in children(node)):
            return trigger.doc[node.left_edge.i:node.right_edge.i + 1]
    return trigger.sent


def names_unknown(cand: Candidate, actors: DocumentActors) -> bool:
    """The act's target slot names a party by a name no table knows ("join the [Pacific Alliance]
    bloc", "the [Quad] dialogue"): its target is said, only unknown, and no party of the story.
    Not in force, whose named place or ship is its country's ("stormed the [Mavi Marmara]")."""
    if cand.root >= FIRST_FORCE_ROOT:
        return False
    for word in (t for slot in cand.pattern.target for t in slot_tokens(slot, cand)):
        names = [w for w in word.subtree if w.i <= word.i and w.pos_ == "PROPN"
                 and w.ent_type_ in NAME_LABELS]  # not "Thursday", not "canola"
        if names and not actors.resolve(word) and not any(actors.resolve(w) for w in names):
            return True
    return False


def _same_kind(done: str, act: str) -> bool:
    """Two codes of one kind of act: the same root, or an act and its promise ("pledged aid", 0331,
    and "sent aid", 070)."""
    intent = Modality.load().intent_code
    return done[:2] == act[:2] or intent(done)[:3] == intent(act)[:3]


def _may_be_aimed_at(word: Token, cand: Candidate, actors: DocumentActors, triggers: set[int]) -> bool:
    """A word of the act's sentence that may name whom the act is aimed at: not a place where
    something happens (but "hit back [at] Washington"), a people ("Liberian refugees"), a yardstick,
    the reporter of the clause, a foreign modifier or a hyphened one ("The [Hague]-based court"),
    a word of the act's own topic ("discussed [the North Korean] launch"), of another clause with
    a subject of its own that is not what the act says or asks ("condemning the violence, says
    [Washington] needs to act"; but "pushed for [the US to] support the plan"), of another
    act ("during his visit to [Vietnam], the emperor laid a wreath"), of another item of a list
    ("his trip to [Taiwan], U.S. support for the island"), nor, in cooperation, an adversary."""
    trigger = cand.token
    if word.pos_ in FUNCTION_POS or _part_of_name(word) or _of_people(word, actors) \
            or (is_locative(word) and not _aimed_at(word)) or is_foreign_modifier(word) or g.ranked_against(word) \
            or g.attributed(word) or _on_route(word):
        return False
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is not None and after.text == "-" and not word.whitespace_:
        return False
    if any(word in o.subtree
           for o in [*g.direct_objects(trigger), *(c for c in children(trigger) if c.dep_ == "dobj")]):
        return False  # what the act is about or done to
    holding = _holding(trigger)
    path = [word, *word.ancestors]
    if any(n.i not in holding and n.dep_ in SUBJECT_CLAUSE_DEPS and not _content_of(n, cand) and (
            n.dep_ == "ccomp" or any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in children(n))) for n in path):
        return False
    if any(n.i in triggers and n.i not in holding and not _content_of(n, cand) for n in path):
        return False
    if trigger.pos_ in NOUN_POS and _coordinated(word, trigger):
        return False
    return not (cand.root < roots.FIRST_CONFLICT_ROOT and any(
        n.dep_ == "prep" and n.lower_ in OPPONENT_PREPS and n.i not in holding for n in path))


def _holding(trigger: Token) -> set[int]:
    """The trigger and the words that embed it, up to a coordination ("opposes X and [gives] Y":
    "opposes" does not embed "gives")."""
    held, node = {trigger.i}, trigger
    while node.head.i != node.i and node.dep_ != "conj":
        node = node.head
        held.add(node.i)
    return held


def _content_of(node: Token, cand: Candidate) -> bool:
    """``node`` is what the act says or asks: below its trigger through an object or a complement,
    or a preposition the act's pattern names ("pushed [for] ..."); not an adjunct ("[during] his
    visit")."""
    trigger = cand.token
    if trigger not in node.ancestors:
        return False
    step = next(a for a in (node, *node.ancestors) if a.head.i == trigger.i)
    marks = [step] if step.dep_ == "prep" else [c for c in children(step) if c.dep_ == "mark"]
    if step.dep_ == "prep" or (step.dep_ == "advcl" and marks):  # "pushing for [the US to support]"
        return any(m.lower_ in (cand.pattern.prep or ()) for m in marks)
    return step.dep_ in ("dobj", "obj", "ccomp", "xcomp")


def _coordinated(word: Token, trigger: Token) -> bool:
    """The word is in another item of a list the act is one of ("his trip to [Taiwan], U.S.
    support for the island, [China]'s aggression")."""
    above = {a.i for a in (word, *word.ancestors)}
    common = next((a for a in (trigger, *trigger.ancestors) if a.i in above), None)
    if common is None:
        return False
    branches = [next((a for a in (t, *t.ancestors) if a.head.i == common.i and a.i != common.i), None)
                for t in (word, trigger)]
    return any(b is not None and b.dep_ == "conj" for b in branches)


def _tree_distance(word: Token, trigger: Token) -> int:
    """How many arcs of the parse lie between two words of a sentence."""
    up = [word, *word.ancestors]
    steps = {t.i: n for n, t in enumerate(up)}
    for n, node in enumerate((trigger, *trigger.ancestors)):
        if node.i in steps:
            return n + steps[node.i]
    return 2 * len(up)


def _takes_back(cand: Candidate, actors: DocumentActors) -> bool:
    """The act's target slot holds a definite common noun that names no party ("condemned [the
    move]", "support for [the measures]"): a deed the story told before."""
    return any(word.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children(word))
               and not actors.resolve(word) for slot in cand.pattern.target for word in slot_tokens(slot, cand))
