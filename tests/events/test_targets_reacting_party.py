"""Targets the act's words leave unsaid, read from the sentence as a coder reads it (events/
targets.py): the party that reacts to an act is whom the act was aimed at; what an appeal, a concern
or a retaliation is about ("called for an end to the violence in Syria") names its target; a state named there comes before a body that only reported on it;
a title alone is no name. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2025, 3, 14)


def dyads3(events):
    return triples(events, digits=3)



@pytest.mark.parametrize(("text", "expected"), [
    # the reacting side is what the act it reacts to was aimed at
    ("Ottawa condemned Beijing's decision to impose duties on canola.", ("CHN", "163", "CAN")),
    ("Seoul criticized Tokyo's decision to impose export controls on chemicals.", ("JPN", "163", "KOR")),
    ("China retaliated against the U.S. tariffs.", ("USA", "163", "CHN")),
    # the act a party is praised or blamed for: "praised China for lifting the duties"
    ("Australia praised China for lifting the duties on barley.", ("CHN", "085", "AUS")),
    # a complaint over an act: "filed a complaint with the WTO over the U.S. tariffs"
    ("China filed a complaint with the WTO over the U.S. tariffs.", ("USA", "163", "CHN")),
])
def test_the_reacting_party_is_the_target_of_the_act_it_reacts_to(code, text, expected):
    found = dyads3(code(text, published=PUB))
    assert expected in found, found


def test_the_reacting_target_says_where_it_came_from(code):
    events = code("Ottawa condemned Beijing's decision to impose duties on canola.", published=PUB)
    assert any(e["rule"].endswith("+implied:target_reacting") for e in events), dyads3(events)


def test_a_reaction_by_a_party_of_the_same_side_gives_no_target(code):
    """Beijing cannot be the target of its own decision."""
    events = code("Beijing defended its decision to impose duties on canola.", published=PUB)
    assert all(t != "CHN" for s, c, t in dyads3(events) if c == "163"), dyads3(events)


@pytest.mark.parametrize(("text", "expected"), [
    # what an appeal is about
    ("The U.S. and its allies have repeatedly called for an inclusive government in Syria.", ("USA", "024", "SYR")),  # an appeal for a change of institutions (0244)
    # what a concern is about: the state named there, not the body whose report it was
    ("\"We are seriously concerned about the latest IAEA report about Iran's enrichment,\" "
     "British Deputy U.N. Ambassador James Kariuki told reporters.", ("GBR", "012", "IRN")),
    # the means of a reaction: "retaliated by raising tariffs on U.S. goods"
    ("Ottawa retaliated by announcing higher tariffs on U.S. exports.", ("CAN", "160", "USA")),
])
def test_target_from_what_the_act_is_about_or_the_occasion(code, text, expected):
    found = dyads3(code(text, published=PUB))
    assert expected in found, found


def test_a_capitalised_title_is_no_name_to_take_a_target_from(code):
    text = ('"As reported by the agency\'s Director General, the program keeps growing," '
            'the Turkish mission said in a statement.')
    events = code(text, published=PUB, title="Turkey and Iran trade barbs")
    assert all(t != "TUR" for _, _, t in dyads3(events)), dyads3(events)


def test_a_meeting_venue_is_no_target(code):
    text = "The Taliban attended a U.N.-organized meeting for the first time last month in Doha."
    assert all(t != "QAT" for _, _, t in dyads3(code(text, published=PUB)))


def test_an_organisation_named_through_of_is_found_in_a_longer_phrase(code):
    text = "Top diplomats from the Group of Seven leading democracies urged Russia to accept a ceasefire."
    found = dyads3(code(text, published=PUB))
    assert found and found[0][0] == "IGOGOS", found


def test_a_stance_prefix_names_no_target(code):
    """ "Ottawa is working to forge new ties with non-US markets": not with the US."""
    text = "Trump keeps threatening Canada. Ottawa is working to forge new ties with non-US markets."
    found = triples(code(text, published=PUB), sentence=1)
    assert all(t != "USA" for _, _, t in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt condemned Israeli airstrikes on Gaza.", ("ISR", "19", "PSE")),
    ("In a statement, the Egyptian foreign ministry condemned the Israeli strikes on Gaza.", ("ISR", "19", "PSE")),
])
def test_a_phrase_right_after_a_condemned_act_is_the_acts_own(code, text, expected):
    found = triples(code(text, published=date(2025, 3, 14)))
    assert expected in found and ("ISR", "19", "EGY") not in found, found


@pytest.mark.parametrize(("text", "expected"), [
    # "..., responding to X's act": the act answers X, who is its target
    ("Japan imposed export controls on chip materials, responding to Seoul's court rulings.", ("JPN", "16", "KOR")),
    ("Lithuania recalled its ambassador, responding to Chinese pressure over Taiwan.", ("LTU", "16", "CHN")),
])
def test_an_act_responding_to_another_is_aimed_at_its_doer(code, text, expected):
    assert expected in triples(code(text, published=PUB)), triples(code(text, published=PUB))
