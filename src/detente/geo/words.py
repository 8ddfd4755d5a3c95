"""Finding an actor's words in its sentence (no parse needed: the exports use it too)."""

from __future__ import annotations

import re


def find_words(sentence: str, text: str | None, near: int) -> int | None:
    """Where ``text`` stands as whole words in the sentence, the occurrence nearest ``near``; None if absent."""
    if not text:
        return None
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", sentence)]
    return min(hits, key=lambda i: abs(i - near)) if hits else None
