"""Who did an act named by a noun that names no doer, when the sentence says it another way
(events/implied.py): the owner of the act it follows, or the other party of the relations the
sentence is about. Each such source says so in its rule. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2026, 1, 15)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ties between Russia and Britain soured after the arrest of a British diplomat in Moscow.",
     ("RUS", "17", "GBR")),
    ("Relations between Japan and South Korea have been cold since the expulsion of a Korean envoy.",
     ("JPN", "17", "KOR")),
])
def test_the_other_party_of_the_relations_did_the_act(code, text, expected) -> None:
    events = code(text, published=PUB)
    assert expected in triples(events), triples(events)
    assert any(e["rule"].endswith("+implied:relations_pair") for e in events)


def test_an_act_between_two_parties_named_elsewhere_is_not_guessed(code) -> None:
    events = code("Ties between Russia and Britain soured after the arrest of a French journalist.", published=PUB)
    assert not any(e["rule"].endswith("+implied:relations_pair") for e in events), triples(events)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mark Carney arrived in Beijing on Monday. His visit follows a meeting with President Xi Jinping last year.",
     ("CAN", "04", "CHN")),
    ("The German chancellor's trip precedes talks with President Emmanuel Macron in Paris.",
     ("DEU", "04", "FRA")),
])
def test_the_owner_of_the_act_it_follows_had_the_meeting(code, text, expected) -> None:
    events = code(text, published=PUB)
    assert expected in triples(events), triples(events)


def test_an_act_that_follows_another_with_no_owner_keeps_no_source(code) -> None:
    events = code("The summit follows talks with Japan last month.", published=PUB)
    assert (None, "04", "JPN") in triples(events), triples(events)
