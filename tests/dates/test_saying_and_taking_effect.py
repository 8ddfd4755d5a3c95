"""Two dates the parse tends to misplace.

"Trump said [on Wednesday] he would impose tariffs": the parse hangs the date on the reported
verb, but it dates the saying; a decision announced that day is of that day, not of the next
Wednesday. "The tariffs, which [take effect on Aug. 1]": a date given in the present tense of
taking effect lies ahead, not in the year before.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.measures.test_measures import measures  # noqa: F401  (fixture)

PUB = date(2025, 7, 10)  # a Thursday


def dated(code, text):
    return [(e["cameo"], e["date"]) for e in code(text, published=PUB)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump said on Wednesday he would impose a 50% tariff on Brazilian goods.", ("163", "2025-07-09")),
    ("The ministry said on Monday it would expel two Dutch diplomats.", ("161", "2025-07-07")),
    ("Lula said on Tuesday that Brazil would retaliate against any U.S. tariffs.", ("130", "2025-07-08")),
])
def test_a_day_between_the_saying_and_the_subject_dates_the_saying(code, text, expected):
    assert expected in dated(code, text), dated(code, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump said he would visit Beijing on Wednesday.", ("036", "2025-07-16")),
    ("Officials said on Monday that talks would resume next week.", None),
])
def test_the_reported_act_keeps_a_day_of_its_own(code, text, expected):
    found = dated(code, text)
    if expected is not None:
        assert expected in found, found
    assert not any(d == "2025-07-07" and c.startswith("04") for c, d in found), found


@pytest.mark.parametrize(("text", "effective"), [
    ("Trump announced a 50% tariff on Brazilian goods on Wednesday. The tariffs, which take effect on Aug. 1, "
     "would apply to all goods from Brazil.", date(2025, 8, 1)),
    ("Canada announced a 25% surtax on U.S. steel on Wednesday. The surtax, which comes into force on Aug. 15, "
     "covers about $3 billion of goods.", date(2025, 8, 15)),
])
def test_taking_effect_in_the_present_is_ahead(measures, text, effective):  # noqa: F811
    found = [m.effective_date for m in measures(text, published=PUB)]
    assert effective in found, found


def test_taking_effect_in_the_past_stays_behind(measures):  # noqa: F811
    text = "Trump announced a tariff on Brazilian goods. The tariffs, which took effect on Aug. 1, apply to all goods."
    found = [m.effective_date for m in measures(text, published=PUB)]
    assert date(2024, 8, 1) in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("A State Department spokesperson told reporters on Monday the U.N. must maintain sanctions on North Korea.",
     ("100", "2025-07-07")),
    ("Spanish Prime Minister Pedro Sanchez said in Beijing on Tuesday that he would urge the European Commission to reconsider the tariffs.",
     ("0254", "2025-07-08")),
])
def test_a_reported_demand_or_appeal_takes_the_day_of_the_saying(code, text, expected):
    found = dated(code, text)
    assert any(c.startswith(expected[0][:3]) and d == expected[1] for c, d in found), found
