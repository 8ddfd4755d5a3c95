"""A trigger matched by a pattern, as it passes from matching through modality to arguments."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from detente.events.schema import Frame, Pattern

# The rule suffix of a bare statement that demands something of a party ("X said Y must ...").
STATEMENT_DEMAND_RULE = "+must"
# The rule suffix of a stance denied ("is not supportive of the plan"), coded by the pattern's negated code.
NEGATED_RULE = "+negated"
# The rule suffix of a statement that charges another party with what it reports ("X said Y violated the rules").
CHARGE_RULE = "+charge"
# The rule suffixes of a bare statement that judges what it reports ("X said the tariffs were illegal"):
# praise or blame of another's act, a worry, a charge.
PRAISE_OR_BLAME = frozenset({"+negative", "+positive"})
JUSTIFICATION_RULE = "+justification"  # "'We are absolutely right,' he said": a defence of its own course
JUDGEMENT_RULES = PRAISE_OR_BLAME | {"+concern", "+optimism", JUSTIFICATION_RULE, CHARGE_RULE}
# The evaluation family of a praised relation ("said ties with Beijing were at their best"): praise of
# the partner, which says nothing when no partner is aimed at.
TIES_PRAISE = "evaluation.relation_praise"
# Its gloomy twin ("said relations with Beijing were at their lowest point", "ties with Rabat have
# deteriorated"): pessimism about the relation with the partner (012), none with no partner aimed at.
TIES_GLOOM = "evaluation.relation_gloom"
# A denied good of an act ("pressure is not going to achieve the goal"): a criticism of its doer,
# an event only when the doer is found (in the sentence or the story); not a bare judgement of an act.
FUTILE = "evaluation.futile_verbs"
AIMED_EVALUATIONS = frozenset({TIES_PRAISE, TIES_GLOOM, FUTILE})  # judgements that stand only with a target


def frame_rule(frame: Frame) -> str:
    """The rule suffix an applied frame leaves ("consult.meet+intent")."""
    return f"+{frame.value}"


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
    faced: bool = False  # a measure someone will face ("producers will face duties"): imposed as told before
    speaker_demand: bool = False  # "X said Y must ...": a demand by X on Y
    quoted: bool = False  # a quoted sentence with no verb of saying: its clause is the speaker's statement
    own_aim: str | None = None  # the code when Y turns out to be X's own side ("Carney said Canada must ...")
    owner_from: Token | None = None  # "rejected [the US] request to ...": whose proposal it was
    means: Token | None = None  # "killed in a Russian strike": the act that caused the outcome
    # the verb whose subject the act is aimed at: "[Tehran rejected] Washington's offer", "[firms will face] duties"
    aimed_at: Token | None = None
    reacted_to: bool = False  # the act a reaction is about ("condemned [the attack]"): the reactor did not do it
    background: bool = False  # recalled in passing ("since the 2018 arrest"): dated only by its own words
    symmetric: bool = False  # "A and B agreed to ...": one event per dyad
    asks_subject: bool = False  # "hopes [Y] will ...", "said [Y] violated ...": the clause subject is the target
    rule_suffix: str = ""
    # what a judging statement judges with, as evidence: the word ("said the tariffs were [illegal]")
    # and the id of its family in the evaluation lexicon ("evaluation.unlawful")
    judged_by: Token | None = None
    evaluation: str = ""

    @property
    def needs_aim(self) -> bool:
        """An event only with a target: a bare statement ("said"), a praise of ties, a denied good."""
        return self.evaluation in AIMED_EVALUATIONS or (self.pattern.needs_target and self.code == self.pattern.code)

    @property
    def root(self) -> str:
        """The CAMEO root of the code so far ("04" for "043")."""
        return self.code[:2]
