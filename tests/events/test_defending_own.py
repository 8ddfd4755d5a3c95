"""A state objecting to what befell its own firms or people objects to whoever did it to them:
"The EU added 31 companies, several in China, to its sanctions list. China firmly opposed the
inclusion of Chinese firms" is aimed at the EU, not at the Chinese firms. An objection to the
state's own rebels, or by a group that is no state, is left as it is."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2025, 5, 24)


def triples(code, text):
    return [((e["source"] or {}).get("code"), e["cameo"][:2], (e["target"] or {}).get("code")) for e in code(text, published=PUB)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union on Friday added 31 companies, including several in China, to its sanctions list. "
     "China's foreign ministry said it firmly opposed the inclusion of Chinese firms.", ("CHNGOV", "11", "IGOEEC")),
    ("Thai police arrested 45 Chinese nationals in a raid on a scam center in Bangkok on Monday. "
     "Beijing condemned the arrest of Chinese citizens and demanded their release.", ("CHNGOV", "11", "THA")),
])
def test_an_objection_on_behalf_of_its_own_people_aims_at_the_doer(code, text, expected):
    found = triples(code, text)
    assert any(s == expected[0] and c == expected[1] and (t or "").startswith(expected[2]) for s, c, t in found), found


@pytest.mark.parametrize(("text", "kept"), [
    ("Chad's army attacked rebel positions near the border with Sudan on Sunday. "
     "The Chadian government accused the rebel group of attacking civilians.", "TCDREB"),
])
def test_an_objection_to_its_own_rebels_stays_aimed_at_them(code, text, kept):
    found = triples(code, text)
    assert any(c == "11" and (t or "").startswith(kept) for _, c, t in found), found
