"""Counts that are no acts: "since 2009, hundreds of people have been killed in suicide attacks",
"the war has killed tens of thousands since it began", "the group launched 504 attacks in 2024,
compared with 116 in 2023", "the city has suffered more attacks than any other". A wire story's
statistics and background tolls tell how a conflict went, not an event between parties on a day;
the coders of the conflict set code none."""

from __future__ import annotations

from spacy.tokens import Token

from detente.data import word_list
from detente.events import roots
from detente.events.candidate import Candidate
from detente.nlp import grammar as g
from detente.nlp.labels import NOUN_POS, OBJECT_DEPS, PREP_OBJECT_DEPS, VERB_POS
from detente.nlp.tree import children

PAST_TAG = "VBD"  # "fired more missiles than drones on Sunday": one night's act, compared
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})  # what a verb of saying reports
YEAR_RANGE = range(1900, 2100)


def tallied(token: Token, outcome: bool) -> bool:
    """The act named by ``token`` is counted over a span or against another count. Over a span,
    only tolls (``outcome``: "have been killed") and acts named in the plural ("has carried out
    hundreds of strikes"): "the Houthis have besieged Taiz since 2015" is one siege going on."""
    verb = token if token.pos_ in VERB_POS else _clause_verb(token)
    if verb is None:
        return False
    counted = outcome or _plural(token) or any(_plural(o) for o in children(verb) if o.dep_ in OBJECT_DEPS)
    return (counted and _perfect(verb) and _since_a_span(verb, token)) or _compared(verb) \
        or _comparative(token, verb)


def reports_a_tally(statement: Candidate, by_token: dict[int, Candidate]) -> bool:
    """ "Russian strikes have killed 12,000 civilians since the war began, the U.N. says": a bare
    statement whose reported clause is a toll reports statistics, no act of the speaker's."""
    reported = [t for c in children(statement.token) if c.dep_ in REPORTED_DEPS for t in c.subtree]
    return any(c.root in roots.VIOLENT_ROOTS and tallied(c.token, bool(c.pattern.outcome))
               for t in reported if (c := by_token.get(t.i)) is not None)


def _plural(token: Token) -> bool:
    return token.tag_ in PLURAL_TAGS


def _clause_verb(noun: Token) -> Token | None:
    """The verb of the clause a nominal act is a subject, object or prepositional object in
    ("[Russian strikes] have killed 12,000 civilians since the war began")."""
    current = noun
    for _ in range(4):
        if current.head is current:
            return None
        current = current.head
        if current.pos_ in VERB_POS:
            return current
        if current.pos_ not in NOUN_POS and current.dep_ != "prep" and current.pos_ != "ADP":
            return None
    return None


def _perfect(verb: Token) -> bool:
    """ "have been killed", "has killed", "has been firing": the perfect counts up to now."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children(verb))


def _since_a_span(verb: Token, token: Token) -> bool:
    """ "since 2009", "since October 2023", "since the start of the war", "since it began": a span
    of years, not "since Saturday" (a strike that goes on), nor the act itself as the span's start
    ("ties have been frosty since the 2019 [arrest]")."""
    for child in children(verb):
        if token in child.subtree:
            continue
        if child.dep_ == "prep" and child.lower_ == "since":
            for obj in (c for c in children(child) if c.dep_ in PREP_OBJECT_DEPS):
                if obj.lemma_.lower() in word_list("events.tally_span_nouns") or any(
                        _year(t) for t in obj.subtree):
                    return True
        if child.dep_ == "advcl" and child.lemma_.lower() in word_list("events.tally_span_verbs") \
                and any(m.dep_ == "mark" and m.lower_ == "since" for m in children(child)) \
                and (any(_year(t) for t in child.subtree)
                     or g.best_phrase_match(g.subjects(child), word_list("events.tally_wars")) is not None):
            return True  # "since it began in 2023", "since the war began"; not "since the raid began"
    return False


def _year(token: Token) -> bool:
    return token.like_num and token.text.isdigit() and len(token.text) == 4 and int(token.text) in YEAR_RANGE


def _compared(verb: Token) -> bool:
    """ "launched 504 attacks in 2024, compared with 116 in 2023": a count set beside another."""
    for child in children(verb):
        if child.lemma_.lower() not in word_list("events.tally_compare_verbs"):
            continue
        objects = [o for p in children(child) if p.dep_ == "prep" for o in children(p) if o.dep_ in PREP_OBJECT_DEPS]
        if any(o.like_num or any(c.like_num for c in children(o)) for o in objects):
            return True
    return False


def _comparative(token: Token, verb: Token) -> bool:
    """ "has suffered more attacks than any other city", "has been firing fewer missiles than last
    year": the act's noun compared with another count, outside the simple past ("more than 100
    missiles" is a number, not a comparison)."""
    if verb.tag_ == PAST_TAG and not _perfect(verb):
        return False
    nouns = [token] if token.pos_ in NOUN_POS else [c for c in children(verb) if c.dep_ in OBJECT_DEPS]
    for noun in nouns:
        for mod in children(noun):
            if mod.lower_ not in word_list("events.tally_comparatives"):
                continue
            clauses = [m for c in children(verb) if c.dep_ == "advcl" for m in children(c) if m.dep_ == "mark"]
            thans = [t for t in (*children(mod), *children(noun), *children(verb), *clauses) if t.lower_ == "than"]
            if any(not _number_after(t) for t in thans):
                return True
    return False


def _number_after(than: Token) -> bool:
    """ "more than [100]": a number, not a comparison."""
    doc = than.doc
    return than.i + 1 < len(doc) and doc[than.i + 1].like_num
