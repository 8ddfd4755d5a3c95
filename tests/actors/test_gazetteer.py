"""The actor dictionaries: lookups behave as coders expect and every data row is valid."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from detente.actors.gazetteer import (
    Gazetteer,
    country_codes,
    fold,
    normalise_country_code,
    read_table,
)

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "cameo"


def words(text: str) -> list[str]:
    return text.split()


# CAMEO actor type (sector) codes, as in shared/data/cameo/CAMEO.type.txt.
SECTORS = frozenset(
    words(
        "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG "
        "MED REF MOD RAD AMN IRC GRP UNO PKO UIS IGO IMG INT MNC NGM NGO SET"
    )
)
# Group codes in organisations.tsv that are not CAMEO known groups (see data/README.md).
INVENTED_GROUPS = frozenset(
    words(
        "ABS ADF AES AIB AKS APC ARA BKH BLA BRC CCM CJN CLC CPJ CPT CRE CST CTB EAC EAE ECB EIB "
        "ELN ETA FAN FAR FRH FSA GTW HTH HTS IAB ICA IEA IMO IOC IPB IRA IRS ISS JEM JNM KNU KRG "
        "KTH LET LRA LTT M23 MCS MIF MSX NPA NPF NRC NUG OEC OLA OPW PCA PDF PKK PMF QUD RCP RGC "
        "RSF RUF RWB SCO SDF SHB SHP SIN SPL SVC TDA TPL TRI TTP UMC UNE UNT VIV WAG WWF YPG "
        "4MW CDC CDG EMC FLA GLF GRV JAA KIA KNP LAK LBO LCH MND SMQ TBA TNL VDP WAZ ZET "
        "AJZ BBC DWL F24 RFI"
    )
)
TABLES = {
    "countries.tsv": ("iso3", "code", "name", "aliases", "demonyms", "capitals", "seats"),
    "regions.tsv": ("code", "name", "aliases", "demonyms"),
    "roles.tsv": ("term", "sector", "kind", "priority"),
    "organisations.tsv": ("code", "sector", "function", "country", "name", "aliases"),
    "companies.tsv": ("name", "aliases", "country"),
    "people.tsv": ("name", "aliases", "country", "sector", "role", "valid_from", "valid_to", "gender"),
    "organisation_heads.tsv": ("head", "sector", "kind"),
}


def rows(name: str) -> list[dict[str, str]]:
    return read_table(name, TABLES[name])


def split(cell: str) -> list[str]:
    return [p for p in cell.split("|") if p]


# --- lookups ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        ("Canadian", "CAN", "demonym"),
        ("Beijing", "CHN", "capital"),
        ("Kremlin", "RUS", "seat"),
        ("the Kremlin", "RUS", "seat"),
        ("U.S.", "USA", "name"),
        ("US", "USA", "name"),
        ("Emirati", "ARE", "demonym"),
        ("Britain", "GBR", "name"),
        ("Côte d’Ivoire", "CIV", "name"),
        ("Cote d'Ivoire", "CIV", "name"),
        ("China's", "CHN", "name"),
        ("the West", "WST", "region"),
        ("Middle East", "MEA", "region"),
    ],
)
def test_place(gaz: Gazetteer, text: str, code: str, kind: str) -> None:
    place = gaz.place(text)
    assert place is not None and (place.code, place.kind) == (code, kind)


def test_place_is_case_sensitive_for_ordinary_words(gaz: Gazetteer) -> None:
    assert gaz.place("Chad").code == "TCD"
    assert gaz.place("chad") is None
    assert gaz.place("turkey") is None
    assert gaz.place("West") is None  # only "the West" is the region


def test_seat_can_imply_a_sector(gaz: Gazetteer) -> None:
    assert gaz.place("Pentagon").sector == "MIL"
    assert gaz.place("White House").sector is None
    assert gaz.place("Downing Street").country == "GBR"


def test_find_places_prefers_the_longest_match_and_skips_non_places(gaz: Gazetteer) -> None:
    tokens = words("Papua New Guinea and the South China Sea worry South Korean and U.S. officials")
    found = [(s, e, p.code) for s, e, p in gaz.find_places(tokens)]
    assert found == [(0, 3, "PNG"), (9, 11, "KOR"), (12, 13, "USA")]


def test_roles(gaz: Gazetteer) -> None:
    assert gaz.role("prime minister").sector == "GOV"
    assert gaz.role("Prime Minister").sector == "GOV"
    assert gaz.role("army").sector == "MIL"
    assert gaz.role("secretary-general") == gaz.role("secretary general")
    assert gaz.role("protesters").sector == "CVL"
    assert gaz.role("farmers").sector == "AGR"
    assert gaz.role("former president").priority > gaz.role("president").priority


def test_organisations(gaz: Gazetteer) -> None:
    for text in ("United Nations", "UN", "U.N.", "the United Nations"):
        org = gaz.organisation(text)
        assert org is not None and org.code == "IGOUNO" and org.sector == "IGO"
    assert gaz.organisation("NATO").code == "IGONAT"
    assert gaz.organisation("world health organization").code == "IGOWHO"
    hamas = gaz.organisation("Hamas")
    assert (hamas.country, hamas.sector) == ("PSE", "REB")


def test_company(gaz: Gazetteer) -> None:
    assert gaz.company("Huawei") == "CHN"
    assert gaz.company("TSMC") == "TWN"
    assert gaz.company("Nestle") == "CHE"
    assert gaz.company("Unknown Widgets Ltd") is None


def test_people(gaz: Gazetteer) -> None:
    (li,) = gaz.people("Li Qiang")
    assert (li.country, li.sector, li.role) == ("CHN", "GOV", "premier")
    trudeau = [p for p in gaz.people("Trudeau") if p.role == "prime minister"]
    assert trudeau and trudeau[0].holds_office_on(date(2020, 1, 1))
    assert not trudeau[0].holds_office_on(date(2026, 6, 1))
    carney = gaz.people("Mark Carney")[0]
    assert carney.holds_office_on(date(2026, 6, 1)) and carney.holds_office_on(None)
    assert len(gaz.people("Erdogan")) == len(gaz.people("Recep Tayyip Erdoğan")) == 2
    wang = gaz.people("Wang Yi")
    assert [p.holds_office_on(date(2023, 3, 1)) for p in wang] == [False, False]


@pytest.mark.parametrize(
    ("code", "expected"),
    [("ITL", "ITA"), ("JAP", "JPN"), ("VTN", "VNM"), ("UK", "GBR"), ("gb", "GBR"), ("CAN", "CAN"),
     ("AFR", "AFR"), ("IGO", None), ("ISM", None), ("XYZ", None)],
)
def test_normalise_country_code(code: str, expected: str | None) -> None:
    assert normalise_country_code(code) == expected


def test_max_phrase_words_bounds_every_place_phrase(gaz: Gazetteer) -> None:
    assert gaz.max_phrase_words >= len(words("Democratic Republic of the Congo"))


# --- data validity ---------------------------------------------------------------------


def test_sector_list_matches_shared_cameo_types() -> None:
    path = SHARED / "CAMEO.type.txt"
    if not path.exists():
        pytest.skip("shared/ reference data not present")
    codes = {line.split("\t")[0] for line in path.read_text().splitlines()[1:] if line.strip()}
    assert codes == SECTORS


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_row_has_the_right_number_of_columns(name: str) -> None:
    from importlib.resources import files

    text = files("detente.data").joinpath("actors").joinpath(name).read_text(encoding="utf-8")
    lines = text.splitlines()
    assert tuple(lines[0].split("\t")) == TABLES[name]
    for number, line in enumerate(lines[1:], start=2):
        assert line.count("\t") == len(TABLES[name]) - 1, f"{name}:{number}"
        assert line == line.strip(" "), f"{name}:{number} has stray spaces"


def test_countries_cover_iso_3166() -> None:
    import pycountry

    codes = country_codes()
    assert {c.alpha_3 for c in pycountry.countries} <= codes
    for row in rows("countries.tsv"):
        assert row["code"] == row["iso3"] and row["name"]
        for seat in split(row["seats"]):
            sector = seat.partition("=")[2]
            assert not sector or sector in SECTORS, seat


def test_place_phrases_are_unambiguous() -> None:
    meaning: dict[str, set[str]] = defaultdict(set)
    for row in rows("countries.tsv"):
        for column in ("name", "aliases", "demonyms", "capitals", "seats"):
            for phrase in split(row[column]):
                meaning[fold(phrase.partition("=")[0])].add(row["iso3"])
    for row in rows("regions.tsv"):
        for column in ("name", "aliases", "demonyms"):
            for phrase in split(row[column]):
                meaning[fold(phrase)].add(row["code"])
    clashes = {phrase: codes for phrase, codes in meaning.items() if len(codes) > 1}
    assert clashes == {}


def test_regions_are_three_letter_codes_distinct_from_countries() -> None:
    for row in rows("regions.tsv"):
        assert len(row["code"]) == 3 and row["code"].isupper()
        assert row["code"] not in country_codes()


def test_roles_are_valid() -> None:
    table = rows("roles.tsv")
    assert len(table) >= 150
    sectors_by_key: dict[str, set[str]] = defaultdict(set)
    for row in table:
        assert row["term"] == row["term"].lower()
        assert row["sector"] in SECTORS and row["kind"] in ("title", "group")
        assert int(row["priority"]) > 0
        sectors_by_key[" ".join(row["term"].replace("-", " ").split())].add(row["sector"])
    assert {k: v for k, v in sectors_by_key.items() if len(v) > 1} == {}
    terms = [row["term"] for row in table]
    assert sorted({t for t in terms if terms.count(t) > 1}) == [], "a role listed twice"


def test_organisations_are_valid() -> None:
    known = set()
    path = SHARED / "CAMEO.knowngroup.txt"
    if path.exists():
        known = {line.split("\t")[0] for line in path.read_text().splitlines()[1:] if line}
    table = rows("organisations.tsv")
    assert len(table) >= 100
    for row in table:
        code, sector, country = row["code"], row["sector"], row["country"]
        assert sector in SECTORS, code
        if country:
            assert country in country_codes() and code.startswith(country + sector), code
            group = code[6:]
        else:
            assert code[:3] in ("IGO", "NGO", "IMG") and code[:3] == sector, code
            group = code[3:]
        if known and group:
            assert group in known or group in SECTORS or group in INVENTED_GROUPS, code
    assert_unambiguous(table, "code")


def test_companies_are_valid() -> None:
    table = rows("companies.tsv")
    assert len(table) >= 150
    assert all(row["country"] in country_codes() for row in table)
    assert_unambiguous(table, "country")


# Posts several people hold at once (a foreign ministry has three spokespersons).
SHARED_OFFICES = frozenset({"spokesperson", "envoy"})


def assert_unambiguous(table: list[dict[str, str]], value: str) -> None:
    """A name or alias may denote one thing only (first-wins lookups would hide a clash)."""
    meaning: dict[str, set[str]] = defaultdict(set)
    for row in table:
        for phrase in [row["name"], *split(row["aliases"])]:
            meaning[fold(phrase)].add(row[value])
    assert {phrase: found for phrase, found in meaning.items() if len(found) > 1} == {}


def test_people_are_valid_and_terms_do_not_overlap() -> None:
    org_codes = {row["code"] for row in rows("organisations.tsv")}
    table = rows("people.tsv")
    assert len(table) >= 100
    terms: dict[tuple[str, str], list[tuple[date, date | None, str]]] = defaultdict(list)
    for row in table:
        assert row["country"] in country_codes() or row["country"] in org_codes, row["name"]
        assert row["sector"] in SECTORS and row["role"] == row["role"].lower()
        assert row["gender"] in ("m", "f"), row["name"]
        start = date.fromisoformat(row["valid_from"])
        end = date.fromisoformat(row["valid_to"]) if row["valid_to"] else None
        assert end is None or start <= end, row["name"]
        if not SHARED_OFFICES.intersection(row["role"].split()):
            terms[(row["country"], row["role"])].append((start, end, row["name"]))
    for (country, role), spells in terms.items():
        spells.sort()
        for (_, end, name), (start, _, successor) in pairwise(spells):
            # One office, one holder: a term ends on or before its successor's first day.
            assert end is not None and end <= start, (country, role, name, successor)


def test_organisation_heads_are_valid() -> None:
    table = rows("organisation_heads.tsv")
    assert len(table) >= 40
    for row in table:
        assert row["head"] == row["head"].lower()
        assert row["sector"] in SECTORS and row["kind"] in ("state", "society", "business", "media")
    assert len({row["head"] for row in table}) == len(table)
