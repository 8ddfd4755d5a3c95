"""Finding an actor's words in its sentence (no parse needed: the exports use it too)."""

from __future__ import annotations


def find_words(sentence: str, text: str | None, near: int) -> int | None:
    """Where ``text`` stands as whole words in the sentence, the occurrence nearest ``near``; None if absent.

    Whole words: no word character (``\\w``: letters, digits, "_") touches either end. Searched
    with ``str.find``, non-overlapping as ``re.finditer`` would (a pattern compiled per actor
    text would crowd re's cache)."""
    if not text:
        return None
    hits: list[int] = []
    start = sentence.find(text)
    while start != -1:
        end = start + len(text)
        before = start > 0 and _is_word_char(sentence[start - 1])
        if not before and not (end < len(sentence) and _is_word_char(sentence[end])):
            hits.append(start)
            start = sentence.find(text, end)
        else:
            start = sentence.find(text, start + 1)
    return min(hits, key=lambda i: abs(i - near)) if hits else None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"
