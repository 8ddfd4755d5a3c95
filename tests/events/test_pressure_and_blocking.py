"""Two wordings of diplomacy and trade news (dp13): pressure put "on" a party (100; warned,
vowed or to come: a threat, 13x), and blocking another party's package, sanctions, deal or
accession (a veto, 12x)."""

from __future__ import annotations

import pytest
from tests.events.test_reactions import coded

# --- pressure on a party -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Washington warned that it would keep up maximum pressure on Havana.", ("USA", "13", "CUB")),
    ("The EU vowed to step up pressure on Minsk.", ("IGOEEC", "13", "BLR")),
    ("Brussels ramped up pressure on Budapest last month.", ("BEL", "10", "HUN")),
])
def test_pressure_on_a_party_is_pressing_and_when_vowed_a_threat(code, text, expected):
    full = [((e["source"] or {}).get("code") or "", e["cameo"][:2], (e["target"] or {}).get("country"))
            for e in code(text)]
    found = [(s if s.startswith("IGO") else s[:3], c, t) for s, c, t in full]
    assert expected in found or (expected[1], expected[2]) in [(c, t) for _, c, t in found], full


@pytest.mark.parametrize("text", [
    "The drought puts pressure on farmers.",
    "The heat wave put pressure on the power grid.",
])
def test_pressure_from_no_party_is_nothing(code, text):
    assert not coded(code, text)


# --- blocking another party's measure or deal ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Austria blocked Romania's accession to the Schengen area.", ("AUT", "12")),
    ("Greece blocked the sanctions package against Turkey.", ("GRC", "12")),
    ("Bulgaria blocked North Macedonia's accession to the EU.", ("BGR", "12")),
])
def test_blocking_a_package_or_accession_is_a_veto(code, text, expected):
    found = [(s, c[:2]) for s, c, _, _ in coded(code, text)]
    assert expected in found, found


def test_blocking_a_road_is_no_veto(code):
    assert "129" not in [c for _, c, _, _ in coded(code, "Farmers blocked the highway to Warsaw with tractors.")]


# --- pausing or postponing one's own measure eases it ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ottawa paused its retaliatory tariffs on American whisky for 30 days.",
    "Washington postponed the duties on Mexican tomatoes until June.",
])
def test_pausing_a_tariff_eases_it(code, text):
    found = coded(code, text)
    assert [d for d in found if d[1] == "085"] and not [d for d in found if d[1] == "163"], found


# --- a sanctions package is no aid package --------------------------------------------------------------

def test_a_sanctions_package_is_sanctions_not_aid(code):
    found = [((e["source"] or {}).get("code"), e["cameo"]) for e in code("The EU adopted a new sanctions package against Belarus.")]
    assert ("IGOEEC", "163") in found and "070" not in [c for _, c in found], found


def test_an_aid_package_is_still_aid(code):
    assert "070" in [c for _, c, _, _ in coded(code, "Norway approved a new aid package for Sudan.")]
