"""Actor code aliases: one table in data, read by one function, used by every query."""

from __future__ import annotations

from detente.data import read_tsv
from detente.ontology.actor_codes import cameo_spelling, is_actor_code, spellings


def test_the_eu_has_two_spellings_the_cameo_code_first():
    assert spellings("EU") == spellings("IGOEEC") == ("IGOEEC", "EU")
    assert cameo_spelling("EU") == cameo_spelling("IGOEEC") == "IGOEEC"


def test_codes_without_an_alias_are_their_own_only_spelling():
    assert spellings("CAN") == ("CAN",) and spellings("CANGOV") == ("CANGOV",)
    assert cameo_spelling("IGOEECGOV") == "IGOEECGOV"


def test_actor_codes_are_cameo_shaped_or_aliases():
    assert all(map(is_actor_code, ["CAN", "CANGOV", "IGOUNO", "EU", "USAMIL2"]))
    assert not any(map(is_actor_code, ["C@N", "CA", "can", "", "FR"]))


def test_every_alias_row_names_a_cameo_code_and_says_why():
    rows = read_tsv("cameo/actor_code_aliases.tsv")
    assert rows and all(is_actor_code(r["code"]) and r["alias"] and r["why"] for r in rows)
    aliases = [r["alias"] for r in rows]
    assert len(aliases) == len(set(aliases)) and not set(aliases) & {r["code"] for r in rows}
