"""Who "he" and "she" are (actors/resolver.py, actors/coref.py): the person the paragraph is
about, the latest person subject of the pronoun's gender, not the last name mentioned.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 1, 15)


def sources(events, sentence):
    return [(e["source"] or {}).get("country") for e in events if e["sentence_index"] == sentence]


def test_he_continues_the_subject_not_the_last_name(code):
    text = ("Prime Minister Mark Carney of Canada arrived in Beijing on Wednesday. "
            "His visit follows a meeting with President Xi Jinping in South Korea last October. "
            "He is scheduled to meet Xi again on Friday.")
    events = [e for e in code(text, published=PUB) if e["sentence_index"] == 2]
    assert events and events[0]["source"]["country"] == "CAN" and events[0]["target"]["country"] == "CHN"


def test_he_skips_an_object_named_later(code):
    text = ("Australian Prime Minister Anthony Albanese arrived in Tokyo. "
            "The trip comes weeks after talks with Japanese Prime Minister Sanae Takaichi. "
            "He met business leaders on Thursday.")
    assert sources(code(text, published=PUB), 2) == ["AUS"]


@pytest.mark.parametrize(("text", "expected"), [
    # the seed list knows Penny Wong is a woman: "she" is not the man who spoke last
    ("Australian Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi in Beijing. "
     "Wang said the two sides should deepen trust. She said Canberra wanted stable relations with Beijing.", "AUS"),
    # an honorific says so too
    ("Mrs. Sheinbaum spoke with President Trump by phone on Monday. Trump praised the call. "
     "She later told Trump that Mexico would not accept the tariffs.", "MEX"),
])
def test_she_is_a_woman_named_before(code, text, expected):
    assert sources(code(text, published=PUB), 2) == [expected]


def test_he_is_not_a_woman(code):
    text = ("German Chancellor Friedrich Merz hosted Danish Prime Minister Mette Frederiksen in Berlin. "
            "Frederiksen thanked Germany for its support. He said Europe must stand together.")
    assert sources(code(text, published=PUB), 2) == ["DEU"]


def test_an_object_pronoun_takes_the_person_named_in_its_sentence(code):
    text = ("Pete Hegseth criticized the report on Tuesday. Five senators sent a letter to Secretary of State "
            "Marco Rubio, urging him to press China on the shipments.")
    events = [e for e in code(text, published=PUB) if e["sentence_index"] == 1 and e["cameo"].startswith("02")]
    assert events and events[0]["target"]["name"] == "Marco Rubio", events


def test_i_and_we_of_a_quote_running_on_are_its_speaker(code):
    text = ('"Ottawa will respond," Canadian Foreign Minister Anita Anand said on Tuesday. '
            '"We will impose tariffs on American goods."')
    events = [e for e in code(text, published=PUB) if e["sentence_index"] == 1]
    assert events and events[0]["source"]["country"] == "CAN" and events[0]["target"]["country"] == "USA", events


def test_i_of_a_sentence_with_its_own_speaker_is_not_the_last_one(code):
    text = ('Canadian Foreign Minister Anita Anand said Ottawa would respond. '
            '"We will impose tariffs on Canadian goods," the U.S. trade representative said.')
    events = [e for e in code(text, published=PUB) if e["sentence_index"] == 1 and e["cameo"].startswith("1")]
    assert all((e["source"] or {}).get("country") != "CAN" for e in events), events


def test_a_businessman_is_of_the_country_his_business_is_in(code):
    text = ("Lawmakers in Washington urged the administration to help free Chen. Chen, a businessman and founder "
            "of a shuttered newspaper in Hong Kong, faces trial there. He denies the charges.")
    events = [e for e in code(text, published=PUB) if e["sentence_index"] == 2]
    assert events and events[0]["source"]["country"] == "HKG", events


def test_she_continues_an_office_holder_named_by_title(code):
    text = ('Foreign ministry spokesperson Hua Mei of China said the case was handled lawfully. '
            'She criticized Canada for hyping up a judicial matter.')
    events = [e for e in code(text, published=PUB) if e["sentence_index"] == 1]
    assert events and events[0]["source"]["code"] == "CHNGOV" and events[0]["target"]["country"] == "CAN", events


def test_an_appositive_after_a_coordination_describes_the_last_name(code):
    text = ("Foreign Minister Anita Anand and Wang Yi, China's foreign minister, spoke by telephone on Tuesday. "
            "She asked Beijing to allow Canadian diplomats to visit the detainees.")
    events = code(text, published=PUB)
    assert ("CAN", "CHN") in [(e["source"]["country"], e["target"]["country"]) for e in events
                              if e["source"] and e["target"]], events


def test_a_title_with_another_sector_is_not_the_person_met_in_that_title(code):
    text = ("Pakistan's army said the attackers came from abroad. Afghan foreign ministry spokesperson Abdul Qahar "
            "Balkhi rejected the claim. The military spokesperson thanked China for its help.")
    events = [e for e in code(text, published=PUB) if e["sentence_index"] == 2]
    assert events and events[0]["source"]["name"] is None and events[0]["source"]["sector"] == "MIL", events


def test_he_is_not_the_subject_of_what_he_says(code):
    text = ('Italian Prime Minister Giorgia Meloni met Danish Prime Minister Mette Frederiksen in Rome. '
            '"Frederiksen is wrong about the tariffs," she said.')
    events = [e for e in code(text, published=PUB) if e["sentence_index"] == 1]
    assert events and events[0]["source"]["country"] == "ITA", events


@pytest.mark.parametrize(("text", "expected"), [
    ("Pakistan's foreign minister held talks with Afghan officials in Kabul. He urged them to act against "
     "militants.", ("PAK", "02", "AFG")),
    ("The Chinese envoy met Philippine diplomats on Monday. He warned them against provocations.",
     ("CHN", "13", "PHL")),
])
def test_them_takes_back_a_plural_named_before_not_the_speaker(code, text, expected):
    from tests.actors.dyads import triples
    assert expected in triples(code(text, published=date(2025, 3, 14)), sentence=1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Somalia's al-Shabab militants attacked an African Union base. The attackers were repelled by Ugandan "
     "troops.", ("UGA", "19", "SOM")),
    ("Boko Haram fighters stormed a village in Borno state. Nigerian soldiers killed the attackers.",
     ("NGA", "19", "NGA")),
])
def test_the_attackers_are_who_attacked_before(code, text, expected):
    from tests.actors.dyads import triples
    events = code(text, published=date(2025, 3, 14))
    assert expected in triples(events, sentence=1)
    assert all(e["target"]["sector"] != "UAF" for e in events if e["sentence_index"] == 1 and e["target"])


@pytest.mark.parametrize(("text", "code_prefix", "expected"), [
    # an object pronoun is never the subject of its own clause, even one it inherits
    ("Austrian Chancellor Karl Nehammer spoke with Vladimir Putin on Monday, urging him to end the war.", "02",
     ("AUT", "RUS")),
    ("President Emmanuel Macron received Volodymyr Zelenskyy in Paris and promised him more air defence systems.",
     "03", ("FRA", "UKR")),
    ("Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi and warned him about Beijing's exports.",
     "01", ("USA", "CHN")),
])
def test_an_object_pronoun_is_not_its_own_clause_subject(code, text, code_prefix, expected):
    events = [e for e in code(text, published=PUB) if e["cameo"].startswith(code_prefix)]
    assert events and ((events[0]["source"] or {}).get("country"),
                       (events[0]["target"] or {}).get("country")) == expected, events
