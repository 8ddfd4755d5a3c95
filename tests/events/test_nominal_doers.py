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
     ("JPN", "16", "KOR")),  # an envoy expelled reduces relations (codebook 161), no deportation
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


@pytest.mark.parametrize(("text", "expected"), [
    # an act "blamed on" or "attributed to" someone was done by them
    ("The bombing, which Iraqi officials blamed on the Islamic State, killed nine people in Kirkuk.",
     ("IMGISS", "18", "IRQ")),
    ("A drone strike blamed on Israel killed two Hamas commanders in southern Lebanon.", ("ISR", "19", "PSE")),
    ("Four soldiers were killed in an ambush attributed to jihadists in northern Burkina Faso.",
     ("BFA", "19", "BFA")),
])
def test_an_act_blamed_on_someone_was_done_by_them(code, text, expected) -> None:
    assert expected in triples(code(text, published=PUB)), triples(code(text, published=PUB))


@pytest.mark.parametrize(("text", "expected"), [
    # those killed "in clashes with" an armed party were killed by it; a weapon "with" is no party
    ("Two Congolese soldiers were killed in clashes with M23 rebels near Goma.", ("COD", "19", "COD")),
    ("Six demonstrators died in clashes with police in Conakry.", ("GIN", "19", "GIN")),
])
def test_those_killed_in_clashes_with_an_armed_party_were_killed_by_it(code, text, expected) -> None:
    assert expected in triples(code(text, published=PUB)), triples(code(text, published=PUB))


def test_a_weapon_fought_with_is_no_party(code) -> None:
    found = triples(code("Five villagers were killed in an attack with drones on Tuesday.", published=PUB))
    assert found and all(source is None for source, _, _ in found), found
