"""Denials, accusations and designations told by their content (issue 12, deny25).

A party accused in the sentences just before that states flatly that the charged state of
affairs does not hold is denying the charge (016), aimed at its accuser, though no verb says
"deny"; a charge called false is denied, not criticised; labelling an armed group's members
"terrorists" accuses them (112), while the formal listing of an organisation stays a sanction."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded


def coded_with(code, text: str, expected: tuple[str | None, ...]) -> list[tuple]:
    """The text's events cut to the expected tuple's length; asserts the expected one is there."""
    found = [d[:len(expected)] for d in coded(code, text)]
    assert expected in found, found
    return found


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan's military accused Afghanistan of sheltering the militants. Kabul rejected the allegation. "
     '"No members of the Baloch opposition have any presence in Afghanistan, nor have they ever had links '
     'with the Islamic Emirate," Afghan spokesman Abdul Qahar Balkhi said.', ("AFG", "016", "PAK")),
    ("The Philippines accused China of ramming its coast guard vessel near the shoal on Monday. "
     '"Chinese ships did not ram any vessel," Chinese foreign ministry spokesperson Lin Jian said Tuesday.',
     ("CHN", "016", "PHL")),
    ("Moscow blamed Kyiv for the drone strike on a power station. Ukrainian Foreign Minister Andrii Sybiha "
     "said Ukraine had not attacked any energy facility since the moratorium.", ("UKR", "016", "RUS")),
    ("India accused Pakistan of sending the gunmen across the border. Pakistan's foreign office said "
     "nobody from Pakistan was involved in the attack.", ("PAK", "016", "IND")),
])
def test_a_flat_negation_by_the_accused_denies_the_charge(code, text, expected):
    coded_with(code, text, expected)


@pytest.mark.parametrize("text", [
    # no charge against the speaker's side: a negative remark, no denial
    "Indonesia's foreign minister met his Malaysian counterpart on Monday. "
    '"There is no dispute between our countries," the Indonesian minister said.',
    # the accuser's own side speaking again is no denial
    "Seoul accused Pyongyang of jamming GPS signals near the border. South Korea's defense ministry "
    "said the jamming had not caused any accidents.",
    # a refusal or an opinion is not a denial of what is
    "Washington accused Tehran of arming the Houthis. Iranian Foreign Minister Abbas Araghchi said Iran "
    "will not negotiate under pressure.",
    "Beijing accused Manila of provoking the clash. Philippine Defense Secretary Gilberto Teodoro said he "
    "did not think China wanted a war.",
])
def test_no_denial_without_a_charge_against_the_speaker_s_side(code, text):
    found = coded(code, text)
    assert not [d for d in found if d[1] == "016"], found


@pytest.mark.parametrize(("text", "expected", "not_code"), [
    # a charge called or said to be false is denied, not criticised
    ("Afghanistan's Ministry of Foreign Affairs called Pakistan's assertions \"baseless\" in a statement Thursday.",
     ("AFG", "016", "PAK"), "11"),
    ("Beijing called the U.S. report false and politically motivated.", ("CHN", "016", "USA"), "11"),
    ("The Kremlin described the British allegations as absurd.", ("RUS", "016", "GBR"), "11"),
    ("Tehran said the U.S. accusations were baseless.", ("IRN", "016", "USA"), "11"),
    ("Moscow said the British claims were absurd.", ("RUS", "016", "GBR"), "11"),
    # an armed group's members labelled terrorists are accused, not sanctioned
    ("Turkey has designated the YPG as terrorists, but the militia is a key ally in the war against Islamic State.",
     ("TUR", "112", "SYR"), "163"),
    ("Israel designated Yemen's Houthi rebels as terrorists on Sunday.", ("ISR", "112", "YEM"), "163"),
])
def test_a_denial_or_an_accusation_by_content_and_not_the_other_reading(code, text, expected, not_code):
    found = coded_with(code, text, expected)
    assert not [d for d in found if d[1].startswith(not_code)], found


def test_calling_a_policy_false_is_still_criticism(code):
    found = [d[:3] for d in coded(code, "Tehran called the U.S. sanctions illegal.")]
    assert ("IRN", "111", "USA") in found, found


def test_listing_a_terrorist_organisation_stays_a_sanction(code):
    found = [d[:3] for d in coded(code, "The United States designated the Houthis as a foreign terrorist organization.")]
    assert [d for d in found if d[1] == "163"], found


@pytest.mark.parametrize(("text", "expected"), [
    ('In a post on his social media platform, Trump called Canada "one of the highest tariffing nations anywhere '
     'in the world."', ("USA", "111", "CAN")),
    ("President Trump called China one of the worst trade cheaters in the world.", ("USA", "111", "CHN")),
    ("Secretary of State Mike Pompeo called Iran a rogue state on Monday.", ("USA", "111", "IRN")),
])
def test_naming_a_party_a_wrongdoer_criticises_it(code, text, expected):
    coded_with(code, text, expected)


def test_naming_a_party_one_of_its_friends_is_praise(code):
    found = [d[:3] for d in coded(code, "Trump called Canada one of America's closest friends.")]
    assert ("USA", "051", "CAN") in found and not [d for d in found if d[1].startswith("11")], found


@pytest.mark.parametrize(("text", "expected"), [
    ("Tehran said the U.S. sanctions were illegal.", ("IRN", "111", "USA")),
    ("The Kremlin said the charges against the journalist were politically motivated.", ("RUS", "111")),
])
def test_saying_a_measure_or_a_charge_against_another_is_wrong_criticises(code, text, expected):
    coded_with(code, text, expected)


def test_a_rejected_charge_called_baseless_is_one_denial(code):
    found = [d[:3] for d in coded(code, '"We categorically reject baseless allegations by the Pakistani army spokesperson '
                                        'linking the attack with Afghanistan," spokesman Abdul Qahar Balkhi said.')]
    assert [d for d in found if d[1] == "016"] and not [d for d in found if d[1].startswith("11")], found


def test_a_charge_rejected_in_a_relative_clause_is_denied(code):
    found = [d[:3] for d in coded(code, "Pakistani officials blamed India, accusing it of providing support to "
                                        "militants in Afghanistan, a charge New Delhi quickly rejected.")]
    assert ("IND", "016", "PAK") in found and not [d for d in found if d[1] == "120"], found


def test_a_proposal_rejected_in_a_relative_clause_is_still_a_rejection(code):
    found = [d[:2] for d in coded(code, "Kyiv proposed a ceasefire, a plan Moscow rejected.")]
    assert ("RUS", "120") in found, found
