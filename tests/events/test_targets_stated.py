"""A target the text states is never left null: the people an act reaches, named by what befell
them ("earthquake victims in Syria", "flood survivors in Pakistan"), are that country's civilians.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey sent humanitarian aid to earthquake victims in Syria.", ("TUR", "07", "SYR")),
    ("The United Nations delivered food to flood survivors in Pakistan.", ("IGOUNO", "07", "PAK")),
])
def test_aid_to_the_victims_of_a_country_is_aimed_at_its_people(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found
