"""Actors the sentence implies but does not name (events/implied.py, data/patterns/implied_actors.yaml),
and the argument rules that keep things and venues from becoming actors."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 3, 1)


def actor(a):
    return (a["country"], a["sector"]) if a else None


def coded(code, text):
    return [(actor(e["source"]), e["cameo"], actor(e["target"]), e["rule"]) for e in code(text, published=PUB)]


@pytest.mark.parametrize(("text", "source", "root", "target", "rule"), [
    # a protest by people with no target is aimed at their own government
    ("Thousands of Kenyan nurses went on strike over unpaid wages on Monday.",
     ("KEN", None), "14", ("KEN", "GOV"), "protest_own_government"),
    ("Opposition supporters blocked roads in Lusaka on Tuesday.",
     ("ZMB", "OPP"), "14", ("ZMB", "GOV"), "protest_own_government"),
    # violence with no doer: the unaligned armed forces of the place
    ("A roadside bomb killed four Nigerian soldiers near Maiduguri on Sunday.",
     ("NGA", "UAF"), "18", ("NGA", "MIL"), "unattributed_violence"),
    ("Two Turkish engineers were killed in an explosion outside the Iraqi city of Mosul.",
     ("IRQ", "UAF"), "18", ("TUR", None), "unattributed_violence"),
    # an agentless passive act of authority: the authorities of the place
    ("Two Dutch journalists were arrested in Egypt on Friday.",
     ("EGY", "COP"), "17", ("NLD", "MED"), "authority_at_place"),
    # curfews fall on the population
    ("The Malian government imposed a curfew on Thursday.",
     ("MLI", "GOV"), "17", ("MLI", "CVL"), "population_target"),
    # a ban on an act in a place falls on the people there
    ("Israel threatened to ban voting in East Jerusalem.",
     ("ISR", None), "13", ("PSE", "CVL"), "population_target"),
    # force against a town hits its people, not the government a capital stands for
    ("Russian jets bombed Homs on Monday.",
     ("RUS", "MIL"), "19", ("SYR", "CVL"), "town_population"),
])
def test_implied_actor(code, text, source, root, target, rule):
    events = coded(code, text)
    hits = [e for e in events if e[1].startswith(root)]
    assert hits, events
    src, _, tgt, rule_id = hits[0]
    assert src[0] == source[0] and (source[1] is None or src[1] == source[1]), events
    assert tgt[0] == target[0] and (target[1] is None or tgt[1] == target[1]), events
    assert f"+implied:{rule}" in rule_id


@pytest.mark.parametrize("text", [
    # the state protesting is not protesting against itself
    "Kenya protested to Uganda over the border closure.",
    # a named doer leaves nothing to imply
    "Rebels killed three villagers near Maiduguri on Sunday.",
    # an active arrest by a named police force keeps its doer
    "Egyptian police arrested two Dutch journalists on Friday.",
])
def test_nothing_implied_when_the_text_names_it(code, text):
    events = coded(code, text)
    assert events, text
    assert all("+implied:" not in e[3] for e in events), events


def test_military_adjective_on_a_thing_is_no_actor(code):
    """'military aid' is a kind of aid: the target is Bosnia, not the source's own army."""
    events = coded(code, "The United States suspended part of a military aid program for Bosnia.")
    assert {e[2] for e in events} == {("BIH", None)}, events


def test_a_military_base_is_still_an_actor(code):
    events = coded(code, "Insurgents attacked a military base in Kandahar province.")
    assert any(e[2] is not None and e[2][1] == "MIL" for e in events), events


def test_counted_demonyms_are_people(code):
    events = coded(code, "Police detained three Sudanese in Cairo on Friday.")
    assert any(e[2] == ("SDN", "CVL") for e in events), events


def test_a_town_is_a_venue_not_a_party_to_talks(code):
    events = coded(code, "India and Pakistan held talks in Geneva.")
    assert [(e[0][0], e[2][0]) for e in events] == [("IND", "PAK")], events


def test_the_pair_in_focus_minus_the_source(code):
    events = coded(code, "Pakistan's president rejected an offer from Afghanistan for talks between the two neighbours.")
    assert {e[2][0] for e in events if e[2] and e[1].startswith("12")} == {"AFG"}, events
    # the offer itself is Afghanistan's act, made to Pakistan (issue 12, item 1)
    assert {(e[0][0], e[2][0]) for e in events if e[1].startswith("03")} == {("AFG", "PAK")}, events


def test_no_target_copy_when_a_conjunct_names_it(code):
    """'established ties with and opened an embassy in X': one 054 event, with its target."""
    events = coded(code, "Sri Lanka has established diplomatic ties with and opened an embassy in Tehran.")
    support = [e for e in events if e[1] == "054"]
    assert support and all(e[2] is not None for e in support), events


def test_a_rally_to_protest_is_the_protest_of_those_who_came(code):
    """'came for a rally to protest X': the doers are who came, not the rally or its town."""
    events = coded(code, "Thousands of Ghanaians gathered on Saturday for a rally in Kumasi to protest fuel prices.")
    protests = [e for e in events if e[1].startswith("14")]
    assert protests and protests[0][0] == ("GHA", "CVL"), events


@pytest.mark.parametrize("text", [
    "Demonstrators flooded the streets of Khartoum in celebration after the ruling.",
    "Thousands of Sudanese marched to celebrate the agreement.",
])
def test_a_celebrating_crowd_is_no_protest(code, text):
    assert not [e for e in coded(code, text) if e[1].startswith("14")]


@pytest.mark.parametrize(("text", "source", "root", "target"), [
    ("Separatist rebels in Pakistan's Balochistan province have fought the army for years. "
     "The rebels blew up railway tracks on Tuesday.", "PAK", "18", "PAK"),
    ("Insurgents in Somalia have grown bolder. The insurgents shelled the airport on Friday.", "SOM", "19", "SOM"),
])
def test_an_armed_group_attacking_no_one_named_attacks_its_own_state(code, text, source, root, target):
    found = [(s[0] if s else None, c[:2], t[0] if t else None, r) for s, c, t, r in coded(code, text)]
    assert any(f[:3] == (source, root, target) and f[3].endswith("+implied:home_state") for f in found), found


def test_an_armed_group_attacking_someone_named_keeps_its_target(code):
    found = coded(code, "Somali insurgents shelled a Kenyan army base on Friday.")
    assert found and all(t is not None and t[0] == "KEN" for _, _, t, _ in found), found
