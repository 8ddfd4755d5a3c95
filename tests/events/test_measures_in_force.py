"""A measure told through its taking effect (issue 12, deny25): "The president said the doubled
U.S. steel and aluminum tariffs would take effect Wednesday morning" is the decided measure
(163) of the speaker's state, aimed at the party the story's measure hits, when the measure's
own words name no imposer; one they name ("25% U.S. tariffs") keeps its own."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded
from tests.events.test_rebuttals import coded_with


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump said the doubled tariffs would take effect Wednesday.", ("USA", "163")),
    ("China raised tariffs on Canadian canola on Monday. The Chinese commerce minister said the new duties "
     "would come into force on Friday.", ("CHN", "163", "CAN")),
    ("Mexico's economy minister said the higher levies on Chinese cars will take effect on January 1.",
     ("MEX", "163", "CHN")),
])
def test_a_measure_said_to_take_effect_on_a_day_is_the_speaker_s(code, text, expected):
    coded_with(code, text, expected)


def test_a_measure_that_names_its_imposer_keeps_it(code):
    found = [d[:3] for d in coded(code, "Commerce Secretary Howard Lutnick said 25% U.S. tariffs on steel imports "
                                        "will take effect Wednesday as scheduled.")]
    assert [d for d in found if d[:2] == ("USA", "163")], found


@pytest.mark.parametrize("text", [
    "Trump said the tariffs could take effect next month.",
    "The minister said the duties would take effect if the talks failed.",
])
def test_a_measure_that_may_take_effect_is_not_decided(code, text):
    found = coded(code, text)
    assert not [d for d in found if d[1] == "163"], found
