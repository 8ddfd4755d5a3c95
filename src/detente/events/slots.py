"""The words a pattern's argument slots point at ("subj", "obj", "prep:on", "between", ...):
the one reader of the ``source`` and ``target`` fields (their names are ``Slot`` in
events/schema.py). Which of those words name actors is for events/arguments.py to decide.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.context import is_foreign_modifier
from detente.actors.gazetteer import Gazetteer
from detente.data import word_list
from detente.events import roots
from detente.events.alongside import armed_backing
from detente.events.candidate import Candidate, frame_rule
from detente.events.schema import GERUND_PREP_SLOT, MODIFIER_SLOTS, PREP_SLOT, Frame, Slot
from detente.nlp import grammar as g
from detente.nlp.labels import (
    CLAUSAL_ARGUMENT_DEPS,
    COMPLEMENT_CLAUSE_DEPS,
    NOMINAL_SUBJECT_DEPS,
    NOUN_POS,
    OBJECT_DEPS,
    PRENOMINAL_DEPS,
    PREP_OBJECT_DEPS,
    VERB_POS,
)
from detente.nlp.tree import children

DOER_PLACE_KINDS = frozenset({"name", "demonym"})  # a country or its people: who did it

ESCAPING_VERBS = word_list("events.escaping_verbs")  # "fled [fighting]": no doer of it
AIMING_PREPS = word_list("events.aiming_preps")  # "fired a missile [at] a ship"
UNDERGOING_VERBS = word_list("events.under_verbs")  # "came [under] attack", "is under fire"
CRAFT_HEADS = word_list("actors.craft_heads")  # ships and aircraft: where one is says nothing of whose


def craft_aimed_at(trigger: Token) -> list[Token]:
    """ "Fired a missile [at a commercial ship]", "attacked a [tanker]": the ships and aircraft an
    act of force is aimed at (its object, or the object of at/on/against on it or on its weapon)."""
    aimed = [*g.direct_objects(trigger), *(o for p in AIMING_PREPS for o in g.prep_objects(trigger, p))]
    aimed += [o for a in list(aimed) for p in AIMING_PREPS for o in g.prep_objects(a, p)]
    return [o for o in aimed if o.lemma_.lower() in CRAFT_HEADS]


def undergoing_verb(act: Token) -> Token | None:
    """The verb through which an act noun is undergone ("troops [came] under attack", "the convoy
    [was] under fire"), or None."""
    head = act.head
    if act.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in UNDERGOING_VERBS:
        return head.head
    return None


def holding_verb(place: Token) -> Token | None:
    """The verb that puts its subject in ``place`` ("remains [in] custody", "had been [in] jail"),
    or None."""
    verb = place.head.head if place.dep_ == "pobj" and place.head.lower_ == "in" else None
    if verb is None or verb.lemma_.lower() not in word_list("events.holding_verbs"):
        return None
    return verb


def slot_tokens(slot: str, cand: Candidate) -> list[Token]:
    """The words in ``slot`` of a candidate act (empty when the sentence leaves it empty)."""
    token = cand.token
    if slot in (Slot.SUBJ, Slot.AGENT) and cand.source_from is not None:
        return _framed_subjects(slot, cand)
    if slot == Slot.SUBJ:
        if cand.pattern.frame == Frame.INTENT and g.is_passive(token) and not g.agents(token):
            return g.passive_subjects(token)  # "Ukraine is committed to peace": a state of the subject
        return own_subjects(token)
    if slot == Slot.AGENT:
        return g.agents(token)
    if slot == Slot.OBJ:
        if g.is_passive(token) or armed_backing(token):  # "troops [backed] by U.S. forces": the troops
            return _holders(cand, g.passive_subjects(token))
        return _holders(cand, g.direct_objects(token) or g.shared_objects(token))
    if slot == Slot.IOBJ:
        return g.dative(token)
    if slot == Slot.GOVERNOR:
        if cand.reacted_to or cand.aimed_at is not None:
            return []  # "[India] condemned the attack", "[firms] face duties": not the doer
        gov = cand.source_from if cand.source_from is not None else g.governor(token)
        if gov is not None and gov.lemma_.lower() in ESCAPING_VERBS:
            return []  # "[thousands] fled fighting between A and B": they ran from it
        return frame_subjects(gov) if gov is not None else []
    if slot in MODIFIER_SLOTS:  # "Chinese rivals", "U.S. allies": whose rivals, not who they are
        if token.pos_ in VERB_POS:  # "expelled the French ambassador": the object's modifiers
            objs = g.passive_subjects(token) if g.is_passive(token) else g.direct_objects(token)
            return [c for o in objs for c in children(o) if c.dep_ == slot and not is_foreign_modifier(c)]
        found = [c for c in children(token) if c.dep_ == slot and not is_foreign_modifier(c)]
        if slot == Slot.COMPOUND and cand.root in roots.CRITICISED_DEED_ROOTS:
            found = [c for c in found if not _place_named(c)]  # "the [Kabul] attack": where, not who
        return found
    if slot == Slot.BETWEEN:
        return _sides(token)
    if slot == Slot.XSUBJ:  # "allowed [X] to participate"
        clauses = [c for c in children(token) if c.dep_ in COMPLEMENT_CLAUSE_DEPS]
        reported = g.inverted_report(token)  # "[X] fails to uphold rights, a group protested"
        clauses += [reported] if reported is not None else []
        # the doer, not a passive's patient: "alleged that [women] are being persecuted" accuses no women
        return [s for c in clauses for s in children(c) if s.dep_ in NOMINAL_SUBJECT_DEPS and not g.is_passive(c)]
    if slot == Slot.HELD:  # "[the reporter] had been in pretrial detention", "[two men] remain in custody"
        verb = holding_verb(token)
        if verb is None:
            return []
        return g.subjects(verb) or (g.passive_subjects(verb) if g.is_passive(verb) else [])
    if slot == Slot.CLAUSE_SUBJ:  # "with the backing of Washington, [Seoul] proposed talks"
        prep = token.head if token.dep_ in PREP_OBJECT_DEPS else None
        hanging = word_list("grammar.accompanying_preps") | (cand.pattern.requires_governor or frozenset())
        if prep is None or prep.head.pos_ not in VERB_POS \
                or not {prep.lower_, f"{prep.head.lemma_.lower()} {prep.lower_}"} & hanging:
            return []  # a preposition the pattern requires hangs its phrase on the clause too: "[in] protest of"
        verb = prep.head
        raised = g.passive_subjects(verb.head) if verb.dep_ == "xcomp" and g.is_passive(verb.head) else []
        return _headed_by_noun(verb) or own_subjects(verb) or raised  # "[the EU] is set to vote on"
    if slot == Slot.XOBJ:  # "an attempt to assassinate X"
        clauses = [c for c in children(token) if c.dep_ in CLAUSAL_ARGUMENT_DEPS]
        return _holders(cand, [o for c in clauses for o in g.direct_objects(c)])
    if slot.startswith(PREP_SLOT):
        preposition = slot[len(PREP_SLOT):]
        found = list(g.prep_objects(token, preposition))
        for obj in g.direct_objects(token) + g.passive_subjects(token):
            found.extend(g.prep_objects(obj, preposition))  # "imposed tariffs on X"
        if not found and token.pos_ in NOUN_POS and token.dep_ in OBJECT_DEPS:
            # "condemned Israeli strikes [on Gaza]", the phrase parsed onto the verb: right after the noun
            found = [o for o in g.prep_objects(token.head, preposition) if o.head.i == token.right_edge.i + 1]
        return [o for f in found for o in _through_complex_preposition(f)]
    if slot.startswith(GERUND_PREP_SLOT):  # "barred firms from [exporting chips to China]"
        preposition = slot[len(GERUND_PREP_SLOT):]
        return [o for p in children(token) if p.dep_ == "prep" for c in children(p) if c.dep_ == "pcomp"
                for o in g.prep_objects(c, preposition)]
    return []


def _headed_by_noun(verb: Token) -> list[Token]:
    """ "Hundreds of people, many waving flags, [massed] outside the consulate": in a sentence the
    parser heads with its subject noun, the main verb hangs on that noun as a participle (acl), or
    on one as its conjunct; the noun is who acted."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
        verb = verb.head
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in NOUN_POS:
        return []
    return g.expand_conjuncts(noun)


def _through_complex_preposition(obj: Token) -> list[Token]:
    """ "voted in favour of [the Palestinian bid]": the noun of a complex preposition ("in favour
    of", "on behalf of") is no party; the object of its "of" is. "spoke highly of the partnership
    with [Japan]": a relation stands for the partner its "with" names."""
    if obj.lemma_.lower() in word_list("grammar.partner_relation_nouns"):
        return g.prep_objects(obj, "with") or [obj]
    if obj.lemma_.lower() not in word_list("grammar.complex_preposition_nouns"):
        return [obj]
    return g.prep_objects(obj, "of") or [obj]


def _holders(cand: Candidate, objects: list[Token]) -> list[Token]:
    """ "police broke up [a rally by opposition supporters]": coercion of a gathering befalls
    those who hold it, when the text names them ("by X", "X's rally"); else the objects."""
    if cand.code[:2] not in roots.GATHERING_HOLDER_ROOTS:
        return objects
    gatherings = word_list("events.gathering_nouns")
    found = [h for o in objects for h in (g.owners(o) if o.lemma_.lower() in gatherings else [o])]
    if not found and objects and objects[0].head.pos_ in VERB_POS:  # "a rally [by X]" parsed onto the verb
        found = [h for o in objects if o.lemma_.lower() in gatherings for h in g.prep_objects(o.head, "by")]
    return found or objects


def _framed_subjects(slot: str, cand: Candidate) -> list[Token]:
    """The doer of an act a frame embeds: the frame's subject ("[X] agreed to meet"), or the act's
    own subject when the frame is another's expectation ("expects [North Korea] to launch")."""
    token = cand.token
    own = [s for s in children(token) if s.dep_ == "nsubj" and s.lower_ not in word_list("grammar.relative_pronouns")] \
        if frame_rule(Frame.INTENT) in cand.rule_suffix else []
    if own:
        return g.expand_conjuncts(own[0])
    assert cand.source_from is not None
    return frame_subjects(cand.source_from) or (own_subjects(token) if slot == Slot.SUBJ else [])


def _sides(token: Token) -> list[Token]:
    """The sides of "talks between A and B", "host a meeting between A and B", "a deal between A
    and B was reached"."""
    found = g.prep_objects(token, "between")
    for obj in g.direct_objects(token) + g.passive_subjects(token):
        found = found or g.prep_objects(obj, "between")
    if not found and token.dep_ in NOMINAL_SUBJECT_DEPS and token.head.pos_ in VERB_POS:
        found = g.prep_objects(token.head, "between")  # "fighting broke out / was reported between A and B"
    for clause in (c for c in children(token) if c.dep_ == "acl" and not found):
        found = g.prep_objects(clause, "between")  # "an exchange of fire [reported] between A and B"
    if not found and token.dep_ == "acl" and token.head.pos_ in NOUN_POS:
        found = g.prep_objects(token.head, "between")  # "the truce between A and B, [brokered] by Qatar"
    return found


def own_subjects(token: Token) -> list[Token]:
    """The subject of a verbal trigger (the agent of a passive one); none for a noun."""
    if token.pos_ in NOUN_POS:
        return []
    return g.agents(token) if g.is_passive(token) or armed_backing(token) else g.subjects(token)


def frame_subjects(frame: Token) -> list[Token]:
    """Who holds a frame: the subject of a verb, the owner of a noun ("China's plan")."""
    if frame.pos_ in NOUN_POS:
        owners = [c for c in children(frame) if c.dep_ == "poss" or c.dep_ in PRENOMINAL_DEPS]
        if owners:
            return owners
        gov = g.governor(frame)
        frame = gov if gov is not None else frame.head
    if g.is_passive(frame):  # "X is scheduled to meet": the passive subject holds the plan
        return g.agents(frame) or (g.passive_subjects(frame) if frame.dep_ != "acl" else [])
    return g.subjects(frame)


def _place_named(modifier: Token) -> bool:
    """A town, a capital, a seat of power or a region naming where an act of force happened ("the
    [Kabul] attack", "the [Khan Younis] strike"), not a country or a people that did it ("the [U.S.]
    strike", "an [Israeli] raid")."""
    place = Gazetteer.load().place(" ".join(t.text for t in modifier.subtree))
    return place is not None and place.kind not in DOER_PLACE_KINDS
