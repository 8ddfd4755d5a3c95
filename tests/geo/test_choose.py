"""The rules that read an ambiguous place name (detente.geo.choose), on the real place tables."""

from __future__ import annotations

import pytest

from detente.geo.book import UNPLACEABLE, PlaceBook
from detente.geo.choose import Evidence, choose


@pytest.fixture(scope="module")
def book() -> PlaceBook:
    return PlaceBook.load()


def read(book: PlaceBook, name: str, evidence: Evidence | None = None, qualifier: str | None = None,
         kind: str | None = None):
    readings = book.candidates(name)
    assert isinstance(readings, list) and readings, name
    area = None
    if qualifier is not None:
        found = book.candidates(qualifier)
        assert isinstance(found, list)
        area = choose(found, Evidence()).place  # type: ignore[union-attr]
    chosen = choose(readings, evidence or Evidence(), area, kind)
    assert chosen is not None
    return chosen.place


def evidence(book: PlaceBook, *names: str) -> Evidence:
    found = Evidence()
    for name in names:
        readings = book.candidates(name)
        assert isinstance(readings, list) and len({c.place.country for c in readings}) == 1, name
        found.add(readings[0].place)
    return found


def test_a_bare_name_is_its_weightiest_reading(book):
    assert read(book, "Paris").geonameid == 2988507  # Paris, France (2.1 million) over Paris, Texas
    assert read(book, "Georgia").country == "GEO"  # a country name outweighs a US state
    assert read(book, "Tripoli").country == "LBY"  # Libya's capital over Lebanon's port


def test_a_qualifier_after_the_comma_wins(book):
    assert read(book, "Paris", qualifier="Texas").geonameid == 4717560
    assert read(book, "Victoria", qualifier="British Columbia").geonameid == 6174041


def test_the_document_s_regions_and_countries_decide(book):
    assert read(book, "Paris", evidence(book, "Texas")).geonameid == 4717560  # a region named elsewhere
    assert read(book, "Georgia", evidence(book, "Atlanta")).admin1 == "GA"
    assert read(book, "Hyderabad", evidence(book, "Pakistan", "Karachi")).country == "PAK"
    assert read(book, "Tripoli", evidence(book, "Beirut", "Sidon")).country == "LBN"
    # country evidence alone does not move a name from a city a hundred times larger
    assert read(book, "Paris", evidence(book, "United States", "U.S.")).country == "FRA"
    # nor from a country to a region of the same name
    assert read(book, "Georgia", evidence(book, "United States")).country == "GEO"


def test_words_around_the_name_say_the_kind_of_place(book):
    assert read(book, "Georgia", kind="region").admin1 == "GA"
    assert read(book, "Quebec", kind="city").geonameid == 6325494


def test_readings_in_one_country_are_one(book):
    assert read(book, "Quebec").kind == "region"  # the province: its largest city is Montreal
    assert read(book, "New York").geonameid == 5128581  # the city: a million people and more
    assert read(book, "Washington").geonameid == 4140963  # the capital, not the state
    assert read(book, "Mexico").kind == "country"  # the country, not Mexico City


def test_venues_seats_and_regions_without_a_point(book):
    assert [c.place.geonameid for c in book.candidates("the Great Hall of the People")] == [1816670]
    assert [c.place.geonameid for c in book.candidates("the Kremlin")] == [524901]  # a seat: its capital
    assert [c.place.geonameid for c in book.candidates("U.N. Security Council")] == [5128581]
    assert book.candidates("the Middle East") is UNPLACEABLE
    assert book.candidates("Asia") is UNPLACEABLE  # not the town of Asia in the Philippines
    assert book.candidates("Zorbovia") == []


def test_names_english_news_uses(book):
    assert read(book, "Kiev").geonameid == 703448
    assert read(book, "Bombay").geonameid == 1275339
    assert read(book, "Dubai").kind == "city"  # a city the actor dictionary codes as its country
