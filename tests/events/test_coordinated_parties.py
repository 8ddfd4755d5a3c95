"""Coordinated and missing parties (issue 12): each state of a list is its own party, also where
the parser reads the list as an apposition ("coalition partners Poland, Romania and Bulgaria")
or a place phrase joins several countries ("makers in Cambodia and Vietnam"). And a measure whose
sentence names no doer takes one only where the text supports it: the name the parser lost
("[Modi] at first raised tariffs"), a measure told with it by a state, the story's latest imposer
for a verb with no subject at all; never a state the measure hits, nor an analyst's reading."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import PUB, coded


def _dyads(code, text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, c, t, _ in coded(code, text) if c.startswith(root)}


@pytest.mark.parametrize(("text", "root", "sources"), [
    # the parser hangs the list on the first name, or on the noun before it, as an apposition
    ("Coalition partners Poland, Romania and Bulgaria also supported the decision.", "05", {"POL", "ROU", "BGR"}),
    ("Regional powers Turkey, Iran and Russia also condemned the strike.", "11", {"TUR", "IRN", "RUS"}),
    ("European allies Poland and Lithuania criticized Russia's decision.", "11", {"POL", "LTU"}),
    ("Nordic neighbors Sweden and Norway criticized the Russian exercises.", "11", {"SWE", "NOR"}),
    ("Britain, France and Germany condemned the missile strike on Kyiv.", "11", {"GBR", "FRA", "DEU"}),
])
def test_each_listed_state_is_a_source(code, text, root, sources):
    found = {s for s, _ in _dyads(code, text, root)}
    assert sources <= found, found


def test_an_apposition_that_describes_one_person_is_no_list(code):
    found = {s for s, c, _, _ in coded(code, "Xi Jinping, China's president and party leader, met Putin in Moscow.")}
    assert found == {"CHN"}, found


def test_a_group_of_several_places_is_one_party_per_place(code):
    text = "The U.S. Commerce Department found that solar makers in Cambodia and Vietnam had dumped panels."
    assert {("USA", "KHM"), ("USA", "VNM")} <= _dyads(code, text, "11"), coded(code, text)


@pytest.mark.parametrize(("text", "dyad"), [
    # the parser makes the sentence-initial name the root and the verb a clause of it
    ("Trump last week issued a string of tariff decisions. Trump at first imposed 25% tariffs on Canadian and "
     "Mexican exports to the U.S., then exempted the duties on Mexican-made vehicles.", ("USA", "MEX")),
    # a measure told with one its sentence gives a state's doer
    ("He said Ottawa's tariffs targeting U.S. steel, along with tripling a previous 5% duty on American dairy to "
     "15%, are meant to pressure Washington.", ("CAN", "USA")),
    ("She said Beijing's sanctions on Lithuania, along with doubling a 10% levy on Lithuanian timber to 20%, were "
     "aimed at punishing Vilnius.", ("CHN", "LTU")),
    # no word names the doer: the story's latest imposer
    ("Canada imposed counter-tariffs on American goods on Friday. The duties on U.S. whiskey were later suspended.",
     ("CAN", "USA")),
    ("India raised duties on U.S. almonds in June. Tariffs on American apples were also doubled.", ("IND", "USA")),
])
def test_a_measure_with_no_named_doer_takes_the_one_the_text_supports(code, text, dyad):
    measures = [d for d in coded(code, text) if d[1][:2] in ("08", "16")]
    assert dyad in {(s, t) for s, _, t, _ in measures}, measures
    assert all(s is not None for s, _, _, _ in measures), measures


@pytest.mark.parametrize("text", [
    # the story's latest imposer is the state the measure hits
    "Canada imposed tariffs on American goods on Friday. Tariffs on Canadian lumber were raised last month.",
    # an analyst's reading of a measure is nobody's act
    "China imposed duties on U.S. soybeans on Tuesday. Doubling the tariffs on Chinese goods was a mistake, "
    "analysts said.",
])
def test_no_doer_where_the_text_gives_none(code, text):
    later = [e for e in code(text, published=PUB) if e["sentence_index"] == 1 and e["root"] == "16"]
    assert later and all(e["source"] is None for e in later), later
