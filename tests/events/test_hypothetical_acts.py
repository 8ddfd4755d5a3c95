"""A nominal act qualified as one that may happen ("a possible withdrawal", "a potential attack")
did not take place: no event of its own. A verb that frames it still is one ("warned of possible
retaliation" is a threat; "is weighing possible sanctions" a statement of what it considers)."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded


@pytest.mark.parametrize(("text", "absent"), [
    ("Markets fell on fears of possible U.S. tariffs on European cars.", "163"),
    ("Officials in Kyiv are bracing for a potential Russian attack on the capital.", "190"),
    ("Diplomats said preparations for a possible visit by Xi to Washington were under way.", "042"),
    ("Investors worried about the prospect of eventual sanctions against Turkish banks.", "163"),
])
def test_an_act_that_may_happen_is_no_event(code, text, absent):
    found = [d[1] for d in coded(code, text)]
    assert not [c for c in found if c.startswith(absent)], found


@pytest.mark.parametrize(("text", "expected"), [
    ("China warned of possible retaliation against Canadian canola.", ("CHN", "130", "CAN")),
    ("The European Union is weighing possible sanctions against Georgia.", ("IGOEEC", "014", "GEO")),
    ("Russia launched a massive attack on Kyiv overnight.", ("RUS", "190", "UKR")),
])
def test_a_frame_around_it_or_an_act_without_the_hedge_still_counts(code, text, expected):
    found = [d[:3] for d in coded(code, text)]
    assert any(d[1].startswith(expected[1][:3]) and d[2] == expected[2] for d in found), found
