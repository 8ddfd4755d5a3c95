"""Events stated through nouns: whether the text asserts that a visit, talks, a summit, a
signing or the imposition of duties took place, and whether it is the sentence's news or
background recalled in passing.

A nominal event is coded when the text says it took place: as the object of a verb like
hold or launch ("held talks"), the subject of an eventive predicate ("talks began"), in a
phrase like "during the visit" or "following the imposition of sanctions", as what talks
"culminated in" or a visit "follows", as the object of a reaction ("condemned the attack"),
or when it is a particular one: owned or dated ("his four-day state visit", "Thursday's
talks", "their second summit", "the 2018 arrest"). Recalled ones ("since the 2018
arrest", "following Trump's imposition of sanctions", "condemned the tariffs") are
background: dated by their own words or not at all, never by the article's date.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.data import word_list
from detente.dates import POINT_IN_TIME_KINDS, expression_kind, find_time_expression, nearest_verb, own_time_expression
from detente.events import roots
from detente.events.candidate import Candidate, frame_rule
from detente.events.modality import Modality, negated
from detente.events.schema import Frame, Slot
from detente.events.slots import holding_verb, undergoing_verb
from detente.nlp import grammar as g
from detente.nlp.labels import (
    NOMINAL_SUBJECT_DEPS,
    NOUN_POS,
    OWNER_DEPS,
    OWNER_ENTITY_LABELS,
    PAST_TENSE_TAG,
    TIME_LABELS,
    VERB_POS,
)
from detente.nlp.tree import children

# The rule suffix of a measure announced for a date ("will apply tariffs from February 10").
DECIDED_RULE = "+decided"
REPORTED_PARTICIPLES = word_list("events.reported_participles")  # "clashes [reported] near the border"
HYPOTHETICAL_MODIFIERS = word_list("events.hypothetical_modifiers")  # "fears of [possible] tariffs"
ESCAPING_VERBS = word_list("events.escaping_verbs")  # "[fled] fighting between A and B"
OF_SLOT = "prep:of"  # a pattern's slot of a doer named by "of" ("the visit of the Indian prime minister")


class NominalReader:
    """Decides whether a nominal event is asserted (and whether it is background)."""

    def __init__(self, modality: Modality) -> None:
        self.modality = modality

    def asserted(self, cand: Candidate) -> bool:
        """A nominal event is an event only when the text says it took place."""
        token = cand.token
        while token.dep_ == "conj" and token.head.pos_ in NOUN_POS:
            token = token.head
        mod = self.modality
        dep, head = token.dep_, token.head
        if any(c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_MODIFIERS for c in children(token)):
            return False  # "bracing for a possible attack": it may happen, it has not
        if dep in NOMINAL_SUBJECT_DEPS and g.states_a_need(head):
            return False  # "European aid remains essential for Kyiv": what is needed, not what is given
        if dep in ("ROOT", "appos") and (dep == "ROOT" or head.dep_ == "ROOT"):
            return True
        gov = g.governor(token)
        if gov is not None and gov.lemma_.lower() in mod.asserting_verbs:
            if gov.lemma_.lower() not in word_list("events.go_between_participles"):
                cand.source_from = gov  # "Qatar brokered a truce": the go-between is no party to it
            return True
        held_by = holding_verb(token) if Slot.HELD in cand.pattern.target else None
        if held_by is not None and g.subjects(held_by):
            # "[the reporter] had been in detention since May": a detention, stated or recalled
            return self._factual(held_by) and self._asserting_clause(held_by)
        if cand.pattern.target == (Slot.HELD.value,):
            return False  # "his escape from the prison", "prison guards": a place, no one held in it
        if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in REPORTED_PARTICIPLES
               for c in children(token)):
            return True  # "with exchanges of fire [reported] between troops and militants"
        if gov is not None and gov.lemma_.lower() in ESCAPING_VERBS:
            return self._factual(gov) and self._asserting_clause(gov)  # "fled [fighting] between A and B"
        if (undergone := undergoing_verb(token)) is not None:
            return self._factual(undergone) and self._asserting_clause(undergone)  # "troops came under attack"
        if dep == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl" for c in children(head)) \
                and self._factual(head) and self._asserting_clause(head):
            return True  # "there were clashes between A and B", "there was an exchange of fire"
        if cand.pattern.stance:
            return self._held(cand.token)  # "with support from France": the stance is held, now
        if gov is not None and gov.lemma_.lower() in mod.undergoing_verbs \
                and not negated(gov, mod.negating_determiners):
            cand.aimed_at = gov  # "Chinese firms will face [duties] of up to 35 percent": aimed at the firms
            cand.faced = cand.pattern.code.startswith(roots.REDUCE)
            # "exporters have faced a 25 per cent duty since March": a measure told again, dated by its own
            # words or not at all; "will face duties from June 1" is the measure coming, dated as it says
            cand.background = cand.faced and not g.aux_words(gov) & mod.future_aux
            if g.aux_words(gov) & mod.future_aux and not self.decided(cand, gov, g.aux_words(gov)):
                cand.code = cand.pattern.intent or mod.intent_code(cand.code)
                cand.rule_suffix += frame_rule(Frame.INTENT)
            return not g.aux_words(gov) & (mod.hypothetical_modals | mod.demand_modals)
        if dep in NOMINAL_SUBJECT_DEPS and head.lemma_.lower() in mod.eventive_predicates \
                and head.dep_ not in ("acl", "advcl") \
                and not (head.dep_ == "ccomp" and head.head.lemma_.lower() not in mod.speech_verbs):
            if self._factual(head) or self._fruitless(head):
                return True
            auxes = g.aux_words(head)
            if head.lemma_.lower() in mod.in_force_predicates and self.decided(cand, head, auxes):
                if not any(c.dep_ in OWNER_DEPS and c.ent_type_ in OWNER_ENTITY_LABELS for c in children(token)):
                    cand.source_from = reporting_verb(head, mod.speech_verbs) or cand.source_from
                return True  # "[Trump] said the doubled tariffs would take effect Wednesday": his state's, decided
            if head.dep_ == "ccomp" and head.head.lemma_.lower() in mod.speech_verbs and auxes & mod.demand_modals \
                    and not negated(head, mod.negating_determiners):
                cand.code, cand.source_from = mod.appeal_code(cand.code), head.head
                cand.rule_suffix += frame_rule(Frame.APPEAL)
                return True  # "Scholz said talks with China must continue": an appeal for talks
            reported = head.dep_ == "ccomp" and auxes == {"would"}
            if not negated(head, mod.negating_determiners) and (reported or (self._factual(head, future=True)
                                                                and auxes & mod.future_aux)):
                cand.code = cand.pattern.intent or mod.intent_code(cand.code)
                cand.rule_suffix += frame_rule(Frame.INTENT)
                return True  # "said talks with Cambodia would resume": an intention
        if dep == "pobj" and head.dep_ == "prep":
            prep = head.lower_
            meeting_only = prep in word_list("events.meeting_preps")  # "on a visit to", "in a phone call with"
            on_verb = prep not in word_list("events.verb_only_preps") or head.head.lemma_.lower() in mod.speech_verbs \
                or (_fronted(head) and not g.aux_words(head.head) & mod.unasserting_modals)
            # "[In a call with Netanyahu], Biden urged restraint"; "in talks, X [should] seek" is advice
            if prep in mod.asserting_preps and (not meeting_only or (cand.root == roots.CONSULT and on_verb)):
                excluded = cand.pattern.exclude_subject
                if excluded is not None and g.best_phrase_match(g.subjects(head.head), excluded) is not None:
                    return False  # "during the trip, [the ship] stopped at a Chinese port": no one's visit
                if head.head.pos_ in VERB_POS and cand.root in roots.SHARED_OCCASION_ROOTS \
                        and (cand.root != roots.PROTEST or prep in word_list("events.joining_preps")) \
                        and not self._own_doer(cand, token):  # "during a visit [by Macron]": his own
                    cand.source_from = head.head  # "signed a deal during talks": their talks
                cand.background = prep in word_list("events.recalling_preps")  # "since the 2018 arrest"
                return True  # "photographed during the arrest of X": the arrest is not theirs
            if prep in word_list("events.outcome_preps") and head.head.lemma_.lower() in mod.outcome_predicates \
                    and self._factual(head.head):
                # "the talks between A and B culminated in [the signing] of ...": the talks' parties sign
                cand.extra_tokens.extend(s for s in g.subjects(head.head) if s.pos_ in NOUN_POS)
                return True
        return self._recalled(cand, token, gov)

    @staticmethod
    def _own_doer(cand: Candidate, noun: Token) -> bool:
        """The nominal act names its own doer: "a visit [by Macron]", "amid the visit [of the Indian
        prime minister]" (when the pattern reads "of" as the doer's slot), "during [Putin's] visit"
        (not "during Thursday's visit"; "during his visit" is most often the clause subject's own)."""
        return bool(g.prep_objects(noun, "by") or (OF_SLOT in cand.pattern.source and g.prep_objects(noun, "of"))
                    or any(c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in TIME_LABELS
                           for c in children(noun)))

    def _held(self, noun: Token) -> bool:
        """A stance with a named holder ("support from France", "China's opposition to"), not one
        talked about ("spoke about US support for Taiwan") or given as a reason ("for [its] support of")."""
        holders = g.owners(noun)
        if not holders or all(h.pos_ == "PRON" for h in holders) or negated(noun, self.modality.negating_determiners):
            return False
        return not (noun.dep_ == "pobj" and noun.head.lower_ in word_list("events.topic_preps"))

    def _recalled(self, cand: Candidate, token: Token, gov: Token | None) -> bool:
        """A particular event named in passing: what a visit follows, what a reaction is about,
        or one the text owns or dates ("his state visit", "Thursday's talks")."""
        mod = self.modality
        if gov is not None and gov.lemma_.lower() in mod.sequence_verbs and self._factual(gov):
            cand.background = True  # "the visit follows [a meeting] in Seoul last October"
            return True
        if gov is not None and gov.lemma_.lower() in mod.presupposing_verbs and self._specific(token):
            cand.background = cand.reacted_to = True  # "condemned [the attack] on its embassy"
            return True
        if not self._particular(token):
            return False
        clause = nearest_verb(token)
        if clause is not None and (not self._factual(clause, future=True) or not self._asserting_clause(clause)):
            return False  # "his visit would ...", "accusations that [his trial] is unfair"
        if clause is not None and token.dep_ in NOMINAL_SUBJECT_DEPS and clause.lemma_.lower() in mod.speech_verbs:
            return False  # "the US mission to the UN said": a body that speaks, not a trip
        if self._upcoming(token, clause):
            cand.code = cand.pattern.intent or mod.intent_code(cand.code)
            cand.rule_suffix += frame_rule(Frame.INTENT)  # "his visit next week", "the planned summit"
            return True
        if clause is not None and not self._factual(clause):
            return False
        ongoing = clause is not None and clause.tag_ != PAST_TENSE_TAG and not g.aux_words(clause) \
            and cand.root == roots.CONSULT and own_time_expression(token) is None
        dated_by_copula = clause is not None and token.dep_ in NOMINAL_SUBJECT_DEPS \
            and (clause.lemma_ == "be" or clause.lemma_.lower() in mod.eventive_predicates) \
            and find_time_expression(token) is not None  # "their second summit [was in February 2019]",
        # "since China's new duties [took effect last week]"
        cand.background = not (ongoing or dated_by_copula)  # "his visit is the first since 2017": under way
        return True

    def decided(self, cand: Candidate, verb: Token, auxes: set[str]) -> bool:
        """A measure a state says it will impose or lift on a stated date ("will apply tariffs
        from February 10", "said the duties would take effect Wednesday") is decided: it keeps
        its code (163, not the threat 1312) and is dated by that day."""
        mod = self.modality
        if not cand.code.startswith(mod.decided_codes) or negated(verb, mod.negating_determiners):
            return False
        if auxes & (mod.hypothetical_modals - {"would"}) or not auxes & (mod.future_aux | {"would"}):
            return False  # "could impose": no decision
        if any(c.dep_ == "advcl" and g.marks(c) & mod.conditional_marks
               for v in g.clause_chain(verb) for c in children(v)):
            return False  # "if Canada does not drop its tariffs, I will increase ... on April 2": a threat
        if _extended_to_a_date(cand.token):
            cand.rule_suffix += DECIDED_RULE
            return True  # "will extend the safeguard measures until 2026": kept in force, decided
        span = find_time_expression(cand.token)
        if span is None or expression_kind(span.text) not in POINT_IN_TIME_KINDS:
            return False  # "will impose tariffs", "... next month": a threat or a plan until it has a day
        cand.rule_suffix += DECIDED_RULE
        return True

    def _factual(self, verb: Token, future: bool = False) -> bool:
        """The verb states a fact (or, with ``future``, what will be): not negated, not
        hypothetical or demanded."""
        mod = self.modality
        ruled_out = mod.hypothetical_modals | mod.demand_modals | (frozenset() if future else mod.future_aux)
        return not g.aux_words(verb) & ruled_out and not negated(verb, mod.negating_determiners)

    def _fruitless(self, verb: Token) -> bool:
        """ "the talks [produced] no breakthrough": a meeting that came to nothing took place; the
        negation is the outcome's, not the meeting's."""
        mod = self.modality
        return verb.lemma_.lower() in mod.outcome_predicates and not g.has_negation(verb) \
            and not g.aux_words(verb) & (mod.hypothetical_modals | mod.demand_modals | mod.future_aux)

    def _asserting_clause(self, verb: Token) -> bool:
        """The clause asserts: a main clause, one coordinated with it, or one reported by a verb
        of saying; not a clause that describes, conditions or is denied ("accusations [that ...]")."""
        cur = verb
        for _ in range(6):
            if cur.dep_ == "ROOT":
                return True
            reported = cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in self.modality.speech_verbs
            joined = cur.dep_ == "conj" or (cur.dep_ == "advcl" and not g.marks(cur) & self.modality.conditional_marks)
            if not (reported or joined):
                return False
            cur = cur.head
        return False

    def _specific(self, noun: Token) -> bool:
        """A definite, owned or dated mention ("the attack", "Japan's tariffs"), not "any attack"."""
        if self._particular(noun):
            return True
        return any(c.dep_ == "det" and c.lower_ in word_list("events.definite_determiners") for c in children(noun))

    def _particular(self, noun: Token) -> bool:
        """One particular event: owned ("his visit", "China's tariffs"), counted ("their second
        summit") or dated ("Thursday's talks", "a meeting last October")."""
        if any(c.dep_ == "poss" for c in children(noun)) or g.owners(noun):
            return True
        if any(c.ent_type_ == "ORDINAL" and c.dep_ == "amod" for c in children(noun)):
            return True
        return own_time_expression(noun) is not None

    def _upcoming(self, noun: Token, clause: Token | None) -> bool:
        """ "the upcoming summit", "his visit next week", "the talks will ...": still to come."""
        future = word_list("dates.future_modifiers")
        if any(c.lower_ in future for c in children(noun) if c.dep_ in ("amod", "compound")):
            return True
        own = own_time_expression(noun)
        if own is not None and own.text.split()[0].lower() in word_list("dates.future_markers"):
            return True  # "his visit [next week]"
        # the clause's future is the noun's only when it is the clause's own: not "exemptions from [the tariffs]"
        argument = noun.dep_ in NOMINAL_SUBJECT_DEPS or g.governor(noun) is not None
        return argument and clause is not None and bool(g.aux_words(clause) & self.modality.future_aux)


def _extended_to_a_date(verb: Token) -> bool:
    """ "will extend the duties [until 2026]": a measure in force kept to an end date."""
    if verb.lemma_.lower() not in word_list("measures.extending_verbs"):
        return False
    ends = [o for p in children(verb) if p.dep_ == "prep" and p.lower_ in word_list("measures.end_date_preps")
            for o in children(p) if o.dep_ == "pobj"]
    return any(o.ent_type_ == "DATE" for o in ends)


def reporting_verb(clause: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The verb of saying that reports a clause ("Trump [said] the tariffs would take effect",
    "the tariffs take effect Friday, the ministry [said]"): whose decision a measure put into
    force is when its own words name no imposer."""
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech_verbs:
        return clause.head
    return next((c for c in children(clause) if c.dep_ in ("parataxis", "ccomp") and c.i > clause.i
                 and c.lemma_.lower() in speech_verbs), None)


def _fronted(prep: Token) -> bool:
    """A phrase set before its verb and all the verb's subjects ("[In a meeting with X], Y urged
    restraint"): the occasion of the clause, told as a fact like "during the meeting"."""
    verb = prep.head
    found = g.subjects(verb)
    return verb.pos_ in VERB_POS and prep.i < verb.i and bool(found) and all(prep.i < s.i for s in found)
