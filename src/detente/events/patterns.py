"""The event pattern dictionary: data files of wordings, loaded, checked and indexed.

A pattern says which trigger word (by lemma) and which surrounding words make an event,
and which CAMEO code it gets. The files are YAML lists, one file per CAMEO root (the field
reference heads data/patterns/01_statement.yaml) so that a political scientist can read
and extend them without reading Python; modality.yaml holds the grammar lists and the
code tables of frames (intent, refusal, appeal, demand).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from detente.data import data_path, load_yaml, word_list
from detente.errors import ConfigError, Errors
from detente.ontology import Ontology

DEFAULT_PATTERN_FILES = tuple(f"patterns/{name}.yaml" for name in (
    "01_statement", "02_appeal", "03_intent", "04_consult", "05_support", "06_cooperate",
    "07_aid", "08_yield", "09_investigate", "10_demand", "11_disapprove", "12_reject",
    "13_threaten", "14_protest", "15_posture", "16_reduce", "17_coerce", "18_assault",
    "19_fight", "20_mass_violence",
))

VERB_SOURCE = ("subj", "agent")
VERB_TARGET = ("obj", "iobj", "prep:with", "prep:to", "prep:on", "prep:against", "prep:at",
               "prep:toward", "prep:towards")
NOUN_SOURCE = ("poss", "amod", "compound", "prep:by", "prep:from", "governor")
NOUN_TARGET = ("prep:on", "prep:against", "prep:with", "prep:to", "prep:toward",
               "prep:towards", "prep:at", "prep:for", "between")

# How an event that embeds another act changes it ("agreed to meet" -> intent to meet).
FRAMES = {"intent", "threat", "refusal", "appeal", "demand", "accuse", "deny", "order", "block"}
OUTCOMES = {"yes", "only"}

KNOWN_FIELDS = {
    "id", "code", "lemma", "pos", "particle", "object", "prep", "prep_object", "subject",
    "complement", "complement_object", "source", "target", "symmetric", "fallback", "intent",
    "requires_modifier", "requires_governor", "requires_actor", "requires_actor_object", "requires_source",
    "outcome", "frame", "note", "exclude_subject", "exclude_dep", "exclude_object", "exclude_prep",
    "exclude_complement", "exclude_modifier", "transitive",
}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One wording of an event."""

    id: str
    code: str
    lemmas: tuple[str, ...]
    pos: str = "verb"
    particle: str | None = None
    objects: frozenset[str] | None = None
    prep: frozenset[str] | None = None
    prep_objects: frozenset[str] | None = None
    subjects: frozenset[str] | None = None
    complements: frozenset[str] | None = None
    complement_objects: frozenset[str] | None = None  # "failed to reach [an agreement]"
    source: tuple[str, ...] = VERB_SOURCE
    target: tuple[str, ...] = VERB_TARGET
    symmetric: bool = False
    fallback: bool = False
    intent: str | None = None
    requires_modifier: frozenset[str] | None = None
    requires_governor: frozenset[str] | None = None
    requires_actor: bool = False
    requires_actor_object: bool = False
    requires_source: bool = False
    outcome: str | None = None  # "yes": kill/wound, yields to a named means; "only": needs one
    frame: str | None = None  # how this event embeds another act (see FRAMES)
    exclude_subject: frozenset[str] | None = None  # "a ship arrived in": not a visit
    exclude_dep: frozenset[str] | None = None  # "calls X a friend" (oprd): not a phone call
    exclude_object: frozenset[str] | None = None  # "battled blazes", "fought corruption": no fight
    exclude_prep: frozenset[str] | None = None  # "called as witnesses": no phone call
    exclude_complement: frozenset[str] | None = None  # "declining to be named": no rejection
    exclude_modifier: frozenset[str] | None = None  # "ordered a new trial": no detention
    transitive: bool = False  # "exports declined": no refusal without an object or complement
    origin: str = ""

    @property
    def specificity(self) -> int:
        """More constraints met means a more precise wording; used to pick among matches."""
        return sum(
            x is not None
            for x in (self.particle, self.objects, self.prep, self.prep_objects, self.subjects,
                      self.complements, self.complement_objects, self.requires_modifier, self.requires_governor)
        )


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _as_set(value: Any) -> frozenset[str] | None:
    if value is None:
        return None
    return frozenset(v.lower() for v in _as_tuple(value))


def _fail(origin: str, where: str, detail: str) -> ConfigError:
    return ConfigError(Errors.E016.format(path=origin, detail=f"{where}: {detail}"))


def _check(entry: dict[str, Any], origin: str) -> str:
    """Raise ConfigError for a malformed entry; return the pattern's display name."""
    if not isinstance(entry, dict):
        raise ConfigError(Errors.E016.format(path=origin, detail=f"entry is not a mapping: {entry!r}"))
    where = f"pattern {entry.get('id') or '?'}"
    unknown = set(entry) - KNOWN_FIELDS
    if unknown:
        raise _fail(origin, where, f"unknown fields {sorted(unknown)}")
    for name in ("id", "code", "lemma"):
        if not entry.get(name):
            raise _fail(origin, where, f"'{name}' is required")
    ontology = Ontology.load()
    for name in ("code", "intent"):
        if entry.get(name) is not None and str(entry[name]) not in ontology:
            raise _fail(origin, where, f"unknown CAMEO code {str(entry[name])!r} (quote codes: \"043\")")
    if entry.get("pos", "verb") not in ("verb", "noun", "adj"):
        raise _fail(origin, where, "pos must be verb, noun or adj")
    if entry.get("frame") is not None and entry["frame"] not in FRAMES:
        raise _fail(origin, where, f"frame must be one of {sorted(FRAMES)}")
    if entry.get("complement_object") is not None and entry.get("complement") is None:
        raise _fail(origin, where, "complement_object needs a complement")
    outcome = entry.get("outcome")
    if outcome is not None and outcome is not True and outcome not in OUTCOMES:
        raise _fail(origin, where, "outcome must be true or 'only'")
    return where


def parse_pattern(entry: dict[str, Any], origin: str) -> Pattern:
    """Check one entry and turn it into a Pattern; raise ConfigError naming the entry."""
    _check(entry, origin)
    pos = entry.get("pos", "verb")
    default_source, default_target = (VERB_SOURCE, VERB_TARGET) if pos != "noun" else (NOUN_SOURCE, NOUN_TARGET)
    outcome = entry.get("outcome")
    return Pattern(
        id=str(entry["id"]),
        code=str(entry["code"]),
        lemmas=tuple(v.lower() for v in _as_tuple(entry["lemma"])),
        pos=pos,
        particle=entry.get("particle"),
        objects=_as_set(entry.get("object")),
        prep=_as_set(entry.get("prep")),
        prep_objects=_as_set(entry.get("prep_object")),
        subjects=_as_set(entry.get("subject")),
        complements=_as_set(entry.get("complement")),
        complement_objects=_as_set(entry.get("complement_object")),
        source=_as_tuple(entry.get("source")) or default_source,
        target=_as_tuple(entry.get("target")) or default_target,
        symmetric=bool(entry.get("symmetric", False)),
        fallback=bool(entry.get("fallback", False)),
        intent=str(entry["intent"]) if entry.get("intent") else None,
        requires_modifier=_as_set(entry.get("requires_modifier")),
        requires_governor=_as_set(entry.get("requires_governor")),
        requires_actor=bool(entry.get("requires_actor", not entry.get("fallback", False))),
        requires_actor_object=bool(entry.get("requires_actor_object", False)),
        requires_source=bool(entry.get("requires_source", False)),
        outcome=("yes" if outcome is True else outcome),
        frame=entry.get("frame"),
        exclude_subject=_as_set(entry.get("exclude_subject")),
        exclude_dep=_as_set(entry.get("exclude_dep")),
        exclude_object=_as_set(entry.get("exclude_object")),
        exclude_prep=_as_set(entry.get("exclude_prep")),
        exclude_complement=_as_set(entry.get("exclude_complement")),
        exclude_modifier=_as_set(entry.get("exclude_modifier")),
        transitive=bool(entry.get("transitive", False)),
        origin=origin,
    )


def read_pattern_file(path: Path) -> list[Pattern]:
    try:
        entries = load_yaml(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(Errors.E016.format(path=path, detail=exc)) from exc
    if not isinstance(entries, list):
        raise ConfigError(Errors.E016.format(path=path, detail="the file must be a YAML list of patterns"))
    return [parse_pattern(entry, str(path)) for entry in entries]


class PatternBook:
    """All patterns, indexed by (part of speech, trigger lemma)."""

    def __init__(self, patterns: Iterable[Pattern], user_files: Iterable[str] = ()) -> None:
        self.patterns: list[Pattern] = []
        self.user_origins = frozenset(user_files)  # a user's wording wins a tie with a bundled one
        self.by_trigger: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
        seen: dict[str, str] = {}
        for pattern in patterns:
            if pattern.id in seen:
                detail = f"duplicate pattern id {pattern.id!r} (also in {seen[pattern.id]})"
                raise ConfigError(Errors.E016.format(path=pattern.origin, detail=detail))
            seen[pattern.id] = pattern.origin
            self.patterns.append(pattern)
            for lemma in pattern.lemmas:
                self.by_trigger[(pattern.pos, lemma)].append(pattern)
        for candidates in self.by_trigger.values():
            candidates.sort(key=lambda p: (-p.specificity, -len(p.code)))
        # Regular inflections of every trigger, for words the lemmatizer gets wrong
        # ("staged" -> "stag"): consulted only when the lemma itself is not a trigger.
        self.forms: dict[tuple[str, str], str] = {}
        for pos, lemma in list(self.by_trigger):
            for form in inflections(lemma, pos):
                self.forms.setdefault((pos, form), lemma)

    def __len__(self) -> int:
        return len(self.patterns)

    def candidates(self, pos: str, lemma: str, form: str | None = None) -> list[Pattern]:
        found = self.by_trigger.get((pos, lemma))
        if not found and form is not None and (pos, form) in self.forms:
            found = self.by_trigger.get((pos, self.forms[(pos, form)]))
        if not found and form is not None:  # "fighting" listed as a noun, lemmatised "fight"
            found = self.by_trigger.get((pos, form))
        return found or []

    def per_root(self) -> dict[str, int]:
        """How many patterns code into each CAMEO root (for the dictionary's documentation)."""
        counts: dict[str, int] = defaultdict(int)
        for pattern in self.patterns:
            counts[pattern.code[:2]] += 1
        return dict(sorted(counts.items()))

    @classmethod
    def load(cls, extra_files: Iterable[str | Path] = ()) -> PatternBook:
        """The bundled dictionary plus any user pattern files (``--patterns FILE``)."""
        patterns = list(_bundled_patterns())
        for path in extra_files:
            patterns.extend(read_pattern_file(Path(path)))
        return cls(patterns, user_files=[str(Path(p)) for p in extra_files])


def inflections(lemma: str, pos: str) -> set[str]:
    """Regular forms of a trigger: verbs -s/-ed/-ing, nouns -s (multi-word triggers: none)."""
    if " " in lemma or not lemma.isalpha():
        return set()
    stem_e = lemma[:-1] if lemma.endswith("e") else lemma
    plural = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in "aeiou" else (
        lemma + "es" if lemma.endswith(("s", "x", "z", "ch", "sh")) else lemma + "s")
    if pos != "verb":
        return {plural}
    double = lemma + lemma[-1] if len(lemma) > 2 and lemma[-1] in "bdgmnprt" and lemma[-2] in "aeiou" \
        and lemma[-3] not in "aeiou" else lemma
    past = lemma + "d" if lemma.endswith("e") else (
        lemma[:-1] + "ied" if lemma.endswith("y") and lemma[-2] not in "aeiou" else lemma + "ed")
    return {plural, past, double + "ed", stem_e + "ing", double + "ing"}


@lru_cache(maxsize=1)
def _bundled_patterns() -> tuple[Pattern, ...]:
    found: list[Pattern] = []
    for relative in DEFAULT_PATTERN_FILES:
        found.extend(read_pattern_file(data_path(relative)))
    return tuple(found)


def _table(raw: dict[str, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in (raw or {}).items()}


def longest_prefix(table: dict[str, str], code: str) -> str | None:
    """The value of the longest prefix of ``code`` that ``table`` has ("0841" before "084" before "08")."""
    for end in range(len(code), -1, -1):
        if code[:end] in table:
            return table[code[:end]]
    return None


@dataclass(frozen=True, slots=True)
class Modality:
    """The grammar lists and code tables of data/patterns/modality.yaml."""

    intent: dict[str, str]
    refusal: dict[str, str]
    appeal: dict[str, str]
    demand: dict[str, str]
    accusation: dict[str, str]
    demand_modals: frozenset[str]
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
    frame_nouns: dict[str, str]
    speculating_speakers: frozenset[str] = frozenset()  # "analysts say X would ...": a guess

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Modality:
        raw = load_yaml(data_path("patterns/modality.yaml").read_text(encoding="utf-8"))
        lists = {name: frozenset(str(v).lower() for v in raw.get(name, ())) for name in (
            "intent_verbs", "refusal_verbs", "blocking_verbs", "asserting_verbs", "eventive_predicates",
            "asserting_preps", "proposal_nouns", "nonviolent_causes", "celebration_words",
            "speculating_speakers")}
        lists.update(
            demand_modals=word_list("grammar.demand_modals"),
            hypothetical_modals=word_list("grammar.hypothetical_modals"),
            future_aux=word_list("grammar.future_aux"),
            conditional_marks=word_list("grammar.conditional_marks"),
            speech_verbs=word_list("grammar.speech_verbs"),
            negating_determiners=word_list("grammar.negating_determiners"),
            negating_words=word_list("grammar.negating_words"),
            pronouns=word_list("grammar.pronouns"),
            quantity_nouns=word_list("grammar.quantity_nouns"))
        return cls(intent=_table(raw["intent"]), refusal=_table(raw["refusal"]),
                   appeal=_table(raw.get("appeal")), demand=_table(raw.get("demand")),
                   accusation=_table(raw.get("accusation")), demand_code=str(raw["demand_code"]),
                   frame_nouns=_table(raw.get("frame_nouns")), **lists)

    @staticmethod
    def _lookup(table: dict[str, str], code: str) -> str | None:
        return longest_prefix(table, code)

    def intent_code(self, code: str) -> str:
        """The intent/threat code for a future act; codes with no intent form stay as they are."""
        return self._lookup(self.intent, code) or code

    def refusal_code(self, code: str) -> str:
        return self._lookup(self.refusal, code) or "120"

    def appeal_code(self, code: str) -> str:
        return self._lookup(self.appeal, code) or "020"

    def demanded_code(self, code: str) -> str:
        return self._lookup(self.demand, code) or self.demand_code

    def accusation_code(self, code: str) -> str | None:
        return self._lookup(self.accusation, code)

    def transform(self, frame: str, code: str) -> str:
        """The code of an act embedded in a frame ("threatened to X", "urged Y to X")."""
        if frame in ("intent", "threat"):
            return self.intent_code(code)
        if frame == "refusal":
            return self.refusal_code(code)
        if frame == "appeal":
            return self.appeal_code(code)
        if frame == "demand":
            return self.demanded_code(code)
        return code
