"""Targets a sentence leaves unsaid (events/targets.py): read from the act's own clause, the
sentences just before, the headline and the pair of countries the story is about; every such
target says where it came from ("+implied:target_<where>"). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 1, 15)


def triples(events, sentence=None):
    def who(actor):
        return None if actor is None else (actor["country"] or actor["code"])
    return [(who(e["source"]), e["cameo"][:2], who(e["target"])) for e in events
            if sentence is None or e["sentence_index"] == sentence]


@pytest.mark.parametrize(("text", "expected"), [
    # a reaction to "the move", "the decision": the actor of the sentence before
    ("Beijing imposed anti-dumping duties on Australian barley. Canberra condemned the move on Tuesday.",
     ("AUS", "11", "CHN")),
    ("India raised tariffs on steel imports. The move angered Washington, which threatened retaliation.",
     ("USA", "13", "IND")),
    ("Indonesia banned nickel ore exports last year. The European Union criticized the decision.",
     ("IGOEEC", "11", "IDN")),
    # the reacting side is never its own target: the other party of the sentence before
    ("Mexico imposed tariffs on Chinese shoes. China expressed strong dissatisfaction.", ("CHN", "11", "MEX")),
])
def test_reaction_is_aimed_at_the_actor_of_the_sentence_before(code, text, expected):
    found = triples(code(text, published=PUB), sentence=1)
    assert expected in found, found


def test_previous_target_is_marked_in_the_rule(code):
    events = code("Beijing imposed duties on Australian barley. Canberra condemned the move.", published=PUB)
    reaction = [e for e in events if e["sentence_index"] == 1]
    assert reaction and reaction[0]["rule"].endswith("+implied:target_previous")


@pytest.mark.parametrize(("text", "expected"), [
    # what a statement is about names its target (not the speaker's own country)
    ("Secretary of State Marco Rubio told reporters that U.S. officials would examine Russia's position.",
     ("USA", "01", "RUS")),
    # the clause of a noun: "the announcement that X had agreed"
    ("Polish lawmakers welcomed the announcement that Ukraine had agreed to the truce.", ("POL", "05", "UKR")),
    # the object's own words: "concern over the violence in X"
    ("Germany voiced concern over the violence in Sudan.", ("DEU", "01", "SDN")),
])
def test_target_from_what_the_act_is_about(code, text, expected):
    assert expected in triples(code(text, published=PUB)), triples(code(text, published=PUB))


@pytest.mark.parametrize("text", [
    "Canada said the weather in Beijing was cold.",  # a bare "said": the place is only where the weather is
    "Both Chile and Peru condemned the attack.",  # co-authors of one act are not each other's target
])
def test_no_target_read_into_a_plain_statement_or_from_a_co_author(code, text):
    assert all(t is None for _, _, t in triples(code(text, published=PUB)))


def test_headline_names_the_other_party(code):
    events = code("Ottawa lodged a formal protest on Tuesday.", published=PUB,
                  title="Canada-China ties sour after canola ruling")
    assert ("CAN", "11", "CHN") in triples(events)
    assert events[0]["rule"].endswith("+implied:target_headline")


def test_the_pair_the_story_is_about(code):
    text = ("Japan and South Korea held talks on export controls in Seoul on Monday. "
            "Officials from the two countries met again on Tuesday. "
            "Tokyo later lodged a protest.")
    found = triples(code(text, published=PUB), sentence=2)
    assert ("JPN", "11", "KOR") in found, found


def test_no_pair_before_the_story_names_two_countries(code):
    """The first sentence's act gets no target from countries the story names only later."""
    found = triples(code("India raised tariffs on steel imports. Washington objected.", published=PUB), sentence=0)
    assert found == [("IND", "16", None)]


def test_cooperation_intent_of_two_states_is_with_each_other(code):
    found = triples(code("Chinese and Canadian leaders signalled a willingness to deepen economic cooperation.",
                         published=PUB))
    assert ("CHN", "03", "CAN") in found and ("CAN", "03", "CHN") in found, found


def test_three_parties_offering_the_same_are_not_cooperating_with_each_other(code):
    found = triples(code("Australia, Canada and the United States all offered to help.", published=PUB))
    assert found == [("AUS", "03", None), ("CAN", "03", None), ("USA", "03", None)], found


def test_press_is_not_the_target_of_a_statement(code):
    found = triples(code("The Brazilian foreign minister told reporters the talks had been useful.", published=PUB))
    assert found and all(t is None for _, _, t in found), found


def test_a_demand_repeated_beside_a_quote_is_aimed_at_whom_the_quote_names(code):
    text = ('"We expect the Afghan government to stop the attacks," the Pakistani army said on Monday, '
            'repeating a frequent demand.')
    found = triples(code(text, published=PUB))
    assert ("PAK", "10", "AFG") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("India lodged a complaint with the WTO against Turkey's steel safeguards.", ("IND", "11", "TUR")),
    ("Canada filed a complaint with the World Trade Organization over Chinese duties on canola.", ("CAN", "11", "CHN")),
    ("Russia criticized NATO.", ("RUS", "11", "IGONAT")),  # a body criticized for itself stays the target
])
def test_a_complaint_before_a_forum_is_aimed_at_the_accused(code, text, expected):
    found = triples(code(text, published=PUB))
    assert expected in found and not any(t is not None and t.startswith("IGO") and t != expected[2]
                                         for _, _, t in found), found  # never the forum


def test_an_act_on_oneself_gets_no_target_from_the_story(code):
    text = "The African Union sent troops to Somalia. Four militants blew themselves up in the hotel."
    assert triples(code(text, published=PUB), sentence=1) == [("SOM", "18", None)]


def test_they_take_back_an_international_body(code):
    text = ("G7 foreign ministers held a session on China on Friday. The G7 statement said the group remained "
            "concerned. They called on China to join arms control talks.")
    assert ("IGOGOS", "02", "CHN") in triples(code(text, published=PUB), sentence=2)


@pytest.mark.parametrize(("text", "expected"), [
    ("G7 foreign ministers discussed China's role in global security.", ("IGOGOS", "04", "IGOGOS")),
    ("EU leaders met in Brussels on Thursday.", ("IGOEEC", "04", "IGOEEC")),
    ("EU leaders met with Chinese officials in Brussels on Thursday.", ("IGOEEC", "04", "CHN")),
])
def test_a_group_s_members_consult_each_other_unless_a_partner_is_named(code, text, expected):
    assert triples(code(text, published=PUB)) == [expected]


def test_an_object_moved_after_an_as_phrase_still_names_the_target(code):
    found = triples(code("Japan condemned as a dangerous provocation China's naval drills near Okinawa.", published=PUB))
    assert ("JPN", "11", "CHN") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The African Union is set to vote on sanctions against Chinese mining firms. Diplomats said the measure "
     "has strong support from Ghana.", ("GHA", "05", "IGOOAU")),
    ("The European Union is weighing duties on Chinese steel. The plan has support from Poland.",
     ("POL", "05", "IGOEEC")),
])
def test_the_sentence_before_is_about_its_subject_first(code, text, expected):
    assert expected in triples(code(text, published=PUB), sentence=1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Lavrov told his Turkish counterpart that Moscow was ready for talks.", ("RUS", "03", "TUR")),
    ("In a phone call with his French counterpart, the Iranian foreign minister said Tehran would not negotiate "
     "under pressure.", ("IRN", "12", "FRA")),
    ("Speaking after meeting Zelenskyy, the German chancellor promised more air defense systems.",
     ("DEU", "03", "UKR")),
])
def test_an_act_told_to_or_done_in_an_exchange_is_aimed_at_the_partner(code, text, expected):
    assert expected in triples(code(text, published=PUB))


def test_the_press_told_is_no_partner(code):
    found = triples(code("Rubio told reporters that Washington was ready to help.", published=PUB))
    assert found and all(t is None for _, _, t in found), found
