"""Whether the text says a mentioned measure happened: asserted, threatened, intended, or no act.

The grammar around the measure's verb decides. A negation, a condition ("if", "unless"),
advice ("should") or someone else's goal ("urged X to lift", "calls for ...") means no act; a
verb or noun of threatening or intending ("threatened to impose", "a plan to lift") makes it
a threat or an intention; a hypothetical modal ("could impose") makes it a threat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from detente.data import word_list
from detente.dates import is_past
from detente.measures.lexicon import MeasureModality
from detente.nlp import grammar as g
from detente.nlp.labels import COMPLEMENT_CLAUSE_DEPS, NOMINAL_SUBJECT_DEPS, NOUN_POS, PREP_OBJECT_DEPS, VERB_POS
from detente.nlp.tree import children

if TYPE_CHECKING:
    from detente.measures.mentions import Mention

# What the text says of a mentioned measure (Mention.status).
ASSERTED = "asserted"
THREAT = "threat"
INTENT = "intent"
BLOCKED = "blocked"  # framed by a noun of someone else's goal ("a proposal to lift"): no act


class StatusReader:
    """Reads the grammar around a mention: asserted, threat or intent; None when there is no act."""

    def __init__(self, modality: MeasureModality) -> None:
        self.mod = modality
        self.conditional_marks = word_list("grammar.conditional_marks")
        self.negating_determiners = word_list("grammar.negating_determiners")
        self.no_act_determiners = word_list("measures.no_act_determiners")
        self.hypothetical_modals = (word_list("grammar.hypothetical_modals")
                                    - word_list("measures.modals_not_hypothetical"))
        self.advice_modals = word_list("grammar.demand_modals") - word_list("measures.modals_not_advice")
        # The verbs that report a measure: saying it ("said it would impose") or threatening it.
        self.reporting_verbs = word_list("grammar.speech_verbs") | modality.threat_verbs

    def status(self, m: Mention) -> str | None:
        """asserted, threat or intent; None when the text does not say the act happened."""
        if m.instrument_token is not None and self._negated_noun(m.instrument_token):
            return None
        if m.via == "cause":
            noun_status = self._noun_governor(m.anchor)
            return None if noun_status == BLOCKED else ASSERTED
        if m.via == "nominal" and not self._nominal_ok(m):
            return None
        verb = m.verb
        if verb is None:
            return None
        status = self._verb_status(m, verb)
        if status is not None and m.in_cause:
            return ASSERTED if m.action.group != "threat" else status
        return status

    def _nominal_ok(self, m: Mention) -> bool:
        noun = m.nominal
        assert noun is not None
        if self._negated_noun(noun) or any(c.lower_ in self.no_act_determiners for c in children(noun)):
            return False
        gov = m.verb
        if m.action.group == "threat" or m.in_cause:
            return True  # "despite threats of sanctions": the threat is a fact
        if gov is None:
            return False
        if noun.dep_ in NOMINAL_SUBJECT_DEPS and is_past(gov):
            return True
        lemma = gov.lemma_.lower()
        return lemma in self.mod.confirming_verbs or lemma in self.mod.intent_verbs

    def _verb_status(self, m: Mention, verb: Token) -> str | None:
        mod = self.mod
        if g.has_negation(verb):
            return None
        chain = list(g.clause_chain(verb))
        status = m.status_hint or ASSERTED
        for v in chain:
            if v is not verb and v.dep_ != "conj" and g.has_negation(v):
                return None
            if self._conditional(v):
                return None
        top = chain[-1]
        governors = chain[1:]  # "threatened to [impose]", "plans to [lift]"
        if top.dep_ in PREP_OBJECT_DEPS and top.head.head.pos_ in VERB_POS:
            governors.append(top.head.head)  # "hinting at [lifting]"
        for governor in governors:
            lemma = governor.lemma_.lower()
            if lemma in mod.blocking_verbs:
                return None
            if lemma in mod.threat_verbs:
                status = THREAT
            elif lemma in mod.intent_verbs and status == ASSERTED:
                status = INTENT
        if self._blocked(top) or self._conditional(top):
            return None
        noun_status = self._noun_governor(top)
        if noun_status == BLOCKED:
            return None
        if noun_status in (THREAT, INTENT) and status == ASSERTED:
            status = noun_status
        aux = {word for v in chain for word in g.aux_words(v)}
        if aux & self.advice_modals:
            return None
        speaker = self._speaker(top)
        has_condition = any(self._conditional(c) for v in chain for c in children(v) if c.dep_ == "advcl")
        if aux & self.hypothetical_modals or has_condition:
            status = THREAT if status == ASSERTED else status
        elif "would" in aux and speaker is None and status == ASSERTED and noun_status is None:
            return None
        if speaker is not None and speaker.lemma_.lower() in mod.threat_verbs:
            status = THREAT
        return _status_for_group(m, status)

    def _noun_governor(self, top: Token) -> str | None:
        """A noun that frames the act: "the threat to impose", "a proposal for X to lift"."""
        mod = self.mod
        current = top
        for _ in range(4):
            parent = current.head
            if parent is current:
                return None
            if parent.pos_ in NOUN_POS and current.dep_ in ("acl", "relcl", "pobj", "pcomp", "xcomp", "advcl", "ccomp"):
                lemma = parent.lemma_.lower()
                if lemma in mod.blocking_nouns:
                    return BLOCKED
                if lemma in mod.threat_nouns:
                    return THREAT
                if lemma in mod.intent_nouns:
                    return INTENT
                if lemma in mod.decided_nouns:
                    return ASSERTED
                return None
            if parent.pos_ in VERB_POS and current.dep_ not in ("mark", "prep") and parent.dep_ != "acl":
                return None
            current = parent  # through prepositions and reduced relatives ("a proposal made ... to lift")
        return None

    def _blocked(self, top: Token) -> bool:
        """Acts inside "urged X to ...", "accused X of ...", "calls for ..." did not happen."""
        blocking = self.mod.blocking_verbs
        through_noun = False  # past "the time to ...", only a negation still counts
        for ancestor, dep in g.ancestors_until_root(top):
            lemma = ancestor.lemma_.lower()
            if dep == "relcl" and ancestor.pos_ in NOUN_POS:
                return False
            if dep == "acl" and ancestor.pos_ in NOUN_POS:
                through_noun = True
                continue
            if not through_noun and dep in ("ccomp", "xcomp", "pcomp", "pobj", "prep", "advcl", "dobj") \
                    and lemma in blocking:
                return True
            if ancestor.pos_ in VERB_POS and g.has_negation(ancestor) \
                    and (through_noun or dep in COMPLEMENT_CLAUSE_DEPS):
                return True  # "now is not the time to consider offering relief"
        return False

    def _speaker(self, top: Token) -> Token | None:
        """The verb that reports the act ("China said it would ...", "..., Beijing warned")."""
        if top.dep_ == "ccomp" and top.head.lemma_.lower() in self.reporting_verbs:
            return top.head
        for child in children(top):
            if child.dep_ in ("parataxis", "ccomp") and child.lemma_.lower() in self.reporting_verbs \
                    and child.i > top.i:
                return child
        return None

    def _negated_noun(self, noun: Token) -> bool:
        """ "no tariffs", "neither duties nor bans": the noun names no act."""
        return any(c.dep_ == "det" and c.lower_ in self.negating_determiners for c in children(noun))

    def _conditional(self, verb: Token) -> bool:
        """A clause under "if", "unless" ...: the act hangs on a condition."""
        return verb.dep_ in ("advcl", "ccomp") and bool(g.marks(verb) & self.conditional_marks)


def _status_for_group(m: Mention, status: str) -> str:
    """What the status means for the kind of act: a threat stays one; easing not done is intended."""
    group = m.action.group
    if group == "threat":
        return THREAT
    if status == ASSERTED or group == "investigate":
        return ASSERTED
    return INTENT if group == "ease" else THREAT
