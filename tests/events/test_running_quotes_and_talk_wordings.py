"""Who speaks in a quotation that runs over several sentences, and two wordings of diplomacy
(dp13): a quoted sentence with no verb of saying is the words of the speaker named in the
sentence after it (the quotation closes there) or in the quoted sentence before it, so a demand,
appeal or threat in it is that speaker's; "had a conversation with X" is a meeting; "joined calls
for X" is an appeal."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded

# --- a quotation over several sentences ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('"We reject this annexation," said the Estonian foreign minister. "Russia must withdraw its forces from Georgia."',
     ("EST", "10", "RUS")),
    ('"Minsk should free the detained Lithuanian truckers. Our patience has limits," the Lithuanian president said.',
     ("LTU", "02", "BLR")),
])
def test_a_demand_in_a_quotation_is_its_speaker_s(code, text, expected):
    found = [(s, c[:2], t) for s, c, t, _ in coded(code, text)]
    assert expected in found, found


def test_an_analyst_s_quotation_running_on_is_still_commentary(code):
    text = ('"Tariffs hurt consumers on both sides," said a trade analyst at the Brookings Institution. '
            '"Ottawa will retaliate."')
    assert not [d for d in coded(code, text) if d[1].startswith("13")], coded(code, text)


def test_a_third_person_pronoun_in_a_quotation_is_not_its_speaker(code):
    """ '"Then they shot the guards. ..." the witness said': "they" are the attackers, not the witness."""
    text = ("Gunmen stormed the Kenyan border post on Monday. "
            '"Then they shot the two guards at the gate. Nobody came to help us," a villager said.')
    shots = [d for d in coded(code, text) if d[1].startswith(("18", "19"))]
    assert shots and all(s != "KENCVL" for s, *_ in shots), shots


# --- had a conversation with ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lula had a long conversation with Milei on Thursday.",
    "The Kenyan president said he had a frank conversation with his Tanzanian counterpart.",
])
def test_a_conversation_with_a_leader_is_a_meeting(code, text):
    assert [d for d in coded(code, text) if d[1] == "040" and d[2]], coded(code, text)


def test_a_conversation_with_no_one_named_is_nothing(code):
    assert not [d for d in coded(code, "The two ministers had a long conversation about fisheries.")
                if d[1].startswith("04") and d[3].startswith("consult.have_conversation")]


# --- joined calls for -------------------------------------------------------------------------------

def test_joining_calls_for_something_is_an_appeal(code):
    found = coded(code, "Nigeria joined calls for a reform of the African Union.")
    assert [d for d in found if d[0] == "NGA" and d[1].startswith("02")], found


# --- an order in a quotation is its speaker's demand ---------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('"Free the detained sailors immediately," the Ukrainian foreign ministry said.', ("UKR", "10")),
    ('"Lift the embargo on Cuba," the Mexican president told the U.S. Congress.', ("MEX", "10")),
])
def test_an_order_in_a_quotation_is_a_demand(code, text, expected):
    found = coded(code, text)
    assert expected in [(s, c[:2]) for s, c, _, _ in found], found
    assert not [d for d in found if d[1].startswith("08")], found  # no one released or lifted anything


def test_an_act_told_in_a_quotation_is_still_an_act(code):
    found = coded(code, '"We lifted the embargo on Cuba last year," the Mexican president said.')
    assert [d for d in found if d[1].startswith("08")], found
