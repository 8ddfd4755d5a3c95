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
