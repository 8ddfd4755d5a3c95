"""Whether and how an act happened: negated, conditional, intended, threatened, refused,
appealed for, demanded, reported, or only mentioned.

``Modality`` holds the word lists and code tables of data/patterns/modality.yaml (with the
grammatical words of data/lexicon/grammar.yaml). The frames' code tables map the code of an
embedded act to the code of the framed one ("agreed to [meet]": 036); in every table the
longest matching prefix of the embedded act's code decides.

``ModalityReader`` settles each candidate with them: it walks up from the trigger through
the frames that embed it ("said [it would [refuse to [meet]]]"), then decides whether the
act happened, is only intended, threatened, refused, appealed for or demanded, and who
reports it. The frames' semantics are in events/schema.py (``Frame``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from detente.data import data_path, load_yaml, word_list, word_table
from detente.dates import event_tense, is_past
from detente.errors import ConfigError, Errors
from detente.events import roots
from detente.events.accusations import as_charge, refuse_pressure, refused_pressure, take_charge
from detente.events.candidate import NEGATED_RULE, STATEMENT_DEMAND_RULE, Candidate, frame_rule
from detente.events.evaluations import Evaluations, Judged
from detente.events.quoted import give_way, said_clauses
from detente.events.schema import (
    ACTING_FRAMES,
    ADDRESSING_FRAMES,
    CLOSING_FRAMES,
    DENYING_FRAMES,
    FUTURE_FRAMES,
    Frame,
    WordClass,
)
from detente.events.tallies import reports_a_tally, tallied
from detente.nlp import grammar as g
from detente.nlp.labels import (
    ACTIVE_SUBJECT_DEPS,
    COMPLEMENT_CLAUSE_DEPS,
    GERUND_TAG,
    NOUN_POS,
    PRESENT_TENSE_TAGS,
    SUBJECT_DEPS,
    VERB_POS,
)
from detente.nlp.tree import children

MODALITY_FILE = "patterns/modality.yaml"
HOPING_VERBS = word_list("events.hoping_verbs")  # "we [hoped] to settle it": a past hope, not an intention
PESSIMISM_CODE = "012"  # CAMEO: make pessimistic comment (a regret that a hope was not met)
BARE_STATEMENT = "010"  # a verb of saying: "the ministry [would not comment]" is told, a comment declined (011)
NARRATIVE_MODAL = "would"
PAST_TAGS = frozenset({"VBD", "VBN"})
ANSWERED_CHARGES = word_list("events.answered_charges")  # "..., a [charge] Kigali denies"
DENIAL_CODE = word_table("events.rebuttal")["code"]  # a charge denied (016)
REPORTED_DEMAND_RULE = "+reported_demand"  # "said the U.N. must maintain sanctions": a demand by the speaker
NEGATIVE = "negative"  # the evaluation_codes key of blame
BLAME_INFINITIVES = word_list("events.blame_infinitives")  # "Britain was [to blame]": blamed, not blaming
BLAME = "blame"  # the evaluation_codes key of an act laid at a party's door



def _scant(noun: Token) -> bool:
    """ "[little] reason to think", "[scant] evidence that": a noun whose quantifier doubts what its
    clause says ("a little" is some, not this)."""
    if noun.pos_ not in NOUN_POS or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(noun)):
        return False
    return any(c.dep_ in ("det", "amod") and c.lower_ in word_list("grammar.scant_quantifiers") for c in children(noun))


def _lost_hope(wrapper: Token) -> bool:
    """ "We [hoped] it would be possible to settle the dispute", "Kenya [had hoped] to meet": a hope
    the hoper tells as past (their own, or one that had been held) is one not met, a regret (012), no
    intention; "Trump hoped to meet Kim" in a story's past stays an intention of then."""
    if wrapper.lemma_.lower() not in HOPING_VERBS or wrapper.tag_ not in PAST_TAGS:
        return False
    own = any(s.lower_ in word_list("grammar.first_person_pronouns") for s in g.subjects(wrapper))
    return own or "had" in g.aux_words(wrapper)


def longest_prefix(table: dict[str, str], code: str) -> str | None:
    """The value of the longest prefix of ``code`` that ``table`` has ("0841" before "084" before "08")."""
    for end in range(len(code), -1, -1):
        if code[:end] in table:
            return table[code[:end]]
    return None


def inflections(lemma: str, pos: WordClass | str = WordClass.VERB) -> set[str]:
    """Regular forms of a trigger: verbs -s/-ed/-ing, nouns -s (multi-word triggers: none)."""
    if " " in lemma or not lemma.isalpha():
        return set()
    stem_e = lemma[:-1] if lemma.endswith("e") else lemma
    plural = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else (
        lemma + "es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else lemma + "s")
    if pos != WordClass.VERB:
        return {plural}
    double = lemma + lemma[-1] if len(lemma) > 2 and lemma[-1] in "bdgmnprt" and lemma[-2] in "aeiou" \
        and lemma[-3] not in "aeiou" else lemma
    past = lemma + "d" if lemma.endswith("e") else (
        lemma[:-1] + "ied" if lemma.endswith("y") and lemma[-2] not in "aeiou" else lemma + "ed")
    return {plural, past, double + "ed", stem_e + "ing", double + "ing"}


def _table(raw: dict[str, Any] | None) -> dict[str, str]:
    return {str(k): str(v) for k, v in (raw or {}).items()}


def _frames(raw: dict[str, Any] | None, name: str = "frame_nouns") -> dict[str, Frame]:
    """A table of words to frames ("plan: intent"), each checked against the frames there are."""
    known = {f.value: f for f in Frame}
    table = _table(raw)
    wrong = sorted(v for v in table.values() if v not in known)
    if wrong:
        raise ConfigError(Errors.E016.format(
            path=MODALITY_FILE, detail=f"{name}: unknown frames {wrong}; use {sorted(known)}"))
    return {noun: known[name] for noun, name in table.items()}


@dataclass(frozen=True, slots=True)
class Modality:
    """The grammar lists and code tables of data/patterns/modality.yaml."""

    intent: dict[str, str]
    refusal: dict[str, str]
    appeal: dict[str, str]
    demand: dict[str, str]
    accusation: dict[str, str]
    demand_modals: frozenset[str]
    appeal_modals: frozenset[str]
    demand_code: str
    hypothetical_modals: frozenset[str]
    future_aux: frozenset[str]
    intent_verbs: frozenset[str]
    refusal_verbs: frozenset[str]
    blocking_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    speech_verbs: frozenset[str]
    negating_determiners: frozenset[str]
    negating_words: frozenset[str]
    asserting_verbs: frozenset[str]
    eventive_predicates: frozenset[str]
    asserting_preps: frozenset[str]
    proposal_nouns: frozenset[str]
    pronouns: frozenset[str]
    nonviolent_causes: frozenset[str]
    celebration_words: frozenset[str]
    quantity_nouns: frozenset[str]
    frame_nouns: dict[str, Frame]
    modal_verbs: dict[str, str] = field(default_factory=dict)
    decided_codes: tuple[str, ...] = ()
    in_force_predicates: frozenset[str] = frozenset()
    reluctance_verbs: frozenset[str] = frozenset()
    claiming_verbs: frozenset[str] = frozenset()  # "claimed to have attacked": its own act, reported
    outcome_predicates: frozenset[str] = frozenset()
    sequence_verbs: frozenset[str] = frozenset()
    presupposing_verbs: frozenset[str] = frozenset()
    answering_verbs: frozenset[str] = frozenset()
    undergoing_verbs: frozenset[str] = frozenset()
    cessation: dict[str, str] = field(default_factory=dict)
    evaluation_codes: dict[str, str] = field(default_factory=dict)
    ceasable_acts: frozenset[str] = frozenset()
    speculating_speakers: frozenset[str] = frozenset()  # "analysts say X would ...": a guess
    perfect_aux: frozenset[str] = frozenset()  # "should not have ...": a judgement of the past
    reported_charges: dict[str, str] = field(default_factory=dict)  # "said X violated the rules": 128 -> 112
    blame_predicates: frozenset[str] = frozenset()  # "said X was [responsible] for the attack": 112
    blamed_harms: frozenset[str] = frozenset()  # "... responsible for [the violence]": harms, not acts
    blame_bearing_verbs: frozenset[str] = frozenset()  # "said X [bore] responsibility for the attack": 112
    unwilling_verbs: frozenset[str] = frozenset()  # "does not want to meet": a refusal
    asking_verbs: dict[str, Frame] = field(default_factory=dict)  # "hopes [Y] will ...": an appeal to Y
    mandative_verbs: dict[str, Frame] = field(default_factory=dict)  # "insisted that [Y release]": a demand on Y

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Modality:
        raw = load_yaml(data_path(MODALITY_FILE).read_text(encoding="utf-8"))
        assert isinstance(raw, dict)
        lists = {name: frozenset(str(v).lower() for v in raw.get(name, ())) for name in (
            "intent_verbs", "refusal_verbs", "blocking_verbs", "asserting_verbs", "eventive_predicates",
            "asserting_preps", "proposal_nouns", "nonviolent_causes", "celebration_words",
            "speculating_speakers",
            "ceasable_acts", "outcome_predicates", "sequence_verbs", "presupposing_verbs", "answering_verbs",
            "undergoing_verbs", "in_force_predicates", "reluctance_verbs", "unwilling_verbs", "claiming_verbs",
            "blame_predicates", "blamed_harms", "blame_bearing_verbs")}
        lists.update(
            demand_modals=word_list("grammar.demand_modals"),
            appeal_modals=word_list("grammar.appeal_modals"),
            hypothetical_modals=word_list("grammar.hypothetical_modals"),
            future_aux=word_list("grammar.future_aux"),
            conditional_marks=word_list("grammar.conditional_marks"),
            speech_verbs=word_list("grammar.speech_verbs"),
            negating_determiners=word_list("grammar.negating_determiners"),
            negating_words=word_list("grammar.negating_words"),
            pronouns=word_list("grammar.pronouns"),
            quantity_nouns=word_list("grammar.quantity_nouns"),
            perfect_aux=word_list("grammar.perfect_aux"))
        return cls(intent=_table(raw["intent"]), refusal=_table(raw["refusal"]),
                   appeal=_table(raw.get("appeal")), demand=_table(raw.get("demand")),
                   accusation=_table(raw.get("accusation")), demand_code=str(raw["demand_code"]),
                   cessation=_table(raw.get("cessation")), modal_verbs=_table(raw.get("modal_verbs")),
                   decided_codes=tuple(str(c) for c in raw.get("decided_codes", ())),
                   evaluation_codes=_table(raw.get("evaluation_codes")),
                   reported_charges=_table(raw.get("reported_charges")),
                   frame_nouns=_frames(raw.get("frame_nouns")),
                   asking_verbs=_frames(raw.get("asking_verbs"), "asking_verbs"),
                   mandative_verbs=_frames(raw.get("mandative_verbs"), "mandative_verbs"), **lists)

    @property
    def unasserting_modals(self) -> frozenset[str]:
        """Auxiliaries that leave an act unasserted: a hypothetical, a future or intention, a demand."""
        return self.hypothetical_modals | self.future_aux | self.demand_modals

    def base_form(self, token: Token) -> str:
        """The lemma of a verb of a frame, backed up for a lemmatizer slip ("hopes" read as "hop")."""
        lemma = token.lemma_.lower()
        return lemma if lemma in self.frame_verbs else self.frame_verb_forms.get(token.lower_, lemma)

    @property
    def frame_verbs(self) -> frozenset[str]:
        """Verbs that frame the act below them (saying, refusing, intending, blocking, obliging)."""
        return self.speech_verbs | self.refusal_verbs | self.intent_verbs | self.blocking_verbs \
            | frozenset(self.modal_verbs)

    @property
    def frame_verb_forms(self) -> dict[str, str]:
        """Regular forms of the frame verbs, to their lemma."""
        return _forms(self.frame_verbs)

    @property
    def carriers(self) -> frozenset[str]:
        """Nouns that carry an act ("an offer of [talks]", "a threat of [war]")."""
        return self.proposal_nouns | frozenset(self.frame_nouns)

    def intent_code(self, code: str) -> str:
        """The intent/threat code for a future act; codes with no intent form stay as they are."""
        return longest_prefix(self.intent, code) or code

    def refusal_code(self, code: str) -> str:
        return longest_prefix(self.refusal, code) or "120"

    def appeal_code(self, code: str) -> str:
        return longest_prefix(self.appeal, code) or "020"

    def demanded_code(self, code: str) -> str:
        return longest_prefix(self.demand, code) or self.demand_code

    def accusation_code(self, code: str) -> str | None:
        return longest_prefix(self.accusation, code)

    def cessation_code(self, code: str) -> str | None:
        """The code of ending an act of this code ("stop the attacks": 087), None when there is none."""
        return longest_prefix(self.cessation, code)

    def evaluation_words(self, judgement: str) -> frozenset[str]:
        """The words of a judgement ("negative": illegal, unacceptable, ...; "concern": a grave concern)."""
        return Evaluations.load().words(judgement)

    def transform(self, frame: Frame, code: str) -> str:
        """The code of an act embedded in a frame ("threatened to X", "urged Y to X")."""
        if frame in FUTURE_FRAMES:
            return self.intent_code(code)
        if frame == Frame.REFUSAL:
            return self.refusal_code(code)
        if frame == Frame.APPEAL:  # an appeal asked for is the same appeal ("underscored the need for talks")
            return code if code.startswith(roots.APPEAL) else self.appeal_code(code)
        if frame == Frame.DEMAND:
            return code if code.startswith(roots.DEMAND) else self.demanded_code(code)
        return code


def _visible(verb: Token, link: str) -> frozenset[str]:
    """ "Soldiers [could] be seen surrounding the hotel": on a passive verb of seeing, a modal of
    ability says what was visible; the act seen took place."""
    if link == "xcomp" and verb.lemma_.lower() in word_list("grammar.perception_verbs") and g.is_passive(verb) \
            and any(c.dep_ == "xcomp" and c.tag_ == GERUND_TAG for c in children(verb)):
        return word_list("grammar.perception_modals")
    return frozenset()


def _imperative(token: Token) -> bool:
    """The act is an order in a quotation: a bare verb that opens its sentence with no subject nor
    auxiliary ('"Release the fishermen," the ministry said'), or a noun it is the object of."""
    verb = token.head if token.dep_ in ("dobj", "obj") and token.pos_ in NOUN_POS else token
    if verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in children(verb)):
        return False
    words = [t for t in verb.sent if not t.is_punct]
    return bool(words) and words[0].i == verb.i


def _mandative(clause: Token) -> bool:
    """ "insisted that Caracas [release] them", "that they [be] freed": a bare verb with its own
    subject and no modal nor negation, the subjunctive that asks an act of that subject. The parser
    may tag it as a present ("that France [apologize]", "that the Russians [leave]"): a bare present
    with a singular noun subject, or after a past-tense verb, is that subjunctive too."""
    verb = next((c for c in children(clause) if c.dep_ == "auxpass" and c.lower_ == "be"), clause)
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in children(clause)):
        return False
    if verb.tag_ == "VBP" and verb is clause and clause.lemma_ not in ("be", "have"):
        subjects = [c for c in children(clause) if c.dep_ == "nsubj"]
        if not (clause.head.tag_ == "VBD" or any(s.tag_ in ("NN", "NNP") for s in subjects)):
            return False
    elif verb.tag_ != "VB":
        return False
    kids = {c.dep_ for c in children(clause)}
    return bool(kids & {"nsubj", "nsubjpass"}) and not kids & {"aux", "neg"}


def _addressed(clause: Token) -> bool:
    """A "must"/"should" clause that asks something of a party: not a passive with no doer
    ("its border should be extended": a position, no demand), nor a border or territory said
    where to lie, nor an impersonal "it"."""
    if g.is_passive(clause) and not g.agents(clause):
        return False
    subjects = g.subjects(clause)
    if any(s.lemma_.lower() in word_list("grammar.position_subjects") for s in subjects):
        return False  # "claims the frontier should head due east": where a line runs, asked of no one
    return not any(s.lower_ in word_list("grammar.impersonal_subjects") for s in subjects)


def _headline_infinitive(verb: Token) -> bool:
    """ "Malaysia to buy Brazilian jets", "Turkey to send aid to Syria": a headline's bare
    infinitive after its subject announces an act to come (the parser reads it as the root, as a
    clause with its own subject, or as a relative clause of the root name)."""
    if verb.tag_ != "VB" or verb.lemma_.lower() in BLAME_INFINITIVES \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in children(verb)):
        return False  # "Russia to blame for the strike": blamed, nothing to come
    if verb.dep_ == "relcl":
        return verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN" and verb.head.i < verb.i
    return verb.dep_ in ("ROOT", "ccomp") and any(s.pos_ == "PROPN" for s in g.subjects(verb))


def _prospective(verb: Token) -> bool:
    """ "before he [travels] to Shanghai": a present-tense act in a time clause is still to come;
    so is a gerund after "before" ("will meet Lula before [heading] to Moscow", "before [flying]
    to Beijing next month") unless the clause it precedes is past ("met Lula before heading");
    so is a headline's infinitive ("Japan, Philippines [to hold] drills")."""
    if _headline_infinitive(verb):
        return True
    if verb.dep_ == "advcl" and verb.tag_ in PRESENT_TENSE_TAGS and not g.aux_words(verb):
        return bool(g.marks(verb) & word_list("dates.prospective_marks"))
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ not in word_list("dates.prospective_gerund_marks"):
        return False
    return event_tense(verb) == "future" or (prep.head.pos_ in VERB_POS and not is_past(prep.head))


def _auxes_between(frame: Token, top: Token) -> set[str]:
    """The auxiliaries from a frame up to the top of its embedding: the mood of the framing act
    ("could agree to meet"), not of what it frames ("hopes it can resume talks")."""
    auxes, cur = g.aux_words(frame), frame
    for _ in range(10):
        if cur is top or cur.head is cur:
            break
        cur = cur.head
        auxes |= g.aux_words(cur)
    return auxes


@lru_cache(maxsize=4)
def _forms(lemmas: frozenset[str]) -> dict[str, str]:
    return {form: lemma for lemma in sorted(lemmas) for form in inflections(lemma)}


@dataclass(slots=True)
class Embedding:
    """The frames above a trigger, innermost first, and the mood met on the way."""

    top: Token
    auxes: set[str]
    frames: list[tuple[Frame, Token]] = field(default_factory=list)
    negated_above: bool = False
    doubted: bool = False  # carried by a noun that denies or doubts it ("[no sign] that they will meet")
    answered_by: Token | None = None  # the verb that rejects or takes up the proposal carrying the act
    unowned: bool = False  # the proposal answered is no party's ("rejected calls to ..."): only the answer is coded
    asked: dict[int, Token] = field(default_factory=dict)  # "hopes [the US will] ...": the asking verb -> clause


def negated(token: Token, negating_determiners: frozenset[str]) -> bool:
    """'did not meet', 'never met', 'no agreement was reached', 'reached no deal', 'no talks',
    'will no longer grant'."""
    if g.has_negation(token) or _no_longer(token):
        return True
    if token.pos_ in VERB_POS and any(c.dep_ == "advmod" and c.lower_ in word_list("grammar.near_miss_adverbs")
                                      for c in children(token)):
        return True  # "was [almost] gunned down": it did not happen
    if token.pos_ in VERB_POS:
        for obj in g.direct_objects(token) + g.passive_subjects(token):
            if any(c.dep_ == "det" and c.lower_ in negating_determiners for c in children(obj)):
                return True
    if token.pos_ in NOUN_POS:
        if any(c.dep_ == "det" and c.lower_ in negating_determiners for c in children(token)):
            return True
        gov = g.governor(token)
        if gov is not None and g.has_negation(gov):
            return True
    return False


def _no_longer(token: Token) -> bool:
    """ "will [no longer] grant access", "is [no more] willing": an adverb of cessation."""
    for child in children(token):
        if child.dep_ == "advmod" and child.lower_ in word_list("grammar.cessation_adverbs") \
                and any(c.lower_ in word_list("grammar.negating_words") for c in children(child)):
            return True
    return False


def conditional(token: Token, top: Token, conditional_marks: frozenset[str]) -> bool:
    """The act sits in a conditional clause ("if X attacks", "unless talks resume") below ``top``."""
    current = token
    for _ in range(8):
        if (g.marks(current) & conditional_marks or g.inverted_condition(current)) \
                and current.dep_ in ("advcl", "ccomp", "conj", "csubj"):  # "[whether] X will back it is unclear"
            return True
        if current is top or current.head is current:
            return False
        current = current.head
    return False


class FrameReader:
    """The frames above an act: which words embed it, and how ("said [it would [refuse to [meet]]]")."""

    def __init__(self, modality: Modality) -> None:
        self.modality = modality

    def frame_of(self, parent: Token, by_token: dict[int, Candidate]) -> Frame | None:
        """The frame a word puts on the act below it: its own pattern's frame, a frame noun's
        ("plan", "threat"), or that of a verb of saying, refusing, intending or blocking."""
        cand = by_token.get(parent.i)
        if cand is not None and cand.pattern.frame:
            return cand.pattern.frame
        mod = self.modality
        lemma = mod.base_form(parent)
        if parent.pos_ in NOUN_POS:
            return mod.frame_nouns.get(lemma)
        if lemma in mod.speech_verbs:
            return Frame.SPEECH
        if lemma in mod.refusal_verbs:
            return Frame.REFUSAL
        if lemma in mod.intent_verbs or self.undaunted(parent):
            return Frame.INTENT  # "plans to X", "will not hesitate to X"
        if lemma in mod.blocking_verbs:
            return Frame.BLOCK
        return None

    def undaunted(self, verb: Token) -> bool:
        """ "will not hesitate to": a negated verb of reluctance announces the act."""
        return self.modality.base_form(verb) in self.modality.reluctance_verbs \
            and negated(verb, self.modality.negating_determiners)

    def embedding(self, cand: Candidate, by_token: dict[int, Candidate]) -> Embedding:
        """Walk up from the trigger through the frames that embed it ("said [it would
        [refuse to [meet]]]"), collecting auxiliaries and negations on the way."""
        emb = Embedding(top=cand.token, auxes=g.aux_words(cand.token))
        cur = cand.token
        carriers = self.modality.carriers
        for _ in range(10):
            if cur.dep_ == "pcomp" and cur.head.lower_ in word_list("grammar.means_clause_preps"):
                # "can end the war [by withdrawing]", "may tease the U.S. by [attempting] to buy jets
                # and defying it": the means, and what it is made of, as hypothetical as the act
                emb.auxes |= g.aux_words(cur.head.head)
            parent, link = g.embedding_parent(cur, carriers)
            if parent is None or link == "parataxis":
                break
            if link == "advcl" and not g.is_purpose(cur):
                if g.participle_adjunct(cur):  # "[Encouraged] by mild sanctions, he may tease the U.S.": may be
                    emb.auxes |= g.aux_words(parent) & (self.modality.hypothetical_modals - {"would", "can"})
                break
            if link == "advcl" and g.states_a_need(parent):
                emb.auxes.add("should")  # "is crucial for Islamabad [to negotiate]": needed, not done
            if link == "ccomp" and g.answered_charge(cur, parent, ANSWERED_CHARGES):
                break  # "X accused Y of ..., [a charge] Z denied": the accusation stands, answered
            if link == "conj":
                if not any(c.dep_ in ACTIVE_SUBJECT_DEPS for c in children(cur)):
                    emb.auxes |= g.aux_words(parent)
                cur = parent
                continue
            if cur is cand.token and cand.pattern.stance and link.startswith("prep:") \
                    and link[len("prep:"):] in word_list("grammar.accompanying_preps"):
                break  # "[with the backing] of Washington, Seoul proposed talks": held now, not proposed
            if cur.pos_ in NOUN_POS and link == "obj" and parent.lemma_.lower() in self.modality.presupposing_verbs:
                break  # "condemned [the attack]", "opposed [the decision] to ...": a fact to the speaker
            if cur.pos_ in NOUN_POS and link == "obj" and (emb.frames or cur.lemma_.lower() in carriers) \
                    and parent.lemma_.lower() in self.modality.answering_verbs and g.owners(cur):
                emb.answered_by = parent  # "rejected [Egypt's proposal] for a ceasefire": Egypt proposed it
                break
            if cur.pos_ in NOUN_POS and link == "obj" and emb.frames and cur.lemma_.lower() in carriers \
                    and self.modality.base_form(parent) in self.modality.refusal_verbs:
                emb.answered_by, emb.unowned = parent, True  # "rejected [calls] to ease the sanctions": no one's
                break
            if cur is cand.token and link == "obj" and cand.pattern.requires_governor is not None \
                    and parent.lemma_.lower() in cand.pattern.requires_governor:
                emb.auxes |= g.aux_words(parent)  # "claimed [the killing]": the light verb asserts, frames nothing
                cur = emb.top = parent
                continue
            owner = by_token.get(parent.i)
            if owner is not None and cur is cand.token and cur.i in owner.absorbed:
                emb.frames.append((Frame.BLOCK, parent))  # "declined to comment": one event, 011
                break
            frame = self.frame_of(parent, by_token)
            if frame == Frame.BLOCK and link == "xcomp" and self.modality.base_form(parent) in \
                    self.modality.claiming_verbs and g.aux_words(cur) & self.modality.perfect_aux:
                frame = Frame.SPEECH  # "claimed to have attacked a warship": says it attacked it
            if frame == Frame.SPEECH and link == "ccomp" and _mandative(cur) \
                    and self.modality.base_form(parent) in self.modality.mandative_verbs:
                frame = self.modality.mandative_verbs[self.modality.base_form(parent)]  # "insisted that X [release]"
                emb.asked[parent.i] = cur
            if frame == Frame.INTENT and link == "ccomp" and self._asks_another(parent, cur):
                frame = self.modality.asking_verbs[self.modality.base_form(parent)]  # "hopes [the US will] help"
                emb.asked[parent.i] = cur
            if frame is not None and parent.pos_ in NOUN_POS and not self._anchored(parent, by_token):
                frame = Frame.BLOCK  # "the threat of attacks" in passing: nothing is asserted
            if frame is None and cand.token.pos_ in NOUN_POS and cur is cand.token and parent.pos_ in VERB_POS \
                    and parent.lemma_.lower() not in self.modality.asserting_verbs:
                break  # "criticized the tariffs": a nominal act is framed only through its light verb
            if frame is not None:
                emb.frames.append((frame, parent))
                if frame in CLOSING_FRAMES:
                    break
            elif parent.lemma_ == "be" and link == "xcomp":
                emb.auxes.add("will")  # "is to visit"
            elif link == "xcomp" and self.modality.base_form(parent) in self.modality.modal_verbs:
                emb.auxes.add(self.modality.modal_verbs[self.modality.base_form(parent)])  # "needs to lift"
            elif not (link in ("xcomp", "ccomp", "acomp", "obj", "acl", "noun", "advcl") or link.startswith("prep:")):
                break
            elif negated(parent, self.modality.negating_determiners) or _scant(parent):
                emb.negated_above = True  # "there is [little] reason to think they will meet"
            emb.auxes |= g.aux_words(parent) - _visible(parent, link)
            cur = emb.top = parent
        emb.doubted = any(self._doubted(node) for node in (cur, *(w for _, w in emb.frames[-1:])))
        return emb

    def _doubted(self, clause: Token) -> bool:
        """ "there is [no sign] that Pyongyang will resume talks", "[little] reason to think they
        will meet": a clause carried by a noun that denies or doubts it."""
        infinitive = clause.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(clause))
        return (clause.dep_ in ("acl", "ccomp") or infinitive) and clause.head.pos_ in NOUN_POS \
            and (negated(clause.head, self.modality.negating_determiners) or _scant(clause.head))

    def _asks_another(self, verb: Token, clause: Token) -> bool:
        """ "X hopes [the US and Britain] will work together", "X wants [Canada] to drop its tariffs":
        a wish about another party's act asks it of that party; "Beijing hopes [it] can ..." is its own."""
        if self.modality.base_form(verb) not in self.modality.asking_verbs:
            return False
        asked = [s for s in g.subjects(clause) if s.pos_ != "PRON"]
        own = {t.lower_ for s in g.subjects(verb) for t in s.subtree}
        return bool(asked) and not any(t.lower_ in own for s in asked for t in s.subtree if t.pos_ == "PROPN")

    def _anchored(self, noun: Token, by_token: dict[int, Candidate]) -> bool:
        """A frame noun ("plan", "call", "threat") frames an act only when the text says
        whose it is or that it was made: "the US request", "issued a threat"."""
        if g.owners(noun):
            return True
        if self.modality.frame_nouns.get(noun.lemma_.lower()) == Frame.ORDER:
            return False  # "a decision on tariffs would be made": only "the US decision to" decides
        gov = g.governor(noun)
        if gov is None:
            return noun.dep_ in ("nsubj", "nsubjpass", "ROOT")
        lemma = gov.lemma_.lower()
        return lemma in self.modality.asserting_verbs or self.frame_of(gov, by_token) in ACTING_FRAMES

    def speaker(self, clause_top: Token) -> Token | None:
        """The verb of saying whose complement (or quotation) this clause is."""
        speech = self.modality.speech_verbs
        quoted_order = clause_top.dep_ == "advcl" and clause_top.i < clause_top.head.i and _imperative(clause_top)
        if (clause_top.dep_ in ("ccomp", "parataxis") or quoted_order) and clause_top.head.lemma_.lower() in speech:
            return clause_top.head  # '"[Lift] the sanctions," the chief told the EU': an order read as an adverbial
        for child in children(clause_top):
            if child.dep_ in ("parataxis", "ccomp", "advcl") and child.lemma_.lower() in speech \
                    and child.i > clause_top.i and not any(c.dep_ in COMPLEMENT_CLAUSE_DEPS for c in children(child)):
                return child  # '"We will not negotiate," the minister said'
        if clause_top.dep_ == "ROOT":  # "X will Y, a spokesman [said] Monday" read as a participle
            for token in clause_top.sent:
                if token.i > clause_top.i and token.lemma_.lower() in speech and g.inverted_report(token) == clause_top:
                    return token
        return None


class ModalityReader:
    """Decides whether each candidate act is asserted, and how frames and mood change its code."""

    def __init__(self, modality: Modality) -> None:
        from detente.events.nominal import NominalReader  # it reads the grammar lists defined here

        self.modality = modality
        self.frames = FrameReader(modality)
        self.nominal = NominalReader(modality)
        # the speaker of the quotation the sentence being coded belongs to, when it names none (nlp/quotes.py)
        self.quote_speaker: Token | None = None

    # --- entry points ----------------------------------------------------------------------------
    def settle(self, cand: Candidate, by_token: dict[int, Candidate]) -> bool:
        """Decide whether the act is asserted, intended, refused, appealed for or demanded,
        or is not an event at all (False)."""
        if cand.pattern.fallback:
            cand.speaker = self.frames.speaker(cand.token)
            return not self._negated(cand.token) and not reports_a_tally(cand, by_token)
        token = cand.token
        if cand.root in roots.VIOLENT_ROOTS and tallied(token, bool(cand.pattern.outcome)):
            return False  # "since 2009, hundreds have been killed in suicide attacks": a toll, no act
        if token.dep_ == "pcomp" and token.head.head.pos_ in NOUN_POS \
                and token.head.head.lemma_.lower() not in self.modality.carriers:
            return False  # "a law against deporting people": a gerund naming a kind of act
        if token.tag_ == GERUND_TAG and token.dep_ in SUBJECT_DEPS and (
                g.is_passive(token.head) or any(c.dep_ == "attr" for c in children(token.head))):
            return False  # "negotiating with armed groups is considered [a crime]": a kind of act, not an act
        if g.alternative_not_taken(token):
            return False  # "the money went to repairs instead of direct aid": not done
        emb = self.frames.embedding(cand, by_token)
        if conditional(cand.token, emb.top, self.modality.conditional_marks):
            return False
        kinds = [frame for frame, _ in emb.frames]
        if any(k in DENYING_FRAMES for k in kinds) or emb.doubted:
            return False
        if emb.answered_by is not None:
            cand.aimed_at = emb.answered_by
            if cand.token.lemma_.lower() not in self.modality.carriers or self._asks_something(cand):
                self._refine_answer(emb.answered_by, cand, by_token)  # "rejected [Kyiv's request for missiles]": 1222
            if emb.unowned:
                return False
        if Frame.ACCUSE in kinds:
            self._refine_accusation(emb.frames[-1][1], cand, by_token)
            return False
        if kinds and kinds[-1] == Frame.SPEECH:
            cand.speaker = emb.frames[-1][1]
        acting = [(k, w) for k, w in emb.frames if k in ACTING_FRAMES]
        if cand.speaker is None:
            cand.speaker = self.frames.speaker(emb.top) or self.quote_speaker
        denied = _denied_stance(cand, emb, self.modality)
        vowed = cand.pattern.prospective and bool(emb.auxes & self.modality.future_aux) and self._negated(cand.token)
        if cand.pattern.negated_only and (acting or not denied) and not vowed:
            return False  # "only citizens are allowed to enter": granted, no restriction
        if acting:
            return self._settle_framed(cand, acting, emb, by_token)
        if cand.pattern.negated_code and denied:
            cand.code, cand.rule_suffix = cand.pattern.negated_code, cand.rule_suffix + NEGATED_RULE
            return True  # "Beijing was not supportive of the meeting": a disapproval
        if emb.negated_above:
            return False
        return self._settle_mood(cand, emb.auxes, self._negated(cand.token))

    def judge_statements(self, candidates: list[Candidate]) -> None:
        """ "X said the tariffs were illegal": a criticism (111); "... were constructive": praise
        (051). Done before suppression: a statement that judges stands beside the acts it names."""
        mod = self.modality
        by_token = {c.token.i: c for c in candidates}
        for cand in list(candidates):
            if not cand.pattern.fallback or cand.rule_suffix:
                continue
            for child in said_clauses(cand):
                if refused_pressure(child):  # "said it would not be [bullied] by Washington": no yielding
                    refuse_pressure(cand, mod.refusal_code(roots.YIELD), child, by_token, candidates)
                    break
                if g.aux_words(child) & (mod.hypothetical_modals | mod.demand_modals):
                    continue
                if g.has_negation(child):  # '"The U.S. is [not a reliable partner]," the minister said': blame
                    denied = Evaluations.load().denied_praise(child, mod.conditional_marks, set(by_token)) \
                        or Evaluations.load().futility(child, set(by_token))  # "[will not work]"
                    if denied is not None:
                        _judged(cand, denied, child, mod.evaluation_codes[NEGATIVE], NEGATIVE)
                        break
                    continue
                charged = by_token.get(child.i)
                if charged is not None and charged.code in mod.reported_charges and not charged.rule_suffix:
                    as_charge(cand, mod.reported_charges[charged.code], child)  # "said the tariffs [violated] rules"
                    candidates.remove(charged)
                    break
                if blamed_at(child, by_token, mod, candidates):  # "said Hamas [was behind] the bombing"
                    as_charge(cand, mod.evaluation_codes[BLAME], child)
                    break
                if take_charge(cand, child, by_token, candidates):  # "said X was [weaponizing] trade"
                    break
                said = Evaluations.load().statement(child, mod.conditional_marks, set(by_token))
                if said is not None:  # "said the tariffs were [a serious violation] of WTO rules"
                    if charged is not None and charged.root == roots.DISAPPROVE and charged in candidates:
                        candidates.remove(charged)  # "said Israel's actions [amounted] to genocide": one judgement
                    judgement = said.evaluation.judgement
                    _judged(cand, said, child, said.evaluation.code or mod.evaluation_codes[judgement], judgement)
                    break
                judged = self._judged_conduct(child)
                if judged is not None:  # "said Israel's [heinous] attacks must stop": a criticism of Israel
                    cand.code = mod.evaluation_codes["negative"]
                    cand.rule_suffix = "+negative"
                    cand.owner_from = judged
                    break

    def settle_statements(self, candidates: list[Candidate]) -> None:
        """What a bare statement amounts to when nothing inside it is coded: "X said Y must ..."
        is a demand by X on Y ("should": an appeal). Done before suppression: a demand stands
        beside the acts around it ("in a meeting with publishers, officials said they must ...")."""
        mod = self.modality
        coded = {c.token.i for c in candidates}
        for cand in candidates:
            if not cand.pattern.fallback or cand.rule_suffix:
                continue
            for child in children(cand.token):
                if child.dep_ != "ccomp" or any(t.i in coded for t in child.subtree):
                    continue  # "said Y must [lift] the tariffs": the demand is the act inside
                auxes = g.aux_words(child)
                if g.has_negation(child) and (not auxes & mod.demand_modals or auxes & mod.perfect_aux):
                    continue  # "said Y must not ..." still asks; "should not have ..." looks back
                if mod.base_form(child) in mod.modal_verbs and any(c.dep_ == "xcomp" for c in children(child)) \
                        and not g.has_negation(child):
                    auxes.add(mod.modal_verbs[mod.base_form(child)])  # "said Washington needs to act"
                if auxes & mod.demand_modals and not _inclusive(child) and _addressed(child) \
                        and not g.inverted_condition(child):  # "[Should] Brussels go ahead, ...": a condition
                    cand.code = mod.appeal_code("") if not auxes & (mod.demand_modals - mod.appeal_modals) \
                        else mod.demand_code
                    cand.rule_suffix = STATEMENT_DEMAND_RULE
                    cand.addressee_from = child
                    cand.own_aim = cand.pattern.code
                    break
        # "[according to] the UN, 50 people died": an attribution that amounts to nothing is no event
        candidates[:] = give_way([c for c in candidates if c.rule_suffix or not c.pattern.judged_only])

    def _judged_conduct(self, clause: Token) -> Token | None:
        """ "the United States' [illegal] sanctions", "Israel's [heinous] attacks": a party's conduct
        that a reported clause names with a word of condemnation; None when it names none."""
        words = self.modality.evaluation_words("negative")
        for noun in clause.subtree:
            if noun.pos_ not in NOUN_POS or not _owned_conduct(noun) or g.has_negation(noun.head):
                continue
            judging = [m for c in children(noun) if c.dep_ == "amod" for m in g.expand_conjuncts(c)]
            if any(m.lemma_.lower() in words for m in judging):  # "unilateral and [illegal] tariffs"
                return noun
        return None

    # --- settling ------------------------------------------------------------------------------
    def _settle_framed(self, cand: Candidate, acting: list[tuple[Frame, Token]], emb: Embedding,
                       by_token: dict[int, Candidate]) -> bool:
        """Apply each frame from the inside out: "demanded that X refuse to meet" -> 100."""
        mod = self.modality
        negated = self._negated(cand.token)
        for index, (frame, wrapper) in enumerate(acting):
            if frame == Frame.INTENT and wrapper.pos_ in NOUN_POS and index < len(acting) - 1:
                continue  # "rejected Egypt's proposal for a ceasefire": the proposal only carries the act
            wrapper_neg = self._negated(wrapper) and not self.frames.undaunted(wrapper)
            future = bool(g.aux_words(wrapper) & (mod.future_aux | {"would"}))
            unwilling = mod.base_form(wrapper) in mod.unwilling_verbs and cand.root < roots.FIRST_CONFLICT_ROOT
            if wrapper_neg and not (frame in FUTURE_FRAMES and (future or unwilling)):  # "does not want to meet": 125
                return False
            if negated or wrapper_neg:
                if frame not in FUTURE_FRAMES:
                    return False
                cand.code, cand.rule_suffix = mod.refusal_code(cand.code), cand.rule_suffix + frame_rule(Frame.REFUSAL)
                negated = False
            elif _lost_hope(wrapper):
                cand.code, cand.rule_suffix = PESSIMISM_CODE, cand.rule_suffix + "+lost_hope"
            else:
                code = mod.transform(frame, cand.code)
                # a pattern's own code of future use holds when it is intended or threatened alike
                cand.code = cand.pattern.intent if frame in FUTURE_FRAMES and cand.pattern.intent else code
                cand.rule_suffix += frame_rule(frame)
            cand.absorbed.add(wrapper.i)
            cand.extra_tokens.append(wrapper)
            if wrapper.pos_ in NOUN_POS and g.owners(wrapper):
                cand.owner_from = wrapper
            outer = by_token.get(wrapper.i)
            if outer is not None:
                cand.absorbed |= outer.absorbed
                cand.symmetric = cand.symmetric or outer.pattern.symmetric
        frame, wrapper = acting[-1]
        cand.source_from = wrapper
        if frame in ADDRESSING_FRAMES:
            cand.addressee_from = emb.asked.get(wrapper.i, wrapper)
            cand.asks_subject = wrapper.i in emb.asked  # "hopes [the US] will ...": the clause's subject is asked
        # modals of ability below the frame are what is wished or planned ("hopes it [can] resume talks")
        return self._reported_mood(cand, _auxes_between(wrapper, emb.top) | (emb.auxes & mod.demand_modals))

    def _reported_mood(self, cand: Candidate, auxes: set[str]) -> bool:
        """A framed act inside reported speech: "said X must agree to ..." is a demand."""
        mod = self.modality
        if self._speculation(cand, auxes):
            return False
        if cand.speaker is not None:
            if auxes & mod.demand_modals:
                self._reported_demand(cand, auxes)
            return True
        return not (auxes & (mod.hypothetical_modals | mod.demand_modals) - {"would"})

    def _speculation(self, cand: Candidate, auxes: set[str]) -> bool:
        """ "Analysts say Tehran would welcome ...": an onlooker's guess at what the actor
        would do (a hypothetical modal under a speculating speaker) is no intention."""
        mod = self.modality
        if cand.speaker is None or not auxes & mod.hypothetical_modals or auxes & mod.future_aux:
            return False
        return g.best_phrase_match(g.subjects(cand.speaker), mod.speculating_speakers) is not None

    def _settle_mood(self, cand: Candidate, auxes: set[str], negated: bool) -> bool:
        """Tense, modals and negation of an act that no frame embeds."""
        mod = self.modality
        future = bool(auxes & mod.future_aux) or _prospective(cand.token)
        reported = cand.speaker is not None
        if negated:
            if cand.pattern.negated_only and cand.pattern.negated_code and future:
                cand.code, cand.rule_suffix = cand.pattern.negated_code, cand.rule_suffix + NEGATED_RULE
                return True  # "will not allow riots": vowed prevention, a threat of repression (137)
            told = NARRATIVE_MODAL in auxes and cand.pattern.code == BARE_STATEMENT  # "would not comment"
            if future or (reported and auxes & mod.hypothetical_modals) or told:
                cand.code, cand.rule_suffix = mod.refusal_code(cand.code), cand.rule_suffix + frame_rule(Frame.REFUSAL)
                return True
            return False
        if self._speculation(cand, auxes):
            return False
        if reported and _imperative(cand.token):  # '"Lift the sanctions," the minister told the EU'
            auxes = auxes | (mod.demand_modals - mod.appeal_modals)
        if reported and auxes & mod.demand_modals:
            self._reported_demand(cand, auxes)
            return True
        if future or (reported and auxes & mod.hypothetical_modals):
            if self.nominal.decided(cand, cand.token, auxes):
                return True  # "will apply tariffs from February 10": decided, not threatened
            cand.code = cand.pattern.intent or mod.intent_code(cand.code)
            cand.rule_suffix += frame_rule(Frame.INTENT)
            return True
        if auxes & (mod.hypothetical_modals | mod.demand_modals):
            return False
        if cand.pattern.pos == WordClass.NOUN and not cand.pattern.requires_governor:
            return self.nominal.asserted(cand)
        return True

    def _reported_demand(self, cand: Candidate, auxes: set[str]) -> None:
        """ "X said Y must ...": the act becomes X's demand on Y ("should": an appeal); "X said the
        two countries should ..." states a shared aim: an intention."""
        mod = self.modality
        aim = cand.pattern.intent or mod.intent_code(cand.code)
        if _inclusive(g.clause_head(cand.token)):
            cand.code = aim
            cand.rule_suffix += frame_rule(Frame.INTENT)
            return
        cand.own_aim = aim
        if auxes & (mod.demand_modals - mod.appeal_modals):
            cand.code = mod.demanded_code(cand.code)
            cand.rule_suffix += REPORTED_DEMAND_RULE
        else:
            cand.code = mod.appeal_code(cand.code)
            cand.rule_suffix += "+reported_appeal"
        cand.speaker_demand = True

    def _negated(self, token: Token) -> bool:
        return negated(token, self.modality.negating_determiners)

    def _asks_something(self, cand: Candidate) -> bool:
        """A request or demand noun that names what it asks ("a request for missiles": 0232), whose
        refusal is more than a bare rejection; a bare one ("the US request") leaves the answer alone."""
        code = cand.pattern.code
        bare = self.modality.refusal_code("")
        return code[:2] in (roots.APPEAL, roots.DEMAND) and self.modality.refusal_code(code) != bare

    def _refine_answer(self, verb: Token, cand: Candidate, by_token: dict[int, Candidate]) -> None:
        """ "rejected Egypt's proposal for a ceasefire": the rejection takes the subcode of what was
        proposed (1246), the proposal stays Egypt's own act."""
        answer = by_token.get(verb.i)
        if answer is None or answer.root != roots.REJECT or len(answer.code) > 3 or not answer.code.endswith("0"):
            return
        answer.code = self.modality.refusal_code(cand.pattern.code)
        answer.rule_suffix += f"+of:{cand.pattern.id}"

    def _refine_accusation(self, wrapper: Token | None, cand: Candidate, by_token: dict[int, Candidate]) -> None:
        """ "accused X of attacking": the accusation (11x) takes the subcode of what it alleges."""
        if wrapper is None or wrapper.i not in by_token:
            return
        accuser = by_token[wrapper.i]
        refined = self.modality.accusation_code(cand.code)
        if refined and accuser.root == roots.DISAPPROVE and len(accuser.code) < len(refined):
            accuser.code = refined
            accuser.rule_suffix = f"+of:{cand.pattern.id}"


def _inclusive(clause: Token) -> bool:
    """ "the two countries should treat each other as partners", "we must ...": a clause whose
    subject takes in the speaker, or whose parties act on each other, demands nothing of another."""
    inclusive = word_list("grammar.inclusive_subjects")
    subjects = [t for s in g.subjects(clause) for t in g.expand_conjuncts(s)]
    if any(s.lower_ in inclusive for s in subjects if s.pos_ == "PRON") \
            or g.best_phrase_match([s for s in subjects if s.pos_ != "PRON"], frozenset(
                w for w in inclusive if " " in w)) is not None:
        return True  # "we", "the two countries"; not "the US"
    pairs = word_table("events.reciprocal_pronouns")
    return any(t.lower_ in pairs and t.nbor(1).lower_ == pairs[t.lower_] for t in clause.subtree
               if t.i + 1 < len(t.doc))


def _owned_conduct(noun: Token) -> bool:
    """A noun of a party's conduct that it owns ("Israel's attacks"); not a charge, which a word
    of condemnation denies ("baseless allegations by the Pakistani army": a denial, 016)."""
    return bool(g.owners(noun)) and noun.lemma_.lower() not in ANSWERED_CHARGES


def _judged(cand: Candidate, said: Judged, clause: Token, code: str, judgement: str) -> None:
    """The bare statement is the ``judgement`` that its reported ``clause`` states (the word ``said``)."""
    charged = any(t.lemma_.lower() in ANSWERED_CHARGES and not g.prep_objects(t, "against") for t in g.subjects(clause))
    # "said the U.S. accusations were [baseless]": a charge judged wrong is denied (016), not criticised;
    # "the charges against the journalist were politically motivated" criticise whoever brought them
    cand.code = DENIAL_CODE if charged and judgement == NEGATIVE else code
    cand.rule_suffix = f"+{judgement}"  # one of JUDGEMENT_RULES
    cand.judged_by, cand.evaluation = said.token, said.evaluation.id
    cand.addressee_from = clause


def blamed_at(clause: Token, by_token: dict[int, Candidate], modality: Modality,
              candidates: list[Candidate] | None = None) -> bool:
    """ "[Hamas was responsible for] the attack", "[the group was behind] the bombing", "[Britain was
    to blame] for the crisis": a copular clause that lays a coded act (or a word of harm) at its
    subject's door. "To blame" is no act of the subject's: its candidate goes."""
    if not g.subjects(clause):
        return False
    if clause.lemma_.lower() in modality.blame_bearing_verbs:  # "said X [bore] full responsibility for the escalation"
        heads = [p for o in g.direct_objects(clause) if o.lemma_.lower() == "responsibility"
                 for p in children(o) if p.dep_ == "prep" and p.lower_ == "for"]
        return any(o.i in by_token or o.lemma_.lower() in modality.blamed_harms
                   for p in heads for o in children(p) if o.dep_ in ("pobj", "pcomp"))
    if clause.lemma_ not in ("be", "remain"):
        return False
    to_blame = [c for c in children(clause) if c.dep_ == "xcomp" and c.lemma_.lower() in BLAME_INFINITIVES]
    if to_blame:
        for word in to_blame:
            if candidates is not None and word.i in by_token and by_token[word.i] in candidates:
                candidates.remove(by_token[word.i])
        return True
    heads = [p for c in children(clause) if c.dep_ in ("acomp", "attr")
             and c.lemma_.lower() in modality.blame_predicates
             for p in children(c) if p.dep_ == "prep" and p.lower_ == "for"]
    heads += [c for c in children(clause) if c.dep_ == "prep" and c.lower_ == "behind"]
    acts = [o for p in heads for o in children(p) if o.dep_ in ("pobj", "pcomp")]
    return any(o.i in by_token or o.lemma_.lower() in modality.blamed_harms for o in acts)


def _denied_stance(cand: Candidate, emb: Embedding, modality: Modality) -> bool:
    """The trigger itself, or the copula of an adjective ("was [not] supportive of"), is negated,
    in the present or past: "will not support" is a refusal, not a stance."""
    token, words = cand.token, modality.negating_determiners
    negated_here = negated(token, words) or (token.dep_ == "acomp" and negated(token.head, words))
    return negated_here and not emb.auxes & (modality.future_aux | modality.hypothetical_modals)
