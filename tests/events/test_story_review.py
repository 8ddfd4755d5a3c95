"""Whole-story review of diplomacy news (rev14): kinds of error seen when every sentence of a story
is read, not five. A person owning the noun of an act done to people undergoes it ("the
dissident's trial"); a person who "stands accused" is the accused, not an accuser; "the foreign
ministers" a paragraph after "G7 foreign ministers" are the G7's, not a guess from the story's
main country."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 3, 14)


def coded(code, text):
    """(source code, cameo, target code) of each event coded from ``text``."""
    return [((e["source"] or {}).get("code"), e["cameo"], (e["target"] or {}).get("code"))
            for e in code(text, published=PUB)]


# --- the owner of a trial, a detention, a release undergoes it -------------------------------------

@pytest.mark.parametrize(("text", "patient"), [
    ("Tanzanian opposition leader Tundu Lissu appeared in court on Monday. "
     "Lissu's trial on treason charges has drawn criticism from Western embassies.", "TZAOPP"),
    ("The Belarusian dissident's detention has drawn protests from rights groups.", "BLR"),
])
def test_a_person_owning_a_trial_or_detention_is_its_target(code, text, patient):
    found = [f for f in coded(code, text) if f[1] == "173"]
    assert found, coded(code, text)
    assert all(s is None or not s.startswith(patient[:3]) or s[3:6] in ("GOV", "JUD", "COP")
               for s, _, _ in found), found
    assert any(t is not None and t.startswith(patient) for _, _, t in found), found


def test_a_state_owning_a_trial_still_holds_it(code):
    found = [f for f in coded(code, "Russia's trial of the American journalist opened on Tuesday.") if f[1] == "173"]
    assert found and found[0][0] is not None and found[0][0].startswith("RUS"), found
    assert found[0][2] is not None and found[0][2].startswith("USA"), found


# --- "stands accused of": the subject is the accused ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Mwangi, a businessman and founder of the Daily Star newspaper in Nairobi, stands accused of sedition "
    "under a new security law.",
    "Vorontsov, a former editor of the newspaper, stands accused of treason under the security law.",
    "The former governor remains accused of bribery and abuse of office.",
])
def test_one_who_stands_accused_accuses_no_one(code, text):
    found = coded(code, text)
    assert not [f for f in found if f[1].startswith("112")], found


# --- "the foreign ministers" a paragraph later ------------------------------------------------------

def test_the_ministers_named_with_their_group_a_paragraph_before_stay_the_group_s(code):
    text = ("NATO foreign ministers met in Brussels on Thursday. "
            "The alliance said it remained worried about Russia's missile deployments. "
            "It urged Moscow to return to arms control talks. "
            "Norway's foreign minister said the meeting was productive. "
            "The foreign ministers also voiced deep concern over Iran's nuclear program.")
    found = [f for f in coded(code, text) if f[1].startswith("01")]
    concern = [f for f in found if f[2] is not None and f[2].startswith("IRN")]
    assert concern and all(s == "IGONAT" for s, _, _ in concern), coded(code, text)


# --- private people's figures of speech: no fight, no sympathy event --------------------------------

@pytest.mark.parametrize("text", [
    "\"That pause hurt Ukrainians who are fighting for their freedom,\" Senator Jane Roe told VOA.",
    "Families in Aleppo continue to mourn their missing relatives.",
])
def test_private_people_fighting_for_a_cause_or_mourning_are_no_event(code, text):
    found = coded(code, text)
    assert not [f for f in found if f[1].startswith("19") or f[1] == "018"], found


def test_private_people_fighting_an_opponent_still_fight(code):
    found = coded(code, "Residents of Goma fought with Congolese police on Sunday.")
    assert any(f[1].startswith("19") for f in found), found


# --- a denial is not aimed at the headline's party ------------------------------------------------

def test_a_denial_of_unattributed_accusations_is_not_aimed_at_the_headline_party(code):
    events = code("The son of the jailed Belarusian editor met U.S. lawmakers on Tuesday. He said his "
                  "father's health was failing. Prosecutors have described the case as a matter of national "
                  "security. Authorities in Minsk have rejected accusations that the trial is unfair.",
                  published=PUB, title="Activists take jailed Belarusian editor's case to the Trump administration")
    denials = [e for e in events if e["cameo"] == "016"]
    assert denials and all((e["source"] or {}).get("code") == "BLRGOV" for e in denials), denials
    assert all((e["target"] or {}).get("country") != "USA" for e in denials), denials


def test_a_denial_still_answers_the_accuser_named_just_before(code):
    found = coded(code, "Pakistan accused Afghanistan of sheltering the attackers. "
                        "Kabul rejected the accusation on Thursday.")
    assert ("AFGGOV", "016", "PAKGOV") in found or ("AFGGOV", "016", "PAK") in found, found


def test_a_denial_answers_the_accusation_made_in_its_own_sentence(code):
    found = coded(code, "Kenya's parliament approved the new budget on Tuesday. The United States urged Nairobi "
                        "to curb spending. Opposition leaders have repeatedly alleged that the police intimidated "
                        "voters in the western counties, charges the interior ministry denied.")
    denials = [f for f in found if f[1] == "016"]
    assert denials == [("KENGOV", "016", "KENOPP")], found


# --- leaders who clash do so in words ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The mining deal was shelved after Trump and Zelenskyy clashed in the Oval Office.",
     ("USAGOV", "111", "UKRGOV")),
    ("Brazil's finance minister clashed with opposition lawmakers over the budget on Tuesday.",
     ("BRAGOV", "111", "BRAOPP")),
])
def test_unarmed_political_actors_who_clash_criticise_each_other(code, text, expected):
    found = coded(code, text)
    assert expected in found and not [f for f in found if f[1].startswith("19")], found


@pytest.mark.parametrize("text", [
    "Kenyan police clashed with protesters outside parliament in Nairobi.",
    "Sudanese government troops clashed with rebels near the border.",
])
def test_armed_men_who_clash_still_fight(code, text):
    """Force, not words: police on protesters is violent repression (175), troops on rebels a fight (19x)."""
    assert any(f[1].startswith(("19", "175")) for f in coded(code, text)), coded(code, text)


def test_armed_men_owning_an_abduction_did_it(code):
    found = [f for f in coded(code, "Gunmen kidnapped 40 students from a school in Zamfara. "
                                    "Their abduction drew condemnation from the president.") if f[1] == "181"]
    assert found and all(s == "NGAUAF" for s, _, _ in found), found
