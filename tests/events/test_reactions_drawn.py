"""Reactions told from the side of what caused them: "the visit angered Beijing", "Beijing was
angered by the decision", "drew the ire of Tehran", "sparked outrage in Kyiv", "the remarks were
met with sharp criticism from Tokyo" (111 by the angered party at the doer); and praise denied:
"'The United States is not a reliable partner,' the minister said" is blame (111), while a
denied blame ("was not a violation") says nothing. A ministry's spokesperson speaks for the
ministry named just before."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 5, 20)


def triples(code, text):
    return [((e["source"] or {}).get("country") or (e["source"] or {}).get("code"), e["cameo"],
             (e["target"] or {}).get("country")) for e in code(text, published=PUB)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan's prime minister visited the Yasukuni shrine on Friday. The visit angered Beijing and Seoul.",
     ("CHN", "111", "JPN")),
    ("Beijing was angered by Manila's decision to let U.S. troops use four more bases.", ("CHN", "111", "PHL")),
    ("Washington imposed new tariffs on Canadian lumber on Monday. The tariffs have infuriated Ottawa.",
     ("CAN", "111", "USA")),
    ("Washington's decision to send more troops drew the ire of Tehran.", ("IRN", "111", "USA")),
    ("Hungary blocked the EU aid package on Thursday. The veto sparked outrage in Kyiv.", ("UKR", "111", "HUN")),
    ("China's envoy made remarks about Japan's defence policy on Monday. The remarks were met with sharp "
     "criticism from Tokyo.", ("JPN", "111", "CHN")),
])
def test_a_reaction_told_from_what_caused_it(code, text, expected):
    found = triples(code, text)
    assert expected in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ('"The United States is not a reliable partner," Iran\'s foreign minister said.', ("IRN", "111", "USA")),
    ("Iran said the U.S. proposal was not constructive.", ("IRN", "111", "USA")),
])
def test_praise_denied_is_blame(code, text, expected):
    assert expected in triples(code, text), triples(code, text)


@pytest.mark.parametrize("text", [
    "Iran said the U.S. proposal was not a violation of the deal.",
    "The storm angered residents of the coastal town.",
    "The decision to delay the film angered fans.",
])
def test_no_blame_without_a_party_or_with_a_denied_charge(code, text):
    assert not [t for t in triples(code, text) if t[1].startswith("11")], triples(code, text)


def test_a_ministry_spokesperson_speaks_for_the_ministry_named_before(code):
    text = ("Canada's trade minister criticized the U.S. warning on Wednesday. China's Ministry of Commerce also "
            "criticized the warning. A ministry spokesperson said on Thursday that Washington was trying to "
            "coerce its neighbours.")
    found = [t for t in triples(code, text) if t[1].startswith("112")]
    assert found and found[0][0] == "CHN", triples(code, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Malaysia will host the ASEAN summit in October. China and Russia vowed to deepen their strategic "
     "partnership.", ("CHN", "032", "RUS")),
    ("Indonesia opened a new embassy in Canberra. Japan and India agreed to strengthen their defence ties.",
     ("JPN", "03", "IND")),
])
def test_their_own_relation_is_with_each_other(code, text, expected):
    found = [(s, c[:len(expected[1])], t) for s, c, t in triples(code, text)]
    assert expected in found, found


def test_a_war_vowed_is_aimed_at_the_foe_not_at_the_mediator(code):
    text = ("Hamas fired several rockets toward southern Israel, most of which were intercepted, the military said. "
            "Egyptian and Qatari mediators have been trying to broker a new truce. "
            "Israel's prime minister has vowed to continue the war until Hamas is destroyed.")
    found = [t for t in triples(code, text) if t[0] == "ISR" and t[1].startswith("13")]
    assert found and all(t[2] == "PSE" for t in found), triples(code, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's foreign ministry said Britain was to blame for the crisis.", ("RUS", "112", "GBR")),
    ("Iran said Washington was to blame for the collapse of the talks.", ("IRN", "112", "USA")),
])
def test_a_party_said_to_be_to_blame_is_accused_and_blames_no_one(code, text, expected):
    found = triples(code, text)
    assert expected in found and not [t for t in found if t[0] == expected[2]], found
