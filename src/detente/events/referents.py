"""Who the words of a sentence name: actors through the document's resolver, counted groups
through what they count ("members of [the group]"), and pronouns through what they take back
(the speaker, an actor named earlier in the sentence, or the main actor of the sentence before).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from detente.actors.codes import ARMED_GROUP_SECTORS, make_actor
from detente.actors.coref import credited
from detente.actors.resolver import DocumentActors
from detente.data import word_list
from detente.events import roots
from detente.events.candidate import Candidate
from detente.events.modality import Modality
from detente.model import Actor, Event
from detente.nlp import grammar as g
from detente.nlp.labels import (
    ANTECEDENT_DEPS,
    MONEY_LABEL,
    NOMINAL_SUBJECT_DEPS,
    NOUN_POS,
    OBJECT_PRONOUN_DEPS,
    PLURAL_NOUN_TAGS,
    PREP_OBJECT_DEPS,
    REFERRING_POS,
    VERB_POS,
)
from detente.nlp.tree import children

PAIR_PLACE_KINDS = word_list("actors.pair_place_kinds")  # "U.S.", "Moscow" in a hyphenated pair
HYPHENS = frozenset({"-", "–", "—"})  # what joins the two parties of "the India-Pakistan ceasefire"
INTERNATIONAL = "IGO"  # the code prefix of international organisations ("the G7", "the UN")
THEY_PRONOUNS = word_list("actors.they_pronouns")
IT_PRONOUNS = word_list("actors.it_pronouns")
PLACE_PREPS = word_list("grammar.place_preps")  # "makers [in] Cambodia and Vietnam": where a group is from
DOER_NOUNS = word_list("events.doer_nouns")  # "the attackers": whoever attacked before
HOME_ARMED_SECTORS = word_list("events.home_armed_sectors")  # irregular forces: whose attack a story reports
DEFINITE_DETERMINERS = word_list("actors.definite_determiners")
# "The G7 said [the group] remains concerned": a body's word for itself in what it says
SELF_NOUNS = word_list("actors.self_nouns")
STATE_SELF_NOUNS = word_list("actors.state_self_nouns")
ARMED_LOOKBACK_SENTENCES = 3  # how far back "they" doing violence looks for the armed group named
# How many earlier sentences the coder keeps in mind (for targets a sentence leaves unsaid).
REMEMBERED_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class Memory:
    """One earlier sentence: where it starts (token index) and the events coded from it."""

    start: int
    events: tuple[Event, ...]


@dataclass(slots=True)
class Context:
    """What the coder remembers from earlier sentences of a document (for pronouns and targets)."""

    last_actors: list[Actor] = field(default_factory=list)
    last_subject: Token | None = None
    recent: list[Memory] = field(default_factory=list)  # the latest sentences, newest first
    speaker: Token | None = None  # who spoke last ("Ford said"): the "I" of a quote running on
    triggers: set[int] = field(default_factory=set)  # token indices of the current sentence's acts


def can_take_back(actor: Actor | None) -> bool:
    """An actor a pronoun may take back across sentences: a country's, or an international body."""
    return actor is not None and bool(actor.country or (actor.code and actor.code.startswith(INTERNATIONAL)))


@dataclass(frozen=True, slots=True)
class StoryDoers:
    """Who did the latest acts the story reported in its last sentences: of force (an armed group
    before an army answering it) and of custody."""

    force: Actor | None = None
    custody: Actor | None = None
    struck: Actor | None = None  # whom that latest force struck ("a market in Nyala": Sudan's people)
    teller: Actor | None = None  # who reports the act at hand ("the army said ...")
    imposer: Actor | None = None  # who imposed the latest measure (16x): "... Chinese producers will face duties"


def story_doers(context: Context, teller: Actor | None = None) -> StoryDoers:
    """The doers of the latest force and custody in the remembered sentences, and who reports
    the act at hand."""
    force = _latest_act(context, roots.VIOLENT_ROOTS, HOME_ARMED_SECTORS)
    return StoryDoers(force=force.source if force else None,
                      custody=_latest_doer(context, frozenset({roots.COERCE}), frozenset()),
                      struck=force.target if force else None, teller=teller,
                      imposer=_latest_doer(context, frozenset({roots.REDUCE}), frozenset()))


def _latest_act(context: Context, acts: frozenset[str], first_choice: frozenset[str]) -> Event | None:
    """The latest remembered act of these roots by someone, one by a ``first_choice`` sector first."""
    done = [e for m in context.recent for e in m.events if e.source is not None and e.root in acts]
    return next((e for e in done if e.source is not None and e.source.sector in first_choice),
                done[0] if done else None)


def _latest_doer(context: Context, acts: frozenset[str], first_choice: frozenset[str]) -> Actor | None:
    act = _latest_act(context, acts, first_choice)
    return act.source if act is not None else None


def latest_force_doer(context: Context) -> Actor | None:
    """Who did the latest act of force the story reported in its last sentences, if anyone."""
    return _latest_doer(context, roots.VIOLENT_ROOTS, frozenset())


def _across_places(tok: Token, resolved: list[Actor], actors: DocumentActors) -> list[Actor]:
    """ "Solar makers in Cambodia and Vietnam", "officials from Kenya and Uganda": an unnamed group
    whose country its place says is as many parties as the places joined there, one per country."""
    if len(resolved) != 1 or resolved[0].name or resolved[0].country is None or resolved[0].code is None \
            or not resolved[0].code.startswith(resolved[0].country):
        return []
    first = resolved[0]
    places = [o for p in children(tok) if p.dep_ == "prep" and p.lower_ in PLACE_PREPS
              for o in children(p) if o.dep_ in PREP_OBJECT_DEPS and o.conjuncts]
    if not places or first.country not in {a.country for a in actors.resolve(places[0])}:
        return []
    out: list[Actor] = []
    for other in places[0].conjuncts:
        country = next((a.country for a in actors.resolve(other) if a.country), None)
        if country and country != first.country and country not in {a.country for a in out}:
            out.append(make_actor(tok.text, country, first.sector))
    return out


class Referents:
    """Resolves the words of an argument slot to actors."""

    def __init__(self, modality: Modality) -> None:
        self.modality = modality

    def resolve(self, tokens: list[Token], cand: Candidate, actors: DocumentActors, context: Context,
                exclude: set[int] | None = None) -> list[Actor]:
        """The actors the words name, in order (words in ``exclude`` are skipped)."""
        found: list[Actor] = []
        for tok in tokens:
            if exclude and tok.i in exclude:
                continue
            if tok.dep_ == "pcomp" and tok.pos_ in VERB_POS:
                continue  # "with Trump [threatening] ...": a clause, not an actor
            if self._is_pronoun(tok):
                found.extend(actors.stance_owners(tok, self._antecedent(tok, cand, actors, context, exclude)))
                continue
            if cand.symmetric and (pair := hyphen_pair(tok, actors)):
                found.extend(pair)  # "U.S.-China trade talks", "the India-Pakistan ceasefire": both sides
                continue
            if tok.ent_type_ == MONEY_LABEL:  # "on 30 billion Canadian dollars [of U.S. goods]": whose goods
                tok = next(iter(g.prep_objects(tok, "of")), tok)
            resolved = self._doers_named_before(tok, context) or self._speaker_itself(tok, cand, actors) \
                or actors.resolve(tok)
            if not resolved:  # "five of its officers", "members of the group"
                for counted in g.through_quantity(tok, self.modality.quantity_nouns):
                    resolved.extend(actors.resolve(counted))
            found.extend(resolved + _across_places(tok, resolved, actors))
        return found

    @staticmethod
    def _doers_named_before(tok: Token, context: Context) -> list[Actor]:
        """ "Al-Shabab militants attacked a base. [The attackers] were repelled": a definite doer
        noun takes back the doer of the latest act of force before it."""
        if tok.lemma_.lower() not in DOER_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children(tok)):
            return []
        doer = latest_force_doer(context)
        if doer is None:
            return []
        return [Actor(text=tok.text, code=doer.code, country=doer.country, sector=doer.sector, name=doer.name)]

    def _speaker_itself(self, tok: Token, cand: Candidate, actors: DocumentActors) -> list[Actor]:
        """ "The G7 statement said [the group] remains concerned", "the EU said [the bloc] would
        respond": the subject of a reported clause that is a bare definite word for a body or its
        members names the speaker, not a party guessed from the sentence."""
        speaker, word = cand.speaker, tok.lemma_.lower()
        if speaker is None or tok.dep_ not in NOMINAL_SUBJECT_DEPS or word not in SELF_NOUNS | STATE_SELF_NOUNS \
                or [c.lower_ for c in children(tok)] != ["the"]:
            return []
        if not any(tok in c.subtree for c in children(speaker) if c.dep_ == "ccomp"):
            return []
        speakers = [a for s in g.subjects(speaker) if not self._is_pronoun(s) for a in actors.resolve(s) if a.code]
        bodies = [a for a in speakers if a.code and a.code.startswith(INTERNATIONAL)]
        states = [a for a in speakers if a.country and a.sector == "GOV"]
        return bodies if word in SELF_NOUNS else states  # "Authorities said [the group] was making bombs": another

    def remember(self, sent: Span, context: Context, events: list[Event] | None = None) -> None:
        """The sentence's main actor, for 'it' and 'they' in the next one, its events, and its speaker."""
        context.recent.insert(0, Memory(sent.start, tuple(events or ())))
        del context.recent[REMEMBERED_SENTENCES:]
        speakers = self._speakers(sent)
        context.speaker = speakers[-1] if speakers else context.speaker
        context.last_actors, context.last_subject = [], None
        for event in events or []:
            if event.source is not None and can_take_back(event.source):
                context.last_actors = [event.source]
                return
        for tok in sent:
            if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.pos_ in NOUN_POS:
                context.last_subject = tok
                return

    def _speakers(self, sent: Span) -> list[Token]:
        """The subjects of the sentence's verbs of saying, if they name someone (not "I", "we")."""
        first_person = word_list("grammar.first_person_pronouns")
        return [s for tok in sent if tok.lemma_.lower() in self.modality.speech_verbs
                for s in g.subjects(tok) if s.lower_ not in first_person and s.pos_ in REFERRING_POS]

    def _is_pronoun(self, tok: Token) -> bool:
        if tok.pos_ != "PRON" or (tok.text.isupper() and len(tok.text) > 1):  # "the US"
            return False
        return tok.lower_ in word_list("grammar.first_person_pronouns") or tok.lower_ in self.modality.pronouns

    def _antecedent(self, pronoun: Token, cand: Candidate, actors: DocumentActors, context: Context,
                    exclude: set[int] | None = None) -> list[Actor]:
        """'Switzerland said it had expelled ...': a pronoun names the speaker, else the
        nearest actor named before it in the sentence (not one of ``exclude``: "Tehran rejected
        its offer" is another party's offer), else the last one of the document."""
        first_person = pronoun.lower_ in word_list("grammar.first_person_pronouns")
        if cand.speaker is not None and (first_person or cand.speaker.sent.start == pronoun.sent.start):
            # a quotation's speaker named in another sentence is only its "I" and "we"
            speakers = [s for s in g.subjects(cand.speaker) if not self._is_pronoun(s)]
            found = [a for s in speakers for a in actors.resolve(s)]
            if found:
                return found
            if pronoun.lower_ in IT_PRONOUNS and pronoun.dep_ in NOMINAL_SUBJECT_DEPS \
                    and any(t.pos_ == "PROPN" for s in speakers for t in s.lefts if t.dep_ == "compound"):
                return []  # "Atlantic Harvest Seafoods said [it] would ...": the named speaker, who is no party
        if first_person:
            # '"... this charge," Ford said. "I will not hesitate ..."': the quote runs on
            if context.speaker is None or self._speakers(pronoun.sent):
                return []
            return [a for a in actors.resolve(context.speaker) if a.code]
        for tok in credited(pronoun):  # "thanked Japan for [its] assistance": Japan's
            found = [] if exclude and tok.i in exclude else actors.resolve(tok)
            if found:
                return found
        # an object pronoun may take back an object ("fought the state, accusing [it] of ..."); a
        # subject pronoun takes back a subject
        heads = ANTECEDENT_DEPS if pronoun.dep_ in OBJECT_PRONOUN_DEPS else NOMINAL_SUBJECT_DEPS
        singular = pronoun.lower_ in word_list("grammar.singular_pronouns")
        for tok in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
            if singular and tok.tag_ in PLURAL_NOUN_TAGS and tok.dep_ not in NOMINAL_SUBJECT_DEPS:
                continue
            if tok.dep_ in heads and tok.pos_ in NOUN_POS and not (exclude and tok.i in exclude):
                found = actors.resolve(tok)
                if found:
                    return found
        if pronoun.dep_ in OBJECT_PRONOUN_DEPS and pronoun.lower_ in THEY_PRONOUNS:
            # "held talks with Afghan officials. He urged [them] to act": a plural named before
            found = [a for a in actors.resolve(pronoun) if a.code]
            if found:
                return found
        if context.last_actors or context.last_subject is None:
            found = list(context.last_actors)
        else:
            found = [a for a in actors.resolve(context.last_subject) if can_take_back(a)][:1]
        if not found and cand.root in roots.VIOLENT_ROOTS and pronoun.lower_ in THEY_PRONOUNS \
                and pronoun.dep_ in NOMINAL_SUBJECT_DEPS:
            found = _armed_group_named_before(pronoun, actors)  # '"They shot and killed people on the train"'
        return found


def _armed_group_named_before(pronoun: Token, actors: DocumentActors) -> list[Actor]:
    """ "Two of the passengers described their ordeal at the hands of the BLA. '[They] shot and
    killed people'": "they" doing violence, when the sentences before leave it no one else, is the
    armed group named last in them (the people around it are its victims, not its doers)."""
    start = g.sentences_back(pronoun, ARMED_LOOKBACK_SENTENCES)
    for tok in reversed(pronoun.doc[start:pronoun.sent.start]):
        if tok.pos_ != "PROPN" or tok.dep_ in ("compound", "flat"):
            continue
        armed = [a for a in actors.resolve(tok) if a.code and a.name and a.sector in ARMED_GROUP_SECTORS]
        if armed:
            return armed[:1]
    return []


def hyphen_pair(tok: Token, actors: DocumentActors) -> list[Actor]:
    """The two parties a hyphenated modifier joins ("[U.S.-China] talks", "the [India-Pakistan]
    ceasefire", "the [EU-Mercosur] agreement"), each a country or an international body; none
    for anything else ("the Russian-speaking region", "a Kenya-based firm")."""
    doc = tok.doc
    if tok.dep_ not in ("compound", "amod", "nmod"):
        return []
    if tok.i >= 2 and doc[tok.i - 1].text in HYPHENS and doc[tok.i - 2].head.i == tok.i:
        sides = [next((a for a in actors.resolve(t) if a.code), None) or _named_party(t.text, actors)
                 for t in (doc[tok.i - 2], tok)]
        pair = [a for a in sides if a is not None]
        return pair if len(pair) == 2 and pair[0].code != pair[1].code else []
    parts = tok.text.split("-")
    if len(parts) != 2 or not all(parts):
        return []
    named = [_named_party(part, actors) for part in parts]
    found = [a for a in named if a is not None]
    return found if len(found) == 2 and found[0].code != found[1].code else []


def _named_party(text: str, actors: DocumentActors) -> Actor | None:
    """The country or international body a name alone stands for ("U.S.", "China", "EU")."""
    place = actors.gaz.place(text)
    if place is not None and place.country and place.kind in PAIR_PLACE_KINDS:
        return make_actor(text, place.country, None)
    body = actors.gaz.organisation(text)
    if body is not None and body.code.startswith(INTERNATIONAL):
        return make_actor(text, None, body.sector, body.name, body.code, body.function or "")
    return None
