"""An export ban aims at the buyer ("restricted exports of chip machines [to China]"), never at the
maker named by "of", which is usually the banning state's own firm; an import ban at the seller."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded


@pytest.mark.parametrize(("text", "expected"), [
    ("The Netherlands restricted exports of ASML chipmaking equipment to China.", ("NLD", "163", "CHN")),
    ("Japan tightened exports of chip materials to South Korea in 2019.", ("JPN", "163", "KOR")),
    ("Germany halted arms exports to Israel on Friday.", ("DEU", "163", "ISR")),
    ("Canada suspended the export of drone parts to Turkey.", ("CAN", "163", "TUR")),
    ("China banned imports of Japanese seafood.", ("CHN", "163", "JPN")),
])
def test_a_trade_ban_aims_at_the_other_side_of_the_trade(code, text, expected):
    found = [d[:3] for d in coded(code, text)]
    assert expected in found, found
