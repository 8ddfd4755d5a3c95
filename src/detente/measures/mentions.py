"""Where a sentence mentions a trade measure, what was done with it, and whether it happened.

A mention is anchored either on an instrument noun ("tariffs", "anti-dumping duties",
"export controls") reached from an action verb ("imposed", "lifted", "threatened") or on
a verb that is a measure by itself ("banned imports of", "sanctioned"). The grammar
around the verb then decides whether the act is asserted, only threatened or intended,
or not an act at all (negated, conditional, someone else's demand): see ``status``.
Instruments named only as the cause of a retaliation ("in response to Canada's surtax",
see ``cues``) are mentions too: the text presupposes them.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from detente.data import word_list
from detente.measures.cues import Cue, find_cues
from detente.measures.lexicon import Action, InstrumentRule, MeasureLexicon, VerbMeasure, norm_key
from detente.measures.status import ASSERTED, INTENT, StatusReader
from detente.model import Product
from detente.nlp import grammar as g
from detente.nlp.labels import INSTRUMENT_MODIFIER_DEPS, NOMINAL_SUBJECT_DEPS, NOUN_POS, RELATIVE_CLAUSE_DEPS, VERB_POS
from detente.nlp.sentences import is_question
from detente.nlp.tree import children


@dataclass(slots=True)
class Mention:
    """One mention of a measure in one sentence, before it is merged into a record."""

    sent: Span
    sent_index: int
    anchor: Token
    rule: InstrumentRule
    action: Action
    rule_id: str
    instrument_token: Token | None = None
    verb: Token | None = None
    nominal: Token | None = None
    via: str = "object"  # object | prep | acl | in_force | nominal | verb | cause
    status: str = ASSERTED
    in_cause: bool = False
    cue: Cue | None = None  # the cue whose region holds this mention
    retaliatory: bool = False
    definite: bool = False
    needs_antecedent: bool = False  # a weak, bare re-mention: kept only if it refers back
    requires_product: bool = False
    requires_imposer: bool = False
    requires_affected: bool = False
    status_hint: str | None = None  # "considering sanctions": intended by the verb itself
    direction: str | None = None
    region: set[int] = field(default_factory=set)
    # filled by the argument resolver
    imposer: str | None = None
    affected: str | None = None
    also_affected: list[str] = field(default_factory=list)  # joined to it by "and" ("Canadian and Mexican goods")
    products: list[Product] = field(default_factory=list)
    product_tokens: list[int] = field(default_factory=list)
    rate: float | None = None
    rate_unit: str | None = None
    date: datetime.date | None = None
    date_precision: str | None = None
    effective: datetime.date | None = None  # when it takes effect, if the text says ("from October 1")
    evidence: tuple[int, int] = (0, 0)
    cause: Mention | None = None  # the mention this one answers
    responds: bool = False  # the sentence says this one answers something

    @property
    def instrument(self) -> str:
        return self.rule.instrument

    @property
    def trigger_tokens(self) -> list[Token]:
        tokens = {t.i: t for t in (self.verb, self.nominal, self.instrument_token, self.anchor) if t is not None}
        return [tokens[i] for i in sorted(tokens)]


class MentionFinder:
    """Finds measure mentions in parsed sentences; a StatusReader keeps those that are acts."""

    def __init__(self, lexicon: MeasureLexicon, status: StatusReader | None = None) -> None:
        self.lex = lexicon
        self.mod = lexicon.actions.modality
        self.status_reader = status or StatusReader(self.mod)
        self.definite_determiners = word_list("measures.definite_determiners")
        self.direction_preps = word_list("measures.direction_preps")
        self.action_noun_preps = word_list("measures.action_noun_preps")
        self.relative_pronouns = word_list("grammar.relative_pronouns")
        self.warning_verbs = word_list("measures.warning_verbs")

    def has_trigger(self, sent: Span) -> bool:
        lemmas = self.lex.trigger_lemmas
        return any(t.lemma_.lower() in lemmas or t.lower_ in lemmas for t in sent)

    def find(self, sent: Span, index: int) -> tuple[list[Mention], list[Cue]]:
        """The measure mentions of a sentence and its retaliation cues."""
        if is_question(sent):
            return [], []
        cues = find_cues(sent, self.lex.retaliation)
        mentions: list[Mention] = []
        governed: set[int] = set()
        for tok in sent:
            if tok.pos_ in NOUN_POS and tok.lemma_.lower() in self.lex.instruments.head_lemmas:
                mention = self._from_instrument(tok, sent, index, cues)
                if mention is not None:
                    mentions.append(mention)
                    if mention.verb is not None:
                        governed.add(mention.verb.i)
        for tok in sent:
            if tok.pos_ in VERB_POS and tok.i not in governed and tok.lemma_.lower() in self.lex.actions.verb_lemmas:
                mention = self._from_verb(tok, sent, index)
                if mention is not None:
                    mentions.append(mention)
        kept = []
        for mention in mentions:
            cue = next((c for c in cues if mention.anchor.i in c.region), None)
            mention.in_cause, mention.cue = cue is not None, cue
            status = self.status_reader.status(mention)
            if status is not None:
                mention.status = status
                kept.append(mention)
        return kept, cues

    # --- instruments --------------------------------------------------------------------------
    def modifiers(self, noun: Token) -> tuple[set[str], str | None]:
        """Words modifying an instrument noun, and the trade direction they or its preps give."""
        words: set[str] = set()
        direction = None
        for child in children(noun):
            if child.dep_ in INSTRUMENT_MODIFIER_DEPS or (child.dep_ == "poss" and child.pos_ in NOUN_POS):
                phrase = norm_key(noun.doc[child.left_edge.i: child.i + 1].text)
                words.update({phrase, child.lower_, child.lemma_.lower(), *phrase.split()})
                direction = direction or self.lex.instruments.direction_of(child.lemma_)
            elif child.dep_ == "prep" and child.lower_ in self.direction_preps:
                for obj in children(child):
                    if obj.dep_ == "pobj":
                        direction = direction or self.lex.instruments.direction_of(obj.lemma_)
                        for sub in children(obj):
                            if sub.dep_ in ("compound", "nmod"):
                                direction = direction or self.lex.instruments.direction_of(sub.lemma_)
        if noun.dep_ in ("compound", "nmod") and noun.head.pos_ in NOUN_POS:
            direction = direction or self.lex.instruments.direction_of(noun.head.lemma_)
        return words, direction

    def _from_instrument(self, noun: Token, sent: Span, index: int, cues: list[Cue]) -> Mention | None:
        words, direction = self.modifiers(noun)
        rule = self.lex.instruments.classify(noun.lemma_.lower(), words, direction)
        if rule is None:
            return None
        head = noun
        while head.dep_ in ("conj", "appos") and head.head.pos_ in NOUN_POS:
            head = head.head
        verb, via, nominal, action = self._governor(head, rule)
        if action is None:
            acl = [c for c in children(noun) if c.dep_ == "acl" and c.pos_ == "VERB"]
            for child in acl:
                found = self.lex.actions.for_verb(child, rule.instrument)
                if found is not None:
                    verb, via, action = child, "acl", found
                    break
            for child in children(noun):
                if action is None and child.dep_ in RELATIVE_CLAUSE_DEPS and self._in_force(child):
                    verb, via, action = child, "in_force", self.lex.actions.actions["impose"]
        if action is None:
            verb = self._orphan_in_force(noun)
            if verb is not None:
                action, via = self.lex.actions.actions["impose"], "in_force"
        if action is None:
            if not any(noun.i in c.region for c in cues):
                return None
            action, via = self.lex.actions.actions["impose"], "cause"
        mention = Mention(sent, index, verb if verb is not None else noun, rule, action,
                          f"{action.id}/{rule.id}", noun, verb, nominal, via, direction=direction)
        # "took measures": a generic instrument is an anaphor, resolved against the document
        mention.definite = rule.generic or any(c.dep_ in ("det", "poss") and c.lower_ in self.definite_determiners
                                               for c in children(noun))
        mention.retaliatory = bool(words & self.lex.retaliation.markers)
        if verb is not None:
            lemma = verb.lemma_.lower()
            above = [verb, *list(verb.ancestors)[:3]]  # "retaliated by announcing tariffs"
            mention.retaliatory |= any(t.lemma_.lower() in self.lex.retaliation.verbs for t in above)
            if via in ("object", "nominal") and lemma in self.mod.intent_verbs:
                mention.status_hint = INTENT  # "is considering sanctions", "offered sanctions relief"
        if rule.instrument == "investigation" and action.name not in ("investigate", "lift"):
            mention.action = self.lex.actions.actions["investigate"]
        return mention

    def _governor(self, head: Token, rule: InstrumentRule) -> tuple[Token | None, str, Token | None, Action | None]:
        """The verb (or nominal action) that does something to the instrument."""
        parent = head.head
        if head.dep_ in ("dobj", "obj", "nsubjpass", "attr", "oprd") and parent.pos_ in VERB_POS:
            action = self.lex.actions.for_verb(parent, rule.instrument)
            lemma = parent.lemma_.lower()
            if action is None and head.dep_ == "dobj" and lemma in self.mod.threat_verbs:
                action = self.lex.actions.actions["threaten"]
            elif action is None and head.dep_ == "dobj" and lemma in self.mod.intent_verbs:
                action = self.lex.actions.actions["impose"]  # "is considering sanctions"
            return parent, "object", None, action
        if head.dep_ == "compound" and parent.pos_ in NOUN_POS:
            action = self.lex.actions.for_noun(parent.lemma_.lower())  # "tariff increases", "sanctions relief"
            if action is not None:
                return g.governor(parent) or _verb_above(parent), "nominal", parent, action
        if head.dep_ == "nsubj" and parent.pos_ in VERB_POS and self._in_force(parent):
            return parent, "in_force", None, self.lex.actions.actions["impose"]
        if head.dep_ == "pobj" and parent.dep_ in ("prep", "agent"):
            holder = parent.head
            prep = parent.lower_
            owner = holder
            while owner.dep_ == "conj" and owner.head.pos_ in NOUN_POS:
                owner = owner.head
            if holder.pos_ in NOUN_POS and owner.dep_ == "dobj" and prep in self.lex.actions.via(owner.head):
                holder = owner.head  # "hit motorcycles and bourbon with tariffs" ("with" on the object)
            if holder.pos_ in VERB_POS and prep in self.lex.actions.via(holder):
                if holder.lemma_.lower() in self.warning_verbs and prep == "of":
                    return holder, "prep", None, self.lex.actions.actions["threaten"]
                return holder, "prep", None, self.lex.actions.for_verb(holder, rule.instrument, via=True)
            if holder.pos_ in NOUN_POS and prep in self.action_noun_preps:
                action = self.lex.actions.for_noun(holder.lemma_.lower())
                if action is not None:
                    return g.governor(holder) or _verb_above(holder), "nominal", holder, action
        return None, "", None, None

    def _orphan_in_force(self, noun: Token) -> Token | None:
        """ "since China's duties ... took effect" parsed without a subject: the noun before it."""
        doc = noun.doc
        end = min(noun.sent.end, noun.i + 12)
        for tok in doc[noun.i + 1: end]:
            if tok.pos_ in NOUN_POS and tok.lemma_.lower() in self.lex.instruments.head_lemmas:
                return None
            if tok.pos_ in VERB_POS and self._in_force(tok):
                if any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in children(tok)):
                    return None
                return tok
        return None

    def _in_force(self, verb: Token) -> bool:
        """ "took effect", "came into force", "kicked in" with the instrument as subject."""
        words = {verb.lemma_.lower()} | {c.lower_ for c in children(verb) if c.dep_ in ("dobj", "prt", "prep")}
        words |= {obj.lower_ for c in children(verb) if c.dep_ == "prep" for obj in children(c)}
        return any(p[0] == verb.lemma_.lower() and set(p[1:]) <= words for p in self.mod.in_force)

    # --- verbs that are measures ---------------------------------------------------------------
    def _from_verb(self, verb: Token, sent: Span, index: int) -> Mention | None:
        lemma = verb.lemma_.lower()
        keys = {lemma} | {f"{lemma} {c.lower_}" for c in children(verb) if c.dep_ == "prt"}
        objects = g.direct_objects(verb) + g.passive_subjects(verb)
        if verb.dep_ == "relcl":  # "Porras, who was sanctioned by the EU"
            objects = [verb.head if o.lower_ in self.relative_pronouns else o for o in objects]
        for vm in self.lex.actions.verb_measures:
            if not keys & vm.lemmas:
                continue
            instrument, direction = self._verb_instrument(vm, objects)
            if instrument is None:
                continue
            rule = self.lex.instruments.rule_for(instrument)
            action = self.lex.actions.actions[vm.action]
            mention = Mention(sent, index, verb, rule, action, f"{action.id}/{vm.id}", None, verb,
                              None, "verb", direction=direction)
            mention.requires_product, mention.requires_imposer = vm.requires_product, vm.requires_imposer
            mention.requires_affected = vm.requires_affected
            return mention
        return None

    def _verb_instrument(self, vm: VerbMeasure, objects: list[Token]) -> tuple[str | None, str | None]:
        if vm.object == "direction":
            for obj in objects:
                direction = self.lex.instruments.direction_of(obj.lemma_)
                if direction and direction in vm.instrument:
                    return vm.instrument[direction], direction
            return None, None
        if vm.object == "product":
            for obj in objects:
                if self.lex.products.match([t for t in obj.subtree if t.i <= obj.i]):
                    return vm.instrument.get("import"), "import"
            return None, None
        if vm.object == "actor":
            ok = any(o.pos_ in NOUN_POS and o.lower_ not in ("it", "them") for o in objects)
            return (vm.instrument["any"], None) if ok else (None, None)
        if vm.object == "trade":
            tokens = [t for o in objects for t in o.subtree]
            tokens += [t for c in (children(objects[0].head) if objects else ()) if c.dep_ == "prep" for t in c.subtree]
            words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
            has_product = bool(self.lex.products.match(tokens)) if tokens else False
            if words & self.lex.instruments.trade_words or has_product:
                return vm.instrument["any"], None
            return None, None
        if isinstance(vm.object, frozenset) and any(o.lemma_.lower() in vm.object for o in objects):
            return vm.instrument["any"], None
        return None, None


def _verb_above(token: Token) -> Token | None:
    """The nearest verb above a token: the act an action noun belongs to when it has no governor."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in VERB_POS:
            return ancestor
    return None
