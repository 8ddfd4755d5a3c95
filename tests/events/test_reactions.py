"""Official reactions are events (issue 12, item 1): criticism, opposition, protest and refusal
of another state's act (11x, 12x), appeals and demands that it change, stop or lift something
(02x, 10x with the codebook's subcodes), vowed countermeasures (13x), and what a statement
amounts to when it judges ("said the tariffs were illegal": 111) or advises ("should": 02x)."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 6, 11)


def coded(code, text):
    return [((e["source"] or {}).get("country"), e["cameo"], (e["target"] or {}).get("country"), e["rule"])
            for e in code(text, published=PUB)]


def codes(code, text):
    return [c for _, c, _, _ in coded(code, text)]


# --- disapproval and refusal -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ankara strongly opposes the Greek decision to extend its territorial waters.", ("TUR", "110", "GRC")),
    ("Pretoria voiced opposition to the Zambian export ban on maize.", ("ZAF", "110", "ZMB")),
    ("The Foreign Ministry of Vietnam called the Chinese survey illegal and provocative.", ("VNM", "111", "CHN")),
    ("Oslo described the Russian inspection as a violation of the treaty.", ("NOR", "111", "RUS")),
])
def test_opposing_or_condemning_another_state_s_act_is_disapproval(code, text, expected):
    assert expected in [d[:3] for d in coded(code, text)], coded(code, text)


def test_opposing_a_proposal_is_still_a_rejection(code):
    assert "120" in codes(code, "Lithuania opposed the proposal from Minsk.")


@pytest.mark.parametrize("text", [
    "Brazil protested the Paraguayan seizure of its trucks.",
    "Hanoi protested the seizure of its fishing boats by Chinese vessels.",
])
def test_a_state_that_protests_complains_officially(code, text):
    found = codes(code, text)
    assert "114" in found and not [c for c in found if c.startswith("14")], found


def test_students_who_protest_still_protest(code):
    assert [c for c in codes(code, "Students in Nairobi protested against the fuel tax.") if c.startswith("14")]


def test_solemn_representations_are_an_official_complaint(code):
    assert ("CHN", "114", "USA") in [d[:3] for d in coded(
        code, "Beijing lodged solemn representations with Washington over the arms sale.")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jakarta said it could not accept the Malaysian restrictions on palm oil.", "124"),
    ("Manila refused to accept the ruling of the arbitration court.", "124"),
])
def test_refusing_to_accept_another_s_decision_is_a_rejection(code, text, expected):
    assert expected in codes(code, text)


def test_a_reported_judgement_is_criticism(code):
    found = coded(code, "Vietnam's foreign ministry said the Chinese blockade was illegal and unacceptable.")
    assert ("VNM", "111") in [d[:2] for d in found], found
    assert "010" not in [d[1] for d in found]


# --- appeals and demands to change, stop or lift ------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ottawa urged New Delhi to lift its duties on Canadian lentils.", "0254"),
    ("The Kenyan president urged Somalia to stop its attacks on border towns.", "0256"),
    ("Mexico called on Washington to reverse its decision.", "0242"),
    ("Peru asked Chile to end its probe into Peruvian fishing firms.", "0242"),
    ("The Ghanaian minister urged Togo to stop interfering in the election.", "0242"),
    ("Egypt demanded that Ethiopia halt its construction of the dam.", "1042"),
])
def test_an_appeal_to_stop_or_lift_takes_the_subcode_of_what_ends(code, text, expected):
    assert expected in codes(code, text), coded(code, text)


def test_ending_something_that_is_not_an_act_is_nothing(code):
    assert not coded(code, "The Kenyan police stopped the truck at the border.")


def test_should_is_an_appeal_and_must_a_demand(code):
    assert "0256" in codes(code, "The Zambian minister said Angola should withdraw its troops from the border.")
    assert "106" in codes(code, "The Zambian minister said Angola must withdraw its troops from the border.")


@pytest.mark.parametrize("text", [
    "The Chinese minister said the two countries should treat each other as partners.",
    "The Indian prime minister said we must work together.",
])
def test_a_shared_aim_is_no_demand(code, text):
    assert not [c for c in codes(code, text) if c.startswith(("10", "02"))], coded(code, text)


def test_a_demand_on_ones_own_country_is_no_demand(code):
    found = coded(code, "Prime Minister Albanese said Australia must diversify its exports.")
    assert not [d for d in found if d[1].startswith("10")], found


# --- vowed countermeasures are threats -----------------------------------------------------------

@pytest.mark.parametrize(("text", "root"), [
    ("A spokesman said Beijing will take necessary measures to protect its interests.", "13"),
    ("Tokyo warned it would respond with countermeasures.", "13"),
    ("China reserves the right to take further measures.", "13"),
    ("Moscow vowed countermeasures against the Finnish decision.", "13"),
])
def test_vowed_countermeasures_are_threats(code, text, root):
    found = codes(code, text)
    assert any(c.startswith(root) for c in found) and not [c for c in found if c.startswith("03")], found


def test_countermeasures_taken_are_sanctions(code):
    assert "163" in codes(code, "Beijing took countermeasures against the American firms on Monday.")


# --- word senses of the words of reaction ------------------------------------------------------

def test_adding_firms_to_a_list_is_not_a_statement(code):
    assert "010" not in codes(code, "The Commerce Department added six Chinese firms to its export control list.")


def test_a_fronted_date_is_no_call_on(code):
    assert not [c for c in codes(code, "On Wednesday, the French president called Chinese subsidies unfair.")
                if c.startswith("02")]
