"""Keeping a measure in place is deciding it again: "is keeping tariffs in place on Mexico",
"maintained its surtax on Chinese-made vehicles", "confirmed tariffs on EVs made in China" (163,
and a measure record of the extension); keeping a promise is no measure."""

from __future__ import annotations

from datetime import date

import pytest
from tests.events.test_reactions import coded
from tests.measures.test_measures import measures  # noqa: F401  (fixture)


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada maintained its surtax on Chinese-made electric vehicles.", ("CAN", "163", "CHN")),
    ("President Trump is keeping new tariffs in place on Mexico, Canada and China.", ("USA", "163", "MEX")),
    ("The European Commission on Tuesday confirmed tariffs on electric vehicles made in China.", (None, "163", "CHN")),
    ("Japan retained its import curbs on Chinese steel.", ("JPN", "163", "CHN")),
])
def test_keeping_a_measure_is_imposing_it(code, text, expected):
    found = [d[1:3] for d in coded(code, text)]
    assert expected[1:] in found, found


def test_keeping_a_promise_is_no_measure(code, measures):  # noqa: F811
    text = "Beijing will keep its promises to American farmers, the ministry said."
    assert not [d for d in coded(code, text) if d[1].startswith("163")]
    assert not measures(text, published=date(2025, 5, 15))


def test_a_kept_measure_is_recorded_as_extended(measures):  # noqa: F811
    found = [(m.action, m.affected) for m in measures("Canada maintained its surtax on Chinese-made electric vehicles.",
                                                       published=date(2025, 5, 15))]
    assert ("extend", "CHN") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Commission on Tuesday confirmed tariffs on electric vehicles made in China. Under the final "
     "ruling, Chinese producers will face anti-subsidy duties ranging from 17% to 35.3%.", ("163", "CHN")),
    ("Beijing imposed a 100 per cent duty on Canadian canola oil last year. Canadian pork exporters have faced "
     "a 25 per cent duty since March.", ("163", "CAN")),
])
def test_a_measure_faced_is_the_one_the_story_told_of(code, text, expected):
    last = text.count(". ")
    found = [e for e in code(text, published=date(2025, 5, 15)) if e["sentence_index"] == last]
    assert any(e["cameo"] == expected[0] and (e["target"] or {}).get("country") == expected[1]
               and e["source"] for e in found), found


def test_a_measure_faced_is_told_again_and_keeps_no_date_of_the_article(code):
    text = ("Beijing imposed a 100 per cent duty on Canadian canola oil last year. Canadian pork exporters have faced "
            "a 25 per cent duty since then.")
    found = [e for e in code(text, published=date(2025, 5, 15)) if e["sentence_index"] == 1]
    assert found and all(e["date"] is None for e in found), found


def test_a_measure_faced_with_no_imposer_told_is_no_event(code):
    text = "Canada will let in 40,000 Chinese-made cars a year. Vehicles above the quota will still face the surtax."
    found = [e for e in code(text, published=date(2025, 5, 15)) if e["sentence_index"] == 1]
    assert not found, found


@pytest.mark.parametrize("text", [
    "Chinese exporters will suffer new duties.",
    "Shoppers enjoyed the sun in Beijing. Chinese exporters will endure the new duties.",
])
def test_a_measure_suffered_with_no_imposer_told_is_no_event(code, text):
    last = text.count(". ")
    assert not [e for e in code(text, published=date(2025, 5, 15)) if e["sentence_index"] == last]
