"""Word senses (issue 12, item 8): "visit", "trip", "mission", "talks", "interview" and "appeal"
outside diplomacy are no 02x/03x/04x events unless political actors act in them."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 4, 10)


def roots(code, text):
    return [e["cameo"][:2] for e in code(text, published=PUB)]


@pytest.mark.parametrize("text", [
    "A class of Ghanaian pupils visited the national museum on a school trip.",
    "The students went on a field trip to Portugal in March.",
    "The climbing mission to Annapurna ended after four days.",
    "The union held talks with the mining company about wages.",
    "The coach met his players after the defeat.",
    "The singer's lawyers filed an appeal against the conviction.",
    "The actor appealed the verdict to the high court.",
    "Nurses from Cuba visited patients in rural Bolivia.",
])
def test_no_diplomacy_without_a_political_actor(code, text):
    found = roots(code, text)
    assert not [r for r in found if r in ("02", "03", "04")], found


@pytest.mark.parametrize(("text", "root"), [
    ("The Brazilian president visited Luanda on Monday.", "04"),
    ("Their second summit with Vietnam was held in Hanoi.", "04"),
    ("The Thai foreign minister said talks with Cambodia would resume.", "03"),
    ("Kenya's trade mission to Ethiopia began on Monday.", "04"),
    ("The UN secretary-general appealed for calm in Goma.", "02"),
])
def test_political_actors_still_visit_talk_and_appeal(code, text, root):
    assert root in roots(code, text), code(text, published=PUB)
