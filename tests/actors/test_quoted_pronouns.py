"""A "he" or "she" in someone's quoted words is not that someone, who would say "I":
'"He calls Xi a dear friend," the senator said' is about the person named before, and an
analyst's quoted words, whoever they are about, are the analyst's reading (no event)."""

from __future__ import annotations

from tests.events.test_reactions import coded


def test_a_quoted_he_is_not_the_speaker(code):
    text = ("President Donald Trump spoke with Chinese President Xi Jinping on Friday. "
            "U.S. Senator Lindsey Graham welcomed the call. "
            "\u201cHe actually calls President Xi a dear friend,\u201d Graham said.")
    found = [d[:3] for d in coded(code, text) if d[3].startswith("support.call_praise")]
    assert found == [("USA", "051", "CHN")], found


def test_a_pronoun_outside_quotes_follows_the_story(code):
    text = ("Prime Minister Mark Carney met Chinese Premier Li Qiang in Beijing on Thursday. "
            "\u201cWe are building a new relationship,\u201d Carney said. "
            "He praised China for its cooperation.")
    found = [d[:3] for d in coded(code, text)]
    assert ("CAN", "051", "CHN") in found, found


def test_an_analysts_quote_is_no_event(code):
    text = ("Joshua Pollack, an analyst at the Middlebury Institute, spoke to reporters. "
            "\u201cI think the two leaders will meet again soon and agree on a new deal,\u201d "
            "Pollack said.")
    assert not coded(code, text)


def test_an_unclosed_quote_far_above_does_not_quote_the_rest(code):
    text = ("\u201cThis would make all tariffs disappear, he wrote. "
            "Trump also praised Prime Minister Mark Carney on Tuesday. "
            "He imposed a new 25% duty on Canadian steel on Wednesday.")
    found = [d[:3] for d in coded(code, text)]
    assert ("USA", "163", "CAN") in found, found
