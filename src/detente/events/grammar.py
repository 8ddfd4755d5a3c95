"""Reading the dependency parse: subjects, objects, negation, mood and reported speech.

These helpers answer grammatical questions about a trigger token; the coder decides
what they mean for the event.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
CLAUSE_LINKS = {"xcomp", "conj"}  # links that stay inside the same clause for modality
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "csubjpass") for c in verb.children)


def expand_conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Canada and China")."""
    return [token, *token.conjuncts] if token.conjuncts else [token]


def subjects(verb: Token) -> list[Token]:
    """The grammatical subject(s) of a verb, inherited through conj, xcomp and relative clauses."""
    current: Token | None = verb
    for _ in range(6):
        if current is None:
            break
        found = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if found:
            subj = found[0]
            if subj.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return expand_conjuncts(current.head)
            return expand_conjuncts(subj)
        if current.dep_ == "relcl":
            return expand_conjuncts(current.head)
        if current.dep_ in ("conj", "xcomp", "advcl") and current.head.pos_ in ("VERB", "AUX"):
            current = current.head
            continue
        break
    return []


def passive_subjects(verb: Token) -> list[Token]:
    for child in verb.children:
        if child.dep_ in PASSIVE_SUBJECT_DEPS:
            return expand_conjuncts(child)
    if verb.dep_ == "conj" and is_passive(verb.head):
        return passive_subjects(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "the deal signed by X"
        return [verb.head]
    return []


def agents(verb: Token) -> list[Token]:
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return expand_conjuncts(pobj)
    return []


def direct_objects(token: Token) -> list[Token]:
    for child in token.children:
        if child.dep_ in ("dobj", "obj"):
            return expand_conjuncts(child)
    return []


def dative(token: Token) -> list[Token]:
    for child in token.children:
        if child.dep_ in ("dative", "iobj"):
            pobjs = [c for c in child.children if c.dep_ == "pobj"]
            return expand_conjuncts(pobjs[0] if pobjs else child)
    return []


def prep_objects(token: Token, preposition: str) -> list[Token]:
    """Objects of a preposition hanging on the token ("talks with X", "tariffs on X")."""
    for child in token.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ == preposition:
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    return expand_conjuncts(pobj)
    return []


def governor(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object or passive subject of ("held talks")."""
    if noun.dep_ in ("dobj", "nsubjpass", "obj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "conj":
        return governor(noun.head)
    return None


def clause_chain(token: Token) -> Iterator[Token]:
    """The trigger and the verbs above it within its clause (through xcomp and conj)."""
    current = token
    yield current
    for _ in range(8):
        if current.dep_ in CLAUSE_LINKS and current.head is not current:
            current = current.head
            yield current
        else:
            return


def clause_head(token: Token) -> Token:
    """The top verb of the trigger's own clause (see clause_chain)."""
    last = token
    for last in clause_chain(token):
        pass
    return last


def has_negation(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def ancestors_until_root(token: Token) -> Iterator[tuple[Token, str]]:
    """Each ancestor with the dependency label of the link that leads up to it."""
    current = token
    for _ in range(20):
        if current.head is current:
            return
        yield current.head, current.dep_
        current = current.head
