"""Where a sentence becomes an event.

For every token whose lemma is a trigger in the pattern dictionary, the most specific
matching pattern gives a CAMEO code (events/matching.py). The grammar around the trigger
then decides whether the act happened (negation, questions, conditionals, background
mentions of nominal events), is only intended, threatened, refused, appealed for or
demanded (frames such as "agreed to", "threatened to", "refused to", "urged X to", "said X
must"; events/modality.py). Of overlapping candidates one act stays (events/suppression.py),
and the parse says who did it to whom (events/arguments.py, through the actor resolver;
slots the text leaves empty are filled by the coding conventions of events/implied.py).
Every event keeps its evidence: sentence, trigger span and pattern id (plus "+implied:<rule>").
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from spacy.tokens import Doc, Span

from detente.actors.codes import STATE_SECTORS
from detente.actors.gazetteer import Gazetteer
from detente.actors.resolver import DocumentActors
from detente.data import word_list
from detente.dates import is_recalled
from detente.events import roots
from detente.events.arguments import SHARED_AIM, TARGET_RULE, ArgumentReader
from detente.events.candidate import Candidate
from detente.events.dating import candidate_date
from detente.events.force import claimed_responsibility, irregular_custody, irregular_force, side_acts, verbal_clash
from detente.events.implied import ImpliedActors, ImpliedRules
from detente.events.matching import PatternMatcher
from detente.events.modality import Modality, ModalityReader
from detente.events.parties import unsigned, with_parties
from detente.events.patterns import PatternBook
from detente.events.quoted import quoted_statement, told
from detente.events.rebuttals import answer_charges, mark_rebuttals
from detente.events.referents import Context, Referents, story_doers
from detente.events.schema import WordClass
from detente.events.senses import political_sense
from detente.events.speakers import fit_dyad
from detente.events.suppression import one_act_once, suppress, without_subsumed
from detente.events.targets import aim_at_doers, aim_at_partner
from detente.model import Actor, Document, Event, stable_hash
from detente.nlp import grammar as g
from detente.nlp.headings import is_heading
from detente.nlp.labels import NOMINAL_SUBJECT_DEPS
from detente.nlp.quotes import running_quote_speaker
from detente.nlp.sentences import is_question
from detente.ontology import Ontology

Dated = tuple[date | None, str | None]

# A meeting of two countries' parties in a third country's place is the codebook's 044.
MEETING, THIRD_PLACE_MEETING = "040", "044"
IMPOSED_BEFORE = ImpliedRules.load().implied_rule(ImpliedRules.load().imposer_id)  # "+implied:imposer_before"


class SentenceStages(NamedTuple):
    """How far a sentence's acts got, as the document offsets of their triggers: matched, left
    standing once the grammar said which are asserted and which overlap, made into events.
    ``detente eval`` reads it to say where a sentence that holds events was lost."""

    start: int
    end: int
    matched: tuple[int, ...]
    asserted: tuple[int, ...]
    coded: tuple[int, ...]


class EventCoder:
    """Codes parsed sentences into events with a pattern dictionary."""

    def __init__(self, patterns: PatternBook | None = None, modality: Modality | None = None,
                 ontology: Ontology | None = None) -> None:
        self.patterns = patterns or PatternBook.load()
        self.modality = modality or Modality.load()
        self.ontology = ontology or Ontology.load()
        self.matcher = PatternMatcher(self.patterns, self.modality)
        self.modality_reader = ModalityReader(self.modality)
        self.referents = Referents(self.modality)
        self.arguments = ArgumentReader(self.modality, self.referents)
        self.implied = ImpliedActors()
        # document id -> its sentences' stages, when someone asks (detente eval); else not kept
        self.stage_log: dict[str, list[SentenceStages]] | None = None

    def code_doc(self, doc: Doc, document: Document, actors: DocumentActors | None = None) -> list[Event]:
        """The events of a parsed document, sentence by sentence (pronouns may reach back one sentence)."""
        actors = actors or DocumentActors(doc, document.published, title=document.title)
        context = Context()
        parties: list[tuple[Actor, Actor]] = []
        events: list[Event] = []
        for index, sent in enumerate(doc.sents):
            events.extend(self.code_sentence(sent, index, document, actors, context, parties))
        return one_act_once(events)

    def code_sentence(self, sent: Span, index: int, document: Document, actors: DocumentActors,
                      context: Context | None = None, parties: list[tuple[Actor, Actor]] | None = None) -> list[Event]:
        """match -> modality -> one act each -> arguments -> events. ``parties``: the pairs that met,
        talked or signed in the document so far, for "Thursday's talks culminated in the signing"."""
        context = context or Context()
        parties = parties if parties is not None else []
        if is_question(sent) or is_heading(sent):
            return []  # a question or a subheading asserts nothing
        candidates = self.matcher.candidates(sent)
        matched = tuple(c.token.idx for c in candidates)
        quoted = self.modality_reader.quote_speaker = running_quote_speaker(sent, self.modality.speech_verbs)
        by_token = {c.token.i: c for c in candidates}
        # "the lifting of [Chinese duties]": an act named inside a nominal act stands or falls with it
        inside = {i for c in candidates if c.pattern.pos == WordClass.NOUN for i in c.absorbed if i != c.token.i}
        candidates = [c for c in candidates if c.token.i not in inside and self.modality_reader.settle(c, by_token)
                      and not (c.pattern.prospective and c.code == c.pattern.code)]  # "responded to": no threat
        candidates += quoted_statement(sent, quoted, self.patterns)  # '"It is a disaster. ...," he said'
        self.modality_reader.judge_statements(candidates)
        mark_rebuttals(candidates, self.modality)  # '"No militants are in Afghanistan," Kabul said'
        self.modality_reader.settle_statements(candidates)
        # "agreements were signed during X's visit to Y": a signing by no one named, after the parties that met
        candidates = sorted(suppress(candidates), key=unsigned)
        asserted = tuple(c.token.idx for c in candidates)
        context.triggers = {c.token.i for c in candidates}  # an act's words are its own (targets.in_sentence)
        visits: list[tuple[Actor, Actor]] = []  # who visited whom in this sentence
        events: list[Event] = []
        aimless: set[int] = set()  # events that stand only with a target and have none (ids of objects)
        seen: set[tuple[str | None, str | None, str]] = set()
        for cand in candidates:
            tellers = self.referents.resolve(g.subjects(cand.speaker), cand, actors, context) \
                if cand.speaker is not None and cand.root in roots.VIOLENT_ROOTS else []
            dyads = self.implied.fill(cand.code, cand.token, self.arguments.dyads(cand, actors, context), actors,
                                      story_doers(context, tellers[0] if len(tellers) == 1 else None), cand.faced)
            dyads = with_parties(cand, dyads, self.referents.resolve(
                g.subjects(cand.aimed_at), cand, actors, context) if cand.aimed_at is not None else [], parties, visits)
            recalled = cand.background or is_recalled(cand.token)  # "since the 2018 arrest", "had detained"
            dated = candidate_date(cand, document.published, recalled) if dyads else (None, None)
            for source, target, implied in dyads:
                key = (source.code if source else None, target.code if target else None, cand.code)
                if key in seen or (cand.reacted_to and source is None and cand.root not in roots.VIOLENT_ROOTS):
                    continue  # "criticized the tariffs": whose they are is unsaid; an attack by no one named is one
                if not political_sense(cand, source, target, actors.gaz):
                    continue  # "the students went on a school trip to France": no diplomacy
                if not fit_dyad(cand, source, target, actors):
                    continue  # '"I have nine children here," the refugee added': no political actor spoke
                seen.add(key)
                code = irregular_force(_state_code(cand, source, target, implied), source, target, implied)
                code = irregular_custody(code, source, implied)  # "militants held passengers": hostages
                code = verbal_clash(cand, code, source, target)  # "the two leaders clashed": words
                code = claimed_responsibility(cand, code, source, self.matcher)
                if code == MEETING and _third_place(cand, source, target, actors.gaz):
                    code = THIRD_PLACE_MEETING  # "their second summit was in Hanoi"
                event = self._event(cand, code, source, target, sent, index, document, dated, implied)
                if cand.needs_aim:
                    aimless.add(id(event))
                events.append(event)
                for extra, rule in side_acts(cand, code, source, target, tellers):  # "over alleged spying", a claim
                    if (key[0], key[1], extra) not in seen:
                        seen.add((key[0], key[1], extra))
                        events.append(self._event(cand, extra, source, target, sent, index, document, dated, implied))
                        events[-1].rule = rule + implied
        events.sort(key=lambda e: e.trigger_start)
        events = self.implied.aim_protests_at_their_purpose(without_subsumed(events))
        events = aim_at_partner(events, self.implied.rules.implied_rule(TARGET_RULE + "exchange"))
        events = aim_at_doers(events, sent, self.implied.rules.implied_rule(TARGET_RULE + "doer"))
        events = answer_charges(events, context, self.implied.rules.implied_rule(TARGET_RULE + "accuser"))
        self.referents.remember(sent, context, told(events, aimless))  # "he said ..." still names "he" next
        events = [e for e in events if e.target is not None or id(e) not in aimless]
        if self.stage_log is not None:
            coded = tuple(sent.start_char + e.trigger_start for e in events)
            self.stage_log.setdefault(document.doc_id, []).append(
                SentenceStages(sent.start_char, sent.end_char, matched, asserted, coded))
        return events

    def _event(self, cand: Candidate, code: str, source: Actor | None, target: Actor | None, sent: Span,
               index: int, document: Document, dated: Dated, implied: str = "") -> Event:
        info = self.ontology.nearest(code)
        said = [cand.judged_by] if cand.judged_by is not None else []  # "said [illegal]": why it judges
        tokens = sorted({cand.token, *cand.extra_tokens, *said}, key=lambda t: t.i)
        trigger = " ".join(t.text for t in tokens)
        start = cand.token.idx - sent.start_char
        when, precision = dated
        event = Event(
            doc_id=document.doc_id,
            sentence_index=index,
            sentence=sent.text.strip(),
            cameo=info.code,
            trigger=trigger,
            rule=cand.pattern.id + cand.rule_suffix + (f":{cand.evaluation}" if cand.evaluation else "") + implied,
            source=source,
            target=target,
            url=document.url,
            published=document.published,
            date=when,
            date_precision=precision,
            trigger_start=start,
            trigger_end=start + len(cand.token.text),
            root=info.root,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            plover=info.plover,
        )
        event.event_id = stable_hash(document.doc_id, index, cand.token.i, info.code,
                                     source.code if source else "", target.code if target else "")
        return event


def _state_code(cand: Candidate, source: Actor | None, target: Actor | None, implied: str = "") -> str:
    """The pattern's code for a state as the source ("Japan protested the incursion"), when no frame changed it; a
    demand a speaker makes of its own side ("Carney said Canada must diversify") is an aim; a measure faced is it."""
    if IMPOSED_BEFORE in implied:  # "Chinese producers will face duties" after the EU's: the EU's measure
        return cand.pattern.code
    if cand.own_aim is not None and SHARED_AIM in implied:
        return cand.own_aim
    if cand.own_aim is not None and source is not None and target is not None and source.country \
            and source.country == target.country and target.sector in (None, source.sector):
        return cand.own_aim
    if cand.pattern.home_code is not None and cand.code == cand.pattern.code and source is not None \
            and target is not None and source.country and target.country == source.country:
        return cand.pattern.home_code  # "Pakistan designated the BLA as a terrorist group": a ban at home
    if cand.code == cand.pattern.code and target is not None and (body := cand.pattern.body_code_for(target.code)):
        return body  # "withdrew from ECOWAS": a bloc left, no retreat
    state_code = cand.pattern.state_code
    if state_code is None or cand.code != cand.pattern.code or source is None or not source.country:
        return cand.code
    return state_code if source.sector is None or source.sector in STATE_SECTORS else cand.code


def _third_place(cand: Candidate, source: Actor | None, target: Actor | None, gaz: Gazetteer) -> bool:
    """Parties of two countries meet "in" or "at" a place of a third ("met in Muscat", "held a
    summit in Riyadh", "their summit was in Hanoi"): the codebook's meeting at a third location (044)."""
    if source is None or target is None or not source.country or not target.country \
            or source.country == target.country:
        return False
    trigger = cand.token
    heads = [trigger, *cand.extra_tokens]
    if trigger.dep_ in NOMINAL_SUBJECT_DEPS and trigger.head.lemma_ == "be":
        heads.append(trigger.head)  # "the summit [was] in Hanoi"
    places = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in word_list("events.venue_preps")
              for o in p.children if o.dep_ == "pobj" and o.ent_type_]
    for place in places:
        name = next((e.text for e in place.doc.ents if e.start <= place.i < e.end), place.text)
        found = gaz.place(name)
        if found is not None and found.country and found.country not in (source.country, target.country):
            return True
    return False
