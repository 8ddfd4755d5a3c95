"""Who only comments on a relationship (actors/commentators.py): analysts, scholars, think
tanks, companies and their spokespeople, industry associations. Their words are no event;
their acts are. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 1, 15)


def codes(code, text):
    return [(e["cameo"], (e["source"] or {}).get("code")) for e in code(text, published=PUB)]


@pytest.mark.parametrize("text", [
    '"The tariffs will hurt farmers on both sides," said Jane Doe, an analyst at the Peterson Institute.',
    "John Smith, a professor of economics at Harvard, said the sanctions would fail.",
    "Dubai-based shipping analyst Mark Kelly told reporters the cargo was probably missile fuel.",
    "The head of the Canadian Canola Growers Association criticized Beijing's decision.",
    "A Tesla spokesperson declined to comment.",
    "Toyota said it would cut production in Canada.",
    "The U.S.-China Business Council criticized the new export controls.",
    "Analysts said China would retaliate.",
    "The Ministry of Commerce did not respond to a request for comment.",
])
def test_commentary_is_no_event(code, text):
    assert codes(code, text) == []


@pytest.mark.parametrize(("text", "cameo", "source"), [
    ("Shell sued the Nigerian government over the seizure of its oil fields.", "115", "GBRBUS"),
    ("The U.S.-China Business Council signed an agreement with the Chinese Ministry of Commerce.", "057", None),
    ("Amnesty International condemned the arrests.", "111", "NGOAMN"),  # a rights group is no commentator
    ("The Association of Desert Lawyers condemned the arrests in Niger.", "111", None),
    ("Chinese Foreign Ministry spokesperson Mao Ning criticized the tariffs.", "111", "CHNGOV"),
    ("Students marched in Lagos to demand an end to police abuses.", "14", None),
])
def test_acts_and_parties_stay_events(code, text, cameo, source):
    found = codes(code, text)
    assert any(c.startswith(cameo) and (source is None or s == source) for c, s in found), found


@pytest.mark.parametrize("text", [
    "A powerful storm killed five people in northern Italy on Monday.",
    "A car crash killed three people near Lyon.",
    "A man stabbed his neighbour in a dispute over parking, police said.",
])
def test_weather_accidents_and_private_crimes_are_no_events(code, text):
    assert codes(code, text) == []


def test_police_acting_at_home_is_an_event(code):
    assert ("173", "KENCOP") in codes(code, "Police arrested two protesters outside parliament in Nairobi.")


def test_a_described_professor_is_a_commentator_whatever_the_parse(code):
    text = ('"They see a window to get more aid," said Kenji Sato, senior associate politics and international '
            'studies professor at Meiji University in Tokyo.')
    assert codes(code, text) == []


def test_a_commerce_ministry_is_the_state_not_a_business(code):
    assert ("111", "CHNGOV") in codes(code, "China's commerce ministry denounced the surtax.")


@pytest.mark.parametrize("text", [
    "Canadian parts makers warned of layoffs if the tariffs stayed.",
    "Chinese companies welcomed the decision.",
])
def test_businesses_speaking_for_themselves_are_no_event(code, text):
    assert codes(code, text) == []
