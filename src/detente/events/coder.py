"""Where a sentence becomes an event.

For every token whose lemma is a trigger in the pattern dictionary, the most specific
matching pattern gives a CAMEO code. The grammar around the trigger then decides whether
the act happened (negation, questions, conditionals, background mentions of nominal
events), is only intended, threatened, refused, appealed for or demanded (frames such as
"agreed to", "threatened to", "refused to", "urged X to", "said X must"), and who did it to
whom (from the parse, through the actor resolver; slots the text leaves empty are filled by
the coding conventions of events/implied.py). Every event keeps its evidence: sentence,
trigger span and pattern id (plus "+implied:<rule>" where a convention filled an actor).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.actors.resolver import DocumentActors
from detente.dates import event_date
from detente.events.arguments import NOUN_TAGS, VERB_TAGS, ArgumentReader, Candidate, Context, Embedding
from detente.events.implied import ImpliedActors
from detente.events.patterns import Modality, Pattern, PatternBook
from detente.model import Actor, Document, Event, stable_hash
from detente.nlp import grammar as g
from detente.nlp.labels import ACTIVE_SUBJECT_DEPS, SUBJECT_DEPS
from detente.ontology import Ontology

PARTICIPLE_DEPS = {"amod", "compound", "nmod"}  # "the banned party", "alleged crimes"
# Acts whose doers are those of the clause they frame ("met during the summit", "marched in a
# protest"); "detained during the raid" says nothing of who raided.
SHARED_OCCASION_ROOTS = {"03", "04", "05", "06", "14"}
# A gerund in a noun's place (subject, object) with no object of its own is matched as a noun.
NOMINAL_GERUND_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
MEANS_PREPS = ("in", "by", "during", "from", "of", "with", "as")  # "as a result of"
VIOLENT_ROOTS = {"15", "17", "18", "19", "20"}
ACTING_FRAMES = {"intent", "threat", "refusal", "appeal", "demand", "order"}
PROTEST_ROOT = "14"
REPORTING_VERBS = {"protest", "complain", "charge", "allege", "claim"}  # besides the speech verbs
ADJUNCT_DEPS = {"prep", "agent", "npadvmod", "advmod", "prt"}  # "shortened [by one hour] [on Friday]"
WITH_OBJECT_VERBS = {"threaten", "warn", "hit", "slap", "punish", "retaliate", "respond", "target",
                     "provide", "supply", "equip", "arm", "help", "assist", "charge", "menace"}


class EventCoder(ArgumentReader):
    """Codes parsed sentences into events with a pattern dictionary."""

    def __init__(self, patterns: PatternBook | None = None, modality: Modality | None = None,
                 ontology: Ontology | None = None) -> None:
        self.patterns = patterns or PatternBook.load()
        self.modality = modality or Modality.load()
        self.ontology = ontology or Ontology.load()
        self.implied = ImpliedActors()
        # per-token lookups, joined once: verbs that report a clause, verbs whose object is a clause
        self._reporting_verbs = self.modality.speech_verbs | REPORTING_VERBS
        self._clause_taking_verbs = self.modality.speech_verbs | self.modality.intent_verbs

    # --- entry points ----------------------------------------------------------------------
    def code_doc(self, doc: Doc, document: Document, actors: DocumentActors | None = None) -> list[Event]:
        actors = actors or DocumentActors(doc, document.published)
        context = Context()
        events: list[Event] = []
        for index, sent in enumerate(doc.sents):
            events.extend(self.code_sentence(sent, index, document, actors, context))
        return events

    def code_sentence(self, sent: Span, index: int, document: Document,
                      actors: DocumentActors, context: Context | None = None) -> list[Event]:
        context = context or Context()
        if sent.text.rstrip().rstrip('"”’\')').endswith("?"):
            return []
        candidates = [c for tok in sent if (c := self._match(tok)) is not None]
        if not candidates:
            self._remember(sent, actors, context)
            return []
        by_token = {c.token.i: c for c in candidates}
        candidates = [c for c in candidates if self._settle(c, by_token)]
        candidates = self._suppress(candidates)
        events: list[Event] = []
        seen: set[tuple[str | None, str | None, str]] = set()
        for cand in candidates:
            dyads = self.implied.fill(cand.code, cand.token, self._dyads(cand, actors, context), actors)
            dated = event_date(cand.token, document.published) if dyads else (None, None)  # once per trigger
            for source, target, implied in dyads:
                key = (source.code if source else None, target.code if target else None, cand.code)
                if key in seen:
                    continue
                seen.add(key)
                events.append(self._event(cand, source, target, sent, index, document, dated, implied))
        events = _protest_purposes(_without_subsumed(events))
        self._remember(sent, actors, context, events)
        return events

    # --- matching ---------------------------------------------------------------------------
    def _match(self, token: Token) -> Candidate | None:
        pos = self._pos(token)
        if pos is None and token.lemma_.lower() in self._reporting_verbs \
                and g.inverted_report(token) is not None:
            pos = "verb"  # "..., a rights group [protested] on Tuesday"
        if pos is None:
            return None
        best: tuple[tuple[int, int, bool], Pattern, list[Token]] | None = None
        seen: dict[str, list[Token]] = {}  # objects and subjects, computed once per token
        for pattern in self.patterns.candidates(pos, token.lemma_.lower(), token.lower_):
            found = self._constraints_met(pattern, token, seen)
            if found is None:
                continue
            extra, weight = found
            score = (weight, len(pattern.code), pattern.origin in self.patterns.user_origins)
            if best is None or score > best[0]:
                best = (score, pattern, extra)
        if best is None:
            return None
        _, pattern, extra = best
        if token.dep_ == "acl" and token.tag_ == "VBG" and pattern.frame is None:
            return None  # "a ship carrying aid": a description; "a statement urging talks" is an act
        inside = {t.i for t in token.subtree}
        kept_apart = ("prep", "prt", "agent") + (("xcomp", "ccomp", "acl") if pattern.frame in ACTING_FRAMES else ())
        absorbed = {t.i for t in extra if t.dep_ not in kept_apart and t.i in inside} - {token.i}
        cand = Candidate(token, pattern, pattern.code, list(extra), absorbed, symmetric=pattern.symmetric)
        if pattern.outcome:
            means = self._take_means(cand)
            if means is None or (not means and pattern.outcome == "only"):
                return None
        if pattern.code[:2] == PROTEST_ROOT and self._celebrating(token):
            return None  # "flooded the streets in celebration": a crowd rejoicing is no protest
        return cand

    def _celebrating(self, token: Token) -> bool:
        """The gathering is for joy: "in celebration", "to celebrate", "in jubilation"."""
        for child in token.children:
            words = [child] + [t for t in child.subtree if t.dep_ in ("pobj", "xcomp", "advcl", "pcomp")]
            if child.dep_ in ("prep", "xcomp", "advcl") and any(
                    w.lemma_.lower() in self.modality.celebration_words for w in words):
                return True
        return False

    @staticmethod
    def _pos(token: Token) -> str | None:
        if token.pos_ in VERB_TAGS:
            if token.dep_ in PARTICIPLE_DEPS:
                return None
            if token.tag_ == "VBG" and token.dep_ in NOMINAL_GERUND_DEPS \
                    and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in token.children):
                return "noun"  # "[Fighting] between A and B resumed": a gerund standing as a noun
            if token.dep_ == "acl" and token.tag_ != "VBG" and not any(c.dep_ == "aux" for c in token.children) \
                    and g.misparsed_main_verb(token) is None:
                return None  # "the curfew imposed in 1989": a description, not an act
            return "verb"
        if token.pos_ in NOUN_TAGS:
            return "noun"
        if token.pos_ == "ADJ":
            return "adj"
        return None

    def _constraints_met(self, pattern: Pattern, token: Token,
                         seen: dict[str, list[Token]]) -> tuple[list[Token], int] | None:
        """The extra evidence tokens and how much of the wording matched, when every
        constraint holds: objects and subjects weigh most, then modifiers, particles, prepositions."""
        extra: list[Token] = []
        words = 0
        if pattern.particle:
            found = g.particle(token, pattern.particle)
            if found is None:
                return None
            extra.append(found)
            words += 1
        if pattern.objects is not None:
            if "obj" not in seen:
                seen["obj"] = self._object_tokens(token)
            hit = self._phrase_hit(seen["obj"], pattern.objects)
            if hit is None:
                return None
            extra.append(hit[0])
            words += 2 * hit[1]
        if pattern.prep:
            prep = g.has_prep(token, pattern.prep)
            if prep is None:
                return None
            extra.append(prep)
            words += 1
            if pattern.prep_objects is not None:
                pobjs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
                hit = self._phrase_hit([t for p in pobjs for t in g.expand_conjuncts(p)], pattern.prep_objects)
                if hit is None:
                    return None
                extra.append(hit[0])
                words += hit[1]
        if pattern.subjects is not None:
            subj = self._subject_tokens(token, seen)
            hit = self._phrase_hit(subj, pattern.subjects)
            if hit is None:
                return None
            words += 2 * hit[1]
        if pattern.exclude_dep is not None and any(c.dep_ in pattern.exclude_dep for c in token.children):
            return None
        if pattern.exclude_subject is not None \
                and self._phrase_hit(self._subject_tokens(token, seen), pattern.exclude_subject) is not None:
            return None
        if not self._exclusions_clear(pattern, token, seen):
            return None
        if pattern.complements is not None:
            comps = [c for c in token.children if c.dep_ in ("xcomp", "ccomp", "acl")
                     and (c.lemma_.lower() in pattern.complements or "any" in pattern.complements
                          or ("clause" in pattern.complements and _reported_clause(c)))]
            if not comps and "clause" in pattern.complements and (reported := g.inverted_report(token)) is not None:
                comps = [reported]  # "X is failing Y, a rights group protested"
            if pattern.complement_objects is not None:  # "failed to reach [an agreement]"
                hits = [(c, hit) for c in comps  # "reach [an agreement]", "respond to [questions]"
                        if (hit := self._phrase_hit(self._object_tokens(c) + g.prep_objects(c, "to"),
                                                    pattern.complement_objects))]
                if not hits:
                    return None
                comps = [hits[0][0]]
                extra.append(hits[0][1][0])
                words += 2 * hits[0][1][1]
            if not comps:
                return None
            if comps[0].lemma_.lower() in pattern.complements or "any" in pattern.complements:
                extra.append(comps[0])  # a reported clause stays an act of its own (not absorbed)
            words += 2
        return self._modifier_constraints(pattern, token, extra, words)

    def _exclusions_clear(self, pattern: Pattern, token: Token, seen: dict[str, list[Token]]) -> bool:
        """The wordings a pattern must not take: an object or object of a preposition on the
        trigger ("battled [blazes]"), a preposition ("called [as] witnesses"), a complement
        ("declining to be [named]"), a modifier ("a [new] trial"); a transitive-only trigger
        needs an object or a complement ("declined the offer", not "exports declined")."""
        if pattern.exclude_object is not None or pattern.transitive:
            if "obj" not in seen:
                seen["obj"] = self._object_tokens(token)
            if pattern.exclude_object is not None:
                pobjs = [p for c in token.children if c.dep_ in ("prep", "dative")
                         for p in c.children if p.dep_ in ("pobj", "pcomp")]
                if self._phrase_hit(seen["obj"] + pobjs, pattern.exclude_object) is not None:
                    return False
            if pattern.transitive and not seen["obj"] \
                    and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
                return False
        if pattern.exclude_prep is not None and any(
                c.dep_ in ("prep", "dative") and c.lower_ in pattern.exclude_prep for c in token.children):
            return False
        if pattern.exclude_complement is not None and any(
                c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in pattern.exclude_complement
                for c in token.children):
            return False
        return pattern.exclude_modifier is None or not any(
            c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in pattern.exclude_modifier
            for c in token.children)

    @staticmethod
    def _modifier_constraints(pattern: Pattern, token: Token, extra: list[Token],
                              words: int) -> tuple[list[Token], int] | None:
        if pattern.requires_modifier is not None:
            mods = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
            mods += [m for c in mods for m in c.lefts if m.dep_ in ("amod", "compound")]  # "car bomb attack"
            wanted = pattern.requires_modifier
            mods = [c for c in mods if c.lemma_.lower() in wanted or c.lower_ in wanted]
            if not mods:
                return None
            extra += mods
            words += 2
        if pattern.requires_governor is not None:
            gov = g.governor(token)
            if gov is None or gov.lemma_.lower() not in pattern.requires_governor:
                return None
            extra.append(gov)
            words += 1
        return extra, words

    def _subject_tokens(self, token: Token, seen: dict[str, list[Token]]) -> list[Token]:
        if "subj" not in seen:
            subj = g.agents(token) if g.is_passive(token) else g.subjects(token)
            seen["subj"] = subj + [t for tok in subj for t in g.through_quantity(tok, self.modality.quantity_nouns)]
        return seen["subj"]

    def _object_tokens(self, token: Token) -> list[Token]:
        found = g.direct_objects(token) + g.passive_subjects(token)
        if token.lemma_.lower() in WITH_OBJECT_VERBS:  # "threatened Canada with tariffs"
            found += g.prep_objects(token, "with")
        found += [c for c in token.children if c.dep_ in ("attr", "oprd")]
        for xcomp in (c for c in token.children if c.dep_ == "ccomp" and c.pos_ == "NOUN"):
            found.append(xcomp)  # spaCy sometimes hangs an object as a clause
        if not found and token.lemma_.lower() not in self._clause_taking_verbs:
            found += self._object_as_clause_subject(token)
        return found + [t for tok in found for t in g.through_quantity(tok, self.modality.quantity_nouns)]

    @staticmethod
    def _object_as_clause_subject(token: Token) -> list[Token]:
        """ "shortened by one hour [the curfew] imposed after a coup toppled the government":
        when an adjunct stands between a verb and its object, the parser may read the object as
        the subject of a later clause. Taken only from a clause with no "that"/"if" before it
        whose subject follows the verb with adjuncts, and nothing else, in between."""
        for clause in token.children:
            if clause.dep_ != "ccomp" or clause.i < token.i or g.marks(clause):
                continue
            adjuncts = {t.i for c in token.children if c.dep_ in ADJUNCT_DEPS and c.i > token.i for t in c.subtree}
            for subj in clause.children:
                between = range(token.i + 1, subj.left_edge.i)
                if subj.dep_ == "nsubj" and subj.pos_ in NOUN_TAGS and subj.i < clause.i and between \
                        and all(i in adjuncts for i in between):
                    return [subj]
        return []

    @staticmethod
    def _phrase_hit(tokens: list[Token], entries: frozenset[str]) -> tuple[Token, int] | None:
        best: tuple[Token, int] | None = None
        for tok in tokens:
            words = g.phrase_matches(tok, entries)
            if words and (best is None or words > best[1]):
                best = (tok, words)
        return best

    def _take_means(self, cand: Candidate) -> bool | None:
        """'killed in an attack', 'a bombing killed': the outcome takes the code of its means
        (True); None when the named cause is not violence ('killed in the crash')."""
        token = cand.token
        places = list(g.subjects(token) if not g.is_passive(token) else g.agents(token))
        for prep in MEANS_PREPS:
            places += g.prep_objects(token, prep)
        for place in list(places):
            if place.lemma_.lower() in ("result", "consequence", "cause", "wake", "course"):
                places += g.prep_objects(place, "of")  # "died as a result of torture"
        nonviolent = self.modality.nonviolent_causes
        for place in places:
            if place.pos_ not in NOUN_TAGS:
                continue
            if any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in nonviolent for m in place.children):
                return None  # "died of a heart attack", "an asthma attack"
            means = self._match(place)
            if means is not None and means.pattern.code[:2] in VIOLENT_ROOTS and not means.pattern.outcome:
                cand.code = means.code
                cand.rule_suffix = f"+means:{means.pattern.id}"
                cand.extra_tokens.append(place)
                cand.absorbed.add(place.i)
                cand.means = place
                return True
        if any(p.lemma_.lower() in self.modality.nonviolent_causes for p in places):
            return None
        return False

    # --- modality -----------------------------------------------------------------------------
    def _frame_of(self, parent: Token, by_token: dict[int, Candidate]) -> str | None:
        cand = by_token.get(parent.i)
        if cand is not None and cand.pattern.frame:
            return cand.pattern.frame
        lemma = parent.lemma_.lower()
        mod = self.modality
        if parent.pos_ in NOUN_TAGS:
            return mod.frame_nouns.get(lemma)
        if lemma in mod.speech_verbs:
            return "speech"
        if lemma in mod.refusal_verbs:
            return "refusal"
        if lemma in mod.intent_verbs:
            return "intent"
        if lemma in mod.blocking_verbs:
            return "block"
        return None

    def _embedding(self, cand: Candidate, by_token: dict[int, Candidate]) -> Embedding:
        """Walk up from the trigger through the frames that embed it ("said [it would
        [refuse to [meet]]]"), collecting auxiliaries and negations on the way."""
        emb = Embedding(top=cand.token, auxes=g.aux_words(cand.token))
        cur = cand.token
        carriers = self.modality.proposal_nouns | set(self.modality.frame_nouns)
        for _ in range(10):
            parent, link = g.embedding_parent(cur, carriers)
            if parent is None or link == "parataxis":
                break
            if link == "advcl" and not g.is_purpose(cur):
                break
            if link == "conj":
                if not any(c.dep_ in ACTIVE_SUBJECT_DEPS for c in cur.children):
                    emb.auxes |= g.aux_words(parent)
                cur = parent
                continue
            owner = by_token.get(parent.i)
            if owner is not None and cur is cand.token and cur.i in owner.absorbed:
                emb.frames.append(("block", parent))  # "declined to comment": one event, 011
                break
            frame = self._frame_of(parent, by_token)
            if frame is not None and parent.pos_ in NOUN_TAGS and not self._anchored(parent, by_token):
                frame = "block"  # "the threat of attacks" in passing: nothing is asserted
            if frame is None and cand.token.pos_ in NOUN_TAGS and cur is cand.token and parent.pos_ in VERB_TAGS \
                    and parent.lemma_.lower() not in self.modality.asserting_verbs:
                break  # "criticized the tariffs": a nominal act is framed only through its light verb
            if frame is not None:
                emb.frames.append((frame, parent))
                if frame in ("speech", "block", "deny", "accuse"):
                    break
            elif parent.lemma_ == "be" and link == "xcomp":
                emb.auxes.add("will")  # "is to visit"
            elif not (link in ("xcomp", "ccomp", "acomp", "obj", "acl", "noun", "advcl") or link.startswith("prep:")):
                break
            elif self._negated(parent):
                emb.negated_above = True
            emb.auxes |= g.aux_words(parent)
            cur = emb.top = parent
        return emb

    def _anchored(self, noun: Token, by_token: dict[int, Candidate]) -> bool:
        """A frame noun ("plan", "call", "threat") frames an act only when the text says
        whose it is or that it was made: "the US request", "issued a threat"."""
        if self._owners(noun):
            return True
        gov = g.governor(noun)
        if gov is None:
            return noun.dep_ in ("nsubj", "nsubjpass", "ROOT")
        lemma = gov.lemma_.lower()
        return lemma in self.modality.asserting_verbs or self._frame_of(gov, by_token) in ACTING_FRAMES

    def _settle(self, cand: Candidate, by_token: dict[int, Candidate]) -> bool:
        """Decide whether the act is asserted, intended, refused, appealed for or demanded,
        or is not an event at all (False)."""
        if cand.pattern.fallback:
            cand.speaker = self._speaker(cand.token)
            return not self._negated(cand.token)
        token = cand.token
        if token.dep_ == "pcomp" and token.head.head.pos_ in NOUN_TAGS and token.head.head.lemma_.lower() \
                not in self.modality.proposal_nouns and token.head.head.lemma_.lower() not in self.modality.frame_nouns:
            return False  # "a law against deporting people": a gerund naming a kind of act
        emb = self._embedding(cand, by_token)
        if self._conditional(cand.token, emb.top):
            return False
        kinds = [frame for frame, _ in emb.frames]
        if any(k in ("block", "deny") for k in kinds):
            return False
        if "accuse" in kinds:
            self._refine_accusation(emb.frames[-1][1], cand, by_token)
            return False
        if kinds and kinds[-1] == "speech":
            cand.speaker = emb.frames[-1][1]
        acting = [(k, w) for k, w in emb.frames if k in ACTING_FRAMES]
        if cand.speaker is None:
            cand.speaker = self._speaker(emb.top)
        if acting:
            return self._settle_framed(cand, acting, emb, by_token)
        if emb.negated_above:
            return False
        return self._settle_mood(cand, emb.auxes, self._negated(cand.token))

    def _settle_framed(self, cand: Candidate, acting: list[tuple[str, Token]], emb: Embedding,
                       by_token: dict[int, Candidate]) -> bool:
        """Apply each frame from the inside out: "demanded that X refuse to meet" -> 100."""
        mod = self.modality
        negated = self._negated(cand.token)
        for index, (frame, wrapper) in enumerate(acting):
            if frame == "intent" and wrapper.pos_ in NOUN_TAGS and index < len(acting) - 1:
                continue  # "rejected Egypt's proposal for a ceasefire": the proposal only carries the act
            wrapper_neg = self._negated(wrapper)
            future = bool(g.aux_words(wrapper) & (mod.future_aux | {"would"}))
            if wrapper_neg and not (frame in ("intent", "threat") and future):
                return False
            if negated or wrapper_neg:
                if frame not in ("intent", "threat"):
                    return False
                cand.code, cand.rule_suffix = mod.refusal_code(cand.code), cand.rule_suffix + "+refusal"
                negated = False
            else:
                code = mod.transform(frame, cand.code)
                cand.code = cand.pattern.intent if frame == "intent" and cand.pattern.intent else code
                cand.rule_suffix += f"+{frame}"
            cand.absorbed.add(wrapper.i)
            cand.extra_tokens.append(wrapper)
            if wrapper.pos_ in NOUN_TAGS and self._owners(wrapper):
                cand.owner_from = wrapper
            outer = by_token.get(wrapper.i)
            if outer is not None:
                cand.absorbed |= outer.absorbed
                cand.symmetric = cand.symmetric or outer.pattern.symmetric
        frame, wrapper = acting[-1]
        cand.source_from = wrapper
        if frame in ("appeal", "demand"):
            cand.addressee_from = wrapper
        return self._reported_mood(cand, emb.auxes)

    def _reported_mood(self, cand: Candidate, auxes: set[str]) -> bool:
        """A framed act inside reported speech: "said X must agree to ..." is a demand."""
        mod = self.modality
        if self._speculation(cand, auxes):
            return False
        if cand.speaker is not None:
            if auxes & mod.demand_modals:
                cand.code = mod.demanded_code(cand.code)
                cand.rule_suffix += "+reported_demand"
                cand.speaker_demand = True
            return True
        return not (auxes & (mod.hypothetical_modals | mod.demand_modals) - {"would"})

    def _speculation(self, cand: Candidate, auxes: set[str]) -> bool:
        """ "Analysts say Tehran would welcome ...": an onlooker's guess at what the actor
        would do (a hypothetical modal under a speculating speaker) is no intention."""
        mod = self.modality
        if cand.speaker is None or not auxes & mod.hypothetical_modals or auxes & mod.future_aux:
            return False
        return self._phrase_hit(g.subjects(cand.speaker), mod.speculating_speakers) is not None

    def _settle_mood(self, cand: Candidate, auxes: set[str], negated: bool) -> bool:
        """Tense, modals and negation of an act that no frame embeds."""
        mod = self.modality
        future = bool(auxes & mod.future_aux)
        reported = cand.speaker is not None
        if negated:
            if future or (reported and auxes & mod.hypothetical_modals):
                cand.code, cand.rule_suffix = mod.refusal_code(cand.code), cand.rule_suffix + "+refusal"
                return True
            return False
        if self._speculation(cand, auxes):
            return False
        if reported and auxes & mod.demand_modals:
            cand.code = mod.demanded_code(cand.code)
            cand.rule_suffix += "+reported_demand"
            cand.speaker_demand = True
            return True
        if future or (reported and auxes & mod.hypothetical_modals):
            cand.code = cand.pattern.intent or mod.intent_code(cand.code)
            cand.rule_suffix += "+intent"
            return True
        if auxes & (mod.hypothetical_modals | mod.demand_modals):
            return False
        if cand.pattern.pos == "noun" and not cand.pattern.requires_governor:
            return self._asserted_noun(cand)
        return True

    def _conditional(self, token: Token, top: Token) -> bool:
        current = token
        for _ in range(8):
            if g.marks(current) & self.modality.conditional_marks and current.dep_ in ("advcl", "ccomp", "conj"):
                return True
            if current is top or current.head is current:
                return False
            current = current.head
        return False

    def _negated(self, token: Token) -> bool:
        if g.has_negation(token):
            return True
        if token.pos_ in VERB_TAGS:  # "no agreement was reached", "reached no deal"
            for obj in g.direct_objects(token) + g.passive_subjects(token):
                if any(c.dep_ == "det" and c.lower_ in self.modality.negating_determiners for c in obj.children):
                    return True
        if token.pos_ in NOUN_TAGS:
            if any(c.dep_ == "det" and c.lower_ in self.modality.negating_determiners for c in token.children):
                return True
            gov = g.governor(token)
            if gov is not None and g.has_negation(gov):
                return True
        return False

    def _asserted_noun(self, cand: Candidate) -> bool:
        """A nominal event is an event only when the text says it took place."""
        token = cand.token
        while token.dep_ == "conj" and token.head.pos_ in NOUN_TAGS:
            token = token.head
        mod = self.modality
        dep, head = token.dep_, token.head
        if dep in ("ROOT", "appos") and (dep == "ROOT" or head.dep_ == "ROOT"):
            return True
        gov = g.governor(token)
        if gov is not None and gov.lemma_.lower() in mod.asserting_verbs:
            cand.source_from = gov
            return True
        if dep in ("nsubj", "nsubjpass") and head.lemma_.lower() in mod.eventive_predicates \
                and not g.aux_words(head) & (mod.hypothetical_modals | mod.demand_modals | mod.future_aux) \
                and not self._negated(head) and head.dep_ not in ("acl", "advcl") \
                and not (head.dep_ == "ccomp" and head.head.lemma_.lower() not in mod.speech_verbs):
            return True
        if dep == "pobj" and head.dep_ == "prep":
            prep = head.lower_
            if prep in mod.asserting_preps and (prep != "on" or cand.code[:2] == "04"):
                if head.head.pos_ in VERB_TAGS and cand.code[:2] in SHARED_OCCASION_ROOTS:
                    cand.source_from = head.head  # "signed a deal during talks": their talks
                return True  # "photographed during the arrest of X": the arrest is not theirs
        return False

    def _speaker(self, clause_top: Token) -> Token | None:
        """The verb of saying whose complement (or quotation) this clause is."""
        speech = self.modality.speech_verbs
        if clause_top.dep_ in ("ccomp", "parataxis") and clause_top.head.lemma_.lower() in speech:
            return clause_top.head
        for child in clause_top.children:
            if child.dep_ in ("parataxis", "ccomp", "advcl") and child.lemma_.lower() in speech \
                    and child.i > clause_top.i and not any(c.dep_ in ("ccomp", "xcomp") for c in child.children):
                return child  # '"We will not negotiate," the minister said'
        if clause_top.dep_ == "ROOT":  # "X will Y, a spokesman [said] Monday" read as a participle
            for token in clause_top.sent:
                if token.i > clause_top.i and token.lemma_.lower() in speech and g.inverted_report(token) == clause_top:
                    return token
        return None

    def _refine_accusation(self, wrapper: Token | None, cand: Candidate, by_token: dict[int, Candidate]) -> None:
        if wrapper is None or wrapper.i not in by_token:
            return
        accuser = by_token[wrapper.i]
        refined = self.modality.accusation_code(cand.code)
        if refined and accuser.code[:2] == "11" and len(accuser.code) < len(refined):
            accuser.code = refined
            accuser.rule_suffix = f"+of:{cand.pattern.id}"

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
                if gov is not None and gov.i in by_token and not by_token[gov.i].pattern.fallback \
                        and by_token[gov.i].pattern.frame is None:
                    continue
            if cand.pattern.outcome and self._consequence(cand, by_token):
                continue  # "shelled the town, killing 20": one act
            if g.is_purpose(token) and token.head.i in by_token and token.head.i not in cand.absorbed:
                continue  # "staged protests to demand reforms": the purpose of a coded act
            kept.append(cand)
        if any(not c.pattern.fallback for c in kept):
            reported_heads = {c.speaker.i for c in kept if c.speaker is not None}
            kept = [c for c in kept if not c.pattern.fallback or c.token.i not in reported_heads]
            kept = [c for c in kept if not c.pattern.fallback or not self._has_codable_complement(c, kept)]
        for cand in kept:
            if cand.pattern.fallback:
                self._statement_demand(cand)
        return kept

    @staticmethod
    def _consequence(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
        token = cand.token
        if token.dep_ not in ("advcl", "conj", "xcomp"):
            return False
        cause = by_token.get(token.head.i)
        return cause is not None and not cause.pattern.outcome and cause.code[:2] in VIOLENT_ROOTS

    @staticmethod
    def _has_codable_complement(speech: Candidate, others: list[Candidate]) -> bool:
        subtree = {t.i for t in speech.token.subtree}
        return any(o is not speech and o.token.i in subtree for o in others)

    def _statement_demand(self, cand: Candidate) -> None:
        """'X said Y must ...' with nothing codable inside is still a demand by X on Y."""
        for child in cand.token.children:
            if child.dep_ == "ccomp" and g.aux_words(child) & self.modality.demand_modals \
                    and not g.has_negation(child):
                cand.code = self.modality.demand_code
                cand.rule_suffix = "+must"
                cand.addressee_from = child
                return

    # --- output ----------------------------------------------------------------------------------
    def _event(self, cand: Candidate, source: Actor | None, target: Actor | None, sent: Span,
               index: int, document: Document, dated: tuple[date | None, str | None],
               implied: str = "") -> Event:
        info = self.ontology.nearest(cand.code)
        tokens = sorted({cand.token, *cand.extra_tokens}, key=lambda t: t.i)
        trigger = " ".join(t.text for t in tokens)
        start = cand.token.idx - sent.start_char
        when, precision = dated
        event = Event(
            doc_id=document.doc_id,
            sentence_index=index,
            sentence=sent.text.strip(),
            cameo=info.code,
            trigger=trigger,
            rule=cand.pattern.id + cand.rule_suffix + implied,
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


def _reported_clause(clause: Token) -> bool:
    """A finite clause with its own subject ("protested [that X had failed ...]",
    "[X is failing ...], the group protested"), not an infinitive ("protested to demand")."""
    return clause.dep_ == "ccomp" and any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _without_subsumed(events: list[Event]) -> list[Event]:
    """ "X established ties with and opened an embassy in Tehran": one act, once with its target.
    An event with no target is dropped when the same trigger or code has the same source and a target."""
    kept: list[Event] = []
    for event in events:
        if event.target is None and any(
                other is not event and other.target is not None and other.cameo == event.cameo
                and (other.source.code if other.source else None) == (event.source.code if event.source else None)
                for other in events):
            continue
        kept.append(event)
    return kept


# What a protest is for: a demand, an appeal or a complaint by the same protesters in the sentence.
PURPOSE_ROOTS = {"02", "10", "11"}
OWN_GOVERNMENT_RULE = "+implied:protest_own_government"


def _protest_purposes(events: list[Event]) -> list[Event]:
    """ "Rioted, demanding independence from Indonesian rule": a protest whose target was only
    implied (the protesters' own government) is aimed where its stated demand is aimed."""
    for event in events:
        if not event.rule.endswith(OWN_GOVERNMENT_RULE) or event.source is None:
            continue
        purposes = [other.target for other in events
                    if other.root in PURPOSE_ROOTS and other.target is not None and other.source is not None
                    and other.source.code == event.source.code and other.target.country != event.source.country]
        if purposes:
            event.target = purposes[0]
            event.rule = event.rule.removesuffix(OWN_GOVERNMENT_RULE) + "+purpose"
    return events
