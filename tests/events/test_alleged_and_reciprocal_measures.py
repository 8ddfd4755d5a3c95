"""Measures between states in real diplomacy news (dp13): a measure taken "for allegedly" doing
something, or "over alleged" conduct, is also the taker's accusation (112); two states that
recall or expel their envoys with no one else named do it to each other."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded

# --- "for allegedly X", "over alleged X": the measure and the accusation ----------------------------

@pytest.mark.parametrize(("text", "measure"), [
    ("Djibouti severed relations with Eritrea for allegedly arming rebels.", ("DJI", "16", "ERI")),
    ("Estonia expelled two Belarusian diplomats over alleged spying.", ("EST", "16", "BLR")),
    ("The Japanese government sanctioned three Iranian companies for allegedly shipping missile parts.",
     ("JPN", "16", "IRN")),
])
def test_a_measure_for_an_alleged_act_is_also_an_accusation(code, text, measure):
    found = [(s, c[:2], t) for s, c, t, _ in coded(code, text)]
    assert measure in found and (measure[0], "11", measure[2]) in found, found
    assert "112" in [c for _, c, _, _ in coded(code, text)]


@pytest.mark.parametrize("text", [
    "Djibouti severed relations with Eritrea over the border dispute.",
    "Estonia expelled two Belarusian diplomats on Monday.",
    "The Japanese government sanctioned three Iranian companies for shipping missile parts.",
])
def test_a_measure_with_no_allegation_is_no_accusation(code, text):
    found = coded(code, text)
    assert found and "112" not in [c for _, c, _, _ in found], found


# --- reciprocal recalls and expulsions ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ecuador and Colombia recalled their ambassadors on Friday.",
    "Rwanda and Burundi expelled each other's diplomats last year.",
    "Relations between Poland and Belarus soured. Both countries withdrew ambassadors in 2021 over the border crisis.",
])
def test_two_states_recalling_envoys_do_it_to_each_other(code, text):
    found = [(s, t) for s, c, t, _ in coded(code, text) if c.startswith("16")]
    assert len(found) == 2 and all(s and t and s != t for s, t in found) and found[0] == found[1][::-1], found


def test_two_states_recalling_envoys_from_a_third_are_not_each_other_s_target(code):
    found = [(s, t) for s, c, t, _ in coded(code, "Ecuador and Colombia recalled their ambassadors from Venezuela.")
             if c.startswith("16")]
    assert found and all(t == "VEN" for _, t in found), found
