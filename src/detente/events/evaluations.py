"""The evaluation lexicon (data/patterns/evaluations.yaml): what a judging word makes of a
statement about another party's act ("said the tariffs were [illegal]": 111; "called the talks
[constructive]": 051; "said the strike was [a war crime]": 1124).

A statement's content, not its verb, often carries what it does; the lexicon says which words
judge, and ``Evaluations.judge`` finds the judging word on a predicate: the predicate itself,
the adjective on its noun ("a [hostile] act") or the "of" phrase of a light noun ("an act of
[piracy]"). Kept apart from modality.yaml so that the words, grouped under ids, can grow
without touching the grammar of frames.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from detente.data import data_path, load_yaml, word_list
from detente.errors import ConfigError, Errors
from detente.events.candidate import FUTILE, TIES_GLOOM, TIES_PRAISE
from detente.nlp import grammar as g
from detente.nlp.labels import (
    NOUN_POS,
    NUMBER_POS,
    OWNER_DEPS,
    OWNER_ENTITY_LABELS,
    PERSON_LABELS,
    PRENOMINAL_DEPS,
    PREP_OBJECT_DEPS,
    PREPOSITION_DEPS,
)
from detente.nlp.tree import children

EVALUATIONS_FILE = "patterns/evaluations.yaml"
# the words before a predicate that may judge it: "a [hostile] act", "a [goodwill] gesture", "[deeply] regrettable"
JUDGING_MODIFIER_DEPS = PRENOMINAL_DEPS | {"advmod"}
POSITIVE = "positive"  # the judgement of praise (evaluations.yaml)
CONCERN = "concern"  # the judgement of a worry (evaluations.yaml), said of a situation as of an act
OPTIMISM = "optimism"  # a hopeful reading (evaluations.yaml), said of a situation as of an act
JUSTIFICATION = "justification"  # the defence of the speaker's own course (evaluations.yaml)
UNBLAMING = frozenset({CONCERN, OPTIMISM})  # judgements that need no party judged
PARTY_LABELS = OWNER_ENTITY_LABELS | PERSON_LABELS  # entities that can be judged themselves
FIRST_PERSON = word_list("grammar.first_person_pronouns")  # the speaker's own: "[our] policy", "[we]"
UNDERGONE = word_list("events.undergone_nouns")  # acts done to people: "[the jailing] was deeply troubling"
# what the speaker shares with a partner: "'[our talks] were productive'" praises the talks, defends nothing
SHARED_COURSES = word_list("events.shared_course_nouns")


@dataclass(frozen=True, slots=True)
class Evaluation:
    """One family of judging words: its id, its judgement and, when more specific, its own code."""

    id: str
    judgement: str
    words: frozenset[str]
    code: str | None = None


@dataclass(frozen=True, slots=True)
class Judged:
    """A judging word found on a predicate, and the family it belongs to."""

    token: Token
    evaluation: Evaluation


HARM = Evaluation("evaluation.harming_verbs", "negative", frozenset())  # the judgement of a harming verb
FAILURE = Evaluation("evaluation.failing_verbs", "negative", frozenset())  # "[have failed] to address"
FUTILITY = Evaluation(FUTILE, "negative", frozenset())  # "[will not work]"
GOING_TO = "go"  # "is not [going] to achieve": the future's verb, whose infinitive says what
RELATION_PRAISE = Evaluation(TIES_PRAISE, POSITIVE, frozenset())  # "relations are at their best"
RELATION_GLOOM = Evaluation(TIES_GLOOM, CONCERN, frozenset())  # "relations are at their lowest point"


@dataclass(frozen=True, slots=True)
class Evaluations:
    """The entries of evaluations.yaml and the grammar words that carry a judgement."""

    entries: tuple[Evaluation, ...]
    judgements: tuple[str, ...]
    copulas: frozenset[str]
    judging_verbs: frozenset[str]
    light_nouns: frozenset[str]
    judged_nouns: frozenset[str]
    harming_verbs: frozenset[str]
    harmed_goods: frozenset[str]
    negating_conjunctions: frozenset[str]
    by_judgement: dict[str, frozenset[str]]
    relation_subjects: frozenset[str]
    relation_praise: frozenset[str]
    relation_partner_preps: frozenset[str]
    relation_praise_preps: frozenset[str]
    relation_gloom: frozenset[str]
    relation_gloom_verbs: frozenset[str]
    copula_preps: frozenset[str]
    failing_verbs: frozenset[str]
    futile_verbs: frozenset[str]

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Evaluations:
        raw = load_yaml(data_path(EVALUATIONS_FILE).read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
            raise ConfigError(Errors.E016.format(path=EVALUATIONS_FILE, detail="needs a list of entries"))
        judgements = tuple(str(j) for j in raw.get("judgements", ()))
        entries = []
        for item in raw["entries"]:
            if not isinstance(item, dict) or not {"id", "judgement", "words"} <= set(item) \
                    or item["judgement"] not in judgements:
                raise ConfigError(Errors.E016.format(path=EVALUATIONS_FILE, detail=f"bad entry {item!r}"))
            code = item.get("code")
            entries.append(Evaluation(str(item["id"]), str(item["judgement"]),
                                      frozenset(str(w).lower() for w in item["words"]),
                                      None if code is None else str(code)))

        def words(name: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in raw.get(name, ()))

        by_judgement = {j: frozenset(w for e in entries if e.judgement == j for w in e.words) for j in judgements}
        return cls(tuple(entries), judgements, words("copulas"), words("judging_verbs"), words("light_nouns"),
                   words("light_nouns") | words("judged_nouns"), words("harming_verbs"), words("harmed_goods"),
                   words("negating_conjunctions"), by_judgement, words("relation_subjects"),
                   words("relation_praise"), words("relation_partner_preps"), words("relation_praise_preps"),
                   words("relation_gloom"), words("relation_gloom_verbs"), words("copula_preps"),
                   words("failing_verbs"), words("futile_verbs"))

    def words(self, judgement: str) -> frozenset[str]:
        """All the words of one judgement ("negative": illegal, a violation, ...)."""
        return self.by_judgement.get(judgement, frozenset())

    def judge(self, predicates: Iterable[Token], judgements: Iterable[str] | None = None) -> Judged | None:
        """The judging word on these predicates: a predicate that is one ("[illegal]", "[a
        violation]"), else a word on one ("a [hostile] act", "an act of [piracy]"); the first
        judgement in order that has one, None when none judges or the judgement is negated
        ("[neither] constructive nor helpful")."""
        heads = [t for p in predicates for t in g.expand_conjuncts(p)]
        if any(t.lower_ in self.negating_conjunctions for h in heads for t in h.subtree):
            return None
        tiers = [heads, [m for t in heads for m in self._on(t)]]
        for tier in tiers:
            for judgement in judgements or self.judgements:
                found = self._match(tier, judgement)
                if found is not None:
                    return found
        return None

    def statement(self, clause: Token, open_marks: frozenset[str], coded: set[int]) -> Judged | None:
        """ "the sanctions [are illegal]", "the talks [were a success]", "the drills [posed a threat]
        to peace", "the claims [were fabricated]", "the move [threatened] regional stability": the
        judging word a reported clause states of its subject, None when it states none, or leaves
        it open (``open_marks``: "whether the plan was a success")."""
        subjects = g.clause_subjects(clause)
        if not subjects or g.marks(clause) & open_marks:
            return None
        verb = clause.lemma_.lower()
        said = [c for c in children(clause) if c.dep_ in ("acomp", "attr")]
        if verb in self.copulas:  # "the economy is in [good shape]"
            said += [o for p in children(clause) if p.dep_ == "prep" and p.lower_ in self.copula_preps
                     for o in children(p) if o.dep_ == "pobj"]
        if verb in self.judging_verbs and verb not in self.copulas:
            said += g.direct_objects(clause) + list(g.prep_objects(clause, "to"))  # "amounts [to] interference"
            said += [c for c in children(clause) if c.dep_ == "advmod" and c.i > clause.i]  # "marked a step [forward]"
        elif verb not in self.copulas and g.is_passive(clause):
            said = [clause]  # "the claims were [fabricated] and malicious"
        elif verb in self.relation_gloom_verbs and any(self._named_relation(s) for s in subjects):
            return Judged(clause, RELATION_GLOOM)  # "said ties with Rabat [had deteriorated]"
        elif verb not in self.judging_verbs:
            harmed = self.harm(clause) or self._failure(clause)  # "the move [threatened] regional stability"
            return harmed if harmed is not None and self._of_a_party(subjects, [], coded) else None
        if (verb in self.copulas or said == [clause]) and any(self._named_relation(s) for s in subjects):
            praised = self._relation_state(clause, said)
            if praised is not None:  # "said relations with Beijing were [at their best ever]", "[strained]"
                return praised
        judged = self.judge(said)
        if judged is None:  # "was a unilateral move [that threatened] regional stability"
            judged = next((h for c in said for r in children(c) if r.dep_ == "relcl" and (h := self.harm(r))), None)
        if judged is not None and judged.evaluation.judgement == POSITIVE and self._own(subjects, said) \
                and not any(t.lemma_.lower() in SHARED_COURSES for s in subjects for t in g.expand_conjuncts(s)):
            judged = self._own_course(judged)  # "'[Our] tariffs are fair'": praise of its own course defends it
        if judged is not None and judged.evaluation.judgement == JUSTIFICATION:
            return judged if self._own(subjects, said) else None  # "'[We] are absolutely right'": its own course
        if judged is None or judged.evaluation.judgement in UNBLAMING or self._of_a_party(subjects, said, coded):
            return judged  # a worry needs no one to blame ("the violence is a deep concern"); praise and blame do
        return None  # "said the storm posed a threat", "said inflation remained a threat": no one's act

    def denied_praise(self, clause: Token, open_marks: frozenset[str], coded: set[int]) -> Judged | None:
        """ "said the proposal was [not constructive]", "'The U.S. is [not a reliable partner]'": a
        negated clause that would praise a party's act or the party blames it (the praise word);
        a denied blame ("was not a violation") says nothing."""
        judged = self.statement(clause, open_marks, coded)
        return judged if judged is not None and judged.evaluation.judgement == POSITIVE else None

    def futility(self, clause: Token, coded: set[int]) -> Judged | None:
        """ "putting maximum pressure on a country [is not going to achieve] the goal", "the
        sanctions [will not work]": a denied clause that says an act or a party's course will not
        do its good, a criticism of its doer; None for any other clause or the speaker's own."""
        verb = clause
        if verb.lemma_.lower() == GOING_TO:  # "is not going [to achieve]"
            verb = next((c for c in children(clause) if c.dep_ == "xcomp"), clause)
        if not (g.has_negation(clause) or g.has_negation(verb)) \
                or g.best_phrase_match([verb], self.futile_verbs) is None:
            return None
        subjects = g.clause_subjects(clause) or [c for c in children(clause) if c.dep_ == "csubj"]
        if not subjects or self._own(subjects, []):
            return None
        if any(s.dep_ == "csubj" or s.pos_ == "VERB" for s in subjects) or self._of_a_party(subjects, [], coded):
            return Judged(verb, FUTILITY)  # "[putting] pressure ...", "[the sanctions] will not work"
        return None

    def _failure(self, clause: Token) -> Judged | None:
        """ "the Kabul authorities [have failed] to address the threat": a party's failure, None
        for any other clause (the party is checked by the caller)."""
        if clause.lemma_.lower() not in self.failing_verbs or g.has_negation(clause) \
                or not any(c.dep_ == "xcomp" for c in children(clause)):
            return None
        return Judged(clause, FAILURE)

    def _named_relation(self, noun: Token) -> bool:
        """ "[relations with Beijing]", "[Sino-Russian ties]", "the [U.S.-Japan alliance]": a noun of
        a relation that names a party as partner (a bare "relations" may be anyone's, "ties with the
        private sector" are no party's)."""
        if noun.lemma_.lower() not in self.relation_subjects and noun.lower_ not in self.relation_subjects:
            return False
        partners = [c for c in children(noun) if c.dep_ in OWNER_DEPS]
        partners += [o for p in children(noun) if p.dep_ in PREPOSITION_DEPS and p.lower_ in self.relation_partner_preps
                     for c in children(p) if c.dep_ in PREP_OBJECT_DEPS for o in g.expand_conjuncts(c)]
        return any(c.pos_ == "PROPN" or c.ent_type_ in PARTY_LABELS for c in partners)

    def _relation_state(self, clause: Token, said: list[Token]) -> Judged | None:
        """The praise or the gloom of a relation on a copula: its predicate ("were [excellent]",
        "are [strained]") or its "at" phrase ("were at [their best ever]", "at [a low]")."""
        words = said + [o for p in children(clause) if p.dep_ in PREPOSITION_DEPS
                        and p.lower_ in self.relation_praise_preps for o in children(p) if o.dep_ in PREP_OBJECT_DEPS]
        heads = [t for w in words for t in g.expand_conjuncts(w)]
        for state, found in ((self.relation_praise, RELATION_PRAISE), (self.relation_gloom, RELATION_GLOOM)):
            hit = g.best_phrase_match(heads, state)
            if hit is not None:
                return Judged(hit[0], found)
        return None

    def _own_course(self, praised: Judged) -> Judged:
        """The speaker's praise of its own course read as its defence (the justification entry)."""
        entry = next((e for e in self.entries if e.judgement == JUSTIFICATION), None)
        return praised if entry is None else Judged(praised.token, entry)

    @staticmethod
    def _own(subjects: list[Token], said: list[Token]) -> bool:
        """What a clause judges is the speaker's own: "[we] are right", "[our] measures are
        legitimate", "it is [our] sovereign right", "the measures [we] have taken are justified"."""
        nouns = [t for s in subjects for t in g.expand_conjuncts(s)]
        taken = [t for n in nouns for c in children(n) if c.dep_ == "relcl" for t in g.subjects(c)]
        return any(t.lower_ in FIRST_PERSON for n in nouns for t in (n, *g.owners(n))) \
            or any(t.lower_ in FIRST_PERSON for t in taken) \
            or any(t.lower_ in FIRST_PERSON for p in said if p.pos_ in NOUN_POS for t in g.owners(p))

    def _of_a_party(self, subjects: list[Token], said: list[Token], coded: set[int]) -> bool:
        """Whether what a clause judges is a party or a party's act: a name or a pronoun ("said
        [Washington] was hypocritical", "'[This] is a disgraceful decision'"), a noun with a doer
        ("[the U.S.] tariffs", "the decision [by Canada]"), an act the coder codes ("the
        [blockade]") or a noun of an act or its outcome ("the [decision]", "the [talks]"); not a
        storm, a virus or inflation, nor the speaker's own ("[our] policy", "[we]")."""
        nouns = [t for s in subjects for t in g.expand_conjuncts(s)]
        if any(t.lower_ in FIRST_PERSON for n in nouns for t in (n, *g.owners(n))):
            return False  # "'[Our] policy has always been constructive'": the speaker's own act
        for noun in nouns:
            if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in PARTY_LABELS or noun.i in coded \
                    or g.owners(noun) or {noun.lemma_.lower(), noun.lower_} & (self.judged_nouns | UNDERGONE) \
                    or any(c.dep_ == "acl" and g.agents(c) for c in children(noun)):  # "tariffs imposed [by] X"
                return True
        return any(g.owners(p) for p in said if p.pos_ in NOUN_POS)  # "a disgraceful decision [by Canada]"

    def _on(self, noun: Token) -> list[Token]:
        """The words on a predicate that may judge it: on a noun that names an act or what an act
        is (judged_nouns), its adjectives and, on a light noun, its "of" phrase; on a verb or an
        adjective, its adverbs ("were [illegally] forced")."""
        if noun.pos_ in NOUN_POS and noun.lemma_.lower() not in self.judged_nouns:
            return []  # "high threat [illegal] aliens", "a very [dangerous] trend": a kind of thing, no one's act
        found = [c for c in children(noun) if c.dep_ in JUDGING_MODIFIER_DEPS and c.i < noun.i]
        if (noun.pos_ in NOUN_POS or noun.pos_ == NUMBER_POS) and noun.lemma_.lower() in self.light_nouns:
            found += g.prep_objects(noun, "of")  # "an act of [piracy]", "one of the [worst abusers]"
        return found

    def _match(self, tokens: list[Token], judgement: str) -> Judged | None:
        best: Judged | None = None
        length = 0
        for entry in self.entries:
            if entry.judgement != judgement:
                continue
            hit = g.best_phrase_match(tokens, entry.words)
            if hit is not None and hit[1] > length:
                best, length = Judged(hit[0], entry), hit[1]
        return best

    def harm(self, clause: Token) -> Judged | None:
        """ "the move [threatened regional stability]": a clause whose verb harms a common good is
        a negative judgement of its subject; None for any other clause."""
        if clause.lemma_.lower() not in self.harming_verbs or g.has_negation(clause) \
                or g.best_phrase_match(g.direct_objects(clause), self.harmed_goods) is None:
            return None
        return Judged(clause, HARM)
