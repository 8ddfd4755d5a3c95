"""Crimes with no political actor are no events (issue 12): robbers killing bank guards, a man
stabbing his neighbour. Force by or on the police or an armed group, or between people of two
countries, still is (events/implied.py ``_private_violence``). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2025, 3, 14)


@pytest.mark.parametrize("text", [
    "Robbers killed two security guards at a bank in Lagos.",
    "A man stabbed his neighbour to death in Nairobi after a dispute over land.",
    "Drug traffickers shot dead three men in Veracruz.",
])
def test_a_crime_between_private_people_is_no_event(code, text):
    assert triples(code(text, published=PUB)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters clashed with police in Nairobi.", ("KEN", "14", "KEN")),
    ("Israeli settlers attacked Palestinian villagers in the West Bank.", ("ISR", "19", "PSE")),
])
def test_force_with_a_political_actor_or_across_borders_is_an_event(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found
