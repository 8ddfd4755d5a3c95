"""Rates stated in trade news: "100% surtax", "25 per cent", "$500 a tonne".

Found with regular expressions on the sentence text (faster and steadier than the parse
for numbers and symbols) and tied to tokens by character offset.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span

from detente.data import word_table

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD_NUMBERS = {word: float(value) for word, value in word_table("measures.rate_number_words").items()}
_CURRENCY_SIGNS = word_table("measures.currency_signs")  # "$", "C$", "USD" before the amount
_CURRENCY_NAMES = word_table("measures.currency_names")  # "dollars", "euros" after the amount
_CURRENCY = {**_CURRENCY_SIGNS, **_CURRENCY_NAMES}
_UNITS = word_table("measures.rate_units")


def _longest_first(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first (so that "tonnes" wins over "tonne")."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_WORDS = _longest_first(_WORD_NUMBERS)
PERCENT = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUMBER}|{_WORDS})[\s\u00a0-]*"
    r"(?P<unit>%|per[\s-]?cent\b|percent\b|pct\b|percentage[\s-]points?\b)",
    re.IGNORECASE,
)
_UNIT_ALT = _longest_first(_UNITS)
# A code written in letters ("USD 500") may be followed by a space of its own.
_SYMBOLS = "|".join(re.escape(sign) + (r"\s?" if sign.isalpha() else "") for sign in _CURRENCY_SIGNS)
_NAMES = _longest_first(_CURRENCY_NAMES)
_PER = rf"\s*(?:a|an|per|each|/)\s*(?P<unit>{_UNIT_ALT})\b"
MONEY_SYMBOL = re.compile(rf"(?P<cur>{_SYMBOLS})\s?(?P<num>{_NUMBER}){_PER}", re.IGNORECASE)
MONEY_NAME = re.compile(rf"(?<![\w.,])(?P<num>{_NUMBER})\s+(?P<cur>{_NAMES}){_PER}", re.IGNORECASE)
_ROLE = re.compile(r"\b(from|to|by|of|at)\s+(?:an?\s+|the\s+)?(?:additional\s+|extra\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Rate:
    """A stated rate with its place in the document (character offsets)."""

    value: float
    unit: str  # "percent", "percentage points", "USD/tonne", ...
    start: int
    end: int
    role: str | None = None  # "from" (the old rate), "to", "by", "of", "at" or None
    token: int = -1  # index of the first token of the rate in the Doc


def _number(text: str) -> float:
    text = text.lower()
    if text in _WORD_NUMBERS:
        return _WORD_NUMBERS[text]
    return float(text.replace(",", ""))


def _percent_unit(text: str) -> str:
    return "percentage points" if text.lower().startswith("percentage") else "percent"


def find_rates(sent: Span) -> list[Rate]:
    """Every rate in a sentence, in order, with the token it starts at."""
    text = sent.text
    if not any(ch.isdigit() for ch in text) and not re.search(r"per\s?cent|percent", text, re.I):
        return []
    found: list[Rate] = []
    taken: list[tuple[int, int]] = []
    for pattern, kind in ((MONEY_SYMBOL, "money"), (MONEY_NAME, "money"), (PERCENT, "percent")):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if kind == "percent":
                unit = _percent_unit(m.group("unit"))
            else:
                currency = _CURRENCY.get(" ".join(m.group("cur").lower().split()), m.group("cur").strip())
                unit = f"{currency}/{_UNITS[' '.join(m.group('unit').lower().split())]}"
            role_match = _ROLE.search(text[max(0, m.start() - 30): m.start()])
            role = role_match.group(1).lower() if role_match else None
            start, end = sent.start_char + m.start(), sent.start_char + m.end()
            span = sent.doc.char_span(start, end, alignment_mode="expand")
            token = span.start if span is not None else -1
            found.append(Rate(_number(m.group("num")), unit, start, end, role, token))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda r: r.start)
