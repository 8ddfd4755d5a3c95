"""Who the words of an act take back (events/arguments.py, events/targets.py, actors/roles.py):
"its" in "Tehran rejected its offer" is not Tehran; an unnamed spokesperson speaking of what a
state body does speaks for it; whoever "came under attack" is the attack's target; an act with
no target of its own continues the source's last exchange. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import triples

PUB = date(2025, 3, 14)



@pytest.mark.parametrize(("text", "expected"), [
    ("The United States said it would keep up the pressure, as Tehran rejected its offer of new nuclear talks.",
     ("USA", "03", "IRN")),
    ("Seoul said it was ready to talk, but Pyongyang dismissed its proposal for military talks.", ("KOR", "03", "PRK")),
])
def test_the_owner_of_a_rejected_offer_is_not_who_rejects_it(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found


def test_the_owner_of_an_announced_plan_is_who_announces_it(code):
    found = triples(code("China announced its plan for talks with Japan.", published=PUB))
    assert ("CHN", "03", "JPN") in found, found


def test_a_spokesperson_speaking_of_a_state_body_speaks_for_it(code):
    text = ("Two Iranian tankers docked in China last month. A spokesperson said the State Department does not "
            "comment on intelligence matters.")
    found = triples(code(text, published=PUB), sentence=1)
    assert found and found[0][0] == "USA", found


def test_a_spokesperson_speaking_of_the_kremlin_speaks_for_it(code):
    text = "Moscow and Kyiv traded barbs. A spokesperson said the Kremlin would not comment on the talks."
    found = triples(code(text, published=PUB), sentence=1)
    assert found and found[0][0] == "RUS", found


@pytest.mark.parametrize(("text", "expected"), [
    ("The interim authorities said their forces came under a deadly attack from loyalist fighters in Syria.",
     ("SYR", "19", "SYR")),
    ("The Indian embassy came under attack from protesters in Dhaka.", ("BGD", "19", "IND")),
])
def test_whoever_came_under_attack_is_its_target(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found, found


def test_an_unsaid_target_continues_the_sources_last_exchange(code):
    text = ("The G7 talks opened in Quebec on Monday. Ukraine said it was ready to accept a U.S. proposal for a truce. "
            "Ukraine is committed to moving quickly toward peace, its president said.")
    found = triples(code(text, published=PUB), sentence=2)
    assert found and all(t == "USA" for _, _, t in found), found


def test_the_sources_own_last_act_comes_before_what_was_done_to_it(code):
    text = ("Canadian Foreign Minister Melanie Joly held talks with Ukraine on Monday. "
            "Ukraine said it was ready to accept a U.S. proposal for a truce. "
            "Ukraine is committed to moving quickly toward peace, its president said.")
    found = triples(code(text, published=PUB), sentence=2)
    assert found and all(t == "USA" for _, _, t in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Somalia are in a dispute. Japan protested to the United Nations. Japan's foreign minister "
     "rejected Kenya's request to postpone the talks.", ("KEN", "02", "JPN")),
    ("Brazil complained to the WTO. Argentina's president welcomed Chile's offer to host talks.",
     ("CHL", "03", "ARG")),
])
def test_who_answers_a_request_is_its_target_before_the_story(code, text, expected):
    found = triples(code(text, published=PUB), sentence=text.count(". "))
    assert expected in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany said there was reason to be hopeful about talks with Poland.", ("DEU", "01", "POL")),
    ("Moscow and Washington held talks in Riyadh. Russia's foreign minister told reporters: \"I think there is "
     "cause to be optimistic.\"", ("RUS", "01", "USA")),
])
def test_a_feeling_that_grounds_hold_is_the_speakers(code, text, expected):
    found = triples(code(text, published=PUB), sentence=text.count(". "))
    assert expected in found, found


def test_a_feeling_of_others_is_not_the_speakers(code):
    found = triples(code("Germany said analysts were hopeful about talks with Poland.", published=PUB))
    assert all(f[0] != "DEU" or f[1] != "01" for f in found), found


@pytest.mark.parametrize("text", [
    "Moscow and Washington held talks in Riyadh on Tuesday.",
    "Russian and American officials met in Riyadh on Tuesday.",
])
def test_two_parties_meeting_in_a_third_capital_meet_each_other(code, text):
    found = triples(code(text, published=PUB))
    assert found and all({f[0], f[2]} == {"RUS", "USA"} for f in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("The sanctions imposed by Washington on Tehran took effect on Monday.", ("USA", "16", "IRN")),
    ("The tariffs imposed by China on Canada took effect on Friday.", ("CHN", "16", "CAN")),
])
def test_the_agent_of_a_participle_did_the_act_it_describes(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found and all(f[2] != expected[0] for f in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainians are fighting for freedom. \"It is welcome that the freeze was lifted by Washington,\" the French "
     "minister said.", ("FRA", "05", "USA")),
    ("Refugees fled the fighting. \"It is unacceptable that Beijing detained the journalists,\" the Canadian "
     "minister said.", ("CAN", "11", "CHN")),
])
def test_the_it_of_a_judgement_stands_for_the_clause_after_it(code, text, expected):
    assert expected in triples(code(text, published=PUB), sentence=1)
