"""Wordings of conflict news the coder missed (issue cf13): each kind of miss, in sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2025, 3, 14)


# --- a passive accusation or criticism with no accuser named ----------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Belgium was accused of arming the rebels in the east.", (None, "11", "BEL")),
    ("Sudanese troops have been accused of looting villages.", (None, "11", "SDN")),
    ("The Ugandan government was criticized for its handling of the floods.", (None, "11", "UGA")),
])
def test_a_passive_accusation_with_no_accuser_blames_its_subject(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found


def test_a_named_accuser_stays_the_source(code):
    found = triples(code("Belgium was accused by Rwanda of arming the rebels.", published=PUB))
    assert ("RWA", "11", "BEL") in found, found


def test_an_accused_person_in_a_participle_phrase_is_no_accusation(code):
    found = triples(code("A lawyer accused of fraud left Kenya on Monday.", published=PUB))
    assert not any(root == "11" for _, root, _ in found), found


# --- a reported clause that lays an attack at a party's door ----------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Afghan officials said the Taliban were responsible for the bombing.", ("AFG", "11", "AFG")),
    ("The Nigerian army said Boko Haram was behind the raid on the village.", ("NGA", "11", "NGA")),
])
def test_saying_a_party_was_behind_an_attack_accuses_it(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Kenyan officials said heavy rain was responsible for the floods.",
    "Kenyan officials said al-Shabab was not behind the bombing.",
])
def test_no_accusation_without_an_attack_or_when_denied(code, text):
    found = triples(code(text, published=PUB))
    assert not any(root == "11" for _, root, _ in found), found


# --- force and coercion named by wordings the patterns lacked ---------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Al-Shabab militants attacked a hotel in Mogadishu on Sunday.", "18"),
    ("Separatists ambushed a passenger train in Balochistan.", "18"),
    ("Malian troops are conducting operations against Islamist militants in central Mali.", "19"),
    ("There was an exchange of fire between Indian and Pakistani soldiers along the border.", "19"),
    ("Moroccan police dismantled a terrorist cell in Tangier.", "17"),
    ("A Turkish judge ordered the journalist back to prison.", "17"),
    ("Canada designated the militia as a terrorist organization.", "17"),
])
def test_force_and_coercion_wordings(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in {root for _, root, _ in found}, found


@pytest.mark.parametrize(("text", "wrong"), [
    ("Moroccan police dismantled a terrorist cell in Tangier.", "08"),
    ("A Turkish judge ordered the journalist back to prison.", "16"),
])
def test_jailing_wordings_are_not_yielding_or_expelling(code, text, wrong):
    found = triples(code(text, published=PUB))
    assert wrong not in {root for _, root, _ in found}, found


@pytest.mark.parametrize("text", [
    "Kenyan police launched an operation against drug smuggling.",
    "The Guatemalan journalist returned to prison on Monday.",
    "There were no clashes between the two armies last year.",
])
def test_no_force_without_a_party_or_when_denied(code, text):
    found = triples(code(text, published=PUB))
    assert not any(root in ("17", "19") for _, root, _ in found), found


# --- the victims of a strike on a place are of that place, not of the attacker ----------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Nine people were killed in a Russian strike on Odesa.", ("RUS", "19", "UKR")),
    ("A Russian missile strike on Odesa killed nine people.", ("RUS", "19", "UKR")),
    ("Four people were killed in an Israeli airstrike on Beirut.", ("ISR", "19", "LBN")),
])
def test_victims_of_a_strike_on_a_place_belong_to_that_place(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found


def test_the_means_of_a_killing_is_found_after_a_place(code):
    found = triples(code("Nine civilians were killed in Odesa in a Russian drone attack.", published=PUB))
    assert ("RUS", "19", "UKR") in found, found
    assert not any(source == "UKR" for source, _, _ in found), found


# --- force by an armed group outside the state on non-combatants is unconventional (18) -------
@pytest.mark.parametrize(("text", "expected"), [
    ("Boko Haram fighters killed nine farmers in Borno state.", "18"),
    ("Al-Shabab militants stormed a hotel in Kismayo.", "18"),
])
def test_irregular_force_on_civilians_is_unconventional_violence(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in {root for _, root, _ in found}, found
    assert "19" not in {root for _, root, _ in found}, found


@pytest.mark.parametrize("text", [
    "Boko Haram fighters killed nine Nigerian soldiers in Borno state.",
    "The Nigerian army killed nine Boko Haram fighters in Borno state.",
])
def test_fighting_between_armed_men_stays_conventional(code, text):
    found = triples(code(text, published=PUB))
    assert "19" in {root for _, root, _ in found}, found


# --- someone stated to be in detention, custody or jail is detained (173) ---------------------
# by the authorities of the country the story is about (implied:authority_at_place)
@pytest.mark.parametrize(("text", "expected"), [
    ("Two Ugandan reporters remain in custody after the raid.", ("UGA", "17", "UGA")),
    ("The Ethiopian opposition leader has been in pretrial detention since May.", ("ETH", "17", "ETH")),
    ("Several former Malian ministers are in jail awaiting trial.", ("MLI", "17", "MLI")),
])
def test_being_held_in_detention_is_a_detention(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "His Ugandan wife visited him in prison on Monday.",
    "The Ugandan prisoner escaped from Luzira prison on Monday.",
    "The Ugandan reporter is not in custody.",
])
def test_a_prison_named_as_a_place_is_no_detention(code, text):
    found = triples(code(text, published=PUB))
    assert not any(root == "17" for _, root, _ in found), found


# --- "X accused Y of ..., a charge Z denies": the accusation stands, and Z denies it -----------
@pytest.mark.parametrize("text", [
    "Somalia accused Eritrea of arming the militants, a charge Asmara denies.",
    "Mali accused Algeria of backing the rebels, a charge Algiers denied.",
])
def test_an_answered_charge_keeps_its_accusation(code, text):
    found = triples(code(text, published=PUB))
    assert any(root == "11" for _, root, _ in found), found


def test_the_answering_party_denies(code):
    found = triples(code("Congo has accused Rwanda of backing the rebels, a charge Kigali denies.",
                         published=PUB))
    assert any(source == "RWA" and root == "01" for source, root, _ in found), found


def test_a_refused_access_is_no_denial(code):
    found = triples(code("Ethiopia denied the journalists access to Tigray.", published=PUB))
    assert not any(root == "01" for _, root, _ in found), found


# --- a think tank named after its kind ("the think tank Chatham House") only comments ----------
@pytest.mark.parametrize("text", [
    "Jane Ndirangu of the Kenyan international affairs think tank Amani said the attacks are dangerous.",
    "John Smith of the British think tank Chatham House said the talks were a failure.",
])
def test_a_think_tank_before_its_name_is_a_commentator(code, text):
    assert triples(code(text, published=PUB)) == []


# --- an armed group claiming an act of force claims responsibility (015) -----------------------
@pytest.mark.parametrize("text", [
    "Al-Shabab claimed it had killed 12 Kenyan soldiers.",
    "Boko Haram claimed it was holding 30 hostages.",
])
def test_an_armed_group_claiming_force_claims_responsibility(code, text):
    events = code(text, published=PUB)
    assert "015" in {e["cameo"] for e in events}, [e["cameo"] for e in events]


def test_an_armed_group_claiming_something_else_only_says_it(code):
    events = code("The rebels claim that they protect Malian herders from attacks by militias.", published=PUB)
    assert "015" not in {e["cameo"] for e in events}, [e["cameo"] for e in events]


# --- "came under attack": an attack on the subject, with or without its attacker named ---------
@pytest.mark.parametrize("text", [
    "Nigerian troops came under attack near Maiduguri on Friday.",
    "Nigerian troops came under attack from Boko Haram near Maiduguri.",
])
def test_coming_under_attack_is_an_attack_on_the_subject(code, text):
    found = triples(code(text, published=PUB))
    assert any(root == "19" and target == "NGA" for _, root, target in found), found


# --- a passive confiscation with no one named ---------------------------------------------------
def test_a_passive_seizure_with_no_one_named_is_a_confiscation(code):
    found = triples(code("Rifles and ammunition were seized from the Malian rebels.", published=PUB), digits=4)
    assert (None, "1711", "MLI") in found, found


def test_a_house_taken_is_no_confiscation(code):
    found = triples(code("Her Somali family's house has been taken.", published=PUB))
    assert not any(root == "17" for _, root, _ in found), found


# --- getting into a vehicle is no hacking -------------------------------------------------------
def test_getting_into_a_police_car_is_no_coercion(code):
    found = triples(code("Three Kenyan villagers got into a police car to reach Garissa.", published=PUB))
    assert not any(root == "17" for _, root, _ in found), found


def test_breaking_into_a_computer_network_is_coercion(code):
    found = triples(code("Chinese hackers broke into the Indian defence ministry's computer network.",
                         published=PUB))
    assert any(root == "17" for _, root, _ in found), found
