"""Decided vs threatened vs hoped (issue 12, item 6): a measure announced for a date is decided
(its own code and that date), a threat to impose it is 13x, an act promised under a condition
is a threat or an intention, "hopes to" and "ready to" are intentions (03x)."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 9, 3)  # a Wednesday


def events(code, text):
    return [((e["source"] or {}).get("country"), e["cameo"], (e["target"] or {}).get("country"),
             e["date"], e["date_precision"], e["rule"]) for e in code(text, published=PUB)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mexico will apply a 30 percent tariff on Chinese shoes from October 1.", ("MEX", "163", "CHN", "2025-10-01", "day")),
    ("The Turkish trade ministry said Turkey would impose duties on Korean steel starting September 15.",
     ("TUR", "163", "KOR", "2025-09-15", "day")),
    ("Indonesia's export ban on nickel ore will take effect on Monday.", ("IDN", "163", None, "2025-09-08", "day")),
])
def test_a_measure_announced_for_a_date_is_decided(code, text, expected):
    assert expected in [e[:5] for e in events(code, text)], events(code, text)


@pytest.mark.parametrize("text", [
    "Mexico will apply a 30 percent tariff on Chinese shoes.",
    "Mexico threatened to slap tariffs on Chinese shoes from October 1.",
    "Mexico could apply a 30 percent tariff on Chinese shoes from October 1.",
])
def test_undated_threatened_or_possible_measures_are_not_decided(code, text):
    found = events(code, text)
    assert not [e for e in found if e[1] == "163"], found
    if "could" not in text:
        assert [e for e in found if e[1] == "1312"], found


def test_a_retaliation_promised_under_a_condition_is_a_threat(code):
    found = events(code, "If Brussels raises its duties again, Ankara will retaliate.")
    assert [e[:3] for e in found] == [("TUR", "130", "BEL")] or [e[1] for e in found] == ["130"], found


def test_not_hesitating_is_a_threat(code):
    found = events(code, "Norway will not hesitate to cut off gas supplies to Poland.")
    assert ("NOR", "1312", "POL") in [e[:3] for e in found], found


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile hopes to expand trade with India.", "0311"),
    ("Premier Li told the Brazilian president that China was ready to strengthen cooperation.", "031"),
    ("Ghana and Nigeria pledged to deepen economic cooperation.", "0311"),
])
def test_hopes_and_readiness_are_intentions(code, text, expected):
    found = events(code, text)
    assert expected in [e[1] for e in found] and "010" not in [e[1] for e in found], found


def test_a_new_phase_of_relations_is_diplomatic_cooperation(code):
    found = events(code, "Egypt and Turkey opened a new chapter in their relations.")
    assert ("EGY", "050", "TUR") in [e[:3] for e in found], found
