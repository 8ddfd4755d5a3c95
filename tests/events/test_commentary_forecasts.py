"""What commentators (analysts, think-tank experts, company spokespeople) report or forecast
a state will do is their reading of the dispute, no act of that state's: neither an event nor
a trade measure. The same words from a party are (events/arguments.py ``_commentary``,
measures/arguments.py). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2025, 3, 14)
BEFORE = "Canada imposed duties on Chinese steel on Monday. "


@pytest.mark.parametrize("text", [
    "Analysts said Beijing was unlikely to back down.",
    "Analysts expect Beijing to retaliate with duties on canola.",
    "A trade expert at the Peterson Institute said China would likely impose duties on canola.",
    "Beijing is likely to respond with curbs on Canadian pork, economists at Nomura said.",
])
def test_a_commentators_forecast_is_no_event(code, text):
    assert triples(code(BEFORE + text, published=PUB), sentence=1) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials expect Beijing to retaliate with duties on canola.", ("CHN", "13", "CAN")),
    ("China's commerce ministry said it would retaliate.", ("CHN", "13", "CAN")),
])
def test_a_partys_words_still_count(code, text, expected):
    found = triples(code(BEFORE + text, published=PUB), sentence=1)
    assert expected in found, found
