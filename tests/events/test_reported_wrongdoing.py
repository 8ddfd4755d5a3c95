"""A party's statement that another party did wrong is an accusation (dp13): "Iran said Israel had
interfered in its affairs", "India said Pakistan was harboring terrorists" (112; spying 1125,
abuses of rights 1122), aimed at the party said to do it; a clause that only says what may
happen, or that the coder codes as an act itself, stays as it was."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Baku said Yerevan had interfered in its domestic affairs.", ("AZE", "112", "ARM")),
    ("Tehran said Britain was meddling in the elections.", ("IRN", "112", "GBR")),
    ("Vietnam said Chinese ships had harassed its fishing boats near the Paracels.", ("VNM", "112", "CHN")),
    ("Beijing said the Netherlands was spying on Chinese students.", ("CHN", "1125", "NLD")),
])
def test_a_statement_of_another_party_s_wrongdoing_is_an_accusation(code, text, expected):
    found = [d[:3] for d in coded(code, text)]
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Baku said Yerevan could interfere in the vote.",
    "Tehran said Britain was not meddling in the elections.",
    "The minister said the problem lies in the budget.",
])
def test_a_possibility_a_denial_or_no_wrongdoing_is_no_accusation(code, text):
    assert not [d for d in coded(code, text) if d[1].startswith("112")], coded(code, text)
