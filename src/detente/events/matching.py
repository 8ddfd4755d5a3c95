"""Which pattern a token triggers, and with what evidence: the interpreter of the wording
fields of events/schema.py (particle, object, prep, subject, complement, the exclusions,
requires_modifier, requires_governor, transitive, outcome).

For every token whose lemma is a trigger, the patterns of that trigger are tried; the one
whose wording matches most (objects and subjects weigh most, then modifiers, particles and
prepositions), then the most specific code, then a user's own pattern, wins.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.data import word_list
from detente.events import roots
from detente.events.alongside import armed_backing, party_signing
from detente.events.candidate import Candidate
from detente.events.evaluations import Evaluations
from detente.events.modality import Modality
from detente.events.outcomes import OutcomeReader
from detente.events.patterns import PatternBook
from detente.events.schema import (
    ACTING_FRAMES,
    ANY_COMPLEMENT,
    CLAUSE_COMPLEMENT,
    VIEW_COMPLEMENT,
    Outcome,
    Pattern,
    WordClass,
)
from detente.nlp import grammar as g
from detente.nlp.labels import (
    ADJUNCT_DEPS,
    CLAUSAL_ARGUMENT_DEPS,
    COMPLEMENT_CLAUSE_DEPS,
    DATE_ENTITY,
    GERUND_TAG,
    MONEY_LABEL,
    NOMINAL_GERUND_DEPS,
    NOUN_MODIFIER_DEPS,
    NOUN_POS,
    NUMBER_POS,
    OBJECT_DEPS,
    PRENOMINAL_DEPS,
    PREP_OBJECT_DEPS,
    SUBJECT_DEPS,
    VERB_POS,
)
from detente.nlp.tree import children

ANSWERED_CHARGES = word_list("events.answered_charges")  # "X accused Y, a [charge] Z denies"
TIME_PREPS = word_list("events.time_preps")  # "arrested 200 people [after] the election": a time, no object
EXPLETIVE_DEP = "expl"  # "hopes [there] can be a deal": a clause of its own all the same
OPEN_QUESTION_MARK = "whether"  # "weighing [whether] to impose tariffs": a question the trigger takes
Evidence = tuple[list[Token], int]  # the tokens that matched besides the trigger, and how many words


class PatternMatcher:
    """Finds the candidates of a sentence: triggers matched by their best pattern."""

    def __init__(self, patterns: PatternBook, modality: Modality) -> None:
        self.patterns = patterns
        self.modality = modality
        # per-token lookups, joined once: verbs that report a clause, verbs whose object is a clause
        self._reporting_verbs = modality.speech_verbs | word_list("events.reporting_verbs")
        self._clause_taking_verbs = modality.speech_verbs | modality.intent_verbs
        # every word some pattern is triggered by (lemma or listed form): most tokens are none
        self._trigger_words = {word for _, word in (*patterns.by_trigger, *patterns.forms)}
        self.outcomes = OutcomeReader(self.match, modality)

    def candidates(self, sent: Span) -> list[Candidate]:
        return [c for tok in sent if (c := self.match(tok)) is not None]

    def match(self, token: Token) -> Candidate | None:
        """The best pattern of this token as a candidate event, or None."""
        if token.lemma_.lower() not in self._trigger_words and token.lower_ not in self._trigger_words:
            return None  # no pattern has this word (checked first: the word class costs more)
        pos = trigger_class(token)
        if pos is None and token.lemma_.lower() in self._reporting_verbs and g.inverted_report(token) is not None:
            pos = WordClass.VERB  # "..., a rights group [protested] on Tuesday"
        if pos is None:
            return None
        best: tuple[tuple[int, int, bool], Pattern, list[Token]] | None = None
        seen: dict[str, list[Token]] = {}  # objects and subjects, computed once per token
        for pattern in self.patterns.candidates(pos, token.lemma_.lower(), token.lower_):
            found = self._evidence(pattern, token, seen)
            if found is None:
                continue
            extra, weight = found
            score = (weight, len(pattern.code), pattern.origin in self.patterns.user_origins)
            if best is None or score > best[0] or (score == best[0] and _refines(pattern.code, best[1].code)):
                best = (score, pattern, extra)
        if best is None:
            return None
        _, pattern, extra = best
        if token.dep_ == "acl" and token.tag_ == GERUND_TAG and pattern.frame is None \
                and token.head.lemma_.lower() not in word_list("events.text_nouns"):
            return None  # "a ship carrying aid": a description; "a resolution calling for a ceasefire" is an act
        kept_apart = {"prep", "prt", "agent"} | (CLAUSAL_ARGUMENT_DEPS if pattern.frame in ACTING_FRAMES else set())
        inside = {t.i for t in token.subtree} if extra else set()  # the subtree only when there is evidence
        absorbed = {t.i for t in extra if t.dep_ not in kept_apart and t.i in inside} - {token.i}
        if token.lemma_.lower() in self.modality.answering_verbs:  # "rejected [Kenya's request]": Kenya's act
            absorbed -= {t.i for t in extra if t.lemma_.lower() in self.modality.carriers and g.owners(t)}
        cand = Candidate(token, pattern, pattern.code, list(extra), absorbed, symmetric=pattern.symmetric)
        if pattern.evaluation is not None:  # "called the killings [genocide]": the lexicon's own code (1124)
            judged = Evaluations.load().judge(_predicates(token), (pattern.evaluation,))
            if judged is not None:
                cand.code, cand.evaluation = judged.evaluation.code or pattern.code, judged.evaluation.id
        if pattern.requires_governor is not None and pattern.code[:2] in roots.VIOLENT_ROOTS \
                and not self.outcomes.toll_of(cand):  # "[the operation] resulted in the deaths of"
            return None  # "[the storm] led to the deaths of": no act
        if pattern.outcome:
            means = self.outcomes.take_means(cand)
            if means is None or (not means and pattern.outcome == Outcome.NEEDS_MEANS):
                return None
        if pattern.code[:2] == roots.PROTEST and self._celebrating(token):
            return None  # "flooded the streets in celebration": a crowd rejoicing is no protest
        if pattern.ceases and not self._take_ended(cand):
            return None
        return cand

    # --- the wording of a pattern ---------------------------------------------------------------
    def _evidence(self, pattern: Pattern, token: Token, seen: dict[str, list[Token]]) -> Evidence | None:
        """The extra evidence tokens and how much of the wording matched, when every
        constraint holds: objects and subjects weigh most, then modifiers, particles, prepositions."""
        extra: list[Token] = []
        words = self._wording(pattern, token, seen, extra)
        if words is None or not self._exclusions_clear(pattern, token, seen):
            return None
        complement_words = self._complement(pattern, token, extra)
        if complement_words is None:
            return None
        return _modifier_evidence(pattern, token, extra, words + complement_words)

    def _wording(self, pattern: Pattern, token: Token, seen: dict[str, list[Token]],
                 extra: list[Token]) -> int | None:
        """particle, object, prep, prep_object and subject: the words that must be there."""
        words = 0
        if pattern.particle:
            found = g.particle(token, pattern.particle)
            if found is None:
                return None
            extra.append(found)
            words += 1
        held: Token | None = None
        if pattern.objects is not None:
            hit = g.best_phrase_match(self._objects(token, seen), pattern.objects)
            if hit is None or (pattern.owned_object and not g.owners(hit[0])):
                return None
            held = hit[0]
            extra.append(hit[0])
            words += 2 * hit[1]
            if pattern.object_preps is not None:  # "hosted talks [between] A and B"
                on_object = g.has_prep(hit[0], pattern.object_preps) or g.displaced_prep(hit[0], pattern.object_preps)
                if on_object is None:
                    return None
                extra.append(on_object)
                words += 1
        if pattern.prep:
            prep = g.has_prep(token, pattern.prep) or g.displaced_prep(token, pattern.prep) \
                or g.object_complement_prep(token, pattern.prep)
            if prep is None and held is not None:  # "concluded [negotiations on] a trade deal": the object's phrase
                prep = g.has_prep(held, pattern.prep)
            if prep is None and pattern.prep_objects is None:
                prep = _clause_mark(token, pattern.prep)  # "called [for] the Taliban to lift the ban"
            if prep is None or (prep.i < token.i and token.pos_ in VERB_POS):
                return None  # "[On] Wednesday, Macron called ...": a fronted adjunct is no "call on"
            extra.append(prep)
            words += 1
            if pattern.prep_objects is not None:
                pobjs = [c for c in children(prep) if c.dep_ in PREP_OBJECT_DEPS]
                pobjs += [t for p in pobjs for t in g.through_quantity(p, word_list("grammar.making_nouns"))]
                hit = g.best_phrase_match([t for p in pobjs for t in g.expand_conjuncts(p)], pattern.prep_objects)
                if hit is None:
                    return None
                extra.append(hit[0])
                words += hit[1]
        if pattern.subjects is not None:
            hit = g.best_phrase_match(self._subjects(token, seen), pattern.subjects)
            if hit is None:
                return None
            words += 2 * hit[1]
        if pattern.evaluation is not None:
            judged = Evaluations.load().judge(_predicates(token), (pattern.evaluation,))
            if judged is None:  # "called Tokyo's apology a [meaningful] step", "termed it an act of [piracy]"
                return None
            extra.append(judged.token)
            words += 2
        return words

    def _exclusions_clear(self, pattern: Pattern, token: Token, seen: dict[str, list[Token]]) -> bool:
        """The wordings a pattern must not take: a dependent ("calls X [a friend]"), a subject
        ("[tourists] visited"), an object or object of a preposition on the trigger ("battled
        [blazes]"), a preposition ("called [as] witnesses"), a complement ("declining to be
        [named]"), a modifier ("a [new] trial"); a transitive-only trigger needs an object or a
        complement ("declined the offer", not "exports declined")."""
        if pattern.exclude_dep is not None and any(c.dep_ in pattern.exclude_dep for c in children(token)):
            return False
        if pattern.exclude_subject is not None and g.best_phrase_match(
                self._subjects(token, seen) + g.controlling_passive_subjects(token),  # "[the base] was used to hold"
                pattern.exclude_subject) is not None:
            return False
        if pattern.exclude_object is not None:
            pobjs = [p for c in children(token) if c.dep_ in ("prep", "dative") and c.lower_ not in TIME_PREPS
                     for p in children(c) if p.dep_ in PREP_OBJECT_DEPS]
            if g.best_phrase_match(self._objects(token, seen) + pobjs, pattern.exclude_object) is not None:
                return False
        if pattern.transitive and not self._objects(token, seen) \
                and not any(c.dep_ in COMPLEMENT_CLAUSE_DEPS for c in children(token)):
            return False
        if pattern.exclude_prep is not None and any(
                c.dep_ in ("prep", "dative") and c.lower_ in pattern.exclude_prep for c in children(token)):
            return False
        if pattern.exclude_complement is not None and any(
                c.dep_ in COMPLEMENT_CLAUSE_DEPS and c.lemma_.lower() in pattern.exclude_complement
                for c in children(token)):
            return False
        if pattern.exclude_governor is not None and (gov := g.governor(token)) is not None \
                and gov.lemma_.lower() in pattern.exclude_governor:
            return False
        return pattern.exclude_modifier is None or not any(
            c.dep_ in NOUN_MODIFIER_DEPS and c.lemma_.lower() in pattern.exclude_modifier for c in children(token))

    def _complement(self, pattern: Pattern, token: Token, extra: list[Token]) -> int | None:
        """complement and complement_object: the clause the trigger must take ("declined to
        [comment]", "failed to reach [an agreement]"); the words matched, None on a mismatch."""
        wanted = pattern.complements
        if wanted is None:
            return 0
        unasserted = self.modality.unasserting_modals  # "agreed that X [should] ...": no view stated
        comps = [c for c in children(token) if (c.dep_ in CLAUSAL_ARGUMENT_DEPS or _open_question(c))
                 and (c.lemma_.lower() in wanted or ANY_COMPLEMENT in wanted
                      or (CLAUSE_COMPLEMENT in wanted and _reported_clause(c))
                      or (VIEW_COMPLEMENT in wanted and _reported_clause(c) and not g.aux_words(c) & unasserted))
                 and not g.answered_charge(c, token, ANSWERED_CHARGES)]  # "..., a charge Kigali [denies]"
        if not comps and CLAUSE_COMPLEMENT in wanted and (reported := g.inverted_report(token)) is not None:
            comps = [reported]  # "X is failing Y, a rights group protested"
        words = 0
        if pattern.complement_objects is not None:  # "failed to reach [an agreement]"
            hits = [(c, hit) for c in comps  # "reach [an agreement]", "respond to [questions]"
                    if (hit := g.best_phrase_match(self._object_tokens(c) + g.prep_objects(c, "to"),
                                                   pattern.complement_objects))]
            if not hits:
                return None
            comps = [hits[0][0]]
            extra.append(hits[0][1][0])
            words += 2 * hits[0][1][1]
        if not comps:
            return None
        if comps[0].lemma_.lower() in wanted or ANY_COMPLEMENT in wanted:
            extra.append(comps[0])  # a reported clause stays an act of its own (not absorbed)
        return words + 2

    # --- subjects and objects -------------------------------------------------------------------
    def _subjects(self, token: Token, seen: dict[str, list[Token]]) -> list[Token]:
        if "subj" not in seen:
            subj = g.agents(token) if g.is_passive(token) or armed_backing(token) else g.subjects(token)
            seen["subj"] = subj + [t for tok in subj for t in g.through_quantity(tok, self.modality.quantity_nouns)]
        return seen["subj"]

    def _objects(self, token: Token, seen: dict[str, list[Token]]) -> list[Token]:
        if "obj" not in seen:
            seen["obj"] = self._object_tokens(token)
        return seen["obj"]

    def _object_tokens(self, token: Token) -> list[Token]:
        found = g.direct_objects(token) + g.passive_subjects(token)
        # "took 20 men [hostage]", "designated [X] [a terrorist group]": a second object, what the object
        # is made or named (not "cross-[examination]", one word split up)
        found += [c for c in children(token) if c.dep_ in OBJECT_DEPS and c not in found
                  and (c.i == 0 or c.doc[c.i - 1].text != "-")]
        if token.lemma_.lower() in word_list("events.with_object_verbs"):  # "threatened Canada with tariffs"
            found += g.prep_objects(token, "with")
        found += [c for c in children(token) if c.dep_ in ("attr", "oprd")]
        # "designated the Houthis, [a terrorist group]": the object's appositive
        found += [a for o in g.direct_objects(token) for a in children(o) if a.dep_ == "appos" and a.pos_ == "NOUN"]
        for xcomp in (c for c in children(token) if c.dep_ == "ccomp" and (
                c.pos_ == "NOUN" or c.lemma_.lower() in word_list("grammar.clause_parsed_nouns"))):
            found.append(xcomp)  # spaCy sometimes hangs an object as a clause
        if not found and token.dep_ == "relcl" and token.head.lemma_.lower() in ANSWERED_CHARGES \
                and not g.is_passive(token):
            found.append(token.head)  # "..., [a charge] New Delhi quickly rejected": what it rejected
        if not found and token.lemma_.lower() not in self._clause_taking_verbs:
            found += _object_as_clause_subject(token)
        return found + [t for tok in found for t in g.through_quantity(tok, self.modality.quantity_nouns)] \
            + [t for tok in found for t in _through_sum(tok)] \
            + [t for tok in found for t in g.through_quantity(tok, word_list("grammar.making_nouns"))]

    def _take_ended(self, cand: Candidate) -> bool:
        """ "stop [the attacks]", "end [its probe]", "stop [interfering]": the ending of an act takes
        its code from the act ended (the cessation table); a policy or a practice, or an act no
        pattern codes, keeps the pattern's code; anything else ("stopped the car") is no act."""
        token = cand.token
        ended = g.direct_objects(token) + g.passive_subjects(token)
        ended += [c for c in children(token) if c.dep_ in ("xcomp", "ccomp") and c.tag_ == GERUND_TAG]
        for thing in ended:
            act = self.match(thing) if thing.i != token.i else None
            if act is not None:
                code = self.modality.cessation_code(act.code)
                if code is None:
                    continue  # "ended the talks", "stopped cooperating": not a concession
                cand.code, cand.rule_suffix = code, f"+ends:{act.pattern.id}"
            elif g.best_phrase_match([thing], self.modality.ceasable_acts) is None:
                continue  # "stopped implementing the protocol": no concession named
            if any(o.pos_ != "PRON" for o in g.owners(thing)):
                continue  # "police stopped the opposition's march": ending another's act is no concession
            cand.extra_tokens.append(thing)
            cand.absorbed |= {t.i for t in thing.subtree}
            return True
        return False

    def _celebrating(self, token: Token) -> bool:
        """The gathering is for joy: "in celebration", "to celebrate", "in jubilation"."""
        for child in children(token):
            words = [child] + [t for t in child.subtree if t.dep_ in ("pobj", "xcomp", "advcl", "pcomp")]
            if child.dep_ in ("prep", "xcomp", "advcl") and any(
                    w.lemma_.lower() in self.modality.celebration_words for w in words):
                return True
        return False


def _refines(code: str, plain: str) -> bool:
    """On equal wording a specific kind of force beats its root's plain one: "a Russian missile
    [struck] a hotel" is heavy force (194, by its subject) as much as an attack on a place (190)."""
    return plain.endswith("0") and plain[:2] in roots.VIOLENT_ROOTS and code[:2] == plain[:2] \
        and not code.endswith("0")


def trigger_class(token: Token) -> WordClass | None:
    """The word class a token is matched as: a verb, a noun (also a gerund in a noun's place)
    or an adjective; None for participles that describe a noun ("the banned party")."""
    if token.pos_ in VERB_POS:
        if token.dep_ in NOUN_MODIFIER_DEPS:
            return None  # "the banned party", "alleged crimes"
        if token.tag_ == GERUND_TAG and token.dep_ in NOMINAL_GERUND_DEPS \
                and not any(c.dep_ in ("dobj", "nsubj", "aux") for c in children(token)):
            return WordClass.NOUN  # "[Fighting] between A and B resumed": a gerund standing as a noun
        if token.dep_ == "acl" and token.tag_ != GERUND_TAG and not any(c.dep_ == "aux" for c in children(token)) \
                and g.misparsed_main_verb(token) is None \
                and not (token.lemma_.lower() in word_list("events.go_between_participles") and g.agents(token)) \
                and not armed_backing(token) and not party_signing(token):
            return None  # "the curfew imposed in 1989": a description, not an act ("a truce brokered by Qatar" is one)
        return WordClass.VERB
    if token.pos_ in NOUN_POS:
        if token.ent_type_ == DATE_ENTITY and token.is_title:
            return None  # "in detention since [March]": a month, not a march
        return WordClass.NOUN
    if token.pos_ == "ADJ":
        return WordClass.ADJ
    return None




def _modifier_evidence(pattern: Pattern, token: Token, extra: list[Token], words: int) -> Evidence | None:
    """requires_modifier ("[hunger] strike", a verb's adverb: "will respond [firmly]") and
    requires_governor ("[reach] a deal")."""
    if pattern.requires_modifier is not None:
        mods = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
        mods += [m for c in mods for m in c.lefts if m.dep_ in PRENOMINAL_DEPS]  # "car bomb attack"
        if token.pos_ in VERB_POS:  # "respond swiftly and [firmly]"
            mods += [a for c in children(token) if c.dep_ == "advmod" for a in g.expand_conjuncts(c)]
        wanted = pattern.requires_modifier
        mods = [c for c in mods if c.lemma_.lower() in wanted or c.lower_ in wanted
                or (c.ent_type_ and f"ent:{c.ent_type_.lower()}" in wanted)]  # "[Israeli] fire": "ent:norp"
        if not mods:
            return None
        extra += mods
        words += 2
    if pattern.requires_governor is not None:
        gov = g.governor(token) or _governing_preposition(token) or _copular_verb(token)
        names = set() if gov is None else {gov.lemma_.lower()}
        if gov is not None and gov.dep_ == "prep" and gov.head.pos_ in VERB_POS:
            names.add(f"{gov.head.lemma_.lower()} {gov.lower_}")  # "[resulted in] the deaths of 16 militants"
        if gov is None or not names & pattern.requires_governor:
            return None
        extra.append(gov)
        words += 1
    return extra, words


def _copular_verb(adjective: Token) -> Token | None:
    """ "[pleaded] not guilty": the verb an adjective trigger completes."""
    return adjective.head if adjective.dep_ == "acomp" and adjective.head.pos_ in VERB_POS else None


def _governing_preposition(noun: Token) -> Token | None:
    """ "[with] the backing of Washington, Seoul ...": the preposition whose object the noun is."""
    return noun.head if noun.dep_ in PREP_OBJECT_DEPS and noun.head.dep_ == "prep" else None


def _predicates(token: Token) -> list[Token]:
    """What a verb of naming says its object is: "called the sanctions [illegal]", "described the
    move as [a violation]", "called Ford's comments [egregious]" (read as the noun's modifier)."""
    found = [c for c in children(token) if c.dep_ in ("oprd", "acomp", "xcomp")
             and c.pos_ in ("ADJ", "NOUN", NUMBER_POS)]  # "called Canada [one] of the worst abusers"
    found += [c for c in children(token) if c.dep_ == "advcl" and c.pos_ in ("ADJ", "NOUN")
              and any(m.lower_ == "as" for m in children(c))]  # "described the challenges [as baseless]"
    named = [c for c in children(token) if c.dep_ == "oprd" and c.pos_ in NOUN_POS]  # "called [X's remarks] egregious"
    for obj in g.direct_objects(token) + named:
        found += g.prep_objects(obj, "as")
        found += [c for c in children(obj) if c.dep_ == "amod" and c.i > obj.i]  # after its noun: a predicate
    found += g.prep_objects(token, "as")
    found += [o for c in children(token) if c.dep_ == "ccomp" and c.pos_ in NOUN_POS
              for o in children(c) if o.dep_ == "dobj"]  # "called [the British move] a grave mistake", misparsed
    found += [a for p in children(token) if p.dep_ == "prep" and p.lower_ == "as"
              for a in children(p) if a.pos_ == "ADJ"]  # "described the sanctions as [illegal]", read as a modifier
    return [t for f in found for t in g.expand_conjuncts(f)]


def _reported_clause(clause: Token) -> bool:
    """A finite clause with its own subject ("protested [that X had failed ...]",
    "[X is failing ...], the group protested"), not an infinitive ("protested to demand")."""
    return clause.dep_ == "ccomp" and any(c.dep_ in SUBJECT_DEPS or c.dep_ == EXPLETIVE_DEP for c in children(clause))


def _clause_mark(token: Token, prepositions: frozenset[str]) -> Token | None:
    """ "called [for] the Taliban to lift the ban": the preposition the parser made the mark of
    the clause that follows, when that clause has its own subject."""
    for clause in children(token):
        if clause.dep_ in ("advcl", "ccomp", "xcomp") and clause.i > token.i \
                and any(c.dep_ in SUBJECT_DEPS for c in children(clause)):
            for mark in children(clause):
                if mark.dep_ == "mark" and mark.lower_ in prepositions:
                    return mark
    return None


def _through_sum(token: Token) -> list[Token]:
    """ "$500 million [in] military aid", "50 million euros [worth of] arms": what a sum of money
    is given as (the sum itself still matches "ent:money")."""
    if token.ent_type_ != MONEY_LABEL:
        return []
    for child in children(token):
        if child.dep_ == "prep" and child.lower_ in word_list("events.sum_preps"):  # a kind of aid, not "of aid"
            return [c for c in children(child) if c.dep_ in PREP_OBJECT_DEPS]  # "[in] loans", "[in] military aid"
    return []


def _object_as_clause_subject(token: Token) -> list[Token]:
    """ "shortened by one hour [the curfew] imposed after a coup toppled the government":
    when an adjunct stands between a verb and its object, the parser may read the object as
    the subject of a later clause. Taken only from a clause with no "that"/"if" before it
    whose subject follows the verb with adjuncts, and nothing else, in between."""
    for clause in children(token):
        if clause.dep_ != "ccomp" or clause.i < token.i or g.marks(clause):
            continue
        adjuncts = {t.i for c in children(token) if c.dep_ in ADJUNCT_DEPS and c.i > token.i for t in c.subtree}
        for subj in children(clause):
            between = range(token.i + 1, subj.left_edge.i)
            if subj.dep_ == "nsubj" and subj.pos_ in NOUN_POS and subj.i < clause.i and between \
                    and all(i in adjuncts for i in between):
                return [subj]
    return []


def _open_question(clause: Token) -> bool:
    """ "weighing [whether to impose] tariffs": the parser hangs a question the trigger takes as an
    adverbial clause; it is the trigger's complement all the same."""
    return clause.dep_ == "advcl" and OPEN_QUESTION_MARK in g.marks(clause)
