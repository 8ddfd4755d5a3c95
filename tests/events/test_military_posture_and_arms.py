"""Military posture, military aid and arms trade told in wordings the coder missed or mis-coded
(issue 12, mil25): warships and military aircraft sent through or near claimed waters (150),
help given "militarily" (072), arms bought from a state (062), jets scrambled against intruders
(150), warships sent to a place (154); money put into one's own military is no event. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2025, 3, 14)


# --- warships or military aircraft through or near another state's waters show force --------
@pytest.mark.parametrize(("text", "expected"), [
    ("A British aircraft carrier sailed near the Chinese-claimed islands last month.", ("GBR", "15", "CHN")),
    ("American destroyers passed through the disputed waters three times this year, irritating China.",
     ("USA", "15", "CHN")),
    ("Russian bombers flew over the Sea of Japan on Thursday.", ("RUS", "15", None)),
])
def test_military_craft_through_claimed_waters_show_force(code, text, expected):
    found = triples(code(text, published=PUB))
    source, root, target = expected
    assert any(s == source and r == root and (target is None or t == target) for s, r, t in found), found


@pytest.mark.parametrize("text", [
    "Passenger ships sailed through the strait.",
    "Tourists flew over the islands.",
])
def test_civilian_craft_passing_show_no_force(code, text):
    assert not any(r == "15" for _, r, _ in triples(code(text, published=PUB)))


# --- help given "militarily" is military aid to the one helped --------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Washington helps the Philippines militarily.", ("USA", "07", "PHL")),
    ("Russia backs Syria militarily and diplomatically.", ("RUS", "07", "SYR")),
    ("The United States supports Ukraine militarily.", ("USA", "07", "UKR")),
])
def test_help_given_militarily_is_military_aid(code, text, expected):
    assert expected in triples(code(text, published=PUB))


def test_helping_militarily_is_coded_072(code):
    events = code("Washington helps the Philippines militarily.", published=PUB)
    assert any(e["cameo"] == "072" for e in events), events


# --- arms bought from a state are military cooperation with it --------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey bought S-400 missiles from Russia in 2019.", ("TUR", "06", "RUS")),
    ("Turkey's purchase of Russia's S-400 air defense system angered Washington.", ("TUR", "06", "RUS")),
    ("India's purchase of Russian S-400 missiles drew a warning from Washington.", ("IND", "06", "RUS")),
    ("Egypt's acquisition of French Rafale jets was completed last year.", ("EGY", "06", "FRA")),
])
def test_arms_bought_from_a_state_are_military_cooperation(code, text, expected):
    _assert_military_cooperation(code(text, published=PUB), expected)


def _assert_military_cooperation(events, expected):
    """The expected dyad is coded, as military cooperation (062)."""
    assert expected in triples(events), events
    assert any(e["cameo"] == "062" for e in events), events


def test_goods_bought_by_consumers_stay_no_event(code):
    assert not triples(code("Chinese consumers bought more American cars in January.", published=PUB))


# --- jets scrambled against intruders; warships sent to a place ---------------------------------
def test_jets_scrambled_to_intercept_show_force_against_the_intruder(code):
    found = triples(code("Japan scrambled jets to intercept Chinese bombers near Okinawa.", published=PUB))
    assert ("JPN", "15", "CHN") in found, found


def test_jets_scrambled_against_no_one_named_take_no_guessed_target(code):
    text = "Russia launched a barrage of drones at Kyiv overnight. Poland scrambled fighter jets, its military said."
    assert not [t for t in triples(code(text, published=PUB), 1) if t[0] == "POL" and t[2] == "UKR"]


def test_warships_sent_to_a_place_are_a_deployment_not_aid(code):
    events = code("China sent warships to the disputed shoal on Friday.", published=PUB)
    assert [e["cameo"] for e in events] == ["154"], events


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States sent weapons to Ukraine.", ("USA", "07", "UKR")),
    ("China sent fighter jets to Serbia.", ("CHN", "07", "SRB")),
])
def test_weapons_sent_to_a_party_stay_military_aid(code, text, expected):
    assert expected in triples(code(text, published=PUB))


# --- money put into one's own military is a capability, no event ------------------------------
@pytest.mark.parametrize("text", [
    "Russia has invested over 9% of its GDP in the military.",
    "The European nations are massively increasing their defense investments.",
])
def test_spending_on_ones_own_military_is_no_event(code, text):
    assert not triples(code(text, published=PUB))


def test_investment_in_another_state_stays_economic_cooperation(code):
    assert ("CHN", "06", "KEN") in triples(code("China invested $2 billion in Kenya last year.", published=PUB))


# --- forces backed by other forces: those others cooperate militarily with them ----------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Somali soldiers, backed by U.S. forces, attacked al-Shabab positions.", ("USA", "06", "SOM")),
    ("Malian troops supported by French soldiers retook the town on Monday.", ("FRA", "06", "MLI")),
    ("French troops supported Malian soldiers in the offensive.", ("FRA", "06", "MLI")),
])
def test_forces_backed_by_other_forces_cooperate_militarily(code, text, expected):
    _assert_military_cooperation(code(text, published=PUB), expected)


@pytest.mark.parametrize("text", [
    "The resolution backed by France was adopted on Monday.",
    "The opposition backed the government's plan.",
])
def test_backing_a_plan_is_no_military_cooperation(code, text):
    assert not any(e["cameo"] == "062" for e in code(text, published=PUB))
