"""Kinds of error found by reading detente's output on unseen wire stories (fresh13): words of
people who are no political actor, places that "hold" people, hypothetical and simile clauses,
rankings read as the target of a later act, transports read as visits, authorship read as a
statement. Sentences written for these tests in wire-news style."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import PUB


def coded(code, text):
    return [((e["source"] or {}).get("code"), e["cameo"], (e["target"] or {}).get("code"), e["rule"])
            for e in code(text, published=PUB)]


def dyads(code, text):
    return [d[:3] for d in coded(code, text)]


# --- private speakers: their comments are no event, their deeds and denials are -------------------

@pytest.mark.parametrize("text", [
    '"We have lost everything in the floods," the farmer added.',
    "The student said she backed the new curfew, but added that it would change little.",
    '"What I can tell people is that they must eat less sugar," he said.',
])
def test_a_private_person_s_comment_is_no_event(code, text):
    assert coded(code, text) == []


def test_an_official_s_added_remark_is_still_a_statement(code):
    found = dyads(code, '"The border will stay open to traders from Togo," Ghana\'s interior minister added.')
    assert any(c == "010" and s == "GHAGOV" for s, c, _ in found), found


def test_a_private_person_s_denial_still_stands(code):
    found = dyads(code, "The Hong Kong publisher rejects the sedition charges brought by the government.")
    assert any(c == "016" for _, c, _ in found), found


# --- "hold": a place that houses people arrests no one --------------------------------------------

@pytest.mark.parametrize("text", [
    "At times, the detention center held nearly 300 migrants.",
    "The island has a secure facility to hold captured fighters.",
    "Officials said the camp could be used to hold up to 5,000 asylum seekers.",
])
def test_a_place_holding_people_is_no_arrest(code, text):
    assert not any(c.startswith(("17", "13")) for _, c, _ in dyads(code, text)), coded(code, text)


def test_police_holding_protesters_is_still_an_arrest(code):
    found = dyads(code, "Kenyan police held three opposition activists overnight in Nairobi.")
    assert any(c == "173" and s == "KENCOP" for s, c, _ in found), found


# --- hypothetical: passives no one is named as doing, similes --------------------------------------

@pytest.mark.parametrize("text", [
    "In serious cases, green card holders may be arrested and detained, the lawyer said.",
    "It is a bit like the state is prosecuting its own case, the professor said.",
])
def test_an_explained_possibility_or_a_simile_is_no_event(code, text):
    assert coded(code, text) == []


def test_a_state_s_stated_intent_still_stands(code):
    found = dyads(code, "The Egyptian government said it would arrest the smugglers.")
    assert any(c.startswith("13") or c.startswith("03") for _, c, _ in found) or \
        any(c == "173" for _, c, _ in found), found


# --- rankings: "the second biggest after China" names no target -----------------------------------

@pytest.mark.parametrize(("text", "source"), [
    ("Italy has recorded 90,000 deaths, the second-highest toll in Europe after Britain. "
     "The Italian government said it would ease travel restrictions.", "ITAGOV"),
    ("Germany is the world's third biggest steel producer after China and India. "
     "The German chancellor vowed to cut emissions by 2040.", "DEUGOV"),
])
def test_a_yardstick_of_a_ranking_is_no_target(code, text, source):
    found = dyads(code, text)
    assert found and all(s == source and t not in ("GBRGOV", "CHNGOV", "INDGOV") for s, _, t in found), found


def test_a_party_named_before_still_is_the_target(code):
    found = dyads(code, "Britain imposed new sanctions on Iranian banks. Tehran vowed to respond.")
    assert any(s == "IRNGOV" and t is not None and t.startswith("GBR") for s, _, t in found), found


# --- transports and authorship ------------------------------------------------------------------

def test_flying_detainees_somewhere_is_no_visit(code):
    found = dyads(code, "U.S. immigration officials removed 40 migrants from the base, flying them to Texas.")
    assert not any(c == "042" for _, c, _ in found), found


def test_flying_to_a_capital_is_still_a_visit(code):
    assert ("USAGOV", "042", "JPNGOV") in dyads(code, "U.S. Secretary of State Marco Rubio flew to Tokyo on Sunday.") \
        or any(c == "042" for _, c, _ in dyads(code, "U.S. Secretary of State Marco Rubio flew to Tokyo on Sunday."))


def test_a_text_written_by_someone_is_no_statement(code):
    assert coded(code, "The author believes the ministry banned her book because it was written by a woman.") \
        == [] or all(c != "010" for _, c, _ in dyads(
            code, "The author believes the ministry banned her book because it was written by a woman."))


def test_writing_to_a_counterpart_is_still_a_statement(code):
    assert ("INDGOV", "010", "IRNGOV") in dyads(code, "The Indian foreign minister wrote to his Iranian counterpart.")


# --- the road not taken ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Most of the money went to fuel and repairs instead of to direct aid to refugees, the U.N. agency said.",
    "The Sudanese army chose to talk with the rebels instead of attacking them.",
    "Rather than expel the diplomats, Warsaw summoned the Russian ambassador.",
])
def test_an_act_named_as_the_alternative_not_taken_is_no_event(code, text):
    found = dyads(code, text)
    assert not any(c.startswith(("07", "18", "19", "174", "16")) for _, c, _ in found), found


def test_the_act_taken_instead_still_stands(code):
    found = dyads(code, "Rather than expel the diplomats, Warsaw summoned the Russian ambassador.")
    assert any(s == "POLGOV" and t == "RUSGOV" for s, _, t in found), found


# --- "try": an attempt is no trial ----------------------------------------------------------------

def test_trying_to_do_something_is_no_trial(code):
    found = dyads(code, "Rights groups accused the Bolivian mining company of trying to influence the election.")
    assert not any(c == "173" for _, c, _ in found), found


def test_a_court_trying_activists_is_still_a_detention_event(code):
    found = dyads(code, "An Egyptian court tried 12 activists on charges of illegal protest.")
    assert any(c == "173" and s == "EGYJUD" for s, c, _ in found), found


# --- one person is not a group's members --------------------------------------------------------

def test_a_negotiator_named_in_a_relative_clause_negotiates_with_no_one_but_himself(code):
    found = dyads(code, "The former EU negotiator Michel Barnier, who led the bloc's Brexit negotiations, "
                        "says immigration to France should stop.")
    assert not any(c.startswith("04") and s == t for s, c, t in found), found


def test_a_release_frees_someone(code):
    assert not any(c.startswith("08") for _, c, _ in dyads(
        code, "A new report by the International Energy Agency set for release on Friday urges more solar power."))
    assert any(c == "0841" for _, c, _ in dyads(
        code, "Washington welcomed the release of two American journalists by Iran."))


# --- who reports and where: no target of a bare statement ---------------------------------------

def test_the_reporter_named_by_according_to_is_no_target(code):
    found = dyads(code, "The Malian army says it has the upper hand, but according to Amnesty International "
                        "and U.N. agencies, civilians are still fleeing.")
    assert not any(t is not None and t.startswith("NGO") for _, _, t in found), found


def test_a_hospital_named_for_a_town_is_only_where_someone_lies(code):
    found = dyads(code, '"The boy is being treated at Mwanza District Hospital," said a Malawian '
                        "disaster management official.")
    assert not any(t is not None and t.startswith("TZA") for _, _, t in found), found


# --- missed wordings: filings that allege, aid items, detention centers, telling a party to act ---

def test_a_lawsuit_that_alleges_is_an_accusation(code):
    found = dyads(code, "The lawsuit alleges that the Department of Homeland Security violated the Constitution.")
    assert (None, "112", "USAGOV") in found, found


def test_an_allegation_aims_at_the_subject_of_what_is_alleged(code):
    found = dyads(code, "The Ugandan opposition alleged that the government rigged the vote.")
    assert any(c == "112" and s == "UGAOPP" and t is not None and t.startswith("UGA") for s, c, t in found), found


def test_relief_items_distributed_are_aid(code):
    found = dyads(code, "Floods hit Malawi this week. The World Food Program on Thursday distributed relief items "
                        "to affected families in Malawi.")
    assert any(c == "070" and s == "IGOWFP" for s, c, _ in found), found


def test_sending_migrants_to_a_detention_center_detains_them(code):
    found = dyads(code, "The United States began sending migrants to the Guantanamo Bay detention center in February.")
    assert any(c == "173" and s is not None and s.startswith("USA") for s, c, _ in found), found


def test_telling_a_party_to_act_is_a_demand_and_telling_it_that_is_a_statement(code):
    assert any(c == "100" and s == "IDNGOV" for s, c, _ in dyads(
        code, "The Indonesian interior minister told provincial governors to draft new rules on rabies."))
    assert ("CHNGOV", "010", "JPNGOV") in dyads(
        code, "The Chinese foreign minister told his Japanese counterpart that Beijing wanted stable ties.")


def test_a_ban_on_selling_a_product_at_home_is_no_embargo(code):
    assert not any(c.startswith("16") for _, c, _ in dyads(
        code, "The Indonesian city council banned the sale of dog meat in 2017."))
    assert any(c == "163" for _, c, _ in dyads(code, "Washington banned the sale of Chinese drones."))


# --- refinements seen in the snapshot review --------------------------------------------------------

def test_an_organisation_s_officer_still_speaks_for_it(code):
    found = dyads(code, "UNICEF's executive director Catherine Russell told the U.N. Security Council that "
                        "children in Sudan were starving.")
    assert not found or all(c != "010" or s is not None for s, c, _ in found), found


def test_an_allegation_about_victims_is_not_aimed_at_them(code):
    found = dyads(code, "The U.N. rapporteur alleged that women under Taliban rule are being persecuted.")
    assert not any(c == "112" and t is not None and t.endswith("CVL") for _, c, t in found), found


def test_speaking_to_a_news_channel_is_no_consultation(code):
    found = dyads(code, "Speaking to a private news channel, Pakistan's army spokesman said the border was calm.")
    assert not any(c.startswith("04") for _, c, _ in found), found


# --- an occasion that is "held" is staged, and holds no one ----------------------------------------

@pytest.mark.parametrize("text", [
    "The hearing was held in Nairobi on Tuesday.",
    "A rally was held outside parliament on Sunday.",
    "The trial of the opposition leader was held behind closed doors in Minsk.",
    "A news conference was held at the ministry in Ankara.",
])
def test_an_occasion_that_is_held_is_no_custody(code, text):
    assert [c for c in coded(code, text) if c[3].startswith("coerce.hold")] == []


def test_people_held_are_still_in_custody(code):
    assert ("KENCOP", "173") in [(s, c) for s, c, _, _ in coded(code, "Police held three protesters overnight in Nairobi.")]
