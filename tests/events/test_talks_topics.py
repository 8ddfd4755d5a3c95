"""What one party's talks are about is the topic, never the target (as for the talks of several
parties): "the Japanese cabinet discussed the North Korean missile launch" is with no one named;
a partner the act's own clause names ("negotiating to import eggs from Brazil") still is one.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Japanese cabinet discussed the North Korean missile launch on Tuesday.", ("JPN", "04", None)),
    ("The Kenyan parliament debated the Somali maritime claim on Wednesday.", None),
])
def test_the_topic_of_one_partys_talks_is_no_target(code, text, expected):
    found = triples(code(text, published=PUB))
    if expected is not None:
        assert expected in found, found
    assert all(t is None for _, root, t in found if root == "04"), found


def test_a_partner_named_in_the_acts_clause_is_kept(code):
    text = "Cameroon officials say they are negotiating to import eggs and chicks from Brazil."
    assert ("CMR", "04", "BRA") in triples(code(text, published=PUB))
