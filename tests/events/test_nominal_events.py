"""Events stated through nouns (issue 12, item 2): a visit, talks, a summit, a signing, the
imposition or lifting of duties, each asserted by the text, with its own date from the phrase
that modifies it; recalled ones ("since the 2019 arrest", "condemned the attack") are background,
dated by their own words or not at all (item 9), never by the article's date."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 6, 12)  # a Thursday


def events(code, text):
    return [((e["source"] or {}).get("country"), e["cameo"], (e["target"] or {}).get("country"),
             e["date"], e["date_precision"]) for e in code(text, published=PUB)]


def first(code, text, root):
    found = [e for e in events(code, text) if e[1].startswith(root)]
    assert found, events(code, text)
    return found[0]


# --- owned, counted or dated nominal events are asserted -----------------------------------------

def test_an_owned_state_visit_under_way_is_a_visit_dated_at_publication(code):
    found = first(code, "Chilean President Boric's three-day state visit to Peru is the first since 2015.", "04")
    assert found == ("CHL", "042", "PER", "2025-06-12", "published")


def test_a_meeting_a_visit_follows_keeps_its_own_date(code):
    text = "The Kenyan president's trip to Uganda follows a meeting with Ugandan President Museveni in Rwanda last October."
    meeting = [e for e in events(code, text) if e[1] in ("040", "044")]  # in Rwanda: a third location
    assert meeting and meeting[0][2] == "UGA" and meeting[0][3:] == ("2024-10-01", "month"), events(code, text)


def test_a_counted_summit_takes_the_date_of_its_clause(code):
    found = first(code, "Their second summit with Vietnam was in February 2019 in Hanoi.", "04")
    assert found[2:] == ("VNM", "2019-02-01", "month")


def test_talks_that_culminate_in_a_signing_assert_the_signing(code):
    text = "Tuesday's talks between Ghana and Togo culminated in the signing of several cooperation agreements."
    found = events(code, text)
    assert ("GHA", "046", "TGO", "2025-06-10", "day") in found, found
    assert [e for e in found if e[1] == "057"], found


def test_a_future_owned_visit_is_an_intention(code):
    assert first(code, "The Indonesian president's visit to Japan next week will focus on trade.", "03")[1] == "036"


@pytest.mark.parametrize("text", [
    "A visit by the Polish president to Kyiv would be risky.",
    "The minister denied that his visit to Caracas had been approved.",
    "Critics rejected accusations that the Canadian trial of the Indian diplomats was unfair.",
])
def test_hypothetical_or_denied_nominal_events_are_not_events(code, text):
    assert not [e for e in events(code, text) if e[1].startswith(("04", "17"))], events(code, text)


# --- background: recalled acts keep their own past date or none ---------------------------------

def test_an_imposition_recalled_after_following_is_background_without_a_date(code):
    found = first(code, "The lira fell sharply following Washington's imposition of sanctions on Ankara.", "16")
    assert found == ("USA", "163", "TUR", None, None)


def test_a_dated_arrest_recalled_after_since_keeps_its_year(code):
    found = first(code, "Ties have been frosty since the 2019 arrest of two Swedish citizens by Iran.", "17")
    assert found[1:] == ("173", "SWE", "2019-01-01", "year") and found[0] == "IRN"


def test_the_partial_lifting_of_tariffs_is_undated(code):
    found = first(code, "The partial lifting of tariffs by Washington had helped Mexican exporters.", "08")
    assert found[1] == "085" and found[3] is None


def test_a_measure_named_in_response_does_not_take_the_verb_s_date(code):
    text = "Mexico last year imposed duties on Chinese steel in response to Chinese subsidies and Brazilian duties on Mexican pork."
    brazil = [e for e in events(code, text) if e[0] == "BRA"]
    assert brazil and brazil[0][3] is None, events(code, text)


def test_the_act_a_reaction_condemns_is_a_second_event(code):
    found = events(code, "Estonia condemned the Russian seizure of its patrol boat on Monday.")
    assert ("EST", "111", "RUS") in [e[:3] for e in found], found
    assert [e for e in found if e[0] == "RUS" and e[1][:2] in ("17", "19") and e[3] is None], found


def test_a_reaction_to_no_one_s_measure_codes_only_the_reaction(code):
    found = events(code, "Farmers criticized the tariffs on Chinese steel.")
    assert not [e for e in found if e[1].startswith("16")], found


# --- word senses of the nouns ---------------------------------------------------------------------

def test_a_body_called_a_mission_is_no_trip(code):
    found = events(code, "The Chinese mission to the United Nations said the resolution was unbalanced.")
    assert not [e for e in found if e[1] == "042"], found


def test_a_trade_mission_travels(code):
    assert first(code, "Canada's trade mission to India began on Monday.", "04")[1:3] == ("042", "IND")


def test_talks_that_name_no_one_are_between_the_parties_in_focus(code):
    text = ("The Kenyan president met the Ugandan president in Kampala on Monday. "
            "Monday's talks culminated in the signing of several trade agreements.")
    found = [e for e in events(code, text) if e[1] == "057"]
    assert found and found[0][:3] == ("KEN", "057", "UGA"), events(code, text)
