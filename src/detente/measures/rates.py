"""Rates stated in trade news: "100% surtax", "25 per cent", "$500 a tonne".

Found with regular expressions on the sentence text (faster and steadier than the parse
for numbers and symbols) and tied to tokens by character offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD_NUMBERS = {
    "five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "one hundred": 100, "a hundred": 100, "two hundred": 200,
}
_WORDS = "|".join(sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True))
PERCENT = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUMBER}|{_WORDS})[\s\u00a0-]*"
    r"(?P<unit>%|per[\s-]?cent\b|percent\b|pct\b|percentage[\s-]points?\b)",
    re.IGNORECASE,
)
_CURRENCY = {"us$": "USD", "$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD", "nz$": "NZD", "hk$": "HKD",
             "€": "EUR", "£": "GBP", "¥": "CNY", "usd": "USD", "eur": "EUR", "cad": "CAD",
             "dollars": "USD", "euros": "EUR", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY",
             "pounds": "GBP", "yen": "JPY", "rupees": "INR", "u.s. dollars": "USD", "us dollars": "USD"}
_UNITS = {"tonne": "tonne", "tonnes": "tonne", "metric ton": "tonne", "metric tons": "tonne",
          "ton": "ton", "tons": "ton", "kilogram": "kg", "kilograms": "kg", "kg": "kg", "kilo": "kg",
          "kilos": "kg", "pound": "lb", "pounds": "lb", "lb": "lb", "barrel": "barrel", "barrels": "barrel",
          "bbl": "barrel", "unit": "unit", "units": "unit", "vehicle": "vehicle", "vehicles": "vehicle",
          "car": "vehicle", "cars": "vehicle", "litre": "litre", "liter": "litre", "litres": "litre",
          "liters": "litre", "head": "head", "piece": "piece", "pieces": "piece", "item": "item",
          "cubic metre": "m3", "cubic meter": "m3", "square metre": "m2", "square meter": "m2",
          "thousand board feet": "mbf", "megawatt hour": "MWh", "megawatt-hour": "MWh"}
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_SYMBOLS = r"US\$|C\$|CA\$|A\$|NZ\$|HK\$|\$|€|£|¥|USD\s?|EUR\s?|CAD\s?"
_NAMES = r"U\.S\. dollars|US dollars|dollars|euros?|yuan|renminbi|pounds|yen|rupees"
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
        return float(_WORD_NUMBERS[text])
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
