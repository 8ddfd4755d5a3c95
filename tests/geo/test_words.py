"""find_words: an actor's words in its sentence, as whole words, the occurrence nearest the trigger."""

from __future__ import annotations

import pytest

from detente.geo.words import find_words

SENTENCE = "China said Chinese firms and China's partners met in China."


@pytest.mark.parametrize(("text", "near", "expected"), [
    ("China", 0, 0),
    ("China", 40, 29),  # "China's": the apostrophe ends the word
    ("China", 100, 53),
    ("Chin", 0, None),  # part of a word is no hit
    ("firms and", 0, 19),
    ("", 0, None),
    (None, 0, None),
])
def test_whole_words_nearest_the_trigger(text: str | None, near: int, expected: int | None) -> None:
    assert find_words(SENTENCE, text, near) == expected


def test_occurrences_do_not_overlap_and_underscores_and_digits_are_word_characters() -> None:
    assert find_words("a a a", "a a", 4) == 0  # the second "a a" overlaps the first: not a hit
    assert find_words("G_20 G20 G20s", "G20", 10) == 5
    assert find_words("élan, lan", "lan", 0) == 6  # "é" is a letter
