"""Trade wordings of issue 12's items 2 and 6: lists that bar trade, exemptions and trade
truces that ease duties, and the rates firms will face."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 5, 14)


def events(code, text):
    return [((e["source"] or {}).get("country"), e["cameo"], (e["target"] or {}).get("country"),
             e["date"], e["date_precision"]) for e in code(text, published=PUB)]


def test_adding_firms_to_an_entity_list_is_a_sanction(code):
    found = events(code, "Washington added twelve Chinese chipmakers to its entity list.")
    assert ("USA", "163", "CHN") in [e[:3] for e in found], found


@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil granted a tariff exemption for Argentine wheat.", ("BRA", "085")),
    ("Seoul extended the waiver for Japanese chemical imports.", ("KOR", "085")),
])
def test_exemptions_ease_a_measure(code, text, expected):
    assert expected in [e[:2] for e in events(code, text)], events(code, text)


def test_a_truce_in_a_trade_war_eases_duties_and_is_no_ceasefire(code):
    found = events(code, "Ottawa and Beijing agreed to a truce in their trade war.")
    codes = [e[1] for e in found]
    assert "0354" in codes and not [c for c in codes if c in ("0871", "0356")], found


def test_a_military_truce_is_still_a_ceasefire(code):
    assert "0356" in [e[1] for e in events(code, "Armenia and Azerbaijan agreed to a truce in Karabakh.")]


def test_the_rates_firms_will_face_from_a_date_are_decided(code):
    found = events(code, "Vietnamese steelmakers will face Australian duties of 12 percent from June 1.")
    assert ("AUS", "163", "VNM", "2025-06-01", "day") in found, found


def test_firms_facing_duties_are_the_target_not_the_doer(code):
    found = events(code, "Turkish exporters face new Egyptian duties.")
    assert [e[:3] for e in found if e[1].startswith("16")] == [("EGY", "163", "TUR")], found
