"""Whose an actor is, read as a coder reads it: the legislature a party title names, a
country's envoy to an international body, the country an envoy is sent to (not theirs), "the
diplomats" as the diplomats named just before, the country a headline is about, and words
that name whose ally or rival someone is rather than who they are. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import sources, triples

PUB = date(2025, 3, 14)


# --- a party title names the legislature -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Republican Senator Lindsey Graham criticized the decision.",
    "Democratic Representative Jason Crow criticized the decision.",
    "Democratic lawmakers criticized the decision.",
    "GOP Rep. Mike Lawler criticized the decision.",
])
def test_a_party_legislator_is_of_the_united_states(code, text):
    events = code(text, published=PUB)
    assert events and events[0]["source"]["country"] == "USA", events
    assert events[0]["source"]["sector"] == "LEG"


@pytest.mark.parametrize("text", [
    "A company representative, John Smith, praised the deal.",  # no legislature without a party or a title
    "The Republican Guard attacked the border post.",  # a party word with no legislative title says nothing
])
def test_no_legislature_without_a_legislative_title(code, text):
    for event in code(text, published=PUB):
        assert event["source"] is None or event["source"]["sector"] != "LEG" or event["source"]["country"] != "USA"


# --- envoys ------------------------------------------------------------------------------------

def test_a_countrys_ambassador_to_the_un_is_that_countrys(code):
    events = code("British Deputy U.N. Ambassador James Kariuki criticized Iran.", published=PUB)
    assert ("GBR", "11", "IRN") in triples(events), triples(events)


def test_his_un_mission_is_the_ambassadors_country(code):
    events = code("Iran's U.N. ambassador attended the session, but his U.N. mission criticized it.", published=PUB)
    assert "IRN" in sources(events), triples(events)


def test_a_un_officials_un_mission_stays_the_uns(code):
    events = code("Richard Bennett, the U.N. special rapporteur, said his U.N. mission had criticized Kabul.",
                  published=PUB)
    assert set(sources(events)) == {"IGOUNO"}, triples(events)


@pytest.mark.parametrize("text", [
    "Alex Morton, the special representative for North Korea at the State Department, met Japanese officials.",
    "Nicholas Burns, the ambassador to China, criticized the decision. Beijing rejected it.",
    "The ambassador to China criticized the decision. Beijing rejected it.",
])
def test_an_envoy_is_not_of_the_country_they_are_sent_to(code, text):
    events = code(text, published=PUB)
    assert "PRK" not in sources(events, 0) and "CHN" not in sources(events, 0), triples(events)


# --- "the diplomats": the diplomats named just before -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Top diplomats from the Group of Seven urged Russia to accept a ceasefire. "
     "The diplomats said in a joint statement that Moscow must agree to it.", "IGOGOS"),
    ("G7 foreign ministers met in Canada on Friday. "
     "The foreign ministers also opposed any attempt to change the status quo by force.", "IGOGOS"),
    ("Japan's trade ministry criticized the new duties on Monday. The ministry said Seoul must scrap them.", "JPN"),
])
def test_a_bare_role_is_the_one_named_before(code, text, expected):
    events = code(text, published=PUB)
    assert sources(events, 1) and set(sources(events, 1)) == {expected}, triples(events)


def test_other_nations_are_not_the_pair_in_focus(code):
    text = ("Syria and Turkey signed a border accord. "
            "The U.S. and other Western nations have repeatedly called for an inclusive government in Syria.")
    assert set(sources(code(text, published=PUB), 1)) == {"USA", "WST"}  # the West, CAMEO's region: not Syria


# --- whose rival, whose administration --------------------------------------------------------

def test_a_demonym_on_a_relation_noun_is_not_the_party(code):
    events = code("The United States gives military support to Chinese rivals in Asia.", published=PUB)
    assert all(t != "CHN" for _, _, t in triples(events)), triples(events)


def test_a_presidents_administration_is_their_countrys_even_when_ner_calls_the_name_an_organisation(code):
    events = code("The first Trump administration pulled out of the nuclear deal with Iran.", published=PUB)
    assert sources(events) == ["USA"], triples(events)


# --- the headline says which country the article is about ---------------------------------------

def test_an_unqualified_minister_takes_the_country_of_the_headline(code):
    events = code('"We are very optimistic," the minister said of his talks with the lender.', published=PUB,
                  title="Finance minister: Kenya's new IMF loan program on track")
    assert events and all(e["source"]["country"] == "KEN" for e in events), triples(events)


# --- the party of the sentence before ------------------------------------------------------------

def test_a_persons_nationality_is_no_party_to_take_a_target_from(code):
    text = ("Lai, a 77-year-old British national, has been held in solitary confinement since 2020. "
            "Hong Kong authorities have rejected accusations that the trial is unfair.")
    events = code(text, published=PUB)
    assert all(t != "GBR" for _, _, t in triples(events, 1)), triples(events)


# --- "the two sides" -----------------------------------------------------------------------------

def test_the_two_sides_are_the_governments_of_the_pair_met_before(code):
    """NER reads "Carney" as a place now and then: the registry still knows him, and his country
    counts for the pair the story is about."""
    events = code("Carney met Xi in Beijing. The two sides agreed to expand trade.", published=PUB)
    found = [e for e in events if e["sentence_index"] == 1]
    assert found, triples(events)
    assert {found[0]["source"]["country"], found[0]["target"]["country"]} == {"CAN", "CHN"}
    assert found[0]["source"]["sector"] == "GOV"


# --- seats of power -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Brussels imposed duties on Chinese electric vehicles.",
    "Brussels said it was ready to respond to the U.S. tariffs.",
])
def test_brussels_acting_is_the_european_union(code, text):
    found = sources(code(text, published=PUB))
    assert "IGOEEC" in found and "BEL" not in found, found


def test_a_meeting_in_brussels_names_no_party(code):
    events = code("Chinese Premier Li Qiang met Belgian Prime Minister Alexander De Croo in Brussels.", published=PUB)
    assert ("CHN", "04", "BEL") in triples(events), triples(events)


def test_a_countrys_un_mission_is_the_countrys_after_a_preposition(code):
    events = code("China's U.N. mission criticized the report.", published=PUB)
    assert sources(events) == ["CHN"], triples(events)


# --- "the bloc", "the alliance" ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union imposed duties on Chinese cars. The bloc said it remained open to talks with Beijing.",
     "IGOEEC"),
    ("NATO leaders met in The Hague. The alliance condemned the missile strikes on Kyiv.", "IGONAT"),
])
def test_the_bloc_is_the_body_named_before(code, text, expected):
    found = [s for s, c, _ in triples(code(text, published=PUB), 1) if c in ("01", "03", "11")]  # "open to talks": 036
    assert found and set(found) == {expected}, triples(code(text, published=PUB))


def test_no_bloc_without_a_body_named_before(code):
    assert sources(code("The alliance condemned the missile strikes on Kyiv.", published=PUB)) in ([], [None])


def test_an_unlisted_office_of_the_un_is_the_uns(code):
    events = code("The United Nations Office for Project Services signed a deal with Kenya.", published=PUB)
    assert sources(events) == ["IGOUNO"], triples(events)


# --- a body's head word as a modifier takes back the body named before --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The U.N. Security Council met on Iran. China's ambassador said Beijing was not supportive of "
     "Wednesday's council meeting in Vienna.", ("CHN", "11", "IGOUNO")),
    ("The International Court of Justice heard the case. Kenya rejected the court ruling.", ("KEN", "12", "IGOICJ")),
])
def test_the_council_meeting_is_the_councils_named_before(code, text, expected):
    assert expected in triples(code(text, published=PUB), sentence=1)


def test_a_body_with_words_of_its_own_is_not_the_body_named_before(code):
    text = ("The Pakistani Ministry of Foreign Affairs summoned the envoy. The Taliban foreign ministry spokesperson "
            "criticized Pakistan.")
    found = code(text, published=PUB)
    assert any(e["source"] and e["source"]["code"].startswith("AFG") for e in found if e["sentence_index"] == 1)
