"""Where a sentence becomes an event.

For every token whose lemma is a trigger in the pattern dictionary, the most specific
matching pattern gives a CAMEO code; the grammar around the trigger then decides whether
the act happened (negation, questions, conditionals), is only intended (intent codes) or
refused (refusal codes), and who did it to whom (from the parse, through the actor
resolver). Every event keeps its evidence: sentence, trigger span and pattern id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from detente.actors.resolver import DocumentActors
from detente.events import grammar as g
from detente.events.patterns import Modality, Pattern, PatternBook
from detente.model import Actor, Document, Event, stable_hash
from detente.ontology import Ontology

VERB_TAGS = {"VERB", "AUX"}
NOUN_TAGS = {"NOUN", "PROPN"}
FIRST_PERSON = {"we", "i", "us", "our", "my", "me"}


@dataclass(slots=True)
class Candidate:
    """A trigger matched by a pattern, before modality and arguments are settled."""

    token: Token
    pattern: Pattern
    code: str
    extra_tokens: list[Token] = field(default_factory=list)
    absorbed: set[int] = field(default_factory=set)  # tokens whose own events this one replaces
    source_from: Token | None = None  # a governing verb whose subject is the source
    speaker: Token | None = None  # the verb of saying that reports this act
    rule_suffix: str = ""


class EventCoder:
    """Codes parsed sentences into events with a pattern dictionary."""

    def __init__(self, patterns: PatternBook | None = None, modality: Modality | None = None,
                 ontology: Ontology | None = None) -> None:
        self.patterns = patterns or PatternBook.load()
        self.modality = modality or Modality.load()
        self.ontology = ontology or Ontology.load()

    # --- entry points ----------------------------------------------------------------------
    def code_doc(self, doc: Doc, document: Document, actors: DocumentActors | None = None) -> list[Event]:
        actors = actors or DocumentActors(doc, document.published)
        events: list[Event] = []
        for index, sent in enumerate(doc.sents):
            events.extend(self.code_sentence(sent, index, document, actors))
        return events

    def code_sentence(self, sent: Span, index: int, document: Document,
                      actors: DocumentActors) -> list[Event]:
        if sent.text.rstrip().rstrip('"”’\'').endswith("?"):
            return []
        candidates = [c for tok in sent if (c := self._match(tok)) is not None]
        if not candidates:
            return []
        candidates = self._apply_modality(candidates)
        candidates = self._suppress(candidates)
        events: list[Event] = []
        seen: set[tuple[str | None, str | None, str]] = set()
        for cand in candidates:
            for source, target in self._dyads(cand, actors):
                key = (source.code if source else None, target.code if target else None, cand.code)
                if key in seen:
                    continue
                seen.add(key)
                events.append(self._event(cand, source, target, sent, index, document))
        return events

    # --- matching ---------------------------------------------------------------------------
    def _match(self, token: Token) -> Candidate | None:
        if token.pos_ in VERB_TAGS:
            pos = "verb"
        elif token.pos_ in NOUN_TAGS:
            pos = "noun"
        else:
            return None
        for pattern in self.patterns.candidates(pos, token.lemma_.lower()):
            extra = self._constraints_met(pattern, token)
            if extra is not None:
                absorbed = {t.i for t in extra if t.dep_ not in ("prep", "prt")} if pos == "verb" else set()
                return Candidate(token, pattern, pattern.code, extra, absorbed - {token.i})
        return None

    def _constraints_met(self, pattern: Pattern, token: Token) -> list[Token] | None:
        """The extra evidence tokens when every constraint of the pattern holds, else None."""
        extra: list[Token] = []
        if pattern.particle:
            found = [c for c in token.children if c.dep_ == "prt" and c.lower_ == pattern.particle]
            if not found:
                return None
            extra += found
        if pattern.objects is not None:
            objs = g.direct_objects(token) + g.passive_subjects(token) + g.prep_objects(token, "with")
            hit = [o for o in objs if o.lemma_.lower() in pattern.objects or o.lower_ in pattern.objects]
            if not hit:
                return None
            extra.append(hit[0])
        if pattern.prep:
            found = [c for c in token.children if c.dep_ == "prep" and c.lower_ == pattern.prep]
            if not found:
                return None
            extra += found
        if pattern.requires_modifier is not None:
            mods = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")
                    and c.lemma_.lower() in pattern.requires_modifier]
            if not mods:
                return None
            extra += mods
        if pattern.requires_governor is not None:
            gov = g.governor(token)
            if gov is None or gov.lemma_.lower() not in pattern.requires_governor:
                return None
            extra.append(gov)
        return extra

    # --- modality -----------------------------------------------------------------------------
    def _apply_modality(self, candidates: list[Candidate]) -> list[Candidate]:
        kept = []
        for cand in candidates:
            if self._settle_modality(cand):
                kept.append(cand)
        return kept

    def _settle_modality(self, cand: Candidate) -> bool:
        """Decide whether the act is asserted, intended, refused or not an event (False)."""
        mod = self.modality
        token = cand.token
        if self._negated(token):
            return False
        future = False
        chain = list(g.clause_chain(token))
        for verb in chain:
            aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            if aux & mod.future_aux:
                future = True
            if verb is not token and verb.dep_ != "conj" and self._negated(verb):
                return False
            marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
            if marks & mod.conditional_marks and verb.dep_ in ("advcl", "ccomp"):
                return False
        for verb in chain[1:]:
            lemma = verb.lemma_.lower()
            if lemma in mod.refusal_verbs:
                cand.code = mod.refusal_code(cand.code)
                cand.source_from = verb
                cand.extra_tokens.append(verb)
                cand.absorbed.add(verb.i)
                cand.rule_suffix = "+refusal"
                return True
            if lemma in mod.blocking_verbs or lemma == "fail":
                return False
            if lemma in mod.intent_verbs or (lemma in ("be",) and verb is not token):
                future = True
                cand.source_from = verb
                cand.extra_tokens.append(verb)
                cand.absorbed.add(verb.i)
        head = chain[-1]
        if token.pos_ == "NOUN":
            gov = g.governor(token)
            if gov is not None and gov.lemma_.lower() in mod.blocking_verbs:
                return False
        speaker = self._speaker(head)
        aux_all = {c.lower_ for v in chain for c in v.children if c.dep_ == "aux"}
        if speaker is not None:
            cand.speaker = speaker
            if aux_all & mod.demand_modals:
                cand.code = mod.demand_code
                cand.rule_suffix = "+reported_demand"
                return True
            if aux_all & {"would"}:
                future = True
        elif aux_all & mod.hypothetical_modals - {"would"} and not future:
            return False
        elif "would" in aux_all and not future:
            return False
        if self._in_blocked_complement(head):
            return False
        if head.dep_ == "advcl" and {c.lower_ for c in head.children if c.dep_ == "mark"} & mod.conditional_marks:
            return False
        if future:
            cand.code = cand.pattern.intent or mod.intent_code(cand.code)
            cand.rule_suffix = cand.rule_suffix or "+intent"
        return True

    def _negated(self, token: Token) -> bool:
        if g.has_negation(token):
            return True
        if token.pos_ in NOUN_TAGS:
            if any(c.dep_ == "det" and c.lower_ in self.modality.negating_determiners for c in token.children):
                return True
            gov = g.governor(token)
            if gov is not None and g.has_negation(gov):
                return True
        return False

    def _speaker(self, clause_top: Token) -> Token | None:
        """The verb of saying whose complement (or quotation) this clause is."""
        speech = self.modality.speech_verbs
        if clause_top.dep_ == "ccomp" and clause_top.head.lemma_.lower() in speech:
            return clause_top.head
        for child in clause_top.children:
            if child.dep_ in ("parataxis", "ccomp") and child.lemma_.lower() in speech:
                if child.i > clause_top.i:
                    return child
        return None

    def _in_blocked_complement(self, clause_top: Token) -> bool:
        """Acts inside 'accused X of ...', 'denied that ...', 'urged X to ...' did not happen (yet)."""
        for ancestor, dep in g.ancestors_until_root(clause_top):
            lemma = ancestor.lemma_.lower()
            if dep in ("ccomp", "xcomp", "pcomp", "pobj", "prep", "advcl") and lemma in self.modality.blocking_verbs:
                return True
            if dep in ("relcl", "acl"):
                return False
        return False

    # --- suppression --------------------------------------------------------------------------
    def _suppress(self, candidates: list[Candidate]) -> list[Candidate]:
        by_token = {c.token.i: c for c in candidates}
        absorbed = {i for c in candidates for i in c.absorbed}
        kept = []
        for cand in candidates:
            token = cand.token
            if token.i in absorbed:
                continue  # e.g. "agreed" in "agreed to meet", "tariffs" in "imposed tariffs"
            if cand.pattern.pos == "noun":
                gov = g.governor(token)
                if gov is not None and gov.i in by_token and not by_token[gov.i].pattern.fallback:
                    continue
            kept.append(cand)
        if any(not c.pattern.fallback for c in kept):
            reported_heads = {c.speaker.i for c in kept if c.speaker is not None}
            kept = [c for c in kept if not c.pattern.fallback or c.token.i not in reported_heads]
            kept = [c for c in kept if not c.pattern.fallback or not self._has_codable_complement(c, kept)]
        return kept

    @staticmethod
    def _has_codable_complement(speech: Candidate, others: list[Candidate]) -> bool:
        subtree = {t.i for t in speech.token.subtree}
        return any(o is not speech and o.token.i in subtree for o in others)

    # --- arguments ------------------------------------------------------------------------------
    def _slot_tokens(self, slot: str, cand: Candidate) -> list[Token]:
        token = cand.token
        verb = cand.source_from if slot in ("subj", "agent") and cand.source_from is not None else token
        passive = g.is_passive(verb)
        if slot == "subj":
            return g.agents(verb) if passive else g.subjects(verb)
        if slot == "agent":
            return g.agents(verb)
        if slot == "obj":
            return g.passive_subjects(token) if g.is_passive(token) else g.direct_objects(token)
        if slot == "iobj":
            return g.dative(token)
        if slot == "governor":
            gov = g.governor(token)
            if gov is None:
                return []
            return g.agents(gov) if g.is_passive(gov) else g.subjects(gov)
        if slot in ("poss", "amod", "compound", "nmod"):
            return [c for c in token.children if c.dep_ == slot]
        if slot == "between":
            return g.prep_objects(token, "between")
        if slot.startswith("prep:"):
            preposition = slot[5:]
            found = list(g.prep_objects(token, preposition))
            for obj in g.direct_objects(token) + g.passive_subjects(token):
                found.extend(g.prep_objects(obj, preposition))  # "imposed tariffs on X"
            return found
        return []

    def _actors(self, slots: tuple[str, ...], cand: Candidate, actors: DocumentActors,
                exclude: set[int] | None = None) -> list[Actor]:
        for slot in slots:
            found: list[Actor] = []
            for tok in self._slot_tokens(slot, cand):
                if exclude and tok.i in exclude:
                    continue
                if tok.lower_ in FIRST_PERSON and cand.speaker is not None:
                    speaker_subjects = g.subjects(cand.speaker)
                    for subj in speaker_subjects:
                        found.extend(actors.resolve(subj))
                    continue
                found.extend(actors.resolve(tok))
            if found:
                return found
        return []

    def _dyads(self, cand: Candidate, actors: DocumentActors) -> list[tuple[Actor | None, Actor | None]]:
        pattern = cand.pattern
        sources = self._actors(pattern.source, cand, actors)
        if not sources and cand.speaker is not None and cand.rule_suffix == "+reported_demand":
            sources = []
        source_tokens = {t.i for slot in pattern.source for t in self._slot_tokens(slot, cand)}
        targets = self._actors(pattern.target, cand, actors, exclude=source_tokens)
        if cand.rule_suffix == "+reported_demand" and cand.speaker is not None:
            speaker_actors = [a for s in g.subjects(cand.speaker) for a in actors.resolve(s)]
            targets, sources = sources, speaker_actors
        if pattern.symmetric and len(sources) > 1 and not targets:
            return [(sources[0], other) for other in sources[1:]]
        if not sources and not targets:
            if pattern.requires_actor:
                return []
            return [(None, None)]
        if pattern.requires_actor_object and not targets:
            return []
        pairs: list[tuple[Actor | None, Actor | None]] = []
        for source in sources or [None]:
            for target in targets or [None]:
                if source is not None and target is not None and source.code == target.code \
                        and source.text == target.text:
                    target = None
                pairs.append((source, target))
        return pairs

    # --- output ----------------------------------------------------------------------------------
    def _event(self, cand: Candidate, source: Actor | None, target: Actor | None, sent: Span,
               index: int, document: Document) -> Event:
        from detente.dates import event_date

        info = self.ontology.nearest(cand.code)
        tokens = sorted({cand.token, *cand.extra_tokens}, key=lambda t: t.i)
        trigger = " ".join(t.text for t in tokens)
        start = cand.token.idx - sent.start_char
        when, precision = event_date(cand.token, document.published)
        event = Event(
            doc_id=document.doc_id,
            sentence_index=index,
            sentence=sent.text.strip(),
            cameo=info.code,
            trigger=trigger,
            rule=cand.pattern.id + cand.rule_suffix,
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
