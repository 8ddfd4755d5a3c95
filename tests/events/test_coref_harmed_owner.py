"""A doer does not strike its own: in "Israel said Hezbollah fired rockets at its northern
towns" the "its" of what the force is aimed at is the party reporting it, not the doer
(actors/coref.py ``harmers``); "its own" and acts that are no force keep the doer.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel said Hezbollah fired rockets at its northern towns on Sunday.", ("LBN", "19", "ISR")),
    ("Lebanon said Israeli jets struck its southern villages overnight.", ("ISR", "19", "LBN")),
    ("Syria says Turkish troops attacked its border towns.", ("TUR", "19", "SYR")),
])
def test_force_at_its_towns_is_aimed_at_the_reporting_party(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel said it would protect its towns.", ("ISR", "03", "ISR")),  # no force: its own
    ("China raised tariffs on its imports of soybeans.", ("CHN", "16", None)),
])
def test_a_possessive_of_no_force_keeps_the_doer(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found
