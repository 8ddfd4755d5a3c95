"""Wordings of conflict news the coder missed (issue cf13): each kind of miss, in sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2025, 3, 14)


# --- a passive accusation or criticism with no accuser named ----------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Belgium was accused of arming the rebels in the east.", (None, "11", "BEL")),
    ("Sudanese troops have been accused of looting villages.", (None, "11", "SDN")),
    ("The Ugandan government was criticized for its handling of the floods.", (None, "11", "UGA")),
])
def test_a_passive_accusation_with_no_accuser_blames_its_subject(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found


def test_a_named_accuser_stays_the_source(code):
    found = triples(code("Belgium was accused by Rwanda of arming the rebels.", published=PUB))
    assert ("RWA", "11", "BEL") in found, found


def test_an_accused_person_in_a_participle_phrase_is_no_accusation(code):
    found = triples(code("A lawyer accused of fraud left Kenya on Monday.", published=PUB))
    assert not any(root == "11" for _, root, _ in found), found
