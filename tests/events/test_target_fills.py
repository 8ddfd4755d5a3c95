"""Targets that are right, not guessed (events/targets.py, events/arguments.py): a target the
sentence states is found even outside the act's slots, and one the sentence does not state is
taken from the story only from a party that stands for a state (not a town, a person, a people,
a part of another name, a role or a pronoun), and from the headline only for a party of the
headline's own relationship. Mini-articles written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 2, 10)


def triples(events, sentence=None):
    def who(actor):
        return None if actor is None else (actor["country"] or actor["code"])
    return [(who(e["source"]), e["cameo"][:3], who(e["target"])) for e in events
            if sentence is None or e["sentence_index"] == sentence]


@pytest.mark.parametrize(("text", "expected"), [
    # a nominal deed as the subject of "drew criticism": its doer is the target
    ("The extension of U.S. tariffs drew criticism from Beijing on Tuesday.", ("CHN", "111", "USA")),
    ("The renewal of Japanese export curbs drew sharp condemnation from Seoul.", ("KOR", "111", "JPN")),
    # a frame noun's "by" doer is the source, never also the target
    ("The decision by Ottawa to ban Huawei from its 5G network was announced on Monday.", ("CAN", "172", "CHN")),
    ("The decision by Canberra to bar ZTE from the tender was announced on Friday.", ("AUS", "172", "CHN")),
    # the state's media criticising a capital keep the capital as target
    ("Chinese state media criticized Washington on Monday for its new chip curbs.", ("CHN", "111", "USA")),
])
def test_stated_targets_are_found(code, text, expected):
    assert expected in triples(code(text, published=PUB)), triples(code(text, published=PUB))


def test_frame_doer_is_not_its_own_target(code):
    found = triples(code("The decision by Ottawa to ban Huawei from its 5G network was announced on Monday.",
                         published=PUB))
    assert all(not (s == "CAN" and t == "CAN") for s, _, t in found), found


@pytest.mark.parametrize(("text", "sentence"), [
    # a town the story named before is no party an act is aimed at
    ("Fighters returned to Kismayo, a port town, last year. Local officials said the camp would close. "
     "The Kenyan parliament rejected the plan on Monday.", 2),
    # a people ("an ethnic Somali") is no state
    ("Hassan Ali, a Kenyan lawmaker and an ethnic Somali, spoke in Nairobi on Sunday. "
     "He rejected the proposal on Monday.", 1),
    # a country word describing a place ("her Somali hometown") says where, not who
    ("Amina Yusuf returned in 2017 to Kismayo, her southeastern Somali hometown. She said life there was hard. "
     "Kenya's interior minister rejected the plan on Monday.", 2),
    # a country word inside a hyphenated name ("Guinea-Lanta") is part of that name
    ("Mamadou is the head of Guinea-Lanta, a charity based in Lisbon. "
     "Portuguese officials said they hoped the program would be expanded.", 1),
])
def test_guessed_targets_are_not_made_up(code, text, sentence):
    found = triples(code(text, published=PUB), sentence)
    assert found and all(t is None for _, _, t in found), found


def test_headline_party_only_for_its_own_relationship(code):
    """A headline about Lai and the US does not make a Hong Kong denial one aimed at Washington."""
    text = ("Hong Kong authorities rejected accusations that the trial was unfair. "
            "They said the court acted independently.")
    found = triples(code(text, published=PUB, title="Activists for jailed tycoon turn to Trump administration"), 0)
    assert found and all(t != "USA" for _, _, t in found), found


def test_headline_party_kept_when_source_in_headline(code):
    """The source is a party of the headline: its unsaid partner there is still the target."""
    text = ("Islamabad said on Thursday that talks were on track. "
            "Officials expect to reach a deal on a new loan program within weeks.")
    found = triples(code(text, published=PUB, title="Pakistan says IMF loan talks on track"), 1)
    assert ("PAK", "030", "IGOIMF") in found, found


def test_force_takes_no_target_from_the_headline(code):
    """An act of force the sentence aims at no one is not aimed at the country of the headline."""
    text = ("Archaeologists dug at the old fort for months. "
            "Legend says a guard set fire to the gunpowder store and blew it up.")
    found = triples(code(text, published=PUB, title="Archaeologists use song to mark finds in Guinea-Bissau dig"), 1)
    assert all(t != "GNB" for _, _, t in found), found


def test_previous_party_named_by_name_still_fills(code):
    """The partner of an exchange the story just reported still fills an unsaid target."""
    text = ("Beijing imposed anti-dumping duties on Australian barley. Canberra condemned the move on Tuesday.")
    assert ("AUS", "111", "CHN") in triples(code(text, published=PUB))


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's comma list: the first party is not lost
    ("EU, Japan sign trade pact", ("IGOEEC", "057", "JPN")),
    ("China, Russia hold joint naval drills", ("CHN", "062", "RUS")),
])
def test_headline_comma_list_keeps_first_party(code, text, expected):
    assert expected in triples(code(text, published=PUB)), triples(code(text, published=PUB))


@pytest.mark.parametrize("text", [
    # a route a bare statement describes names no one it addresses
    "The U.N. refugee agency said moving food from Cabo Delgado province to Nampula was difficult.",
    "The Zambian weather office said the storm had moved from Zambia into Angola overnight.",
])
def test_bare_statement_route_is_no_target(code, text):
    found = triples(code(text, published=PUB))
    assert all(t is None for c_s, c, t in found if c == "010"), found


def test_sending_to_a_country_still_reaches_it(code):
    assert ("FRA", "033", "LBN") in triples(code("The minister said France would send aid to Lebanon.", published=PUB))
