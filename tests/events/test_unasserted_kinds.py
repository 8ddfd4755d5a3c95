"""Wordings that look like acts and assert none (issue 12, false alarms): a vessel's voyage is
no visit; what a think-tank programme's director forecasts, even in a participle clause, is
no one's act; "may" and "could" reach the participle and the means clause of the act they
modify; what a copula calls crucial is needed, not given; a hope told as past by the hoper
is a regret (012), not an intention; where a border should run asks nothing of anyone; a
clause carried by "no sign" or "little reason" is doubted, not reported."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import PUB, coded


def _codes(code, text):
    return [(src, cameo, tgt) for src, cameo, tgt, _ in coded(code, text)]


# --- a vessel's voyage ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Iranian cargo ship Jairan left Bandar Abbas in January. During the trip, it made a "
    "two-day stop at a Chinese port and delivered its cargo to Iran.",
    "A Russian-flagged tanker left the Baltic on Monday. During its voyage, the vessel made a brief "
    "stop at a Turkish port.",
    "The Chinese freighter sailed from Shanghai last week. On the trip, the ship called at an Indian port.",
])
def test_a_vessels_trip_is_no_visit(code, text):
    assert not [c for c in _codes(code, text) if c[1].startswith("04")], _codes(code, text)


def test_a_leaders_trip_is_still_a_visit(code):
    text = ("Indian Prime Minister Narendra Modi left for Japan on Monday. "
            "During the trip, he held talks with Japanese Prime Minister Shigeru Ishiba in Tokyo.")
    assert any(c[1].startswith("04") and c[0] == "IND" for c in _codes(code, text)), _codes(code, text)


# --- commentators: a programme at a think tank; a participle in their forecast ----------------

@pytest.mark.parametrize("text", [
    "Ken Gause, director of the Adversary Analytics Program at CNA, thinks North Korea could escalate "
    "threats, hoping that Trump will win the election.",
    "Jane Smith, director of the Korea Program at the Wilson Center, thinks Pyongyang could resume talks "
    "with Seoul, hoping that Washington will ease sanctions.",
    "John Park, head of the Asia Studies Project at Harvard University, believes China may retaliate "
    "against Japan, hoping that Tokyo will back down.",
])
def test_a_programme_directors_forecast_is_no_event(code, text):
    assert not _codes(code, text)


def test_a_state_agencys_director_still_acts(code):
    text = ("Mohammad Eslami, director of the Atomic Energy Organization of Iran, said Tehran would "
            "expel the inspectors.")
    assert any(c[0] == "IRN" and c[1].startswith("13") for c in _codes(code, text)), _codes(code, text)


# --- "may" and "could" over participles and means clauses -------------------------------------

@pytest.mark.parametrize("text", [
    "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin on Monday. "
    "\u201cEncouraged by mild sanctions, he may tease the U.S. further by attempting to buy more "
    "Russian weapons and defying the U.S. in Syria,\u201d Yesilada said.",
    "Venezuelan President Nicolas Maduro spoke on state television on Monday. "
    "Emboldened by high oil prices, Caracas might snub Washington by courting Chinese buyers and "
    "defying U.S. sanctions, Smith said.",
])
def test_speculation_reaches_participles_and_means(code, text):
    found = [c for c in _codes(code, text) if c[1][:3] in ("051", "061", "128")]
    assert not found, _codes(code, text)


def test_a_told_participle_stays(code):
    text = ("Chinese President Xi Jinping spoke to reporters on Monday. Angered by the new tariffs, "
            "Beijing retaliated against Canada by imposing duties on canola.")
    assert ("CHN", "160", "CAN") in _codes(code, text), _codes(code, text)


# --- what is needed -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Pakistan is seeking a new loan from the IMF. Washington's support is crucial for Islamabad to "
    "negotiate the bailout package successfully.",
    "Kenya and Somalia remain at odds. Chinese investment is vital for Nairobi to build the railway.",
    "Ukraine is short of shells. European aid remains essential for Kyiv to hold the front.",
])
def test_a_need_is_no_act(code, text):
    found = [c for c in _codes(code, text) if c[1][:2] in ("04", "05", "06", "07")]
    assert not found, _codes(code, text)


def test_a_support_given_is_still_support(code):
    text = "Pakistan is seeking a new loan. Washington's support was welcomed by Islamabad."
    assert any(c[1] == "051" for c in _codes(code, text)), _codes(code, text)


# --- a hope told as past ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Somalia took the dispute to the court in 2014. \u201cWe hoped that it would be possible to settle "
    "our dispute with Kenya bilaterally,\u201d the Somali foreign minister said.",
    "Kenya rejected the ruling. Nairobi had hoped to resolve the maritime dispute with Somalia through talks.",
])
def test_a_past_hope_is_a_regret(code, text):
    found = _codes(code, text)
    assert any(c[1] == "012" for c in found) and not any(c[1].startswith("03") for c in found), found


@pytest.mark.parametrize("text", [
    "Somalia took the dispute to the court. \u201cWe hope to settle our dispute with Kenya through "
    "negotiations,\u201d the Somali foreign minister said.",
    "North Korea tested a missile on Monday. In 2019, Trump hoped to meet Kim again in Pyongyang.",
])
def test_a_present_or_narrated_hope_stays_an_intention(code, text):
    assert any(c[1].startswith("03") for c in _codes(code, text)), _codes(code, text)


# --- where a border runs; doubted clauses --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kenya and Somalia dispute their sea border. Nairobi claims the frontier should head in a straight line east.",
    "Ethiopia and Eritrea dispute the town. Asmara says the boundary must follow the river.",
])
def test_where_a_border_runs_is_no_appeal(code, text):
    assert not [c for c in _codes(code, text) if c[1][:2] in ("02", "10")], _codes(code, text)


def test_a_demand_on_a_party_stays(code):
    text = "Kenya and Somalia dispute their sea border. Nairobi says Mogadishu should withdraw its case."
    assert any(c[1].startswith("02") for c in _codes(code, text)), _codes(code, text)


@pytest.mark.parametrize("text", [
    "\u201cThere is little reason to think that the two leaders will meet this year,\u201d the diplomat said.",
    "North Korea fired a missile on Monday. There is no sign that Pyongyang will resume talks with Seoul, "
    "the official said.",
])
def test_a_doubted_clause_is_no_intention(code, text):
    assert not [c for c in _codes(code, text) if c[1].startswith("03")], _codes(code, text)


def test_a_likely_clause_stays(code):
    text = ("North Korea fired a missile on Monday. There is every reason to believe that Pyongyang will "
            "resume talks with Seoul, the minister said.")
    assert any(c[1].startswith("03") for c in _codes(code, text)), _codes(code, text)


# --- office holders in the plural: the body's members, not the most named country ---------

@pytest.mark.parametrize(("text", "source"), [
    ("The G7 joint statement said the group remains concerned with China's military build-up. "
     "The foreign ministers also reaffirmed their serious concerns over the South China Sea.", "IGOGOS"),
    ("The European Union agreed new sanctions on Russia on Monday. Moscow condemned the decision. "
     "The ministers also pledged more military aid to Ukraine.", "IGOEEC"),
])
def test_plural_office_holders_are_the_bodys(code, text, source):
    found = [e for e in code(text, published=PUB) if e["rule"].split("+")[0] in
             ("statement.express_concern", "aid.pledge_military")]
    assert found and all((e["source"] or {}).get("code") == source for e in found), found


def test_the_ministers_of_a_pair_stay_the_pair(code):
    text = ("Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Takeshi Iwaya in Tokyo. "
            "The ministers agreed to resume talks.")
    assert ("CHN", "036", "JPN") in _codes(code, text), _codes(code, text)
