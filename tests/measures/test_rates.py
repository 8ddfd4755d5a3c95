"""Rates read from the sentence text with tables of lexicon/measures.yaml (signs, names, units)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.measures.rates import find_rates


@pytest.mark.parametrize(("text", "expected"), [
    ("Ottawa set a surtax of twenty-five per cent on steel.", [(25.0, "percent")]),
    ("Beijing raised the duty from 10% to 15 percentage points.", [(10.0, "percent"), (15.0, "percentage points")]),
    ("Canada charges C$ 20 per unit on the cars.", [(20.0, "CAD/unit")]),
    ("The levy is USD 30 per barrel of crude.", [(30.0, "USD/barrel")]),
    ("A duty of 500 U.S. dollars a tonne applies.", [(500.0, "USD/tonne")]),
    ("India added 1,200 rupees per metric ton.", [(1200.0, "INR/tonne")]),
    ("Brussels set 3.5 euros each kilogram.", [(3.5, "EUR/kg")]),
    ("The ships carry 500 tonnes of grain.", []),
])
def test_rates(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(r.value, r.unit) for r in find_rates(nlp(text)[:])] == expected


def test_a_rate_knows_its_role_and_token(nlp: Language) -> None:
    doc = nlp("China cut the tariff from 25% to 10%.")
    old, new = find_rates(doc[:])
    assert (old.role, new.role) == ("from", "to")
    assert doc[new.token].text == "10"
