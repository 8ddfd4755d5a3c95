"""The pattern language: every field an event pattern may have, what it means, and how an
entry of a pattern file (data/patterns/*.yaml) becomes a checked ``Pattern``.

This module is the field reference for pattern authors; the pattern files point here. Each
field of ``Pattern`` names its YAML key, says what it means (``doc``) and how its value is read
and checked (``read``). ``parse_pattern`` checks every entry of every file at load and raises
ConfigError [E016] naming the file and the pattern id.

Frames, outcomes, parts of speech and argument slots are enumerations: pattern files write
their values ("frame: intent", "target: [obj, prep:with]"), the code compares the members.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import Field, dataclass, field, fields
from enum import Enum
from typing import Any

from detente.actors.phrases import INTERNATIONAL_PREFIX
from detente.errors import ConfigError, Errors
from detente.ontology import Ontology


class _Named(str, Enum):
    """An enumeration whose members are the strings the pattern files write."""

    def __str__(self) -> str:
        return str(self.value)


class WordClass(_Named):
    """The part of speech of a trigger word."""

    VERB = "verb"
    NOUN = "noun"
    ADJ = "adj"


class Frame(_Named):
    """How an act embeds another one, and so what the embedded act is coded as (the code
    tables of data/patterns/modality.yaml)."""

    INTENT = "intent"  # "agreed to X", "plans to X": an intention to X (03x; 13x for conflict)
    THREAT = "threat"  # "threatened to X": a threat of X (13x)
    REFUSAL = "refusal"  # "refused to X": a refusal of X (12x)
    APPEAL = "appeal"  # "urged Y to X", "called for X": an appeal for X (02x)
    DEMAND = "demand"  # "demanded X", "said Y must X": a demand for X (10x)
    ORDER = "order"  # "ordered X": X, done by the one who orders
    ACCUSE = "accuse"  # "accused Y of X": X is not coded; the accusation takes X's subcode
    DENY = "deny"  # "denied that X": X is not coded
    BLOCK = "block"  # "failed to X", "postponed X": X did not happen
    SPEECH = "speech"  # "said that X": X is reported; verbs of saying frame it, no pattern does


# Frames a pattern may declare; SPEECH comes from the verbs of saying alone.
PATTERN_FRAMES = frozenset(Frame) - {Frame.SPEECH}
# Frames that make the embedded act the framing party's own (intended, threatened, refused,
# appealed for, demanded or ordered by it), as opposed to reporting, denying or blocking it.
ACTING_FRAMES = frozenset({Frame.INTENT, Frame.THREAT, Frame.REFUSAL, Frame.APPEAL, Frame.DEMAND, Frame.ORDER})
# Frames under which a negated or future act is refused: "will not X", "would not X".
FUTURE_FRAMES = frozenset({Frame.INTENT, Frame.THREAT})
# Frames whose addressee ("urged [X] to", "demanded that [X]") is the embedded act's target.
ADDRESSING_FRAMES = frozenset({Frame.APPEAL, Frame.DEMAND})
# Frames that ask an act of another party: with no addressee, its target is the asked clause's subject.
REQUESTING_FRAMES = ADDRESSING_FRAMES | {Frame.ORDER}
# Frames under which the embedded act did not happen: nothing inside is coded.
DENYING_FRAMES = frozenset({Frame.BLOCK, Frame.DENY})
# Frames that report another party's act (a denial or an accusation) rather than act on anyone.
REPORTING_FRAMES = frozenset({Frame.DENY, Frame.ACCUSE})
# Frames that end the walk up from an act: nothing above them changes it.
CLOSING_FRAMES = frozenset({Frame.SPEECH, Frame.BLOCK, Frame.DENY, Frame.ACCUSE})


class Evaluation(_Named):
    """How a verb of naming judges what it names ("called the sanctions [illegal]"): the
    judgements of the evaluation lexicon, data/patterns/evaluations.yaml."""

    NEGATIVE = "negative"
    POSITIVE = "positive"


class Outcome(_Named):
    """What an outcome verb (kill, wound, destroy) makes of a named means ("killed in an airstrike")."""

    TAKES_MEANS = "yes"  # the code of the named means (an airstrike: 195), else the verb's own
    NEEDS_MEANS = "only"  # coded only when a violent means is named


class Slot(_Named):
    """Where the actors of an act are looked for (the ``source`` and ``target`` fields), besides
    ``prep:<word>``: the object of that preposition on the trigger or on its object ("imposed
    tariffs [on X]"); ``gerund:<word>``: on the gerund a preposition of the trigger governs
    ("barred firms from exporting chips [to X]")."""

    SUBJ = "subj"  # the subject; the agent of a passive verb
    AGENT = "agent"  # the "by" agent of a passive verb
    OBJ = "obj"  # the direct object; the subject of a passive verb
    IOBJ = "iobj"  # the dative ("gave [X] aid", "gave aid [to X]")
    POSS = "poss"  # the trigger's possessive ("[China's] offer"); of a verb's object: "expelled [its] envoy"
    AMOD = "amod"  # the trigger's adjective ("[Chinese] tariffs"), or of a verb's object
    COMPOUND = "compound"  # the trigger's noun modifier ("[EU] sanctions"), or of a verb's object
    NMOD = "nmod"  # the trigger's nominal modifier, or of a verb's object
    GOVERNOR = "governor"  # the subject of the verb a nominal trigger is the object of ("[X] held talks")
    BETWEEN = "between"  # the sides of "talks between A and B"
    XSUBJ = "xsubj"  # the subject of the trigger's clausal complement ("allowed [X] to run")
    XOBJ = "xobj"  # the object of the trigger's clausal complement ("an attempt to kill [X]")
    HELD = "held"  # who is in the place a nominal trigger names ("[he] remains in detention")
    CLAUSE_SUBJ = "clause_subj"  # the subject of the clause a "with" phrase hangs on ("with X's backing, [Seoul] ...")


PREP_SLOT = "prep:"  # a slot "prep:with" names the object of "with"
# a slot "gerund:to" names the object of "to" in the gerund a preposition on the trigger governs
# ("barred firms from [exporting chips to China]")
GERUND_PREP_SLOT = "gerund:"
MODIFIER_SLOTS = frozenset({Slot.POSS, Slot.AMOD, Slot.COMPOUND, Slot.NMOD})

VERB_SOURCE = (Slot.SUBJ.value, Slot.AGENT.value)
VERB_TARGET = (Slot.OBJ.value, Slot.IOBJ.value, "prep:with", "prep:to", "prep:on", "prep:against", "prep:at",
               "prep:toward", "prep:towards")
NOUN_SOURCE = (Slot.POSS.value, Slot.AMOD.value, Slot.COMPOUND.value, "prep:by", "prep:from",
               Slot.GOVERNOR.value)
NOUN_TARGET = ("prep:on", "prep:against", "prep:with", "prep:to", "prep:toward", "prep:towards", "prep:at",
               "prep:for", Slot.BETWEEN.value)

# Special entries of ``complement``: any clausal complement, a finite clause with its own subject, or
# such a clause that states a view (no modal).
ANY_COMPLEMENT = "any"
CLAUSE_COMPLEMENT = "clause"
VIEW_COMPLEMENT = "view"  # a finite clause that states how things are, with no modal of an aim or a future


# --- how a value is read ----------------------------------------------------------------------
Reader = Callable[[Any, str], Any]


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError(f"{key} must be a word or a list of words")


def _text(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    return value


def _code(value: Any, key: str) -> str:
    if str(value) not in Ontology.load():
        raise ValueError(f"unknown CAMEO code {str(value)!r} (quote codes: \"043\")")
    return str(value)


def _lemmas(value: Any, key: str) -> tuple[str, ...]:
    return tuple(v.lower() for v in _strings(value, key))


def _words(value: Any, key: str) -> frozenset[str]:
    return frozenset(v.lower() for v in _strings(value, key))


def _flag(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false")
    return value


def _slots(value: Any, key: str) -> tuple[str, ...]:
    slots = _strings(value, key)
    known = {s.value for s in Slot}
    wrong = [s for s in slots if s not in known and not any(
        s.startswith(prefix) and len(s) > len(prefix) for prefix in (PREP_SLOT, GERUND_PREP_SLOT))]
    if wrong:
        raise ValueError(f"{key} has unknown slots {wrong} (use {sorted(known)}, prep:<word> or gerund:<word>)")
    return slots


def _choice(members: frozenset[_Named]) -> Reader:
    def read(value: Any, key: str) -> _Named:
        for member in members:
            if value == member.value:
                return member
        raise ValueError(f"{key} must be one of {sorted(m.value for m in members)}")
    return read


def _outcome(value: Any, key: str) -> Outcome:
    if value is True:
        return Outcome.TAKES_MEANS
    if isinstance(value, str) and value in {o.value for o in Outcome}:
        return Outcome(value)
    raise ValueError(f"{key} must be true or '{Outcome.NEEDS_MEANS.value}'")


def _spec(key: str, doc: str, read: Reader, *, required: bool = False, constraint: bool = False) -> dict[str, Any]:
    """The metadata of a pattern field: its YAML key, its meaning, its reader; ``required`` for
    id, code and lemma; ``constraint`` for the wording constraints that make a pattern more
    specific than another with the same trigger."""
    return {"key": key, "doc": doc, "read": read, "required": required, "constraint": constraint}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One wording of an event: a trigger word, the words that must (or must not) surround it,
    the CAMEO code it gets and where its actors are."""

    id: str = field(metadata=_spec(
        "id", "unique, stable name; every coded event names the pattern that produced it", _text, required=True))
    code: str = field(metadata=_spec(
        "code", 'the most specific CAMEO code this wording supports (a string: "043")', _code, required=True))
    lemmas: tuple[str, ...] = field(metadata=_spec(
        "lemma", "the trigger word's lemma, or a list of lemmas ([meet, confer])", _lemmas, required=True))
    pos: WordClass = field(default=WordClass.VERB, metadata=_spec(
        "pos", "the trigger's part of speech: verb (default), noun or adj", _choice(frozenset(WordClass))))
    particle: str | None = field(default=None, metadata=_spec(
        "particle", 'a verb particle that must be present ("pull out": out, "crack down": down)', _text,
        constraint=True))
    objects: frozenset[str] | None = field(default=None, metadata=_spec(
        "object", 'the direct object (or passive subject, or "with" object) must be one of these; an entry '
        'may be a phrase ("peacekeeping force", "state of emergency") or an entity type ("ent:money")', _words,
        constraint=True))
    owned_object: bool = field(default=False, metadata=_spec(
        "owned_object", 'the object must be a named party\'s ("opposed [China\'s] deployment", "the [U.S.] '
        'deployment"), not one no one has made yet ("opposed the deployment of a peacekeeping force"); '
        'needs object', _flag))
    object_preps: frozenset[str] | None = field(default=None, metadata=_spec(
        "object_prep", 'a preposition that must hang on the matched object ("hosted talks [between] A and B": '
        "others' talks, mediated); needs object", _words, constraint=True))
    prep: frozenset[str] | None = field(default=None, metadata=_spec(
        "prep", 'a preposition that must hang on the trigger ("call on", "crack down on")', _words, constraint=True))
    prep_objects: frozenset[str] | None = field(default=None, metadata=_spec(
        "prep_object", 'the object of that preposition must be one of these ("accused ... of [spying]")', _words,
        constraint=True))
    subjects: frozenset[str] | None = field(default=None, metadata=_spec(
        "subject", 'the subject (or passive agent) must be one of these ("suicide bomber" + kill)', _words,
        constraint=True))
    complements: frozenset[str] | None = field(default=None, metadata=_spec(
        "complement", 'the trigger\'s clausal complement must be one of these verbs ("declined to [comment]"); '
        f'"{ANY_COMPLEMENT}" takes any complement, "{CLAUSE_COMPLEMENT}" a finite clause with its own subject '
        '("protested that X had ...") but not an infinitive ("protested to demand ..."), '
        f'"{VIEW_COMPLEMENT}" such a clause with no modal ("agreed that the situation [was] grave", not '
        '"agreed that they [should] cooperate")', _words, constraint=True))
    complement_objects: frozenset[str] | None = field(default=None, metadata=_spec(
        "complement_object", 'the object of that complement must be one of these ("failed to reach '
        '[an agreement]"); needs complement', _words, constraint=True))
    source: tuple[str, ...] = field(default=VERB_SOURCE, metadata=_spec(
        "source", "where to look for the source actor, in order (a list of slots, see Slot); defaults: the "
        "subject or passive agent for verbs; possessive, adjective, compound, by, from and the governing "
        "verb's subject for nouns", _slots))
    target: tuple[str, ...] = field(default=VERB_TARGET, metadata=_spec(
        "target", "where to look for the target actor, in order; defaults: the object, dative and "
        "with/to/on/against/at/toward for verbs; on/against/with/to/toward/at/for and between for nouns", _slots))
    symmetric: bool = field(default=False, metadata=_spec(
        "symmetric", 'true when "A and B did X" means A->B (meet, talk, agree, fight)', _flag))
    fallback: bool = field(default=False, metadata=_spec(
        "fallback", 'true for weak wordings (a bare "said") coded only when nothing else in the sentence is',
        _flag))
    intent: str | None = field(default=None, metadata=_spec(
        "intent", "the code of a future or intended use, instead of the intent table of modality.yaml", _code))
    requires_modifier: frozenset[str] | None = field(default=None, metadata=_spec(
        "requires_modifier", 'the trigger must carry one of these modifiers ("[hunger] strike", "[joint] '
        'exercise")', _words, constraint=True))
    requires_governor: frozenset[str] | None = field(default=None, metadata=_spec(
        "requires_governor", 'a nominal trigger must be the object of one of these verbs ("[reach] a deal") or '
        'prepositions ("[with] the backing of X"), an adjective the complement of one ("[pleaded] not guilty"); '
        "the verb asserts it", _words, constraint=True))
    stance: bool = field(default=False, metadata=_spec(
        "stance", 'true for a noun of stance (support, opposition): a holder named by a possessive or by '
        '"from"/"by" asserts it ("with support from France", "met with opposition from China")', _flag))
    requires_actor: bool = field(default=True, metadata=_spec(
        "requires_actor", "the event needs an actor somewhere (default: true, false for fallback wordings)",
        _flag))
    requires_actor_object: bool = field(default=False, metadata=_spec(
        "requires_actor_object", "the event needs a target actor (for ambiguous verbs)", _flag))
    needs_target: bool = field(default=False, metadata=_spec(
        "needs_target", 'the event stands only with a target, once the coding conventions have filled what '
        'they can: a bare "X said ..." about no other party says nothing of a relation (the sentence is '
        "still remembered for pronouns); a statement turned into another code is not concerned", _flag))
    needs_source: bool = field(default=False, metadata=_spec(
        "needs_source", 'the event stands only with a source, once the implied actors are filled: a '
        'restriction told as a statistic ("women in 77 countries are barred from working") names no one '
        "who imposes it, and no authority of a place or of the story's country stands in", _flag))
    requires_source: bool = field(default=False, metadata=_spec(
        "requires_source", "the event needs a source actor (for ambiguous verbs)", _flag))
    judged_only: bool = field(default=False, metadata=_spec(
        "judged_only", 'a wording of attribution that is an event only through what the clause it reports '
        'amounts to ("[according to] Beijing, Washington is weaponizing trade": an accusation); a bare '
        'report through it is the reported act alone', _flag))
    outcome: Outcome | None = field(default=None, metadata=_spec(
        "outcome", 'true for outcome verbs (kill, wound): "killed in an airstrike" takes the code of the named '
        f'means; "{Outcome.NEEDS_MEANS.value}" codes the verb only when a means is named', _outcome))
    evaluation: Evaluation | None = field(default=None, metadata=_spec(
        "evaluation", 'the trigger names its object with a word of this judgement ("called the sanctions '
        '[illegal]", "described the move as [a violation]"; "negative" or "positive", the lists of '
        'modality.yaml)', _choice(frozenset(Evaluation)), constraint=True))
    prospective: bool = field(default=False, metadata=_spec(
        "prospective", 'true: coded only as announced, intended or threatened ("will [respond] to the '
        'expulsion": a threat, 130); told as done ("responded to the proposal") it is no event', _flag))
    ceases: bool = field(default=False, metadata=_spec(
        "ceases", 'true: the trigger ends what its object or complement names ("stop [the attacks]", "end '
        '[its probe]", "stop [interfering]"); the code comes from the ended act through the cessation '
        "table of modality.yaml (a policy, practice or unnamed act: the pattern's own code)", _flag))
    negated_code: str | None = field(default=None, metadata=_spec(
        "negated", 'the code when the trigger is negated, instead of no event: a stance denied ("is not '
        'supportive of the meeting", "does not support the plan": 110)', _code))
    negated_only: bool = field(default=False, metadata=_spec(
        "negated_only", 'true: the trigger is an act only when negated, and is then coded as its negated '
        'code ("women are [not] allowed to travel": a restriction); told as granted ("only citizens are allowed '
        'to enter") it is no event', _flag))
    state_code: str | None = field(default=None, metadata=_spec(
        "state_code", 'the code when the source is a state (a government, its officials or the country '
        'itself): "Japan protested the incursion" is an official complaint (114), not a street protest',
        _code))
    home_code: str | None = field(default=None, metadata=_spec(
        "home_code", "the code when the target belongs to the source's own country: designating a group at "
        'home as terrorist bans it (1721: "Pakistan designated the BLA"), abroad it is a sanction (163)',
        _code))
    body_code: str | None = field(default=None, metadata=_spec(
        "body_code", "the code when the target is an international organisation: withdrawing from a city is a "
        'retreat (0874), "withdrew from ECOWAS" leaves a bloc and reduces relations (161)', _code))
    frame: Frame | None = field(default=None, metadata=_spec(
        "frame", "how this event embeds another act (see Frame): intent, threat, refusal, appeal, demand, "
        "order, accuse, deny or block", _choice(PATTERN_FRAMES)))
    exclude_subject: frozenset[str] | None = field(default=None, metadata=_spec(
        "exclude_subject", 'the subject (or passive agent) must not be one of these ("[tourists] visited")',
        _words))
    exclude_dep: frozenset[str] | None = field(default=None, metadata=_spec(
        "exclude_dep", 'the trigger must have no child with one of these dependency labels ("calls X a '
        'friend": oprd)', _words))
    exclude_object: frozenset[str] | None = field(default=None, metadata=_spec(
        "exclude_object", 'neither the object nor the object of a preposition on the trigger may be one of '
        'these ("battled [blazes]", "spoke to [reporters]"); a phrase entry matches words anywhere in the '
        'object\'s phrase ("comment request" matches "requests for comment")', _words))
    exclude_prep: frozenset[str] | None = field(default=None, metadata=_spec(
        "exclude_prep", 'none of these prepositions may hang on the trigger ("called [as] witnesses")', _words))
    exclude_complement: frozenset[str] | None = field(default=None, metadata=_spec(
        "exclude_complement", 'the clausal complement must not be one of these ("declining to be [named]")',
        _words))
    exclude_governor: frozenset[str] | None = field(default=None, metadata=_spec(
        "exclude_governor", 'a nominal trigger must not be the object of one of these verbs ("[assumed] his '
        'duties": an office, not tariffs)', _words))
    exclude_modifier: frozenset[str] | None = field(default=None, metadata=_spec(
        "exclude_modifier", 'a nominal trigger must not carry one of these modifiers ("a [new] trial")', _words))
    own_side: bool = field(default=False, metadata=_spec(
        "own_side", 'true: the target may carry the source\'s own actor code, an official of the same state '
        '("the president dismissed the interior minister", "parliament impeached the president": GOV or LEG '
        'acting on GOV of its own country), where otherwise no actor is the target of its own act', _flag))
    transitive: bool = field(default=False, metadata=_spec(
        "transitive", 'true: the trigger needs an object or a clausal complement ("declined the offer", '
        '"declined to attend"; not "exports declined")', _flag))
    note: str = field(default="", metadata=_spec("note", "free text for the reader", _text))
    origin: str = ""  # the file the pattern was read from

    def body_code_for(self, target_code: str | None) -> str | None:
        """The body_code when the target is an international organisation ("withdrew from ECOWAS")."""
        return self.body_code if (target_code or "").startswith(INTERNATIONAL_PREFIX) else None

    @property
    def specificity(self) -> int:
        """More constraints met means a more precise wording; used to pick among matches."""
        return sum(getattr(self, f.name) is not None for f in fields(self) if f.metadata.get("constraint"))


def pattern_fields() -> tuple[Field[Any], ...]:
    """The fields a pattern file may set, in reference order."""
    return tuple(f for f in fields(Pattern) if "key" in f.metadata)


def field_reference() -> str:
    """The field reference as text, one "key: meaning" line per field."""
    return "\n".join(f"{f.metadata['key']}: {f.metadata['doc']}" for f in pattern_fields())


def parse_pattern(entry: object, origin: str) -> Pattern:
    """Check one entry of a pattern file and turn it into a Pattern; raise ConfigError [E016]
    naming the file and the pattern."""
    if not isinstance(entry, dict):
        raise ConfigError(Errors.E016.format(path=origin, detail=f"entry is not a mapping: {entry!r}"))
    try:
        return Pattern(**_field_values(entry), origin=origin)
    except ValueError as exc:
        where = f"pattern {entry.get('id') or '?'}"
        raise ConfigError(Errors.E016.format(path=origin, detail=f"{where}: {exc}")) from None


def _field_values(entry: Mapping[str, Any]) -> dict[str, Any]:
    specs = pattern_fields()
    unknown = set(entry) - {f.metadata["key"] for f in specs}
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}")
    values: dict[str, Any] = {}
    for spec in specs:
        key = spec.metadata["key"]
        if spec.metadata["required"] and not entry.get(key):
            raise ValueError(f"'{key}' is required")
        if entry.get(key) is not None:
            values[spec.name] = spec.metadata["read"](entry[key], key)
    if values.get("complement_objects") is not None and values.get("complements") is None:
        raise ValueError("complement_object needs a complement")
    if values.get("object_preps") is not None and values.get("objects") is None:
        raise ValueError("object_prep needs an object")
    # Defaults that depend on other fields.
    noun = values.get("pos") == WordClass.NOUN
    values["source"] = values.get("source") or (NOUN_SOURCE if noun else VERB_SOURCE)
    values["target"] = values.get("target") or (NOUN_TARGET if noun else VERB_TARGET)
    values.setdefault("requires_actor", not values.get("fallback", False))
    return values
