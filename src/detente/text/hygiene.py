"""Turn raw article text into clean paragraphs joined by blank lines.

Navigation, bylines, share and related-link lines never reach the parser, so they can
never produce events. The rules are data (data/text/boilerplate.yaml).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from detente.data import data_path, load_yaml

PARAGRAPH_SEPARATOR = "\n\n"
_SENTENCE_END = re.compile(r"""[.!?:;"'”’)\]]$""")
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
# C0 control characters other than tab, newline, carriage return and the two page breaks below.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_PAGE_BREAK = re.compile(r"[\x0b\x0c]")  # vertical tab, form feed: they separate lines
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    lines: tuple[tuple[str, re.Pattern[str]], ...]
    inline: tuple[tuple[str, re.Pattern[str]], ...]

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> BoilerplateRules:
        raw = cast("dict[str, list[dict[str, Any]]]",
                   load_yaml(data_path("text/boilerplate.yaml").read_text(encoding="utf-8")))

        def compile_rule(rule: dict[str, Any]) -> tuple[str, re.Pattern[str]]:
            flags = 0 if rule.get("case_sensitive") else re.IGNORECASE
            return rule["id"], re.compile(rule["pattern"], flags)

        return cls(
            lines=tuple(compile_rule(r) for r in raw["lines"]),
            inline=tuple(compile_rule(r) for r in raw["inline"]),
        )

    def line_rule(self, line: str) -> str | None:
        """The id of the rule that drops this line, or None to keep it."""
        for rule_id, pattern in self.lines:
            if pattern.match(line):
                return rule_id
        return None

    def strip_inline(self, line: str) -> str:
        for _, pattern in self.inline:
            line = pattern.sub(" ", line)
        return line


def _is_wrapped(line: str, following: str) -> bool:
    """A hard-wrapped line continues into the next: long, unfinished, next starts lower-case."""
    return len(line) >= 50 and not _SENTENCE_END.search(line) and following[:1].islower()


def scrub_text(text: str) -> str:
    """Text that any later stage can encode and store.

    A lone surrogate (JSON can carry one as ``"\\ud800"``) cannot be encoded as UTF-8, so it
    becomes U+FFFD; NUL and the other C0 control characters are removed, except tab, newline and
    carriage return, and vertical tab and form feed, which become newlines.
    """
    text = _LONE_SURROGATE.sub("\ufffd", text)
    return _CONTROL.sub("", _PAGE_BREAK.sub("\n", text))


def clean_text(text: str) -> str:
    """Paragraphs of real prose, joined by blank lines; furniture lines removed."""
    rules = BoilerplateRules.load()
    text = unicodedata.normalize("NFC", scrub_text(text)).replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    current: list[str] = []
    raw_lines = text.split("\n")
    for index, raw in enumerate(raw_lines):
        line = _SPACES.sub(" ", rules.strip_inline(raw)).strip()
        if not line or rules.line_rule(line):
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line)
        following = raw_lines[index + 1].strip() if index + 1 < len(raw_lines) else ""
        if not _is_wrapped(line, following):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return PARAGRAPH_SEPARATOR.join(paragraphs)


def normalise_for_hash(text: str) -> str:
    """The form of a text used for its identity: case and spacing do not make a new document."""
    return " ".join(text.split()).casefold()
