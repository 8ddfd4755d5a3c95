"""Tokens of bounded length: a run of thousands of characters without a space is cut into pieces.

spaCy's tokenizer peels prefixes and suffixes off a space-delimited string one character at
a time, searching the rest of the string each time, so its cost grows with the square of the
string's length: 24 KB of punctuation takes minutes. ``BoundedTokenizer`` wraps the model's
tokenizer; text with no run longer than ``max_token_chars`` goes to it unchanged (the same
tokens as before), and a longer run becomes tokens of ``max_token_chars`` characters with no
space between them. The text itself is never changed: ``doc.text`` is the input, character
for character, so sentences and offsets stay those of the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

# Longer than any word, number or link of real news (the longest in the VOA corpus is 49
# characters: "musician-turned-opposition-MP-turned-presidential"), short enough that the
# tokenizer never spends more than a few milliseconds on one run.
DEFAULT_MAX_TOKEN_CHARS = 100


class BoundedTokenizer:
    """The model's tokenizer, with space-free runs longer than ``max_token_chars`` cut into pieces."""

    def __init__(self, tokenizer: Callable[[str], Doc], max_token_chars: int = DEFAULT_MAX_TOKEN_CHARS) -> None:
        self.tokenizer = tokenizer
        self.max_token_chars = max_token_chars
        self._long_run = re.compile(rf"\S{{{max_token_chars + 1},}}")

    def __call__(self, text: str) -> Doc:
        if self._long_run.search(text) is None:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for run in self._long_run.finditer(text):
            self._tokenize_into(text[position:run.start()], words, spaces)
            size = self.max_token_chars
            words.extend(run.group()[i:i + size] for i in range(0, len(run.group()), size))
            spaces.extend(False for _ in range(0, len(run.group()), size))
            position = run.end()
        self._tokenize_into(text[position:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _tokenize_into(self, text: str, words: list[str], spaces: list[bool]) -> None:
        """Tokens of a stretch of ordinary text, appended; a single space after the previous
        token (a cut run) becomes that token's trailing space, as spaCy would make it."""
        if not text:
            return
        if words and not spaces[-1] and text[0] == " ":
            spaces[-1] = True
            text = text[1:]
            if not text:
                return
        for token in self.tokenizer(text):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # What spaCy asks of a tokenizer besides calling it: its vocabulary and (de)serialisation.
    @property
    def vocab(self) -> Any:
        return self.tokenizer.vocab  # type: ignore[attr-defined]

    def to_bytes(self, **kwargs: Any) -> bytes:
        data: bytes = self.tokenizer.to_bytes(**kwargs)  # type: ignore[attr-defined]
        return data

    def from_bytes(self, data: bytes, **kwargs: Any) -> BoundedTokenizer:
        self.tokenizer.from_bytes(data, **kwargs)  # type: ignore[attr-defined]
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        self.tokenizer.to_disk(path, **kwargs)  # type: ignore[attr-defined]

    def from_disk(self, path: str | Path, **kwargs: Any) -> BoundedTokenizer:
        self.tokenizer.from_disk(path, **kwargs)  # type: ignore[attr-defined]
        return self
