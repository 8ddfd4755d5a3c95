"""Package data: dictionaries, lexicons and reference tables (see README.md here)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


def data_path(relative: str) -> Path:
    """The path of a bundled data file, e.g. ``data_path("cameo/events.tsv")``."""
    return Path(str(resources.files("detente.data").joinpath(relative)))


def read_tsv(relative: str) -> list[dict[str, str]]:
    """Rows of a bundled tab-separated file with a header line, as dicts of strings."""
    import csv

    with data_path(relative).open(encoding="utf-8", newline="") as fh:
        return [
            {k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def load_yaml(text: str) -> Any:
    """YAML as people write it: ``on``, ``off``, ``yes`` and ``no`` stay words, not booleans.

    Pattern files say ``prep: on`` ("crack down on"); YAML 1.1 would silently read True.
    Parsed by libyaml (the C loader) when PyYAML was built with it.
    """
    import yaml

    return yaml.load(text, Loader=_WordsLoader)


def _make_loader() -> type:
    import re

    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class WordsLoader(base):  # type: ignore[valid-type,misc]
        """The safe loader whose booleans are only true/false."""

    WordsLoader.yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
        for key, resolvers in base.yaml_implicit_resolvers.items()
    }
    WordsLoader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    return WordsLoader


_WordsLoader = _make_loader()


# --- the lexicon: English word lists the code reads by name --------------------------------
# data/lexicon/<stage>.yaml maps a list id to {about: one sentence on what the list is for,
# words: [...]} or {about: ..., table: {word: value}}. Code asks for "<stage>.<id>".


def _lexicon_entry(ref: str) -> dict[str, object]:
    stage, _, key = ref.partition(".")
    entries = _lexicon_file(stage)
    if key not in entries:
        raise KeyError(f"no list {key!r} in data/lexicon/{stage}.yaml")
    return entries[key]


@cache
def _lexicon_file(stage: str) -> dict[str, dict[str, object]]:
    raw = load_yaml(data_path(f"lexicon/{stage}.yaml").read_text(encoding="utf-8")) or {}
    problems = lexicon_problems(raw)
    if problems:
        raise ValueError(f"data/lexicon/{stage}.yaml: " + "; ".join(problems))
    entries: dict[str, dict[str, object]] = raw
    return entries


def lexicon_problems(raw: object) -> list[str]:
    """What is wrong with a lexicon file's contents (empty when it is well formed)."""
    if not isinstance(raw, dict):
        return ["the file must map list ids to entries"]
    problems = []
    for key, entry in raw.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("about"), str) or not entry["about"].strip():
            problems.append(f"{key}: needs 'about', a sentence on what the list is for")
            continue
        extra = set(entry) - {"about", "words", "table"}
        if extra or ("words" in entry) == ("table" in entry):
            problems.append(f"{key}: needs exactly one of 'words' (a list) or 'table' (a mapping)")
        elif "words" in entry and not (isinstance(entry["words"], list) and entry["words"]
                                       and all(isinstance(w, str) for w in entry["words"])):
            problems.append(f"{key}: 'words' must be a non-empty list of strings")
        elif "table" in entry and not (isinstance(entry["table"], dict) and entry["table"]):
            problems.append(f"{key}: 'table' must be a non-empty mapping")
    return problems


@cache
def word_list(ref: str) -> frozenset[str]:
    """The words of lexicon list ``ref`` ("actors.honorifics"), as written (case kept)."""
    entry = _lexicon_entry(ref)
    if "words" not in entry:
        raise KeyError(f"{ref} is a table, not a word list")
    words: list[str] = entry["words"]  # type: ignore[assignment]
    return frozenset(words)


@cache
def word_sequence(ref: str) -> tuple[str, ...]:
    """The words of lexicon list ``ref`` in file order, for lists where order matters."""
    entry = _lexicon_entry(ref)
    if "words" not in entry:
        raise KeyError(f"{ref} is a table, not a word list")
    words: list[str] = entry["words"]  # type: ignore[assignment]
    return tuple(words)


@cache
def word_table(ref: str) -> dict[str, str]:
    """The mapping of lexicon table ``ref`` ("dates.month_names"), keys and values as strings."""
    entry = _lexicon_entry(ref)
    if "table" not in entry:
        raise KeyError(f"{ref} is a word list, not a table")
    table: dict[object, object] = entry["table"]  # type: ignore[assignment]
    return {str(k): str(v) for k, v in table.items()}
