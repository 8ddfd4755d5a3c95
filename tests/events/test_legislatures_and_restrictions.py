"""Acts of legislatures, votes, people's protests and restrictions on a population, told in forms
that name no act verb of their own: a protest said by "in protest of X", a bill "targeting" a
state, a vote scheduled on a measure, a restriction told in the passive with no one named.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import code_triples, triples

PUB = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "expected"), [
    # the parser heads the sentence with its subject noun and hangs the verb on it
    ("Hundreds of people massed in front of Israel's consulate in Istanbul in protest of Israeli police actions.",
     ("TUR", "14", "ISR")),
    ("Also Monday, hundreds of people, many waving flags, massed outside Israel's consulate in Istanbul "
     "in protest of Israeli police raids.", ("TUR", "14", "ISR")),
])
def test_in_protest_of_is_a_protest_aimed_at_what_is_protested(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found


def test_a_coded_gathering_in_protest_is_one_protest(code):
    found = triples(code("Crowds gathered in front of the U.S. embassy in Baghdad in protest against "
                         "American airstrikes.", published=PUB))
    assert [t for t in found if t[1] == "14"] == [("IRQ", "14", "USA")], found


@pytest.mark.parametrize(("text", "expected"), [
    ("A U.S. Senate committee passed legislation Wednesday targeting Turkey.", ("USALEG", "13", "TUR")),
    ("The U.S. House of Representatives approved a bill targeting Chinese officials.", ("USALEG", "13", "CHNGOV")),
])
def test_legislation_aimed_at_a_state_threatens_it(code, text, expected):
    found = code_triples(code(text, published=PUB))
    assert expected in found, found
    assert any(e["cameo"] == "1312" for e in code(text, published=PUB))


def test_a_bill_aimed_at_no_party_is_no_threat(code):
    assert not code("The Senate passed the annual defense bill on Thursday.", published=PUB)


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union is set to vote Friday on a tariff increase on Chinese electric vehicles.",
     ("IGOEEC", "01", "CHN")),
    ("Lawmakers in Tokyo will vote next week on sanctions against Russia.", ("JPN", "01", "RUS")),
])
def test_a_vote_on_a_measure_aimed_at_a_state_weighs_it(code, text, expected):
    events = code(text, published=PUB)
    assert any(e["cameo"] == "014" for e in events), events
    found = triples(events) if expected[0] == "JPN" else code_triples(events)
    assert expected in found, found


def test_a_vote_on_a_budget_is_no_event(code):
    assert not code("Parliament will vote on the budget next week.", published=PUB)


@pytest.mark.parametrize(("text", "expected"), [
    ("In Iran, women are barred from entering football stadiums.", ("IRN", "17", "IRN")),
    ("Journalists in Myanmar are not allowed to travel to Rakhine state.", ("MMR", "17", "MMR")),
    # no place in the sentence: the authorities of the country the story is about
    ("The Taliban seized power in Afghanistan in 2021. Since then, women are not allowed to travel "
     "without a male guardian.", ("AFG", "17", "AFG")),
])
def test_a_passive_restriction_on_a_population_is_imposed_by_its_rulers(code, text, expected):
    events = code(text, published=PUB)
    assert expected in triples(events), triples(events)
    assert any(e["cameo"] == "1721" and e["source"]["sector"] == "GOV" for e in events), events


@pytest.mark.parametrize("text", [
    "The Ivory Coast's Supreme Court decided to allow candidate Alassane Ouattara to run.",
    "The rebels refused to allow United Nations planes to land.",
])
def test_allowing_someone_actively_is_no_restriction(code, text):
    assert not any(e["cameo"].startswith("17") for e in code(text, published=PUB))


@pytest.mark.parametrize("text", [
    "Women in at least 77 countries are prohibited from working in some jobs, the report said.",
    "Journalists in 40 countries are banned from covering protests, a press freedom group said.",
    "Worldwide, millions of children are not allowed to attend school, the agency said.",
])
def test_a_restriction_told_as_a_statistic_with_no_ruler_is_no_event(code, text):
    assert not any(e["cameo"].startswith("17") for e in code(text, published=PUB))
