"""A question put to a party is no measure it answers: "did not respond to a request for comment
on the tariffs" names the tariffs only as the question's topic (measures/cues.py, retaliation.yaml
``not_answered``), so no event comes of it; "responded to the U.S. tariffs with duties" still
answers a measure. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2025, 3, 14)


@pytest.mark.parametrize("text", [
    "The U.S. Trade Representative's office did not respond to Reuters' request for comment about the tariffs.",
    "Canada did not immediately respond to questions about the new duties on steel.",
])
def test_a_request_for_comment_is_no_event(code, text):
    assert triples(code(text, published=PUB)) == []


def test_a_response_to_a_measure_still_answers_it(code):
    found = triples(code("China responded to the U.S. tariffs with duties on soybeans.", published=PUB))
    assert ("CHN", "16", "USA") in found, found
