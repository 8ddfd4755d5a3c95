"""An outcome and its means: "killed [in an airstrike]", "a [bombing] killed", "[the operation]
resulted in the deaths of", "killed [when] a bomber blew himself up". The outcome takes the code of
the violence that caused it; an accident ("a bus plunged into a ravine, killing 22", "killed when a
tunnel collapsed", "a gas explosion killed seven") makes it no event at all."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.data import word_list, word_sequence
from detente.events import roots
from detente.events.candidate import Candidate
from detente.events.modality import Modality
from detente.events.schema import Slot
from detente.nlp import grammar as g
from detente.nlp.labels import NOUN_POS, PRENOMINAL_DEPS, PREP_OBJECT_DEPS, SIDE_CLAUSE_DEPS, VERB_POS
from detente.nlp.tree import children

Match = Callable[[Token], Candidate | None]


class OutcomeReader:
    """Finds the means of an outcome verb or toll noun with the matcher that codes a token."""

    def __init__(self, match: Match, modality: Modality) -> None:
        self.match = match
        self.modality = modality

    def take_means(self, cand: Candidate) -> bool | None:
        """'killed in an attack', 'a bombing killed': the outcome takes the code of its means
        (True); None when the named cause is not violence ('killed in the crash')."""
        token = cand.token
        if token.dep_ in SIDE_CLAUSE_DEPS and token.head is not token and self._accident(token.head):
            return None  # "a bus plunged into a ravine, [killing] 22": an accident's toll
        places = list(g.subjects(token) if not g.is_passive(token) else g.agents(token))
        if g.is_passive(token):  # "killed by [Russian shelling]": a gerund the parser made a verb
            places += [c for a in children(token) if a.dep_ == "agent" for c in children(a) if _nominal_gerund(c)]
        objects = g.direct_objects(token) if not g.is_passive(token) else []
        # "12 were killed and dozens wounded [in Russian strikes]": outcomes joined share their means
        sharing = [token] + [c for c in token.conjuncts if c.pos_ in VERB_POS and c.lemma_ != token.lemma_]
        for prep in word_sequence("events.means_preps"):
            places += [p for verb in sharing for p in _every_prep_object(verb, prep)]  # "[in Kharkiv] [in a strike]"
            places += [p for o in objects for p in g.prep_objects(o, prep)]  # "killed [30 insurgents in air strikes]"
        for place in list(places):
            if place.lemma_.lower() in word_list("events.cause_nouns"):
                places += g.prep_objects(place, "of")  # "died as a result of torture"
        nonviolent = self.modality.nonviolent_causes
        for place in places:
            if place.pos_ not in NOUN_POS and not _nominal_gerund(place):
                continue
            if any(m.dep_ in PRENOMINAL_DEPS and m.lemma_.lower() in nonviolent for m in children(place)):
                return None  # "died of a heart attack", "an asthma attack"
            means = self.match(place)
            if means is not None and means.pattern.code[:2] in roots.VIOLENT_ROOTS and not means.pattern.outcome \
                    and Slot.HELD not in means.pattern.target:  # "died in [prison]": a place, not a means
                return _take_means(cand, means, place)
        if g.best_phrase_match(places, nonviolent) is not None:
            return None  # "killed in the crash", "a [gas explosion] killed seven"
        return self._means_clause(cand)

    def toll_of(self, cand: Candidate) -> bool:
        """ "[The operation] resulted in the deaths of 16 militants", "[Russian shelling] caused the
        deaths of three civilians": the act whose toll a noun is, the subject of the verb that governs
        it, is its means (its doer the toll's), and a violent one gives its code: one act. False when
        that subject is a nonviolent cause ("the storm led to the destruction of 300 homes"): no act."""
        token = cand.token
        verb = g.governor(token) or (token.head.head if token.dep_ in PREP_OBJECT_DEPS else None)
        if verb is None or verb.pos_ not in VERB_POS:
            return True
        subjects = [s for s in g.subjects(verb) if s.pos_ in NOUN_POS]
        if g.best_phrase_match(subjects, self.modality.nonviolent_causes) is not None:
            return False
        cand.means = next(iter(subjects), None)
        means = self.match(cand.means) if cand.means is not None else None
        if means is not None and means.pattern.code[:2] in roots.VIOLENT_ROOTS and not means.pattern.outcome:
            _take_means(cand, means, means.token)
        return True

    def _means_clause(self, cand: Candidate) -> bool | None:
        """ "20 people were killed [when] a suicide bomber blew himself up", "died [as] troops
        opened fire": a time clause that names violence is the outcome's means, as a noun is;
        one that tells an accident ("killed when a tunnel collapsed") makes it no event (None)."""
        marks = word_list("events.means_clause_marks")
        # "four were killed and six wounded [when] ...": outcomes joined share their time clause
        sharing = [cand.token] + [c for c in cand.token.conjuncts if c.pos_ in VERB_POS]
        for clause in (c for verb in sharing for c in children(verb)):
            if clause.dep_ != "advcl" or clause.pos_ not in VERB_POS \
                    or not any(m.dep_ in ("advmod", "mark") and m.lower_ in marks for m in children(clause)):
                continue
            if self._accident(clause):
                return None
            means = self.match(clause)
            if means is not None and means.pattern.code[:2] in roots.VIOLENT_ROOTS and not means.pattern.outcome:
                return _take_means(cand, means, clause)
        return False

    def _accident(self, verb: Token) -> bool:
        """A clause that tells an accident, not an attack: a verb such as "plunged", "derailed",
        "collapsed" whose subject is no weapon ("a drone crashed into a block" is an attack), or a
        subject that is a nonviolent cause ("floods swept through villages")."""
        if verb.pos_ not in VERB_POS:
            return False
        subjects = g.subjects(verb) + g.passive_subjects(verb)
        if g.best_phrase_match(subjects, self.modality.nonviolent_causes) is not None:
            return True
        return verb.lemma_.lower() in word_list("events.accident_verbs") \
            and g.best_phrase_match(subjects, word_list("events.explosive_nouns")) is None \
            and self.match(verb) is None


def _every_prep_object(token: Token, preposition: str) -> list[Token]:
    """The objects of every such preposition on the token, not only the first's: "killed [in
    Kharkiv] [in a drone attack]"."""
    return [t for c in children(token) if c.dep_ == "prep" and c.lower_ == preposition
            for o in children(c) if o.dep_ in PREP_OBJECT_DEPS for t in g.expand_conjuncts(o)]


def _nominal_gerund(token: Token) -> bool:
    """ "Killed by [Russian] shelling", "died in [shelling] by the RSF": a gerund the parser made a
    verb, read as the noun it is (an adjective or determiner before it, or a phrase after it, and
    no subject or object of its own)."""
    return token.tag_ == "VBG" and token.dep_ == "pcomp" and any(
        (c.dep_ in ("amod", "det", "poss") and c.i < token.i) or c.dep_ == "prep" for c in children(token)) \
        and not any(c.dep_ in ("nsubj", "dobj") for c in children(token))


def _take_means(cand: Candidate, means: Candidate, token: Token) -> bool:
    """The outcome ("killed") takes the code of the violence that caused it ("in an airstrike",
    "when a bomber blew himself up"), and that word joins the evidence."""
    cand.code = means.code
    cand.rule_suffix = f"+means:{means.pattern.id}"
    cand.extra_tokens.append(token)
    cand.absorbed.add(token.i)
    cand.means = token
    return True
