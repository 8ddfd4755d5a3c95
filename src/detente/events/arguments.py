"""Who did it to whom: the actors of a coded act, read from the parse.

The coder (coder.py) decides what happened; this part finds the source and the target in
the slots a pattern names (events/slots.py: subject, object, "prep:on", the owner of a
nominal act ...), through the frames that embed the act ("Canada urged [China] to ...",
"said Y must ..."), and, when the slots name no one, among the act's other arguments.
Pronouns are resolved by events/referents.py. A target the act's words leave unsaid is read
from what the act is about and from the story (events/targets.py); what commentators say
(analysts, think tanks, companies: actors/commentators.py) is no event; a group's members
consulting with no partner named consult each other.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.actors.codes import STATE_SECTORS
from detente.actors.commentators import reporting_verb
from detente.actors.context import is_foreign_modifier
from detente.actors.resolver import DocumentActors, make_actor
from detente.data import word_list, word_sequence, word_table
from detente.events import roots
from detente.events.candidate import JUDGEMENT_RULES, PRAISE_OR_BLAME, STATEMENT_DEMAND_RULE, Candidate
from detente.events.force import ARMED_SECTORS
from detente.events.implied import ImpliedRules
from detente.events.modality import Modality
from detente.events.referents import Context, Referents
from detente.events.schema import MODIFIER_SLOTS, PREP_SLOT, REPORTING_FRAMES, REQUESTING_FRAMES, Slot, WordClass
from detente.events.slots import craft_aimed_at, frame_subjects, own_subjects, slot_tokens
from detente.events.targets import ContextTargets, Dyad, is_party, names_unknown
from detente.model import Actor
from detente.nlp import grammar as g
from detente.nlp.labels import (
    COMPLEMENT_CLAUSE_DEPS,
    GEO_PLACE_LABELS,
    NOUN_POS,
    OWN_CLAUSE_DEPS,
    PERSON_LABELS,
    PLURAL_NOUN_TAGS,
    PRENOMINAL_DEPS,
    REFERRING_POS,
    VERB_POS,
)
from detente.nlp.quotes import quotation_speaker
from detente.nlp.tree import children

# Words, not deeds: what a commentator or a company says about a dispute is no event (a lawsuit is a deed).
VERBAL_CODES = ("01", "02", "03", "051", "052", "053", "055", "056", "10", "11", "12", "13")
ACTS_AMONG_VERBAL_CODES = ("115",)
# Intents to cooperate and cooperation: two states doing it with no one else named do it with each other.
MUTUAL_COOPERATION_ROOTS = frozenset({"03", "06"})
PLURAL_POSSESSIVES = word_list("grammar.plural_possessives")  # "deepen [their] partnership"
SPEECH_VERBS = word_list("grammar.speech_verbs")
FIRST_FORCE_ROOT = "15"  # roots 15-20: posture, coercion and force, often at home
ACCUSED_PREPS = word_sequence("grammar.accused_preps")
ACCUSED_SLOTS = tuple(PREP_SLOT + p for p in ACCUSED_PREPS)  # whom a complaint is about
# "weapons were seized from the militants": a confiscation by no one named is still one ("my
# house has been taken" is not)
CONFISCATION = "1711"
UNNAMED_TAKING = word_list("events.unnamed_taking_verbs")
# "that I am implicated in", "a tariff long considered outrageous": a passive that names no
# accuser states no accusation (see _unnamed_critics)
UNBLAMING_PASSIVES = word_list("events.unblaming_passives")
OWN_TARGET = "own"  # the act's words named only the source itself as its target
SHARED_AIM = "+shared_aim"  # "said India and China must ...": a demand on both sides, the speaker's too
OTHER_WORDS = word_list("actors.other_words")  # "the [other] side": the doer's counterpart
PAIR_NOUNS = word_list("actors.pair_nouns")
GROUNDS_NOUNS = word_list("events.grounds_nouns")  # "there is [reason] to be optimistic": no one's own feeling
PAST_PARTICIPLE_TAG = "VBN"  # "the duties [imposed] by Beijing"
PLAIN_STATEMENT = "010"  # a bare "said": aimed only at whom its own words name
PRESS_SECTOR = "MED"
TARGET_RULE = "target_"  # "+implied:target_previous": where an unsaid target was read from
VENUE_SLOT = PREP_SLOT + "in"  # "talks in Beijing" meet its government; "talks in Geneva" are only held there
LOCATIVE_PREPS = word_list("actors.locative_preps")
UNDERGONE_NOUNS = word_list("events.undergone_nouns")  # "[his] trial": the possessor is the one tried
FIGURATIVE_FORCE_VERBS = word_list("events.figurative_force_verbs")  # "was attacked online": words, no force
PLACE_PREPS = word_list("events.place_preps")



class ArgumentReader:
    """Source and target of candidate acts."""

    def __init__(self, modality: Modality, referents: Referents) -> None:
        self.modality = modality
        self.referents = referents
        self.unsaid = ContextTargets()
        self.implied_rules = ImpliedRules.load()

    def dyads(self, cand: Candidate, actors: DocumentActors, context: Context) -> list[Dyad]:
        """The (source, target) pairs of an act; empty when the act needs an actor it lacks. A
        target the act's words leave unsaid is read from its clause and the story (targets.py)."""
        pairs = _undergone(cand, self._dyads(cand, actors, context))
        if _commentary(cand, actors):
            return []  # "..., said an analyst at the Peterson Institute": commentary, no event
        if cand.pattern.code.startswith(roots.STATEMENT):
            # "told reporters": the press hears a statement (even one the grammar read as praise or a
            # demand), it is not its target
            pairs = [Dyad(s, None if t is not None and t.sector == PRESS_SECTOR else t, how) for s, t, how in pairs]
        if cand.root == roots.CONSULT and self._among_members(cand, pairs, actors, context):
            # "G7 foreign ministers discussed China's role": the group's members consulted each other
            return [Dyad(s, s if s is not None and _is_forum(s) else t, how) for s, t, how in pairs]
        if any(o.lower_ in word_list("grammar.reflexive_objects") for o in g.direct_objects(cand.token)):
            pairs = [Dyad(s, t, OWN_TARGET if t is None else how) for s, t, how in pairs]  # "blew themselves up"
        if cand.rule_suffix in PRAISE_OR_BLAME and pairs and all(how == OWN_TARGET for _, _, how in pairs):
            return []  # "Ankara said Ankara's policy had been [constructive]": its own act, no one judged
        if not any(s is not None and t is None and how != OWN_TARGET for s, t, how in pairs):
            return [Dyad(s, t, "" if how == OWN_TARGET else how) for s, t, how in pairs]
        exclude = {t.i for slot in cand.pattern.source for t in slot_tokens(slot, cand)} | _judging_words(cand)
        doers = [s for s, _, _ in pairs if s is not None]  # "Both Chile and Peru condemned ...": not each other
        out: list[Dyad] = []
        for source, target, implied in pairs:
            if source is None or target is not None or implied == OWN_TARGET \
                    or self.implied_rules.fills_target(cand.code, source):
                out.append(Dyad(source, target, "" if implied == OWN_TARGET else implied))
                continue
            found = self.unsaid.said_outright(cand, doers, actors, self.modality.presupposing_verbs)
            about = cand.code != PLAIN_STATEMENT and not _together(cand, doers)  # talks "on Gaza": a topic
            found = found or self.unsaid.content(cand, doers, actors, exclude, places=about)
            if not cand.quoted or cand.rule_suffix:  # a quoted sentence that judges nothing: its own words
                found = found or self.unsaid.hearer(cand, doers, actors)
            found = found or self.unsaid.breach_teller(cand, doers, actors)
            if found is None and cand.code != PLAIN_STATEMENT and is_party(source) and not names_unknown(cand, actors):
                found = self.unsaid.around(cand, doers, actors, exclude, context)
            out.append(Dyad(source, found.actor, self.implied_rules.implied_rule(TARGET_RULE + found.where))
                       if found is not None else Dyad(source, None, implied))
        return out

    def _among_members(self, cand: Candidate, pairs: list[Dyad], actors: DocumentActors, context: Context) -> bool:
        """The doers are the members of one international group ("G7 foreign ministers", "EU
        leaders") and the act's own words name no partner they consulted."""
        subjects = next((found for slot in cand.pattern.source if (found := slot_tokens(slot, cand))), [])
        nominal = cand.token.pos_ in NOUN_POS  # "the G7 talks", "an EU summit"
        if not subjects or not (nominal or all(t.tag_ in PLURAL_NOUN_TAGS for t in subjects)):
            return False
        if len(subjects) == 1 and subjects[0].ent_type_ in PERSON_LABELS:
            return False  # "Barnier, who led the EU's Brexit negotiations": one person, not the members
        if not pairs or not all(s is not None and _is_forum(s) for s, _, _ in pairs):
            return False
        partners = [t for slot in cand.pattern.target for t in slot_tokens(slot, cand)]
        return not self.referents.resolve(partners, cand, actors, context)

    def _dyads(self, cand: Candidate, actors: DocumentActors, context: Context) -> list[Dyad]:
        pattern = cand.pattern
        sources, targets = self._roles(cand, actors, context)
        sources = _armed_forces(cand, sources)
        if pattern.requires_source or pattern.requires_actor:  # a named person alone is not enough
            sources = [a for a in sources if a.code]
        if cand.rule_suffix == STATEMENT_DEMAND_RULE and not any(s.code for s in sources):
            return []  # "each company must fend for itself, an analyst said": advice, not a party's demand
        if not sources and g.is_reduced_passive(cand.token) and g.agents(cand.token):
            return []  # "Encouraged by mild sanctions, he ...": a thing moved him; no one acted
        if pattern.requires_actor_object or pattern.requires_actor:
            targets = [a for a in targets if a.code or a.name]
        if cand.symmetric and len(sources) > 1 and targets and all(
                t.country in {s.country for s in sources} and t.sector in (None, "GOV") and not t.name
                for t in targets):
            targets = []  # "Kim and Putin held a summit in Russia": the venue is one of the parties
        if cand.symmetric and len({s.country for s in sources}) > 1 and targets and {t.code for t in targets} <= {
                v.code for v in self._actors((VENUE_SLOT,), cand, actors, context)}:
            targets = []  # "Moscow and Washington held talks in Riyadh": the two met each other there
        targets = [] if len(sources) > 1 and _their_own(cand) else targets
        if len(sources) > 1 and not targets and (cand.symmetric or (
                cand.root in MUTUAL_COOPERATION_ROOTS and len({s.country for s in sources}) == len(sources) == 2)):
            # "Chinese and Canadian leaders signalled a willingness to deepen cooperation": with each other
            return _with_each_other(sources, one_act=cand.symmetric)
        if len(sources) > 1 and (_reciprocal(cand) or (
                not targets and (_both_fought(cand) or _both_withdrew(cand, sources)))):
            return [Dyad(a, b) for a in sources for b in sources if a is not b and a.code != b.code]
        if len(targets) > 1 and not sources and _between(cand, targets):
            return [Dyad(targets[0], other) for other in targets[1:]]
        if not sources and (pattern.requires_source or (pattern.requires_actor and not (targets or cand.faced))) \
                and not (targets and (_unnamed_critics(cand) or _unnamed_force(cand, self.referents, actors, context))):
            return []
        if pattern.requires_actor_object and not targets:
            return []
        if (shared := _shared_aim(cand, sources, targets, actors)) is not None:
            return shared
        if len(targets) > 1 and sources:
            targets = _other_side(sources, targets)
        pairs: list[Dyad] = []
        no_one: list[Actor | None] = [None]
        for source in sources or no_one:
            for target in targets or no_one:
                if source is not None and target is not None and source.code == target.code \
                        and (source.text == target.text or not (target.name or pattern.own_side)):
                    # no actor is the target of its own act ("officials held talks in Beijing"), nor is
                    # any other party then ("returned to Washington")
                    pairs.append(Dyad(source, None, OWN_TARGET))
                    continue
                pairs.append(Dyad(source, target))
        return pairs

    # --- sources and targets ----------------------------------------------------------------------
    def _roles(self, cand: Candidate, actors: DocumentActors, context: Context) -> tuple[list[Actor], list[Actor]]:
        pattern = cand.pattern
        resolve = self.referents.resolve
        if cand.speaker_demand and cand.speaker is not None:
            sources = resolve(g.subjects(cand.speaker), cand, actors, context)
            targets = self._actors((Slot.SUBJ, Slot.AGENT), cand, actors, context) \
                or self._actors(pattern.target, cand, actors, context)
            return sources, targets
        sources = []
        if cand.source_from is not None and pattern.pos == WordClass.NOUN:  # "agreed to hold joint exercises"
            answering = _answerer(cand.source_from, self.modality)
            sources = resolve(frame_subjects(cand.source_from), cand, actors, context, answering)
        if not sources and cand.means is not None:  # "a drone strike [blamed on Turkey] killed ...": said outright
            sources = resolve(_blamed_on(cand.means), cand, actors, context)
        if cand.quoted and cand.speaker is not None:  # '"It is a disaster. ...," [the envoy] said'
            sources = resolve(g.subjects(cand.speaker), cand, actors, context)
        sources = sources or self._actors(pattern.source, cand, actors, context)
        source_tokens = {t.i for slot in pattern.source for t in slot_tokens(slot, cand)}
        if not sources and cand.token.pos_ in NOUN_POS and not cand.symmetric:
            # "the sanctions [imposed by Washington] on Tehran": the participle's agent did the act
            agents = _participle_agents(cand.token) or _blamed_on(cand.token)
            sources = resolve(agents, cand, actors, context)
            source_tokens |= {a.i for a in agents}
        if not sources and pattern.pos == WordClass.ADJ:
            sources = self._grounded_feeling(cand, actors, context)
        if not sources and cand.means is not None:  # "killed in a Russian strike", "in clashes between A and B"
            sources, sides = _means_doers(cand.means, lambda found: resolve(found, cand, actors, context))
            if sides:
                return sources, sides
        if cand.owner_from is not None and cand.addressee_from is None:
            owners = resolve(g.owners(cand.owner_from), cand, actors, context, source_tokens)
            owners = [a for a in owners if (a.country or a.name) and all(a.code != s.code for s in sources)]
            if owners:
                return sources, owners
        if cand.addressee_from is not None:
            addressees = resolve(_addressees(cand, self.modality), cand, actors, context, source_tokens)
            if addressees:
                return sources, addressees
        return sources, self._targets(cand, sources, source_tokens, actors, context)

    def _grounded_feeling(self, cand: Candidate, actors: DocumentActors, context: Context) -> list[Actor]:
        """ "I think there is reason to be optimistic": a feeling that grounds hold ("reason",
        "cause"), not anyone of its own, is held by whoever says it."""
        holders = [t for slot in cand.pattern.source for t in slot_tokens(slot, cand)]
        if any(t.lemma_.lower() not in GROUNDS_NOUNS for t in holders):
            return []
        grounded = bool(holders)
        for above in cand.token.ancestors:  # '"I think there is ...," the minister told reporters'
            grounded = grounded or above.lemma_.lower() in GROUNDS_NOUNS
            if grounded and above.lemma_.lower() in self.modality.speech_verbs:
                found = self.referents.resolve(g.subjects(above), cand, actors, context)
                if found:
                    return found
        return []

    def _targets(self, cand: Candidate, sources: list[Actor], source_tokens: set[int], actors: DocumentActors,
                 context: Context) -> list[Actor]:
        """The target from the pattern's slots, else from what the act's frame or kind implies."""
        pattern = cand.pattern
        resolve = self.referents.resolve
        diplomacy = cand.root < FIRST_FORCE_ROOT  # a state's words toward others, not its force at home
        targets = self._actors(pattern.target, cand, actors, context, exclude=source_tokens,
                               abroad_of=sources if diplomacy else None)
        if targets and cand.root >= roots.FIRST_CONFLICT_ROOT and all(_is_forum(t) for t in targets):
            # "lodged a complaint with the WTO against Turkey": the accused, not the forum
            accused = [a for a in self._actors(ACCUSED_SLOTS, cand, actors, context, exclude=source_tokens)
                       + resolve(_hung_on_forum(cand), cand, actors, context, source_tokens)
                       if a.country and all(a.country != s.country for s in sources)]
            targets = accused or targets
        if not targets and pattern.frame in REQUESTING_FRAMES:
            clauses = [c for c in children(cand.token) if c.dep_ in COMPLEMENT_CLAUSE_DEPS]
            carriers = [o for p in children(cand.token) if p.dep_ == "prep" for o in children(p) if o.dep_ == "pobj"]
            carriers += g.direct_objects(cand.token)  # "insisted on its demands [that X grant ...]"
            clauses += [c for o in carriers for c in children(o)
                        if c.dep_ in ("acl", "ccomp") and g.marks(c) & {"that"}]
            targets = resolve([t for c in clauses for t in g.subjects(c)], cand, actors, context, source_tokens)
        if not targets and cand.source_from is not None and cand.token.pos_ in NOUN_POS:
            # "Israel opposed French mediation", "rejected Egypt's offer of talks": the source acts on
            # the noun's own doer
            framing = {t.i for t in frame_subjects(cand.source_from)}
            owners = [t for t in g.owners(cand.token) if t.i not in framing]
            targets = [a for a in resolve(owners, cand, actors, context, framing)
                       if a.code and all(a.code != s.code for s in sources)]
        if not targets and cand.source_from is not None and cand.source_from.pos_ in VERB_POS:
            frame_obj = [t for t in g.direct_objects(cand.source_from) + g.dative(cand.source_from)
                         if t.i != cand.token.i]
            # "rejected [its] offer of talks": whose proposal the frame's object is
            frame_obj = [o for t in frame_obj for o in (g.owners(t) if t.lemma_.lower()
                                                         in self.modality.proposal_nouns else [t])]
            targets = resolve(frame_obj, cand, actors, context, source_tokens)
        if not targets and cand.token.dep_ == "pobj" and cand.token.head.lower_ == "under" \
                and cand.token.head.head.pos_ in VERB_POS:
            # "their forces came [under] attack from loyalists", "came under pressure from Washington"
            targets = resolve(g.subjects(cand.token.head.head), cand, actors, context, source_tokens)
        if not targets and cand.root in roots.FORCE_OBJECT_ROOTS:
            targets = self._opposed(cand, actors, context, source_tokens)
        if not targets and cand.root == roots.REJECT:
            targets = resolve(_pressing(cand), cand, actors, context, source_tokens)
            if not targets and cand.token.dep_ == "conj" and not g.direct_objects(cand.token):
                # "the Chinese side proposed a floor price, but the European side refused": the proposer
                own = {a.code for a in sources}
                targets = [a for a in resolve(g.subjects(cand.token.head), cand, actors, context, source_tokens)
                           if a.code and a.code not in own]
        if not targets and cand.root == roots.REDUCE:  # "concluded its probe into X, [imposing] duties"
            targets = next((f for lv in _hung_on_clause(cand.token) if (f := resolve(lv, cand, actors, context))), [])
        echoes = _echoes(targets, sources) and not _together(cand, sources)
        if echoes and not pattern.requires_actor_object and pattern.frame not in REPORTING_FRAMES:
            targets = self._reached_targets(cand, sources, actors, context, source_tokens) or targets
        return targets

    def _actors(self, slots: tuple[str, ...], cand: Candidate, actors: DocumentActors, context: Context,
                exclude: set[int] | None = None, abroad_of: list[Actor] | None = None) -> list[Actor]:
        """The actors of the first slot that names any; with ``abroad_of``, of the first slot that
        names a party of another country than theirs, when one does."""
        if abroad_of:
            home = {a.country for a in abroad_of if a.country}
            found = self._actors(slots, cand, actors, context, exclude)
            if not found or not home or any(a.country not in home for a in found):
                return found
            for slot in slots:  # "protested to China over the detention of its fishermen": China
                abroad = [a for a in self._actors((slot,), cand, actors, context, exclude)
                          if a.country and a.country not in home and is_party(a)]
                if abroad:
                    return abroad
            return found
        for slot in slots:
            tokens = slot_tokens(slot, cand)
            if slot == VENUE_SLOT:
                tokens = [t for t in tokens if not _is_venue(t, actors)]
            found = self.referents.resolve(tokens, cand, actors, context, exclude)
            if slot == VENUE_SLOT and cand.root < roots.FIRST_CONFLICT_ROOT:  # diplomacy meets a government
                found = [_seat_of_power(a, actors) for a in found]  # force hits a town
            if found and slot in MODIFIER_SLOTS and cand.token.pos_ in VERB_POS:
                found = _whole_phrase(tokens, found, actors)
            if found:
                return found
        return []

    def _opposed(self, cand: Candidate, actors: DocumentActors, context: Context, exclude: set[int]) -> list[Actor]:
        """Whom a show of force is against, however deep: "mobilized reservists for a war against
        [Iraq]", "trained hackers capable of launching attacks against [the US]"."""
        found: list[Token] = []
        stack = [cand.token]
        while stack and not found:
            node = stack.pop(0)
            for child in children(node):
                if child.dep_ in OWN_CLAUSE_DEPS or child.i in exclude:
                    continue  # "... while inspectors fought against delays": another clause's business
                if child.dep_ == "prep" and child.lower_ == "against":
                    found += [o for o in children(child) if o.dep_ == "pobj"]
                stack.append(child)
        return self.referents.resolve(found[:1], cand, actors, context, exclude)

    def _reached_targets(self, cand: Candidate, sources: list[Actor], actors: DocumentActors,
                         context: Context, exclude: set[int]) -> list[Actor]:
        """When the pattern's slots name no one (or only the source): the nearest actor among
        the arguments of the act's complements and objects ("threatened to cut off power to X",
        "a hunger strike against [X's] decision"); for acts against a place (threats, protests,
        force), the place where it happened ("rioted in X") comes last."""
        if cand.root == roots.STATEMENT:  # a statement is aimed at no one its words merely mention
            return []
        own = {a.code for a in sources if a.code}
        # "tariffs on U.S. cars": the state's own country, named bare, is no target
        home = {a.country for a in sources if a.country and (a.sector is None or a.sector in STATE_SECTORS)}
        doc = cand.token.doc
        skip = {i for i in exclude if {a.code for a in actors.resolve(doc[i])} & own}  # the source's phrase
        skip |= {t.i for t in _participle_agents(cand.token, go_between=True)}  # "a truce brokered by Qatar"
        passes = [False, True] if cand.root in roots.PLACE_TARGET_ROOTS else [False]
        tried: set[int] = set()  # the place pass looks only at what "in" adds
        if cand.root in roots.FORCE_OBJECT_ROOTS:  # "deployed troops", "trained hackers": the force, not its target
            tried.update(t.i for t in g.direct_objects(cand.token))
        tried.update(_craft_waters(cand.token))
        for locative in passes:
            levels = g.reach_arguments(cand.token, [*cand.extra_tokens, *_referred_to(cand)], locative=locative,
                                       conditional=cand.root == roots.THREATEN, skip=skip)
            for level in levels:  # "its dispute", "their forces": the actor itself
                level = [t for t in level if t.pos_ != "PRON" and not g.owned_by_pronoun(t) and t.i not in tried
                         and not is_foreign_modifier(t)]  # "support to Chinese rivals": not China
                tried.update(t.i for t in level)
                found = [a for a in self.referents.resolve(level, cand, actors, context, exclude)
                         if (a.country or a.code) and a.code not in own
                         and (locative or a.sector is not None or a.country not in home)]
                if found:
                    return found[:1] if locative else found
        return []


def _their_own(cand: Candidate) -> bool:
    """ "China and Russia vowed to deepen [their] strategic partnership": a plural possessive is the
    doers' own, so their act is with each other, not with whoever the sentence before named."""
    words = [t for slot in cand.pattern.target for t in slot_tokens(slot, cand)]
    return bool(words) and all(t.lower_ in PLURAL_POSSESSIVES for t in words)


def _answerer(frame: Token, modality: Modality) -> set[int]:
    """ "Tehran rejected [its] offer of talks": who answers a proposal is not who made it, so
    "its" is not the answering subject."""
    if frame.lemma_.lower() not in modality.proposal_nouns or frame.dep_ not in ("dobj", "obj") \
            or frame.head.lemma_.lower() not in modality.answering_verbs:
        return set()
    return {t.i for t in g.subjects(frame.head)}


def _craft_waters(trigger: Token) -> set[int]:
    """ "Fired drones at a container ship [in the Gulf of Aden]": the waters or skies a craft the act
    is aimed at was in name no party, so the words of where it was are no target."""
    return {t.i for craft in craft_aimed_at(trigger) for prep in children(craft)
            if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS for t in prep.subtree}


def _undergone(cand: Candidate, pairs: list[Dyad]) -> list[Dyad]:
    """ "Lai's trial", "the activist's detention": a person or a people owning the noun of an act done
    to people undergoes it, so the owner is the target (a state owning it did it: "Russia's trial of";
    so did armed men: "the gunmen's abduction")."""
    if cand.token.pos_ not in NOUN_POS or cand.token.lemma_.lower() not in UNDERGONE_NOUNS \
            or not any(c.dep_ == "poss" for c in children(cand.token)):
        return pairs
    if not pairs or any(s is None or (t is not None and not how) or is_party(s) or s.sector in ARMED_SECTORS
                        for s, t, how in pairs):
        return pairs  # a target its words name ("Lai's trial of his rivals") keeps the owner the doer
    return [Dyad(None, s) for s, _, _ in pairs]


def _referred_to(cand: Candidate) -> list[Token]:
    """ '"We oppose the sanctions," the spokeswoman said, [referring] to the U.S. measures': what
    the speaker says its words are about."""
    if cand.speaker is None or cand.speaker.sent.start != cand.token.sent.start:
        return []  # a running quote's speaker, in a later sentence, glosses its own sentence's words
    return [c for c in children(cand.speaker) if c.dep_ == "advcl"
            and c.lemma_.lower() in word_list("events.referring_verbs")]


def _hung_on_clause(token: Token) -> list[list[Token]]:
    """A measure that names no target, told in a clause hung on another ("concluded its probe into
    [Australian barley], imposing duties", "found that [Japanese steel] had been dumped and imposed
    duties"): what that clause is about, nearest first."""
    head = token.head
    if token.dep_ not in ("advcl", "conj") or head.pos_ not in VERB_POS or g.has_negation(head) \
            or g.aux_words(head) & word_list("grammar.hypothetical_modals"):
        return []  # "they may impose sanctions, [cutting] aid": no more a fact than its head
    own = [t.i for t in token.subtree]
    return [[t for t in level if t.pos_ != "PRON"] for level in g.reach_arguments(head, skip=own)]


def _commentary(cand: Candidate, actors: DocumentActors) -> bool:
    """What commentators (analysts, scholars, company and industry spokespeople:
    actors/commentators.py) say: their own words ("..., said an analyst"), and what they forecast
    a party will do ("analysts said Beijing was unlikely to back down", "analysts expect Beijing
    to retaliate"): their reading of the dispute, no party's act. An act they tell as done is."""
    if cand.code.startswith(VERBAL_CODES) and not cand.code.startswith(ACTS_AMONG_VERBAL_CODES):
        speakers = g.subjects(cand.speaker) if cand.speaker is not None else []
        if cand.speaker is not None and cand.speaker.sent.start != cand.token.sent.start \
                and any(s.pos_ == "PRON" for s in speakers):
            speakers = []  # '"We are reviewing options." ... he said': a pronoun read afar is not the speaker's name
        if cand.speaker is None or not speakers:
            speakers = next((found for slot in cand.pattern.source if (found := slot_tokens(slot, cand))), [])
        if speakers and all(actors.is_commentator(t) for t in speakers):
            return True
    quoted_by = quotation_speaker(cand.token, SPEECH_VERBS)  # '"He calls Xi a dear friend," Wyne said'
    if quoted_by is not None and actors.is_commentator(quoted_by):
        return True
    return actors.only_commentators(reporting_verb(cand.token))


def _other_side(sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """ "rejected talks between the two neighbours": the other one, not the source's own country."""
    home = {s.country for s in sources if s.country}
    others = [t for t in targets if not (t.country in home and t.sector is None and not t.name)]
    return others or targets


def _shared_aim(cand: Candidate, sources: list[Actor], targets: list[Actor],
                actors: DocumentActors) -> list[Dyad] | None:
    """ "The Indian minister said New Delhi and Beijing must keep the peace": the speaker's own
    country (named as a country or its capital) is among those asked, so the clause states an
    aim both share: the other party only, marked SHARED_AIM; None when that is not so."""
    home = {s.country for s in sources if s.country}
    others = [t for t in targets if t.country not in home]
    if cand.own_aim is None or not others or len(others) == len(targets) or not any(
            t.country in home and not t.name and actors.gaz.place(t.text) is not None for t in targets):
        return None
    return [Dyad(s, t, SHARED_AIM) for s in sources for t in others]


def _addressees(cand: Candidate, modality: Modality) -> list[Token]:
    """Whom an appeal or demand is made to: 'urged X', 'called on X', 'demanded that X'."""
    frame = cand.addressee_from
    if frame is None:
        return []
    if cand.asks_subject or (frame.dep_ == "ccomp" and frame.pos_ in VERB_POS and frame is not cand.token
                             and g.aux_words(frame) & modality.demand_modals):
        subjects = g.subjects(frame)  # "said [the US and others] must allocate ...": whom the demand is on
        if cand.asks_subject and g.is_passive(frame) and g.agents(frame):
            subjects = g.agents(frame)  # "said its fishermen had been harassed [by Chinese vessels]"
        if subjects:
            return subjects
    if cand.rule_suffix in JUDGEMENT_RULES and (frame.dep_ == "ccomp" or frame is cand.token.head) \
            and frame is not cand.token:  # "[according to] Beijing, the U.S. tariffs [are] illegal"
        # "said the Turkish drilling amounted to a violation [of Greek sovereignty]": the judged is
        # the clause's subject (a passive's too: "said the claims were fabricated"), not its object
        judged = g.clause_subjects(frame)
        if judged:
            return _extraposed_doers(frame) or judged
    carriers = modality.carriers
    found = g.direct_objects(frame) if frame.pos_ in VERB_POS else []
    if not found and frame.pos_ in VERB_POS and g.is_passive(frame) \
            and frame.lemma_.lower() in word_list("events.asking_passives"):  # "[Serbia] was urged by Brussels to ..."
        found = [t for c in children(frame) if c.dep_ == "nsubjpass" for t in g.expand_conjuncts(c)]
    found = [t for t in found if t.lemma_.lower() not in carriers]  # "reiterated its demand that X"
    for prep in word_sequence("events.addressee_preps"):
        found = found or list(g.prep_objects(frame, prep))
    found = [t for t in found if t.i != cand.token.i and t.pos_ in REFERRING_POS]
    if found:
        return found
    if frame.dep_ == "ccomp" or cand.token is frame:
        return _extraposed_doers(frame) or g.subjects(frame)
    return own_subjects(cand.token) or [c for c in children(cand.token) if c.dep_ in ("poss", "amod")]


def _judging_words(cand: Candidate) -> set[int]:
    """ "said the system poses a threat [to NATO's defenses]", "... an insult [to the Turkish
    people]": the parties a judgement's predicate names are those harmed or offended, never the
    one judged; only the judged clause's subject, or the doer of the act its predicate names
    ("a disgraceful decision [by the Canadian government]"), may name it."""
    clause = cand.addressee_from
    if cand.rule_suffix not in PRAISE_OR_BLAME or clause is None or clause is cand.token:
        return set()
    subjects = g.clause_subjects(clause)
    said = [c for c in children(clause) if c.dep_ in ("attr", "dobj") and c.pos_ in NOUN_POS]
    doers = subjects + [o for noun in said for o in g.owners(noun)]  # "a disgraceful decision [by Canada]"
    if any(t.lower_ == "it" for t in subjects):  # "it was unfortunate that [Hungary] had delayed the vote",
        doers += [d for t in clause.subtree if g.marks(t) & {"that", "for"}  # "wrong for [Washington] to impose"
                  for d in (g.agents(t) if g.is_passive(t) else g.subjects(t))]
    judged = {t.i for s in doers for t in s.subtree}
    return {t.i for t in clause.subtree if t.i not in judged}


def _extraposed_doers(clause: Token) -> list[Token]:
    """ "it's positive [that the freeze was lifted by the administration]": the "it" of a judgement
    stands for the clause after it, whose doer (a passive's agent) the judgement is of."""
    if not any(s.lower_ == "it" for s in g.subjects(clause)):
        return []
    for inner in children(clause):
        if inner.dep_ == "ccomp" and "that" in g.marks(inner):
            return g.agents(inner) if g.is_passive(inner) else g.subjects(inner)
    return []


def _between(cand: Candidate, targets: list[Actor]) -> bool:
    """The parties named are each other's: "talks between A and B", "the A-B talks", and the
    two of an agentless passive of a symmetric act ("the India-Pakistan ceasefire was agreed")."""
    if slot_tokens(Slot.BETWEEN, cand):
        return True
    return cand.symmetric and (cand.token.pos_ in NOUN_POS or (
        len(targets) == 2 and g.is_passive(cand.token) and not g.agents(cand.token)))


def _participle_agents(noun: Token, go_between: bool = False) -> list[Token]:
    """ "the sanctions [imposed by Washington]": the by-agents of a past participle on the noun,
    not of a go-between's ("a ceasefire [brokered by Qatar]" is not Qatar's); ``go_between``:
    those of a go-between's only."""
    mediating = word_list("events.go_between_participles")
    return [a for c in children(noun) if c.dep_ == "acl" and c.tag_ == PAST_PARTICIPLE_TAG
            and (c.lemma_.lower() in mediating) == go_between for a in g.agents(c)]


def _means_doers(means: Token, resolve: Callable[[list[Token]], list[Actor]]) -> tuple[list[Actor], list[Actor]]:
    """Who did the act an outcome came by, and on whom when that says so too: "killed in a
    [Russian] strike"; "clashes [between A and B] killed 20" (A on B); "two soldiers were killed
    in a gunfight [with militants]" (the militants, an armed party, not a weapon)."""
    if means.pos_ in VERB_POS:  # "killed when [a suicide bomber] blew himself up"
        if g.is_passive(means):  # "killed when their convoy was ambushed [by JNIM fighters]"
            return resolve(g.agents(means)), []
        if means.dep_ != "pcomp":
            return resolve(g.subjects(means)), []
        # "killed by [Russian] shelling": the gerund's adjective; "died in shelling [by the RSF]": its
        # by-phrase (the subject its clause lends it is the victims)
        doers = resolve([c for c in children(means) if c.dep_ in ("amod", "poss") and c.i < means.i])
        return doers or resolve(g.owners(means)), []
    doers = resolve(g.owners(means)) or resolve(_participle_agents(means))  # "an operation [conducted by NISA]"
    sides = resolve(g.prep_objects(means, "between"))
    if not doers and len(sides) > 1:
        return sides[:1], sides[1:]
    if not doers:
        doers = [a for a in resolve(g.prep_objects(means, "with"))
                 if a.country and a.sector in word_list("events.fight_opponent_sectors")]
    return doers, []


def _armed_forces(cand: Candidate, sources: list[Actor]) -> list[Actor]:
    """ "an [Israeli] airstrike", "killed in a [Russian] missile strike": a state named only by
    the word on the noun of a military act is its armed forces (MIL), as coders read it."""
    noun = cand.means if cand.means is not None else cand.token
    if cand.code[:2] not in roots.ARMED_FORCE_ROOTS or noun.pos_ not in NOUN_POS:
        return sources
    words = {c.lower_ for c in children(noun) if c.dep_ in PRENOMINAL_DEPS}
    return [make_actor(a.text, a.country, "MIL")
            if a.country and a.sector is None and words & set(a.text.lower().split()) else a for a in sources]


def _blamed_on(noun: Token) -> list[Token]:
    """ "an attack [blamed on Russia]", "the bombing, which officials attributed to the group":
    whom a participle or relative clause on the act's noun puts it on."""
    preps = word_table("events.blaming_verbs")
    found: list[Token] = []
    for clause in children(noun):
        prep = preps.get(clause.lemma_.lower()) if clause.dep_ in ("acl", "relcl") else None
        if prep is not None:
            found += g.prep_objects(clause, prep)
    return found


def _hung_on_forum(cand: Candidate) -> list[Token]:
    """ "Lodged a complaint with [the WTO over Canada's surtax]": the accused-preposition the parse
    hung on the forum's name (or on the complaint's), which is the complaint's."""
    heads = [cand.token, *g.direct_objects(cand.token)]
    forums = [o for h in heads for p in children(h) if p.dep_ == "prep" for o in children(p) if o.dep_ == "pobj"]
    return [o for f in forums for p in children(f) if p.dep_ == "prep" and p.lower_ in ACCUSED_PREPS
            for o in children(p) if o.dep_ == "pobj"]


def _is_forum(actor: Actor) -> bool:
    """An international body, which a complaint or a case is brought before."""
    return actor.country is None and bool(actor.code) and str(actor.code).startswith("IGO")


def _whole_phrase(modifiers: list[Token], found: list[Actor], actors: DocumentActors) -> list[Actor]:
    """ "expelled two Russian diplomats": the diplomats (RUS GOV) say more than "Russian" (RUS)."""
    countries = {a.country for a in found if a.country}
    heads = {m.head.i: m.head for m in modifiers if m.pos_ != "PRON"}.values()  # not "their ambassadors"
    richer = [a for head in heads for a in actors.resolve(head) if a.sector and a.country in countries]
    return richer or found


def _seat_of_power(actor: Actor, actors: DocumentActors) -> Actor:
    """ "opened an embassy in Tehran": a capital named as where a party is met is its government."""
    place = actors.gaz.place(actor.text)
    if place is None or place.kind != "capital" or actor.sector is not None or not actor.country:
        return actor
    return make_actor(actor.text, actor.country, "GOV")


def _is_venue(token: Token, actors: DocumentActors) -> bool:
    """A town named only as where something happened (a city that is no seat of power)."""
    place = actors.place_of(token)
    return place is not None and place.kind == "city"


def _echoes(targets: list[Actor], sources: list[Actor]) -> bool:
    """No target but the doers themselves (or none at all): look further for whom the act reached."""
    return all(any(s.code == t.code and s.text == t.text for s in sources) for t in targets)


def _together(cand: Candidate, sources: list[Actor]) -> bool:
    """A shared act of several parties ("Blinken and Lavrov discussed Ukraine", "exchanged views on
    Gaza"), or talks of one ("the cabinet discussed the North Korean missile launch"): they talk
    with each other, or with a partner the slots name or the story gives; what they talk about is
    the topic, never a target."""
    return cand.symmetric and (len({s.code for s in sources}) > 1 or (bool(sources) and cand.root == roots.CONSULT))


def _with_each_other(sources: list[Actor], one_act: bool) -> list[Dyad]:
    """Parties that act together with no one else named act with each other: a meeting is one act
    between them ("Kim and Putin met"); an intent or a wish to cooperate is each one's own, towards
    the other ("Chinese and Canadian leaders signalled a willingness to deepen cooperation"; two
    parties only: "Australia, Canada and the United States all offered to resettle them" is no
    cooperation among the three)."""
    if one_act:
        return [Dyad(sources[0], other) for other in sources[1:]]
    return [Dyad(a, b) for a in sources for b in sources if a is not b]


def _reciprocal(cand: Candidate) -> bool:
    """'A and B accused each other', 'both countries withdrew their ambassadors': each of the
    coordinated doers acts on the other, whatever else the sentence names."""
    token = cand.token
    reached = g.direct_objects(token) + [o for p in children(token) if p.dep_ == "prep"
                                         for o in children(p) if o.dep_ == "pobj"]
    reached += [c for o in list(reached) for c in children(o) if c.dep_ == "poss"]  # "expelled [each other's] envoys"
    pairs = {frozenset(pair) for pair in word_table("events.reciprocal_pronouns").items()}
    if any(frozenset({d.lower_, t.lower_}) in pairs for t in reached for d in children(t)):
        return True
    if any(_the_other(t) for t in reached):
        return True  # "each side blamed [the other]", "both sides accused [the other side]"
    pair = [s for s in slot_tokens(Slot.SUBJ, cand)
            if s.tag_ in PLURAL_NOUN_TAGS and any(c.lower_ in word_list("events.pair_words") for c in s.lefts)]
    # "both countries withdrew ambassadors", "the two sides expelled their envoys"
    return bool(pair) and (cand.root == roots.REDUCE or _their_own_objects(token))


def _the_other(token: Token) -> bool:
    """ "the other", "the other side": the pair member that is not the doer, so with several
    doers each one's counterpart."""
    return token.lower_ in OTHER_WORDS or (token.lemma_.lower() in PAIR_NOUNS
                                            and any(c.lower_ in OTHER_WORDS for c in token.lefts))


def _their_own_objects(token: Token) -> bool:
    """The act's object is "their" own ("recalled [their] ambassadors")."""
    return any(c.dep_ == "poss" and c.lower_ == "their" for o in g.direct_objects(token) for c in children(o))


def _both_withdrew(cand: Candidate, sources: list[Actor]) -> bool:
    """'Morocco and Algeria recalled their ambassadors', 'Rwanda and Congo expelled their
    envoys': two states that reduce relations (16x) with their own envoys and no one else named
    reduce them with each other."""
    return cand.root == roots.REDUCE and len({s.country for s in sources if s.country}) == len(sources) == 2 \
        and _their_own_objects(cand.token)


def _both_fought(cand: Candidate) -> bool:
    """'Both the army and the rebels violated the truce': a fight with no one else named is
    between the two."""
    return cand.root in roots.MUTUAL_ROOTS and any(
        c.dep_ == "preconj" and c.lower_ == "both" for s in slot_tokens(Slot.SUBJ, cand) for c in children(s))


def _pressing(cand: Candidate) -> list[Token]:
    """Who pressed for what a refusal turns down: "declined to resign despite growing pressure
    by [the commission]", "rejected the plan in spite of calls from [Washington]"."""
    words = list(g.clause_chain(cand.token)) + cand.extra_tokens
    pressure = word_list("events.pressure_nouns")
    found: list[Token] = []
    for word in words:
        for prep in children(word):
            conceding = prep.lower_ == "despite" or any(o.lower_ == "spite" for o in children(prep))
            if prep.dep_ != "prep" or not conceding:
                continue
            nouns = [o for o in prep.subtree if o.dep_ == "pobj" and o.lemma_.lower() in pressure]
            found += [t for n in nouns[:1] for t in g.owners(n)]
    return found


def _unnamed_force(cand: Candidate, referents: Referents, actors: DocumentActors, context: Context) -> bool:
    """ "The opposition politician was shot dead in Kampala", "a military convoy was ambushed in
    northern Mali": force told in an agentless passive still harmed its subject when that names a
    party (a film "shot in Morocco" harms no one); coders code it with the unaligned armed forces
    of the place, or with no source (events/implied.py)."""
    token = cand.token
    if token.pos_ not in VERB_POS or not g.is_passive(token) or g.is_reduced_passive(token) or g.agents(token) \
            or not any(cand.code.startswith(c) for c in ImpliedRules.load().violence_codes):
        return False
    if token.lemma_.lower() in FIGURATIVE_FORCE_VERBS and not _at_a_place(token):
        return False  # "the journalist was attacked online", "attacked over his record": words
    harmed = referents.resolve(g.passive_subjects(token), cand, actors, context)
    return any(a.code and (a.sector or a.country) for a in harmed)


def _at_a_place(verb: Token) -> bool:
    """The clause says where the act happened by a place's name ("attacked [in Kirkuk]", "at a
    checkpoint [near Kirkuk]", "a police station [in Peshawar] was attacked")."""
    return any(t.ent_type_ in GEO_PLACE_LABELS for head in (verb, *g.passive_subjects(verb))
               for p in children(head) if p.dep_ == "prep" and p.lower_ in PLACE_PREPS for t in p.subtree)


def _unnamed_critics(cand: Candidate) -> bool:
    """ "Paris was accused of aiding rebels", "the army has been criticized for ...": a passive
    accusation or criticism with no one named by "by" still blames its subject; coders code it with
    no source. So does a passive confiscation ("weapons were seized from the militants")."""
    token = cand.token
    taking = cand.code == CONFISCATION and token.lemma_.lower() in UNNAMED_TAKING
    return (cand.root == roots.DISAPPROVE or taking) and cand.pattern.evaluation is None \
        and token.pos_ in VERB_POS \
        and token.lemma_.lower() not in UNBLAMING_PASSIVES and g.is_passive(token) \
        and not g.is_reduced_passive(token) and not g.agents(token)
