"""A "he" or "she" in someone's quoted words is not that someone, who would say "I":
'"He calls Xi a dear friend," the senator said' is about the person named before, and an
analyst's quoted words, whoever they are about, are the analyst's reading (no event)."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded


def test_a_quoted_he_is_not_the_speaker(code):
    text = ("President Donald Trump spoke with Chinese President Xi Jinping on Friday. "
            "U.S. Senator Lindsey Graham welcomed the call. "
            "\u201cHe actually calls President Xi a dear friend,\u201d Graham said.")
    found = [d[:3] for d in coded(code, text) if d[3].startswith("support.call_praise")]
    assert found == [("USA", "051", "CHN")], found


def test_an_analysts_quote_is_no_event(code):
    text = ("Joshua Pollack, an analyst at the Middlebury Institute, spoke to reporters. "
            "\u201cI think the two leaders will meet again soon and agree on a new deal,\u201d "
            "Pollack said.")
    assert not coded(code, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a pronoun outside quotes follows the story
    ("Prime Minister Mark Carney met Chinese Premier Li Qiang in Beijing on Thursday. "
     "\u201cWe are building a new relationship,\u201d Carney said. He praised China for its cooperation.",
     ("CAN", "051", "CHN")),
    # an unclosed quote far above does not quote the rest of the story
    ("\u201cThis would make all tariffs disappear, he wrote. Trump also praised Prime Minister Mark Carney on "
     "Tuesday. He imposed a new 25% duty on Canadian steel on Wednesday.", ("USA", "163", "CAN")),
])
def test_unquoted_pronouns_keep_their_reading(code, text, expected):
    found = [d[:3] for d in coded(code, text)]
    assert expected in found, found
