"""Who only comments on a relationship: analysts, scholars, think-tank staff, company and
industry-association spokespeople.

News on a trade dispute quotes many people who are not parties to it: "the tariffs will
hurt farmers on both sides, said Jane Doe, an analyst at the Peterson Institute"; "a Tesla
spokesperson declined to comment"; "the head of the Canola Growers Association criticized
Beijing's decision". What they say is no event between states. What they do is (a company
suing, a business council signing an agreement): the events stage drops only their words
(events/arguments.py). This module tells such speakers apart by the words that introduce
them: a commentator noun ("analyst", "professor"), or a speaking role ("spokesperson",
"head", "president") for a company, a think tank, a university or an industry association.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.actors.gazetteer import Gazetteer
from detente.actors.organisations import ASSOCIATION_BODIES, BUSINESS_SECTOR, is_business_body
from detente.actors.words import SPEAKING_ROLES, WordLookup
from detente.data import word_list
from detente.nlp import grammar as g
from detente.nlp.labels import (
    COMPLEMENT_CLAUSE_DEPS,
    OWNER_DEPS,
    PREP_OBJECT_DEPS,
    RELATIVE_CLAUSE_DEPS,
    SIDE_CLAUSE_DEPS,
    VERB_POS,
)
from detente.nlp.tree import children

COMMENTATOR_NOUNS = word_list("actors.commentator_nouns")
COMMENTARY_BODIES = word_list("actors.commentary_bodies")
AFFILIATION_PREPS = word_list("actors.affiliation_preps")
RESEARCH_UNITS = word_list("actors.research_units")
# Verbs whose clause is someone's forecast or reading ("analysts [expect] Beijing to retaliate").
FORECAST_VERBS = word_list("actors.forecast_verbs")
SPEECH_VERBS = word_list("grammar.speech_verbs")
# Words that make a reported act one still to come ("said Beijing [would] retaliate", "[unlikely] to back down").
UNREAL_WORDS = word_list("grammar.hypothetical_modals") | word_list("grammar.future_aux") \
    | word_list("actors.likelihood_words")


def reporting_verb(token: Token) -> Token | None:
    """The nearest verb of saying or expecting above ``token``, when its clause forecasts the act:
    a verb of expecting ("analysts [expect] Beijing to retaliate"), or of saying when the act is
    still to come ("[said] China would likely impose duties", "Beijing is unlikely to back down,
    analysts [said]"); None for an act told as done, or beside what is said ("as governments
    continue talks, experts say ...")."""
    node, unreal = token, False
    while node.head.i != node.i:
        if (node.dep_ in SIDE_CLAUSE_DEPS - COMPLEMENT_CLAUSE_DEPS or node.dep_ in RELATIVE_CLAUSE_DEPS) \
                and not (g.participle_adjunct(node) and node.head.lemma_.lower() not in FORECAST_VERBS | SPEECH_VERBS):
            return None
        unreal = unreal or any(w.lower_ in UNREAL_WORDS for w in (node, *children(node)))
        node = node.head
        lemma = node.lemma_.lower()
        if node.pos_ in VERB_POS and (lemma in FORECAST_VERBS or lemma in SPEECH_VERBS) and g.subjects(node):
            return node if lemma in FORECAST_VERBS or unreal else None
    return None


class Commentators:
    """Reads whether a noun phrase (or a person's introduction) names a commentator."""

    def __init__(self, words: WordLookup, gazetteer: Gazetteer) -> None:
        self.words = words
        self.gaz = gazetteer

    def phrase(self, token: Token) -> bool:
        """ "Analysts", "a China scholar", "a Tesla spokesperson", "the head of the Canola Growers
        Association", "Jane Doe, an analyst at ...": the phrase ``token`` heads is a commentator."""
        if (self._commentator_noun(token) and not self._of_international_body(token)) or self.body(token):
            return True  # "analysts", "Toyota", "the Peterson Institute", "the Business Council"
        role = self.words.role(token)
        if role is not None and role.sector == BUSINESS_SECTOR and role.kind == "group":
            return True  # "Canadian parts makers", "exporters": business speaking for itself
        if self._speaks_for_body(token):
            return True
        return any(c.dep_ == "appos" and (self._commentator_noun(c) or self._speaks_for_body(c))
                   for c in children(token))

    def introduces(self, name: Span, words: list[Token]) -> bool:
        """A person introduced as a commentator: the words before the name ("intelligence analyst
        Martin Kelly"), an appositive ("Jane Doe, an analyst at ..."), "of/at X" after it."""
        if any(self._commentator_noun(w) for w in words):
            return True
        if any(w.lemma_.lower() in SPEAKING_ROLES for w in words) and any(self.body(w) for w in words):
            return True  # "Toyota spokesperson John Smith"
        root = name.root
        described = [d for c in children(root) if c.dep_ == "appos" for d in (c, *c.conjuncts)]
        return self._affiliated(root) or any(self._commentator_noun(d) or self._affiliated(d) for d in described)

    def body(self, token: Token) -> bool:
        """A company, a think tank, a university or a business association (not a state body)."""
        org, company = self.words.organisation_or_company(token)
        if company is not None:
            return True
        if org is not None:
            return False  # a listed organisation (the UN, a rebel group) acts for itself
        lemma = token.lemma_.lower()
        if any(t.lemma_.lower() == "tank" and t.i > 0 and t.doc[t.i - 1].lower_ == "think"
               for t in (token, *(c for c in token.lefts if c.dep_ == "compound"))):
            return True  # "a think tank", "the think tank Clingendael" (its name the head)
        if lemma in COMMENTARY_BODIES:
            return True
        if lemma in RESEARCH_UNITS and any(c.dep_ == "prep" and c.lower_ == "at" for c in children(token)):
            return True  # "the Adversary Analytics Program at CNA": a research unit of some body, no state's

        if lemma in ASSOCIATION_BODIES:  # "the U.S.-China Business Council", not "the Security Council"
            name = [t for left in token.lefts for t in left.subtree]
            name += [t for p in children(token) if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
            return is_business_body(token, name)
        return False

    def _of_international_body(self, token: Token) -> bool:
        """ "UN experts", "U.N. investigators": a listed international body's own panel, whose
        findings are the body's acts, not commentary."""
        for left in token.lefts:
            if left.dep_ in OWNER_DEPS:
                org, _ = self.words.organisation_or_company(left)
                if org is not None and org.country is None:
                    return True
        return False

    def _commentator_noun(self, token: Token) -> bool:
        return token.lemma_.lower() in COMMENTATOR_NOUNS or token.lower_ in COMMENTATOR_NOUNS

    def _speaks_for_body(self, token: Token) -> bool:
        """ "A Tesla spokesperson", "the president of the Chamber of Commerce"."""
        if token.lemma_.lower() not in SPEAKING_ROLES and token.lower_ not in SPEAKING_ROLES:
            return False
        return self._affiliated(token)

    def _affiliated(self, token: Token) -> bool:
        """Whose the phrase is: a modifier ("Tesla's", "Toyota") or "of/at/for/from X"."""
        owners = [c for c in children(token) if c.dep_ in OWNER_DEPS]
        objects = _affiliations(token)
        # "director of the Asia Program [at] the Wilson Center": the body the unit belongs to
        objects += [o for t in objects for o in _affiliations(t)]
        return any(self.body(t) for t in owners + objects)


def _affiliations(token: Token) -> list[Token]:
    """The objects of "of/at/for/from X" after ``token``: the bodies it may belong to."""
    return [o for p in children(token) if p.dep_ == "prep" and p.lower_ in AFFILIATION_PREPS
            for o in children(p) if o.dep_ in PREP_OBJECT_DEPS]
