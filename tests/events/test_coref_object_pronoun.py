"""An object pronoun is never the subject of its own clause: in "Lula invited him", "him" is the
other person met before (Xi), not Lula, even when Lula is the only one named in the sentence.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese President Xi Jinping received Brazilian President Luiz Inacio Lula da Silva in Beijing. "
     "Lula invited him to visit Brasilia.", ("BRA", "03", "CHN")),
    ("Chinese President Xi Jinping received Brazilian President Lula in Beijing. "
     "Lula later thanked him for the welcome.", ("BRA", "05", "CHN")),
])
def test_an_object_pronoun_is_not_its_clauses_subject(code, text, expected):
    found = triples(code(text, published=PUB), sentence=1)
    assert expected in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # "the two" and "both" heading the phrase themselves: the two people just met, else the pair in focus
    ("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow. "
     "Both pledged to deepen cooperation.", ("RUS", "03", "CHN")),
    ("The Iranian foreign minister met his Saudi counterpart in Riyadh. "
     "The two discussed regional security.", {"IRN", "SAU"}),
])
def test_the_two_and_both_are_the_pair_just_met(code, text, expected):
    found = triples(code(text, published=PUB), sentence=1)
    if isinstance(expected, set):
        assert any({s, t} == expected for s, _, t in found), found
    else:
        assert expected in found, found
