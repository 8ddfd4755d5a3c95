"""Who "the country", "the Chinese side", "the other side", capitals and seats of government
are (actors/resolver.py); and who the parties are when one phrase names two ("leaders from
the U.S. and China"). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 1, 15)


def triples(events, sentence=None):
    def who(actor):
        return None if actor is None else actor["code"]
    return [(who(e["source"]), e["cameo"][:2], who(e["target"])) for e in events
            if sentence is None or e["sentence_index"] == sentence]


def test_the_country_is_the_state_named_last_as_subject(code):
    text = "Beijing summoned the Philippine ambassador on Monday. The country accused Manila of provocations."
    assert ("CHNGOV", "11", "PHLGOV") in triples(code(text, published=PUB), sentence=1)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chinese side said the talks were candid.", "CHNGOV"),
    ("The White House criticized the ruling.", "USAGOV"),
    ("The Kremlin rejected the proposal.", "RUSGOV"),
    ("Downing Street welcomed the agreement.", "GBRGOV"),
    ("Beijing condemned the sanctions.", "CHNGOV"),
])
def test_sides_capitals_and_seats_are_governments(code, text, expected):
    found = triples(code(text, published=PUB))
    assert found and found[0][0] == expected, found


def test_the_other_side_is_the_pair_member_not_speaking(code):
    text = ("Chinese and Australian officials met in Canberra on Monday. China and Australia disagreed on barley. "
            "The Chinese side urged the other side to lift its restrictions.")
    assert ("CHNGOV", "02", "AUSGOV") in triples(code(text, published=PUB), sentence=2)


def test_one_phrase_naming_two_countries_names_two_parties(code):
    found = triples(code("Officials from Japan and South Korea held talks in Seoul.", published=PUB))
    assert ("JPNGOV", "04", "KORGOV") in found, found


def test_a_protest_to_a_state_over_its_own_people_is_aimed_at_that_state(code):
    found = triples(code("Vietnam protested to China over the detention of its fishermen.", published=PUB))
    assert found == [("VNM", "11", "CHN")], found


def test_returning_home_is_aimed_at_no_one(code):
    """ "returned to Washington": the source's own capital; no other party is read into it."""
    text = "Putin received the U.S. envoy in Moscow. The envoy later returned to Washington."
    found = triples(code(text, published=PUB), sentence=1)
    assert all(t is None for _, _, t in found), found


def test_an_official_keeps_one_country_through_the_story(code):
    """An officer the story never gives a country is the story's country's in every sentence,
    whatever country a later sentence names."""
    text = ("Pakistan's army said militants attacked a train in Balochistan. "
            "General Ahmed Khan said the army had killed 30 attackers. "
            "Khan accused Afghanistan of hosting the militants.")
    sources = {e["source"]["country"] for e in code(text, published=PUB) if e["source"] and "Khan" in e["source"]["text"]}
    assert sources == {"PAK"}, sources


@pytest.mark.parametrize("text", [
    "Prime Minister Mark Carney met President Xi Jinping in Beijing on Friday. The leaders held talks for three hours.",
    "Chinese Foreign Minister Wang Yi met his Australian counterpart Penny Wong. The ministers signed two agreements.",
])
def test_the_leaders_are_the_two_introduced_before(code, text):
    found = triples(code(text, published=PUB), sentence=1)
    assert found and {found[0][0][:3], found[0][2][:3]} in ({"CAN", "CHN"}, {"CHN", "AUS"}), found


def test_the_court_is_the_court_named_before(code):
    text = ("Somalia took its maritime dispute with Kenya to the International Court of Justice. "
            "The court's president rejected Kenya's request for a delay.")
    found = triples(code(text, published=PUB), sentence=1)
    assert found and found[0][0] == "IGOICJ" and found[0][2][:3] == "KEN", found


@pytest.mark.parametrize(("text", "sentence", "expected"), [
    # "the island's" / "the country's" before an office take back the state named before
    # (bombers "spotted", not "flew around": a flight around Taiwan is itself a show of force, 150 CHN->TWN)
    ("Chinese bombers were spotted near Taiwan on Tuesday, the island's defence ministry said.", 0, "TWN"),
    ("Russian drones crossed into Moldova overnight. The country's foreign ministry summoned the Russian ambassador.",
     1, "MDA"),
])
def test_the_country_s_office_belongs_to_the_state_named_before(code, text, sentence, expected):
    found = triples(code(text, published=PUB), sentence=sentence)
    assert found and (found[0][0] or "")[:3] == expected, found
