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


@pytest.mark.parametrize(("text", "expected"), [
    # police acting at home are an event: the men and suspects they hold are its people
    ("Police in Karachi arrested a man suspected of kidnapping a businessman.", ("PAK", "17", "PAK")),
    ("Indonesian police detained two men over the bombing.", ("IDN", "17", "IDN")),
    ("Police in Karachi arrested three suspects on Tuesday.", ("PAK", "17", "PAK")),
])
def test_police_holding_men_or_suspects_at_home_is_an_event(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found


def test_a_complaint_before_a_forum_is_aimed_at_the_accused_however_parsed(code):
    """The parse hangs "over Canada's surtax" on the WTO's name: still the complaint's."""
    text = "Beijing lodged a complaint with the World Trade Organization over Canada's surtax."
    found = triples(code(text, published=PUB))
    assert ("CHN", "11", "CAN") in found, found
    assert ("CAN", "16", "CHN") in found, found  # the surtax complained of is aimed at the complainer


def test_armed_men_are_no_civilians(code):
    found = code("Armed men attacked a police post in Balochistan on Sunday.", published=PUB)
    assert found and all(e["source"]["sector"] == "UAF" for e in found), found
