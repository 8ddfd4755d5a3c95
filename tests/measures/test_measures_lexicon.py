"""The trade-measure lexicons: HS codes checked against the HS 2022 nomenclature, sizes, ids."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from detente.data import read_tsv
from detente.measures.lexicon import MeasureLexicon, hs_level, norm_key

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
HS_FILE = SHARED / "data" / "hs" / "harmonized-system.csv"
SECTIONS_FILE = SHARED / "data" / "hs" / "sections.csv"
CAMEO_FILE = Path(__file__).resolve().parents[2] / "src" / "detente" / "data" / "cameo" / "events.tsv"


@pytest.fixture(scope="module")
def lexicon() -> MeasureLexicon:
    return MeasureLexicon.load()


@pytest.mark.skipif(not HS_FILE.exists(), reason="needs ../shared/data/hs")
def test_every_product_code_is_an_hs_2022_code():
    with HS_FILE.open(encoding="utf-8") as fh:
        codes = {row["hscode"]: int(row["level"]) for row in csv.DictReader(fh)}
    with SECTIONS_FILE.open(encoding="utf-8-sig") as fh:
        sections = {row["section"] for row in csv.DictReader(fh)}
    rows = read_tsv("measures/products.tsv")
    bad = [(r["id"], r["hs"]) for r in rows if r["hs"] and r["hs"] not in codes and r["hs"] not in sections]
    assert not bad
    for row in rows:
        if row["hs"] in codes:
            assert codes[row["hs"]] == hs_level(row["hs"]), row


def test_lexicon_is_large_and_unambiguous(lexicon):
    rows = read_tsv("measures/products.tsv")
    assert len({r["id"] for r in rows}) == len(rows)
    assert len(lexicon.products.terms) >= 300
    assert len(lexicon.products.hs_codes) >= 200
    for row in rows:
        assert re.fullmatch(r"[a-z0-9_]+", row["id"]), row["id"]
        assert row["hs"] == "" or re.fullmatch(r"\d{2}|\d{4}|\d{6}|[IVX]+", row["hs"]), row


@pytest.mark.parametrize(("text", "code"), [
    ("pork", "0203"), ("canola", "1205"), ("canola seed", "1205"), ("canola oil", "1514"),
    ("seafood", "03"), ("electric vehicles", "870380"), ("EVs", "870380"), ("steel", "72"),
    ("aluminium", "76"), ("aluminum", "76"), ("lobsters", "0306"), ("soybeans", "1201"),
    ("semiconductors", "8542"), ("solar panels", "854143"), ("rare earths", "28"), ("potash", "3104"),
    ("softwood lumber", "4407"), ("lithium-ion batteries", "850760"), ("whiskey", "220830"),
])
def test_common_goods_have_the_expected_codes(lexicon, text, code):
    term = lexicon.products.lookup(text)
    assert term is not None and term.hs == code


def test_action_codes_are_cameo_codes(lexicon):
    with CAMEO_FILE.open(encoding="utf-8") as fh:
        cameo = {row["code"] for row in csv.DictReader(fh, delimiter="\t")}
    for action in lexicon.actions.actions.values():
        assert action.cameo in cameo and action.intent in cameo, action.name
    assert {a.name for a in lexicon.actions.actions.values()} == {
        "impose", "raise", "announce", "extend", "threaten", "investigate", "lower", "suspend", "lift", "exempt"}


def test_every_instrument_has_a_label_and_a_rule(lexicon):
    labels = lexicon.instruments.labels
    assert set(labels) == {
        "import_tariff", "surtax", "anti_dumping_duty", "countervailing_duty", "safeguard", "quota",
        "import_ban", "export_ban", "export_control", "sanctions", "investigation"}
    for instrument in labels:
        assert lexicon.instruments.rule_for(instrument).instrument == instrument
    ids = [r.id for r in lexicon.instruments.rules]
    assert len(ids) == len(set(ids))


def test_keys_ignore_case_spacing_and_hyphen_spacing():
    assert norm_key("Lithium - Ion  Batteries") == "lithium-ion batteries"
