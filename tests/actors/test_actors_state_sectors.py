"""A state acting as a state is its government (CAMEO: GOV), not the bare country: what it
decides, asks or holds ("Russia's position", "Moscow's proposal", "the Chinese decision"),
and a state carried over from an earlier sentence that named it by its leader or capital.
What only belongs to the country ("Canadian canola", "Russia's economy") stays the country's.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from tests.actors.dyads import code_triples as codes

PUB = date(2025, 3, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany criticized Moscow's proposal for a ceasefire.", ("DEU", "11", "RUSGOV")),
    ("Beijing rejected Washington's decision to raise tariffs on steel.", ("CHNGOV", "12", "USAGOV")),
    ("U.S. officials will closely examine Russia's position before the next round.", ("USAGOV", "01", "RUSGOV")),
    ("The Dutch foreign minister welcomed the Chinese decision on Monday.", ("NLDGOV", "05", "CHNGOV")),
    # a possessive pronoun for a state: "its offer" is its government's
    ("The United States renewed pressure on Iran as Tehran rejected its offer for new talks.",
     ("IRNGOV", "12", "USAGOV")),
    # a seat with a sector of its own keeps it
    ("Moscow criticized the Pentagon's decision to send more troops.", ("RUSGOV", "11", "USAMIL")),
])
def test_a_states_stance_is_its_governments(code, text, expected):
    found = codes(code(text, published=PUB))
    assert expected in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("China imposed duties on Canadian canola.", ("CHN", "16", "CAN")),
    ("The European Union imposed sanctions on Russia's oil exports.", ("IGOEEC", "16", "RUS")),
])
def test_what_only_belongs_to_the_country_stays_the_countrys(code, text, expected):
    found = codes(code(text, published=PUB))
    assert expected in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.N. envoy Hanna Tetteh spoke in New York on Tuesday. The war has left the economy in ruins, and "
     "reconstruction now depends on Libya's interim authorities. She called for the creation of an inclusive "
     "government.", ("IGOUNO", "02", "LBYGOV")),
    ("Mark Rutte spoke in Brussels. Much of the dispute turns on remarks by Russian President Vladimir Putin. "
     "NATO called for calm.", ("IGONAT", "02", "RUSGOV")),
])
def test_a_state_carried_from_a_sentence_before_keeps_its_government(code, text, expected):
    """The earlier sentence named the state by its authorities or its leader: the target is that
    government, not the bare country."""
    found = codes(code(text, published=PUB), sentence=2)
    assert expected in found, found


@pytest.mark.parametrize(("text", "sentence", "expected"), [
    # the party of the sentence before, named bare, acted upon as a state
    ("China imposed anti-dumping duties on Australian barley. Canberra condemned the move on Tuesday.",
     1, ("AUSGOV", "11", "CHNGOV")),
    ("Ukraine said it was ready to accept the truce. Germany welcomed the step on Wednesday.",
     1, ("DEU", "05", "UKRGOV")),
])
def test_a_state_taken_from_the_story_in_diplomacy_is_its_government(code, text, sentence, expected):
    found = codes(code(text, published=PUB), sentence=sentence)
    assert expected in found, found


def test_a_country_word_in_what_an_act_says_is_read_with_its_phrase(code):
    """ "expects the interim Afghan government to ...": the government, not Afghanistan at large."""
    text = ('"India expects the interim Nepali government to stop the smuggling across the border," the army '
            "said on Friday, repeating a demand.")
    found = codes(code(text, published=PUB))
    assert any(t == "NPLGOV" for _, _, t in found), found
