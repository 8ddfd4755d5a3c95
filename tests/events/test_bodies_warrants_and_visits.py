"""Three kinds found by trying wordings of the state-visit genre the reviews had not covered.

- A body named by its "of" phrase ("the House of Representatives", "the chief of police") is
  that body, not the representatives or the police "of" it; its resolutions condemn, urge and
  demand as the body.
- An arrest warrant issued for someone is a legal action against them (173), by whoever issued
  it; facing, evading or ignoring one is no new warrant.
- "During Putin's visit": a named possessive is the visitor, not the subject of the clause the
  visit is mentioned in ("during his visit" stays the subject's own: "During his state visit to
  Vietnam, the Japanese emperor laid a wreath").
- A go-between (who brokers or mediates a truce, a deal or talks) mediates (045) between the
  parties; it is no party to what it brokered ("a ceasefire brokered by Qatar and Egypt" was a
  ceasefire of Qatar with Egypt; "Qatar brokered a ceasefire" Qatar's own truce).
- Warships and jets sent "around", "near" or "toward" a place are a show of force there (154),
  no military aid to it; sent "to" a state they are aid (072).

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


@pytest.mark.parametrize(("text", "source", "cameo", "target"), [
    ("China sent warships and fighter jets around Taiwan in large-scale drills on Monday.", "CHN", "154", "TWN"),
    ("Russia sent two bombers near Alaska on Thursday.", "RUS", "154", "USA"),
    ("The United States sent a second aircraft carrier toward Iran.", "USA", "154", "IRN"),
    ("The Netherlands sent F-16 fighter jets to Ukraine.", "NLD", "072", "UKR"),
])
def test_forces_sent_near_a_place_are_posture_and_to_a_state_aid(code, text, source, cameo, target):
    found = _found(code, text)
    assert any(s.startswith(source) and c == cameo and t.startswith(target) for s, c, t in found), found
    assert not any(c == "072" for _, c, _ in found) or cameo == "072", found


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("Qatar brokered a ceasefire between Israel and Hamas.", [("QAT", "045", "ISR"), ("QAT", "045", "PSE")],
     [("QAT", "087", "")]),
    ("China brokered a deal between Saudi Arabia and Iran.", [("CHN", "045", "SAU"), ("CHN", "045", "IRN")],
     [("CHN", "057", "")]),
    ("The ceasefire, brokered by Qatar and Egypt, took effect on Sunday.", [("QAT", "045", ""), ("EGY", "045", "")],
     [("QAT", "087", "EGY")]),
    ("Talks between Iran and the United States, mediated by Oman, ended on Saturday.",
     [("OMN", "045", "IRN"), ("OMN", "045", "USA"), ("IRN", "046", "USA")], []),
    ("Russia and Ukraine signed a grain deal brokered by Turkey and the United Nations.",
     [("RUS", "057", "UKR"), ("TUR", "045", "")], [("TUR", "057", "")]),
])
def test_a_go_between_mediates_and_is_no_party(code, text, expected, not_expected):
    found = _found(code, text)
    for source, cameo, target in expected:
        assert any(s.startswith(source) and c.startswith(cameo) and t.startswith(target) for s, c, t in found), found
    for source, cameo, target in not_expected:
        assert not any(s.startswith(source) and c.startswith(cameo) and t.startswith(target)
                       for s, c, t in found), found
