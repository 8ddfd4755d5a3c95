"""The city gazetteer (data/actors/cities.tsv) and the misspelt-country fallback."""

from __future__ import annotations

from datetime import date

import pytest

from detente.actors.gazetteer import one_edit, read_table

PUB = date(2024, 3, 1)


@pytest.mark.parametrize(("name", "iso3"), [
    ("Kirkuk", "IRQ"), ("Samarra", "IRQ"), ("Basra", "IRQ"), ("Fallujah", "IRQ"), ("Hebron", "PSE"),
    ("Jericho", "PSE"), ("Sivas", "TUR"), ("Homs", "SYR"), ("Mosul", "IRQ"), ("Bombay", "IND"),
])
def test_city_is_its_country_without_a_sector(gaz, name, iso3):
    place = gaz.place(name)
    assert place is not None and (place.code, place.country) == (iso3, iso3)
    assert place.kind == "city" and place.sector is None


def test_cities_never_override_countries_capitals_or_regions(gaz):
    assert gaz.place("Georgia").country == "GEO"  # also a US state, not a city
    assert gaz.place("Paris").kind == "capital"
    assert gaz.place("Lagos").country == "NGA"


@pytest.mark.parametrize("word", [
    "Reading", "Mobile", "Nice", "Split", "Bath", "Of", "March", "Victoria", "Jackson", "Florence", "Columbia",
])
def test_common_words_names_and_ambiguous_cities_are_not_places(gaz, word):
    assert gaz.place(word) is None


def test_find_places_finds_cities(gaz):
    words = ["Clashes", "in", "Kirkuk", "and", "Mosul", "spread", "to", "Saint", "Petersburg"]
    found = [(s, e, p.country) for s, e, p in gaz.find_places(words)]
    assert found == [(2, 3, "IRQ"), (4, 5, "IRQ"), (7, 9, "RUS")]


def test_cities_file_is_well_formed():
    rows = read_table("cities.tsv", ("name", "aliases", "iso3", "population", "geonameid"))
    assert 1000 < len(rows) < 10000
    assert all(r["iso3"].isupper() and len(r["iso3"]) == 3 and r["population"].isdigit() for r in rows)
    names = [n for r in rows for n in [r["name"], *filter(None, r["aliases"].split("|"))]]
    assert len(names) == len(set(names))  # each name denotes one city


@pytest.mark.parametrize(("typo", "iso3"), [
    ("Afghanstan", "AFG"), ("Venezuala", "VEN"), ("Indonisia", "IDN"), ("Ethopia", "ETH"),
    ("Austrailia", "AUS"), ("Britian", "GBR"), ("Argentinian", "ARG"), ("Spainn", "ESP"), ("the Philipines", "PHL"),
    ("Ethopia's", "ETH"),
])
def test_country_one_edit_away(gaz, typo, iso3):
    assert gaz.place(typo).country == iso3


@pytest.mark.parametrize("word", [
    "Etiopa",  # two edits from Ethiopia
    "Vanezeula",  # a substitution and a swap: two edits
    "Nigera",  # one edit from both Niger and Nigeria
    "Roland", "Germane", "Prussia", "Kenyon",  # real names and words
    "pakistn",  # not capitalised
    "Cubaa",  # shorter than six letters
])
def test_no_country_for_near_misses(gaz, word):
    assert gaz.place(word) is None


def test_one_edit():
    assert one_edit("quatar", "qatar") and one_edit("britian", "britain") and one_edit("ethopia", "ethiopia")
    assert not one_edit("etiopa", "ethiopia") and not one_edit("kenya", "kenya") and not one_edit("ab", "abcd")


def _first(code, text):
    events = code(text, published=PUB)
    assert events, text
    source, target = events[0]["source"] or {}, events[0]["target"] or {}
    return source.get("country"), source.get("sector"), target.get("country")


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli troops raided Jericho on Tuesday.", ("ISR", "MIL", "PSE")),  # the place attacked
    ("Thousands of protesters rallied in Kirkuk on Sunday.", ("IRQ", "CVL", "IRQ")),  # where it happens
    ("Gunmen attacked a police station near Samarra, killing three officers.", ("IRQ", "UAF", "IRQ")),
    ("Police in Sivas arrested two journalists.", ("TUR", "COP", "TUR")),  # a city's police are not GOV
    ("The Ethopian government accused Eritrea of shelling the border town.", ("ETH", "GOV", "ERI")),
])
def test_coding_uses_cities_and_misspelt_countries(code, text, expected):
    assert _first(code, text) == expected
