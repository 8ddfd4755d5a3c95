"""Where events happened: a corpus of sentences with known places and their GeoNames ids.

``tests/data/geo/places.jsonl`` holds one case a line: a text, the trigger word of an event in
it, the event's actors' countries, an optional dateline and the place expected (GeoNames id,
country, kind, precision, what placed it) or null for no place (at sea, an unknown name, a
place without coordinates, nothing said). Events are built by hand on the parse, so that the
cases test the place reader whatever the event coder codes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from detente.geo.locate import EventLocator
from detente.model import Actor, Document, Event

CASES = [json.loads(line) for line in
         (Path(__file__).parents[1] / "data" / "geo" / "places.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def locator() -> EventLocator:
    return EventLocator()


def locate(nlp, locator: EventLocator, text: str, trigger: str, source: str | None = None,
           target: str | None = None, dateline: str | None = None, source_text: str | None = None,
           cameo: str = "040") -> Event:
    """Parse ``text``, make an event on the first ``trigger`` word and place it (actors by country code,
    the source's words ``source_text`` when given)."""
    doc = nlp(text)
    sentences = list(doc.sents)
    match = re.search(rf"\b{re.escape(trigger)}\b", text)
    assert match, trigger
    index = next(i for i, s in enumerate(sentences) if s.start_char <= match.start() < s.end_char)
    sentence = sentences[index]
    start = match.start() - sentence.start_char
    event = Event(doc_id="d", sentence_index=index, sentence=sentence.text, cameo=cameo, trigger=trigger, rule="test",
                  source=Actor(source_text or source, source, source) if source else None,
                  target=Actor(target, target, target) if target else None,
                  trigger_start=start, trigger_end=start + len(trigger), root=cameo[:2])
    locator.locate(doc, Document(doc_id="d", text=text, dateline=dateline), [event])
    return event


@pytest.mark.parametrize("case", CASES, ids=[c["why"] for c in CASES])
def test_places_of_the_corpus(nlp, locator, case):
    event = locate(nlp, locator, case["text"], case["trigger"], case["source"], case["target"], case["dateline"])
    expect = case["expect"]
    if expect is None:
        assert event.location is None, event.location
        return
    assert event.location is not None
    found = event.location.to_dict()
    assert {key: found[key] for key in expect} == expect, found


def test_every_located_event_has_coordinates_a_name_and_its_sentence_offset(nlp, locator):
    for case in CASES:
        event = locate(nlp, locator, case["text"], case["trigger"], case["source"], case["target"], case["dateline"])
        assert event.sentence_offset is not None
        assert case["text"][event.sentence_offset:].startswith(event.sentence)
        if event.location is not None:
            assert -90 <= event.location.lat <= 90 and -180 <= event.location.lon <= 180
            assert event.location.name and event.location.country


def test_actors_are_placed_by_their_own_place_else_their_country(nlp, locator):
    event = locate(nlp, locator, "Kirkuk police arrested three men in Baghdad on Friday.", "arrested", "IRQ", "IRQ",
                   source_text="Kirkuk police")
    assert event.source_location is not None and event.source_location.geonameid == 94787  # Kirkuk
    assert event.target_location is not None and event.target_location.kind == "country"
    assert event.target_location.country == "IRQ" and event.target_location.how == "actor"
    assert event.location is not None and event.location.geonameid == 98182  # Baghdad


def test_an_organisation_without_a_country_has_no_place(nlp, locator):
    event = locate(nlp, locator, "NATO criticized Russia on Monday.", "criticized", None, "RUS")
    assert event.source_location is None
    assert event.target_location is not None and event.target_location.country == "RUS"


def test_a_violent_event_without_a_place_is_set_where_its_target_is(nlp, locator):
    text = ("Ukraine said Russian drones struck Kharkiv overnight. Ukraine's air force said Ukraine shot down most "
            "of them. Ukraine asked for more air defence. Russian forces killed two civilians on Monday.")
    event = locate(nlp, locator, text, "killed", "RUS", "UKR", cameo="190")
    assert event.location is not None and event.location.country == "UKR"
    assert event.location.precision == "document"
