"""Whether and how an act happened: negated, conditional, intended, threatened, refused,
appealed for, demanded, reported, or only mentioned.

``Modality`` holds the word lists and code tables of data/patterns/modality.yaml (with the
grammatical words of data/lexicon/grammar.yaml). The frames' code tables map the code of an
embedded act to the code of the framed one ("agreed to [meet]": 036); in every table the
longest matching prefix of the embedded act's code decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from detente.data import data_path, load_yaml, word_list
from detente.errors import ConfigError, Errors
from detente.events.schema import FUTURE_FRAMES, Frame

MODALITY_FILE = "patterns/modality.yaml"


def longest_prefix(table: dict[str, str], code: str) -> str | None:
    """The value of the longest prefix of ``code`` that ``table`` has ("0841" before "084" before "08")."""
    for end in range(len(code), -1, -1):
        if code[:end] in table:
            return table[code[:end]]
    return None


def _table(raw: dict[str, Any] | None) -> dict[str, str]:
    return {str(k): str(v) for k, v in (raw or {}).items()}


def _frames(raw: dict[str, Any] | None) -> dict[str, Frame]:
    """The frame nouns ("plan: intent"), each checked against the frames there are."""
    known = {f.value: f for f in Frame}
    table = _table(raw)
    wrong = sorted(v for v in table.values() if v not in known)
    if wrong:
        raise ConfigError(Errors.E016.format(
            path=MODALITY_FILE, detail=f"frame_nouns: unknown frames {wrong}; use {sorted(known)}"))
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
    speculating_speakers: frozenset[str] = frozenset()  # "analysts say X would ...": a guess

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Modality:
        raw = load_yaml(data_path(MODALITY_FILE).read_text(encoding="utf-8"))
        assert isinstance(raw, dict)
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
                   frame_nouns=_frames(raw.get("frame_nouns")), **lists)

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

    def transform(self, frame: Frame, code: str) -> str:
        """The code of an act embedded in a frame ("threatened to X", "urged Y to X")."""
        if frame in FUTURE_FRAMES:
            return self.intent_code(code)
        if frame == Frame.REFUSAL:
            return self.refusal_code(code)
        if frame == Frame.APPEAL:
            return self.appeal_code(code)
        if frame == Frame.DEMAND:
            return self.demanded_code(code)
        return code
