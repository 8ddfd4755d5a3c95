"""Two parties named together who disagree about something ("A and B disagreed over X") each
disapprove of the other's view: one 110 between them, the first named towards the second.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump and Zelenskyy publicly disagreed about who was responsible for starting the war.",
     ("USA", "11", "UKR")),
    ("India and Pakistan disagreed over the terms of the water treaty on Tuesday.", ("IND", "11", "PAK")),
    ("French and German officials disagreed on how to fund the new defense plan.", ("FRA", "11", "DEU")),
    ("Moscow and Kyiv have quarreled over the fate of the nuclear plant for months.", ("RUS", "11", "UKR")),
])
def test_two_parties_who_disagree_disapprove_of_each_other(code, text, expected):
    events = code(text, published=PUB)
    assert expected in triples(events), triples(events)


@pytest.mark.parametrize("text", [
    "Economists disagreed about the impact of the tariffs.",
    "Canada disagreed on the deal, its prime minister said.",
])
def test_a_disagreement_with_no_second_party_is_no_disapproval(code, text):
    assert not any(e["cameo"].startswith("11") for e in code(text, published=PUB))
