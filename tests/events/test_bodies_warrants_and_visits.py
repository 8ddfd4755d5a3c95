"""Three kinds found by trying wordings of the state-visit genre the reviews had not covered.

- A body named by its "of" phrase ("the House of Representatives", "the chief of police") is
  that body, not the representatives or the police "of" it; its resolutions condemn, urge and
  demand as the body.
- An arrest warrant issued for someone is a legal action against them (173), by whoever issued
  it; facing, evading or ignoring one is no new warrant.
- "During Putin's visit": a named possessive is the visitor, not the subject of the clause the
  visit is mentioned in ("during his visit" stays the subject's own: "During his state visit to
  Vietnam, the Japanese emperor laid a wreath").

Every sentence was written for this test; each asserts the code, the source and the target by
their leading characters ("" where any will do)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

PUB = date(2025, 11, 20)


def _code(actor: dict[str, Any] | None) -> str:
    return "" if actor is None else actor["code"]


def _found(code, text: str) -> list[tuple[str, str, str]]:
    return [(_code(e["source"]), e["cameo"], _code(e["target"])) for e in code(text, published=PUB)]


@pytest.mark.parametrize(("text", "source", "cameo", "target"), [
    ("The U.S. House of Representatives criticized China over its treatment of Uyghurs.", "USALEG", "111", "CHN"),
    ("The Philippine House of Representatives passed a resolution condemning Chinese coast guard actions.",
     "PHLLEG", "111", "CHN"),
    ("The British House of Commons condemned the detention of the activist by Chinese authorities.",
     "GBRLEG", "111", "CHN"),
    ("Italy's Chamber of Deputies voted to condemn Russia's annexation of Crimea.", "ITALEG", "111", "RUS"),
    ("The U.S. Senate passed a resolution condemning Russia's invasion of Ukraine.", "USALEG", "111", "RUS"),
    ("The European Parliament adopted a resolution calling on Georgia to free jailed protesters.",
     "IGOEEC", "025", "GEO"),
])
def test_a_body_named_by_its_of_phrase_acts_as_the_body(code, text, source, cameo, target):
    found = _found(code, text)
    assert any(s.startswith(source) and c.startswith(cameo) and t.startswith(target) for s, c, t in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The International Criminal Court issued an arrest warrant for Russian President Vladimir Putin.",
     "IGOICC", "RUSGOV"),
    ("A court in Moscow issued an arrest warrant for the ICC prosecutor in absentia.", "RUSJUD", "IGOICC"),
    ("A Turkish court issued arrest warrants for 37 Israeli officials, including the prime minister.", "TURJUD", "ISR"),
    ("An Argentine judge issued a warrant for the arrest of Venezuela's president.", "ARG", "VENGOV"),
])
def test_an_arrest_warrant_is_a_legal_action_against_whom_it_names(code, text, source, target):
    found = _found(code, text)
    assert any(s.startswith(source) and c == "173" and t.startswith(target) for s, c, t in found), found


@pytest.mark.parametrize("text", [
    "Putin faces an arrest warrant over the deportation of Ukrainian children.",
    "The former president has evaded an arrest warrant for months.",
    "Police obtained a search warrant for the house of the opposition leader.",
])
def test_a_warrant_faced_evaded_or_for_a_search_is_no_new_charge(code, text):
    found = _found(code, text)
    assert all(c != "173" for _, c, _ in found), found


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Mongolia ignored the ICC warrant during Putin's visit to Ulaanbaatar.", "RUS", "MNG"),
    ("Modi and Putin signed several deals during Putin's visit to New Delhi.", "RUS", "IND"),
    ("Protesters gathered outside the embassy during Blinken's visit to Beijing.", "USA", "CHN"),
])
def test_the_possessive_of_a_visit_is_the_visitor(code, text, source, target):
    visits = [(s, t) for s, c, t in _found(code, text) if c == "042"]
    assert any(s.startswith(source) and t.startswith(target) for s, t in visits), visits
