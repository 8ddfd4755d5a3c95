"""Sanctions and tariffs "target" and "hit" what they aim at; that is no attack. An armed act
that targets a place stays one."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded


@pytest.mark.parametrize("text", [
    "European Union governments on Friday approved a package of sanctions against Russia, targeting nearly "
    "200 vessels of its shadow fleet.",
    "The new sanctions target 200 vessels of the shadow fleet and several oil terminals.",
    "Washington announced new tariffs on Chinese steel, hitting several ports and terminals in Shanghai.",
])
def test_a_measure_aiming_at_something_is_no_attack(code, text):
    found = [d[1] for d in coded(code, text)]
    assert not [c for c in found if c[:2] in ("18", "19", "20")], found


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrainian drones targeted an oil refinery in the Ryazan region overnight.", ("UKR", "RUS")),
    ("Houthi rebels targeted a cargo ship in the Red Sea, the U.S. military said.", ("YEM", None)),
])
def test_an_armed_act_that_targets_a_place_stays_an_attack(code, text, expected):
    found = [d for d in coded(code, text) if d[1][:2] in ("18", "19")]
    assert any(d[0] == expected[0] and (expected[1] is None or d[2] == expected[1]) for d in found), found
