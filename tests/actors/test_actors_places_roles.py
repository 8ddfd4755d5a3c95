"""Places a document disambiguates, country words that only describe a place or a thing, and
rank words on titles (actors/context.py, actors/phrases.py, data/actors/phrase_words.tsv,
data/actors/city_alternates.tsv)."""

from __future__ import annotations

import pytest

from detente.actors.context import described_by
from detente.actors.gazetteer import read_table
from detente.actors.resolver import DocumentActors


def actors_of(nlp, text: str, word: str, nth: int = 0) -> tuple[DocumentActors, list]:
    doc = nlp(text)
    actors = DocumentActors(doc)
    token = [t for t in doc if t.text == word][nth]
    return actors, actors.resolve(token)


def codes(found) -> list[str | None]:
    return [a.code for a in found]


# --- cities several countries share -------------------------------------------------------
def test_alternates_file_is_well_formed_and_names_other_countries(gaz):
    rows = read_table("city_alternates.tsv", ("name", "iso3", "population", "geonameid"))
    assert rows and all(r["iso3"].isupper() and len(r["iso3"]) == 3 and r["population"].isdigit() for r in rows)
    for row in rows:
        place = gaz.place(row["name"])
        assert place is None or place.country != row["iso3"], row


def test_the_gazetteer_keeps_the_biggest_and_knows_the_others(gaz):
    assert gaz.place("Tripoli").country == "LBY"
    assert "LBN" in gaz.alternates("Tripoli")
    assert gaz.alternates("Kirkuk") == ()


@pytest.mark.parametrize(("text", "word", "country"), [
    # the document places events in Lebanon: Tripoli is the Lebanese port
    ("Rival gunmen fought in Tripoli overnight as shelling hit the northern Lebanese city again.", "Tripoli", "LBN"),
    ("Army units entered Tripoli on Monday after a week of clashes in Lebanon.", "Tripoli", "LBN"),
    # no other country named as a place: the biggest city (here the capital)
    ("Rival gunmen fought in Tripoli overnight, Libyan officials said.", "Tripoli", "LBY"),
    # a visitor's country is no place of the story: London stays British
    ("The Canadian trade minister arrived in London for talks.", "London", "GBR"),
])
def test_a_shared_city_name_takes_the_country_the_document_places_events_in(nlp, text, word, country):
    actors, _ = actors_of(nlp, text, word)
    token = next(t for t in actors.doc if t.text == word)
    assert actors.place_of(token).country == country


def test_actors_in_the_shared_city_follow_it(nlp):
    _, found = actors_of(nlp, "Militiamen clashed with police in Tripoli as fires spread through the "
                              "Lebanese port.", "Militiamen")
    assert codes(found) == ["LBNREB"]


# --- a country word on a border, a coast, a language ----------------------------------------
@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Government troops overran a rebel base near the Kenyan border.", "Kenyan", "edge"),
    ("Smugglers were arrested along the Turkish frontier.", "Turkish", "edge"),
    ("A fishing boat sank off the Libyan coast.", "Libyan", "edge"),
    ("Villagers fled to the border with Chad.", "Chad", "edge"),
    ("The law restricts the use of the Ukrainian language in schools.", "Ukrainian", "thing"),
    ("Ministers praised Turkish-language newspapers.", "Turkish", "thing"),
    # a rim noun that modifies another noun: the guards are Libyan
    ("The Libyan coast guard detained forty migrants.", "Libyan", None),
    ("Turkish border guards detained forty migrants.", "Turkish", None),
])
def test_described_by(nlp, gaz, text, word, kind):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word or t.text.startswith(word + "-"))
    assert described_by(token, gaz) == kind


def test_a_border_country_is_not_the_country_of_the_story(nlp):
    text = ("Ethiopian troops seized a rebel stronghold near the Kenyan border, "
            "Kenyan police said on Friday.")
    actors, found = actors_of(nlp, text, "stronghold")
    assert actors.context.counts["KEN"] == 1  # the police only
    assert codes(found) == ["ETHREB"]


def test_a_language_is_not_its_country(nlp):
    text = "The Estonian parliament eased limits on the use of the Russian language in state schools."
    actors, found = actors_of(nlp, text, "use")
    assert "RUS" not in actors.context.counts
    assert all(a.country != "RUS" for a in found)
    _, language = actors_of(nlp, text, "language")
    assert all(a.country != "RUS" for a in language)



@pytest.mark.parametrize(("text", "word"), [
    # the people in "people-to-people ties" are a kind of tie, no civilians of the country in focus
    ("Carney said the talks would cover trade, energy and people-to-people ties with China.", "ties"),
    ("Both sides pledged to expand people-to-people exchanges.", "exchanges"),
    ("The minister praised the military relationship between Manila and Washington.", "relationship"),
    ("Seoul wants closer business relations with Tokyo.", "relations"),
])
def test_relations_between_parties_are_no_actor(nlp, text, word):
    _, found = actors_of(nlp, text, word)
    assert found == []


@pytest.mark.parametrize(("text", "word", "code"), [
    # a country's delegation, mission or statement is its government's
    ("A Chinese delegation arrived in Ottawa on Monday.", "delegation", "CHNGOV"),
    ("The U.S. Mission to the United Nations said Iran had broken the resolution.", "Mission", "USAGOV"),
    ("Russia's mission to the OSCE condemned the decision.", "mission", "RUSGOV"),
    ("The Japanese statement called the launch a grave provocation.", "statement", "JPNGOV"),
    # unless its modifier says whose it is
    ("A Chinese military delegation arrived in Brasilia.", "delegation", "CHNMIL"),
    ("A German business delegation arrived in Beijing.", "delegation", "DEUBUS"),
])
def test_a_countrys_delegation_mission_or_statement(nlp, text, word, code):
    _, found = actors_of(nlp, text, word)
    assert codes(found) == [code]

# --- rank words and role words ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "word", "code"), [
    ("The deputy chief of the Syrian army resigned on Sunday.", "chief", "SYRMIL"),
    ("The vice commander of the Iraqi navy resigned on Sunday.", "commander", "IRQMIL"),
    ("The Syrian deputy minister resigned on Sunday.", "minister", "SYRGOV"),
    ("A Syrian deputy resigned his seat on Sunday.", "deputy", "SYRLEG"),  # a deputy alone sits in parliament
])
def test_a_rank_lets_the_head_noun_decide(nlp, text, word, code):
    _, found = actors_of(nlp, text, word)
    assert codes(found) == [code]


def test_deputy_before_an_unlisted_head_is_no_legislator(nlp):
    _, found = actors_of(nlp, "Gunmen killed the deputy chief of the Syrian militia.", "chief")
    assert all(a.sector != "LEG" for a in found)


def test_a_title_before_a_name_gives_the_sector(nlp):
    _, found = actors_of(nlp, "Kenya deported suspected Somali militant Abdi Farah Warsame on Tuesday.",
                         "Warsame")
    assert codes(found) == ["SOMREB"]


@pytest.mark.parametrize("text", [
    "Gunmen ambushed UN peacekeepers near the town.",
    "Gunmen ambushed United Nations peacekeepers near the town.",
])
def test_peacekeepers_of_an_igo_are_military(nlp, text):
    _, found = actors_of(nlp, text, "peacekeepers")
    assert [(a.code, a.sector) for a in found] == [("IGOUNO", "MIL")]
