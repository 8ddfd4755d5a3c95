"""Where a sentence mentions a trade measure, what was done with it, and whether it happened.

A mention is anchored either on an instrument noun ("tariffs", "anti-dumping duties",
"export controls") reached from an action verb ("imposed", "lifted", "threatened") or on
a verb that is a measure by itself ("banned imports of", "sanctioned"). The grammar
around the verb then decides whether the act is asserted, only threatened or intended,
or not an act at all (negated, conditional, someone else's demand). Instruments named
only as the cause of a retaliation ("in response to Canada's surtax") are mentions too:
the text presupposes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from detente.events.patterns import Modality
from detente.measures.lexicon import Action, InstrumentRule, MeasureLexicon, VerbMeasure, norm_key
from detente.model import Product
from detente.nlp import grammar as g

NOUN_POS = {"NOUN", "PROPN"}
VERB_POS = {"VERB", "AUX"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "npadvmod"}
NOMINAL_PREPS = {"of", "on", "in", "to", "from", "for"}
DEFINITE = {"the", "these", "those", "this", "that", "its", "their", "such", "his", "her", "our"}
HYPOTHETICAL = {"could", "might", "may"}
ADVICE = {"should", "ought"}
RELATIVE = {"who", "which", "that", "whom"}
ASSERTED, THREAT, INTENT = "asserted", "threat", "intent"


@dataclass(slots=True)
class Cue:
    """A retaliation cue in a sentence and the tokens that name what is answered."""

    token: Token
    region: set[int]
    temporal: bool = False


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
    products: list[Product] = field(default_factory=list)
    product_tokens: list[int] = field(default_factory=list)
    rate: float | None = None
    rate_unit: str | None = None
    date: date | None = None
    date_precision: str | None = None
    effective: date | None = None  # when it takes effect, if the text says ("from October 1")
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
    """Finds measure mentions in parsed sentences."""

    def __init__(self, lexicon: MeasureLexicon, modality: Modality | None = None) -> None:
        self.lex = lexicon
        self.modality = modality or Modality.load()
        self.mod = lexicon.actions.modality

    def has_trigger(self, sent: Span) -> bool:
        lemmas = self.lex.trigger_lemmas
        return any(t.lemma_.lower() in lemmas or t.lower_ in lemmas for t in sent)

    def find(self, sent: Span, index: int) -> tuple[list[Mention], list[Cue]]:
        """The measure mentions of a sentence and its retaliation cues."""
        if sent.text.rstrip().rstrip('"”’\'').endswith("?"):
            return [], []
        cues = self.cues(sent)
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
            status = self.status(mention)
            if status is not None:
                mention.status = status
                kept.append(mention)
        return kept, cues

    # --- instruments --------------------------------------------------------------------------
    def modifiers(self, noun: Token) -> tuple[set[str], str | None]:
        """Words modifying an instrument noun, and the trade direction they or its preps give."""
        words: set[str] = set()
        direction = None
        for child in noun.children:
            if child.dep_ in MODIFIER_DEPS or (child.dep_ == "poss" and child.pos_ in NOUN_POS):
                phrase = norm_key(noun.doc[child.left_edge.i: child.i + 1].text)
                words.update({phrase, child.lower_, child.lemma_.lower(), *phrase.split()})
                direction = direction or self.lex.instruments.direction_of(child.lemma_)
            elif child.dep_ == "prep" and child.lower_ in ("on", "of", "against", "to"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        direction = direction or self.lex.instruments.direction_of(obj.lemma_)
                        for sub in obj.children:
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
            acl = [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
            for child in acl:
                found = self.lex.actions.for_verb(child, rule.instrument)
                if found is not None:
                    verb, via, action = child, "acl", found
                    break
            for child in noun.children:
                if action is None and child.dep_ in ("acl", "relcl") and self._in_force(child):
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
        mention.definite = any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in noun.children)
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

    def _governor(self, head: Token, rule: InstrumentRule):
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
                if holder.lemma_.lower() == "warn" and prep == "of":
                    return holder, "prep", None, self.lex.actions.actions["threaten"]
                return holder, "prep", None, self.lex.actions.for_verb(holder, rule.instrument, via=True)
            if holder.pos_ in NOUN_POS and prep in NOMINAL_PREPS:
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
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                    return None
                return tok
        return None

    def _in_force(self, verb: Token) -> bool:
        """ "took effect", "came into force", "kicked in" with the instrument as subject."""
        words = {verb.lemma_.lower()} | {c.lower_ for c in verb.children if c.dep_ in ("dobj", "prt", "prep")}
        words |= {obj.lower_ for c in verb.children if c.dep_ == "prep" for obj in c.children}
        return any(p[0] == verb.lemma_.lower() and set(p[1:]) <= words for p in self.mod.in_force)

    # --- verbs that are measures ---------------------------------------------------------------
    def _from_verb(self, verb: Token, sent: Span, index: int) -> Mention | None:
        lemma = verb.lemma_.lower()
        keys = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
        objects = g.direct_objects(verb) + g.passive_subjects(verb)
        if verb.dep_ == "relcl":  # "Porras, who was sanctioned by the EU"
            objects = [verb.head if o.lower_ in RELATIVE else o for o in objects]
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
            tokens += [t for c in (objects[0].head.children if objects else []) if c.dep_ == "prep" for t in c.subtree]
            words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
            has_product = bool(self.lex.products.match(tokens)) if tokens else False
            if words & self.lex.instruments.trade_words or has_product:
                return vm.instrument["any"], None
            return None, None
        if isinstance(vm.object, frozenset) and any(o.lemma_.lower() in vm.object for o in objects):
            return vm.instrument["any"], None
        return None, None

    # --- retaliation cues ----------------------------------------------------------------------
    def cues(self, sent: Span) -> list[Cue]:
        """ "in response to X", "retaliating for X", "after X imposed ...": X's tokens."""
        rc = self.lex.retaliation
        found: list[Cue] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ in NOUN_POS and lemma in rc.nouns:
                found += [Cue(tok, _prep_region(p)) for p in tok.children
                          if p.dep_ == "prep" and p.lower_ in rc.noun_preps]
            elif tok.pos_ in VERB_POS and (lemma in rc.verbs or _with_particle(tok) in rc.verbs):
                found += [Cue(tok, _prep_region(p)) for p in tok.children
                          if p.dep_ == "prep" and p.lower_ in rc.verb_preps]
                if lemma in rc.verb_objects:
                    found += [Cue(tok, {t.i for t in o.subtree}) for o in g.direct_objects(tok)]
            elif tok.lower_ in rc.temporal:
                if tok.dep_ == "mark" and tok.head.dep_ == "advcl":
                    found.append(Cue(tok, {t.i for t in tok.head.subtree} - {tok.i}, temporal=True))
                elif tok.dep_ in ("prep", "case") or tok.tag_ == "VBG":
                    found.append(Cue(tok, _prep_region(tok), temporal=True))
        return [c for c in found if c.region]

    # --- modality ----------------------------------------------------------------------------
    def status(self, m: Mention) -> str | None:
        """asserted, threat or intent; None when the text does not say the act happened."""
        if m.instrument_token is not None and _negated_noun(m.instrument_token, self.modality):
            return None
        if m.rule.generic and not m.definite and m.via != "verb":
            m.definite = True  # "took measures": an anaphor, resolved against the document
        if m.via == "cause":
            noun_status = self._noun_governor(m.anchor)
            return None if noun_status == "blocked" else ASSERTED
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
        if _negated_noun(noun, self.modality) or any(c.lower_ in ("any", "no") for c in noun.children):
            return False
        gov = m.verb
        if m.action.group == "threat" or m.in_cause:
            return True  # "despite threats of sanctions": the threat is a fact
        if gov is None:
            return False
        if noun.dep_ in ("nsubj", "nsubjpass") and _is_past(gov):
            return True
        lemma = gov.lemma_.lower()
        return lemma in self.mod.confirming_verbs or lemma in self.mod.intent_verbs

    def _verb_status(self, m: Mention, verb: Token) -> str | None:
        mod, lex_mod = self.modality, self.mod
        if g.has_negation(verb):
            return None
        chain = list(g.clause_chain(verb))
        status = m.status_hint or ASSERTED
        for v in chain:
            if v is not verb and v.dep_ != "conj" and g.has_negation(v):
                return None
            if _conditional(v, mod.conditional_marks):
                return None
        for v in chain[1:]:
            lemma = v.lemma_.lower()
            if lemma in lex_mod.blocking_verbs:
                return None
            if lemma in lex_mod.threat_verbs or lemma == "threaten":
                status = THREAT
            elif lemma in lex_mod.intent_verbs and status == ASSERTED:
                status = INTENT
        top = chain[-1]
        if top.dep_ in ("pcomp", "pobj") and top.head.head.pos_ in VERB_POS:  # "hinting at lifting"
            lemma = top.head.head.lemma_.lower()
            if lemma in lex_mod.blocking_verbs:
                return None
            if lemma in lex_mod.threat_verbs:
                status = THREAT
            elif lemma in lex_mod.intent_verbs and status == ASSERTED:
                status = INTENT
        if self._blocked(top) or _conditional(top, mod.conditional_marks):
            return None
        noun_status = self._noun_governor(top)
        if noun_status == "blocked":
            return None
        if noun_status in (THREAT, INTENT) and status == ASSERTED:
            status = noun_status
        aux = {c.lower_ for v in chain for c in v.children if c.dep_ in ("aux", "auxpass")}
        if aux & ADVICE:
            return None
        speaker = self._speaker(top)
        has_condition = any(_conditional(c, mod.conditional_marks) for v in chain for c in v.children
                            if c.dep_ == "advcl")
        if aux & HYPOTHETICAL or has_condition:
            status = THREAT if status == ASSERTED else status
        elif "would" in aux and speaker is None and status == ASSERTED and noun_status is None:
            return None
        if speaker is not None and speaker.lemma_.lower() in lex_mod.threat_verbs:
            status = THREAT
        return self._status_for_group(m, status)

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
                    return "blocked"
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

    def _status_for_group(self, m: Mention, status: str) -> str:
        group = m.action.group
        if group == "threat":
            return THREAT
        if status == ASSERTED or group == "investigate":
            return ASSERTED
        return INTENT if group == "ease" else THREAT

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
            if ancestor.pos_ in VERB_POS and g.has_negation(ancestor) and (through_noun or dep in ("xcomp", "ccomp")):
                return True  # "now is not the time to consider offering relief"
        return False

    def _speaker(self, top: Token) -> Token | None:
        speech = self.modality.speech_verbs | {"announce", "warn", "threaten"}
        if top.dep_ == "ccomp" and top.head.lemma_.lower() in speech:
            return top.head
        for child in top.children:
            if child.dep_ in ("parataxis", "ccomp") and child.lemma_.lower() in speech and child.i > top.i:
                return child
        return None


def _with_particle(tok: Token) -> str:
    particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    return f"{tok.lemma_.lower()} {particles[0]}" if particles else tok.lemma_.lower()


def _prep_region(prep: Token) -> set[int]:
    return {t.i for c in prep.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree}


def _verb_above(token: Token) -> Token | None:
    for ancestor in token.ancestors:
        if ancestor.pos_ in VERB_POS:
            return ancestor
    return None


def _negated_noun(noun: Token, modality: Modality) -> bool:
    return any(c.dep_ == "det" and c.lower_ in modality.negating_determiners for c in noun.children)


def _conditional(verb: Token, marks: frozenset[str] | set[str]) -> bool:
    return verb.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def _is_past(verb: Token) -> bool:
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
