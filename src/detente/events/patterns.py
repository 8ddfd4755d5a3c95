"""The event pattern dictionary: data files of wordings, loaded, checked and indexed.

A pattern says which trigger word (by lemma) and which surrounding words make an event,
and which CAMEO code it gets. The files are YAML lists (see data/patterns/core.yaml for
the field reference) so that a political scientist can read and extend them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from detente.data import data_path, load_yaml
from detente.errors import ConfigError, Errors
from detente.ontology import Ontology

DEFAULT_PATTERN_FILES = ("patterns/core.yaml",)

VERB_SOURCE = ("subj", "agent")
VERB_TARGET = ("obj", "iobj", "prep:with", "prep:to", "prep:on", "prep:against", "prep:at",
               "prep:for", "prep:toward", "prep:towards")
NOUN_SOURCE = ("poss", "amod", "compound", "prep:by", "prep:from", "governor")
NOUN_TARGET = ("prep:on", "prep:against", "prep:with", "prep:to", "prep:toward",
               "prep:towards", "prep:at", "prep:for", "between")

KNOWN_FIELDS = {
    "id", "code", "lemma", "pos", "particle", "object", "prep", "source", "target",
    "symmetric", "fallback", "intent", "requires_modifier", "requires_governor",
    "requires_actor", "requires_actor_object",
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
    prep: str | None = None
    source: tuple[str, ...] = VERB_SOURCE
    target: tuple[str, ...] = VERB_TARGET
    symmetric: bool = False
    fallback: bool = False
    intent: str | None = None
    requires_modifier: frozenset[str] | None = None
    requires_governor: frozenset[str] | None = None
    requires_actor: bool = False
    requires_actor_object: bool = False
    origin: str = ""

    @property
    def specificity(self) -> int:
        """More constraints met means a more precise wording; used to pick among matches."""
        return sum(
            x is not None
            for x in (self.particle, self.objects, self.prep, self.requires_modifier,
                      self.requires_governor)
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


def parse_pattern(entry: dict[str, Any], origin: str) -> Pattern:
    """Check one entry and turn it into a Pattern; raise ConfigError naming the entry."""
    if not isinstance(entry, dict):
        raise ConfigError(Errors.E016.format(path=origin, detail=f"entry is not a mapping: {entry!r}"))
    unknown = set(entry) - KNOWN_FIELDS
    pid = entry.get("id")
    where = f"pattern {pid or '?'}"
    if unknown:
        raise ConfigError(Errors.E016.format(path=origin, detail=f"{where}: unknown fields {sorted(unknown)}"))
    for field in ("id", "code", "lemma"):
        if not entry.get(field):
            raise ConfigError(Errors.E016.format(path=origin, detail=f"{where}: '{field}' is required"))
    code = str(entry["code"])
    if code not in Ontology.load():
        raise ConfigError(Errors.E016.format(path=origin, detail=f"{where}: unknown CAMEO code {code!r} (quote codes: \"043\")"))
    pos = entry.get("pos", "verb")
    if pos not in ("verb", "noun"):
        raise ConfigError(Errors.E016.format(path=origin, detail=f"{where}: pos must be verb or noun"))
    default_source, default_target = (VERB_SOURCE, VERB_TARGET) if pos == "verb" else (NOUN_SOURCE, NOUN_TARGET)
    intent = str(entry["intent"]) if entry.get("intent") else None
    return Pattern(
        id=str(pid),
        code=code,
        lemmas=tuple(v.lower() for v in _as_tuple(entry["lemma"])),
        pos=pos,
        particle=entry.get("particle"),
        objects=_as_set(entry.get("object")),
        prep=entry.get("prep"),
        source=_as_tuple(entry.get("source")) or default_source,
        target=_as_tuple(entry.get("target")) or default_target,
        symmetric=bool(entry.get("symmetric", False)),
        fallback=bool(entry.get("fallback", False)),
        intent=intent,
        requires_modifier=_as_set(entry.get("requires_modifier")),
        requires_governor=_as_set(entry.get("requires_governor")),
        requires_actor=bool(entry.get("requires_actor", pos == "noun")),
        requires_actor_object=bool(entry.get("requires_actor_object", False)),
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

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.patterns: list[Pattern] = []
        self.by_trigger: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
        seen: dict[str, str] = {}
        for pattern in patterns:
            if pattern.id in seen:
                raise ConfigError(Errors.E016.format(path=pattern.origin, detail=f"duplicate pattern id {pattern.id!r} (also in {seen[pattern.id]})"))
            seen[pattern.id] = pattern.origin
            self.patterns.append(pattern)
            for lemma in pattern.lemmas:
                self.by_trigger[(pattern.pos, lemma)].append(pattern)
        for candidates in self.by_trigger.values():
            candidates.sort(key=lambda p: (-p.specificity, -len(p.code)))

    def __len__(self) -> int:
        return len(self.patterns)

    def candidates(self, pos: str, lemma: str) -> list[Pattern]:
        return self.by_trigger.get((pos, lemma), [])

    @classmethod
    def load(cls, extra_files: Iterable[str | Path] = ()) -> PatternBook:
        """The bundled dictionary plus any user pattern files (``--patterns FILE``)."""
        patterns = list(_bundled_patterns())
        for path in extra_files:
            patterns.extend(read_pattern_file(Path(path)))
        return cls(patterns)


@lru_cache(maxsize=1)
def _bundled_patterns() -> tuple[Pattern, ...]:
    found: list[Pattern] = []
    for relative in DEFAULT_PATTERN_FILES:
        found.extend(read_pattern_file(data_path(relative)))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Modality:
    """The grammar lists and code tables of data/patterns/modality.yaml."""

    intent: dict[str, str]
    refusal: dict[str, str]
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

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Modality:
        raw = load_yaml(data_path("patterns/modality.yaml").read_text(encoding="utf-8"))
        return cls(
            intent={str(k): str(v) for k, v in raw["intent"].items()},
            refusal={str(k): str(v) for k, v in raw["refusal"].items()},
            demand_modals=frozenset(raw["demand_modals"]),
            demand_code=str(raw["demand_code"]),
            hypothetical_modals=frozenset(raw["hypothetical_modals"]),
            future_aux=frozenset(raw["future_aux"]),
            intent_verbs=frozenset(raw["intent_verbs"]),
            refusal_verbs=frozenset(raw["refusal_verbs"]),
            blocking_verbs=frozenset(raw["blocking_verbs"]),
            conditional_marks=frozenset(raw["conditional_marks"]),
            speech_verbs=frozenset(raw["speech_verbs"]),
            negating_determiners=frozenset(raw["negating_determiners"]),
        )

    @staticmethod
    def _lookup(table: dict[str, str], code: str) -> str | None:
        for end in range(len(code), -1, -1):
            if code[:end] in table:
                return table[code[:end]]
        return None

    def intent_code(self, code: str) -> str:
        """The intent/threat code for a future act; codes with no intent form stay as they are."""
        return self._lookup(self.intent, code) or code

    def refusal_code(self, code: str) -> str:
        return self._lookup(self.refusal, code) or "120"
