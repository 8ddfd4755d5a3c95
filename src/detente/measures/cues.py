"""Retaliation cues: the words that say a measure answers another ("in response to X").

A cue is a noun ("in response to", "in retaliation for"), a verb ("retaliating for",
"hit back at") or a temporal word ("after X imposed ...") from ``data/measures/retaliation.yaml``;
its region is the tokens that name what is answered. Mentions inside a region are causes.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from detente.measures.lexicon import RetaliationCues
from detente.nlp import grammar as g
from detente.nlp.labels import NOUN_POS, PREP_OBJECT_DEPS, VERB_POS
from detente.nlp.tree import children


@dataclass(slots=True)
class Cue:
    """A retaliation cue in a sentence and the tokens that name what is answered."""

    token: Token
    region: set[int]
    temporal: bool = False


def find_cues(sent: Span, retaliation: RetaliationCues) -> list[Cue]:
    """ "in response to X", "retaliating for X", "after X imposed ...": X's tokens."""
    found: list[Cue] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ in NOUN_POS and lemma in retaliation.nouns:
            found += [Cue(tok, _prep_region(p)) for p in children(tok)
                      if p.dep_ == "prep" and p.lower_ in retaliation.noun_preps]
        elif tok.pos_ in VERB_POS and (lemma in retaliation.verbs or _with_particle(tok) in retaliation.verbs):
            found += [Cue(tok, _prep_region(p)) for p in children(tok)
                      if p.dep_ == "prep" and p.lower_ in retaliation.verb_preps
                      and not _questions(p, retaliation.not_answered)]
            if lemma in retaliation.verb_objects:
                found += [Cue(tok, {t.i for t in o.subtree}) for o in g.direct_objects(tok)]
        elif tok.lower_ in retaliation.temporal:
            if tok.dep_ == "mark" and tok.head.dep_ == "advcl":
                found.append(Cue(tok, {t.i for t in tok.head.subtree} - {tok.i}, temporal=True))
            elif tok.dep_ in ("prep", "case") or tok.tag_ == "VBG":
                found.append(Cue(tok, _prep_region(tok), temporal=True))
    return [c for c in found if c.region]


def _questions(prep: Token, questions: frozenset[str]) -> bool:
    """ "did not respond [to a request for comment on the tariffs]": a question put to the speaker
    is answered, no measure (``not_answered`` in retaliation.yaml)."""
    return any(c.dep_ in PREP_OBJECT_DEPS and c.lemma_.lower() in questions for c in children(prep))


def _with_particle(tok: Token) -> str:
    """The verb's lemma with its particle ("hit back"), or the lemma alone."""
    particles = [c.lower_ for c in children(tok) if c.dep_ == "prt"]
    return f"{tok.lemma_.lower()} {particles[0]}" if particles else tok.lemma_.lower()


def _prep_region(prep: Token) -> set[int]:
    """The words of a preposition's object ("in response to [Canada's surtax]")."""
    return {t.i for c in children(prep) if c.dep_ in PREP_OBJECT_DEPS for t in c.subtree}
