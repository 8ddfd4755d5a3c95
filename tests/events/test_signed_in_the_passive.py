"""Agreements signed in the passive with no signer named (dp13): between the visitor and hosts of
a visit in the same sentence ("were signed during the Kenyan president's visit to Beijing"), else
between the parties that last met in the story; "any" or "no" agreements assert no signing."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded


@pytest.mark.parametrize(("text", "expected"), [
    ("Six memorandums were signed during the Ghanaian president's state visit to Tokyo.", ("GHA", "057", "JPN")),
    ("The Chilean president met her Argentine counterpart in Santiago on Monday. "
     "Several agreements on energy were signed.", ("CHL", "057", "ARG")),
])
def test_a_signing_with_no_signer_is_between_those_that_met(code, text, expected):
    found = [d[:3] for d in coded(code, text)]
    assert expected in found or (expected[2], expected[1], expected[0]) in found, found


def test_no_agreement_signed_is_no_signing(code):
    text = ("The Chilean president met her Argentine counterpart in Santiago on Monday. "
            "Officials doubt that any new agreements will be signed this year.")
    assert "057" not in [d[1] for d in coded(code, text)], coded(code, text)
