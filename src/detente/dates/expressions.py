"""Time expressions as phrases: the expressions file, compiled, and phrases matched against it.

``data/dates/expressions.yaml`` lists the relative expressions news uses ("last October",
"two weeks ago", "Thursday") with how each resolves; this module loads it once, normalises a
phrase (case, clock times, hedges such as "about" or "early") and finds the entry it matches.
Resolving the match against a publication date is ``dates.resolve``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

EXPRESSIONS_PATH = Path(__file__).resolve().parent.parent / "data" / "dates" / "expressions.yaml"

_SLOT_RE = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True, slots=True)
class Expression:
    """One entry of the expressions file: its id, compiled patterns and how it resolves."""

    id: str
    patterns: tuple[re.Pattern[str], ...]
    resolve: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ExpressionBook:
    """The parsed expressions file, compiled once."""

    strip_leading: tuple[str, ...]
    strip_trailing: tuple[str, ...]
    time_of_day: tuple[re.Pattern[str], ...]
    hyphenated_qualifier: re.Pattern[str]
    slots: dict[str, dict[str, Any]]
    units: dict[str, dict[str, Any]]
    year_range: tuple[int, int]
    entries: tuple[Expression, ...]


def _alternation(words: list[str]) -> str:
    """Regex alternation, longest first so 'sept' wins over 'sep'."""
    return "|".join(
        r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(words, key=len, reverse=True)
    )


def _compile_pattern(pattern: str, slots: dict[str, dict[str, Any]]) -> re.Pattern[str]:
    """Turn 'last {weekday}' into a full-match regex with one named group per slot."""
    out: list[str] = []
    pos = 0
    for m in _SLOT_RE.finditer(pattern):
        literal = pattern[pos : m.start()]
        out.append(r"\s+".join(re.escape(p) for p in literal.split(" ")))
        name = m.group(1)
        if name == "year":
            body = r"\d{4}"
        elif name == "number":
            body = _alternation(list(slots["number"])) + r"|\d{1,3}"
        else:
            body = _alternation(list(slots[name]))
        out.append(f"(?P<{name}>{body})")
        pos = m.end()
    out.append(r"\s+".join(re.escape(p) for p in pattern[pos:].split(" ")))
    return re.compile("".join(out))


def _check_words(node: Any, where: str) -> None:
    """Fail loudly on YAML 1.1 booleans: an unquoted 'on' or 'no' would silently become True."""
    if isinstance(node, bool):
        raise ValueError(f"{EXPRESSIONS_PATH.name}: boolean in {where}; quote the word")
    if isinstance(node, dict):
        for k, v in node.items():
            _check_words(k, where)
            _check_words(v, f"{where}.{k}")
    elif isinstance(node, list):
        for v in node:
            _check_words(v, where)




@lru_cache(maxsize=1)
def expression_book() -> ExpressionBook:
    """Load and compile the expressions file (once per process)."""
    raw = yaml.safe_load(EXPRESSIONS_PATH.read_text(encoding="utf-8"))
    for key in ("normalise", "slots", "expressions"):
        _check_words(raw[key], key)
    norm = raw["normalise"]
    slots = {k: {str(w).lower(): v for w, v in d.items()} for k, d in raw["slots"].items()}
    entries = tuple(
        Expression(
            id=e["id"],
            patterns=tuple(_compile_pattern(str(p).lower(), slots) for p in e["match"]),
            resolve=dict(e["resolve"]),
        )
        for e in raw["expressions"]
    )
    leading = [str(w).lower() for w in norm["strip_leading"] + norm["qualifiers"]]
    hyphenated = "|".join(re.escape(str(w).lower()) for w in norm["hyphenated_qualifiers"])
    return ExpressionBook(
        strip_leading=tuple(sorted(leading, key=len, reverse=True)),
        strip_trailing=tuple(sorted((str(w).lower() for w in norm["strip_trailing"]),
                                    key=len, reverse=True)),
        time_of_day=tuple(re.compile(p, re.IGNORECASE) for p in norm["time_of_day"]),
        hyphenated_qualifier=re.compile(rf"\b({hyphenated})-"),
        slots=slots,
        units=raw["units"],
        year_range=(int(raw["year_range"][0]), int(raw["year_range"][1])),
        entries=entries,
    )


# ------------------------------------------------------------------- normalisation


def _strip_leading(s: str, words: tuple[str, ...]) -> str:
    """Remove leading prepositions, hedges and qualifiers, repeatedly."""
    changed = True
    while changed and s:
        changed = False
        for w in words:
            if s == w:
                return ""
            if s.startswith(w + " "):
                s = s[len(w) + 1 :].lstrip()
                changed = True
                break
    return s


def normalise(text: str) -> str:
    """Lower-case, drop clock times, punctuation and possessives; keep ISO dates intact."""
    lex = expression_book()
    s = text.lower().replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", " ")
    for rx in lex.time_of_day:
        s = rx.sub(" ", s)
    s = lex.hyphenated_qualifier.sub(r"\1 ", s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"(?<=[a-z])\.(?=\s|$)", "", s)  # "dec." -> "dec"
    s = re.sub(r"[,;:()\"!?]", " ", s)
    s = " ".join(s.split()).strip(" .-'")
    return _strip_leading(s, lex.strip_leading)


def variants(text: str) -> list[str]:
    """The normalised phrase, then the same without trailing part-of-day words."""
    lex = expression_book()
    s = normalise(text)
    out = [s] if s else []
    changed = True
    while changed and s:
        changed = False
        for w in lex.strip_trailing:
            if s == w:
                s = ""
                break
            if s.endswith(" " + w):
                s = s[: -len(w) - 1].rstrip()
                changed = True
                break
        if changed and s:
            s = _strip_leading(s, lex.strip_leading)
            if s:
                out.append(s)
    return out


def match_expression(text: str) -> tuple[Expression, dict[str, str]] | None:
    """The first lexicon entry whose pattern matches a variant of the whole phrase."""
    lex = expression_book()
    for s in variants(text):
        for entry in lex.entries:
            for rx in entry.patterns:
                m = rx.fullmatch(s)
                if m:
                    groups = {k: v for k, v in m.groupdict().items() if v is not None}
                    year = groups.get("year")
                    if year is not None and not (
                        lex.year_range[0] <= int(year) <= lex.year_range[1]
                    ):
                        continue
                    return entry, groups
    return None
