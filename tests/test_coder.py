"""The first coder: one or more sentences written for each event family of the foundation."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 1, 16)


def triples(events):
    return [((e["source"] or {}).get("code"), e["cameo"], (e["target"] or {}).get("code")) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # make statement (bare "said" with nothing codable)
        ("Canadian Prime Minister Mark Carney said the weather in Beijing was cold.",
         [("CANGOV", "010", None)]),
        # appeal
        ("Canada urged China to release the detained businessman.", [("CAN", "020", "CHN")]),
        ("The European Union called on Russia to withdraw its troops.", [("IGOEEC", "020", "RUS")]),
        # express intent to cooperate
        ("Japan pledged to cooperate with South Korea on energy security.", [("JPN", "031", "KOR")]),
        # consult / meet / visit / host
        ("Chinese Premier Li Qiang met Canadian Prime Minister Mark Carney in Beijing.",
         [("CHNGOV", "040", "CANGOV")]),
        ("Carney will meet Chinese President Xi Jinping on Friday.", [("CANGOV", "036", "CHNGOV")]),
        ("Indian Prime Minister Narendra Modi visited Japan last month.", [("INDGOV", "042", "JPN")]),
        ("Brazil hosted the Argentine president in Brasilia.", [("BRA", "043", "ARGGOV")]),
        # sign agreement
        ("Canada and China signed agreements on trade and customs.", [("CAN", "057", "CHN")]),
        # praise
        # a bare common surname is not guessed; a registry name is resolved by date
        ("Li praised Carney for his leadership.", [(None, "051", "CANGOV")]),
        ("Chinese Premier Li Qiang praised Canada for its openness.", [("CHNGOV", "051", "CAN")]),
        # provide aid
        ("Germany sent humanitarian aid to Ukraine.", [("DEU", "070", "UKR")]),
        # demand
        ("Poland demanded an apology from Russia.", [("POL", "100", "RUS")]),
        # criticise / accuse
        ("The United States criticized China over its trade practices.", [("USA", "111", "CHN")]),
        ("Beijing accused Ottawa of interference.", [("CHNGOV", "112", "CANGOV")]),
        # reject
        ("Iran rejected the proposal from France.", [("IRN", "120", None)]),
        # threaten
        ("The United States threatened Canada with tariffs.", [("USA", "1312", "CAN")]),
        # protest
        ("Protesters in Hong Kong demonstrated against the Chinese government.",
         [("HKGCVL", "140", "CHNGOV")]),
        # impose sanctions / tariffs
        ("China imposed tariffs on Canadian canola.", [("CHN", "163", "CAN")]),
        ("The European Union imposed sanctions on Russia.", [("IGOEEC", "163", "RUS")]),
        # arrest / detain
        ("Chinese police detained a Canadian businessman in Shenyang.", [("CHNCOP", "173", "CANBUS")]),
        # attack / fight
        ("Russian troops attacked Ukrainian positions near Kharkiv.", [("RUSMIL", "190", "UKR")]),
    ],
)
def test_event_families(code, text, expected):
    assert triples(code(text, published=PUB)) == expected
