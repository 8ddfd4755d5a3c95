"""Accusations carried by what a statement says (acc17): "Beijing said Washington was
[weaponizing] trade", "said Israel was [committing genocide]", "said its fishermen had been
[harassed] by Chinese vessels", "said Kabul was [supporting terrorists]". Wire news reports
most criticism through the content of a state's statement, not its verb; the codebook's 112
is an allegation that implies nothing about whether the act took place, so a charged crime
("genocide", "war crimes") is the accusation, not an act the writer states.

``reported_charge`` reads one reported clause: its verb of wrongdoing (events.wrongdoing_verbs),
or a verb that is wrongdoing with what it is done to (events.object_wrongdoing_verbs and
events.wrongful_objects), and whom it accuses: the active subject, or the passive's by-phrase.
``refused_pressure`` reads "would not be [bullied] by Washington": a refusal to yield (124).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from detente.data import word_list, word_table
from detente.events import roots
from detente.events.candidate import CHARGE_RULE, Candidate, frame_rule
from detente.events.schema import Frame
from detente.nlp import grammar as g
from detente.nlp.tree import children

FIRST_PERSON = word_list("grammar.first_person_pronouns")
UNCERTAIN_MODALS = word_list("grammar.hypothetical_modals") | word_list("grammar.future_aux")
FORCE_ROOTS = frozenset({"18", "19", "20"})  # a party's report of force is the force (the conflict sets)
MEASURE_ROOTS = frozenset({"16", "17"})  # "said North Korea had hacked ...": the hack (PLOVER gold), no charge
PHRASAL_PARTICLE = "prt"


@dataclass(frozen=True, slots=True)
class Charge:
    """An accusation a reported clause makes: its code, the clause, its evidence word and the
    candidates it stands for (the claimed act, and what the clause says it was for)."""

    code: str
    clause: Token
    word: Token
    replaced: tuple[Candidate, ...] = ()


@lru_cache(maxsize=1)
def _wrongful_objects() -> dict[str, dict[str, str]]:
    """events.wrongful_objects by family: {"crime": {"genocide": "1124", ...}, ...}."""
    families: dict[str, dict[str, str]] = {}
    for key, code in word_table("events.wrongful_objects").items():
        family, phrase = key.split(".", 1)
        families.setdefault(family, {})[phrase] = code
    return families


def _verb_key(verb: Token) -> str:
    """The verb's lemma, with its particle when it has one ("carry out")."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in children(verb) if c.dep_ == PHRASAL_PARTICLE]
    return f"{lemma} {particles[0]}" if particles else lemma


def accused(clause: Token) -> list[Token]:
    """Whom a reported clause says did the wrong: the subject, or a passive's by-phrase; never
    the speaker's own side ("we", "our")."""
    found = g.agents(clause) if g.is_passive(clause) else g.subjects(clause)
    return [t for t in found if t.pos_ != "PRON" or t.lower_ not in FIRST_PERSON]


def _kept_on(clause: Token) -> Token:
    """The verb of the wrong a clause names: its own, or its complement's through a verb of keeping
    on or setting about ("[continued] to sponsor", "was [trying] to sabotage")."""
    for _ in range(3):  # "[kept] [trying] to destabilize"
        inner = next((c for c in children(clause) if c.dep_ == "xcomp"), None)
        if clause.lemma_.lower() not in word_list("events.persisting_verbs") or inner is None \
                or g.has_negation(inner) or g.aux_words(inner) & UNCERTAIN_MODALS:
            return clause
        clause = inner
    return clause


def wrongdoing(clause: Token) -> tuple[str, Token] | None:
    """The code and evidence word of the wrong a clause's verb names, None when it names none."""
    code = word_table("events.wrongdoing_verbs").get(clause.lemma_.lower())
    if code is not None:
        return code, clause
    family = word_table("events.object_wrongdoing_verbs").get(_verb_key(clause)) \
        or word_table("events.object_wrongdoing_verbs").get(clause.lemma_.lower())
    if family is None:
        return None
    phrases = _wrongful_objects().get(family, {})
    done_to = g.passive_subjects(clause) if g.is_passive(clause) else g.direct_objects(clause)
    word = next((t for o in done_to for t in g.expand_conjuncts(o) if any(_says(t, p) for p in phrases)), None)
    if word is None:  # "the militants were [funded] by New Delhi": what is done to is the passive's subject
        return None
    return next((phrases[p] for p in sorted(phrases, key=len, reverse=True) if _says(word, p)), "112"), word


def _says(word: Token, phrase: str) -> bool:
    """The object's phrase has every word of this one, its head among them ("[crimes] against
    humanity", "war [crimes]")."""
    parts = phrase.split()
    words = {w for t in word.subtree for w in (t.lemma_.lower(), t.lower_)}
    return bool({word.lemma_.lower(), word.lower_} & set(parts)) and all(p in words for p in parts)


def reported_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying reports: its complement, the "that" clause of its "in a
    statement" ("said [in a statement] that Britain was spreading ...", parsed onto the noun), or
    the clause "according to" hangs on."""
    found = [c for c in children(verb) if c.dep_ == "ccomp"]
    if verb.dep_ == "prep" and verb.lower_ in word_list("grammar.attribution_preps"):
        found.append(verb.head)  # "[according to] Beijing, Washington [is weaponizing] trade"
    found += [a for p in children(verb) if p.dep_ == "prep" for n in children(p) if n.dep_ == "pobj"
              for a in children(n) if a.dep_ in ("acl", "ccomp") and "that" in g.marks(a)]
    return found


def reported_charge(clause: Token, by_token: dict[int, Candidate]) -> Charge | None:
    """ "said Washington was [abusing] export controls", "said Israel was committing [genocide]",
    "said its networks had been [hacked] by North Korean operatives": the accusation a reported
    clause makes of another party, None when it makes none: a possibility or a future ("would
    abuse"), a denial ("had not violated"), the speaker's own act, a passive with no doer, an act
    of force the party reports (coded as that act)."""
    if g.has_negation(clause) or g.aux_words(clause) & UNCERTAIN_MODALS or not accused(clause):
        return None
    doing = _kept_on(clause)  # "said Pakistan [continued] to [sponsor] terrorism": the charge is of the wrong
    found = wrongdoing(doing)
    if found is None:
        return None
    code, word = found
    clause, word = doing, (doing if word is doing else word)
    inner = by_token.get(clause.i)
    replaced: list[Candidate] = []
    if inner is not None:
        if inner.root in FORCE_ROOTS and word is clause:
            return None  # "said Russian forces had shelled the city": the shelling
        if inner.root in MEASURE_ROOTS and word is clause:
            return None  # "said police had suppressed the protest", "said North Korea had hacked": the act
        if inner.root not in MEASURE_ROOTS:
            replaced.append(inner)  # "was supporting terrorists": no praise; "would not be intimidated": no threat
    replaced += [c for c in by_token.values() if c is not inner and any(t.i == clause.i for t in c.extra_tokens)
                 and c.root not in FORCE_ROOTS]  # "was coercing its neighbors into [cutting] trade": no demand
    if word is not clause and word.i > clause.i:  # "committing [genocide]": the crime charged is no act stated
        replaced += [c for c in by_token.values() if c.token.i in {t.i for t in word.subtree}]
    purposes = [t.i for c in children(clause) if g.is_purpose(c) for t in c.subtree]
    replaced += [by_token[i] for i in purposes if i in by_token]  # "abusing controls [to suppress] firms"
    unique = {id(c): c for c in replaced}
    return Charge(code, clause, word, tuple(unique.values()))


def refused_pressure(clause: Token) -> bool:
    """ "said her government would not be [bullied] by Washington", "will never be [blackmailed]":
    a negated passive of pressure in the future refuses to yield to the one pressing."""
    return clause.lemma_.lower() in word_list("events.pressure_verbs") and g.is_passive(clause) \
        and g.has_negation(clause) and bool(g.aux_words(clause) & UNCERTAIN_MODALS)


def as_charge(cand: Candidate, code: str, clause: Token) -> None:
    """The statement is an accusation (``code``) of the subject of the reported ``clause`` (of a
    passive's by-phrase), which is whom it is aimed at."""
    cand.code, cand.rule_suffix = code, CHARGE_RULE
    cand.addressee_from, cand.asks_subject = clause, True


def take_charge(cand: Candidate, clause: Token, by_token: dict[int, Candidate], candidates: list[Candidate]) -> bool:
    """ "said Israel had [interfered] in its affairs", "said Israel was committing [genocide]": the
    statement ``cand`` accuses; the claimed act, and what the clause says it was for, are the
    charge and leave ``candidates``. False when the clause accuses no one, or when the verb of
    saying only explains an accusation already made ("accused London of lying, [saying] ...")."""
    head = by_token.get(cand.token.head.i)
    if head is not None and head is not cand and head.root == roots.DISAPPROVE:
        return False
    charge = reported_charge(clause, by_token)
    if charge is None:
        return False
    as_charge(cand, charge.code, clause)
    cand.judged_by = charge.word
    for inner in charge.replaced:
        if inner in candidates:
            candidates.remove(inner)
    return True


def refuse_pressure(cand: Candidate, code: str, clause: Token, by_token: dict[int, Candidate],
                    candidates: list[Candidate]) -> None:
    """ "said Canada would not be [coerced] by Washington": the statement ``cand`` refuses to yield
    (``code``, 124) to the one pressing; the pressure is no threat of that party's."""
    cand.code, cand.rule_suffix = code, frame_rule(Frame.REFUSAL)
    cand.addressee_from, cand.asks_subject, cand.judged_by = clause, True, clause
    inner = by_token.get(clause.i)
    if inner is not None and inner in candidates:
        candidates.remove(inner)  # "would not be [intimidated]": no threat of Washington's


def accuses_no_party(cand: Candidate) -> bool:
    """ "said Chinese companies had been targeted [by hackers]": a passive names its doer to charge
    it; a charge whose by-phrase names no party found accuses no one (to be asked with no target)."""
    clause = cand.addressee_from
    return cand.rule_suffix == CHARGE_RULE and clause is not None and g.is_passive(clause) and bool(g.agents(clause))
