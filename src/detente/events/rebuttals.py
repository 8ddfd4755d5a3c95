"""Denials told by their content (deny25): '"No members of the Baloch opposition have any
presence in Afghanistan, nor have they ever had links with the Islamic Emirate," the spokesman
said', after Pakistan charged that the attackers operated from Afghanistan. Wire copy reports
most rebuttals as the accused party's flat statement that the charged state of affairs does not
hold, with no verb of denying; the codebook's 016 is a denial of responsibility, aimed at the
accuser (DIPLOMACY2_ADJUDICATION conv. 30).

``mark_rebuttals`` reads a bare statement whose reported clause is a flat negative assertion
(no modal, no future: "will not allow" is a threat or refusal) and marks it a possible denial.
``answer_charges`` keeps it as a denial only when this sentence or the sentences just before
accuse the speaker's side (an 11x aimed at it) or tell the side's denial already; it is then
aimed at the accuser. Otherwise it stays the statement it was.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.data import word_list, word_table
from detente.events.accusations import reported_clauses
from detente.events.candidate import Candidate
from detente.events.modality import Modality
from detente.events.referents import Context
from detente.events.roots import DISAPPROVE
from detente.events.targets import ANSWER_CODES, aim_at_accusers
from detente.model import Actor, Event
from detente.nlp import grammar as g
from detente.ontology import recode

REBUTTAL = word_table("events.rebuttal")
REBUTTAL_RULE = "+rebuttal"
DENYING_SUBJECTS = word_list("events.denying_subjects")
NEGATING_DETERMINERS = word_list("grammar.negating_determiners")


def flat_denial(clause: Token, modality: Modality) -> bool:
    """ "No members ... have presence", "Pakistan has not provided any evidence", "nobody was
    involved": a negative assertion of what is or was, not a refusal, a threat or a condition."""
    if g.aux_words(clause) & modality.unasserting_modals or g.marks(clause) & modality.conditional_marks:
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in clause.children):
        return False  # "we do not want to fight": an intent; "I don't think they will ...": an opinion
    if g.has_negation(clause):
        return True
    subjects = [t for s in g.subjects(clause) for t in g.expand_conjuncts(s)] + g.passive_subjects(clause)
    return any(s.lower_ in DENYING_SUBJECTS
               or any(c.dep_ == "det" and c.lower_ in NEGATING_DETERMINERS for c in s.children) for s in subjects)


def mark_rebuttals(candidates: list[Candidate], modality: Modality) -> None:
    """Mark a bare statement (010) that reports a flat denial as a possible rebuttal;
    ``answer_charges`` decides with the actors whether it is one (016). Run after judgements:
    "is not a reliable partner" stays a criticism."""
    for cand in candidates:
        if not cand.pattern.fallback or cand.pattern.judged_only or cand.rule_suffix \
                or cand.code != REBUTTAL["speech_code"]:
            continue
        if any(flat_denial(clause, modality) for clause in reported_clauses(cand.token)):
            cand.rule_suffix = REBUTTAL_RULE  # still the saying: every reading of a statement holds


def _accuser(event: Event, sentences: list[tuple[Event, ...]]) -> Actor | None:
    """Who charged the speaker's side in these sentences (newest first): the source of a
    criticism or accusation aimed at it, or the target of the side's denial told already."""
    side = event.source.country if event.source is not None else None
    if not side:
        return None
    for events in sentences:
        for other in events:
            if other is event or other.source is None or other.target is None:
                continue
            if other.root == DISAPPROVE and other.target.country == side and other.source.country \
                    and other.source.country != side:
                return other.source
            if other.cameo in ANSWER_CODES and other.source.country == side and other.target.country \
                    and other.target.country != side:
                return other.target
    return None


def answer_charges(events: list[Event], context: Context, implied_rule: str) -> list[Event]:
    """Aim denials at their accusers (targets.aim_at_accusers), and settle each possible
    rebuttal: a denial aimed at the accuser, else the statement it was."""
    events = aim_at_accusers(events, implied_rule)
    before = [tuple(events), *(m.events for m in context.recent)]
    for event in events:
        if REBUTTAL_RULE not in event.rule:
            continue
        accuser = _accuser(event, before)
        if accuser is not None:
            recode(event, REBUTTAL["code"])
            event.target = accuser
            event.rule = event.rule.split("+implied:")[0] + implied_rule
        else:  # no charge stands: the statement it was (a bare 010 stands only with a target)
            event.rule = event.rule.replace(REBUTTAL_RULE, "")
    return events

