"""Who did it to whom: the actors of a coded act, read from the parse.

The coder (coder.py) decides what happened; this part finds the source and the target in
the slots a pattern names (subject, object, "prep:on", the owner of a nominal act ...),
through the frames that embed the act ("Canada urged [China] to ...", "said Y must ..."),
and resolves pronouns to the speaker or to the last actor named.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors, make_actor
from detente.data import word_list
from detente.events.patterns import Modality, Pattern
from detente.model import Actor, Event
from detente.nlp import grammar as g

VERB_TAGS = {"VERB", "AUX"}
NOUN_TAGS = {"NOUN", "PROPN"}
FIRST_PERSON = {"we", "i", "us", "our", "my", "me"}
# A denial or accusation is aimed at the accuser or the accused, not at whom the reported act hit.
REPORTING_FRAMES = {"deny", "accuse"}
# A state's own country, named bare, is no target of the state's acts (but is of its citizens').
STATE_SECTORS = {None, "GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
# Acts aimed at a place as much as at a party: threats, protests, posturing, coercion, force.
PLACE_TARGET_ROOTS = {"13", "14", "15", "17", "18", "19", "20"}
MODIFIER_SLOTS = {"poss", "amod", "compound", "nmod"}
# Acts whose direct object is the actor's own force ("mobilized reservists"), never whom it is aimed at.
FORCE_OBJECT_ROOTS = {"15"}
# Dependents that open a clause of their own (its own subject and act).
OTHER_CLAUSE_DEPS = {"advcl", "ccomp", "parataxis", "conj", "relcl", "csubj"}
# Words a pronoun can take back within its sentence.
SUBJECT_ANTECEDENT_DEPS = {"nsubj", "nsubjpass"}
ANTECEDENT_DEPS = SUBJECT_ANTECEDENT_DEPS | {"dobj", "pobj"}
# "refused despite [pressure] from X": the pressing party is whom a refusal answers.
PRESSURE_NOUNS = {"pressure", "call", "demand", "appeal", "request", "plea", "urging", "insistence", "ultimatum"}
# "accused each other", "fought one another": the reciprocal pronoun's two words.
RECIPROCAL_WORDS = {frozenset({"each", "other"}), frozenset({"one", "another"})}
# Acts that "both A and B" can only do to each other when no one else is named ("both violated the truce").
MUTUAL_ROOTS = {"19"}


@dataclass(slots=True)
class Candidate:
    """A trigger matched by a pattern, before modality and arguments are settled."""

    token: Token
    pattern: Pattern
    code: str
    extra_tokens: list[Token] = field(default_factory=list)
    absorbed: set[int] = field(default_factory=set)  # tokens whose own events this one replaces
    source_from: Token | None = None  # a frame (verb or noun) whose subject is the source
    addressee_from: Token | None = None  # an appeal or demand whose addressee is the target
    speaker: Token | None = None  # the verb of saying that reports this act
    speaker_demand: bool = False  # "X said Y must ...": a demand by X on Y
    owner_from: Token | None = None  # "rejected [the US] request to ...": whose proposal it was
    means: Token | None = None  # "killed in a Russian strike": the act that caused the outcome
    symmetric: bool = False  # "A and B agreed to ...": one event per dyad
    rule_suffix: str = ""


@dataclass(slots=True)
class Embedding:
    """The frames above a trigger, innermost first, and the mood met on the way."""

    top: Token
    auxes: set[str]
    frames: list[tuple[str, Token]] = field(default_factory=list)
    negated_above: bool = False


@dataclass(slots=True)
class Context:
    """What the coder remembers from earlier sentences of a document (for pronouns)."""

    last_actors: list[Actor] = field(default_factory=list)
    last_subject: Token | None = None


class ArgumentReader:
    """Source and target of candidates (mixed into EventCoder)."""

    modality: Modality

    # --- arguments ------------------------------------------------------------------------------
    def _slot_tokens(self, slot: str, cand: Candidate) -> list[Token]:
        token = cand.token
        if slot in ("subj", "agent") and cand.source_from is not None:
            own = [s for s in token.children if s.dep_ == "nsubj" and s.lower_ not in word_list("grammar.relative_pronouns")] \
                if "+intent" in cand.rule_suffix else []
            if own:
                return g.expand_conjuncts(own[0])  # "expects [North Korea] to launch": the expected doer
            return self._frame_subjects(cand.source_from) or (self._own_subjects(token) if slot == "subj" else [])
        if slot == "subj":
            if cand.pattern.frame == "intent" and g.is_passive(token) and not g.agents(token):
                return g.passive_subjects(token)  # "Ukraine is committed to peace": a state of the subject
            return self._own_subjects(token)
        if slot == "agent":
            return g.agents(token)
        if slot == "obj":
            if g.is_passive(token):
                return g.passive_subjects(token)
            return g.direct_objects(token) or g.shared_objects(token)
        if slot == "iobj":
            return g.dative(token)
        if slot == "governor":
            gov = cand.source_from if cand.source_from is not None else g.governor(token)
            return self._frame_subjects(gov) if gov is not None else []
        if slot in ("poss", "amod", "compound", "nmod"):
            if token.pos_ in VERB_TAGS:  # "expelled the French ambassador": the object's modifiers
                objs = g.passive_subjects(token) if g.is_passive(token) else g.direct_objects(token)
                return [c for o in objs for c in o.children if c.dep_ == slot]
            return [c for c in token.children if c.dep_ == slot]
        if slot == "between":  # "talks between A and B", "host a meeting between A and B"
            found = g.prep_objects(token, "between")
            for obj in g.direct_objects(token):
                found = found or g.prep_objects(obj, "between")
            if not found and token.dep_ == "nsubj" and token.head.pos_ in VERB_TAGS:
                found = g.prep_objects(token.head, "between")  # "fighting broke out between A and B"
            return found
        if slot == "xsubj":  # "allowed [X] to participate"
            clauses = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
            reported = g.inverted_report(token)  # "[X] fails to uphold rights, a group protested"
            clauses += [reported] if reported is not None else []
            return [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        if slot == "xobj":  # "an attempt to assassinate X"
            clauses = [c for c in token.children if c.dep_ in ("xcomp", "acl", "ccomp")]
            return [o for c in clauses for o in g.direct_objects(c)]
        if slot.startswith("prep:"):
            preposition = slot[5:]
            found = list(g.prep_objects(token, preposition))
            for obj in g.direct_objects(token) + g.passive_subjects(token):
                found.extend(g.prep_objects(obj, preposition))  # "imposed tariffs on X"
            return found
        return []

    @staticmethod
    def _own_subjects(token: Token) -> list[Token]:
        if token.pos_ in NOUN_TAGS:
            return []
        return g.agents(token) if g.is_passive(token) else g.subjects(token)

    @staticmethod
    def _frame_subjects(frame: Token) -> list[Token]:
        """Who holds a frame: the subject of a verb, the owner of a noun ("China's plan")."""
        if frame.pos_ in NOUN_TAGS:
            owners = [c for c in frame.children if c.dep_ in ("poss", "amod", "compound")]
            if owners:
                return owners
            gov = g.governor(frame)
            frame = gov if gov is not None else frame.head
        if g.is_passive(frame):  # "X is scheduled to meet": the passive subject holds the plan
            return g.agents(frame) or (g.passive_subjects(frame) if frame.dep_ != "acl" else [])
        return g.subjects(frame)

    @staticmethod
    def _owners(noun: Token) -> list[Token]:
        """Whose offer, request or plan a noun is: "the US request", "a call by Annan"."""
        found = [c for c in noun.children if c.dep_ == "poss" or (c.dep_ in ("amod", "compound")
                 and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")))]
        return found or g.prep_objects(noun, "by") or g.prep_objects(noun, "from")

    def _addressees(self, cand: Candidate) -> list[Token]:
        """Whom an appeal or demand is made to: 'urged X', 'called on X', 'demanded that X'."""
        frame = cand.addressee_from
        if frame is None:
            return []
        if frame.dep_ == "ccomp" and frame.pos_ in VERB_TAGS and frame is not cand.token \
                and g.aux_words(frame) & self.modality.demand_modals:
            subjects = g.subjects(frame)  # "said [the US and others] must allocate ...": whom the demand is on
            if subjects:
                return subjects
        carriers = self.modality.proposal_nouns | set(self.modality.frame_nouns)
        found = g.direct_objects(frame) if frame.pos_ in VERB_TAGS else []
        found = [t for t in found if t.lemma_.lower() not in carriers]  # "reiterated its demand that X"
        for prep in ("on", "to", "from", "of"):
            found = found or list(g.prep_objects(frame, prep))
        found = [t for t in found if t.i != cand.token.i and t.pos_ in ("PROPN", "NOUN", "PRON")]
        if found:
            return found
        if frame.dep_ == "ccomp" or cand.token is frame:
            return g.subjects(frame)
        return self._own_subjects(cand.token) or [c for c in cand.token.children if c.dep_ in ("poss", "amod")]

    def _actors(self, slots: tuple[str, ...], cand: Candidate, actors: DocumentActors, context: Context,
                exclude: set[int] | None = None) -> list[Actor]:
        for slot in slots:
            tokens = self._slot_tokens(slot, cand)
            if slot == "prep:in":  # "talks in Beijing" meet its government; "talks in Geneva" are only held there
                tokens = [t for t in tokens if not self._is_venue(t, actors)]
            found = self._resolve_all(tokens, cand, actors, context, exclude)
            if slot == "prep:in" and cand.code[:2] < "10":  # diplomacy meets a government; force hits a town
                found = [self._seat_of_power(a, actors) for a in found]
            if found and slot in MODIFIER_SLOTS and cand.token.pos_ in VERB_TAGS:
                found = self._whole_phrase(tokens, found, actors)
            if found:
                return found
        return []

    @staticmethod
    def _whole_phrase(modifiers: list[Token], found: list[Actor], actors: DocumentActors) -> list[Actor]:
        """ "expelled two Russian diplomats": the diplomats (RUS GOV) say more than "Russian" (RUS)."""
        countries = {a.country for a in found if a.country}
        heads = {m.head.i: m.head for m in modifiers if m.pos_ != "PRON"}.values()  # not "their ambassadors"
        richer = [a for head in heads for a in actors.resolve(head) if a.sector and a.country in countries]
        return richer or found

    @staticmethod
    def _seat_of_power(actor: Actor, actors: DocumentActors) -> Actor:
        """ "opened an embassy in Tehran": a capital named as where a party is met is its government."""
        place = actors.gaz.place(actor.text)
        if place is None or place.kind != "capital" or actor.sector is not None or not actor.country:
            return actor
        return make_actor(actor.text, actor.country, "GOV")

    @staticmethod
    def _is_venue(token: Token, actors: DocumentActors) -> bool:
        """A town named only as where something happened (a city that is no seat of power)."""
        place = actors.place_of(token)
        return place is not None and place.kind == "city"

    def _resolve_all(self, tokens: list[Token], cand: Candidate, actors: DocumentActors, context: Context,
                     exclude: set[int] | None = None) -> list[Actor]:
        found: list[Actor] = []
        for tok in tokens:
            if exclude and tok.i in exclude:
                continue
            if self._is_pronoun(tok):
                found.extend(self._antecedent(tok, cand, actors, context, exclude))
                continue
            resolved = actors.resolve(tok)
            if not resolved:  # "five of its officers", "members of the group"
                for counted in g.through_quantity(tok, self.modality.quantity_nouns):
                    resolved.extend(actors.resolve(counted))
            found.extend(resolved)
        return found

    def _is_pronoun(self, tok: Token) -> bool:
        if tok.pos_ != "PRON" or (tok.text.isupper() and len(tok.text) > 1):  # "the US"
            return False
        return tok.lower_ in FIRST_PERSON or tok.lower_ in self.modality.pronouns

    def _antecedent(self, pronoun: Token, cand: Candidate, actors: DocumentActors, context: Context,
                    exclude: set[int] | None = None) -> list[Actor]:
        """'Switzerland said it had expelled ...': a pronoun names the speaker, else the
        nearest actor named before it in the sentence (not one of ``exclude``: "Tehran rejected
        its offer" is another party's offer), else the last one of the document."""
        if cand.speaker is not None:
            found = [a for s in g.subjects(cand.speaker) if not self._is_pronoun(s) for a in actors.resolve(s)]
            if found:
                return found
        if pronoun.lower_ in FIRST_PERSON:
            return []
        # an object pronoun may take back an object ("fought the state, accusing [it] of ..."); a
        # subject pronoun takes back a subject
        heads = ANTECEDENT_DEPS if pronoun.dep_ in ("dobj", "pobj", "dative") else SUBJECT_ANTECEDENT_DEPS
        singular = pronoun.lower_ in ("it", "its", "itself")
        for tok in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
            if singular and tok.tag_ in ("NNS", "NNPS") and tok.dep_ not in SUBJECT_ANTECEDENT_DEPS:
                continue
            if tok.dep_ in heads and tok.pos_ in NOUN_TAGS and not (exclude and tok.i in exclude):
                found = actors.resolve(tok)
                if found:
                    return found
        if context.last_actors or context.last_subject is None:
            return list(context.last_actors)
        return [a for a in actors.resolve(context.last_subject) if a.country][:1]

    @staticmethod
    def _remember(sent: Span, actors: DocumentActors, context: Context,
                  events: list[Event] | None = None) -> None:
        """The previous sentence's main actor, for 'it' and 'they' in the next one."""
        context.last_actors, context.last_subject = [], None
        for event in events or []:
            if event.source is not None and event.source.country:
                context.last_actors = [event.source]
                return
        for tok in sent:
            if tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT" and tok.pos_ in NOUN_TAGS:
                context.last_subject = tok
                return

    def _dyads(self, cand: Candidate, actors: DocumentActors,
               context: Context) -> list[tuple[Actor | None, Actor | None]]:
        pattern = cand.pattern
        sources, targets = self._roles(cand, actors, context)
        if pattern.requires_source or pattern.requires_actor:  # a named person alone is not enough
            sources = [a for a in sources if a.code]
        if cand.rule_suffix == "+must" and not any(s.code for s in sources):
            return []  # "each company must fend for itself, an analyst said": advice, not a party's demand
        if not sources and g.is_reduced_passive(cand.token) and g.agents(cand.token):
            return []  # "Encouraged by mild sanctions, he ...": a thing moved him; no one acted
        if pattern.requires_actor_object or pattern.requires_actor:
            targets = [a for a in targets if a.code or a.name]
        if cand.symmetric and len(sources) > 1 and targets and all(
                t.country in {s.country for s in sources} and t.sector in (None, "GOV") and not t.name
                for t in targets):
            targets = []  # "Kim and Putin held a summit in Russia": the venue is one of the parties
        if cand.symmetric and len(sources) > 1 and not targets:
            return [(sources[0], other) for other in sources[1:]]
        if len(sources) > 1 and (self._reciprocal(cand) or (not targets and self._both_fought(cand))):
            return [(a, b) for a in sources for b in sources if a is not b and a.code != b.code]
        if len(targets) > 1 and not sources and ((cand.symmetric and cand.token.pos_ in NOUN_TAGS)
                                                 or self._slot_tokens("between", cand)):
            return [(targets[0], other) for other in targets[1:]]  # "talks between A and B"
        if not sources and (pattern.requires_source or (pattern.requires_actor and not targets)):
            return []
        if pattern.requires_actor_object and not targets:
            return []
        if len(targets) > 1 and sources:  # "rejected talks between the two neighbours": the other one
            home = {s.country for s in sources if s.country}
            others = [t for t in targets if not (t.country in home and t.sector is None and not t.name)]
            targets = others or targets
        pairs: list[tuple[Actor | None, Actor | None]] = []
        for source in sources or [None]:
            for target in targets or [None]:
                if source is not None and target is not None and source.code == target.code \
                        and (source.text == target.text or not target.name):
                    target = None  # no actor is the target of its own act ("officials held talks in Beijing")
                pairs.append((source, target))
        return pairs

    def _reciprocal(self, cand: Candidate) -> bool:
        """'A and B accused each other', 'both countries withdrew their ambassadors': each of the
        coordinated doers acts on the other, whatever else the sentence names."""
        token = cand.token
        reached = g.direct_objects(token) + [o for p in token.children if p.dep_ == "prep"
                                             for o in p.children if o.dep_ == "pobj"]
        if any(frozenset({d.lower_, t.lower_}) in RECIPROCAL_WORDS for t in reached for d in t.children):
            return True
        pair = [s for s in self._slot_tokens("subj", cand)
                if s.tag_ in ("NNS", "NNPS") and any(c.lower_ in ("both", "two") for c in s.lefts)]
        return bool(pair) and any(c.dep_ == "poss" and c.lower_ == "their"
                                  for o in g.direct_objects(token) for c in o.children)

    def _both_fought(self, cand: Candidate) -> bool:
        """'Both the army and the rebels violated the truce': a fight with no one else named is
        between the two."""
        return cand.code[:2] in MUTUAL_ROOTS and any(
            c.dep_ == "preconj" and c.lower_ == "both" for s in self._slot_tokens("subj", cand) for c in s.children)

    def _roles(self, cand: Candidate, actors: DocumentActors, context: Context) -> tuple[list[Actor], list[Actor]]:
        pattern = cand.pattern
        if cand.speaker_demand and cand.speaker is not None:
            sources = self._resolve_all(g.subjects(cand.speaker), cand, actors, context)
            targets = self._actors(("subj", "agent"), cand, actors, context) \
                or self._actors(pattern.target, cand, actors, context)
            return sources, targets
        sources = []
        if cand.source_from is not None and pattern.pos == "noun":  # "agreed to hold joint exercises"
            sources = self._resolve_all(self._frame_subjects(cand.source_from), cand, actors, context)
        sources = sources or self._actors(pattern.source, cand, actors, context)
        source_tokens = {t.i for slot in pattern.source for t in self._slot_tokens(slot, cand)}
        if not sources and cand.means is not None:  # "killed in a Russian strike"
            sources = self._resolve_all(self._owners(cand.means), cand, actors, context)
            sides = self._resolve_all(g.prep_objects(cand.means, "between"), cand, actors, context)
            if not sources and len(sides) > 1:  # "clashes between A and B killed 20": A against B
                return sides[:1], sides[1:]
        if cand.owner_from is not None and cand.addressee_from is None:
            owners = self._resolve_all(self._owners(cand.owner_from), cand, actors, context, source_tokens)
            owners = [a for a in owners if a.country or a.name]
            if owners:
                return sources, owners
        if cand.addressee_from is not None:
            addressees = self._resolve_all(self._addressees(cand), cand, actors, context, source_tokens)
            if addressees:
                return sources, addressees
        targets = self._actors(pattern.target, cand, actors, context, exclude=source_tokens)
        if not targets and pattern.frame in ("appeal", "demand", "order"):
            clauses = [c for c in cand.token.children if c.dep_ in ("ccomp", "xcomp")]
            carriers = [o for p in cand.token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
            carriers += g.direct_objects(cand.token)  # "insisted on its demands [that X grant ...]"
            clauses += [c for o in carriers for c in o.children
                        if c.dep_ in ("acl", "ccomp") and g.marks(c) & {"that"}]
            targets = self._resolve_all([t for c in clauses for t in g.subjects(c)], cand, actors, context,
                                        source_tokens)
        if not targets and cand.source_from is not None and cand.token.pos_ in NOUN_TAGS:
            # "Israel opposed French mediation", "rejected Egypt's offer of talks": the source acts on
            # the noun's own doer
            framing = {t.i for t in self._frame_subjects(cand.source_from)}
            owners = [t for t in self._owners(cand.token) if t.i not in framing]
            targets = [a for a in self._resolve_all(owners, cand, actors, context, framing)
                       if a.code and all(a.code != s.code for s in sources)]
        if not targets and cand.source_from is not None and cand.source_from.pos_ in VERB_TAGS:
            frame_obj = [t for t in g.direct_objects(cand.source_from) + g.dative(cand.source_from)
                         if t.i != cand.token.i]
            # "rejected [its] offer of talks": whose proposal the frame's object is
            frame_obj = [o for t in frame_obj for o in (self._owners(t) if t.lemma_.lower()
                                                         in self.modality.proposal_nouns else [t])]
            targets = self._resolve_all(frame_obj, cand, actors, context, source_tokens)
        if not targets and cand.code[:2] in FORCE_OBJECT_ROOTS:
            targets = self._opposed(cand, actors, context, source_tokens)
        if not targets and cand.code[:2] == "12":
            targets = self._resolve_all(self._pressing(cand), cand, actors, context, source_tokens)
            if not targets and cand.token.dep_ == "conj" and not g.direct_objects(cand.token):
                # "the Chinese side proposed a floor price, but the European side refused": the proposer
                own = {a.code for a in sources}
                targets = [a for a in self._resolve_all(g.subjects(cand.token.head), cand, actors, context,
                                                        source_tokens) if a.code and a.code not in own]
        echoes = all(any(s.code == t.code and s.text == t.text for s in sources) for t in targets)
        if echoes and not pattern.requires_actor_object and pattern.frame not in REPORTING_FRAMES:
            targets = self._reached_targets(cand, sources, actors, context, source_tokens) or targets
        return sources, targets

    def _pressing(self, cand: Candidate) -> list[Token]:
        """Who pressed for what a refusal turns down: "declined to resign despite growing pressure
        by [the commission]", "rejected the plan in spite of calls from [Washington]"."""
        words = list(g.clause_chain(cand.token)) + cand.extra_tokens
        found: list[Token] = []
        for word in words:
            for prep in word.children:
                conceding = prep.lower_ == "despite" or any(o.lower_ == "spite" for o in prep.children)
                if prep.dep_ != "prep" or not conceding:
                    continue
                nouns = [o for o in prep.subtree if o.dep_ == "pobj" and o.lemma_.lower() in PRESSURE_NOUNS]
                found += [t for n in nouns[:1] for t in self._owners(n)]
        return found

    def _opposed(self, cand: Candidate, actors: DocumentActors, context: Context, exclude: set[int]) -> list[Actor]:
        """Whom a show of force is against, however deep: "mobilized reservists for a war against
        [Iraq]", "trained hackers capable of launching attacks against [the US]"."""
        found: list[Token] = []
        stack = [cand.token]
        while stack and not found:
            node = stack.pop(0)
            for child in node.children:
                if child.dep_ in OTHER_CLAUSE_DEPS or child.i in exclude:
                    continue  # "... while inspectors fought against delays": another clause's business
                if child.dep_ == "prep" and child.lower_ == "against":
                    found += [o for o in child.children if o.dep_ == "pobj"]
                stack.append(child)
        return self._resolve_all(found[:1], cand, actors, context, exclude)

    def _reached_targets(self, cand: Candidate, sources: list[Actor], actors: DocumentActors,
                         context: Context, exclude: set[int]) -> list[Actor]:
        """When the pattern's slots name no one (or only the source): the nearest actor among
        the arguments of the act's complements and objects ("threatened to cut off power to X",
        "a hunger strike against [X's] decision"); for acts against a place (threats, protests,
        force), the place where it happened ("rioted in X") comes last."""
        if cand.code[:2] == "01":  # a statement is aimed at no one its words merely mention
            return []
        own = {a.code for a in sources if a.code}
        home = {a.country for a in sources if a.country and a.sector in STATE_SECTORS}  # "tariffs on U.S. cars"
        doc = cand.token.doc
        skip = {i for i in exclude if {a.code for a in actors.resolve(doc[i])} & own}  # the source's phrase
        passes = [False, True] if cand.code[:2] in PLACE_TARGET_ROOTS else [False]
        tried: set[int] = set()  # the place pass looks only at what "in" adds
        if cand.code[:2] in FORCE_OBJECT_ROOTS:  # "deployed troops", "trained hackers": the force, not its target
            tried.update(t.i for t in g.direct_objects(cand.token))
        for locative in passes:
            levels = g.reach_arguments(cand.token, cand.extra_tokens, locative=locative,
                                       conditional=cand.code[:2] == "13", skip=skip)
            for level in levels:  # "its dispute", "their forces": the actor itself
                level = [t for t in level if t.pos_ != "PRON" and not g.owned_by_pronoun(t) and t.i not in tried]
                tried.update(t.i for t in level)
                found = [a for a in self._resolve_all(level, cand, actors, context, exclude)
                         if (a.country or a.code) and a.code not in own
                         and (locative or a.sector is not None or a.country not in home)]
                if found:
                    return found[:1] if locative else found
        return []
