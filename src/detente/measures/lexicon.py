"""The trade-measure dictionaries (package data ``detente/data/measures/``) as typed lookups.

Products (with HS 2022 codes), instruments, actions, the grammar words that make a
measure a threat or an intention, and the wordings of retaliation all live in data files
so that a trade analyst can review and extend them; this module reads them once per
process and answers questions about tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from detente.data import data_path, load_yaml, read_tsv
from detente.errors import ConfigError, Errors
from detente.nlp.labels import NOUN_POS
from detente.nlp.tree import children

FOLDER = "measures"
PRODUCT_FILE = f"{FOLDER}/products.tsv"
INSTRUMENT_FILE = f"{FOLDER}/instruments.yaml"
ACTION_FILE = f"{FOLDER}/actions.yaml"
RETALIATION_FILE = f"{FOLDER}/retaliation.yaml"
_ROMAN = re.compile(r"^[IVX]+$")
TARIFF_FAMILY = frozenset({"import_tariff", "surtax", "anti_dumping_duty", "countervailing_duty", "safeguard"})


def norm_key(text: str) -> str:
    """A matching key: lower case, straight quotes, tight hyphens, single spaces."""
    text = text.lower().replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    text = re.sub(r"\s*-\s*", "-", text)
    return " ".join(text.split())


def span_key(tokens: Sequence[Token], lemma_last: bool = False) -> str:
    words = [t.lower_ for t in tokens]
    if lemma_last and words:
        words[-1] = tokens[-1].lemma_.lower()
    return norm_key(" ".join(words))


def hs_level(code: str) -> int | None:
    """2 chapter, 4 heading, 6 subheading, 1 for an HS section (roman numeral), None if none."""
    if not code:
        return None
    if _ROMAN.match(code):
        return 1
    return len(code)


# --- products -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ProductTerm:
    """One row of the product lexicon: a family of wordings sharing an HS code."""

    id: str
    hs: str | None
    level: int | None
    note: str = ""

    @property
    def generic(self) -> bool:
        return self.hs is None


@dataclass(frozen=True, slots=True)
class ProductMatch:
    """A product found in a sentence: the tokens, the text as it reads, the lexicon entry."""

    start: int  # token index in the Doc
    end: int  # exclusive
    text: str
    term: ProductTerm

    @property
    def head(self) -> int:
        return self.end - 1


class ProductLexicon:
    """Wordings of traded goods, matched longest first over a run of tokens."""

    def __init__(self, rows: Iterable[dict[str, str]]) -> None:
        self.terms: dict[str, ProductTerm] = {}
        self.entries: list[ProductTerm] = []
        self.width = 1
        for row in rows:
            code = row.get("hs", "").strip()
            entry = ProductTerm(row["id"], code or None, hs_level(code), row.get("note", ""))
            self.entries.append(entry)
            for term in row["terms"].split("|"):
                key = norm_key(term)
                if not key:
                    continue
                if key in self.terms and self.terms[key].id != entry.id:
                    raise ConfigError(Errors.E016.format(path=PRODUCT_FILE, detail=f"'{term}' listed twice"))
                self.terms[key] = entry
                self.width = max(self.width, len(re.findall(r"[\w']+|-", key)))

    @classmethod
    def load(cls) -> ProductLexicon:
        return cls(read_tsv(PRODUCT_FILE))

    def lookup(self, text: str) -> ProductTerm | None:
        return self.terms.get(norm_key(text))

    def match_tokens(self, tokens: Sequence[Token]) -> ProductTerm | None:
        if not tokens or tokens[-1].pos_ not in NOUN_POS:
            return None
        return self.terms.get(span_key(tokens)) or self.terms.get(span_key(tokens, lemma_last=True))

    def match(self, tokens: Sequence[Token]) -> list[ProductMatch]:
        """Longest matches over ``tokens`` (a run of consecutive tokens), left to right."""
        found: list[ProductMatch] = []
        i = 0
        while i < len(tokens):
            for size in range(min(self.width, len(tokens) - i), 0, -1):
                piece = tokens[i:i + size]
                term = self.match_tokens(piece)
                if term is not None:
                    text = piece[0].doc[piece[0].i: piece[-1].i + 1].text
                    found.append(ProductMatch(piece[0].i, piece[-1].i + 1, text, term))
                    i += size
                    break
            else:
                i += 1
        return found

    @property
    def hs_codes(self) -> set[str]:
        return {e.hs for e in self.entries if e.hs}


# --- instruments ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class InstrumentRule:
    """A wording of an instrument: head nouns, required modifiers, trade direction."""

    id: str
    instrument: str
    heads: tuple[tuple[str, ...], ...]  # each head as words; the last word is the head lemma
    modifiers: frozenset[str] | None = None
    direction: str | None = None
    weak: bool = False
    generic: bool = False
    raising_eases: bool = False
    requires_product: bool = False

    @property
    def head_words(self) -> set[str]:
        return {h[-1] for h in self.heads}


@dataclass(slots=True)
class InstrumentBook:
    rules: list[InstrumentRule]
    trade_words: frozenset[str]
    direction_words: dict[str, frozenset[str]]
    labels: dict[str, str]
    eu_aliases: frozenset[str]
    head_lemmas: frozenset[str] = field(default=frozenset())

    def __post_init__(self) -> None:
        self.head_lemmas = frozenset(w for r in self.rules for w in r.head_words)

    def direction_of(self, word: str) -> str | None:
        word = word.lower()
        for direction, words in self.direction_words.items():
            if word in words:
                return direction
        return None

    def classify(self, lemma: str, modifiers: set[str], direction: str | None) -> InstrumentRule | None:
        """The first rule whose head, modifiers and direction fit the mention."""
        for rule in self.rules:
            if not any(h[-1] == lemma and all(w in modifiers for w in h[:-1]) for h in rule.heads):
                continue
            if rule.modifiers is not None and not (rule.modifiers & modifiers):
                continue
            if rule.direction is not None and rule.direction != direction:
                continue
            return rule
        return None

    def rule_for(self, instrument: str) -> InstrumentRule:
        for rule in self.rules:
            if rule.instrument == instrument and not rule.generic:
                return rule
        raise KeyError(instrument)


def _load_instruments() -> InstrumentBook:
    raw = _yaml(INSTRUMENT_FILE)
    rules = []
    for item in raw["instruments"]:
        mods = item.get("modifiers")
        rules.append(InstrumentRule(
            id=item["id"], instrument=item["instrument"],
            heads=tuple(tuple(norm_key(h).split()) for h in item["heads"]),
            modifiers=frozenset(norm_key(m) for m in mods) if mods else None,
            direction=item.get("direction"), weak=bool(item.get("weak", False)),
            generic=bool(item.get("generic", False)), raising_eases=bool(item.get("raising_eases", False)),
            requires_product=bool(item.get("requires_product", False)),
        ))
    labels = {str(k): str(v) for k, v in raw["labels"].items()}
    unknown = {r.instrument for r in rules} - set(labels)
    if unknown:
        raise ConfigError(Errors.E016.format(path=INSTRUMENT_FILE, detail=f"no label for {sorted(unknown)}"))
    return InstrumentBook(
        rules=rules,
        trade_words=frozenset(norm_key(w) for w in raw["trade_words"]),
        direction_words={k: frozenset(norm_key(w) for w in v) for k, v in raw["direction_words"].items()},
        labels=labels,
        eu_aliases=frozenset(norm_key(w) for w in raw.get("eu_aliases", [])),
    )


# --- actions ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Action:
    """What was done with a measure and the CAMEO event it implies."""

    name: str
    id: str
    group: str  # restrict | threat | investigate | ease
    cameo: str
    intent: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    via: dict[str, frozenset[str]]
    via_only: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class VerbMeasure:
    """A verb that is a measure by itself ("banned imports of X", "sanctioned X")."""

    id: str
    lemmas: frozenset[str]
    action: str
    object: str | frozenset[str]  # direction | product | actor | trade | a set of lemmas
    instrument: dict[str, str]
    requires_product: bool = False
    requires_imposer: bool = False
    requires_affected: bool = False


@dataclass(frozen=True, slots=True)
class MeasureModality:
    threat_verbs: frozenset[str]
    intent_verbs: frozenset[str]
    blocking_verbs: frozenset[str]
    decided_verbs: frozenset[str]
    confirming_verbs: frozenset[str]
    in_force: tuple[tuple[str, ...], ...]
    non_state_sectors: frozenset[str]
    threat_nouns: frozenset[str]
    intent_nouns: frozenset[str]
    blocking_nouns: frozenset[str]
    decided_nouns: frozenset[str]


@dataclass(slots=True)
class ActionBook:
    actions: dict[str, Action]
    verb_measures: list[VerbMeasure]
    modality: MeasureModality
    via_only: frozenset[str] = frozenset()

    def for_verb(self, verb: Token, instrument: str | None, via: bool = False) -> Action | None:
        """The action a verb performs on an instrument ("imposed", "rolled back", "lifted")."""
        lemma = verb.lemma_.lower()
        particles = {c.lower_ for c in children(verb) if c.dep_ == "prt"}
        keys = [f"{lemma} {p}" for p in particles] + [lemma]
        if lemma in self.via_only and not via:
            return None
        if instrument == "investigation":
            names = ["investigate", "lift"]
        else:
            names = [n for n in self.actions if n != "investigate"]
        for key in keys:
            for name in names:
                if key in self.actions[name].verbs:
                    return self.actions[name]
        return None

    def for_noun(self, lemma: str) -> Action | None:
        for action in self.actions.values():
            if lemma in action.nouns:
                return action
        return None

    def via(self, verb: Token) -> frozenset[str]:
        """Prepositions through which this verb reaches an instrument ("hit X with tariffs")."""
        lemma = verb.lemma_.lower()
        particles = [f"{lemma} {c.lower_}" for c in children(verb) if c.dep_ == "prt"]
        out: set[str] = set()
        for action in self.actions.values():
            for key in [*particles, lemma]:
                out |= action.via.get(key, frozenset())
        return frozenset(out)

    @property
    def verb_lemmas(self) -> frozenset[str]:
        return frozenset(lemma.split()[0] for vm in self.verb_measures for lemma in vm.lemmas)


def _words(values: Iterable[object]) -> frozenset[str]:
    return frozenset(norm_key(str(v)) for v in values)


def _load_actions() -> ActionBook:
    raw = _yaml(ACTION_FILE)
    actions = {}
    for name, item in raw["actions"].items():
        actions[name] = Action(
            name=name, id=item["id"], group=item["group"], cameo=str(item["cameo"]),
            intent=str(item["intent"]), verbs=_words(item.get("verbs", [])),
            nouns=_words(item.get("nouns", [])),
            via={norm_key(k): _words(v) for k, v in (item.get("via") or {}).items()},
            via_only=_words(item.get("via_only", [])),
        )
    verb_measures = []
    for item in raw["verb_measures"]:
        obj = item["object"]
        if item["action"] not in actions:
            raise ConfigError(Errors.E016.format(path=ACTION_FILE, detail=f"unknown action in {item['id']}"))
        verb_measures.append(VerbMeasure(
            id=item["id"], lemmas=_words(item["lemmas"]), action=item["action"],
            object=_words(obj) if isinstance(obj, list) else str(obj),
            instrument={str(k): str(v) for k, v in item["instrument"].items()},
            requires_product=bool(item.get("requires_product", False)),
            requires_imposer=bool(item.get("requires_imposer", False)),
            requires_affected=bool(item.get("requires_affected", False)),
        ))
    mod = raw["modality"]
    modality = MeasureModality(
        threat_verbs=_words(mod["threat_verbs"]), intent_verbs=_words(mod["intent_verbs"]),
        blocking_verbs=_words(mod["blocking_verbs"]), decided_verbs=_words(mod["decided_verbs"]),
        confirming_verbs=_words(mod["confirming_verbs"]),
        in_force=tuple(tuple(norm_key(p).split()) for p in mod["in_force"]),
        non_state_sectors=frozenset(mod["non_state_sectors"]),
        threat_nouns=_words(mod["threat_nouns"]), intent_nouns=_words(mod["intent_nouns"]),
        blocking_nouns=_words(mod["blocking_nouns"]), decided_nouns=_words(mod["decided_nouns"]),
    )
    via_only = frozenset(v for a in actions.values() for v in a.via_only)
    return ActionBook(actions, verb_measures, modality, via_only)


# --- retaliation ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RetaliationCues:
    nouns: frozenset[str]
    noun_preps: frozenset[str]
    verbs: frozenset[str]
    verb_preps: frozenset[str]
    verb_objects: frozenset[str]
    temporal: frozenset[str]
    markers: frozenset[str]
    not_answered: frozenset[str] = frozenset()  # "a request for comment": a question, not a measure


def _load_retaliation() -> RetaliationCues:
    raw = _yaml(RETALIATION_FILE)
    return RetaliationCues(
        nouns=_words(raw["nouns"]["lemmas"]), noun_preps=_words(raw["nouns"]["preps"]),
        verbs=_words(raw["verbs"]["lemmas"]), verb_preps=_words(raw["verbs"]["preps"]),
        verb_objects=_words(raw["verbs"]["objects"]), temporal=_words(raw["temporal"]),
        markers=_words(raw["markers"]), not_answered=_words(raw.get("not_answered", [])),
    )


# --- the bundle -------------------------------------------------------------------------------
@dataclass(slots=True)
class MeasureLexicon:
    """Everything the measure extractor reads from data files, loaded once."""

    products: ProductLexicon
    instruments: InstrumentBook
    actions: ActionBook
    retaliation: RetaliationCues
    trigger_lemmas: frozenset[str] = field(default=frozenset())

    def __post_init__(self) -> None:
        self.trigger_lemmas = self.instruments.head_lemmas | self.actions.verb_lemmas

    @classmethod
    def load(cls) -> MeasureLexicon:
        return _load_all()


@lru_cache(maxsize=1)
def _load_all() -> MeasureLexicon:
    return MeasureLexicon(ProductLexicon.load(), _load_instruments(), _load_actions(), _load_retaliation())


def _yaml(relative: str) -> dict[str, Any]:
    try:
        raw = load_yaml(data_path(relative).read_text(encoding="utf-8"))
    except Exception as exc:  # a broken data file is a configuration error, not a crash
        raise ConfigError(Errors.E016.format(path=relative, detail=exc)) from exc
    if not isinstance(raw, dict):
        raise ConfigError(Errors.E016.format(path=relative, detail="expected a mapping"))
    return raw
