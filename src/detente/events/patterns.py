"""The event pattern dictionary: data files of wordings, loaded, checked and indexed.

A pattern says which trigger word (by lemma) and which surrounding words make an event,
and which CAMEO code it gets. The files are YAML lists, one file per CAMEO root, so that a
political scientist can read and extend them without reading Python; the fields they may
use are documented and checked in events/schema.py. modality.yaml holds the grammar lists
and the code tables of frames (intent, refusal, appeal, demand), read by events/modality.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import yaml

from detente.data import data_path, load_yaml
from detente.errors import ConfigError, Errors
from detente.events.modality import Modality, inflections
from detente.events.schema import Pattern, WordClass, parse_pattern

__all__ = ["DEFAULT_PATTERN_FILES", "Modality", "Pattern", "PatternBook", "inflections", "read_pattern_file"]

DEFAULT_PATTERN_FILES = tuple(f"patterns/{name}.yaml" for name in (
    "01_statement", "02_appeal", "03_intent", "04_consult", "05_support", "06_cooperate",
    "07_aid", "08_yield", "09_investigate", "10_demand", "11_disapprove", "12_reject",
    "13_threaten", "14_protest", "15_posture", "16_reduce", "17_coerce", "18_assault",
    "19_fight", "20_mass_violence",
))


def read_pattern_file(path: Path) -> list[Pattern]:
    """The patterns of one YAML file, each checked (ConfigError [E016] names the file and the pattern)."""
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
        self.by_trigger: dict[tuple[WordClass, str], list[Pattern]] = defaultdict(list)
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
        self.forms: dict[tuple[WordClass, str], str] = {}
        for pos, lemma in list(self.by_trigger):
            for form in inflections(lemma, pos):
                self.forms.setdefault((pos, form), lemma)

    def __len__(self) -> int:
        return len(self.patterns)

    def candidates(self, pos: WordClass, lemma: str, form: str | None = None) -> list[Pattern]:
        """The patterns of a trigger, most specific first; ``form`` (the word as written) backs up
        a lemma the lemmatizer got wrong."""
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


@lru_cache(maxsize=1)
def _bundled_patterns() -> tuple[Pattern, ...]:
    found: list[Pattern] = []
    for relative in DEFAULT_PATTERN_FILES:
        found.extend(read_pattern_file(data_path(relative)))
    return tuple(found)
