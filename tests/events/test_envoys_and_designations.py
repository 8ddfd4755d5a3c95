"""Two acts of diplomacy news (dp13): sending a delegation or an envoy to a capital is the
sender's visit (042; planned, 036), and designating a group as terrorist is a listing that
brings sanctions (163), like adding firms to a trade blacklist."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Hanoi sent a trade delegation to Canberra on Monday.", ("VNM", "042", "AUS")),
    ("The Qatari emir dispatched his special envoy to Khartoum.", ("QAT", "042", "SDN")),
    ("Ankara plans to send its foreign minister to Baghdad next week.", ("TUR", "036", "IRQ")),
])
def test_sending_an_envoy_is_the_sender_s_visit(code, text, expected):
    found = [d[:3] for d in coded(code, text)]
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "The ministry sent a letter to the embassy.",
    "The company sent a delegation to the trade fair in Hanover.",
])
def test_sending_a_letter_or_a_firm_s_delegation_is_no_visit(code, text):
    assert not [d for d in coded(code, text) if d[1].startswith("04")], coded(code, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada designated the Houthis as a terrorist organization.", ("CAN", "163")),
    ("Australia and New Zealand have both listed the group as a terrorist entity.", ("AUS", "163")),
])
def test_designating_a_group_as_terrorist_is_a_sanction(code, text, expected):
    found = [d[:2] for d in coded(code, text)]
    assert expected in found, found


def test_naming_someone_as_a_witness_is_nothing(code):
    assert not coded(code, "The Kenyan court named the minister as a witness.")
