"""Targets the pattern's own slots miss: found in complements, nominal objects, conditions
and, for acts against a place, the place (events/arguments.py _reached_targets)."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2024, 3, 1)


def dyads(events):
    return [(e["source"]["country"] if e["source"] else None, e["cameo"][:2],
             e["target"]["country"] if e["target"] else None) for e in events]


def first_dyad(code, text):
    found = dyads(code(text, published=PUB))
    assert found, text
    return found[0]


CASES = [
    # the object of a preposition inside an infinitival complement
    ("Iran threatened to cut off gas supplies to Turkey.", ("IRN", "13", "TUR")),
    # a nationality on the object of a preposition on the complement's object
    ("Spain threatened to impose restrictions against Moroccan fish imports.", ("ESP", "13", "MAR")),
    # a possessive on the object of a purpose clause
    ("Farmers began a hunger strike to protest Chile's new water law.", ("CHL", "14", "CHL")),
    # "in protest against X's ..."
    ("Dock workers stopped work in protest against Brazil's pension reform.", ("BRA", "14", "BRA")),
    # a preposition on a nominal trigger
    ("Ecuador announced a suspension of flights with Venezuela.", ("ECU", "16", "VEN")),
    # the subject of the condition of a threat
    ("Ghana threatened to halt talks unless Togo freed the detainees.", ("GHA", "13", "TGO")),
    ("Uganda threatened to close its border if Kenya raised fuel prices.", ("UGA", "13", "KEN")),
    # a passive subject and what it is for
    ("A camp for Sudanese refugees was attacked by gunmen.", ("SDN", "18", "SDN")),
    # the place of an act against a place, when nothing else is named
    ("Protesters rioted in Bamako on Friday.", ("MLI", "14", "MLI")),
    # a participle on the object: "lines leading into X"
    ("Rebels blew up a pipeline leading into Colombia.", ("COL", "17", "COL")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_reached_target(code, text, expected):
    assert first_dyad(code, text) == expected


@pytest.mark.parametrize("text", [
    "Denmark accepted a formula for ending its quota dispute.",  # "its": the actor itself
    "The governor ordered patrols by police after the riots.",  # "by" on the trigger: the doer
    "Taiwan put its forces on high alert.",
])
def test_no_target_from_the_actor_itself_or_a_reported_act(code, text):
    assert first_dyad(code, text)[2] is None


def test_the_agent_of_a_grievance_is_the_target_of_a_demand(code):
    """'to demand an end to abuses by X': X is who is asked to change; the demand of a policy
    change is what the march is for (a protest for policy change aimed at X, 1412)."""
    events = code("Students marched to demand an end to abuses by Nigerian police.", published=PUB)
    found = [(e["source"]["code"] if e["source"] else None, e["cameo"],
              e["target"]["code"] if e["target"] else None) for e in events]
    assert ("NGAEDU", "1412", "NGACOP") in found, found


def test_a_place_is_the_target_only_of_acts_against_a_place(code):
    """Praise, promises and talks in a city are not aimed at its country."""
    assert first_dyad(code, "Brazil praised the new constitution in a speech in Lisbon.") == ("BRA", "05", None)
