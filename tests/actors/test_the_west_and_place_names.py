"""The West is CAMEO's region WST ("the West", "Western powers", "Western diplomats"); the end of a
place's name is no role ("the West Bank": no bank), while a seat of government keeps its body
("the State Department")."""

from __future__ import annotations

import pytest


def triples(code, text):
    return [((e["source"] or {}).get("code"), e["cameo"], (e["target"] or {}).get("code")) for e in code(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Lavrov lambasted the West for its support of Ukraine.", ("RUSGOV", "111", "WST")),
    ("Russia criticized Western powers for arming Kyiv.", ("RUS", "111", "WST")),
    ("Moscow has accused the West of waging a proxy war.", ("RUSGOV", "112", "WST")),
])
def test_the_west_is_a_region(code, text, expected):
    found = [(s, c[:3], t) for s, c, t in triples(code, text)]
    assert expected in found, found


@pytest.mark.parametrize(("text", "target"), [
    ("Israeli troops raided the West Bank city of Jenin.", "PSE"),
    ("Israel reimposed blockades on the West Bank.", "PSE"),
])
def test_the_end_of_a_place_name_is_no_role(code, text, target):
    found = triples(code, text)
    assert any(t == target for _, _, t in found), found


def test_a_seat_of_government_keeps_its_body(code):
    found = triples(code, "The U.S. State Department condemned the attack on the embassy in Baghdad.")
    assert any(s == "USAGOV" for s, _, _ in found), found
