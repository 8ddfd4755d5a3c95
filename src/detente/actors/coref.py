"""Who a pronoun stands for: "Japan said it would...", "the rebels said they...".

A light, rule-based reading that covers the cases event coding needs: the subject of a
clause that governs the pronoun first ("Switzerland said it had expelled"), then the
nearest noun phrase before it in the sentence, then the previous sentence's subjects.
Number must agree ("they" wants a plural or a coordination); "it" never means a person.
Person pronouns (he, she) are read with the people met so far (:mod:`detente.actors.people`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.data import word_list, word_table
from detente.nlp import grammar as g
from detente.nlp.labels import (
    NOMINAL_SUBJECT_DEPS,
    NOT_PHRASE_HEAD_DEPS,
    NOUN_POS,
    OBJECT_PRONOUN_DEPS,
    PLURAL_NOUN_TAGS,
    VERB_POS,
)
from detente.nlp.tree import children

PERSON_PRONOUNS = word_list("actors.person_pronouns")
IT_PRONOUNS = word_list("actors.it_pronouns")
THEY_PRONOUNS = word_list("actors.they_pronouns")
PRONOUN_GENDERS = word_table("actors.pronoun_genders")
HARM_VERBS = word_list("actors.harm_verbs")
OWN_WORDS = word_list("actors.own_words")
GENDERED_WORDS = word_table("actors.gendered_words")
CREDIT_NOUNS = word_list("actors.credit_nouns")
# How many sentences back "he" or "she" looks for the subject it continues.
SALIENT_SENTENCES = 3


def is_plural(token: Token) -> bool:
    """A plural noun, or the first of a coordination ("Israel and Jordan")."""
    return token.tag_ in PLURAL_NOUN_TAGS or any(c.dep_ == "conj" for c in children(token))


def _agrees(token: Token, plural: bool) -> bool:
    if token.pos_ not in NOUN_POS or token.dep_ in NOT_PHRASE_HEAD_DEPS:
        return False
    if not plural and token.ent_type_ == "PERSON":
        return False
    return is_plural(token) == plural


def antecedents(pronoun: Token) -> Iterator[Token]:
    """Candidate antecedents of "it"/"they" in the order they are tried (may repeat)."""
    plural = pronoun.lower_ in THEY_PRONOUNS
    yield from (t for t in credited(pronoun) if _agrees(t, plural))
    above = {a.i for a in pronoun.ancestors} | harmers(pronoun)  # "their leaders": not the phrase it is in
    for ancestor in pronoun.ancestors:  # subjects of governing clauses
        for child in children(ancestor):
            if child.dep_ in NOMINAL_SUBJECT_DEPS and child.i != pronoun.i and child.i not in above \
                    and _agrees(child, plural):
                yield child
        yield from (o for o in _controllers(ancestor) if o.i not in above and _agrees(o, plural))
    sent = pronoun.sent
    for token in reversed(sent[: pronoun.i - sent.start]):
        if token.i not in above and _agrees(token, plural):
            yield token
    if sent.start > 0:
        previous = pronoun.doc[sent.start - 1].sent
        heads = [t for t in previous if _agrees(t, plural)]
        yield from (t for t in heads if t.dep_ in NOMINAL_SUBJECT_DEPS)
        yield from (t for t in heads if t.dep_ not in NOMINAL_SUBJECT_DEPS)


def credited(pronoun: Token) -> list[Token]:
    """The named party a "for its ..." phrase credits or blames: the object of its verb ("thanked
    [Japan] for its assistance", "criticised [Russia] for its actions"), or whom thanks are given
    to ("expressed gratitude to [Japan] for its help"), before the subject governing the pronoun."""
    owned = pronoun.head
    if pronoun.dep_ != "poss" or owned.dep_ != "pobj" or owned.head.lower_ != "for":
        return []
    head = owned.head.head
    thanks = [head] if head.pos_ in NOUN_POS else []
    found = []
    if head.pos_ in VERB_POS:
        found = [o for o in children(head) if o.dep_ in ("dobj", "obj", "dative")]
        thanks = [o for o in found if o.lemma_.lower() in CREDIT_NOUNS] + [head]
    for noun in thanks:
        if noun is head and head.pos_ in VERB_POS and not any(o.lemma_.lower() in CREDIT_NOUNS for o in found):
            continue  # "sent troops to Haiti for its mission": no thanks given to Haiti
        found += [p for to in children(noun) if to.dep_ in ("prep", "dative") and to.lower_ == "to"
                  for p in children(to) if p.dep_ == "pobj"]
    return [t for t in found if t.ent_type_ or t.pos_ == "PROPN"]


def _controllers(clause: Token) -> list[Token]:
    """The understood subject of an infinitive with none of its own: the object of the verb it
    completes ("ordered [China] to close its consulate", "urged [Russia] to withdraw its troops")."""
    if clause.dep_ != "xcomp" or any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in children(clause)):
        return []
    return [c for c in children(clause.head) if c.dep_ in ("dobj", "obj", "dative")]


def harmers(pronoun: Token) -> set[int]:
    """The subjects (token indices) of a verb of force whose object a possessive pronoun owns
    ("Hezbollah fired rockets at [its] towns", "the militants attacked [their] soldiers"): a
    doer does not strike its own, so the pronoun is someone else (the party reporting it);
    empty for other pronouns and for "its own"."""
    if pronoun.dep_ != "poss" or any(w.lower_ in OWN_WORDS for w in pronoun.head.lefts):
        return set()
    owned = pronoun.head
    verb = owned.head.head if owned.dep_ == "pobj" and owned.head.dep_ == "prep" else owned.head
    if owned.dep_ not in ("dobj", "obj", "pobj") or verb.pos_ not in VERB_POS \
            or verb.lemma_.lower() not in HARM_VERBS:
        return set()
    return {s.i for s in g.subjects(verb)}


def governing_subjects(pronoun: Token) -> Iterator[Token]:
    """Subjects of the clauses above a pronoun, nearest first ("Trump said his administration...").

    A verb coordinated with another shares its subject: "Trump praised X and announced that
    his administration..." reaches Trump through "announced". An object pronoun is never the
    subject of its own clause, inherited or not: "Scholz spoke with Putin, urging [him] to
    withdraw" and "Macron met Zelenskyy and promised [him] arms" are not Scholz and Macron.
    """
    own = own_clause_subjects(pronoun)
    for ancestor in pronoun.ancestors:
        verb = ancestor
        while True:
            subjects = [c for c in children(verb) if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i != pronoun.i]
            if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head
        yield from (s for s in subjects if s.i not in own)


def own_clause_subjects(pronoun: Token) -> set[int]:
    """The subjects (token indices) of the clause an object pronoun is the object of ("urged
    [him]", "spoke with [him]"), which the pronoun cannot stand for; empty for other pronouns."""
    if pronoun.dep_ not in OBJECT_PRONOUN_DEPS:
        return set()
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    if verb.pos_ not in VERB_POS:
        return set()
    return {s.i for s in g.subjects(verb)}


def with_conjuncts(token: Token) -> list[Token]:
    """ "Israel and Jordan said they...": each member of the coordination."""
    return [token, *(t for t in token.conjuncts if t.i > token.i)]


def gender_of(word: Token) -> str | None:
    """ "m" or "f" for a gendered pronoun, honorific or title ("she", "Mrs.", "spokeswoman")."""
    lower = word.lower_.rstrip(".")
    return PRONOUN_GENDERS.get(lower) or GENDERED_WORDS.get(lower)


def earlier_subjects(pronoun: Token) -> Iterator[Token]:
    """Where "he" or "she" looks for whom it continues: the subjects before it (and their owners,
    "[His] visit follows ..."), in its own sentence and then in each sentence before, the main
    clause's first; not a subject of the pronoun's own clause ("Xi told [him]" is not Xi) nor of
    what that clause reports ('"Schengen no longer exists," [he] said')."""
    doc = pronoun.doc
    sentence = pronoun.sent
    own = own_clause_subjects(pronoun)  # "met Zelenskyy and promised [him] arms": not the one who met
    for _ in range(SALIENT_SENTENCES + 1):
        subjects = [t for t in sentence if t.dep_ in NOMINAL_SUBJECT_DEPS and t.i < pronoun.i and t.i not in own
                    and t.head.i != pronoun.head.i and not _inside(t, pronoun.head)]
        for subject in sorted(subjects, key=lambda t: (_depth(t), t.i)):
            yield subject
            yield from (c for c in children(subject) if c.dep_ == "poss")
        if sentence.start == 0:
            return
        sentence = doc[sentence.start - 1].sent


def _inside(token: Token, clause: Token) -> bool:
    """``token`` is within the clause headed by ``clause``."""
    return any(a.i == clause.i for a in token.ancestors)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth
